/*
 * The common path of a foreign caller (issue 13, item 1), driven the way a
 * ctypes or koffi binding drives it: libcredplug.so opened with dlopen,
 * every function found with dlsym, no credplug header included (so no
 * struct layout, no macro, no callback), constants as the fixed numbers
 * docs/bindings.md lists.
 */
#include "cp_test.h"

#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* docs/bindings.md: status codes and flags are fixed numbers. */
enum {
	ST_OK = 0,
	ST_EINVAL = -1,
	ST_ECONFIG = -3,
	ST_EDESTINATION = -8,
	ST_EREJECTED = -13,
	ST_EWOULDBLOCK = -18,
	NOWAIT = 1,       /* CREDPLUG_HEADERS_NOWAIT */
	BUF_SIZE = 17408, /* CREDPLUG_HEADERS_BUF_SIZE */
	AUTH_API_KEY = 1, /* the scheme bits, docs/bindings.md */
	AUTH_AUTHZ = 8,
	FL_NO_CONFIG_FILE = 2,
	FL_NO_MODULES = 4,
};

#define API    "ffi-api-0123456789abcdef"
#define APP    "ffi-app-0123456789abcdef0123"
#define PAT    "ffi-pat-\"quoted\"-and\\back"
#define PAT_J  "ffi-pat-\\\"quoted\\\"-and\\\\back" /* as JSON text */
#define EXPL   "ffi-explicit-api-000000001"
#define URL    "https://api.datadoghq.com/api/v1/validate"
#define CONFIG "{\"providers\":[{\"use\":\"explicit\"},{\"use\":\"env\"}]}"
#define FLAGS  (FL_NO_CONFIG_FILE | FL_NO_MODULES)

/* The common path, as a binding declares it: opaque pointers, C strings,
 * integers. */
static struct {
	int (*ctx_open)(void **, const char *, const char *, uint32_t);
	void (*ctx_free)(void *);
	int (*headers)(void *, const char *, const char *, const char *,
	               char **);
	void (*headers_free)(char *);
	int (*headers_buf)(void *, const char *, uint32_t, uint32_t, char *,
	                   size_t);
	uint32_t (*auth_parse)(const char *);
	const char *(*errmsg)(const void *);
	char *(*errmsg_dup)(const void *, int);
	void (*free_)(void *);
	const char *(*status_name)(int);
	const char *(*strerror_)(int);
	int (*set)(void *, int, const char *);
	int (*resolve)(void *);
	int (*reject_request)(void *, const char *, const char *, const char *,
	                      long);
	int (*explain_json)(void *, char **);
	int (*field_from_name)(const char *);
	const char *(*version)(void);
} f;

static void *lib;

/* name, where it goes in `f`, and the version node that must export it */
#define SYM(field, name, node)                                                 \
	{                                                                      \
		(void **)&f.field, name, node                                  \
	}
static const struct {
	void **slot;
	const char *name, *node;
} syms[] = {
        SYM(ctx_open, "credplug_ctx_open", "CREDPLUG_0.2"),
        SYM(ctx_free, "credplug_ctx_free", "CREDPLUG_0"),
        SYM(headers, "credplug_headers", "CREDPLUG_0.2"),
        SYM(headers_free, "credplug_headers_free", "CREDPLUG_0.2"),
        SYM(headers_buf, "credplug_headers_buf", "CREDPLUG_0.2"),
        SYM(auth_parse, "credplug_auth_parse", "CREDPLUG_0"),
        SYM(errmsg, "credplug_errmsg", "CREDPLUG_0"),
        SYM(errmsg_dup, "credplug_errmsg_dup", "CREDPLUG_0.2"),
        SYM(free_, "credplug_free", "CREDPLUG_0"),
        SYM(status_name, "credplug_status_name", "CREDPLUG_0.2"),
        SYM(strerror_, "credplug_strerror", "CREDPLUG_0"),
        SYM(set, "credplug_set", "CREDPLUG_0"),
        SYM(resolve, "credplug_resolve", "CREDPLUG_0"),
        SYM(reject_request, "credplug_reject_request", "CREDPLUG_0.2"),
        SYM(explain_json, "credplug_explain_json", "CREDPLUG_0"),
        SYM(field_from_name, "credplug_field_from_name", "CREDPLUG_0"),
        SYM(version, "credplug_version", "CREDPLUG_0"),
};

