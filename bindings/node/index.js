'use strict';
// Node binding of libcredplug (docs/bindings.md is the C contract).
// Secrets: the header values this returns are JavaScript strings, which
// cannot be wiped; hand them to one request and drop them (README).
const { load, readString } = require('./lib/native');
const { CredplugError } = require('./lib/errors');

const FLAGS = Object.freeze({
  STRICT: 1, NO_CONFIG_FILE: 2, NO_MODULES: 4, INTERACTIVE: 8, DUMPABLE_SECRETS: 16,
});
const FIELDS = Object.freeze({ api_key: 0, app_key: 1, pat: 2, site: 3 });
const EREJECTED = -13;
const EWOULDBLOCK = -18;
// credplug_headers_buf (docs/bindings.md, "Constants").
const HEADERS_NOWAIT = 1;
const HEADERS_BUF_SIZE = 17408;
const AUTH_UNKNOWN = 0x80000000;

// A context dropped without close() is freed when collected (nothing can be
// in flight then: a running async call holds the Context).
const unclosed = new FinalizationRegistry(({ n, ctx }) => n.ctxFree(ctx));

function callAsync(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn.async(...args, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

// A `const char *` argument: koffi would take a number as an address, and
// C reads a string only up to its first NUL where URL parsers read on
// ("https://api.datadoghq.com\0@evil.example/" is evil.example to them).
function cstr(value, what) {
  if (typeof value === 'string') {
    if (value.indexOf('\0') === -1) return value;
    throw new TypeError(`credplug: ${what} contains a NUL character`);
  }
  if (value === null || value === undefined) return null;
  throw new TypeError(`credplug: ${what} must be a string or null, not ${typeof value}`);
}

function authArg(auth) {
  if (auth === null || auth === undefined) return null; // the endpoint table
  if (Array.isArray(auth)) return cstr(auth.join(','), 'auth');
  if (typeof auth === 'string') return cstr(auth, 'auth');
  throw new TypeError('auth must be an array of scheme names, a string, or null');
}

// The fast path takes strings only; anything else goes to credplug_headers
// (maskFor's null), which refuses it as for any list.
function bufMask(n, method, url, list) {
  if (typeof method !== 'string' || typeof url !== 'string') return null;
  cstr(method, 'method');
  cstr(url, 'url');
  return maskFor(n, list);
}

function errorFor(n, ctx, status, detail) {
  if (detail === undefined || detail === null) {
    const p = n.errmsgDup(ctx, status);
    detail = p === null ? n.strerror(status) : readString(p);
    n.free(p);
  }
  const code = n.statusName(status) || `CREDPLUG_STATUS_${-status}`;
  return new CredplugError(status, code, detail);
}

// Security list -> CREDPLUG_AUTH_* bits (credplug_auth_parse is pure; a
// client names a few dozen lists).  null: the endpoint table or a name
// credplug does not know, both for credplug_headers, which words refusals.
const masks = new Map();

function maskFor(n, list) {
  if (list === null) return null;
  let m = masks.get(list);
  if (m === undefined) {
    m = n.authParse(list);
    if (masks.size < 256) masks.set(list, m);
  }
  return m >= AUTH_UNKNOWN ? null : m;
}

// The header block ("Name: value\r\n" each, ASCII by contract) as pairs;
// the Buffer is wiped as soon as the strings are made.
function takeBlock(buf, len) {
  if (len === 0) return [];
  const text = buf.latin1Slice(0, len);
  buf.fill(0, 0, len);
  const pairs = [];
  for (let p = 0; p < len;) {
    const colon = text.indexOf(': ', p);
    const end = text.indexOf('\r\n', colon);
    pairs.push([text.slice(p, colon), text.slice(colon + 2, end)]);
    p = end + 2;
  }
  return pairs;
}

// `*out` of credplug_headers: JSON pairs on success, the detail on failure.
function takeHeaders(n, ctx, status, out) {
  const text = readString(out[0]);
  n.headersFree(out[0]);
  if (status !== 0) throw errorFor(n, ctx, status, text);
  return JSON.parse(text);
}

class Context {
  /**
   * @param {object} [opts]
   * @param {string} [opts.config]      path of a config file
   * @param {string|object} [opts.configJson]  a config document (beats config)
   * @param {number} [opts.flags]       Context.FLAGS bits
   */
  constructor(opts = {}) {
    const n = load();
    let json = opts.configJson;
    if (json !== undefined && json !== null && typeof json !== 'string') json = JSON.stringify(json);
    const out = [null];
    const status = n.ctxOpen(out, cstr(opts.config, 'config'), cstr(json, 'configJson'), opts.flags ?? 0);
    if (status !== 0) {
      const err = out[0] === null ? errorFor(n, null, status, n.strerror(status))
        : errorFor(n, out[0], status);
      n.ctxFree(out[0]);
      throw err;
    }
    this._n = n;
    this._ctx = out[0];
    // For the synchronous calls (one at a time on this thread); each call
    // that goes to a worker thread gets its own.
    this._buf = Buffer.alloc(HEADERS_BUF_SIZE);
    this._inflight = 0;
    this._closed = false;
    unclosed.register(this, { n, ctx: this._ctx }, this);
  }

  _live() {
    if (this._closed) throw new CredplugError(-1, 'CREDPLUG_EINVAL', 'the context is closed');
    return this._ctx;
  }

  // Async calls keep the context alive: close() frees it after the last.
  async _async(fn, ...args) {
    const ctx = this._live();
    this._inflight++;
    try {
      return await callAsync(fn, ctx, ...args);
    } finally {
      if (--this._inflight === 0 && this._closed) this._free();
    }
  }

  /** Headers for one request: an array of [name, value]. Blocks while providers resolve. */
  headers(method, url, auth) {
    const list = authArg(auth);
    const mask = bufMask(this._n, method, url, list);
    if (mask === null) return this._headersJson(method, url, list);
    const len = this._n.headersBuf(this._live(), url, mask, 0, this._buf, HEADERS_BUF_SIZE);
    if (len < 0) throw errorFor(this._n, this._ctx, len);
    return takeBlock(this._buf, len);
  }

  /**
   * As headers(), never blocking the event loop: inline when the context
   * is warm, on a worker thread when providers must be asked first.
   */
  async headersAsync(method, url, auth) {
    const list = authArg(auth);
    const mask = bufMask(this._n, method, url, list);
    if (mask === null) {
      const out = [null];
      const st = await this._async(this._n.headers, cstr(method, 'method'), cstr(url, 'url'), list, out);
      return takeHeaders(this._n, this._ctx, st, out);
    }
    let len = this._n.headersBuf(this._live(), url, mask, HEADERS_NOWAIT, this._buf, HEADERS_BUF_SIZE);
    if (len >= 0) return takeBlock(this._buf, len);
    if (len !== EWOULDBLOCK) throw errorFor(this._n, this._ctx, len);
    const buf = Buffer.alloc(HEADERS_BUF_SIZE);
    len = await this._async(this._n.headersBuf, url, mask, 0, buf, HEADERS_BUF_SIZE);
    if (len < 0) throw errorFor(this._n, this._ctx, len);
    return takeBlock(buf, len);
  }

  // No list (the endpoint table), a name credplug does not know, or an
  // odd method: credplug_headers reads them and words the refusal.
  _headersJson(method, url, list) {
    const out = [null];
    const st = this._n.headers(this._live(), cstr(method, 'method'), cstr(url, 'url'), list, out);
    return takeHeaders(this._n, this._ctx, st, out);
  }

  /** Set (or with null clear) an explicit value: field 'api_key', 'app_key', 'pat', 'site'. */
  set(field, value) {
    const f = typeof field === 'number' ? field : this._n.fieldFromName(String(field));
    const st = this._n.set(this._live(), f, cstr(value, 'value'));
    if (st !== 0) throw errorFor(this._n, this._ctx, st);
  }

  /** Walk the provider chain now (a warm-up); resolveAsync() off the event loop. */
  resolve() {
    const st = this._n.resolve(this._live());
    if (st !== 0) throw errorFor(this._n, this._ctx, st);
  }

  async resolveAsync() {
    const st = await this._async(this._n.resolve);
    if (st !== 0) throw errorFor(this._n, this._ctx, st);
  }

  /** Report a 401/403: true means retry the request once, false means do not. */
  reject(method, url, auth, httpStatus) {
    const st = this._n.rejectRequest(this._live(), cstr(method, 'method'), cstr(url, 'url'), authArg(auth), httpStatus);
    return this._rejected(st);
  }

  async rejectAsync(method, url, auth, httpStatus) {
    const st = await this._async(this._n.rejectRequest, cstr(method, 'method'), cstr(url, 'url'), authArg(auth),
      httpStatus);
    return this._rejected(st);
  }

  _rejected(st) {
    if (st === 0) return true;
    if (st === EREJECTED) return false;
    throw errorFor(this._n, this._ctx, st);
  }

  /** The redacted chain description (no secret), as an object. */
  explain() {
    const out = [null];
    const st = this._n.explainJson(this._live(), out);
    const text = readString(out[0]);
    this._n.free(out[0]);
    if (st !== 0) throw errorFor(this._n, this._ctx, st);
    return JSON.parse(text);
  }

  /** Free the context (after the async calls still running). Idempotent. */
  close() {
    if (this._closed) return;
    this._closed = true;
    if (this._inflight === 0) this._free();
  }

  _free() {
    unclosed.unregister(this);
    this._n.ctxFree(this._ctx);
    this._ctx = null;
  }
}

Context.FLAGS = FLAGS;
Context.FIELDS = FIELDS;

function version() {
  return load().version();
}

module.exports = { Context, CredplugError, FLAGS, FIELDS, version };
