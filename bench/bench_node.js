#!/usr/bin/env node
'use strict';
// Per-request auth cost: the Datadog TypeScript client's own
// applySecurityAuthentication (its configured keys) against the same step
// through credplug's Node binding and datadog adapter, side by side.
//
//   CREDPLUG_LIBRARY=build-rel/core/libcredplug.so.0 \
//   CREDPLUG_PROVIDER_DIR=$PWD/build-rel/providers \
//   node bench/bench_node.js [iterations]
//
// Needs `npm ci` in bindings/node (the client is its devDependency).
const path = require('node:path');
const pkg = path.join(__dirname, '..', 'bindings', 'node');
const req = (m) => require(require.resolve(m, { paths: [pkg] }));
const dd = req('@datadog/datadog-api-client');
const common = req('@datadog/datadog-api-client/dist/packages/datadog-api-client-common/configuration');
const { RequestContext, HttpMethod } = req('@datadog/datadog-api-client/dist/packages/datadog-api-client-common/http/http');
const { Context } = require(pkg);
const { useCredplug, recordedList } = require(path.join(pkg, 'datadog'));

const N = Number(process.argv[2] || 200000);
const ORIGIN = 'https://api.datadoghq.com';
const URL_ = `${ORIGIN}/api/v1/dashboard`;
const LIST = ['apiKeyAuth', 'appKeyAuth', 'AuthZ'];
const KEY = 'k'.repeat(32);
const APP = 'a'.repeat(40);
const PAT = `ddpat_${'p'.repeat(40)}`;

function newRequest() {
  const rc = new RequestContext(URL_, HttpMethod.GET);
  rc.setHeaderParam('Accept', 'application/json');
  return rc;
}

// The client's own path: what a generated factory runs per request.
function nativeAuth() {
  const conf = dd.client.createConfiguration({
    authMethods: { apiKeyAuth: KEY, appKeyAuth: APP, AuthZ: { accessToken: PAT } },
  });
  return () => {
    const rc = newRequest();
    common.applySecurityAuthentication(conf, rc, LIST);
    return rc.getHeaders();
  };
}

// credplug's path: the same factory call (recording the list), then the
// binding's headers for it, put into the request's headers.
function credplugAuth(ctx) {
  const conf = useCredplug(dd.client.createConfiguration({}), ctx);
  return () => {
    const rc = newRequest();
    common.applySecurityAuthentication(conf, rc, LIST);
    const headers = rc.getHeaders();
    // what the adapter's send() does with the list the factory applied
    for (const [name, value] of ctx.headers('GET', URL_, recordedList(conf, rc))) headers[name] = value;
    return headers;
  };
}

function time(fn, n) {
  for (let i = 0; i < Math.min(n, 20000); i++) fn(); // warm up (JIT, snapshot)
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  return Number(process.hrtime.bigint() - t0) / n;
}

async function timeAsync(ctx, n) {
  for (let i = 0; i < 2000; i++) await ctx.headersAsync('GET', URL_, LIST);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await ctx.headersAsync('GET', URL_, LIST);
  return Number(process.hrtime.bigint() - t0) / n;
}

// Whole requests through the client to a loopback server (keep-alive off,
// as the client sends them): what the auth step costs in proportion.
async function endToEnd(n) {
  const http = require('node:http');
  const server = http.createServer((q, r) => {
    q.resume();
    q.on('end', () => { r.writeHead(200, { 'Content-Type': 'application/json' }); r.end('{"valid":true}'); });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const ctx = new Context({ configJson: { providers: [{ use: 'explicit' }], allowed_origins: [origin] } });
  ctx.set('api_key', KEY);
  const base = new dd.client.BaseServerConfiguration(origin, {});
  const nat = dd.client.createConfiguration({ baseServer: base, authMethods: { apiKeyAuth: KEY } });
  const cp = useCredplug(dd.client.createConfiguration({ baseServer: base }), ctx);
  const run = async (conf) => {
    const api = new dd.v1.AuthenticationApi(conf);
    for (let i = 0; i < 200; i++) await api.validate();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) await api.validate();
    return Number(process.hrtime.bigint() - t0) / n;
  };
  const out = { native: Infinity, credplug: Infinity };
  for (let round = 0; round < 3; round++) {
    out.native = Math.min(out.native, await run(nat));
    out.credplug = Math.min(out.credplug, await run(cp));
  }
  ctx.close();
  await new Promise((r) => server.close(r));
  return out;
}

async function main() {
  const ctx = new Context({ configJson: { providers: [{ use: 'explicit' }] } });
  ctx.set('api_key', KEY);
  ctx.set('app_key', APP);
  ctx.set('pat', PAT);
  const native = nativeAuth();
  const viaCredplug = credplugAuth(ctx);
  const a = native();
  const b = viaCredplug();
  for (const k of ['DD-API-KEY', 'DD-APPLICATION-KEY', 'Authorization']) {
    if (a[k] !== b[k]) throw new Error(`${k} differs between the two paths`);
  }
  const rows = [];
  // alternate the two, three rounds each, to spread the VM's noise
  for (let round = 0; round < 3; round++) {
    rows.push(['client applySecurityAuthentication', time(native, N)]);
    rows.push(['credplug (hook + ctx.headers)', time(viaCredplug, N)]);
  }
  const asyncNs = await timeAsync(ctx, Math.max(1000, Math.floor(N / 20)));
  const e2e = await endToEnd(Math.max(500, Math.floor(N / 100)));
  ctx.close();
  const best = (name) => Math.min(...rows.filter((r) => r[0] === name).map((r) => r[1]));
  const nat = best('client applySecurityAuthentication');
  const cp = best('credplug (hook + ctx.headers)');
  console.log(`node ${process.version}, ${N} requests per run, best of 3 runs`);
  console.log(`client applySecurityAuthentication  ${(nat / 1000).toFixed(3)} us/request`);
  console.log(`credplug (hook + ctx.headers)       ${(cp / 1000).toFixed(3)} us/request`);
  console.log(`credplug ctx.headersAsync alone     ${(asyncNs / 1000).toFixed(3)} us/request (warm: answered inline)`);
  console.log(`ratio credplug / client: ${(cp / nat).toFixed(2)}`);
  console.log(`whole request to a loopback server: client ${(e2e.native / 1000).toFixed(1)} us, ` +
    `through useCredplug ${(e2e.credplug / 1000).toFixed(1)} us (ratio ${(e2e.credplug / e2e.native).toFixed(2)})`);
}

main().catch((e) => { console.error(e); process.exit(1); });