static int setup(void **state)
{
	(void)state;
	lib = dlopen(CP_TEST_LIBCREDPLUG, RTLD_NOW | RTLD_LOCAL);
	if (lib == NULL) {
		fprintf(stderr, "dlopen: %s\n", dlerror());
		return -1;
	}
	for (size_t i = 0; i < sizeof(syms) / sizeof(*syms); i++) {
		*syms[i].slot = dlvsym(lib, syms[i].name, syms[i].node);
		if (*syms[i].slot == NULL) {
			fprintf(stderr, "dlvsym %s@%s: %s\n", syms[i].name,
			        syms[i].node, dlerror());
			return -1;
		}
	}
	unsetenv("CREDPLUG_CONFIG");
	unsetenv("CREDPLUG_PROVIDER_DIR");
	unsetenv("DD_SITE");
	setenv("DD_API_KEY", API, 1);
	setenv("DD_APP_KEY", APP, 1);
	setenv("DD_BEARER_TOKEN", PAT, 1);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	return lib ? dlclose(lib) : 0;
}

/* credplug_headers, its text taken and freed as a binding does. */
static int headers(void *ctx, const char *url, const char *auth, char *buf,
                   size_t cap)
{
	char *out = (char *)1;
	int rc = f.headers(ctx, "GET", url, auth, &out);

	assert_non_null(out);
	snprintf(buf, cap, "%s", out);
	f.headers_free(out);
	return rc;
}

static void *open_ok(void)
{
	void *ctx = NULL;

	assert_int_equal(f.ctx_open(&ctx, NULL, CONFIG, FLAGS), ST_OK);
	assert_non_null(ctx);
	assert_string_equal(f.errmsg(ctx), "");
	return ctx;
}

/* create -> headers for several security lists -> free */
static void common_path(void **state)
{
	void *ctx = open_ok();
	char buf[1024];

	(void)state;
	assert_int_equal(headers(ctx, URL, "apiKeyAuth,appKeyAuth,AuthZ", buf,
	                         sizeof(buf)),
	                 ST_OK);
	assert_string_equal(buf, "[[\"DD-API-KEY\",\"" API "\"],"
	                         "[\"DD-APPLICATION-KEY\",\"" APP "\"],"
	                         "[\"Authorization\",\"Bearer " PAT_J "\"]]");
	assert_int_equal(headers(ctx, URL, "apiKeyAuth", buf, sizeof(buf)),
	                 ST_OK);
	assert_string_equal(buf, "[[\"DD-API-KEY\",\"" API "\"]]");
	assert_int_equal(headers(ctx, URL, "bearerAuth", buf, sizeof(buf)),
	                 ST_OK);
	assert_string_equal(buf, "[[\"Authorization\",\"Bearer " PAT_J "\"]]");
	assert_int_equal(headers(ctx, URL, "", buf, sizeof(buf)), ST_OK);
	assert_string_equal(buf, "[]");
	/* No list: the endpoint table.  GET /api/v1/validate takes the API
	 * key only; GET / (the IP ranges) nothing; a dashboard every kind. */
	assert_int_equal(headers(ctx, URL, NULL, buf, sizeof(buf)), ST_OK);
	assert_string_equal(buf, "[[\"DD-API-KEY\",\"" API "\"]]");
	assert_int_equal(headers(ctx, "https://api.datadoghq.com/", NULL, buf,
	                         sizeof(buf)),
	                 ST_OK);
	assert_string_equal(buf, "[]");
	assert_int_equal(headers(ctx,
	                         "https://api.datadoghq.com/api/v1/dashboard/"
	                         "abc-123?x=1",
	                         NULL, buf, sizeof(buf)),
	                 ST_OK);
	assert_string_equal(buf, "[[\"DD-API-KEY\",\"" API "\"],"
	                         "[\"DD-APPLICATION-KEY\",\"" APP "\"],"
	                         "[\"Authorization\",\"Bearer " PAT_J "\"]]");
	/* An operation the table lacks gets every configured credential, as
	 * before 0.2. */
	assert_int_equal(headers(ctx,
	                         "https://api.datadoghq.com/api/v2/"
	                         "not-an-operation",
	                         NULL, buf, sizeof(buf)),
	                 ST_OK);
	assert_string_equal(buf, "[[\"DD-API-KEY\",\"" API "\"],"
	                         "[\"DD-APPLICATION-KEY\",\"" APP "\"],"
	                         "[\"Authorization\",\"Bearer " PAT_J "\"]]");
	assert_string_equal(f.errmsg(ctx), ""); /* nothing failed */
	f.ctx_free(ctx);
}

#define REFUSAL                                                                \
	"refusing to send credentials to https://evil.example.com: origin is " \
	"not in allowed_origins; if this host is yours, add its origin to "    \
	"\"allowed_origins\" in the credplug config"

/* A URL outside the allowed origins: the status, its name, the detail in
 * the out string and in errmsg; a later success leaves errmsg as it was
 * (the documented rule) and errmsg_dup(OK) does not present it. */
