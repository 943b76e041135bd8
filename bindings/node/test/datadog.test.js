'use strict';
// The real @datadog/datadog-api-client (1.64.0, from npm) against loopback
// servers that record request heads: natively configured vs through
// useCredplug(), operation by operation, setup by setup.
const test = require('node:test');
const assert = require('node:assert/strict');
const dd = require('@datadog/datadog-api-client');
const { clearEnv, requireBuildTree, recordingServer, byteListener } = require('./helpers');
const { Context } = require('..');
const { useCredplug } = require('../datadog');

requireBuildTree();
clearEnv();
require('@datadog/datadog-api-client/dist/logger').logger.setLevel('silent'); // unstable-op warnings

// Each operation's security list is the client's (its generated factory).
const OPERATIONS = {
  'key-only': (c) => new dd.v1.AuthenticationApi(c).validate(),
  'keys+AuthZ': (c) => new dd.v1.DashboardsApi(c).listDashboards(),
  // the loopback's `{}` is not a valid SPA answer: only the request matters
  'AuthZ only': (c) => new dd.v2.SpaApi(c).getSPARecommendations({ service: 'svc' })
    .catch((e) => { if (!/missing required property 'data'/.test(e.message)) throw e; }),
  'no security': (c) => new dd.v1.IPRangesApi(c).getIPRanges(),
};

function nativeConfig(origin, authMethods) {
  const c = dd.client.createConfiguration({ authMethods, baseServer: new dd.client.BaseServerConfiguration(origin, {}) });
  c.unstableOperations['v2.getSPARecommendations'] = true;
  return c;
}

function credplugConfig(origin, ctx) {
  return useCredplug(nativeConfig(origin, {}), ctx);
}

function openContext(origins, values = {}) {
  const ctx = new Context({
    configJson: { providers: [{ use: 'explicit' }, { use: 'env' }], allowed_origins: origins },
  });
  for (const [k, v] of Object.entries(values)) ctx.set(k, v);
  return ctx;
}

// A setup: environment, the client's own authMethods, credplug's explicit
// values (the same credentials said each way).
const SETUPS = {
  env: { env: { DD_API_KEY: 'k_env_0123', DD_APP_KEY: 'a_env_4567' }, native: {}, explicit: {} },
  explicit: {
    env: {},
    native: { apiKeyAuth: 'k_ex_0123', appKeyAuth: 'a_ex_4567', AuthZ: { accessToken: 'ddpat_ex_89' } },
    explicit: { api_key: 'k_ex_0123', app_key: 'a_ex_4567', pat: 'ddpat_ex_89' },
  },
  mixed: {
    env: { DD_API_KEY: 'k_mx_0123' },
    native: { appKeyAuth: 'a_mx_4567', AuthZ: { accessToken: 'ddpat_mx_89' } },
    explicit: { app_key: 'a_mx_4567', pat: 'ddpat_mx_89' },
  },
  // empty = unset: the client sends "Authorization: Bearer " for an empty token
  empty: {
    env: { DD_API_KEY: '', DD_APP_KEY: 'a_em_4567' },
    native: { AuthZ: { accessToken: '' } },
    explicit: { pat: '' },
  },
};

async function withEnv(env, fn) {
  clearEnv();
  Object.assign(process.env, env);
  try { return await fn(); } finally { clearEnv(); }
}

function pairs(raw) {
  const out = [];
  for (let i = 0; i < raw.length; i += 2) out.push([raw[i], raw[i + 1]]);
  return out;
}

// What the client itself sends per setup and operation (credential header
// names), so that no case passes by both sides sending nothing.
const A = 'DD-API-KEY';
const P = 'DD-APPLICATION-KEY';
const Z = 'Authorization';
const NATIVE_SENDS = {
  env: { 'key-only': [A], 'keys+AuthZ': [A, P], 'AuthZ only': [], 'no security': [] },
  explicit: { 'key-only': [A], 'keys+AuthZ': [A, P, Z], 'AuthZ only': [Z], 'no security': [] },
  mixed: { 'key-only': [A], 'keys+AuthZ': [A, P, Z], 'AuthZ only': [Z], 'no security': [] },
  empty: { 'key-only': [], 'keys+AuthZ': [P, Z], 'AuthZ only': [Z], 'no security': [] },
};
const credentialNames = (raw) => pairs(raw).map(([n]) => n).filter((n) => [A, P, Z].includes(n));

