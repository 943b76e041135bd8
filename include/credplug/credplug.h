/*
 * credplug — find an API's credentials wherever they live and apply them to
 * HTTP requests.  Consumer API, stable per major version.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CREDPLUG_CREDPLUG_H
#define CREDPLUG_CREDPLUG_H

#include <stddef.h>
#include <stdint.h>

#include "credplug/sink.h"
#include "credplug/types.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define CREDPLUG_API
#elif defined(__GNUC__)
#define CREDPLUG_API __attribute__((visibility("default")))
#else
#define CREDPLUG_API
#endif

#define CREDPLUG_VERSION_MAJOR  0
#define CREDPLUG_VERSION_MINOR  1
#define CREDPLUG_VERSION_PATCH  0
#define CREDPLUG_VERSION_STRING "0.1.0"

/** Status codes. `CREDPLUG_OK` is zero; failures are negative and append-only.
 */
enum credplug_status {
	CREDPLUG_OK = 0,
	CREDPLUG_EINVAL =
	        -1, /**< bad argument (NULL, short struct, bad field) */
	CREDPLUG_ENOMEM = -2,  /**< allocation failed */
	CREDPLUG_ECONFIG = -3, /**< configuration file or option is malformed */
	CREDPLUG_EMODULE = -4, /**< a provider module could not be loaded */
	CREDPLUG_EINVALID = -5, /**< a credential is present but broken */
	CREDPLUG_EDENIED = -6,  /**< refused: unsafe permissions or ownership */
	CREDPLUG_ENOCRED =
	        -7, /**< no credential satisfies the endpoint (strict) */
	CREDPLUG_EDESTINATION = -8,  /**< the URL is not an allowed origin */
	CREDPLUG_ESINK = -9,         /**< the header sink reported a failure */
	CREDPLUG_ETIMEDOUT = -10,    /**< a provider did not answer in time */
	CREDPLUG_EUNAVAILABLE = -11, /**< a backend is not reachable */
	CREDPLUG_EEXPIRED = -12,  /**< credentials expired and refresh failed */
	CREDPLUG_EREJECTED = -13, /**< the server rejected a credential again */
	CREDPLUG_EUNSUPPORTED =
	        -14, /**< the provider cannot do this (e.g. store) */
	CREDPLUG_ENOTFOUND = -15,  /**< no such provider, profile or item */
	CREDPLUG_EIO = -16,        /**< an operating system call failed */
	CREDPLUG_EPROVIDER = -17,  /**< a provider failed internally or broke
	                                the ABI contract (since 0.1) */
	CREDPLUG_EWOULDBLOCK = -18 /**< CREDPLUG_HEADERS_NOWAIT and a resolve
	                              is due: nothing was applied (since 0.2) */
};

/** Security-scheme bits for `credplug_request.auth`. */
#define CREDPLUG_AUTH_API_KEY (1u << 0) /**< apiKeyAuth */
#define CREDPLUG_AUTH_APP_KEY (1u << 1) /**< appKeyAuth */
#define CREDPLUG_AUTH_BEARER  (1u << 2) /**< bearerAuth */
#define CREDPLUG_AUTH_AUTHZ   (1u << 3) /**< AuthZ (OAuth2; accepts the PAT) */
/** Every scheme credplug can satisfy. */
#define CREDPLUG_AUTH_ALL                                                      \
	(CREDPLUG_AUTH_API_KEY | CREDPLUG_AUTH_APP_KEY |                       \
	 CREDPLUG_AUTH_BEARER | CREDPLUG_AUTH_AUTHZ)
/** Set by credplug_auth_parse() when a name was not recognised. Never sent. */
#define CREDPLUG_AUTH_UNKNOWN (1u << 31)

struct credplug_ctx;
struct credplug_provider_v1;
struct credplug_host_v1;

/**
 * Optional allocator hook.  The context's own structures go through it.
 * Exceptions: the config text while it is parsed, explain documents (freed
 * with credplug_free(), i.e. free()), the process-wide module registry, and
 * third-party libraries (json-c, libdl, backends), which use the C
 * library's allocator; and the copies of secret values, which live in the
 * context's own pages (mmap, marked MADV_DONTDUMP, so they are left out of
 * core dumps).  Only their bookkeeping comes from the hook.  With
 * CREDPLUG_FLAG_DUMPABLE_SECRETS the secret copies go through the hook too.
 */
