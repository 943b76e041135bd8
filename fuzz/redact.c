/*
 * libFuzzer target for the two filters that keep secrets out of messages
 * (issue 10, #3 and #6): the core's scrubber (cp_scrub_all, core/validate.c)
 * and the redaction of backend text (cp_credoc_sanitize,
 * providers/common/credoc_text.c).  It asserts invariants, not only that
 * they run; a scrub that does not end is a libFuzzer timeout.
 *
 * Input: byte 0 = flags (bit 0 tail, bit 1 cut head) and the output cap
 * (bits 2..7); byte 1 = number of secrets (0..4); then each secret as a
 * length byte and its bytes; the rest is the text.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "credoc.h"
#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define NSEC 4

struct input {
	char sec[NSEC][256]; /* NUL-terminated (cut at a NUL byte) */
	size_t nsec;
	const char *text;
	size_t len;
	unsigned flags;
	size_t cap;
};

static bool decode(struct input *in, const uint8_t *d, size_t n)
{
	size_t i = 2;

	if (n < 2)
		return false;
	in->flags = d[0] & 3u;
	in->cap = (size_t)(d[0] >> 2) * 5; /* 0 .. 315, past the 241 cap */
	in->nsec = d[1] % (NSEC + 1);
	for (size_t k = 0; k < in->nsec; k++) {
		size_t l = i < n ? d[i++] : 0;

		l = l < n - i ? l : n - i;
		memcpy(in->sec[k], d + i, l);
		in->sec[k][l] = '\0';
		i += l;
	}
	in->text = (const char *)d + i;
	in->len = n - i;
	return true;
}

static void fail(const char *what)
{
	(void)what; /* visible in the debugger and the crash's stack */
	abort();
}

/* The reference scrubber: mark every byte any occurrence covers, then
 * each maximal marked stretch becomes "****". */
static void reference_scrub(char *out, const char *t,
                            const struct cp_secret_ref *s, size_t ns)
{
	size_t n = strlen(t), o = 0;
	bool cov[CP_MSG_MAX] = {false};

	for (size_t k = 0; k < ns; k++)
		for (size_t i = 0; s[k].len >= 4 && i + s[k].len <= n; i++)
			if (memcmp(t + i, s[k].v, s[k].len) == 0)
				memset(cov + i, 1, s[k].len);
	for (size_t i = 0; i < n; i++) {
		if (!cov[i]) {
			out[o++] = t[i];
		} else if (i == 0 || !cov[i - 1]) {
			memcpy(out + o, "****", 4);
			o += 4;
		}
	}
	out[o] = '\0';
}

static void check_scrub(const struct input *in)
{
	char text[CP_MSG_MAX], want[CP_MSG_MAX];
	struct cp_secret_ref refs[NSEC];
	size_t n = strnlen(in->text, in->len);

	n = n < sizeof(text) - 1 ? n : sizeof(text) - 1;
	memcpy(text, in->text, n);
	text[n] = '\0';
	for (size_t k = 0; k < in->nsec; k++)
		refs[k] =
		        (struct cp_secret_ref){in->sec[k], strlen(in->sec[k])};
	reference_scrub(want, text, refs, in->nsec);
	cp_scrub_all(text, refs, in->nsec);
	if (strlen(text) > n)
		fail("scrub grew the text");
	if (strcmp(text, want) != 0)
		fail("scrub differs from the reference");
	for (size_t k = 0; k < in->nsec; k++)
		if (refs[k].len >= 4 && strchr(in->sec[k], '*') == NULL &&
		    strstr(text, in->sec[k]) != NULL)
			fail("a value survived the scrub");
}

static bool token_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '+' ||
	       c == '=';
}

/* No run of token characters in `s` has the shape of a key. */
static bool no_key_shape(const char *s)
{
	size_t run = 0, digits = 0, alpha = 0;

	for (;; s++) {
		unsigned char c = (unsigned char)*s;

		if (token_char(c)) {
			run++;
			digits += c >= '0' && c <= '9';
			alpha += (c >= 'a' && c <= 'z') ||
			         (c >= 'A' && c <= 'Z');
			continue;
		}
		if (run >= 20 && digits >= 4 && alpha >= 2)
			return false;
		if (c == '\0')
			return true;
		run = digits = alpha = 0;
	}
}

/* Some occurrence of s[0, n) in the input is a whole token run. */
static bool whole_in(const char *s, size_t n, const char *in, size_t len)
{
	for (size_t p = 0; p + n <= len; p++)
		if (memcmp(in + p, s, n) == 0 &&
		    (p == 0 || !token_char((unsigned char)in[p - 1])) &&
		    (p + n == len || !token_char((unsigned char)in[p + n])))
			return true;
	return false;
}

/* Every token run of the output that neither a mask nor a cut marker
 * touches is a whole run of the input: the filter never shows a piece of
 * a run it judged in part (a key cut before masking left its first 19
 * characters). */
static bool runs_whole(const char *out, const char *in, size_t len)
{
	for (size_t i = 0, j; out[i] != '\0'; i = j) {
		for (j = i; token_char((unsigned char)out[j]); j++)
			;
		if (j == i) {
			j++;
			continue;
		}
		if ((i > 0 && strchr("*.", out[i - 1]) != NULL) ||
		    (out[j] != '\0' && strchr("*.", out[j]) != NULL))
			continue;
		if (!whole_in(out + i, j - i, in, len))
			return false;
	}
	return true;
}

/* Characters the filter never writes on its own (it writes ' ', '?', '*'
 * and "..."): a secret made of these can only show through a copy. */
static bool plain(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s <= ' ' || (unsigned char)*s >= 0x7f ||
		    strchr("?*.", *s) != NULL)
			return false;
	return true;
}

static void check_sanitize(const struct input *in)
{
	char out[320];
	const char *sec[NSEC];
	size_t max = in->cap < CP_CREDOC_TEXT_MAX + 1 ? in->cap
	                                              : CP_CREDOC_TEXT_MAX + 1;

	for (size_t k = 0; k < in->nsec; k++)
		sec[k] = in->sec[k];
	memset(out, 'Z', sizeof(out));
	cp_credoc_sanitize(out, in->cap, in->text, in->len, sec, in->nsec,
	                   in->flags);
	if (in->cap == 0)
		return;
	if (memchr(out, '\0', max) == NULL)
		fail("output not NUL-terminated within the cap");
	if (!no_key_shape(out))
		fail("a key-shaped run survived");
	if (!runs_whole(out, in->text, in->len))
		fail("a piece of a token run survived");
	for (size_t k = 0; k < in->nsec; k++)
		if (strlen(sec[k]) >= 4 && plain(sec[k]) &&
		    strstr(out, sec[k]) != NULL)
			fail("a known secret survived");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct input in;

	if (!decode(&in, data, size))
		return 0;
	check_scrub(&in);
	check_sanitize(&in);
	return 0;
}