static void destination_refused(void **state)
{
	void *ctx = open_ok();
	char buf[1024], *dup;

	(void)state;
	assert_int_equal(headers(ctx, "https://user:pw@evil.example.com/x?k=1",
	                         "apiKeyAuth", buf, sizeof(buf)),
	                 ST_EDESTINATION);
	assert_string_equal(buf, "refusing to send credentials to "
	                         "https://****@evil.example.com: user info in "
	                         "URL; remove the user info from the URL");
	assert_int_equal(headers(ctx,
	                         "https://evil.example.com/api/v1/validate",
	                         "apiKeyAuth", buf, sizeof(buf)),
	                 ST_EDESTINATION);
	assert_string_equal(buf, REFUSAL);
	assert_string_equal(f.errmsg(ctx), REFUSAL);
	assert_string_equal(f.status_name(ST_EDESTINATION),
	                    "CREDPLUG_EDESTINATION");
	assert_string_equal(f.strerror_(ST_EDESTINATION),
	                    "destination is not an allowed origin");
	dup = f.errmsg_dup(ctx, ST_EDESTINATION);
	assert_string_equal(dup, REFUSAL);
	f.free_(dup);

	assert_int_equal(headers(ctx, URL, "apiKeyAuth", buf, sizeof(buf)),
	                 ST_OK);
	assert_string_equal(f.errmsg(ctx), REFUSAL); /* unchanged by success */
	dup = f.errmsg_dup(ctx, ST_OK);
	assert_string_equal(dup, "success");
	f.free_(dup);
	dup = f.errmsg_dup(ctx, ST_ECONFIG); /* not the refusal's status */
	assert_string_equal(dup, "configuration error");
	f.free_(dup);
	f.ctx_free(ctx);
}

#define BAD_KEY                                                                \
	"config_json:1:35: /sitee: unknown key (expected site, "               \
	"allowed_origins, providers, strict, timeout_ms)"

/* A config error: the failed context carries it, every call on it
 * reports it, and it is freed like any other. */
static void bad_config(void **state)
{
	void *ctx = NULL;
	char buf[1024], *dup;

	(void)state;
	assert_int_equal(f.ctx_open(&ctx, NULL,
	                            "{\"providers\":[{\"use\":\"explicit\"}],"
	                            "\"sitee\":\"x\"}",
	                            FLAGS),
	                 ST_ECONFIG);
	assert_non_null(ctx);
	assert_string_equal(f.errmsg(ctx), BAD_KEY);
	dup = f.errmsg_dup(ctx, ST_ECONFIG);
	assert_string_equal(dup, BAD_KEY);
	f.free_(dup);
	assert_int_equal(headers(ctx, URL, "apiKeyAuth", buf, sizeof(buf)),
	                 ST_ECONFIG);
	assert_string_equal(buf, BAD_KEY);
	assert_int_equal(headers(ctx, URL, "noSuchAuth", buf, sizeof(buf)),
	                 ST_ECONFIG);
	assert_string_equal(buf, BAD_KEY);
	assert_int_equal(f.set(ctx, 0, EXPL), ST_ECONFIG);
	assert_int_equal(f.resolve(ctx), ST_ECONFIG);
	assert_int_equal(f.reject_request(ctx, "GET", URL, "apiKeyAuth", 401),
	                 ST_ECONFIG);
	assert_string_equal(f.errmsg(ctx), BAD_KEY);
	f.ctx_free(ctx);

	ctx = NULL;
	assert_int_equal(
	        f.ctx_open(&ctx, "/nonexistent/credplug-ffi.json", NULL, 0),
	        ST_ECONFIG);
	assert_string_equal(f.errmsg(ctx),
	                    "/nonexistent/credplug-ffi.json: cannot open "
	                    "config: No such file or directory");
	f.ctx_free(ctx);

	ctx = NULL;
	assert_int_equal(f.ctx_open(&ctx, NULL, CONFIG, 1u << 5), ST_EINVAL);
	assert_string_equal(f.errmsg(ctx),
	                    "credplug_ctx_open: unknown flag bits 0x20 (known: "
	                    "0x1f; see docs/bindings.md)");
	f.ctx_free(ctx);
}

/* An explicit value through credplug_set (field by name), then the server
 * refuses it twice: the reject reports the same value came back. */