struct credplug_allocator {
	uint32_t struct_size;
	void *(*malloc_fn)(size_t size, void *user_data);
	void (*free_fn)(void *ptr, void *user_data);
	void *user_data;
};

/**
 * A provider linked into the program, registered without dlopen.  Passed
 * as an array, so this struct is frozen: it never grows (a later version
 * would add a new options member instead).
 */
struct credplug_builtin {
	const char *name; /**< the `use` name it answers to */
	int (*entry)(const struct credplug_host_v1 *host,
	             const struct credplug_provider_v1 **out);
};

/**
 * Clock hook: returns the current wall-clock time in nanoseconds since the
 * Unix epoch.  Lets tests drive expiry and refresh: when set, it is used
 * for both expiry instants and refresh/backoff deadlines (without it,
 * expiry uses CLOCK_REALTIME and deadlines CLOCK_MONOTONIC).
 */
typedef int64_t (*credplug_clock_fn)(void *user_data);

/** Options for credplug_ctx_new().  Initialise with CREDPLUG_OPTIONS_INIT. */
struct credplug_options {
	uint32_t struct_size;
	/** Config file to read; NULL searches `CREDPLUG_CONFIG`, XDG, /etc. */
	const char *config_path;
	/** Config document as text; beats config_path when set. */
	const char *config_json;
	/** Allocator hook; NULL uses malloc/free. */
	const struct credplug_allocator *allocator;
	/** CREDPLUG_FLAG_* bits (credplug/types.h). */
	uint32_t flags;
	/** Directory holding provider modules; NULL uses the compiled-in one.
	 */
	const char *provider_dir;
	/** Providers linked in statically; consulted before the directory. */
	const struct credplug_builtin *builtins;
	size_t n_builtins;
	/** Clock hook and its argument; NULL uses the system clocks. */
	credplug_clock_fn clock;
	void *clock_user_data;
	/** Where credplug_ctx_new() writes its failure detail; may be NULL. */
	char *errbuf;
	size_t errbuf_len;
};
#define CREDPLUG_OPTIONS_INIT                                                  \
	{                                                                      \
		sizeof(struct credplug_options), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, \
		        0                                                      \
	}

/**
 * An HTTP request to decorate.  Initialise with CREDPLUG_REQUEST_INIT.
 *
 * `auth` is the endpoint's security list as CREDPLUG_AUTH_* bits (see
 * credplug_auth_parse()).  Every configured credential accepted by a scheme
 * in the list is sent; nothing else is.
 */
struct credplug_request {
	uint32_t struct_size;
	const char *method; /**< e.g. "GET"; informational */
	const char *url;    /**< absolute URL; its origin must be allowed */
	uint32_t auth;      /**< CREDPLUG_AUTH_* bits */
};
#define CREDPLUG_REQUEST_INIT                                                  \
	{                                                                      \
		sizeof(struct credplug_request), 0, 0, 0                       \
	}

/**
 * Create a context: read the configuration and load the provider chain.
 * Nothing is resolved yet (see credplug_resolve()).
 *
 * @param[out] out   the new context, or NULL on failure
 * @param opts       options, or NULL for defaults
 * A provider module that fails to load (missing, wrong ABI, unsafe
 * permissions) does not fail creation: it is recorded in explain and skipped,
 * unless its chain entry says `"critical": true`.
 *
 * @return CREDPLUG_OK, CREDPLUG_EINVAL, CREDPLUG_ENOMEM, CREDPLUG_ECONFIG
 *         (malformed config, unknown key, option typo), CREDPLUG_EMODULE or
 *         CREDPLUG_EDENIED (a critical module could not be loaded; or the
 *         config file is writable by others, or readable by others while
 *         holding a credential).  On failure `*out` is NULL and the detail
 *         is in `opts->errbuf`.
 * Ownership: free the context with credplug_ctx_free().
 * Thread-safety: any thread.
 */
CREDPLUG_API int credplug_ctx_new(struct credplug_ctx **out,
                                  const struct credplug_options *opts);

/**
 * Free a context, wiping every secret it holds.  Accepts NULL.
 * Thread-safety: no other call may use `ctx` concurrently or afterwards.
 */
