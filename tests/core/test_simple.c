/*
 * The foreign-caller API (core/simple.c, issue 13 item 1), one function at
 * a time: credplug_ctx_open and its failed context, credplug_headers and
 * its JSON, credplug_reject_request, credplug_errmsg_dup and the errmsg
 * rule, credplug_status_name; and the API from several threads (label
 * concurrency, run under TSan too).
 */
#include "cp_test.h"

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "helpers.h"

#define URL     T_URL
#define EVIL    "https://evil.example.com/api/v1/validate"
#define ALLAUTH "apiKeyAuth,appKeyAuth,AuthZ"
#define BUILTIN (CREDPLUG_FLAG_NO_CONFIG_FILE | CREDPLUG_FLAG_NO_MODULES)
#define CHAIN   "{'providers':[{'use':'explicit'},{'use':'env'}]}"
#define REFUSAL                                                                \
	"refusing to send credentials to https://evil.example.com: origin is " \
	"not in allowed_origins; if this host is yours, add its origin to "    \
	"\"allowed_origins\" in the credplug config"

static struct credplug_ctx *open_json(const char *json, uint32_t flags)
{
	struct credplug_ctx *ctx = NULL;
	char *text = t_json(json);
	int rc = credplug_ctx_open(&ctx, NULL, text, flags);

	free(text);
	if (rc != CREDPLUG_OK)
		fail_msg("credplug_ctx_open: %d: %s", rc,
		         ctx ? credplug_errmsg(ctx) : "");
	return ctx;
}

/* credplug_headers into `buf`, out string freed. */
static int hdrs(struct credplug_ctx *ctx, const char *url, const char *auth,
                char *buf, size_t cap)
{
	char *out = NULL;
	int rc = credplug_headers(ctx, "GET", url, auth, &out);

	snprintf(buf, cap, "%s", out ? out : "(null)");
	credplug_headers_free(out);
	return rc;
}

/* ---- credplug_ctx_open ------------------------------------------------ */

/* A config file by path; config_json beats it, as in the options. */
static void open_path_and_json(void **state)
{
	struct credplug_ctx *ctx = NULL;
	char dir[64], path[128], buf[512];

	(void)state;
	t_clear_env();
	t_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/config.json", dir);
	t_write_file(path,
	             "{\"providers\":[{\"use\":\"explicit\","
	             "\"api_key\":\"FILE-API-0123456789\"}]}",
	             0600);
	assert_int_equal(credplug_ctx_open(&ctx, path, NULL, 0), CREDPLUG_OK);
	assert_int_equal(hdrs(ctx, URL, ALLAUTH, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "[[\"DD-API-KEY\",\"FILE-API-0123456789\"]]");
	credplug_ctx_free(ctx);
	assert_int_equal(credplug_ctx_open(&ctx, path,
	                                   "{\"providers\":[{\"use\":"
	                                   "\"explicit\",\"app_key\":"
	                                   "\"JSON-APP-0123456789\"}]}",
	                                   0),
	                 CREDPLUG_OK);
	assert_int_equal(hdrs(ctx, URL, ALLAUTH, buf, sizeof(buf)), 0);
	assert_string_equal(
	        buf, "[[\"DD-APPLICATION-KEY\",\"JSON-APP-0123456789\"]]");
	credplug_ctx_free(ctx);
	/* Unsafe permissions: the failed context carries the fix. */
	assert_int_equal(chmod(path, 0666), 0);
	assert_int_equal(credplug_ctx_open(&ctx, path, NULL, 0),
	                 CREDPLUG_EDENIED);
	snprintf(buf, sizeof(buf),
	         "%s: config is writable by another user (owner uid %u, mode "
	         "0666); run: chmod go-w %s (and chown it to yourself or "
	         "root)",
	         path, (unsigned)geteuid(), path);
	assert_string_equal(credplug_errmsg(ctx), buf);
	credplug_ctx_free(ctx);
	t_rmrf(dir);
}

static void open_bad_arguments(void **state)
{
	struct credplug_ctx *ctx = (struct credplug_ctx *)1;

	(void)state;
	assert_int_equal(credplug_ctx_open(NULL, NULL, "{}", BUILTIN),
	                 CREDPLUG_EINVAL);
	assert_int_equal(credplug_ctx_open(&ctx, NULL, "{}", 1u << 31),
	                 CREDPLUG_EINVAL);
	assert_non_null(ctx);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_ctx_open: unknown flag bits 0x80000000 "
	                    "(known: 0x1f; see docs/bindings.md)");
	credplug_ctx_free(ctx);
	/* Every documented flag is accepted. */
	ctx = open_json(CHAIN, 31);
	credplug_ctx_free(ctx);
}

