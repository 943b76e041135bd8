/*
 * Destination binding: credentials go only to https on the Datadog sites
 * (and subdomains), the configured site, and allowed_origins.  Refusals
 * add no header and never echo the path, query or user info.
 */
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

#define CFG                                                                    \
	"{'site':'dd.example.com','allowed_origins':['https://"                \
	"*.example.internal',"                                                 \
	"'http://127.0.0.1:8126','https://[::1]:8443','https://"               \
	"API.Upper.example'],"                                                 \
	"'providers':[{'use':'explicit','api_key':'" CANARY_API "'}]}"

#define TAIL                                                                   \
	"; if this host is yours, add its origin to \"allowed_origins\" in "   \
	"the credplug config"

static struct credplug_ctx *origin_ctx(void)
{
	t_clear_env();
	return t_ctx(CFG, 0);
}

static void expect_allowed(struct credplug_ctx *ctx, const char *const *urls,
                           size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct credplug_collect c;
		int rc = t_apply(ctx, urls[i], CREDPLUG_AUTH_API_KEY, &c);

		if (rc != 0 || c.count != 1)
			fail_msg("%s: rc %d (%s), %zu headers; want it allowed",
			         urls[i], rc, credplug_errmsg(ctx), c.count);
		assert_string_equal(c.headers[0].value, CANARY_API);
	}
}

struct refusal {
	const char *url;
	const char *msg;
};

static void expect_refused(struct credplug_ctx *ctx, const struct refusal *r,
                           size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct credplug_collect c;
		int rc = t_apply(ctx, r[i].url, CREDPLUG_AUTH_API_KEY, &c);

		if (rc != CREDPLUG_EDESTINATION || c.count != 0)
			fail_msg("%s: rc %d, %zu headers; want it refused",
			         r[i].url, rc, c.count);
		if (strcmp(credplug_errmsg(ctx), r[i].msg) != 0)
			fail_msg("%s: message\n  \"%s\"\nwant\n  \"%s\"",
			         r[i].url, credplug_errmsg(ctx), r[i].msg);
		t_assert_no_canary(credplug_errmsg(ctx));
	}
}

static void datadog_sites_allowed(void **state)
{
	static const char *const urls[] = {
	        "https://api.datadoghq.com/api/v1/validate",
	        "https://datadoghq.com",
	        "https://api.datadoghq.com",
	        "https://api.datadoghq.com?x=1",
	        "https://api.datadoghq.com#frag",
	        "https://api.datadoghq.com:443/api",
	        "https://http-intake.logs.datadoghq.com/api/v2/logs",
	        "https://a.b.c.datadoghq.com/",
	        "https://us3.datadoghq.com/",
	        "https://api.us3.datadoghq.com/api",
	        "https://api.us5.datadoghq.com/api",
	        "https://api.datadoghq.eu/api",
	        "https://datadoghq.eu/",
	        "https://api.ap1.datadoghq.com/api",
	        "https://api.ap2.datadoghq.com/api",
	        "https://api.ddog-gov.com/api",
	        "https://ddog-gov.com/",
	};
	struct credplug_ctx *ctx = origin_ctx();

	(void)state;
	expect_allowed(ctx, urls, sizeof(urls) / sizeof(urls[0]));
	credplug_ctx_free(ctx);
}

static void configured_origins_allowed(void **state)
{
	static const char *const urls[] = {
	        "https://api.dd.example.com/api/v1/x", /* "site" */
	        "https://dd.example.com/",
	        "https://a.example.internal/x", /* wildcard */
	        "https://a.b.example.internal",
	        "http://127.0.0.1:8126/v0.4/traces",
	        "https://[::1]:8443/x", /* IPv6 literal */
	        "https://[::1]:8443",
	        "https://api.upper.example/", /* configured in capitals */
	};
	struct credplug_ctx *ctx = origin_ctx();

	(void)state;
	expect_allowed(ctx, urls, sizeof(urls) / sizeof(urls[0]));
	credplug_ctx_free(ctx);
}

static void host_case_insensitive(void **state)
{
	static const char *const urls[] = {
	        "HTTPS://API.DATADOGHQ.COM/api",
	        "https://Api.DataDogHQ.Eu/api",
	        "https://A.Example.Internal/",
	        "HTTP://127.0.0.1:8126/",
	};
	struct credplug_ctx *ctx = origin_ctx();

	(void)state;
	expect_allowed(ctx, urls, sizeof(urls) / sizeof(urls[0]));
	credplug_ctx_free(ctx);
}

#define NOT_ALLOWED(o)                                                         \
	"refusing to send credentials to " o                                   \
	": origin is not in allowed_origins" TAIL

static void refused_origins(void **state)
{
	static const struct refusal r[] = {
	        {"http://api.datadoghq.com/api",
	         NOT_ALLOWED("http://api.datadoghq.com")},
	        {"https://api.datadoghq.com:8443/api",
	         NOT_ALLOWED("https://api.datadoghq.com:8443")},
	        {"https://api.datadoghq.com:80/",
	         NOT_ALLOWED("https://api.datadoghq.com:80")},
	        {"https://api.datadoghq.com.evil.com/api",
	         NOT_ALLOWED("https://api.datadoghq.com.evil.com")},
	        {"https://evildatadoghq.com/",
	         NOT_ALLOWED("https://evildatadoghq.com")},
	        {"https://datadoghq.com.evil.com",
	         NOT_ALLOWED("https://datadoghq.com.evil.com")},
	        {"https://example.internal/",
	         NOT_ALLOWED("https://example.internal")},
	        {"https://xexample.internal/",
	         NOT_ALLOWED("https://xexample.internal")},
	        {"https://127.0.0.1:8126/",
	         NOT_ALLOWED("https://127.0.0.1:8126")},
	        {"http://127.0.0.1:8127/",
	         NOT_ALLOWED("http://127.0.0.1:8127")},
	        {"http://127.0.0.1/", NOT_ALLOWED("http://127.0.0.1")},
	        {"https://[::1]/", NOT_ALLOWED("https://[::1]")},
	        {"https://[::2]:8443/", NOT_ALLOWED("https://[::2]:8443")},
	        {"https://example.com/", NOT_ALLOWED("https://example.com")},
	};
	struct credplug_ctx *ctx = origin_ctx();

	(void)state;
	expect_refused(ctx, r, sizeof(r) / sizeof(r[0]));
	credplug_ctx_free(ctx);
}