CREDPLUG_API void credplug_ctx_free(struct credplug_ctx *ctx);

/**
 * Set an explicit value for a field (the `explicit` provider), or clear it
 * with NULL.  An empty string counts as unset.  Takes effect at the next
 * resolve, which this call schedules.
 *
 * @return CREDPLUG_OK, CREDPLUG_EINVAL (bad field, or a value with control
 *         characters, non-ASCII bytes, surrounding whitespace or over
 *         CREDPLUG_VALUE_MAX bytes; the message never contains the value),
 *         CREDPLUG_ENOTFOUND (the chain has no "explicit" provider, so the
 *         value could never be used), CREDPLUG_ENOMEM.
 * Ownership: the value is copied into wiped memory.
 * Thread-safety: safe to call while other threads apply.
 */
CREDPLUG_API int credplug_set(struct credplug_ctx *ctx, int field,
                              const char *value);

/**
 * Walk the provider chain now and publish a new snapshot.  On failure the
 * previous snapshot (if any) is kept and the error is returned.
 *
 * @return CREDPLUG_OK or the status of the failing provider (EINVALID,
 *         EDENIED, ETIMEDOUT, EUNAVAILABLE, EPROVIDER; ENOTFOUND for a
 *         critical provider that found nothing; EEXPIRED when a provider's
 *         last credentials expired while it is unreachable), or
 *         CREDPLUG_ENOMEM.
 * Thread-safety: safe; concurrent resolves are serialised.
 */
CREDPLUG_API int credplug_resolve(struct credplug_ctx *ctx);

/**
 * Apply the credentials accepted by `req->auth` to a request through `sink`,
 * in the order DD-API-KEY, DD-APPLICATION-KEY, Authorization.  Resolves
 * lazily on first use and refreshes when a field nears its expiry; otherwise
 * does no I/O, takes no lock and allocates nothing.
 *
 * Every check (destination, strictness) happens before the first header is
 * added.  If the sink fails part-way, the request must be discarded.
 *
 * @return CREDPLUG_OK, CREDPLUG_EINVAL, CREDPLUG_EDESTINATION (URL not an
 *         allowed origin; no header was added), CREDPLUG_ENOCRED (strict
 *         mode), CREDPLUG_ESINK, CREDPLUG_EEXPIRED, or a resolve error.
 * Thread-safety: safe; concurrent applies never mix two snapshots.  A sink
 * may apply again (nested, even on `ctx`); no apply waits for another to
 * leave its sink, however many threads are inside sinks at once.
 */
CREDPLUG_API int credplug_apply(struct credplug_ctx *ctx,
                                const struct credplug_request *req,
                                const struct credplug_sink *sink);

/**
 * Report that the server rejected a request's credentials (HTTP 401/403).
 * The context invalidates its snapshot and resolves once.
 *
 * @return CREDPLUG_OK when a different credential is now available (retry
 *         the request once), CREDPLUG_EREJECTED when the chain returned the
 *         same rejected values (do not retry), or a resolve error.
 * Thread-safety: safe.
 */
CREDPLUG_API int credplug_reject(struct credplug_ctx *ctx,
                                 const struct credplug_request *req,
                                 long http_status);

/**
 * Parse a security list into CREDPLUG_AUTH_* bits.  Accepts names separated
 * by commas, spaces, `+` and `|` (the operations table's syntax), e.g.
 * "apiKeyAuth,appKeyAuth,AuthZ" or "apiKeyAuth+appKeyAuth | AuthZ".  Unknown
 * names set CREDPLUG_AUTH_UNKNOWN.  NULL or "" gives 0 (send nothing).
 * Thread-safety: pure function.
 */
CREDPLUG_API uint32_t credplug_auth_parse(const char *openapi_scheme_names);

/**
 * Describe the chain and the current snapshot as a JSON document: per field
 * the provider and locator that supplied it (value redacted to `****` plus
 * at most the last 4 characters), per provider its status, message and time
 * taken.  Resolves first if nothing was resolved yet.
 *
 * @param[out] out   NUL-terminated JSON text
 * @return CREDPLUG_OK, CREDPLUG_EINVAL, CREDPLUG_ENOMEM
 * Ownership: free `*out` with credplug_free().
 * Thread-safety: safe.
 */