#define BAD_KEY                                                                \
	"config_json:1:33: /providers/0/apikey: unknown option for provider "  \
	"\"explicit\" (it accepts: api_key, app_key, pat, site; chain keys: "  \
	"use, name, on_error, stop_if_found, critical, timeout_ms, optional)"

/* What the failed context does with each call of the API. */
static void failed_context_contract(void **state)
{
	struct credplug_ctx *ctx = NULL;
	struct credplug_collect c;
	struct json_object *doc;
	char buf[1024];

	(void)state;
	t_clear_env();
	setenv("DD_API_KEY", CANARY_API, 1);
	assert_int_equal(credplug_ctx_open(&ctx, NULL,
	                                   "{\"providers\":[{\"use\":"
	                                   "\"explicit\",\"apikey\":\"x\"}]}",
	                                   BUILTIN),
	                 CREDPLUG_ECONFIG);
	assert_string_equal(credplug_errmsg(ctx), BAD_KEY);
	assert_int_equal(t_apply(ctx, URL, T_ALL, &c), CREDPLUG_ECONFIG);
	assert_int_equal(c.count, 0);
	assert_int_equal(hdrs(ctx, URL, ALLAUTH, buf, sizeof(buf)),
	                 CREDPLUG_ECONFIG);
	assert_string_equal(buf, BAD_KEY);
	assert_int_equal(hdrs(ctx, NULL, ALLAUTH, buf, sizeof(buf)),
	                 CREDPLUG_ECONFIG);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API),
	                 CREDPLUG_ECONFIG);
	assert_int_equal(credplug_set(ctx, 99, NULL), CREDPLUG_ECONFIG);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_ECONFIG);
	assert_int_equal(credplug_store(ctx, NULL, NULL, 0, CANARY_API),
	                 CREDPLUG_ECONFIG);
	assert_int_equal(credplug_erase(ctx, "file", NULL, 0),
	                 CREDPLUG_ECONFIG);
	assert_int_equal(
	        credplug_reject_request(ctx, "GET", URL, "apiKeyAuth", 401),
	        CREDPLUG_ECONFIG);
	assert_string_equal(credplug_site(ctx), "datadoghq.com");
	assert_string_equal(credplug_errmsg(ctx), BAD_KEY);
	credplug_errmsg_copy(ctx, buf, sizeof(buf));
	assert_string_equal(buf, BAD_KEY);
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "status"), "configuration error");
	assert_string_equal(t_jstr(doc, "error"), BAD_KEY);
	assert_string_equal(t_jstr(doc, "config/origin"), "none");
	assert_string_equal(t_jstr(doc, "resolved"), "false");
	assert_string_equal(t_jstr(doc, "fields/api_key/set"), "false");
	json_object_put(doc);
	credplug_ctx_free(ctx);
	t_clear_env();
}

/* ---- credplug_headers ------------------------------------------------- */

