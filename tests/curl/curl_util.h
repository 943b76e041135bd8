/* Helpers for the curl end-to-end tests (real libcurl, real nginx). */
#ifndef CP_CURL_UTIL_H
#define CP_CURL_UTIL_H

#include <stddef.h>

#include <curl/curl.h>

#include "credplug/credplug.h"
#include "credplug/curl.h"

#define CANARY_API "CANARY-API-7f3a01"
#define CANARY_APP "CANARY-APP-9b2c02"
#define CANARY_PAT "CANARY-PAT-4e5d03"

/* Port N (1..3) of the nginx started by tests/harness/nginx-run. */
const char *cu_port(int n);

/* "http://127.0.0.1:PORT<n><path>" in a static buffer per slot (0..3). */
const char *cu_url(int n, const char *path);

/* Context whose chain is `providers` (a JSON array), allowing loopback
 * PORT1 when `allow` is non-zero.  Also empties nginx's access logs, so a
 * case sees only its own requests even when one nginx serves all cases. */
struct credplug_ctx *cu_ctx(const char *providers, int allow);

/* Context with the explicit provider holding the three canaries. */
struct credplug_ctx *cu_ctx_all(void);

/* Easy handle that discards the response body (bounded timeouts). */
CURL *cu_handle(void);

/* credplug_curl_perform() of a GET on PORT1 `path`; returns its status. */
int cu_get(struct credplug_ctx *ctx, const char *path, uint32_t auth,
           struct credplug_curl_result *res);

/* Plain GET of `path` on port `n` with no credentials, then wait (bounded)
 * until nginx logged it: afterwards the log holds every earlier request. */
void cu_sync_log(int n, const char *path);

/* Wait (bounded) until listener `n`'s log holds a GET of `path`; for the
 * listeners that have no port of their own (4, 5), after a request the
 * caller sent there itself. */
void cu_wait_logged(int n, const char *path);

/* Listeners of tests/curl/nginx.conf.in: ports 1..3, then 4 (PORT1 on
 * 127.0.0.2) and 5 (the unix socket $CP_NGINX_PREFIX/p5.sock). */
#define CU_LISTENERS 5

/* The access log of listener `n` ("p1.log".."p5.log"), NUL-terminated,
 * malloc'd. */
char *cu_read_log(int n);

/* Number of log lines of port `n` containing `needle`. */
int cu_count(int n, const char *needle);

/* Fail the test if `text` contains any canary. */
void cu_assert_no_canary(const char *text);

/* cmocka group setup/teardown: curl_global_init / curl_global_cleanup. */
int cu_group_setup(void **state);
int cu_group_teardown(void **state);

#endif
