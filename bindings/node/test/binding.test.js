'use strict';
// The binding against the real libcredplug of the build tree.
const test = require('node:test');
const assert = require('node:assert/strict');
const os = require('node:os');
const path = require('node:path');
const { clearEnv, requireBuildTree } = require('./helpers');
const credplug = require('..');
const { Context, CredplugError } = credplug;

requireBuildTree();
clearEnv();
const ORIGIN = 'http://127.0.0.1:8126';
const config = (extra = {}) => ({
  providers: [{ use: 'explicit' }, { use: 'env' }], allowed_origins: [ORIGIN], ...extra,
});

test('headers: the operation\'s list selects, in credplug\'s order', () => {
  const ctx = new Context({ configJson: config() });
  ctx.set('api_key', 'k0123');
  ctx.set('app_key', 'a4567');
  ctx.set('pat', 'ddpat_89');
  const url = `${ORIGIN}/api/v1/dashboard`;
  assert.deepEqual(ctx.headers('GET', url, ['apiKeyAuth', 'appKeyAuth', 'AuthZ']),
    [['DD-API-KEY', 'k0123'], ['DD-APPLICATION-KEY', 'a4567'], ['Authorization', 'Bearer ddpat_89']]);
  assert.deepEqual(ctx.headers('GET', url, 'apiKeyAuth'), [['DD-API-KEY', 'k0123']]);
  assert.deepEqual(ctx.headers('GET', url, ''), []);
  assert.deepEqual(ctx.headers('GET', url, ['AuthZ']), [['Authorization', 'Bearer ddpat_89']]);
  ctx.close();
});

test('the per-context header buffer holds no secret byte after a call', async () => {
  const ctx = new Context({ configJson: config() });
  ctx.set('api_key', 'k_wipe_0123');
  ctx.set('pat', 'ddpat_wipe_89');
  const url = `${ORIGIN}/api/v1/dashboard`;
  const zero = (what) => assert.ok(ctx._buf.every((b) => b === 0), `${what}: the buffer was not wiped`);
  assert.deepEqual(ctx.headers('GET', url, 'apiKeyAuth,AuthZ'),
    [['DD-API-KEY', 'k_wipe_0123'], ['Authorization', 'Bearer ddpat_wipe_89']]);
  zero('headers');
  assert.deepEqual(await ctx.headersAsync('GET', url, ['AuthZ']), [['Authorization', 'Bearer ddpat_wipe_89']]);
  zero('headersAsync (inline)');
  assert.throws(() => ctx.headers('GET', 'https://evil.example.com/', 'apiKeyAuth'));
  zero('a refusal');
  ctx.close();
});

test('headers with auth null uses the endpoint table', () => {
  const ctx = new Context({ configJson: config() });
  ctx.set('api_key', 'k0123');
  ctx.set('app_key', 'a4567');
  // /api/v1/validate is apiKeyAuth only in the table
  assert.deepEqual(ctx.headers('GET', 'https://api.datadoghq.com/api/v1/validate', null),
    [['DD-API-KEY', 'k0123']]);
  ctx.close();
});

test('headersAsync gives what headers gives', async () => {
  const ctx = new Context({ configJson: config() });
  ctx.set('api_key', 'k0123');
  const url = `${ORIGIN}/api/v1/validate`;
  assert.deepEqual(await ctx.headersAsync('GET', url, ['apiKeyAuth']), [['DD-API-KEY', 'k0123']]);
  ctx.close();
});

test('a destination outside allowed_origins is CREDPLUG_EDESTINATION with the detail', async () => {
  const ctx = new Context({ configJson: config() });
  ctx.set('api_key', 'k0123');
  const expected = {
    name: 'CredplugError', status: -8, code: 'CREDPLUG_EDESTINATION',
    message: 'refusing to send credentials to https://evil.example: origin is not in ' +
      'allowed_origins; if this host is yours, add its origin to "allowed_origins" in the credplug config',
  };
  assert.throws(() => ctx.headers('GET', 'https://evil.example/api/v1/validate', 'apiKeyAuth'), expected);
  await assert.rejects(ctx.headersAsync('GET', 'https://evil.example/x', 'apiKeyAuth'), expected);
  ctx.close();
});

test('an unknown scheme name is CREDPLUG_EINVAL naming it', () => {
  const ctx = new Context({ configJson: config() });
  assert.throws(() => ctx.headers('GET', `${ORIGIN}/x`, ['apiKeyAuth', 'basicAuth']),
    (e) => e instanceof CredplugError && e.status === -1 && e.code === 'CREDPLUG_EINVAL' &&
      /basicAuth/.test(e.message));
  ctx.close();
});

test('a config error is CREDPLUG_ECONFIG with the location', () => {
  assert.throws(() => new Context({ configJson: '{"sitee": "x"}' }), {
    name: 'CredplugError', status: -3, code: 'CREDPLUG_ECONFIG',
    message: 'config_json:1:2: /sitee: unknown key (expected site, allowed_origins, providers, strict, timeout_ms)',
  });
});