static void headers_bad_arguments(void **state)
{
	struct credplug_ctx *ctx;
	char *out = (char *)1, buf[512];

	(void)state;
	t_clear_env();
	ctx = open_json(CHAIN, BUILTIN);
	assert_int_equal(credplug_headers(NULL, "GET", URL, "", &out),
	                 CREDPLUG_EINVAL);
	assert_null(out);
	assert_int_equal(credplug_headers(ctx, "GET", URL, "", NULL),
	                 CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_headers: out is NULL");
	assert_int_equal(credplug_headers(NULL, "GET", URL, "", NULL),
	                 CREDPLUG_EINVAL);
	out = NULL;
	assert_int_equal(credplug_headers(ctx, NULL, URL, "", &out),
	                 CREDPLUG_EINVAL);
	assert_string_equal(out, "credplug_headers: method is NULL");
	credplug_headers_free(out);
	assert_int_equal(hdrs(ctx, NULL, "", buf, sizeof(buf)),
	                 CREDPLUG_EINVAL);
	assert_string_equal(buf, "credplug_headers: url is NULL");
	assert_int_equal(
	        hdrs(ctx, URL, "apiKeyAuth, appkeyauth", buf, sizeof(buf)),
	        CREDPLUG_EINVAL);
	assert_string_equal(buf,
	                    "credplug_headers: unknown security scheme "
	                    "\"appkeyauth\" in auth; use apiKeyAuth, "
	                    "appKeyAuth, bearerAuth or AuthZ "
	                    "(comma-separated), \"\" for none, or NULL for "
	                    "the endpoint table");
	assert_int_equal(hdrs(ctx, "not a url", "apiKeyAuth", buf, sizeof(buf)),
	                 CREDPLUG_EDESTINATION);
	assert_string_equal(buf, "refusing to send credentials to <invalid "
	                         "URL>: not an http(s) URL; if this "
	                         "host is yours, add its origin to "
	                         "\"allowed_origins\" in the credplug config");
	credplug_headers_free(NULL);
	credplug_ctx_free(ctx);
}

/* The security list decides; each syntax of credplug_auth_parse works. */
static void headers_security_lists(void **state)
{
	static const struct {
		const char *auth, *want;
	} cases[] = {
	        {"apiKeyAuth,appKeyAuth,AuthZ",
	         "[[\"DD-API-KEY\",\"" CANARY_API "\"],"
	         "[\"DD-APPLICATION-KEY\",\"" CANARY_APP "\"],"
	         "[\"Authorization\",\"Bearer " CANARY_PAT "\"]]"},
	        {"apiKeyAuth+appKeyAuth | AuthZ",
	         "[[\"DD-API-KEY\",\"" CANARY_API "\"],"
	         "[\"DD-APPLICATION-KEY\",\"" CANARY_APP "\"],"
	         "[\"Authorization\",\"Bearer " CANARY_PAT "\"]]"},
	        {"appKeyAuth", "[[\"DD-APPLICATION-KEY\",\"" CANARY_APP "\"]]"},
	        {"bearerAuth",
	         "[[\"Authorization\",\"Bearer " CANARY_PAT "\"]]"},
	        {"", "[]"},
	        {" , ", "[]"},
	        {NULL, "[[\"DD-API-KEY\",\"" CANARY_API "\"],"
	               "[\"DD-APPLICATION-KEY\",\"" CANARY_APP "\"],"
	               "[\"Authorization\",\"Bearer " CANARY_PAT "\"]]"},
	};
	struct credplug_ctx *ctx;
	char buf[1024], *out = NULL;

	(void)state;
	t_clear_env();
	setenv("DD_API_KEY", CANARY_API, 1);
	setenv("DD_APP_KEY", CANARY_APP, 1);
	setenv("DD_BEARER_TOKEN", CANARY_PAT, 1);
	ctx = open_json(CHAIN, BUILTIN);
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		assert_int_equal(hdrs(ctx,
		                      "https://api.datadoghq.com/api/v2/"
		                      "no-such-operation",
		                      cases[i].auth, buf, sizeof(buf)),
		                 0);
		assert_string_equal(buf, cases[i].want);
	}
	/* NULL: the table's list for the method and path (POST
	 * /api/v2/series takes the API key only, its GET does not exist). */
	assert_int_equal(credplug_headers(ctx, "post",
	                                  "https://api.datadoghq.com/api/v2/"
	                                  "series",
	                                  NULL, &out),
	                 0);
	assert_string_equal(out, "[[\"DD-API-KEY\",\"" CANARY_API "\"]]");
	credplug_headers_free(out);
	assert_int_equal(hdrs(ctx, URL, NULL, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "[[\"DD-API-KEY\",\"" CANARY_API "\"]]");
	/* What the table cannot read is refused, not sent everything; the
	 * message shows no byte of the URL. */
	assert_int_equal(credplug_headers(ctx, "GE T", URL, NULL, &out),
	                 CREDPLUG_EINVAL);
	assert_string_equal(out, "credplug_headers: method \"GE T\" is not an "
	                         "HTTP method");
	credplug_headers_free(out);
	assert_int_equal(hdrs(ctx,
	                      "https://api.datadoghq.com/api/v1/"
	                      "valid ate?api_key=SECRETQUERY",
	                      NULL, buf, sizeof(buf)),
	                 CREDPLUG_EINVAL);
	assert_string_equal(buf,
	                    "credplug_headers: the endpoint table cannot "
	                    "read the URL (neither scheme://host/path nor "
	                    "/path, or a space, control character, "
	                    "non-ASCII byte or backslash before its query); "
	                    "pass its security list as auth");
	assert_int_equal(credplug_reject_request(ctx, "GET", "a\\b", NULL, 401),
	                 CREDPLUG_EINVAL);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "credplug_reject_request: the endpoint table cannot "
	        "read the URL (neither scheme://host/path nor "
	        "/path, or a space, control character, non-ASCII "
	        "byte or backslash before its query); pass its "
	        "security list as auth");
	credplug_ctx_free(ctx);
	t_clear_env();
}

