/*
 * The credential document parser shared by the process and http providers:
 * native documents, error documents, JSON pointers, RFC 3339, redaction.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <string.h>

#include "credoc.h"
#include "cp_test.h"

#define KEY "CANARY-API-7f3a9c2e41d8"

static int parse(struct cp_credoc *d, const char *text,
                 const struct cp_credoc_pointers *p)
{
	return cp_credoc_parse(d, text, strlen(text), p, CP_CREDOC_NO_DEADLINE);
}

/* Parses `text`, expects INVALID with exactly `msg`, and no value kept. */
static void expect_invalid(const char *text, const char *msg)
{
	struct cp_credoc d;

	assert_int_equal(parse(&d, text, NULL), CREDPLUG_PS_INVALID);
	assert_string_equal(d.text, msg);
	assert_null(strstr(d.text, KEY));
	for (int i = 0; i < CP_CREDOC_NVALUES; i++)
		assert_null(d.value[i]);
	cp_credoc_clear(&d);
}

static void test_native_document(void **state)
{
	struct cp_credoc d;

	assert_int_equal(
	        parse(&d,
	              "{\"version\": 1, \"api_key\": \"" KEY "\", "
	              "\"site\": \"datadoghq.eu\", \"pat\": null, \"comment\": "
	              "\"x\", \"x-lease\": 3, \"expires_at\": "
	              "\"2030-06-01T12:00:00.123456-02:30\"}",
	              NULL),
	        CREDPLUG_PS_FOUND);
	assert_string_equal(d.value[0], KEY);
	assert_int_equal(d.len[0], strlen(KEY));
	assert_null(d.value[1]);
	assert_null(d.value[2]);
	assert_string_equal(d.value[3], "datadoghq.eu");
	assert_true(d.has_expiry);
	assert_int_equal(d.expires_at, 1906554600); /* 2030-06-01T14:30:00Z */
	cp_credoc_clear(&d);
}

static void test_native_rejections(void **state)
{
	expect_invalid("",
	               "empty document; expected JSON like {\"version\": 1, "
	               "\"api_key\": \"...\"}");
	expect_invalid("[1]", "the document is a JSON array, not an object");
	expect_invalid("{\"api_key\": \"" KEY "\"}",
	               "missing \"version\"; the "
	               "document must start {\"version\": 1, ...}");
	expect_invalid("{\"version\": 2}", "unsupported \"version\" (this "
	                                   "credplug reads version 1)");
	expect_invalid(
	        "{\"version\": 1, \"apy_key\": \"" KEY "\"}",
	        "unknown key \"apy_key\" (known: version, api_key, app_key, "
	        "pat, site, expires_at, error, comment, x-*)");
	expect_invalid("{\"version\": 1, \"api_key\": 42}",
	               "\"api_key\" must be a string, not int");
	expect_invalid("{\"version\": 1, \"api_key\": \"" KEY
	               "\", \"expires_at\":"
	               " \"2025-02-30T00:00:00Z\"}",
	               "\"expires_at\" is not an RFC "
	               "3339 timestamp (e.g. \"2025-01-02T03:04:05Z\")");
	expect_invalid("{\"version\": 1,\n \"api_key\": \"" KEY "\" x}",
	               "malformed JSON at line 2, column 39: object value "
	               "separator ',' expected");
	expect_invalid("{\"version\": 1} {}",
	               "malformed JSON at line 1, column "
	               "16: unexpected character");
	expect_invalid("{\"version\": 1, \"api_key\": \"" KEY "\", \"error\": "
	               "{\"code\": \"denied\"}}",
	               "an error document must not also "
	               "carry credentials");
}

/* Positions count UTF-8 characters (the "\xc3\xa9" of "é" is one column,
 * where the parser used to count 2), and a bare value is a document refused
 * for its type (it used to be "unexpected end of document" at its end). */
