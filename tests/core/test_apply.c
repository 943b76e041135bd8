/*
 * Apply semantics against every operation of the Datadog API: the
 * endpoint's security list decides which configured credentials are sent,
 * always in the order DD-API-KEY, DD-APPLICATION-KEY, Authorization; an
 * empty list sends nothing; strict mode refuses unsatisfiable requests.
 *
 * The table is ../shared/reference/datadog-operations-security.tsv (beside
 * the repository); the expected headers are computed here from the text,
 * independently of credplug_auth_parse().
 */
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

/* clang-format off */
#define TSV CP_TEST_SOURCE_DIR "/../shared/reference/datadog-operations-security.tsv"
/* clang-format on */
#define MAX_ROWS 2000

#define K_API 1
#define K_APP 2
#define K_PAT 4

struct op {
	char id[128];
	char sec[128]; /* "" for (empty) */
};

static struct op ops[MAX_ROWS];
static size_t n_ops;

/* Loads the table once; false (and the test skips) when it is absent. */
static bool load_ops(void)
{
	char line[1024];
	FILE *f;

	if (n_ops > 0)
		return true;
	f = fopen(TSV, "r");
	if (f == NULL) {
		print_message("SKIP: %s not found (shared/ must sit beside the "
		              "repository)\n",
		              TSV);
		return false;
	}
	while (fgets(line, sizeof(line), f) != NULL && n_ops < MAX_ROWS) {
		char *col[5], *save = NULL, *p = line;
		int n = 0;

		line[strcspn(line, "\r\n")] = '\0';
		for (char *t; n < 5 && (t = strtok_r(p, "\t", &save)) != NULL;
		     p = NULL)
			col[n++] = t;
		if (n != 5 || strcmp(col[0], "version") == 0)
			continue;
		snprintf(ops[n_ops].id, sizeof(ops[n_ops].id), "%s %s", col[1],
		         col[3]);
		snprintf(ops[n_ops].sec, sizeof(ops[n_ops].sec), "%s",
		         strcmp(col[4], "(empty)") == 0 ? "" : col[4]);
		n_ops++;
	}
	fclose(f);
	assert_int_equal(n_ops, 1220);
	return true;
}

/* Which of our credentials the scheme name needs. */
static int need_of(const char *name, size_t n)
{
	if (n == 10 && strncmp(name, "apiKeyAuth", n) == 0)
		return K_API;
	if (n == 10 && strncmp(name, "appKeyAuth", n) == 0)
		return K_APP;
	if ((n == 5 && strncmp(name, "AuthZ", n) == 0) ||
	    (n == 10 && strncmp(name, "bearerAuth", n) == 0))
		return K_PAT;
	fail_msg("unexpected scheme %.*s", (int)n, name);
	return 0;
}

/* Union of all schemes, and whether some alternative is fully satisfied. */
static void analyse(const char *sec, int have, int *accepts, bool *satisfied)
{
	const char *p = sec;

	*accepts = 0;
	*satisfied = sec[0] == '\0';
	while (*p) {
		size_t alt = strcspn(p, "|");
		int need = 0;

		for (size_t i = 0; i < alt;) {
			size_t n;

			i += strspn(p + i, " +");
			n = strcspn(p + i, " +|");
			if (n > 0 && i < alt)
				need |= need_of(p + i, n);
			i += n;
		}
		*accepts |= need;
		if (need != 0 && (need & have) == need)
			*satisfied = true;
		p += alt + (p[alt] == '|');
	}
}

static void expect(char *buf, size_t cap, int accepts, int have)
{
	int send = accepts & have;

	snprintf(buf, cap, "%s%s%s%s%s",
	         (send & K_API) ? "DD-API-KEY=" CANARY_API : "",
	         (send & K_API) && (send & (K_APP | K_PAT)) ? ";" : "",
	         (send & K_APP) ? "DD-APPLICATION-KEY=" CANARY_APP : "",
	         (send & K_APP) && (send & K_PAT) ? ";" : "",
	         (send & K_PAT) ? "Authorization=Bearer " CANARY_PAT : "");
}

static struct credplug_ctx *ctx_with(int have, const char *json)
{
	struct credplug_ctx *ctx = t_ctx(json, 0);

	if (have & K_API)
		assert_int_equal(
		        credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API), 0);
	if (have & K_APP)
		assert_int_equal(
		        credplug_set(ctx, CREDPLUG_APP_KEY, CANARY_APP), 0);
	if (have & K_PAT)
		assert_int_equal(credplug_set(ctx, CREDPLUG_PAT, CANARY_PAT),
		                 0);
	return ctx;
}

