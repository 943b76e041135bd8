/*
 * `credplug headers --url URL` without --auth: the endpoint table gives the
 * security list (issue 13 #2); --verbose says which; an unknown path, a
 * bare origin or no --url keeps every credential.  Runs the real binary.
 */
#include <stdio.h>
#include <string.h>

#include "cp_test.h"
#include "run.h"

#define H_API "DD-API-KEY: " CANARY_API "\n"
#define H_APP "DD-APPLICATION-KEY: " CANARY_APP "\n"
#define H_PAT "Authorization: Bearer " CANARY_PAT "\n"
#define ALL3  H_API H_APP H_PAT

#define DD "https://api.datadoghq.com"
#define V  "credplug: using the security list of "
#define EVERY                                                                  \
	"credplug: no GET operation of the endpoint table matches the path "   \
	"of --url: sending every configured credential (--auth LIST "          \
	"chooses)\n"

static void set_all(struct cp_env *e)
{
	cp_env_set(e, "DD_API_KEY", CANARY_API);
	cp_env_set(e, "DD_APP_KEY", CANARY_APP);
	cp_env_set(e, "DD_BEARER_TOKEN", CANARY_PAT);
}

static void expect(const struct cp_run *r, int status, const char *out,
                   const char *err)
{
	assert_string_equal(r->out, out);
	cp_assert_err(r, err);
	assert_int_equal(r->status, status);
}

static void table_gives_the_list(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--url", DD "/api/v1/validate");
	expect(&r, 0, H_API, "");
	CP_RUN(e, &r, NULL, "headers", "--url", DD "/api/v1/dashboard/abc-1");
	expect(&r, 0, ALL3, "");
	CP_RUN(e, &r, NULL, "headers", "--url",
	       "https://api.datadoghq.eu/api/v2/spa/recommendations/svc");
	expect(&r, 0, H_PAT, "");
	CP_RUN(e, &r, NULL, "headers", "--url", DD "/api/v1/user?page=2");
	expect(&r, 0, ALL3, "");
	CP_RUN(e, &r, NULL, "headers", "--format", "json", "--url",
	       DD "/api/v2/cases/types");
	expect(&r, 0,
	       "{\"DD-API-KEY\": \"" CANARY_API
	       "\", \"DD-APPLICATION-KEY\": \"" CANARY_APP "\"}\n",
	       "");
}

static void method_chooses_the_operation(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--method", "POST", "--url",
	       DD "/api/v1/events");
	expect(&r, 0, H_API, "");
	CP_RUN(e, &r, NULL, "headers", "--url", DD "/api/v1/events");
	expect(&r, 0, ALL3, "");
	CP_RUN(e, &r, NULL, "headers", "--method", "post", "--url",
	       DD "/api/v1/user", "-v");
	expect(&r, 0, H_API H_APP,
	       V "POST /api/v1/user: apiKeyAuth+appKeyAuth\n");
	/* an operation without security: nothing to send */
	CP_RUN(e, &r, NULL, "headers", "--method", "POST", "--url",
	       DD "/api/v2/oauth2/register", "--verbose");
	expect(&r, 0, "", V "POST /api/v2/oauth2/register: (empty)\n");
}

static void literal_beats_template(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "-v", "--url", DD "/api/v2/cases/types");
	expect(&r, 0, H_API H_APP,
	       V "GET /api/v2/cases/types: apiKeyAuth+appKeyAuth\n");
	CP_RUN(e, &r, NULL, "headers", "-v", "--url", DD "/api/v2/cases/c-1");
	expect(&r, 0, ALL3,
	       V "GET /api/v2/cases/{case_id}: apiKeyAuth+appKeyAuth | "
	         "AuthZ\n");
}

/* The path and query of --url never reach a message. */
static void verbose_names_the_template_not_the_url(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--verbose", "--url",
	       DD "/api/v1/dashboard/CANARY-PATH-01?token=CANARY-QUERY-02");
	expect(&r, 0, ALL3,
	       V "GET /api/v1/dashboard/{dashboard_id}: "
	         "apiKeyAuth+appKeyAuth | AuthZ\n");
	CP_RUN(e, &r, NULL, "headers", "--verbose", "--url",
	       DD "/api/v9/CANARY-PATH-03?token=CANARY-QUERY-04");
	expect(&r, 0, ALL3, EVERY);
	assert_null(strstr(r.err, "CANARY"));
}

static void unknown_path_keeps_every_credential(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--url", DD "/api/v1/nope");
	expect(&r, 0, ALL3, "");
	/* a trailing slash is another path */
	CP_RUN(e, &r, NULL, "headers", "-v", "--url", DD "/api/v1/validate/");
	expect(&r, 0, ALL3, EVERY);
	CP_RUN(e, &r, NULL, "headers", "-v", "--method", "head", "--url",
	       DD "/api/v1/validate");
	expect(&r, 0, ALL3,
	       "credplug: no HEAD operation of the endpoint table matches "
	       "the path of --url: sending every configured credential "
	       "(--auth LIST chooses)\n");
}

/* As before the table: nothing configured is exit 3 for every credential. */
static void unknown_path_nothing_configured(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	CP_RUN(e, &r, NULL, "headers", "--url", DD "/api/v1/nope");
	expect(&r, 3, "",
	       "credplug: error: no credential found; set DD_API_KEY and "
	       "DD_APP_KEY (or DD_BEARER_TOKEN), or see 'credplug explain'\n");
}

