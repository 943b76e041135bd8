'use strict';
// The C functions of credplug's common path for foreign callers
// (docs/bindings.md): opaque pointers, C strings and integers only.
const koffi = require('koffi');

function libraryPath() {
  const env = process.env.CREDPLUG_LIBRARY;
  // The loader's rules (LD_LIBRARY_PATH, the cache, the default dirs) find
  // the SONAME; CREDPLUG_LIBRARY names a file (a build tree, an odd prefix).
  return env && env.length > 0 ? env : 'libcredplug.so.0';
}

let cached = null;

function load() {
  if (cached) return cached;
  const path = libraryPath();
  let lib;
  try {
    lib = koffi.load(path);
  } catch (e) {
    const err = new Error(`cannot load ${path}: ${e.message}; install libcredplug or set ` +
      'CREDPLUG_LIBRARY to the path of libcredplug.so.0');
    err.cause = e;
    throw err;
  }
  const f = (sig) => lib.func(sig);
  cached = {
    path,
    ctxOpen: f('int credplug_ctx_open(_Out_ void **ctx, const char *path, const char *json, uint32_t flags)'),
    ctxFree: f('void credplug_ctx_free(void *ctx)'),
    headers: f('int credplug_headers(void *ctx, const char *method, const char *url, const char *auth, _Out_ void **out)'),
    headersFree: f('void credplug_headers_free(void *p)'),
    // The per-request call: caller memory (a Buffer), the list as bits.
    headersBuf: f('int credplug_headers_buf(void *ctx, const char *url, uint32_t auth, uint32_t flags, void *buf, size_t cap)'),
    authParse: f('uint32_t credplug_auth_parse(const char *names)'),
    rejectRequest: f('int credplug_reject_request(void *ctx, const char *method, const char *url, const char *auth, long status)'),
    set: f('int credplug_set(void *ctx, int field, const char *value)'),
    resolve: f('int credplug_resolve(void *ctx)'),
    explainJson: f('int credplug_explain_json(void *ctx, _Out_ void **out)'),
    free: f('void credplug_free(void *p)'),
    errmsgDup: f('void *credplug_errmsg_dup(void *ctx, int status)'),
    statusName: f('const char *credplug_status_name(int status)'),
    strerror: f('const char *credplug_strerror(int status)'),
    fieldFromName: f('int credplug_field_from_name(const char *name)'),
    version: f('const char *credplug_version(void)'),
  };
  return cached;
}

// A NUL-terminated string the library allocated, as a JavaScript string.
function readString(ptr) {
  return ptr === null ? null : koffi.decode(ptr, 'char', -1);
}

module.exports = { load, readString };