test('a missing config file is CREDPLUG_ECONFIG naming it', () => {
  const p = path.join(os.tmpdir(), 'credplug-node-no-such-config.json');
  assert.throws(() => new Context({ config: p }),
    (e) => e.status === -3 && e.code === 'CREDPLUG_ECONFIG' && e.message.includes(p));
});

test('set: a value with surrounding whitespace is CREDPLUG_EINVAL and not echoed', () => {
  const ctx = new Context({ configJson: config() });
  assert.throws(() => ctx.set('api_key', ' k0123 '),
    (e) => e.status === -1 && e.code === 'CREDPLUG_EINVAL' && !e.message.includes('k0123'));
  assert.throws(() => ctx.set('no_such_field', 'v'), (e) => e.status === -1);
  ctx.close();
});

test('set: an empty value counts as unset', () => {
  const ctx = new Context({ configJson: config() });
  ctx.set('pat', '');
  assert.deepEqual(ctx.headers('GET', `${ORIGIN}/x`, ['AuthZ']), []);
  ctx.close();
});

test('strict: no configured alternative is CREDPLUG_ENOCRED', () => {
  const ctx = new Context({ configJson: config(), flags: Context.FLAGS.STRICT });
  assert.throws(() => ctx.headers('GET', `${ORIGIN}/x`, ['apiKeyAuth']),
    (e) => e.status === -7 && e.code === 'CREDPLUG_ENOCRED');
  ctx.close();
});

test('reject: the same values again is false (do not retry), new values true', async () => {
  const ctx = new Context({ configJson: config() });
  ctx.set('api_key', 'k0123');
  const url = `${ORIGIN}/api/v1/validate`;
  ctx.headers('GET', url, 'apiKeyAuth');
  assert.equal(await ctx.rejectAsync('GET', url, 'apiKeyAuth', 403), false);
  assert.deepEqual(ctx.headers('GET', url, 'apiKeyAuth'), []); // no longer sent
  assert.throws(() => ctx.reject('GET', url, 'apiKeyAuth', 500), (e) => e.status === -1);
  ctx.close();
});

test('explain is redacted: no secret, fields reported', () => {
  const ctx = new Context({ configJson: config() });
  ctx.set('api_key', 'k0123456789abcdef');
  ctx.resolve();
  const ex = ctx.explain();
  assert.equal(ex.status, 'ok');
  assert.equal(JSON.stringify(ex).includes('k0123456789abcdef'), false);
  assert.ok(ex.fields.api_key);
  ctx.close();
});

// C reads a string up to its first NUL; URL parsers read on:
// "https://api.datadoghq.com\0@evil.example/" is the Datadog origin to C
// and evil.example (user info "api.datadoghq.com%00") to new URL().
test('a string with a NUL is refused before C sees it: no headers for a URL cut short', async () => {
  const ctx = new Context({ configJson: config() });
  ctx.set('api_key', 'k0123');
  const evil = 'https://api.datadoghq.com\0@evil.example/api/v1/validate';
  assert.equal(new URL(evil).host, 'evil.example');
  const nul = (what) => ({ name: 'TypeError', message: `credplug: ${what} contains a NUL character` });
  for (const auth of [['apiKeyAuth'], 'apiKeyAuth', null]) {
    assert.throws(() => ctx.headers('GET', evil, auth), nul('url'));
    await assert.rejects(ctx.headersAsync('GET', evil, auth), nul('url'));
    assert.throws(() => ctx.headers('GET\0', `${ORIGIN}/x`, auth), nul('method'));
  }
  assert.throws(() => ctx.headers('GET', `${ORIGIN}/x`, 'apiKeyAuth\0,basicAuth'), nul('auth'));
  assert.throws(() => ctx.reject('GET', evil, 'apiKeyAuth', 401), nul('url'));
  assert.throws(() => ctx.set('api_key', 'k0123\0tail'), nul('value'));
  assert.throws(() => new Context({ configJson: '{}\0' }), nul('configJson'));
  assert.deepEqual(ctx.headers('GET', `${ORIGIN}/x`, 'apiKeyAuth'), [['DD-API-KEY', 'k0123']]);
  ctx.close();
});

