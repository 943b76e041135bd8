/*
 * Security finding 9 (issue 10): what a backend's document may cost.  The
 * parser counts keys and array elements before json-c builds a tree,
 * feeds json-c in 64 KiB slices with a look at the clock before each, and
 * the candidate scan for stderr redaction looks at a bounded number of
 * literals.  Pure functions: called directly, linked from source.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "credoc.h"
#include "cp_test.h"

/* Appends literal `s` at `at` (the buffers are sized for what is put);
 * returns its length. */
static size_t put(char *doc, size_t at, const char *s)
{
	size_t n = strlen(s);

	memcpy(doc + at, s, n + 1);
	return n;
}

#define KEY "CANARY-API-7f3a9c2e41d8"

/* {"version": 1, "api_key": KEY, "x-a": [0,0,...]} with `zeros` zeros:
 * zeros + 3 keys and array elements. */
static char *doc_with_items(size_t zeros, size_t *len)
{
	static const char head[] =
	        "{\"version\": 1, \"api_key\": \"" KEY "\", \"x-a\": [";
	char *d = malloc(sizeof(head) + 2 * zeros + 4);
	size_t n = sizeof(head) - 1;

	assert_non_null(d);
	memcpy(d, head, n);
	for (size_t i = 0; i < zeros; i++) {
		d[n++] = '0';
		d[n++] = i + 1 < zeros ? ',' : ']';
	}
	memcpy(d + n, "}", 2);
	*len = n + 1;
	return d;
}

static void sec09_parse_item_cap(void **state)
{
	struct cp_credoc d;
	size_t len;
	char *doc;

	(void)state;
	doc = doc_with_items(CP_CREDOC_MAX_ITEMS - 3, &len);
	assert_int_equal(
	        cp_credoc_parse(&d, doc, len, NULL, CP_CREDOC_NO_DEADLINE),
	        CREDPLUG_PS_FOUND);
	assert_string_equal(d.value[0], KEY);
	cp_credoc_clear(&d);
	free(doc);
	doc = doc_with_items(CP_CREDOC_MAX_ITEMS - 2, &len);
	assert_int_equal(
	        cp_credoc_parse(&d, doc, len, NULL, CP_CREDOC_NO_DEADLINE),
	        CREDPLUG_PS_INVALID);
	assert_string_equal(d.text,
	                    "the document has more than 10000 keys and array "
	                    "elements; a credential document has a handful");
	assert_null(d.value[0]);
	cp_credoc_clear(&d);
	free(doc);
	/* Commas and brackets inside strings are not items. */
	doc = malloc(3 * CP_CREDOC_MAX_ITEMS + 128);
	assert_non_null(doc);
	len = put(doc, 0,
	          "{\"version\": 1, \"api_key\": \"" KEY "\", \"comment\": \"");
	for (int i = 0; i < CP_CREDOC_MAX_ITEMS; i++)
		len += put(doc, len, ",[{");
	len += put(doc, len, "\"}");
	assert_int_equal(
	        cp_credoc_parse(&d, doc, len, NULL, CP_CREDOC_NO_DEADLINE),
	        CREDPLUG_PS_FOUND);
	cp_credoc_clear(&d);
	free(doc);
}

/* The deadline has passed: nothing is parsed, the status says so. */
static void sec09_parse_deadline_passed(void **state)
{
	static const char doc[] = "{\"version\": 1, \"api_key\": \"" KEY "\"}";
	struct cp_credoc d;

	(void)state;
	assert_int_equal(cp_credoc_parse(&d, doc, strlen(doc), NULL,
	                                 cp_credoc_deadline(0)),
	                 CREDPLUG_PS_TIMED_OUT);
	assert_string_equal(d.text, "the deadline passed while parsing the "
	                            "document (52 bytes)");
	assert_null(d.value[0]);
	cp_credoc_clear(&d);
	assert_int_equal(cp_credoc_parse(&d, doc, strlen(doc), NULL,
	                                 cp_credoc_deadline(60000)),
	                 CREDPLUG_PS_FOUND);
	cp_credoc_clear(&d);
	assert_true(cp_credoc_past(cp_credoc_deadline(-5)));
	assert_false(cp_credoc_past(CP_CREDOC_NO_DEADLINE));
	assert_int_equal(cp_credoc_deadline(INT64_MAX), CP_CREDOC_NO_DEADLINE);
}

/* Slices of 64 KiB: a value, an escape and an error that straddle a slice
 * border read as in one piece; positions count from the document start. */
static void sec09_parse_across_slices(void **state)
{
	const size_t big = 200 * 1024;
	char *doc = malloc(big + 256);
	struct cp_credoc d;
	size_t n;

	(void)state;
	assert_non_null(doc);
	n = put(doc, 0, "{\"version\": 1, \"x-pad\": \"");
	while (n < 64 * 1024 - 3)
		doc[n++] = 'p';
	/* \u0041 straddles the border at 65536 */
	n += put(doc, n, "\\u0041\", \"api_key\": \"" KEY "\"}");
	assert_int_equal(
	        cp_credoc_parse(&d, doc, n, NULL, CP_CREDOC_NO_DEADLINE),
	        CREDPLUG_PS_FOUND);
	assert_string_equal(d.value[0], KEY);
	cp_credoc_clear(&d);
	/* trailing data two slices later */
	memset(doc + n, ' ', big - n);
	memcpy(doc + big, "\nx", 2);
	assert_int_equal(
	        cp_credoc_parse(&d, doc, big + 2, NULL, CP_CREDOC_NO_DEADLINE),
	        CREDPLUG_PS_INVALID);
	assert_string_equal(d.text, "trailing data after the JSON document at "
	                            "line 2, column 1");
	cp_credoc_clear(&d);
	/* cut short in the third slice */
	n = put(doc, 0, "{\"version\": 1, \"x-pad\": \"");
	while (n < 150 * 1024)
		doc[n++] = 'p';
	assert_int_equal(
	        cp_credoc_parse(&d, doc, n, NULL, CP_CREDOC_NO_DEADLINE),
	        CREDPLUG_PS_INVALID);
	assert_string_equal(d.text, "malformed JSON at line 1, column 153601: "
	                            "unexpected end of document");
	cp_credoc_clear(&d);
	free(doc);
}

/* The candidate scan stops past the literals an accepted document can
 * have (-2: the caller does not show stderr). */
static void sec09_candidates_literal_cap(void **state)
{
	struct cp_credoc_candidates c;
	char *doc = malloc(4 * CP_CREDOC_MAX_LITERALS + 16);
	size_t n = 0;

	(void)state;
	assert_non_null(doc);
	doc[n++] = '[';
	for (int i = 0; i < CP_CREDOC_MAX_LITERALS; i++)
		n += put(doc, n, "\"\",");
	assert_int_equal(cp_credoc_candidates(&c, doc, n), 0);
	cp_credoc_candidates_clear(&c);
	n += put(doc, n, "\"\"]");
	assert_int_equal(cp_credoc_candidates(&c, doc, n), -2);
	cp_credoc_candidates_clear(&c);
	free(doc);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(sec09_parse_item_cap),
        cmocka_unit_test(sec09_parse_deadline_passed),
        cmocka_unit_test(sec09_parse_across_slices),
        cmocka_unit_test(sec09_candidates_literal_cap),
};

CP_TEST_MAIN("credoc_bounds", tests, NULL, NULL)
