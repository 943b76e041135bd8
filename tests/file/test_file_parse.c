/* The credentials-file parser on its own (providers/file/parse.c): exact
 * positions and messages, extension content, serialization. */
#include "cp_test.h"

#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "json_wipe.h"
#include "parse.h"

static int parse(const char *text, char *err)
{
	struct json_object *root = NULL;
	int rc = cp_creds_parse(text, strlen(text), &root, err, 256);

	cp_json_put_wiped(root);
	return rc;
}

static void expect(const char *text, int status, const char *msg)
{
	char err[256];

	assert_int_equal(parse(text, err), status);
	assert_string_equal(err, msg);
}

static void syntax_positions(void **state)
{
	(void)state;
	expect("{\"default\": {\"api_key\": \"a\",}}", CP_CREDS_ESYNTAX,
	       "1:29: unexpected character");
	expect("{\n  \"default\": {\n    \"api_key\": x\n  }\n}",
	       CP_CREDS_ESYNTAX, "3:16: unexpected character");
	expect("{\"a\":\n \"b\" \"c\"}", CP_CREDS_ESYNTAX,
	       "2:6: object value separator ',' expected");
	/* a single-quoted key is not JSON (json-c alone takes it) */
	expect("{\"default\": {'api_key': \"a\"}}", CP_CREDS_ESYNTAX,
	       "1:14: unexpected character");
	/* columns count characters, not bytes */
	expect("{\"\xc3\xa9\xc3\xa9\": x}", CP_CREDS_ESYNTAX,
	       "1:8: unexpected character");
}

static void syntax_ends(void **state)
{
	(void)state;
	expect("{\"default\": {\"api_key\": \"a\"}", CP_CREDS_ESYNTAX,
	       "1:29: unexpected end of file (incomplete JSON)");
	expect("", CP_CREDS_ESYNTAX,
	       "1:1: empty file (expected a JSON object of profiles)");
	expect("\n \n", CP_CREDS_ESYNTAX,
	       "3:1: empty file (expected a JSON object of profiles)");
	expect("{} junk", CP_CREDS_ESYNTAX, "1:4: unexpected character");
	/* a bare value is a document of the wrong shape (this used to be
	 * "1:5: unexpected end of file (incomplete JSON)") */
	expect("null", CP_CREDS_ESCHEMA,
	       "/: expected an object of profiles (e.g. {\"default\": "
	       "{\"api_key\": \"...\"}}), got null");
}

static void syntax_nul_and_utf8(void **state)
{
	char err[256];
	struct json_object *root = NULL;

	(void)state;
	assert_int_equal(
	        cp_creds_parse("{\"a\"\0}", 6, &root, err, sizeof(err)),
	        CP_CREDS_ESYNTAX);
	assert_string_equal(err, "1:5: NUL byte in file");
	assert_null(root);
	assert_int_equal(parse("{\"d\": {\"site\": \"\xff\"}}", err),
	                 CP_CREDS_ESYNTAX);
}

static void schema_messages(void **state)
{
	(void)state;
	expect("[1]", CP_CREDS_ESCHEMA,
	       "/: expected an object of profiles (e.g. {\"default\": "
	       "{\"api_key\": \"...\"}}), got array");
	expect("{\"default\": \"x\"}", CP_CREDS_ESCHEMA,
	       "/default: expected an object with api_key, app_key, pat, site, "
	       "got string");
	expect("{\"default\": {}, \"staging\": {\"api_kye\": \"a\"}}",
	       CP_CREDS_ESCHEMA,
	       "/staging/api_kye: unknown key (expected api_key, app_key, pat, "
	       "site)");
	expect("{\"default\": {\"api_key\": 12}}", CP_CREDS_ESCHEMA,
	       "/default/api_key: expected a string, got number");
	expect("{\"default\": {\"pat\": null}}", CP_CREDS_ESCHEMA,
	       "/default/pat: expected a string, got null");
	expect("{\"a/b~c\": {\"x\\n\": \"v\"}}", CP_CREDS_ESCHEMA,
	       "/a~1b~0c/x\\x0a: unknown key (expected api_key, app_key, pat, "
	       "site)");
}