// koffi takes a number for `const char *` as an address: before these
// were checked, ctx.headers('GET', 5, ...) read memory at 0x5 (SIGSEGV).
// In a child, so that a crash is this test's failure alone.
test('a non-string argument is a TypeError, not an address; null reads as credplug_headers words it', () => {
  const { spawnSync } = require('node:child_process');
  const r = spawnSync(process.execPath, ['-e', `
    const { Context } = require('.');
    const ctx = new Context({ configJson: ${JSON.stringify(JSON.stringify(config()))} });
    ctx.set('api_key', 'k0123');
    const u = '${ORIGIN}/x';
    const out = [];
    const t = (f) => { try { out.push(JSON.stringify(f())); } catch (e) { out.push(e.name + ': ' + e.message); } };
    for (const auth of ['apiKeyAuth', null]) {
      t(() => ctx.headers('GET', 5, auth));
      t(() => ctx.headers(5, u, auth));
      t(() => ctx.headers('GET', null, auth));
      t(() => ctx.headers(null, u, auth));
    }
    t(() => ctx.set('api_key', 5));
    t(() => ctx.reject('GET', 5, 'apiKeyAuth', 401));
    (async () => {
      for (const a of [['GET', 5], [5, u], ['GET', null]]) {
        try { await ctx.headersAsync(...a, 'apiKeyAuth'); out.push('resolved'); }
        catch (e) { out.push(e.name + ': ' + e.message); }
      }
      console.log(out.join('\\n'));
    })();
  `], { cwd: path.join(__dirname, '..') });
  assert.equal(r.signal, null, `the child died of ${r.signal}: ${r.stderr}`);
  const notString = (what) => `TypeError: credplug: ${what} must be a string or null, not number`;
  const urlNull = 'CredplugError: credplug_headers: url is NULL';
  const methodNull = 'CredplugError: credplug_headers: method is NULL';
  assert.deepEqual(r.stdout.toString().trim().split('\n'), [
    notString('url'), notString('method'), urlNull, methodNull,
    notString('url'), notString('method'), urlNull, methodNull,
    notString('value'), notString('url'),
    notString('url'), notString('method'), urlNull,
  ]);
});

test('close: later calls throw, a second close is harmless', () => {
  const ctx = new Context({ configJson: config() });
  ctx.close();
  ctx.close();
  assert.throws(() => ctx.headers('GET', `${ORIGIN}/x`, ''), { status: -1, code: 'CREDPLUG_EINVAL' });
});

test('close during headersAsync frees after the call finished', async () => {
  const ctx = new Context({ configJson: config() });
  ctx.set('api_key', 'k0123');
  const p = ctx.headersAsync('GET', `${ORIGIN}/x`, 'apiKeyAuth');
  ctx.close();
  assert.deepEqual(await p, [['DD-API-KEY', 'k0123']]);
  assert.equal(ctx._ctx, null);
});

test('env provider: DD_API_KEY with surrounding whitespace fails the resolve (EINVALID)', () => {
  process.env.DD_API_KEY = ' k0123 ';
  try {
    const ctx = new Context({ configJson: config() });
    assert.throws(() => ctx.headers('GET', `${ORIGIN}/x`, 'apiKeyAuth'),
      (e) => e.status === -5 && e.code === 'CREDPLUG_EINVALID' && !e.message.includes('k0123'));
    ctx.close();
  } finally {
    delete process.env.DD_API_KEY;
  }
});

test('CREDPLUG_LIBRARY naming a missing file: the error says what to set', () => {
  const { execFileSync } = require('node:child_process');
  const out = execFileSync(process.execPath, ['-e',
    'try { new (require(".").Context)() } catch (e) { console.log(e.message) }'],
  { cwd: path.join(__dirname, '..'), env: { ...process.env, CREDPLUG_LIBRARY: '/nonexistent/libcredplug.so.0' } });
  assert.match(out.toString(), /^cannot load \/nonexistent\/libcredplug\.so\.0: .*set CREDPLUG_LIBRARY/);
});

test('npm pack: the package files, nothing else', () => {
  const { execFileSync } = require('node:child_process');
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'],
    { cwd: path.join(__dirname, '..'), stdio: ['ignore', 'pipe', 'ignore'] });
  const files = JSON.parse(out.toString())[0].files.map((f) => f.path).sort();
  assert.deepEqual(files, ['README.md', 'datadog.d.ts', 'datadog.js', 'index.d.ts', 'index.js',
    'lib/errors.js', 'lib/native.js', 'package.json']);
});

test('a context dropped without close() is freed by the collector, once', () => {
  const { execFileSync } = require('node:child_process');
  // credplug_ctx_free counted through koffi in a child with --expose-gc
  const out = execFileSync(process.execPath, ['--expose-gc', '-e', `
    const native = require('./lib/native').load();
    const free = native.ctxFree; let n = 0;
    native.ctxFree = (p) => { n++; return free(p); };
    const { Context } = require('.');
    (() => { new Context({ configJson: '{"providers":[{"use":"explicit"}]}' }); })();
    const kept = new Context({ configJson: '{"providers":[{"use":"explicit"}]}' });
    kept.close();
    setTimeout(() => { gc(); setTimeout(() => { gc(); console.log(n); }, 50); }, 10);
  `], { cwd: path.join(__dirname, '..') });
  assert.equal(out.toString().trim(), '2');
});

test('without CREDPLUG_LIBRARY the loader finds libcredplug.so.0 (LD_LIBRARY_PATH here)', () => {
  const { execFileSync } = require('node:child_process');
  const env = { ...process.env, LD_LIBRARY_PATH: path.dirname(process.env.CREDPLUG_LIBRARY) };
  delete env.CREDPLUG_LIBRARY;
  const out = execFileSync(process.execPath, ['-e',
    'const n = require("./lib/native").load(); console.log(n.path, n.version())'],
  { cwd: path.join(__dirname, '..'), env });
  assert.equal(out.toString().trim(), `libcredplug.so.0 ${credplug.version()}`);
});
