/*
 * Every provider status against every chain action, with the mock module
 * (tests/mods/mock.so): resolve's status, the exact message, which fields
 * were used, and that nothing is half-applied.
 */
#include "cp_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "helpers.h"

#define MOCK  T_MODS_DIR "/mock.so"
#define F_API "FIRST-API-00000000000001"
#define F_APP "FIRST-APP-00000000000001"
#define S_API "SECOND-API-0000000000001"
#define S_PAT "SECOND-PAT-0000000000001"

enum mode {
	M_DEFAULT,
	M_CONTINUE,
	M_FAIL,
	M_CRITICAL,
	M_STOP,
	M_CRIT_CONT,
	M_N
};
static const char *const mode_keys[M_N] = {
        "",
        ",'on_error':'continue'",
        ",'on_error':'fail'",
        ",'critical':true",
        ",'stop_if_found':true",
        ",'critical':true,'on_error':'continue'",
};
static const char *const mode_names[M_N] = {
        "default",  "continue",      "fail",
        "critical", "stop_if_found", "critical+continue",
};

struct outcome {
	int rc;
	const char *msg; /* exact errmsg when rc != 0 */
	const char *api, *app, *pat;
	const char *second_status;
};

static struct credplug_ctx *matrix_ctx(const char *status_json, enum mode m)
{
	char json[1024];

	snprintf(json, sizeof(json),
	         "{'providers':[{'use':'" MOCK "','name':'first',%s,"
	         "'api_key':'" F_API "','app_key':'" F_APP "',"
	         "'message':'first says hello'%s},"
	         "{'use':'" MOCK "','name':'second','api_key':'" S_API "',"
	         "'pat':'" S_PAT "'}]}",
	         status_json, mode_keys[m]);
	return t_ctx(json, 0);
}

static void check(const char *status_json, const char *st_name, enum mode m,
                  const struct outcome *want)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;
	struct json_object *doc;
	const char *v;
	int rc;

	t_clear_env();
	ctx = matrix_ctx(status_json, m);
	rc = credplug_resolve(ctx);
	if (rc != want->rc)
		fail_msg("%s/%s: resolve %d (%s), want %d", st_name,
		         mode_names[m], rc, credplug_errmsg(ctx), want->rc);
	if (rc != 0 && strcmp(credplug_errmsg(ctx), want->msg) != 0)
		fail_msg("%s/%s: message\n  \"%s\"\nwant\n  \"%s\"", st_name,
		         mode_names[m], credplug_errmsg(ctx), want->msg);
	rc = t_apply(ctx, T_URL, T_ALL, &c);
	if (want->rc != 0) {
		/* first-ever failure: apply fails too, and adds nothing */
		assert_int_equal(rc, want->rc);
		assert_int_equal(c.count, 0);
	} else {
		assert_int_equal(rc, 0);
		v = t_header(&c, "DD-API-KEY");
		if ((v == NULL) != (want->api == NULL) ||
		    (v && strcmp(v, want->api)))
			fail_msg("%s/%s: api %s, want %s", st_name,
			         mode_names[m], v ? v : "none",
			         want->api ? want->api : "none");
		v = t_header(&c, "DD-APPLICATION-KEY");
		if ((v == NULL) != (want->app == NULL) ||
		    (v && strcmp(v, want->app)))
			fail_msg("%s/%s: app %s, want %s", st_name,
			         mode_names[m], v ? v : "none",
			         want->app ? want->app : "none");
		v = t_header(&c, "Authorization");
		if ((v == NULL) != (want->pat == NULL) ||
		    (v && strcmp(v + 7, want->pat)))
			fail_msg("%s/%s: pat %s, want %s", st_name,
			         mode_names[m], v ? v : "none",
			         want->pat ? want->pat : "none");
	}
	doc = t_explain_doc(ctx);
	v = t_jstr(doc, "providers/1/status");
	if (strcmp(v, want->second_status) != 0)
		fail_msg("%s/%s: second provider %s, want %s", st_name,
		         mode_names[m], v, want->second_status);
	json_object_put(doc);
	credplug_ctx_free(ctx);
}

static const struct outcome used_first = {0,     NULL,  F_API,
                                          F_APP, S_PAT, "found"};
static const struct outcome used_second = {0,    NULL,  S_API,
                                           NULL, S_PAT, "found"};

static void found(void **state)
{
	static const struct outcome stop = {0,     NULL, F_API,
	                                    F_APP, NULL, "skipped"};

	(void)state;
	for (int m = 0; m < M_N; m++)
		check("'status':'found'", "found", (enum mode)m,
		      m == M_STOP ? &stop : &used_first);
}