CREDPLUG_API int credplug_explain_json(struct credplug_ctx *ctx, char **out);

/**
 * Store a value in a provider that supports writing (file, keyring).
 *
 * @param provider   provider name in the chain (e.g. "file"), or NULL for the
 *                   first writable one
 * @param profile    profile name, or NULL for the provider's default
 * @return CREDPLUG_OK, CREDPLUG_EINVAL, CREDPLUG_ENOTFOUND (no such provider),
 *         CREDPLUG_EUNSUPPORTED, or the provider's failure.
 * credplug_store_json() also says where the value went.
 * Thread-safety: safe.
 */
CREDPLUG_API int credplug_store(struct credplug_ctx *ctx, const char *provider,
                                const char *profile, int field,
                                const char *value);

/** Erase a field from a writable provider; arguments as credplug_store(). */
CREDPLUG_API int credplug_erase(struct credplug_ctx *ctx, const char *provider,
                                const char *profile, int field);

/**
 * credplug_store(), and say where the value went: a one-line JSON object
 *
 *     {"action":"stored","field":"api_key","provider":"file","use":"file",
 *      "locator":"/home/u/.config/credplug/credentials.json",
 *      "profile":"default","mode":"0600"}
 *
 * `provider` is the instance's name in the chain and `use` its module.
 * `locator` (an absolute path when the value is in a file, else the item as
 * the backend's tools name it), `profile` and `mode` (who may read it, in
 * the backend's notation: "0600", "0x3f3f0000") are what the provider
 * reported, each null when it said nothing (providers built for plugin ABI
 * 1.0 never do).  Never contains the value.  More keys may be added.
 *
 * @param[out] out  the document, or NULL when not wanted (then this is
 *                  credplug_store()); set to NULL on failure
 * @return as credplug_store(); CREDPLUG_ENOMEM when the value was stored
 *         but the document could not be made.
 * Ownership: free `*out` with credplug_free().
 * Thread-safety: safe.  Since 0.2.
 */
CREDPLUG_API int credplug_store_json(struct credplug_ctx *ctx,
                                     const char *provider, const char *profile,
                                     int field, const char *value, char **out);

/**
 * credplug_erase(), and say where the value was removed from: the document
 * of credplug_store_json() with "action":"erased" (`mode`: that of what
 * still holds the profile's other fields, e.g. the rewritten file).
 * @return as credplug_erase(); CREDPLUG_ENOMEM as credplug_store_json().
 * Ownership: free `*out` with credplug_free().
 * Thread-safety: safe.  Since 0.2.
 */
CREDPLUG_API int credplug_erase_json(struct credplug_ctx *ctx,
                                     const char *provider, const char *profile,
                                     int field, char **out);

/**
 * Free memory returned by the library: explain and store documents and
 * credplug_errmsg_dup() copies (credplug_headers() results go to
 * credplug_headers_free(), which wipes them).  Accepts NULL.
 */
CREDPLUG_API void credplug_free(void *p);

/**
 * Detail of the most recent failure on `ctx`: what, where, and how to fix
 * it; "" while nothing has failed on `ctx`.  Never contains a secret.
 *
 * A successful call leaves it unchanged (the documented rule since 0.2;
 * clearing it would cost every warm apply a store): after a success it
 * still describes the older failure.  Read it right after a call
 * returned a failure status, or use credplug_errmsg_dup(), which checks
 * that status.  When several threads fail on one context at once it holds
 * the last of their details; each call's status is its own.
 * Ownership: borrowed; overwritten by the next failure on `ctx`.  In
 * multi-threaded use prefer credplug_errmsg_copy() or
 * credplug_errmsg_dup().  "no context" for a NULL `ctx`.
 */
CREDPLUG_API const char *credplug_errmsg(const struct credplug_ctx *ctx);

/**
 * Copy the last failure's detail into `buf` (always NUL-terminated when
 * `len` > 0; "" for a NULL context).
 * @return the full message length.  Thread-safety: safe.
 */
CREDPLUG_API size_t credplug_errmsg_copy(const struct credplug_ctx *ctx,
                                         char *buf, size_t len);

/** Short static description of a status code. */
CREDPLUG_API const char *credplug_strerror(int status);