static void run_table(int have, bool strict)
{
	static const char *const cfg[2] = {
	        "{'providers':[{'use':'explicit'}]}",
	        "{'strict':true,'providers':[{'use':'explicit'}]}",
	};
	struct credplug_ctx *ctx;
	struct credplug_collect c;
	char want[512], got[512];

	t_clear_env();
	ctx = ctx_with(have, cfg[strict]);
	for (size_t i = 0; i < n_ops; i++) {
		int accepts, rc;
		bool sat;

		analyse(ops[i].sec, have, &accepts, &sat);
		expect(want, sizeof(want), accepts, have);
		rc = t_apply(ctx, "https://api.datadoghq.com/api/v2/x",
		             credplug_auth_parse(ops[i].sec), &c);
		if (strict && !sat) {
			if (rc != CREDPLUG_ENOCRED || c.count != 0)
				fail_msg("%s [%s] have %d strict: rc %d, %zu "
				         "headers",
				         ops[i].id, ops[i].sec, have, rc,
				         c.count);
			t_assert_no_canary(credplug_errmsg(ctx));
			continue;
		}
		if (rc != 0 ||
		    strcmp(t_headers(&c, got, sizeof(got)), want) != 0)
			fail_msg("%s [%s] have %d: rc %d, headers \"%s\", want "
			         "\"%s\"",
			         ops[i].id, ops[i].sec, have, rc, got, want);
	}
	credplug_collect_wipe(&c);
	credplug_ctx_free(ctx);
}

static void table_keys_only(void **state)
{
	(void)state;
	if (!load_ops())
		skip();
	run_table(K_API | K_APP, false);
}

static void table_pat_only(void **state)
{
	(void)state;
	if (!load_ops())
		skip();
	run_table(K_PAT, false);
}

static void table_all_three(void **state)
{
	(void)state;
	if (!load_ops())
		skip();
	run_table(K_API | K_APP | K_PAT, false);
}

static void table_none(void **state)
{
	(void)state;
	if (!load_ops())
		skip();
	run_table(0, false);
}

static void table_api_only(void **state)
{
	(void)state;
	if (!load_ops())
		skip();
	run_table(K_API, false);
}

static void table_strict_all_combinations(void **state)
{
	(void)state;
	if (!load_ops())
		skip();
	for (int have = 0; have < 8; have++)
		run_table(have, true);
}

/* The strict refusal, word for word, for the usual shapes. */
static void strict_messages(void **state)
{
	static const struct {
		int have;
		const char *sec;
		const char *msg;
	} cases[] = {
	        {K_API, "apiKeyAuth+appKeyAuth | AuthZ",
	         "the endpoint accepts apiKeyAuth+appKeyAuth or AuthZ, but the "
	         "configured credentials (api_key) satisfy none of these; set "
	         "the "
	         "missing ones (DD_API_KEY, DD_APP_KEY, DD_BEARER_TOKEN) or "
	         "run "
	         "`credplug explain`"},
	        {K_PAT, "apiKeyAuth",
	         "the endpoint accepts apiKeyAuth, but the configured "
	         "credentials "
	         "(pat) satisfy none of these; set the missing ones "
	         "(DD_API_KEY, "
	         "DD_APP_KEY, DD_BEARER_TOKEN) or run `credplug explain`"},
	        {K_API | K_APP, "AuthZ",
	         "the endpoint accepts AuthZ, but the configured credentials "
	         "(api_key, app_key) satisfy none of these; set the missing "
	         "ones "
	         "(DD_API_KEY, DD_APP_KEY, DD_BEARER_TOKEN) or run `credplug "
	         "explain`"},
	        {0, "apiKeyAuth+appKeyAuth",
	         "the endpoint accepts apiKeyAuth+appKeyAuth, but the "
	         "configured "
	         "credentials (none) satisfy none of these; set the missing "
	         "ones "
	         "(DD_API_KEY, DD_APP_KEY, DD_BEARER_TOKEN) or run `credplug "
	         "explain`"},
	};

	(void)state;
	t_clear_env();
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct credplug_ctx *ctx =
		        t_ctx("{'providers':[{'use':'explicit'}]}",
		              CREDPLUG_FLAG_STRICT);
		struct credplug_collect c;

		if (cases[i].have & K_API)
			assert_int_equal(
			        credplug_set(ctx, CREDPLUG_API_KEY, CANARY_API),
			        0);
		if (cases[i].have & K_APP)
			assert_int_equal(
			        credplug_set(ctx, CREDPLUG_APP_KEY, CANARY_APP),
			        0);
		if (cases[i].have & K_PAT)
			assert_int_equal(
			        credplug_set(ctx, CREDPLUG_PAT, CANARY_PAT), 0);
		assert_int_equal(t_apply(ctx, T_URL,
		                         credplug_auth_parse(cases[i].sec), &c),
		                 CREDPLUG_ENOCRED);
		assert_int_equal(c.count, 0);
		assert_string_equal(credplug_errmsg(ctx), cases[i].msg);
		credplug_ctx_free(ctx);
	}
}

/* Not strict: an unsatisfied endpoint still gets what it accepts. */
static void lenient_partial(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;

	(void)state;
	t_clear_env();
	ctx = ctx_with(K_API, "{'providers':[{'use':'explicit'}]}");
	assert_int_equal(
	        t_apply(ctx, T_URL,
	                credplug_auth_parse("apiKeyAuth+appKeyAuth | AuthZ"),
	                &c),
	        0);
	assert_int_equal(c.count, 1);
	assert_string_equal(t_header(&c, "DD-API-KEY"), CANARY_API);
	credplug_ctx_free(ctx);
}