/* Values with every character JSON escapes, at the longest length, parse
 * back to exactly what was set. */
static void headers_json_roundtrip(void **state)
{
	static char api[CREDPLUG_VALUE_MAX + 1], app[64];
	struct json_object *doc;
	struct credplug_ctx *ctx;
	char *out = NULL;
	size_t escapes = 0;

	(void)state;
	t_clear_env();
	memset(api, '"', CREDPLUG_VALUE_MAX); /* each becomes \" */
	for (int i = 0; i < 62; i++)
		app[i] = (char)('!' + (i * 7) % 94); /* mixes \ and " in */
	app[0] = '\\';
	app[61] = '"';
	for (int i = 0; i < 62; i++)
		escapes += app[i] == '"' || app[i] == '\\';
	assert_int_equal(escapes, 3);
	ctx = open_json(CHAIN, BUILTIN);
	assert_int_equal(credplug_set(ctx, CREDPLUG_API_KEY, api), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_APP_KEY, app), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_PAT, api), 0);
	assert_int_equal(credplug_headers(ctx, "GET", URL, ALLAUTH, &out), 0);
	/* [["DD-API-KEY","<8192>"],[..APP..],["Authorization","Bearer <8192>"]]
	 */
	assert_int_equal(strlen(out),
	                 2 + (17 + 2 * CREDPLUG_VALUE_MAX) + 1 +
	                         (25 + strlen(app) + escapes) + 1 +
	                         (20 + 7 + 2 * CREDPLUG_VALUE_MAX));
	doc = json_tokener_parse(out);
	assert_non_null(doc);
	assert_int_equal(json_object_array_length(doc), 3);
	assert_string_equal(t_jstr(doc, "0/0"), "DD-API-KEY");
	assert_string_equal(t_jstr(doc, "0/1"), api);
	assert_string_equal(t_jstr(doc, "1/0"), "DD-APPLICATION-KEY");
	assert_string_equal(t_jstr(doc, "1/1"), app);
	assert_string_equal(t_jstr(doc, "2/0"), "Authorization");
	assert_memory_equal(t_jstr(doc, "2/1"), "Bearer ", 7);
	assert_string_equal(t_jstr(doc, "2/1") + 7, api);
	json_object_put(doc);
	credplug_headers_free(out);
	credplug_ctx_free(ctx);
}