for (const [setupName, setup] of Object.entries(SETUPS)) {
  for (const [opName, call] of Object.entries(OPERATIONS)) {
    test(`${setupName} × ${opName}: the same head as the client's own`, async () => {
      const srv = await recordingServer();
      try {
        await withEnv(setup.env, async () => {
          await call(nativeConfig(srv.origin, structuredClone(setup.native)));
          const ctx = openContext([srv.origin], setup.explicit);
          await call(credplugConfig(srv.origin, ctx));
          ctx.close();
        });
        assert.equal(srv.requests.length, 2);
        const [native, viaCredplug] = srv.requests;
        assert.equal(viaCredplug.method, native.method);
        assert.equal(viaCredplug.url, native.url);
        assert.deepEqual(credentialNames(native.rawHeaders), NATIVE_SENDS[setupName][opName]);
        let expected = pairs(native.rawHeaders);
        if (setupName === 'empty' && opName !== 'key-only' && opName !== 'no security') {
          // the documented deviation: an empty token is unset, not "Bearer "
          assert.deepEqual(expected.filter(([n]) => n === 'Authorization'), [['Authorization', 'Bearer']]);
          expected = expected.filter(([n]) => n !== 'Authorization');
        }
        assert.deepEqual(pairs(viaCredplug.rawHeaders), expected);
      } finally {
        await srv.close();
      }
    });
  }
}

test('whitespace: credplug refuses a padded env key, the client sends it', async () => {
  const srv = await recordingServer();
  try {
    await withEnv({ DD_API_KEY: ' k_ws_0123 ', DD_APP_KEY: 'a_ws_4567' }, async () => {
      await OPERATIONS['key-only'](nativeConfig(srv.origin, {}));
      const ctx = openContext([srv.origin]);
      for (const call of Object.values(OPERATIONS)) {
        await assert.rejects(call(credplugConfig(srv.origin, ctx)),
          (e) => e.name === 'CredplugError' && e.status === -5 && e.code === 'CREDPLUG_EINVALID' &&
            !e.message.includes('k_ws_0123'));
      }
      ctx.close();
    });
    // only the native request reached the server (the parser trims the padding)
    assert.equal(srv.requests.length, 1);
    assert.deepEqual(pairs(srv.requests[0].rawHeaders).filter(([n]) => n === 'DD-API-KEY'),
      [['DD-API-KEY', 'k_ws_0123']]);
    // said explicitly, the value is refused at set()
    const ctx = openContext([srv.origin]);
    assert.throws(() => ctx.set('api_key', ' k_ws_0123 '), { status: -1, code: 'CREDPLUG_EINVAL' });
    ctx.close();
  } finally {
    await srv.close();
  }
});

test('the client\'s own credentials are ignored: only credplug\'s are sent', async () => {
  const srv = await recordingServer();
  try {
    await withEnv({ DD_API_KEY: 'k_client_env' }, async () => {
      const ctx = openContext([srv.origin], { api_key: 'k_credplug' });
      // env for credplug's chain too: drop it so only the explicit value counts
      delete process.env.DD_API_KEY;
      const conf = useCredplug(nativeConfig(srv.origin,
        { apiKeyAuth: 'k_client', appKeyAuth: 'a_client' }), ctx);
      await OPERATIONS['keys+AuthZ'](conf);
      ctx.close();
    });
    const got = pairs(srv.requests[0].rawHeaders).filter(([n]) => /^(dd-|authorization)/i.test(n));
    assert.deepEqual(got, [['DD-API-KEY', 'k_credplug']]);
  } finally {
    await srv.close();
  }
});

test('cross-origin 302: 0 credential bytes at the second listener', async () => {
  const second = await byteListener();
  const first = await recordingServer((req, res) => {
    res.writeHead(302, { Location: `${second.origin}/api/v1/dashboard` });
    res.end();
  });
  const secrets = ['k_rd_0123', 'a_rd_4567', 'ddpat_rd_89'];
  try {
    // both origins allowed: the adapter's first-origin rule alone must hold
    const ctx = openContext([first.origin, second.origin],
      { api_key: secrets[0], app_key: secrets[1], pat: secrets[2] });
    await OPERATIONS['keys+AuthZ'](credplugConfig(first.origin, ctx));
    ctx.close();
    assert.equal(first.requests.length, 1);
    const firstHead = pairs(first.requests[0].rawHeaders).map(([n, v]) => `${n}: ${v}`).join('\n');
    for (const s of secrets) assert.ok(firstHead.includes(s), `first origin got ${s}`);
    const bytes = second.bytes().toString('latin1');
    assert.match(bytes, /^GET \/api\/v1\/dashboard HTTP\/1\.1\r\n/);
    for (const s of secrets) assert.equal(bytes.includes(s), false, `${s} reached the second listener`);
    assert.equal(/dd-api-key|dd-application-key|authorization/i.test(bytes), false);
  } finally {
    await first.close();
    await second.close();
  }
});

