/*
 * credoc — keeping secrets out of backend text: redaction of stderr and
 * error bodies, and the candidate values of a document that was rejected.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "credoc.h"
#include "strict_json.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- redaction of backend text -------------------------------------- */

/* One pass over the whole input: known secrets and key-shaped runs are
 * masked first and the cleaned text is cut afterwards, so the cut never
 * falls inside a run that was judged in part (a key straddling a cut made
 * before masking used to survive as its first 19 characters). */
struct redact {
	const char *in;
	size_t n;
	const char *const *sec;
	size_t nsec;
	char *buf;    /* cleaned text: its head, or a sliding window (tail) */
	size_t room;  /* bytes buf holds */
	size_t keep;  /* bytes a window slide keeps (tail) */
	size_t len;   /* bytes in buf */
	size_t total; /* bytes of cleaned text produced */
	int tail;
	char prev; /* last byte produced, '\0' before the first */
};

static int token_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '+' ||
	       c == '=';
}

/* Length of the longest known secret (4+ bytes) starting at in[i]. */
static size_t secret_at(const struct redact *r, size_t i)
{
	size_t best = 0;

	for (size_t k = 0; k < r->nsec; k++) {
		const char *s = r->sec[k];
		size_t l = 0;

		if (s == NULL)
			continue;
		while (s[l] != '\0' && i + l < r->n && s[l] == r->in[i + l])
			l++;
		if (s[l] == '\0' && l >= 4 && l > best)
			best = l;
	}
	return best;
}

/* End of the stretch covered by known secrets from in[i] (i: none);
 * overlapping and adjacent occurrences join, as in the core's scrubber. */
static size_t cover_end(const struct redact *r, size_t i)
{
	size_t end = i;

	for (size_t j = i; j < r->n && j <= end; j++) {
		size_t m = secret_at(r, j);

		if (m > 0 && j + m > end)
			end = j + m;
		if (end == i)
			break;
	}
	return end;
}

/* End of the token run at in[i], which stops where a known secret starts.
 * *like: the run has the shape of a key or token (20+ characters, 4+
 * digits, 2+ letters; identifiers such as "credplug_provider_entry_v1"
 * survive). */
static size_t run_end(const struct redact *r, size_t i, int *like)
{
	size_t digits = 0, alpha = 0, j;

	for (j = i; j < r->n && token_char((unsigned char)r->in[j]); j++) {
		unsigned char c = (unsigned char)r->in[j];

		if (j > i && secret_at(r, j) > 0)
			break;
		digits += c >= '0' && c <= '9';
		alpha += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}
	*like = j - i >= 20 && digits >= 4 && alpha >= 2;
	return j;
}

/* Append one byte of cleaned text; 1 when the head is full (stop). */
static int put(struct redact *r, char c)
{
	if (r->len == r->room) {
		if (!r->tail)
			return 1;
		memmove(r->buf, r->buf + r->len - r->keep, r->keep);
		r->len = r->keep;
	}
	r->buf[r->len++] = c;
	r->total++;
	r->prev = c;
	return 0;
}

static int put_mask(struct redact *r)
{
	for (int k = 0; k < 4; k++)
		if (put(r, '*'))
			return 1;
	return 0;
}

/* Control characters become one space, non-ASCII bytes '?'. */
static int put_plain(struct redact *r, unsigned char c)
{
	char o = c < 0x20 || c == 0x7f ? ' ' : c >= 0x80 ? '?' : (char)c;

	if (o == ' ' && (r->prev == '\0' || r->prev == ' '))
		return 0;
	return put(r, o);
}

static void clean_from(struct redact *r, size_t i)
{
	while (i < r->n) {
		size_t e = cover_end(r, i);
		int like;

		if (e > i) {
			if (put_mask(r))
				return;
			i = e;
		} else if (token_char((unsigned char)r->in[i])) {
			e = run_end(r, i, &like);
			if (like && put_mask(r))
				return;
			for (; !like && i < e; i++)
				if (put(r, r->in[i]))
					return;
			i = e;
		} else if (put_plain(r, (unsigned char)r->in[i++])) {
			return;
		}
	}
}