static void set_and_reject(void **state)
{
	void *ctx = open_ok();
	char buf[1024];

	(void)state;
	assert_int_equal(f.set(ctx, f.field_from_name("api_key"), EXPL), ST_OK);
	assert_int_equal(headers(ctx, URL, "apiKeyAuth", buf, sizeof(buf)),
	                 ST_OK);
	assert_string_equal(buf, "[[\"DD-API-KEY\",\"" EXPL "\"]]");
	assert_int_equal(f.reject_request(ctx, "GET", URL, "apiKeyAuth", 401),
	                 ST_EREJECTED);
	assert_string_equal(
	        f.errmsg(ctx),
	        "the server answered HTTP 401 to api_key from provider "
	        "\"explicit\" (credplug_set()), and resolving again gave the "
	        "same "
	        "value, which is no longer sent; replace the credential at its "
	        "source, then retry");
	assert_int_equal(f.reject_request(ctx, "GET", URL, "apiKeyAuth", 500),
	                 ST_EINVAL);
	assert_string_equal(f.errmsg(ctx),
	                    "credplug_reject: HTTP 500 is not a rejection "
	                    "(expected 401 or 403)");
	/* The refused key is no longer sent. */
	assert_int_equal(headers(ctx, URL, "apiKeyAuth", buf, sizeof(buf)),
	                 ST_OK);
	assert_string_equal(buf, "[]");
	f.ctx_free(ctx);
}

/* explain's document is freed with credplug_free and holds no value. */
static void explain_and_constants(void **state)
{
	void *ctx = open_ok();
	char *text = NULL;

	(void)state;
	assert_int_equal(f.explain_json(ctx, &text), ST_OK);
	assert_non_null(strstr(text, "\"value\":\"****cdef\""));
	assert_null(strstr(text, API));
	assert_null(strstr(text, APP));
	assert_null(strstr(text, "quoted"));
	f.free_(text);
	assert_string_equal(f.version(), CP_TEST_VERSION);
	assert_string_equal(f.status_name(0), "CREDPLUG_OK");
	assert_null(f.status_name(1));
	f.ctx_free(ctx);
}

/* Every symbol new in 0.2 is in the CREDPLUG_0.2 node (core/credplug.map),
 * not under the 0.1 wildcard. */
static void version_nodes(void **state)
{
	static const char *const v02[] = {
	        "credplug_ctx_open",     "credplug_headers",
	        "credplug_headers_free", "credplug_reject_request",
	        "credplug_errmsg_dup",   "credplug_status_name",
	        "credplug_auth_for",     "credplug_endpoint_find",
	        "credplug_store_json",   "credplug_erase_json",
	        "credplug_headers_buf"};

	(void)state;
	for (size_t i = 0; i < sizeof(v02) / sizeof(*v02); i++) {
		if (dlvsym(lib, v02[i], "CREDPLUG_0.2") == NULL)
			fail_msg("%s is not in CREDPLUG_0.2", v02[i]);
		assert_null(dlvsym(lib, v02[i], "CREDPLUG_0"));
	}
	assert_non_null(dlvsym(lib, "credplug_ctx_new", "CREDPLUG_0"));
	assert_null(dlvsym(lib, "credplug_ctx_new", "CREDPLUG_0.2"));
	assert_null(dlsym(lib, "cp_fail")); /* internals stay hidden */
}

/* The per-request form a binding uses: NOWAIT declines on a cold context
 * with the documented number, then the block in apply's order; the scheme
 * bits are the documented numbers credplug_auth_parse gives. */
static void per_request_path(void **state)
{
	void *ctx = open_ok();
	static char buf[BUF_SIZE];
	const char *block =
	        "DD-API-KEY: " API "\r\nAuthorization: Bearer " PAT "\r\n";

	(void)state;
	assert_int_equal(f.auth_parse("apiKeyAuth,AuthZ"),
	                 AUTH_API_KEY | AUTH_AUTHZ);
	assert_int_equal(f.headers_buf(ctx, URL, AUTH_API_KEY | AUTH_AUTHZ,
	                               NOWAIT, buf, sizeof(buf)),
	                 ST_EWOULDBLOCK);
	assert_string_equal(f.status_name(ST_EWOULDBLOCK),
	                    "CREDPLUG_EWOULDBLOCK");
	assert_int_equal(f.headers_buf(ctx, URL, AUTH_API_KEY | AUTH_AUTHZ, 0,
	                               buf, sizeof(buf)),
	                 (int)strlen(block));
	assert_string_equal(buf, block);
	assert_int_equal(
	        f.headers_buf(ctx, URL, AUTH_API_KEY, NOWAIT, buf, sizeof(buf)),
	        (int)strlen("DD-API-KEY: " API "\r\n"));
	assert_int_equal(f.headers_buf(ctx, "https://evil.example.com/", 1, 0,
	                               buf, sizeof(buf)),
	                 ST_EDESTINATION);
	assert_string_equal(buf, "");
	f.ctx_free(ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(version_nodes),
        cmocka_unit_test(common_path),
        cmocka_unit_test(per_request_path),
        cmocka_unit_test(destination_refused),
        cmocka_unit_test(bad_config),
        cmocka_unit_test(set_and_reject),
        cmocka_unit_test(explain_and_constants),
};

CP_TEST_MAIN("core_ffi_dlopen", tests, setup, teardown)

#ifdef CREDPLUG_CREDPLUG_H
#error "this test must not see the credplug headers"
#endif
