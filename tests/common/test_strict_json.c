/* The strict JSON reader on its own (common/strict_json.c): each status
 * with its exact position, the column convention (UTF-8 characters,
 * 1-based), slices, the stop hook, the item bound, top-level scalars. */
#include "cp_test.h"

#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "json_wipe.h"
#include "strict_json.h"

/* Reads `text`; checks status, line, column (and releases the document). */
static void expect(const char *text, size_t len, const struct cp_json_opts *o,
                   int status, size_t line, size_t col)
{
	struct json_object *doc = (struct json_object *)1;
	struct cp_json_error e;
	int rc = cp_json_read(text, len, o, &doc, &e);

	if (rc != status || e.status != status ||
	    (rc != CP_JSON_OK && (e.line != line || e.col != col)))
		fail_msg("\"%.40s\": status %d at %zu:%zu, want %d at %zu:%zu",
		         text, rc, e.line, e.col, status, line, col);
	if (rc != CP_JSON_OK)
		assert_null(doc);
	cp_json_put_wiped(rc == CP_JSON_OK ? doc : NULL);
}

#define EXPECT(text, status, line, col)                                        \
	expect(text, strlen(text), NULL, status, line, col)

static void columns_count_utf8_characters(void **state)
{
	size_t line, col;

	(void)state;
	/* "é" is two bytes, "€" three, "𝄞" four: one column each */
	EXPECT("{\"\xc3\xa9\": x}", CP_JSON_SYNTAX, 1, 7);
	EXPECT("{\"\xe2\x82\xac\xf0\x9d\x84\x9e\": x}", CP_JSON_SYNTAX, 1, 8);
	/* a tab is one column; lines restart at column 1 after "\n" only */
	EXPECT("{\n\t\"a\": x}", CP_JSON_SYNTAX, 2, 7);
	EXPECT("{\r\n\"a\" 1}", CP_JSON_SYNTAX, 2, 5);
	cp_json_position("ab\n\xc3\xa9x", 6, 5, &line, &col);
	assert_int_equal(line, 2);
	assert_int_equal(col, 2);
	/* past the end: clamped */
	cp_json_position("ab", 2, 99, &line, &col);
	assert_int_equal(col, 3);
}

static void empty_truncated_trailing(void **state)
{
	(void)state;
	EXPECT("", CP_JSON_EMPTY, 1, 1);
	EXPECT(" \n\t", CP_JSON_EMPTY, 2, 2);
	EXPECT("{\"a\": [1,", CP_JSON_TRUNCATED, 1, 10);
	EXPECT("{\"a\": \"\xc3\xa9", CP_JSON_TRUNCATED, 1, 9);
	/* json-c itself stops at text after the value in the same slice */
	EXPECT("{} x", CP_JSON_SYNTAX, 1, 4);
	EXPECT("{\"a\":1,}", CP_JSON_SYNTAX, 1, 8);
	EXPECT("{\"a\": 'b'}", CP_JSON_SYNTAX, 1, 7);
	EXPECT("{} // c", CP_JSON_SYNTAX, 1, 4);
}

/* json-c's strict mode still takes a single-quoted key; the reader does
 * not (RFC 8259), at the quote, unless json-c stopped earlier. */
static void single_quoted_keys(void **state)
{
	(void)state;
	EXPECT("{\"a\": 1, 'b': 2}", CP_JSON_SYNTAX, 1, 10);
	EXPECT("{'a': 1}", CP_JSON_SYNTAX, 1, 2);
	EXPECT("{\n  \"\xc3\xa9\": [], 'b': 2}", CP_JSON_SYNTAX, 2, 12);
	EXPECT("{\"a\" x, 'b': 2}", CP_JSON_SYNTAX, 1, 6);
	EXPECT("{\"it's\": \"a 'quoted' \\\"word\\\"\"}", CP_JSON_OK, 0, 0);
}

static void nul_byte(void **state)
{
	(void)state;
	expect("{\"a\"\0}", 6, NULL, CP_JSON_NUL, 1, 5);
	expect("\n\xc3\xa9\0", 4, NULL, CP_JSON_NUL, 2, 2);
}

/* A top-level scalar is a whole document, also at the very end of the
 * text (json-c alone waits for more after "1" or "null"). */