/** Field name ("api_key", "app_key", "pat", "site"), or NULL. */
CREDPLUG_API const char *credplug_field_name(int field);

/** Field from its name, or -1. */
CREDPLUG_API int credplug_field_from_name(const char *name);

/**
 * The resolved site (e.g. "datadoghq.com"); resolves first if needed (a
 * failed resolve falls back to the config's site or "datadoghq.com").
 * @return the site, or NULL for a NULL context or when out of memory.
 * Ownership: borrowed, valid until the context is freed.
 * Thread-safety: safe.
 */
CREDPLUG_API const char *credplug_site(struct credplug_ctx *ctx);

/*
 * ---- The common path for foreign callers (since 0.2) ---------------------
 *
 * What a language binding (ctypes, koffi, cgo, ...) needs, without a struct
 * layout, a macro or a callback: open a context from plain arguments, get a
 * request's headers as JSON text, free it, report a rejection.  Strings and
 * integers only; the constants are fixed numbers (CREDPLUG_FLAG_* and the
 * status codes above; docs/bindings.md lists them) or come from functions
 * (credplug_status_name(), credplug_field_from_name()).  The contract for
 * binding authors (threads, ownership, what to free with what) is
 * docs/bindings.md.
 */

/**
 * Create a context from plain arguments: credplug_ctx_new() with
 * `config_path`, `config_json` and `flags` and every other option at its
 * default.  Since 0.2.
 *
 * @param[out] out  the context.  On failure as well, unless `out` is NULL
 *                  or memory ran out: then it is a failed context, whose
 *                  credplug_errmsg() is the failure's detail.  On a failed
 *                  context nothing resolves: credplug_headers(),
 *                  credplug_headers_buf() (without NOWAIT),
 *                  credplug_apply(), credplug_set(), credplug_resolve(),
 *                  the rejects, credplug_store() and credplug_erase() return
 *                  the open's status and leave the detail as it is;
 *                  credplug_explain_json() describes it.
 * @param config_path  config file, or NULL to search `CREDPLUG_CONFIG`,
 *                  XDG, /etc (unless CREDPLUG_FLAG_NO_CONFIG_FILE)
 * @param config_json  config document as text, or NULL; beats config_path
 * @param flags     CREDPLUG_FLAG_* bits, fixed numbers: STRICT 1,
 *                  NO_CONFIG_FILE 2, NO_MODULES 4, INTERACTIVE 8,
 *                  DUMPABLE_SECRETS 16
 * @return as credplug_ctx_new(); CREDPLUG_EINVAL also for a NULL `out`
 *         (nothing is created) or a flag bit not listed above.
 * Provider modules come from the compiled-in directory, or from
 * `CREDPLUG_PROVIDER_DIR` (absolute; ignored in privileged processes).
 * Ownership: free `*out` with credplug_ctx_free(), after a failure too.
 * Thread-safety: any thread.
 */
CREDPLUG_API int credplug_ctx_open(struct credplug_ctx **out,
                                   const char *config_path,
                                   const char *config_json, uint32_t flags);

/**
 * The credential headers of one request as JSON text: an array of
 * `[name, value]` pairs in the order credplug_apply() adds them, e.g.
 * `[["DD-API-KEY","..."],["Authorization","Bearer ..."]]`, or `[]` when
 * the endpoint accepts nothing that is configured.  Since 0.2.
 *
 * @param method  the request's method, e.g. "GET"
 * @param url     the absolute URL; its origin must be allowed
 * @param auth    the endpoint's security list as scheme names in the
 *                syntax of credplug_auth_parse() ("apiKeyAuth,appKeyAuth",
 *                "apiKeyAuth appKeyAuth AuthZ"); "" for an endpoint without
 *                security (nothing is sent); NULL to take the operation's
 *                list from credplug_auth_for(`method`, `url`): every
 *                configured credential for an operation the table lacks
 * @param[out] out  on CREDPLUG_OK the JSON text (NUL-terminated, ASCII).
 *                On failure the failure's detail as plain text (what
 *                credplug_errmsg_dup(ctx, status) gives; never a secret), or
 *                NULL when out of memory or `ctx` is NULL.
 * @return CREDPLUG_OK; CREDPLUG_EINVAL (NULL argument, a scheme name in
 *         `auth` that credplug does not know (the detail names it), or,
 *         with `auth` NULL, a method or URL credplug_auth_for() cannot
 *         read);
 *         CREDPLUG_ENOMEM; or what credplug_apply() returns:
 *         CREDPLUG_EDESTINATION (nothing is returned for a URL that is not
 *         an allowed origin), CREDPLUG_ENOCRED (CREDPLUG_FLAG_STRICT), a
 *         resolve error, CREDPLUG_EEXPIRED.
 * Ownership: free `*out`, after success and failure alike, with
 * credplug_headers_free(), which wipes it; it does not refer to `ctx` and
 * may outlive it.
 * Thread-safety: safe; concurrent calls never mix two snapshots.  The first
 * call on a context (and the first after credplug_set(), or when a field
 * nears its expiry) resolves: it may block on provider I/O, each provider
 * for up to its `timeout_ms`, so an event loop should make it from a worker
 * thread.  Later calls do no I/O and take no lock; they allocate the
 * result.
 */