static void extensions_allowed(void **state)
{
	struct json_object *root = NULL;
	const char *t =
	        "{\"$schema\": 1, \"_comment\": [1], \"prod\": "
	        "{\"_note\": {\"a\": null}, \"site\": \"datadoghq.eu\"}}";
	char err[256], names[64];

	(void)state;
	assert_int_equal(cp_creds_parse(t, strlen(t), &root, err, sizeof(err)),
	                 CP_CREDS_OK);
	assert_non_null(cp_creds_profile(root, "prod"));
	assert_null(cp_creds_profile(root, "_comment"));
	assert_null(cp_creds_profile(root, "$schema"));
	assert_null(cp_creds_profile(root, "default"));
	cp_creds_list_profiles(root, names, sizeof(names));
	assert_string_equal(names, "prod");
	cp_json_put_wiped(root);
}

static void serialize_round_trip(void **state)
{
	struct json_object *root = NULL, *again = NULL, *p, *v;
	const char *t = "{\"a\": {\"api_key\": \"k/1\"}, \"_c\": \"x\"}";
	char err[256];
	size_t len = 0;
	char *out;

	(void)state;
	assert_int_equal(cp_creds_parse(t, strlen(t), &root, err, sizeof(err)),
	                 CP_CREDS_OK);
	out = cp_creds_serialize(root, &len);
	assert_non_null(out);
	assert_int_equal(out[len - 1], '\n');
	assert_non_null(strstr(out, "\"k/1\"")); /* no "\/" escaping */
	assert_int_equal(cp_creds_parse(out, len, &again, err, sizeof(err)),
	                 CP_CREDS_OK);
	p = cp_creds_profile(again, "a");
	assert_true(json_object_object_get_ex(p, "api_key", &v));
	assert_string_equal(json_object_get_string(v), "k/1");
	assert_true(json_object_object_get_ex(again, "_c", &v));
	cp_creds_wipe(out, len);
	free(out);
	cp_json_put_wiped(again);
	cp_json_put_wiped(root);
}

static void wipe_strings_scrubs_values(void **state)
{
	struct json_object *root = NULL, *v;
	const char *t = "{\"d\": {\"api_key\": \"CANARY-API-7f3a\"}}";
	char err[256];

	(void)state;
	assert_int_equal(cp_creds_parse(t, strlen(t), &root, err, sizeof(err)),
	                 CP_CREDS_OK);
	assert_true(json_object_object_get_ex(cp_creds_profile(root, "d"),
	                                      "api_key", &v));
	cp_json_wipe_tree(root);
	assert_memory_equal(json_object_get_string(v), "\0\0\0\0\0\0\0\0", 8);
	json_object_put(root);
}

static void size_limit(void **state)
{
	size_t n = CP_CREDS_MAX_SIZE + 1;
	char *big = malloc(n);
	struct json_object *root = NULL;
	char err[256];

	(void)state;
	assert_non_null(big);
	memset(big, ' ', n);
	assert_int_equal(cp_creds_parse(big, n, &root, err, sizeof(err)),
	                 CP_CREDS_ESYNTAX);
	assert_string_equal(err,
	                    "1:1: file is 65537 bytes, over the 65536-byte "
	                    "limit");
	free(big);
}

static void field_index(void **state)
{
	(void)state;
	assert_int_equal(cp_creds_field_index("api_key"), 0);
	assert_int_equal(cp_creds_field_index("app_key"), 1);
	assert_int_equal(cp_creds_field_index("pat"), 2);
	assert_int_equal(cp_creds_field_index("site"), 3);
	assert_int_equal(cp_creds_field_index("apikey"), -1);
}

int main(int argc, char **argv);
static const struct CMUnitTest tests[] = {
        cmocka_unit_test(syntax_positions),
        cmocka_unit_test(syntax_ends),
        cmocka_unit_test(syntax_nul_and_utf8),
        cmocka_unit_test(schema_messages),
        cmocka_unit_test(extensions_allowed),
        cmocka_unit_test(serialize_round_trip),
        cmocka_unit_test(wipe_strings_scrubs_values),
        cmocka_unit_test(size_limit),
        cmocka_unit_test(field_index),
};
CP_TEST_MAIN("file_parse", tests, NULL, NULL)