/* not_found, unavailable, timed_out: continue by default; fail on request
 * or when critical. */
static void soft(const char *name, int rc)
{
	char sj[64], fail_msg_[256], crit_msg[256];
	struct outcome fail = {rc, fail_msg_, 0, 0, 0, "not_run"};
	struct outcome crit = {rc, crit_msg, 0, 0, 0, "not_run"};

	snprintf(sj, sizeof(sj), "'status':'%s'", name);
	snprintf(fail_msg_, sizeof(fail_msg_),
	         "provider \"first\" (chain entry 0) %s: first says hello",
	         name);
	if (strcmp(name, "not_found") == 0)
		snprintf(crit_msg, sizeof(crit_msg),
		         "provider \"first\" (chain entry 0) "
		         "is critical and found nothing: first says hello");
	else
		snprintf(crit_msg, sizeof(crit_msg), "%s", fail_msg_);
	for (int m = 0; m < M_N; m++) {
		const struct outcome *w = &used_second;

		if (m == M_FAIL)
			w = &fail;
		else if (m == M_CRITICAL || m == M_CRIT_CONT)
			w = &crit;
		check(sj, name, (enum mode)m, w);
	}
}

static void not_found(void **state)
{
	(void)state;
	soft("not_found", CREDPLUG_ENOTFOUND);
}

static void unavailable(void **state)
{
	(void)state;
	soft("unavailable", CREDPLUG_EUNAVAILABLE);
}

static void timed_out(void **state)
{
	(void)state;
	soft("timed_out", CREDPLUG_ETIMEDOUT);
}

/* invalid, denied, error (and what maps to error): fail closed unless
 * on_error is "continue" on a non-critical entry. */
static void hard(const char *sj, const char *name, int rc, const char *detail)
{
	char msg[256];
	struct outcome fail = {rc, msg, 0, 0, 0, "not_run"};

	snprintf(msg, sizeof(msg), "provider \"first\" (chain entry 0) %s: %s",
	         name, detail);
	for (int m = 0; m < M_N; m++)
		check(sj, name, (enum mode)m,
		      m == M_CONTINUE ? &used_second : &fail);
}

static void invalid(void **state)
{
	(void)state;
	hard("'status':'invalid'", "invalid", CREDPLUG_EINVALID,
	     "first says hello");
}

static void denied(void **state)
{
	(void)state;
	hard("'status':'denied'", "denied", CREDPLUG_EDENIED,
	     "first says hello");
}

static void error(void **state)
{
	(void)state;
	hard("'status':'error'", "error", CREDPLUG_EPROVIDER,
	     "first says hello");
}

/* "unchanged" with no earlier result is a provider bug: an error. */
static void unchanged_first(void **state)
{
	(void)state;
	hard("'status':'unchanged'", "error", CREDPLUG_EPROVIDER,
	     "provider returned \"unchanged\" before any result");
}

static void unknown_status(void **state)
{
	(void)state;
	hard("'status_code':42", "error", CREDPLUG_EPROVIDER,
	     "provider returned an unknown status 42");
	hard("'status_code':-3", "error", CREDPLUG_EPROVIDER,
	     "provider returned an unknown status -3");
}

/* FOUND without a field counts as not found. */
static void found_without_fields(void **state)
{
	struct credplug_ctx *ctx;
	struct json_object *doc;

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'" MOCK "','message':'empty'},"
	            "{'use':'explicit','api_key':'" S_API "'}]}",
	            0);
	assert_int_equal(credplug_resolve(ctx), 0);
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "providers/0/status"), "not_found");
	assert_string_equal(t_jstr(doc, "providers/0/message"), "empty");
	assert_string_equal(t_jstr(doc, "fields/api_key/provider"), "explicit");
	json_object_put(doc);
	credplug_ctx_free(ctx);
}

/* A failing resolve keeps the previous snapshot: apply still sends the old
 * values, never a mix with what the failing provider set. */