/* Empty list: nothing, even in strict mode. */
static void empty_list_sends_nothing(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;

	(void)state;
	t_clear_env();
	ctx = ctx_with(K_API | K_APP | K_PAT,
	               "{'strict':true,'providers':[{'use':'explicit'}]}");
	assert_int_equal(t_apply(ctx, T_URL, credplug_auth_parse(""), &c), 0);
	assert_int_equal(c.count, 0);
	assert_int_equal(t_apply(ctx, T_URL, 0, &c), 0);
	assert_int_equal(c.count, 0);
	credplug_ctx_free(ctx);
}

/* bearerAuth and AuthZ both carry the PAT. */
static void bearer_and_authz(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;

	(void)state;
	t_clear_env();
	ctx = ctx_with(K_API | K_APP | K_PAT,
	               "{'providers':[{'use':'explicit'}]}");
	assert_int_equal(t_apply(ctx, T_URL, CREDPLUG_AUTH_BEARER, &c), 0);
	assert_int_equal(c.count, 1);
	assert_string_equal(t_header(&c, "Authorization"),
	                    "Bearer " CANARY_PAT);
	assert_int_equal(t_apply(ctx, T_URL, CREDPLUG_AUTH_AUTHZ, &c), 0);
	assert_int_equal(c.count, 1);
	assert_string_equal(t_header(&c, "Authorization"),
	                    "Bearer " CANARY_PAT);
	assert_int_equal(t_apply(ctx, T_URL, CREDPLUG_AUTH_APP_KEY, &c), 0);
	assert_int_equal(c.count, 1);
	assert_string_equal(t_header(&c, "DD-APPLICATION-KEY"), CANARY_APP);
	credplug_ctx_free(ctx);
}

static void auth_parse(void **state)
{
	(void)state;
	assert_int_equal(credplug_auth_parse(NULL), 0);
	assert_int_equal(credplug_auth_parse(""), 0);
	assert_int_equal(credplug_auth_parse("apiKeyAuth"),
	                 CREDPLUG_AUTH_API_KEY);
	assert_int_equal(credplug_auth_parse("apiKeyAuth,appKeyAuth,AuthZ"),
	                 CREDPLUG_AUTH_API_KEY | CREDPLUG_AUTH_APP_KEY |
	                         CREDPLUG_AUTH_AUTHZ);
	assert_int_equal(
	        credplug_auth_parse("apiKeyAuth+appKeyAuth | AuthZ | AuthZ"),
	        CREDPLUG_AUTH_API_KEY | CREDPLUG_AUTH_APP_KEY |
	                CREDPLUG_AUTH_AUTHZ);
	assert_int_equal(credplug_auth_parse("bearerAuth"),
	                 CREDPLUG_AUTH_BEARER);
	assert_int_equal(credplug_auth_parse("apikeyauth"),
	                 CREDPLUG_AUTH_UNKNOWN);
	assert_int_equal(credplug_auth_parse("AuthZ,basicAuth"),
	                 CREDPLUG_AUTH_AUTHZ | CREDPLUG_AUTH_UNKNOWN);
}

/* Bad arguments to apply: EINVAL with a message, nothing sent. */
static void apply_bad_arguments(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_sink sink = CREDPLUG_SINK_INIT;

	(void)state;
	ctx = ctx_with(K_API, "{'providers':[{'use':'explicit'}]}");
	credplug_collect_sink(&sink, &c);
	req.url = NULL;
	req.auth = CREDPLUG_AUTH_API_KEY;
	assert_int_equal(credplug_apply(ctx, &req, &sink), CREDPLUG_EINVAL);
	assert_string_equal(credplug_errmsg(ctx),
	                    "credplug_apply: NULL or short argument");
	req.url = T_URL;
	req.struct_size = 8;
	assert_int_equal(credplug_apply(ctx, &req, &sink), CREDPLUG_EINVAL);
	req.struct_size = sizeof(req);
	sink.add_header = NULL;
	assert_int_equal(credplug_apply(ctx, &req, &sink), CREDPLUG_EINVAL);
	assert_int_equal(credplug_apply(NULL, &req, &sink), CREDPLUG_EINVAL);
	assert_int_equal(c.count, 0);
	credplug_ctx_free(ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(table_keys_only),
        cmocka_unit_test(table_pat_only),
        cmocka_unit_test(table_all_three),
        cmocka_unit_test(table_none),
        cmocka_unit_test(table_api_only),
        cmocka_unit_test(table_strict_all_combinations),
        cmocka_unit_test(strict_messages),
        cmocka_unit_test(lenient_partial),
        cmocka_unit_test(empty_list_sends_nothing),
        cmocka_unit_test(bearer_and_authz),
        cmocka_unit_test(auth_parse),
        cmocka_unit_test(apply_bad_arguments),
};

CP_TEST_MAIN("core_apply", tests, NULL, NULL)