static void origin_is_a_destination(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "-v", "--url", DD "/");
	expect(&r, 0, ALL3,
	       "credplug: --url names no operation (its path is /): sending "
	       "every configured credential\n");
	CP_RUN(e, &r, NULL, "headers", "--url", DD);
	expect(&r, 0, ALL3, "");
	CP_RUN(e, &r, NULL, "headers", "-v");
	expect(&r, 0, ALL3,
	       "credplug: no --url: sending every configured credential\n");
}

static void auth_beats_the_table(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "-v", "--auth", "AuthZ", "--url",
	       DD "/api/v1/validate");
	expect(&r, 0, H_PAT,
	       "credplug: using the security list from --auth: AuthZ\n");
	CP_RUN(e, &r, NULL, "headers", "-v", "--auth", "", "--url",
	       DD "/api/v1/validate");
	expect(&r, 0, "",
	       "credplug: using the security list from --auth: (empty)\n");
	CP_RUN(e, &r, NULL, "headers", "-v", "--auth",
	       "bearerAuth,appKeyAuth,apiKeyAuth,AuthZ");
	expect(&r, 0, ALL3,
	       "credplug: using the security list from --auth: "
	       "apiKeyAuth+appKeyAuth | bearerAuth | AuthZ\n");
}

/* The table's list is an endpoint's list: --strict and the partial
 * warning apply as with --auth. */
static void table_list_partial_and_strict(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	cp_env_set(e, "DD_API_KEY", CANARY_API);
	CP_RUN(e, &r, NULL, "headers", "--url", DD "/api/v1/dashboard/d-1");
	expect(&r, 0, H_API,
	       "credplug: warning: no alternative of the endpoint's security "
	       "list is fully configured: apiKeyAuth+appKeyAuth lacks the "
	       "application key (DD_APP_KEY); AuthZ lacks the personal access "
	       "token (DD_BEARER_TOKEN); the request carries what is "
	       "configured; --strict makes this exit 3\n");
	CP_RUN(e, &r, NULL, "headers", "--strict", "--url",
	       DD "/api/v1/dashboard/d-1");
	expect(&r, 3, "",
	       "credplug: error: no credential satisfies the endpoint: the "
	       "endpoint accepts apiKeyAuth+appKeyAuth or AuthZ, but the "
	       "configured credentials (api_key) satisfy none of these; set "
	       "the missing ones (DD_API_KEY, DD_APP_KEY, DD_BEARER_TOKEN) or "
	       "run `credplug explain`\n");
	/* apiKeyAuth alone is whole: no warning, and --strict passes */
	CP_RUN(e, &r, NULL, "headers", "--strict", "--url", DD "/api/v2/series",
	       "--method", "POST");
	expect(&r, 0, H_API, "");
	/* an unknown path is every credential, not a list: no warning */
	CP_RUN(e, &r, NULL, "headers", "--url", DD "/api/v1/nope");
	expect(&r, 0, H_API, "");
}

static void bad_method_and_url(void **state)
{
	struct cp_env *e = *state;
	struct cp_run r;

	set_all(e);
	CP_RUN(e, &r, NULL, "headers", "--method", "G T", "--url",
	       DD "/api/v1/validate");
	expect(&r, 2, "",
	       "credplug headers: --method 'G T' is not an HTTP method\n"
	       "Try 'credplug headers --help'.\n");
	CP_RUN(e, &r, NULL, "headers", "--method", "", "--url",
	       DD "/api/v1/validate");
	expect(&r, 2, "",
	       "credplug headers: --method '' is not an HTTP method\n"
	       "Try 'credplug headers --help'.\n");
	/* the table cannot read it; the destination check refuses it */
	CP_RUN(e, &r, NULL, "headers", "-v", "--url",
	       "api.datadoghq.com/api/v1/validate");
	expect(&r, 5, "",
	       "credplug: --url is not a URL the endpoint table can match: "
	       "sending every configured credential\n"
	       "credplug: error: refusing to send credentials to <invalid "
	       "URL>: not an http(s) URL; if this host is yours, add its "
	       "origin to \"allowed_origins\" in the credplug config\n");
	/* a foreign origin is refused whatever the table says */
	CP_RUN(e, &r, NULL, "headers", "--url",
	       "https://api.evil.example/api/v1/validate");
	expect(&r, 5, "",
	       "credplug: error: refusing to send credentials to "
	       "https://api.evil.example: origin is not in allowed_origins; "
	       "if this host is yours, add its origin to \"allowed_origins\" "
	       "in the credplug config\n");
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(table_gives_the_list, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(method_chooses_the_operation,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(literal_beats_template, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(verbose_names_the_template_not_the_url,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(unknown_path_keeps_every_credential,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(unknown_path_nothing_configured,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(origin_is_a_destination, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(auth_beats_the_table, cp_env_setup,
                                        cp_env_teardown),
        cmocka_unit_test_setup_teardown(table_list_partial_and_strict,
                                        cp_env_setup, cp_env_teardown),
        cmocka_unit_test_setup_teardown(bad_method_and_url, cp_env_setup,
                                        cp_env_teardown),
};

CP_TEST_MAIN("cli_headers_table", tests, NULL, NULL)