CREDPLUG_API int credplug_headers(struct credplug_ctx *ctx, const char *method,
                                  const char *url, const char *auth,
                                  char **out);

/**
 * Wipe and free a string from credplug_headers().  Accepts NULL.
 * Since 0.2.
 */
CREDPLUG_API void credplug_headers_free(char *p);

/** credplug_headers_buf() flag: never resolve (no provider I/O, no lock);
 *  CREDPLUG_EWOULDBLOCK where a resolve or refresh is due.  Fixed: 1. */
#define CREDPLUG_HEADERS_NOWAIT 1u
/** A credplug_headers_buf() buffer of this many bytes holds any result.
 *  Fixed: 17408. */
#define CREDPLUG_HEADERS_BUF_SIZE 17408

/**
 * credplug_headers() for a binding's per-request path: the headers go into
 * caller memory as an HTTP/1.1 header block, "Name: value\r\n" per header
 * in credplug_apply()'s order (what credplug_buffer_sink() renders), then
 * a NUL.  No allocation, no JSON; with CREDPLUG_HEADERS_NOWAIT never a
 * resolve, so an event loop can call it inline and go to a worker thread
 * only on CREDPLUG_EWOULDBLOCK.  Since 0.2.
 *
 * @param url    the absolute URL; its origin must be allowed
 * @param auth   the endpoint's security list as CREDPLUG_AUTH_* bits
 *               (credplug_auth_parse() of its names, or
 *               credplug_auth_for()); 0 for an endpoint without security
 * @param flags  0 or CREDPLUG_HEADERS_NOWAIT
 * @param buf    caller memory, `cap` bytes; CREDPLUG_HEADERS_BUF_SIZE
 *               always suffices.  It holds secrets: wipe it after use.
 * @return the block's length in bytes (0: nothing to send), or a negative
 *         status: CREDPLUG_EINVAL (NULL `ctx`, `url` or `buf`, `cap` 0,
 *         CREDPLUG_AUTH_UNKNOWN in `auth`, an unknown flag),
 *         CREDPLUG_ESINK (`cap` too small), CREDPLUG_EWOULDBLOCK (NOWAIT
 *         and a resolve is due, also on a failed credplug_ctx_open()
 *         context), or what credplug_apply() returns.  On failure `buf`
 *         holds "" and no byte of a header (unless `ctx` is NULL: `buf`
 *         untouched); the detail is credplug_errmsg_dup(ctx, status).
 * Thread-safety: safe.  A warm call does no I/O, takes no lock and
 * allocates nothing.
 */
CREDPLUG_API int credplug_headers_buf(struct credplug_ctx *ctx, const char *url,
                                      uint32_t auth, uint32_t flags, char *buf,
                                      size_t cap);

/**
 * credplug_reject() for a request described by plain arguments, as
 * credplug_headers() takes them (`auth`: the list the rejected request was
 * sent with; NULL: the endpoint table).  Since 0.2.
 *
 * @return CREDPLUG_OK (other credentials are now available: retry once),
 *         CREDPLUG_EREJECTED (the same values came back: do not retry),
 *         CREDPLUG_EINVAL (NULL argument, unknown scheme name, or an HTTP
 *         status other than 401 and 403), or a resolve error.
 * Thread-safety: safe.
 */