test('the client natively forwards DD-API-KEY across that redirect (why the adapter follows itself)', async () => {
  const second = await byteListener();
  const first = await recordingServer((req, res) => {
    res.writeHead(302, { Location: `${second.origin}/api/v1/dashboard` });
    res.end();
  });
  try {
    await OPERATIONS['keys+AuthZ'](nativeConfig(first.origin, { apiKeyAuth: 'k_nat_0123' }));
    assert.ok(second.bytes().toString('latin1').includes('DD-API-KEY: k_nat_0123'));
  } finally {
    await first.close();
    await second.close();
  }
});

test('same-origin redirect: credentials again, asked of credplug for the new URL', async () => {
  const srv = await recordingServer((req, res) => {
    if (req.url === '/api/v1/dashboard') {
      res.writeHead(307, { Location: '/api/v1/dashboard?moved=1' });
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{}');
  });
  try {
    const ctx = openContext([srv.origin], { api_key: 'k_same_0123' });
    await OPERATIONS['keys+AuthZ'](credplugConfig(srv.origin, ctx));
    ctx.close();
    assert.deepEqual(srv.requests.map((r) => r.url), ['/api/v1/dashboard', '/api/v1/dashboard?moved=1']);
    for (const r of srv.requests) {
      assert.deepEqual(pairs(r.rawHeaders).filter(([n]) => n === 'DD-API-KEY'), [['DD-API-KEY', 'k_same_0123']]);
    }
  } finally {
    await srv.close();
  }
});

test('a redirect loop stops after 20 hops like node-fetch', async () => {
  const srv = await recordingServer((req, res) => {
    res.writeHead(302, { Location: '/api/v1/validate' });
    res.end();
  });
  try {
    const ctx = openContext([srv.origin], { api_key: 'k_loop' });
    await assert.rejects(OPERATIONS['key-only'](credplugConfig(srv.origin, ctx)),
      { message: `maximum redirect reached at: ${srv.origin}/api/v1/validate` });
    ctx.close();
    assert.equal(srv.requests.length, 21);
  } finally {
    await srv.close();
  }
});

test('403: reject, then one retry with the new credentials; the same again: no retry', async () => {
  let answer = 403;
  const srv = await recordingServer((req, res) => {
    res.writeHead(answer, { 'Content-Type': 'application/json' });
    res.end(answer === 200 ? '{"valid":true}' : '{"errors":["Forbidden"]}');
    if (answer === 403) answer = 200;
  });
  try {
    const ctx = openContext([srv.origin]);
    process.env.DD_API_KEY = 'k_old_0123';
    ctx.resolve();
    process.env.DD_API_KEY = 'k_new_4567'; // rotated: the rejection's resolve finds it
    const res = await OPERATIONS['key-only'](credplugConfig(srv.origin, ctx));
    assert.equal(res.valid, true);
    assert.deepEqual(srv.requests.map((r) => pairs(r.rawHeaders).find(([n]) => n === 'DD-API-KEY')),
      [['DD-API-KEY', 'k_old_0123'], ['DD-API-KEY', 'k_new_4567']]);

    // not rotated: the rejection is final, exactly one more request
    answer = 401;
    srv.requests.length = 0;
    await assert.rejects(OPERATIONS['key-only'](credplugConfig(srv.origin, ctx)), (e) => e.code === 401);
    assert.equal(srv.requests.length, 1);
    ctx.close();
  } finally {
    clearEnv();
    await srv.close();
  }
});

test('40 concurrent requests through one context: no mixed headers', async () => {
  const srv = await recordingServer();
  try {
    const ctx = openContext([srv.origin], { api_key: 'k_cc_0123', app_key: 'a_cc_4567', pat: 'ddpat_cc_89' });
    const conf = credplugConfig(srv.origin, ctx);
    const ops = ['key-only', 'keys+AuthZ', 'AuthZ only', 'no security'];
    await Promise.all(Array.from({ length: 40 }, (_, i) => OPERATIONS[ops[i % 4]](conf)));
    ctx.close();
    const want = {
      '/api/v1/validate': [['DD-API-KEY', 'k_cc_0123']],
      '/api/v1/dashboard': [['DD-API-KEY', 'k_cc_0123'], ['DD-APPLICATION-KEY', 'a_cc_4567'],
        ['Authorization', 'Bearer ddpat_cc_89']],
      '/api/v2/spa/recommendations/svc': [['Authorization', 'Bearer ddpat_cc_89']],
      '/': [],
    };
    assert.equal(srv.requests.length, 40);
    for (const r of srv.requests) {
      const got = pairs(r.rawHeaders).filter(([n]) => /^(dd-|authorization)/i.test(n));
      assert.deepEqual(got, want[r.url], r.url);
    }
  } finally {
    await srv.close();
  }
});

test('useCredplug twice on one configuration: the second context is used, once', async () => {
  const srv = await recordingServer();
  try {
    const one = openContext([srv.origin], { api_key: 'k_one_0123' });
    const two = openContext([srv.origin], { api_key: 'k_two_4567' });
    const conf = useCredplug(credplugConfig(srv.origin, one), two);
    await OPERATIONS['key-only'](conf);
    one.close();
    two.close();
    assert.deepEqual(pairs(srv.requests[0].rawHeaders).filter(([n]) => n === 'DD-API-KEY'),
      [['DD-API-KEY', 'k_two_4567']]);
  } finally {
    await srv.close();
  }
});

test('two configurations sharing one httpApi: wrapped once, both take the list of their own operation', async () => {
  const srv = await recordingServer();
  try {
    const ctx = openContext([srv.origin], { api_key: 'k_sh_0123', app_key: 'a_sh_4567' });
    const a = credplugConfig(srv.origin, ctx);
    const b = nativeConfig(srv.origin, { apiKeyAuth: 'k_client' });
    b.httpApi = a.httpApi;
    useCredplug(b, ctx);
    await OPERATIONS['key-only'](a);
    await OPERATIONS['keys+AuthZ'](b);
    ctx.close();
    const creds = (r) => pairs(r.rawHeaders).filter(([n]) => /^(dd-|authorization)/i.test(n));
    assert.deepEqual(creds(srv.requests[0]), [['DD-API-KEY', 'k_sh_0123']]);
    assert.deepEqual(creds(srv.requests[1]), [['DD-API-KEY', 'k_sh_0123'], ['DD-APPLICATION-KEY', 'a_sh_4567']]);
  } finally {
    await srv.close();
  }
});

test('a configuration whose httpApi is not the client\'s fetch library is refused', () => {
  const conf = nativeConfig('http://127.0.0.1:9', {});
  conf.httpApi = { send: () => Promise.reject(new Error('unused')) };
  const ctx = openContext(['http://127.0.0.1:9']);
  assert.throws(() => useCredplug(conf, ctx), {
    name: 'TypeError',
    message: 'useCredplug needs a configuration from createConfiguration() whose httpApi is the ' +
      'client\'s IsomorphicFetchHttpLibrary (a custom httpApi must apply ctx.headersAsync() itself)',
  });
  ctx.close();
});

test('redirected away and back: the hop back to the first origin gets no credentials', async () => {
  let firstOrigin = null;
  const second = await recordingServer((req, res) => {
    res.writeHead(302, { Location: `${firstOrigin}/back` });
    res.end();
  });
  const first = await recordingServer((req, res) => {
    if (req.url === '/back') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end('{}');
    }
    res.writeHead(302, { Location: `${second.origin}/away` });
    res.end();
  });
  firstOrigin = first.origin;
  try {
    const ctx = openContext([first.origin, second.origin], { api_key: 'k_back_0123', app_key: 'a_back_4567' });
    await OPERATIONS['keys+AuthZ'](credplugConfig(first.origin, ctx));
    ctx.close();
    const creds = (r) => pairs(r.rawHeaders).filter(([n]) => /^(dd-|authorization)/i.test(n));
    assert.deepEqual(first.requests.map((r) => r.url), ['/api/v1/dashboard', '/back']);
    assert.deepEqual(creds(first.requests[0]), [['DD-API-KEY', 'k_back_0123'], ['DD-APPLICATION-KEY', 'a_back_4567']]);
    assert.deepEqual(creds(second.requests[0]), []);
    assert.deepEqual(creds(first.requests[1]), []);
  } finally {
    await first.close();
    await second.close();
  }
});

test('a first origin outside allowed_origins: CREDPLUG_EDESTINATION, nothing sent', async () => {
  const srv = await recordingServer();
  try {
    const ctx = openContext(['http://127.0.0.1:9'], { api_key: 'k_dest_0123' });
    await assert.rejects(OPERATIONS['key-only'](credplugConfig(srv.origin, ctx)), {
      name: 'CredplugError', status: -8, code: 'CREDPLUG_EDESTINATION',
      message: `refusing to send credentials to ${srv.origin}: origin is not in allowed_origins; ` +
        'if this host is yours, add its origin to "allowed_origins" in the credplug config',
    });
    ctx.close();
    assert.equal(srv.requests.length, 0);
  } finally {
    await srv.close();
  }
});