static void top_level_scalars(void **state)
{
	struct json_object *doc = (struct json_object *)1;

	(void)state;
	assert_int_equal(cp_json_read("null", 4, NULL, &doc, NULL), CP_JSON_OK);
	assert_null(doc);
	assert_int_equal(cp_json_read("42", 2, NULL, &doc, NULL), CP_JSON_OK);
	assert_true(json_object_is_type(doc, json_type_int));
	assert_int_equal(json_object_get_int(doc), 42);
	cp_json_put_wiped(doc);
	assert_int_equal(cp_json_read("\"s\" ", 4, NULL, &doc, NULL),
	                 CP_JSON_OK);
	assert_string_equal(json_object_get_string(doc), "s");
	cp_json_put_wiped(doc);
	EXPECT("tru", CP_JSON_TRUNCATED, 1, 4);
	EXPECT("nul x", CP_JSON_SYNTAX, 1, 4);
}

static void utf8_validation_is_an_option(void **state)
{
	static const struct cp_json_opts utf8 = {CP_JSON_VALIDATE_UTF8, 0, NULL,
	                                         NULL};
	const char *bad = "{\"a\": \"\xff\"}";

	(void)state;
	EXPECT(bad, CP_JSON_OK, 0, 0);
	expect(bad, strlen(bad), &utf8, CP_JSON_SYNTAX, 1, 8);
}

static void item_bound(void **state)
{
	static const struct cp_json_opts two = {0, 2, NULL, NULL};
	const char *three = "{\"a\": [1, 2]}";

	(void)state;
	/* keys and elements: "a", 1, 2; commas inside strings do not count */
	expect("{\"a\": [1]}", 10, &two, CP_JSON_OK, 0, 0);
	expect("{\"a,,,,\": [1]}", 14, &two, CP_JSON_OK, 0, 0);
	expect(three, strlen(three), &two, CP_JSON_TOO_MANY, 1, 1);
	assert_int_equal(cp_json_literal_end("ab\\\"c\" x", 0, 8), 5);
	assert_int_equal(cp_json_literal_end("ab\\\\\" x", 0, 7), 4);
	assert_int_equal(cp_json_literal_end("abc", 0, 3), 3);
}

/* Big documents go to json-c in 64 KiB slices: text after a value that
 * ended in an earlier slice is still found, at its position. */
static void trailing_text_in_a_later_slice(void **state)
{
	size_t n = 70000;
	char *text = malloc(n + 1);

	(void)state;
	assert_non_null(text);
	memset(text, ' ', n);
	memcpy(text, "{}\n", 3);
	text[n - 1] = 'x';
	text[n] = '\0';
	expect(text, n, NULL, CP_JSON_TRAILING, 2, n - 3);
	text[n - 1] = '\n';
	expect(text, n, NULL, CP_JSON_OK, 0, 0);
	free(text);
}

static int calls;
static int stop_on_second(void *arg)
{
	(void)arg;
	return ++calls >= 2;
}

/* stop() is asked before each slice; a stopped read releases what it
 * built. */
static void stop_hook(void **state)
{
	static const struct cp_json_opts o = {0, 0, stop_on_second, NULL};
	size_t n = 100000;
	char *text = malloc(n);

	(void)state;
	assert_non_null(text);
	memset(text, ' ', n);
	text[0] = '[';
	text[n - 1] = ']';
	calls = 0;
	expect(text, n, &o, CP_JSON_STOPPED, 1, 65537);
	assert_int_equal(calls, 2);
	calls = 0;
	expect("[]", 2, &o, CP_JSON_OK, 0, 0);
	assert_int_equal(calls, 1);
	free(text);
}

int main(int argc, char **argv);
static const struct CMUnitTest tests[] = {
        cmocka_unit_test(columns_count_utf8_characters),
        cmocka_unit_test(empty_truncated_trailing),
        cmocka_unit_test(single_quoted_keys),
        cmocka_unit_test(nul_byte),
        cmocka_unit_test(top_level_scalars),
        cmocka_unit_test(utf8_validation_is_an_option),
        cmocka_unit_test(item_bound),
        cmocka_unit_test(trailing_text_in_a_later_slice),
        cmocka_unit_test(stop_hook),
};
CP_TEST_MAIN("common_json", tests, NULL, NULL)