/* The cleaned text, cut to `max` bytes with "..." where it was cut. */
static void emit(const struct redact *r, char *out, size_t max)
{
	size_t len = r->len, total = r->total, dots, n;

	while (len > 0 && r->buf[len - 1] == ' ') {
		len--;
		total--;
	}
	if (total <= max) {
		memcpy(out, r->buf, len);
		out[len] = '\0';
		return;
	}
	dots = max < 3 ? max : 3;
	n = max - dots;
	if (r->tail) {
		memcpy(out, "...", dots);
		memcpy(out + dots, r->buf + len - n, n);
	} else {
		memcpy(out, r->buf, n);
		memcpy(out + n, "...", dots);
	}
	out[max] = '\0';
}

void cp_credoc_sanitize(char *out, size_t cap, const char *in, size_t len,
                        const char *const *secrets, size_t nsecrets,
                        unsigned flags)
{
	char buf[2 * (CP_CREDOC_TEXT_MAX + 2)];
	struct redact r = {.in = in,
	                   .n = len,
	                   .sec = secrets,
	                   .nsec = nsecrets,
	                   .buf = buf,
	                   .tail = (flags & CP_CREDOC_TAIL) != 0};
	size_t i = 0;

	if (cap == 0)
		return;
	out[0] = '\0';
	if (cap > CP_CREDOC_TEXT_MAX + 1)
		cap = CP_CREDOC_TEXT_MAX + 1;
	if (in == NULL)
		return;
	/* The head: one byte more than fits, and one for a trailing space;
	 * the tail: a window that slides by half. */
	r.keep = cap + 1;
	r.room = r.tail ? 2 * r.keep : r.keep;
	/* `in` starts inside a longer text: drop the partial first word. */
	if (flags & CP_CREDOC_CUT_HEAD)
		while (i < len && (unsigned char)in[i] > ' ' && in[i] != 0x7f)
			i++;
	clean_from(&r, i);
	emit(&r, out, cap - 1);
	explicit_bzero(buf, sizeof(buf));
	explicit_bzero(&r, sizeof(r));
}

int cp_credoc_key_shaped(const char *in, size_t len)
{
	struct redact r = {.in = in, .n = len};
	size_t i = 0;
	int like;

	while (in != NULL && i < len) {
		if (!token_char((unsigned char)in[i])) {
			i++;
			continue;
		}
		i = run_end(&r, i, &like);
		if (like)
			return 1;
	}
	return 0;
}

/* ---- candidate secrets of a (possibly rejected) document ------------ */

#define CAND_MIN_LEN 4
#define CAND_MAX_LEN CREDPLUG_VALUE_MAX

static int hex4(const char *p, unsigned *out)
{
	*out = 0;
	for (int k = 0; k < 4; k++) {
		char c = p[k];
		int v = c >= '0' && c <= '9'   ? c - '0'
		        : c >= 'a' && c <= 'f' ? c - 'a' + 10
		        : c >= 'A' && c <= 'F' ? c - 'A' + 10
		                               : -1;
		if (v < 0)
			return -1;
		*out = *out * 16 + (unsigned)v;
	}
	return 0;
}

/* UTF-8 of a \uXXXX escape at d[i] ('u'); 0 when left as written
 * (surrogates, bad hex).  `out` has room for 3 bytes. */
static size_t utf8_escape(char *out, const char *d, size_t i, size_t n)
{
	unsigned cp;

	if (i + 4 >= n || hex4(d + i + 1, &cp) != 0 ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	out[0] = (char)(0xe0 | (cp >> 12));
	out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[2] = (char)(0x80 | (cp & 0x3f));
	return 3;
}

/* Decodes the JSON escapes of d[0..n) into `out` (n + 1 bytes: decoding
 * never lengthens).  Unknown escapes keep the escaped character. */
static void unescape(char *out, const char *d, size_t n)
{
	static const char map[] = "b\bf\fn\nr\rt\t";
	size_t o = 0, k;
	const char *m;

	for (size_t i = 0; i < n; i++) {
		if (d[i] != '\\' || i + 1 >= n) {
			out[o++] = d[i];
			continue;
		}
		i++;
		if (d[i] == 'u' && (k = utf8_escape(out + o, d, i, n)) > 0) {
			o += k;
			i += 4;
		} else if (d[i] != '\0' && (m = strchr(map, d[i])) != NULL &&
		           (m - map) % 2 == 0) {
			out[o++] = m[1];
		} else {
			out[o++] = d[i];
		}
	}
	out[o] = '\0';
}

static int have_candidate(const struct cp_credoc_candidates *c, const char *v)
{
	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->s[i], v) == 0)
			return 1;
	return 0;
}