static void failure_keeps_snapshot(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;
	struct json_object *doc;

	(void)state;
	t_clear_env();
	setenv("MOCKT_API_KEY", "GOOD-API-000000000000001", 1);
	ctx = t_ctx("{'providers':[{'use':'" MOCK "','name':'mock',"
	            "'env_prefix':'MOCKT_','message':'mock ran'}]}",
	            0);
	assert_int_equal(credplug_resolve(ctx), 0);
	setenv("MOCKT_STATUS", "invalid", 1);
	setenv("MOCKT_API_KEY", "BAD-API-0000000000000002", 1);
	setenv("MOCKT_APP_KEY", "BAD-APP-0000000000000002", 1);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_EINVALID);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "provider \"mock\" (chain entry 0) invalid: mock ran");
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_int_equal(c.count, 1);
	assert_string_equal(t_header(&c, "DD-API-KEY"),
	                    "GOOD-API-000000000000001");
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "status"),
	                    "credential is present but invalid");
	assert_string_equal(t_jstr(doc, "fields/api_key/value"), "****0001");
	assert_string_equal(t_jstr(doc, "fields/app_key/set"), "false");
	assert_string_equal(t_jstr(doc, "providers/0/status"), "invalid");
	json_object_put(doc);
	/* recovery publishes the new values */
	unsetenv("MOCKT_STATUS");
	assert_int_equal(credplug_resolve(ctx), 0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_int_equal(c.count, 2);
	assert_string_equal(t_header(&c, "DD-API-KEY"),
	                    "BAD-API-0000000000000002");
	credplug_ctx_free(ctx);
	t_clear_env();
}

/* UNCHANGED after a result: the host reuses what the last call set. */
static void unchanged_reuses_last(void **state)
{
	struct credplug_ctx *ctx;
	struct credplug_collect c;

	(void)state;
	t_clear_env();
	setenv("MOCKT_API_KEY", "ONE-API-0000000000000001", 1);
	ctx = t_ctx("{'providers':[{'use':'" MOCK "','env_prefix':'MOCKT_'}]}",
	            0);
	assert_int_equal(credplug_resolve(ctx), 0);
	setenv("MOCKT_STATUS", "unchanged", 1);
	setenv("MOCKT_API_KEY", "TWO-API-0000000000000002", 1);
	assert_int_equal(credplug_resolve(ctx), 0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_int_equal(c.count, 1);
	assert_string_equal(t_header(&c, "DD-API-KEY"),
	                    "ONE-API-0000000000000001");
	unsetenv("MOCKT_STATUS");
	assert_int_equal(credplug_resolve(ctx), 0);
	assert_int_equal(t_apply(ctx, T_URL, T_ALL, &c), 0);
	assert_string_equal(t_header(&c, "DD-API-KEY"),
	                    "TWO-API-0000000000000002");
	credplug_ctx_free(ctx);
	t_clear_env();
}

/* A provider echoing a value in its message gets it scrubbed. */
static void message_scrubbed(void **state)
{
	struct credplug_ctx *ctx;
	struct json_object *doc;

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'" MOCK "','name':'mock',"
	            "'status':'invalid','api_key':'" CANARY_API
	            "','message':'bad key %V here'}]}",
	            0);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_EINVALID);
	assert_string_equal(
	        credplug_errmsg(ctx),
	        "provider \"mock\" (chain entry 0) invalid: bad key **** here");
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "providers/0/message"),
	                    "bad key **** here");
	json_object_put(doc);
	credplug_ctx_free(ctx);
}

/* A provider's message cannot leak another provider's value either (a
 * backend echoing what it was sent, say): every known value is masked. */
static void message_scrubbed_of_other_values(void **state)
{
	struct credplug_ctx *ctx;
	struct json_object *doc;

	(void)state;
	t_clear_env();
	ctx = t_ctx("{'providers':[{'use':'explicit','api_key':'" CANARY_API
	            "'},"
	            "{'use':'" MOCK "','name':'mock','status':'invalid',"
	            "'message':'backend said: " CANARY_API " is wrong'}]}",
	            0);
	assert_int_equal(credplug_resolve(ctx), CREDPLUG_EINVALID);
	assert_string_equal(credplug_errmsg(ctx),
	                    "provider \"mock\" (chain entry "
	                    "1) invalid: backend said: **** is wrong");
	doc = t_explain_doc(ctx);
	assert_string_equal(t_jstr(doc, "providers/1/message"),
	                    "backend said: **** is wrong");
	json_object_put(doc);
	credplug_ctx_free(ctx);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(found),
        cmocka_unit_test(not_found),
        cmocka_unit_test(unavailable),
        cmocka_unit_test(timed_out),
        cmocka_unit_test(invalid),
        cmocka_unit_test(denied),
        cmocka_unit_test(error),
        cmocka_unit_test(unchanged_first),
        cmocka_unit_test(unknown_status),
        cmocka_unit_test(found_without_fields),
        cmocka_unit_test(failure_keeps_snapshot),
        cmocka_unit_test(unchanged_reuses_last),
        cmocka_unit_test(message_scrubbed),
        cmocka_unit_test(message_scrubbed_of_other_values),
};

CP_TEST_MAIN("core_status", tests, NULL, NULL)
