/*
 * Security finding 6 (issue 10): the redaction filter of backend text
 * (cp_credoc_sanitize, providers/common/credoc_text.c) cut its input at
 * about 963 bytes before it looked for key-shaped runs, so a key
 * straddling the cut survived as a run of up to 19 characters.  Now the
 * whole input is masked first and only the cleaned text is cut.
 *
 * A pure function: called directly, linked from source.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "credoc.h"
#include "cp_test.h"

/* 32 characters, key-shaped (letters and 4+ digits). */
#define KEY32 "Zq7Xw3Vb9Nm1Lk5Jh8Gf2Dd6Ss4Aa0Pp"
/* A known secret the shape rule does not catch (no digits, '.' and '/'). */
#define PASSWORD "horse.battery/staple.correct-pw"
/* Longer than any cut the old filter made. */
#define SPAN 1400

/* No 4-character piece of `key` may be in `out`. */
static void assert_no_piece(const char *out, const char *key, size_t at)
{
	char piece[5];

	for (size_t i = 0; i + 4 <= strlen(key); i++) {
		memcpy(piece, key + i, 4);
		piece[4] = '\0';
		if (strstr(out, piece) != NULL)
			fail_msg("key at offset %zu: \"%s\" of it survives in "
			         "\"%s\"",
			         at, piece, out);
	}
}

/* "x:" + `k` line breaks + `key` + " tail": the line breaks collapse to
 * one space, so whatever the offset the key lands in the shown text. */
static char *build(size_t k, const char *key, size_t *len)
{
	size_t kl = strlen(key);
	char *in = malloc(2 + k + kl + 5 + 1);

	assert_non_null(in);
	memcpy(in, "x:", 2);
	memset(in + 2, '\n', k);
	memcpy(in + 2 + k, key, kl);
	memcpy(in + 2 + k + kl, " tail", 6);
	*len = 2 + k + kl + 5;
	return in;
}

/* First no piece of the key at any offset, then the exact text. */
static void sweep(const char *key, const char *const *secrets, size_t nsec,
                  unsigned flags)
{
	char out[SPAN][CP_CREDOC_TEXT_MAX + 1];
	size_t len;

	for (size_t k = 0; k < SPAN; k++) {
		char *in = build(k, key, &len);

		cp_credoc_sanitize(out[k], sizeof(out[k]), in, len, secrets,
		                   nsec, flags);
		free(in);
		assert_no_piece(out[k], key, 2 + k);
	}
	for (size_t k = 0; k < SPAN; k++)
		if (strcmp(out[k], k == 0 ? "x:**** tail" : "x: **** tail") !=
		    0)
			fail_msg("key at offset %zu: got \"%s\"", 2 + k,
			         out[k]);
}

/* The finding: a key-shaped run at every offset across the old cut. */
static void sec06_sanitize_key_across_cut(void **state)
{
	(void)state;
	sweep(KEY32, NULL, 0, 0);
	sweep(KEY32, NULL, 0, CP_CREDOC_TAIL);
}

/* The same for a known secret (a value of the document, the broker
 * token) that only exact matching hides. */
static void sec06_sanitize_secret_across_cut(void **state)
{
	const char *sec[] = {"unrelated-value", PASSWORD};

	(void)state;
	sweep(PASSWORD, sec, 2, 0);
	sweep(PASSWORD, sec, 2, CP_CREDOC_TAIL);
}

/* Long text is cut after masking: the head ends in "...", exactly at the
 * cap, and a key just past the shown part leaves no piece behind. */
static void sec06_sanitize_cut_after_masking(void **state)
{
	char in[4096], out[CP_CREDOC_TEXT_MAX + 1],
	        want[CP_CREDOC_TEXT_MAX + 1];
	size_t n = 0;

	(void)state;
	for (int i = 0; i < 60; i++)
		n += (size_t)snprintf(in + n, sizeof(in) - n, "%s ", KEY32);
	cp_credoc_sanitize(out, sizeof(out), in, n, NULL, 0, 0);
	/* 48 masks of "**** " (240 bytes) shown as 237 + "..." */
	memset(want, 0, sizeof(want));
	for (size_t i = 0; i < 237; i++)
		want[i] = i % 5 == 4 ? ' ' : '*';
	memcpy(want + 237, "...", 4);
	assert_string_equal(out, want);
	cp_credoc_sanitize(out, sizeof(out), in, n, NULL, 0, CP_CREDOC_TAIL);
	memcpy(want, "...", 3);
	for (size_t i = 0; i < 237; i++)
		want[3 + i] = (i + 2) % 5 == 4 ? ' ' : '*';
	want[240] = '\0';
	assert_string_equal(out, want);
	assert_int_equal(strlen(out), CP_CREDOC_TEXT_MAX);
	/* A small cap: the cut falls inside the shown words, never a key. */
	cp_credoc_sanitize(out, 12, "abc def " KEY32 " ghi", 44, NULL, 0, 0);
	assert_string_equal(out, "abc def ...");
}

/* The tail of a stderr that was longer than what was kept starts inside
 * a word: that partial word (maybe the end of a key) is dropped. */
static void sec06_sanitize_cut_head(void **state)
{
	char out[CP_CREDOC_TEXT_MAX + 1];
	const char *in = "Jh8Gf2Dd6Ss4Aa0Pp rest of the line\nnext";

	(void)state;
	cp_credoc_sanitize(out, sizeof(out), in, strlen(in), NULL, 0,
	                   CP_CREDOC_TAIL | CP_CREDOC_CUT_HEAD);
	assert_string_equal(out, "rest of the line next");
	cp_credoc_sanitize(out, sizeof(out), in, strlen(in), NULL, 0,
	                   CP_CREDOC_TAIL);
	assert_string_equal(out, "Jh8Gf2Dd6Ss4Aa0Pp rest of the line next");
	cp_credoc_sanitize(out, sizeof(out), "word.with/no-break", 18, NULL, 0,
	                   CP_CREDOC_TAIL | CP_CREDOC_CUT_HEAD);
	assert_string_equal(out, "");
}

/* Overlapping known secrets join, as in the core's scrubber. */
static void sec06_sanitize_overlapping_secrets(void **state)
{
	const char *sec[] = {"abcd.1", "d.1xyz", "****"};
	char out[64];

	(void)state;
	cp_credoc_sanitize(out, sizeof(out), "--abcd.1xyz-- ****", 18, sec, 3,
	                   0);
	assert_string_equal(out, "--****-- ****");
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(sec06_sanitize_key_across_cut),
        cmocka_unit_test(sec06_sanitize_secret_across_cut),
        cmocka_unit_test(sec06_sanitize_cut_after_masking),
        cmocka_unit_test(sec06_sanitize_cut_head),
        cmocka_unit_test(sec06_sanitize_overlapping_secrets),
};

CP_TEST_MAIN("credoc_redact", tests, NULL, NULL)