static void headers_strict(void **state)
{
	struct credplug_ctx *ctx;
	char buf[1024];

	(void)state;
	t_clear_env();
	setenv("DD_APP_KEY", CANARY_APP, 1);
	ctx = open_json(CHAIN, BUILTIN | CREDPLUG_FLAG_STRICT);
	assert_int_equal(
	        hdrs(ctx, URL, "apiKeyAuth,appKeyAuth", buf, sizeof(buf)),
	        CREDPLUG_ENOCRED);
	assert_string_equal(
	        buf, "the endpoint accepts apiKeyAuth+appKeyAuth, but the "
	             "configured credentials (app_key) satisfy none of these; "
	             "set the missing ones (DD_API_KEY, DD_APP_KEY, "
	             "DD_BEARER_TOKEN) or run `credplug explain`");
	assert_int_equal(hdrs(ctx, URL, "appKeyAuth", buf, sizeof(buf)), 0);
	assert_string_equal(buf,
	                    "[[\"DD-APPLICATION-KEY\",\"" CANARY_APP "\"]]");
	credplug_ctx_free(ctx);
	t_clear_env();
}

/* ---- credplug_reject_request ------------------------------------------ */

static void reject_request_paths(void **state)
{
	struct credplug_ctx *ctx;
	char buf[512];

	(void)state;
	t_clear_env();
	setenv("DD_API_KEY", "ENV-API-OLD-000000001", 1);
	ctx = open_json(CHAIN, BUILTIN);
	assert_int_equal(hdrs(ctx, URL, "apiKeyAuth", buf, sizeof(buf)), 0);
	assert_string_equal(buf,
	                    "[[\"DD-API-KEY\",\"ENV-API-OLD-000000001\"]]");
	/* Rotated at the source: one retry is worth it. */
	setenv("DD_API_KEY", "ENV-API-NEW-000000002", 1);
	assert_int_equal(
	        credplug_reject_request(ctx, "GET", URL, "apiKeyAuth", 403), 0);
	assert_int_equal(hdrs(ctx, URL, "apiKeyAuth", buf, sizeof(buf)), 0);
	assert_string_equal(buf,
	                    "[[\"DD-API-KEY\",\"ENV-API-NEW-000000002\"]]");
	/* The same value again: no retry, and it is no longer sent. */
	assert_int_equal(credplug_reject_request(ctx, "GET", URL, NULL, 401),
	                 CREDPLUG_EREJECTED);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "the server answered HTTP 401 to api_key from "
	        "provider \"env\" (DD_API_KEY), and resolving again "
	        "gave the same value, which is no longer sent; "
	        "replace the credential at its source, then retry");
	assert_int_equal(hdrs(ctx, URL, "apiKeyAuth", buf, sizeof(buf)), 0);
	assert_string_equal(buf, "[]");
	assert_int_equal(credplug_reject_request(NULL, "GET", URL, "", 401),
	                 CREDPLUG_EINVAL);
	assert_int_equal(credplug_reject_request(ctx, "GET", NULL, "", 401),
	                 CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_reject_request: url is NULL");
	assert_int_equal(credplug_reject_request(ctx, "GET", URL, "x", 401),
	                 CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_reject_request: unknown security scheme "
	                    "\"x\" in auth; use apiKeyAuth, appKeyAuth, "
	                    "bearerAuth or AuthZ (comma-separated), \"\" for "
	                    "none, or NULL for the endpoint table");
	assert_int_equal(credplug_reject_request(ctx, "GET", URL, "", 404),
	                 CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_reject: HTTP 404 is not a rejection "
	                    "(expected 401 or 403)");
	credplug_ctx_free(ctx);
	t_clear_env();
}

/* ---- errors ------------------------------------------------------------ */

static void dup_is(const struct credplug_ctx *ctx, int status, const char *want)
{
	char *d = credplug_errmsg_dup(ctx, status);

	assert_non_null(d);
	assert_string_equal(d, want);
	credplug_free(d);
}

/* errmsg: "" until a failure, then that failure's detail, unchanged by
 * later successes; errmsg_dup answers for the status it is given. */