/* Keeps `v` (malloc'd) unless short, known or over the cap; wipes it then. */
static void keep_candidate(struct cp_credoc_candidates *c, char *v)
{
	if (strlen(v) >= CAND_MIN_LEN && c->n < CP_CREDOC_MAX_CANDIDATES &&
	    !have_candidate(c, v)) {
		c->s[c->n++] = v;
		return;
	}
	explicit_bzero(v, strlen(v));
	free(v);
}

/* The literal's text d[0..n): decoded, and as written when it differs. */
static int add_literal(struct cp_credoc_candidates *c, const char *d, size_t n)
{
	char *dec, *raw;

	if (n < CAND_MIN_LEN || n > CAND_MAX_LEN)
		return 0;
	if ((dec = malloc(n + 1)) == NULL)
		return -1;
	unescape(dec, d, n);
	keep_candidate(c, dec);
	if (memchr(d, '\\', n) == NULL)
		return 0;
	if ((raw = strndup(d, n)) == NULL)
		return -1;
	keep_candidate(c, raw);
	return 0;
}

static int credential_key(const char *k, size_t n)
{
	for (size_t i = 0; i < CP_CREDOC_NVALUES; i++)
		if (cp_fields[i].secret && strlen(cp_credoc_keys[i]) == n &&
		    memcmp(k, cp_credoc_keys[i], n) == 0)
			return 1;
	return 0;
}

/* The next literal at or after d[i]: its text is d[*s, *e); 0 when none.
 * *is_key: a ':' follows it. */
static int next_literal(const char *d, size_t i, size_t n, size_t *s, size_t *e,
                        int *is_key)
{
	const char *q = i < n ? memchr(d + i, '"', n - i) : NULL;
	size_t j;

	if (q == NULL)
		return 0;
	*s = (size_t)(q - d) + 1;
	*e = cp_json_literal_end(d, *s, n);
	for (j = *e + 1; j < n && (d[j] == ' ' || d[j] == '\t' ||
	                           d[j] == '\r' || d[j] == '\n');
	     j++)
		;
	*is_key = j < n && d[j] == ':';
	return 1;
}

/* One pass over the literals: a literal followed by ':' is a key.  Stops
 * once full (nothing more would be kept).  Returns 0, -1 (out of memory)
 * or -2 (more literals than a document cp_credoc_parse() accepts). */
static int scan_literals(struct cp_credoc_candidates *c, const char *d,
                         size_t n, int credentials_only)
{
	const char *key = NULL;
	size_t keylen = 0, s, e, seen = 0;
	int is_key;

	for (size_t i = 0; c->n < CP_CREDOC_MAX_CANDIDATES &&
	                   next_literal(d, i, n, &s, &e, &is_key);
	     i = e + 1) {
		if (++seen > CP_CREDOC_MAX_LITERALS)
			return -2;
		if (is_key) {
			key = d + s;
			keylen = e - s;
		} else if (!credentials_only ||
		           (key != NULL && credential_key(key, keylen))) {
			if (add_literal(c, d + s, e - s) != 0)
				return -1;
		}
	}
	return 0;
}

int cp_credoc_candidates(struct cp_credoc_candidates *c, const char *data,
                         size_t len)
{
	int rc;

	memset(c, 0, sizeof(*c));
	if (data == NULL)
		return 0;
	rc = scan_literals(c, data, len, 1);
	return rc != 0 ? rc : scan_literals(c, data, len, 0);
}

void cp_credoc_candidates_clear(struct cp_credoc_candidates *c)
{
	for (size_t i = 0; i < c->n; i++) {
		explicit_bzero(c->s[i], strlen(c->s[i]));
		free(c->s[i]);
	}
	explicit_bzero(c, sizeof(*c));
}