static void refused_malformed(void **state)
{
	static const struct refusal r[] = {
	        {"https://user:" CANARY_PAT "@api.datadoghq.com/api",
	         "refusing to send credentials to "
	         "https://****@api.datadoghq.com: user "
	         "info in URL; remove the user info from the URL"},
	        {"https://api.datadoghq.com@evil.com/",
	         "refusing to send credentials to https://****@evil.com: user "
	         "info in URL; remove the user info from the URL"},
	        {"ftp://api.datadoghq.com/",
	         "refusing to send credentials to "
	         "ftp://api.datadoghq.com: not an http(s) URL" TAIL},
	        /* issue 10 #7: only scheme://host[:port] is echoed */
	        {"api.datadoghq.com/api",
	         "refusing to send credentials to "
	         "<invalid URL>: not an http(s) URL" TAIL},
	        {"https:///api",
	         "refusing to send credentials to <invalid URL>: no host" TAIL},
	        {"https://api.datadoghq.com\\.evil.com/",
	         "refusing to send credentials "
	         "to <invalid URL>: malformed host or "
	         "port" TAIL},
	        {"https://api.datadoghq.com%2eevil.com/",
	         "refusing to send credentials "
	         "to <invalid URL>: malformed host or "
	         "port" TAIL},
	        {"https://api.datadoghq.com:/",
	         "refusing to send credentials to "
	         "<invalid URL>: malformed host or port" TAIL},
	};
	struct credplug_ctx *ctx = origin_ctx();

	(void)state;
	expect_refused(ctx, r, sizeof(r) / sizeof(r[0]));
	credplug_ctx_free(ctx);
}

/* The refusal shows scheme and authority only: never the path or query. */
static void refusal_hides_path_and_query(void **state)
{
	static const struct refusal r[] = {
	        {"https://evil.example/steal/" CANARY_APP "?token=" CANARY_PAT
	         "#" CANARY_API,
	         NOT_ALLOWED("https://evil.example")},
	        {"https://evil.example?token=" CANARY_PAT,
	         NOT_ALLOWED("https://evil.example")},
	        {"https://evil.example#" CANARY_PAT,
	         NOT_ALLOWED("https://evil.example")},
	};
	struct credplug_ctx *ctx = origin_ctx();

	(void)state;
	expect_refused(ctx, r, sizeof(r) / sizeof(r[0]));
	credplug_ctx_free(ctx);
}

/* A site from a provider (DD_SITE) is allowed like the configured one. */
/* A site a provider supplies (here DD_SITE) selects the API host but does
 * not widen the allowed origins: a lower-precedence source must not be
 * able to send another source's keys to a host of its choosing.  A Datadog
 * site, or one the config lists, is allowed. */
static void resolved_site_not_trusted(void **state)
{
	static const char *const ok[] = {"https://api.datadoghq.eu/api"};
	static const struct refusal no[] = {
	        {"https://api.eu.example.org/api",
	         NOT_ALLOWED("https://api.eu.example.org")},
	};
	struct credplug_ctx *ctx;

	(void)state;
	t_clear_env();
	setenv("DD_SITE", "eu.example.org", 1);
	ctx = t_ctx("{'providers':[{'use':'explicit','api_key':'" CANARY_API
	            "'},"
	            "{'use':'env'}]}",
	            0);
	expect_refused(ctx, no, 1);
	assert_string_equal(credplug_site(ctx), "eu.example.org");
	credplug_ctx_free(ctx);

	setenv("DD_SITE", "datadoghq.eu", 1);
	ctx = t_ctx("{'providers':[{'use':'explicit','api_key':'" CANARY_API
	            "'},"
	            "{'use':'env'}]}",
	            0);
	expect_allowed(ctx, ok, 1);
	credplug_ctx_free(ctx);

	/* the same custom site, listed by the config, is allowed */
	setenv("DD_SITE", "eu.example.org", 1);
	ctx = t_ctx("{'site':'eu.example.org','providers':[{'use':'explicit',"
	            "'api_key':'" CANARY_API "'},{'use':'env'}]}",
	            0);
	{
		static const char *const ok2[] = {
		        "https://api.eu.example.org/api"};

		expect_allowed(ctx, ok2, 1);
	}
	credplug_ctx_free(ctx);
	t_clear_env();
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(datadog_sites_allowed),
        cmocka_unit_test(configured_origins_allowed),
        cmocka_unit_test(host_case_insensitive),
        cmocka_unit_test(refused_origins),
        cmocka_unit_test(refused_malformed),
        cmocka_unit_test(refusal_hides_path_and_query),
        cmocka_unit_test(resolved_site_not_trusted),
};

CP_TEST_MAIN("core_origin", tests, NULL, NULL)