static void errmsg_rule(void **state)
{
	struct credplug_ctx *ctx;
	char buf[512];

	(void)state;
	t_clear_env();
	setenv("DD_API_KEY", CANARY_API, 1);
	ctx = open_json(CHAIN, BUILTIN);
	assert_string_equal(credplug_errmsg(ctx), "");
	dup_is(ctx, CREDPLUG_EDESTINATION,
	       "destination is not an allowed origin");
	assert_int_equal(hdrs(ctx, EVIL, "apiKeyAuth", buf, sizeof(buf)),
	                 CREDPLUG_EDESTINATION);
	assert_string_equal(buf, REFUSAL);
	assert_int_equal(hdrs(ctx, URL, "apiKeyAuth", buf, sizeof(buf)), 0);
	assert_int_equal(credplug_set(ctx, CREDPLUG_APP_KEY, CANARY_APP), 0);
	assert_int_equal(credplug_resolve(ctx), 0);
	assert_string_equal(credplug_errmsg(ctx), REFUSAL);
	dup_is(ctx, CREDPLUG_EDESTINATION, REFUSAL);
	dup_is(ctx, CREDPLUG_OK, "success");
	dup_is(ctx, CREDPLUG_EINVAL, "invalid argument");
	dup_is(ctx, 12345, "unknown status");
	dup_is(NULL, CREDPLUG_EDESTINATION,
	       "destination is not an allowed origin");
	/* A later failure of another kind replaces it. */
	assert_int_equal(credplug_set(ctx, 7, NULL), CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx), "credplug_set: no field 7");
	dup_is(ctx, CREDPLUG_EINVAL, "credplug_set: no field 7");
	dup_is(ctx, CREDPLUG_EDESTINATION,
	       "destination is not an allowed origin");
	assert_string_equal(credplug_errmsg(NULL), "no context");
	credplug_ctx_free(ctx);
	t_clear_env();
}

/* Every status code: its name and text, from one table. */
static void status_names(void **state)
{
	static const char *const names[] = {
	        "CREDPLUG_OK",           "CREDPLUG_EINVAL",
	        "CREDPLUG_ENOMEM",       "CREDPLUG_ECONFIG",
	        "CREDPLUG_EMODULE",      "CREDPLUG_EINVALID",
	        "CREDPLUG_EDENIED",      "CREDPLUG_ENOCRED",
	        "CREDPLUG_EDESTINATION", "CREDPLUG_ESINK",
	        "CREDPLUG_ETIMEDOUT",    "CREDPLUG_EUNAVAILABLE",
	        "CREDPLUG_EEXPIRED",     "CREDPLUG_EREJECTED",
	        "CREDPLUG_EUNSUPPORTED", "CREDPLUG_ENOTFOUND",
	        "CREDPLUG_EIO",          "CREDPLUG_EPROVIDER",
	        "CREDPLUG_EWOULDBLOCK"};
	static const int codes[] = {
	        CREDPLUG_OK,         CREDPLUG_EINVAL,    CREDPLUG_ENOMEM,
	        CREDPLUG_ECONFIG,    CREDPLUG_EMODULE,   CREDPLUG_EINVALID,
	        CREDPLUG_EDENIED,    CREDPLUG_ENOCRED,   CREDPLUG_EDESTINATION,
	        CREDPLUG_ESINK,      CREDPLUG_ETIMEDOUT, CREDPLUG_EUNAVAILABLE,
	        CREDPLUG_EEXPIRED,   CREDPLUG_EREJECTED, CREDPLUG_EUNSUPPORTED,
	        CREDPLUG_ENOTFOUND,  CREDPLUG_EIO,       CREDPLUG_EPROVIDER,
	        CREDPLUG_EWOULDBLOCK};

	(void)state;
	for (int i = 0; i < 19; i++) {
		assert_int_equal(codes[i], -i); /* the documented numbers */
		assert_string_equal(credplug_status_name(-i), names[i]);
	}
	assert_string_equal(credplug_strerror(CREDPLUG_OK), "success");
	assert_string_equal(credplug_strerror(CREDPLUG_EIO),
	                    "input/output error");
	assert_string_equal(credplug_strerror(CREDPLUG_EPROVIDER),
	                    "provider failed");
	assert_null(credplug_status_name(1));
	assert_null(credplug_status_name(-19));
	assert_null(credplug_status_name(INT_MIN));
	assert_null(credplug_status_name(INT_MAX));
	assert_string_equal(credplug_strerror(CREDPLUG_EWOULDBLOCK),
	                    "would block: a resolve is due");
	assert_string_equal(credplug_strerror(-19), "unknown status");
	assert_string_equal(credplug_strerror(INT_MIN), "unknown status");
}