static void test_positions_and_bare_values(void **state)
{
	expect_invalid("{\"version\": 1, \"comment\": \"\xc3\xa9t\xc3\xa9\" x}",
	               "malformed JSON at line 1, column 33: object value "
	               "separator ',' expected");
	expect_invalid("{\"comment\": \"\xc3\xa9\"}\n \xc3\xa9",
	               "malformed JSON at line 2, column 2: unexpected "
	               "character");
	expect_invalid("{\"version\": 1, 'api_key': \"" KEY "\"}",
	               "malformed JSON at line 1, column 16: unexpected "
	               "character");
	expect_invalid("null", "the document is a JSON null, not an object");
	expect_invalid("7", "the document is a JSON int, not an object");
}

static void test_error_documents(void **state)
{
	static const struct {
		const char *code;
		int st;
	} table[] = {
	        {"not_found", CREDPLUG_PS_NOT_FOUND},
	        {"unavailable", CREDPLUG_PS_UNAVAILABLE},
	        {"timed_out", CREDPLUG_PS_TIMED_OUT},
	        {"invalid", CREDPLUG_PS_INVALID},
	        {"expired", CREDPLUG_PS_INVALID},
	        {"denied", CREDPLUG_PS_DENIED},
	        {"internal", CREDPLUG_PS_ERROR},
	};
	struct cp_credoc d;
	char text[256];

	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		snprintf(text, sizeof(text),
		         "{\"version\": 1, \"error\": {\"code\": "
		         "\"%s\", \"message\": \"no\\nlease\\u001b[0m for "
		         "you\"}}",
		         table[i].code);
		assert_int_equal(parse(&d, text, NULL), table[i].st);
		assert_string_equal(d.error_code, table[i].code);
		assert_string_equal(d.text, "no lease [0m for you");
		cp_credoc_clear(&d);
	}
	expect_invalid(
	        "{\"version\": 1, \"error\": {\"code\": \"oops\"}}",
	        "unknown error code \"oops\" (known: not_found, unavailable, "
	        "timed_out, invalid, expired, denied, internal)");
	expect_invalid("{\"version\": 1, \"error\": \"denied\"}",
	               "\"error\" must "
	               "be an object with a string \"code\" and \"message\"");
}

static void test_pointers(void **state)
{
	struct cp_credoc_pointers p = {{"/data/data/api_key", NULL,
	                                "/data/data/pat~1token", NULL,
	                                "/data/metadata/expires"}};
	struct cp_credoc d;

	assert_int_equal(
	        parse(&d,
	              "{\"data\": {\"data\": {\"api_key\": \"" KEY
	              "\", \"pat/token\": \"CANARY-PAT-c4e8a1b7d2f9\"}, "
	              "\"metadata\": {\"expires\": 1900000000}}}",
	              &p),
	        CREDPLUG_PS_FOUND);
	assert_string_equal(d.value[0], KEY);
	assert_string_equal(d.value[2], "CANARY-PAT-c4e8a1b7d2f9");
	assert_int_equal(d.expires_at, 1900000000);
	cp_credoc_clear(&d);
	p.ptr[1] = "/data/data/app_key";
	assert_int_equal(
	        parse(&d, "{\"data\": {\"data\": {\"api_key\": \"" KEY "\"}}}",
	              &p),
	        CREDPLUG_PS_INVALID);
	assert_string_equal(
	        d.text, "JSON pointer \"/data/data/app_key\" "
	                "(app_key_pointer) matches nothing in the document; "
	                "check the pointer against the backend's answer");
	assert_null(d.value[0]); /* nothing half-kept */
	cp_credoc_clear(&d);
}

