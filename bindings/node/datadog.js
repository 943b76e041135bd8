'use strict';
// credplug for @datadog/datadog-api-client (tested at 1.64.0).
//
// Where the client decides the credentials: every generated
// *ApiRequestFactory ends with
//   applySecurityAuthentication(_config, requestContext, ["apiKeyAuth", ...])
// which looks each name up in `_config.authMethods` and lets the method set
// its header.  useCredplug() replaces `authMethods` with a recorder, so the
// operation's own list (from the client's generated code, not a copy) is
// noted against its RequestContext and no credential of the client's own is
// set.  The client's IsomorphicFetchHttpLibrary then sends through
// `httpApi.fetch`, which this module supplies: it asks credplug for each
// hop's headers, follows redirects itself (credentials only while the chain
// stays on the first origin) and on 401/403 reports the rejection and
// retries once.
const { Context } = require('./index');

const CREDENTIAL_HEADERS = new Set(['dd-api-key', 'dd-application-key', 'authorization']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20; // node-fetch's default `follow`
const STATE = Symbol('credplug'); // on an httpApi useCredplug() wrapped
// On a RequestContext: the schemes its factory applied, as a comma list.
// A symbol property, invisible to the client's code, and a plain property
// read (a WeakMap from request to list cost three times the client's
// whole auth step).
const SECURITY = Symbol('credplug.security');

// The fetch the client itself uses in Node (cross-fetch, i.e. node-fetch 2),
// resolved from the client's own dependencies so the wire bytes match.
function clientFetch() {
  const client = require.resolve('@datadog/datadog-api-client');
  return require(require.resolve('cross-fetch', { paths: [client] })).fetch;
}

// authMethods stand-in: each scheme the factory applies is recorded, as
// the comma list credplug takes.  The schemes the client defines are own
// properties (a plain property read per scheme, every request); any other
// name reaches the Proxy behind them and is recorded the same way.
const KNOWN_SCHEMES = ['apiKeyAuth', 'appKeyAuth', 'AuthZ', 'bearerAuth'];

function recorder() {
  const scheme = (name) => ({
    getName: () => name,
    applySecurityAuthentication(requestContext) {
      // A name twice is harmless: credplug_auth_parse ORs the bits.
      const l = requestContext[SECURITY];
      requestContext[SECURITY] = l === undefined ? name : `${l},${name}`;
    },
  });
  const others = new Map();
  const fallback = new Proxy({}, {
    get: (_, name) => {
      if (typeof name !== 'string') return undefined;
      if (!others.has(name)) others.set(name, scheme(name));
      return others.get(name);
    },
    has: (_, name) => typeof name === 'string',
  });
  const methods = Object.create(fallback);
  for (const name of KNOWN_SCHEMES) methods[name] = scheme(name);
  return methods;
}

function isCredential(name) {
  return CREDENTIAL_HEADERS.has(name.toLowerCase());
}

// The request's headers with credplug's pairs where the client would have
// put its own: after those set before send(), before those send() added.
function withCredentials(headers, before, pairs) {
  const out = {};
  const seen = new Set();
  for (const k of before) {
    seen.add(k);
    if (k in headers && !isCredential(k)) out[k] = headers[k];
  }
  for (const [name, value] of pairs) out[name] = value;
  for (const k of Object.keys(headers)) if (!seen.has(k) && !isCredential(k)) out[k] = headers[k];
  return out;
}

async function discard(resp) {
  try { await resp.arrayBuffer(); } catch { /* the body is not needed */ }
}

async function send(ctx, inner, req, url, options) {
  const first = new URL(url).origin;
  let target = String(url);
  let method = options.method;
  let body = options.body;
  let onFirstOrigin = true;
  let retried = false;
  for (let hops = 0; ;) {
    // (hop 0 is `url` itself: its origin is `first`, no second parse)
    onFirstOrigin = onFirstOrigin && (hops === 0 || new URL(target).origin === first);
    // Credplug checks each hop's origin too; once the chain leaves the
    // first origin, no later hop (even one back) gets credentials.
    let pairs = onFirstOrigin ? await ctx.headersAsync(method, target, req.auth) : [];
    const headers = withCredentials(options.headers, req.before, pairs);
    const sentCredentials = pairs.length > 0; // the only credential headers `headers` has
    pairs = null; // the values live on only in `headers`, for this hop
    const resp = await inner(target, { ...options, method, body, headers, redirect: 'manual' });
    if ((resp.status === 401 || resp.status === 403) && sentCredentials && !retried) {
      retried = true;
      if (await ctx.rejectAsync(method, target, req.auth, resp.status)) {
        await discard(resp);
        continue;
      }
      return resp;
    }
    const location = resp.headers.get('location');
    if (!REDIRECTS.has(resp.status) || location === null) return resp;
    if (++hops > MAX_REDIRECTS) {
      await discard(resp);
      throw new Error(`maximum redirect reached at: ${target}`);
    }
    if (resp.status === 303 || ((resp.status === 301 || resp.status === 302) && method === 'POST')) {
      method = 'GET'; // as node-fetch does
      body = undefined;
    }
    await discard(resp);
    target = new URL(location, target).toString();
  }
}

/**
 * Make `configuration` (from `client.createConfiguration()`) take every
 * request's credentials from credplug context `ctx` (a new Context() with
 * the default config search when omitted).  The client's own auth settings
 * (authMethods, DD_API_KEY/DD_APP_KEY read by createConfiguration) are
 * ignored.  Returns `configuration`.
 */
function useCredplug(configuration, ctx) {
  const httpApi = configuration && configuration.httpApi;
  if (!httpApi || typeof httpApi.send !== 'function' || typeof httpApi.executeRequest !== 'function') {
    throw new TypeError('useCredplug needs a configuration from createConfiguration() whose ' +
      'httpApi is the client\'s IsomorphicFetchHttpLibrary (a custom httpApi must apply ' +
      'ctx.headersAsync() itself)');
  }
  // The state lives on the httpApi, which configurations may share: it is
  // wrapped once, and a later call only swaps the context.
  let state = httpApi[STATE];
  if (state) {
    state.ctx = ctx || state.ctx;
  } else {
    state = { ctx: ctx || new Context(), pending: new WeakMap() };
    Object.defineProperty(httpApi, STATE, { value: state });
    wrap(httpApi, state);
  }
  configuration.authMethods = recorder();
  return configuration;
}

// pending: the request's headers object (what the library hands its
// fetch) -> what that fetch needs.
function wrap(httpApi, state) {
  const originalSend = httpApi.send;
  httpApi.send = function sendWithCredplug(request) {
    const headers = request.getHeaders();
    for (const k of Object.keys(headers)) if (isCredential(k)) delete headers[k];
    const auth = request[SECURITY] || '';
    state.pending.set(headers, { auth, before: Object.keys(headers) });
    return originalSend.call(this, request);
  };
  const inner = httpApi.fetch || clientFetch();
  httpApi.fetch = (url, options) => {
    const req = state.pending.get(options.headers) || { auth: '', before: [] };
    return send(state.ctx, inner, req, url, options);
  };
}

// The security list the factory applied to `requestContext` under
// useCredplug (tests and bench/bench_node.js): a comma list, '' for none.
function recordedList(configuration, requestContext) {
  const state = configuration && configuration.httpApi && configuration.httpApi[STATE];
  return state ? requestContext[SECURITY] || '' : undefined;
}

module.exports = { useCredplug, recordedList };