CREDPLUG_API int credplug_reject_request(struct credplug_ctx *ctx,
                                         const char *method, const char *url,
                                         const char *auth, long http_status);

/**
 * A copy of the detail of the failure a call on `ctx` just returned
 * `status` for: the context's most recent failure detail if that failure
 * had `status`, else credplug_strerror(status).  So it never presents an
 * older failure of another kind, or any failure after a success
 * (CREDPLUG_OK gives "success").  A NULL `ctx` gives the generic text.
 * Since 0.2.
 *
 * @return the text, or NULL when out of memory.
 * Ownership: free with credplug_free().
 * Thread-safety: safe (see credplug_errmsg() for concurrent failures).
 */
CREDPLUG_API char *credplug_errmsg_dup(const struct credplug_ctx *ctx,
                                       int status);

/**
 * The enumerator's name of a status code, e.g. "CREDPLUG_EDESTINATION"
 * for -8; NULL for a number that is no status code.  Since 0.2.
 * Ownership: static.  Thread-safety: pure function.
 */
CREDPLUG_API const char *credplug_status_name(int status);

/** Library version string, e.g. "0.1.0". */
CREDPLUG_API const char *credplug_version(void);

/** Wipe `len` bytes at `p` in a way the compiler cannot elide. */
CREDPLUG_API void credplug_wipe(void *p, size_t len);

/**
 * The security list the Datadog API gives an operation, found from the
 * request's method and URL in the endpoint table (1,758 operations of the
 * official clients, generated from datadog-operations.tsv).  Pass the
 * result as `credplug_request.auth`.  Since 0.2.
 *
 * Matching: `method` case-insensitively (GET, POST, PUT, PATCH, DELETE);
 * the path of `url` (an absolute URL with a host, or a path starting with
 * one '/') without its query and fragment, byte for byte: escapes are not
 * decoded, so `%2F` stays inside its segment.  The host is not consulted
 * (credplug_apply() checks the destination).  A template segment such as
 * `{id}` takes exactly one non-empty segment other than `.` and `..`;
 * where a literal segment and a template both fit, the literal wins
 * (`/api/v2/cases/types` is not `/api/v2/cases/{case_id}`) unless no
 * operation below the literal has `method`.  Trailing slash: none is
 * added or removed; `/api/v1/dashboard/` has an empty last segment, which
 * nothing matches.  `/` and an empty path are the root (`GET /`, the IP
 * ranges, needs no credential).
 *
 * @param method  the request's method, e.g. "GET"
 * @param url     the request's URL, e.g.
 *                "https://api.datadoghq.com/api/v1/dashboard/abc-123"
 * @param[out] mask  CREDPLUG_AUTH_* bits on CREDPLUG_OK; 0 is an operation
 *                without security (send nothing).  On any other status it is
 *                CREDPLUG_AUTH_ALL, the behaviour of credplug before 0.2
 *                (every configured credential), when `mask` is not NULL.
 * @return CREDPLUG_OK (the operation was found), CREDPLUG_ENOTFOUND (no
 *         operation of the table has this method and path: the caller
 *         decides; the table is a snapshot of the API and newer operations
 *         are missing), CREDPLUG_EINVAL (NULL argument, `method` not an
 *         HTTP token, `url` neither `scheme://host...` nor `/path`, or
 *         holding a space, control, non-ASCII byte or backslash before
 *         its query; the query and fragment are not read).
 * Thread-safety: pure function; no allocation, no lock.
 */
CREDPLUG_API int credplug_auth_for(const char *method, const char *url,
                                   uint32_t *mask);

/**
 * credplug_auth_for() that also names the operation it matched.  Since 0.2.
 *
 * @param[out] path_template  the operation's path template, e.g.
 *                "/api/v1/dashboard/{dashboard_id}", on CREDPLUG_OK; else
 *                NULL.  May be NULL.
 * Other parameters and the codes as credplug_auth_for().
 * Ownership: `*path_template` is static, valid for the library's life.
 * Thread-safety: pure function.
 */
CREDPLUG_API int credplug_endpoint_find(const char *method, const char *url,
                                        uint32_t *mask,
                                        const char **path_template);

#ifdef __cplusplus
}
#endif
#endif /* CREDPLUG_CREDPLUG_H */