static void test_rfc3339(void **state)
{
	static const struct {
		const char *s;
		int64_t t;
	} ok[] = {
	        {"1970-01-01T00:00:00Z", 0},
	        {"2025-01-02T03:04:05Z", 1735787045},
	        {"2025-01-02t03:04:05z", 1735787045},
	        {"2025-01-02 03:04:05.999999999Z", 1735787045},
	        {"2025-01-02T05:04:05+02:00", 1735787045},
	        {"2025-01-01T22:04:05-05:00", 1735787045},
	        {"2016-12-31T23:59:60Z", 1483228800},
	        {"2024-02-29T00:00:00Z", 1709164800},
	};
	static const char *const bad[] = {
	        "",
	        "2025-01-02",
	        "2025-01-02T03:04:05",
	        "2025-01-02T03:04:05+0200",
	        "2025-13-02T03:04:05Z",
	        "2025-02-29T00:00:00Z",
	        "2025-01-02T24:00:00Z",
	        "2025-01-02T03:04:05.Z",
	        "2025-01-02T03:04:05Zjunk",
	        " 2025-01-02T03:04:05Z",
	        "2025-01-02T03:04:05+24:00",
	        "20251-01-02T03:04:05Z",
	        "2025-1-02T03:04:05Z",
	};
	int64_t t;

	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		assert_int_equal(cp_rfc3339_parse(ok[i].s, &t), 0);
		assert_int_equal(t, ok[i].t);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (cp_rfc3339_parse(bad[i], &t) == 0)
			fail_msg("accepted \"%s\"", bad[i]);
	}
}

static void test_sanitize(void **state)
{
	const char *secrets[] = {"s3cr", "hunter2hunter2"};
	char out[40];
	const char *in =
	        "line1\r\n\tpw=hunter2hunter2 tok ab12cd34ef56ab12cd34ef "
	        "id credplug_provider_entry_v1 \x1b\x7f\xc3\xa9 end";

	cp_credoc_sanitize(out, sizeof(out), in, strlen(in), secrets, 2, 0);
	assert_string_equal(out, "line1 pw=**** tok **** id credplug_p...");
	cp_credoc_sanitize(out, sizeof(out), in, strlen(in), secrets, 2,
	                   CP_CREDOC_TAIL);
	assert_string_equal(out, "...id credplug_provider_entry_v1 ?? end");
	cp_credoc_sanitize(out, 8, "abc", 3, NULL, 0, 0);
	assert_string_equal(out, "abc");
	cp_credoc_sanitize(out, sizeof(out), NULL, 0, NULL, 0, 0);
	assert_string_equal(out, "");
}

/* Candidates: every string value of a document, valid or not, keys
 * excluded, credential values first, escaped strings both ways. */
static void test_candidates(void **state)
{
	static const char doc[] =
	        "{\"version\": 1, \"comment\": \"note-a\", \"x-list\": "
	        "[\"item-b\", 7],"
	        " \"api_key\": \"sec\\/ret\\u0041\", \"bogus\": {\"k\": "
	        "\"deep-c\"},"
	        " \"pat\": \"ab\", \"app_key\": \"unterminated-d";
	static const char *const want[] = {"sec/retA",       "sec\\/ret\\u0041",
	                                   "unterminated-d", "note-a",
	                                   "item-b",         "deep-c"};
	struct cp_credoc_candidates c;
	char out[CP_CREDOC_TEXT_MAX + 1];
	const char *noise = "x sec/retA y deep-c z note-a";

	(void)state;
	assert_int_equal(cp_credoc_candidates(&c, doc, strlen(doc)), 0);
	assert_int_equal(c.n, sizeof(want) / sizeof(want[0]));
	for (size_t i = 0; i < c.n; i++)
		assert_string_equal(c.s[i], want[i]);
	cp_credoc_sanitize(out, sizeof(out), noise, strlen(noise),
	                   (const char *const *)c.s, c.n, CP_CREDOC_TAIL);
	assert_string_equal(out, "x **** y **** z ****");
	cp_credoc_candidates_clear(&c);
	assert_int_equal(c.n, 0);
	/* Not JSON at all, or empty: nothing, and no failure. */
	assert_int_equal(cp_credoc_candidates(&c, "plain text", 10), 0);
	assert_int_equal(c.n, 0);
	cp_credoc_candidates_clear(&c);
	assert_int_equal(cp_credoc_candidates(&c, NULL, 0), 0);
	cp_credoc_candidates_clear(&c);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_native_document),
        cmocka_unit_test(test_native_rejections),
        cmocka_unit_test(test_positions_and_bare_values),
        cmocka_unit_test(test_error_documents),
        cmocka_unit_test(test_pointers),
        cmocka_unit_test(test_rfc3339),
        cmocka_unit_test(test_sanitize),
        cmocka_unit_test(test_candidates),
};

CP_TEST_MAIN("credoc", tests, NULL, NULL)