/* ---- threads ----------------------------------------------------------- */

struct worker {
	struct credplug_ctx *ctx;
	pthread_barrier_t *start;
	int rounds;
	char failure[600];
};

#define WANT_API "[[\"DD-API-KEY\",\"MOCK-API-000000000001\"]]"

static bool check(struct worker *w, int rc, const char *got, int want_rc,
                  const char *want)
{
	if (rc == want_rc && strcmp(got, want) == 0)
		return true;
	snprintf(w->failure, sizeof(w->failure), "rc %d, got %s", rc, got);
	return false;
}

static void *worker_run(void *p)
{
	struct worker *w = p;
	char buf[1024];

	pthread_barrier_wait(w->start);
	for (int i = 0; i < w->rounds; i++) {
		int rc = hdrs(w->ctx, URL, "apiKeyAuth", buf, sizeof(buf));

		if (!check(w, rc, buf, 0, WANT_API))
			break;
		if (i % 3 != 0)
			continue;
		rc = hdrs(w->ctx, EVIL, "apiKeyAuth", buf, sizeof(buf));
		if (!check(w, rc, buf, CREDPLUG_EDESTINATION, REFUSAL))
			break;
	}
	return NULL;
}

static void run_workers(struct credplug_ctx *ctx, int n, int rounds)
{
	pthread_t th[8];
	struct worker w[8];
	pthread_barrier_t start;

	pthread_barrier_init(&start, NULL, (unsigned)n);
	for (int i = 0; i < n; i++) {
		w[i] = (struct worker){ctx, &start, rounds, ""};
		assert_int_equal(
		        pthread_create(&th[i], NULL, worker_run, &w[i]), 0);
	}
	for (int i = 0; i < n; i++) {
		pthread_join(th[i], NULL);
		if (w[i].failure[0])
			fail_msg("thread %d: %s", i, w[i].failure);
	}
	pthread_barrier_destroy(&start);
}

/* The first call resolves (a provider taking 300 ms); eight threads make
 * it at once, none the creating thread: one resolve, identical results,
 * and refusals carry their own detail while others succeed. */
static void threads_first_call(void **state)
{
	struct json_object *doc;
	struct credplug_ctx *ctx;

	(void)state;
	t_clear_env();
	ctx = open_json("{'providers':[{'use':'" T_MODS_DIR "/mock.so',"
	                "'api_key':'MOCK-API-000000000001','sleep_ms':300}]}",
	                CREDPLUG_FLAG_NO_CONFIG_FILE);
	run_workers(ctx, 8, 300);
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "providers/0/status"), "found");
	assert_string_equal(t_jstr(doc, "providers/0/message"),
	                    "mock: entries=1 resolves=1");
	assert_true(strtol(t_jstr(doc, "providers/0/elapsed_us"), NULL, 10) >=
	            300000);
	json_object_put(doc);
	credplug_ctx_free(ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(open_path_and_json),
        cmocka_unit_test(open_bad_arguments),
        cmocka_unit_test(failed_context_contract),
        cmocka_unit_test(headers_bad_arguments),
        cmocka_unit_test(headers_security_lists),
        cmocka_unit_test(headers_json_roundtrip),
        cmocka_unit_test(headers_strict),
        cmocka_unit_test(reject_request_paths),
        cmocka_unit_test(errmsg_rule),
        cmocka_unit_test(status_names),
        cmocka_unit_test(threads_first_call),
};

CP_TEST_MAIN("core_simple", tests, NULL, NULL)
