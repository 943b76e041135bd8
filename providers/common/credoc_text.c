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

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- redaction of backend text -------------------------------------- */

static int token_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '+' ||
	       c == '=';
}

/* A run that looks like a key or token: long, letters and several digits
 * (identifiers such as "credplug_provider_entry_v1" survive). */
static int secret_like(const char *p, size_t n)
{
	size_t digits = 0, alpha = 0;

	if (n < 20)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		digits += c >= '0' && c <= '9';
		alpha += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}
	return digits >= 4 && alpha >= 2;
}

static size_t match_secret(const char *p, size_t n, const char *const *sec,
                           size_t nsec)
{
	for (size_t i = 0; i < nsec; i++) {
		size_t l = sec[i] != NULL ? strlen(sec[i]) : 0;
		if (l >= 4 && l <= n && memcmp(p, sec[i], l) == 0)
			return l;
	}
	return 0;
}

/* Pass 1: every occurrence of a known secret becomes "****". */
static size_t mask_secrets(char *tmp, size_t cap, const char *in, size_t n,
                           const char *const *sec, size_t nsec)
{
	size_t o = 0, i = 0, m;

	while (i < n && o + 5 < cap) {
		if ((m = match_secret(in + i, n - i, sec, nsec)) > 0) {
			memcpy(tmp + o, "****", 4);
			o += 4;
			i += m;
		} else {
			tmp[o++] = in[i++];
		}
	}
	return o;
}

/* Pass 2: token-like runs masked, control characters to one space,
 * non-ASCII bytes to '?'.  Returns the length written to tmp. */
static size_t clean(char *tmp, size_t cap, const char *in, size_t n)
{
	size_t o = 0, i = 0, m;

	while (i < n && o + 5 < cap) {
		unsigned char c = (unsigned char)in[i];
		if (token_char(c)) {
			for (m = i; m < n && token_char((unsigned char)in[m]);
			     m++)
				;
			if (secret_like(in + i, m - i)) {
				memcpy(tmp + o, "****", 4);
				o += 4;
			} else {
				for (; i < m && o + 1 < cap; i++)
					tmp[o++] = in[i];
			}
			i = m;
		} else {
			char r = c < 0x20 || c == 0x7f ? ' '
			         : c >= 0x80           ? '?'
			                               : (char)c;
			if (!(r == ' ' && (o == 0 || tmp[o - 1] == ' ')))
				tmp[o++] = r;
			i++;
		}
	}
	while (o > 0 && tmp[o - 1] == ' ')
		o--;
	return o;
}

void cp_credoc_sanitize(char *out, size_t cap, const char *in, size_t len,
                        const char *const *secrets, size_t nsecrets,
                        int keep_tail)
{
	char masked[4 * CP_CREDOC_TEXT_MAX + 8], tmp[sizeof(masked)];
	size_t start = 0, n;

	if (cap == 0)
		return;
	out[0] = '\0';
	if (cap > CP_CREDOC_TEXT_MAX + 1)
		cap = CP_CREDOC_TEXT_MAX + 1;
	if (in == NULL)
		return;
	if (keep_tail && len > sizeof(tmp) / 2) {
		/* Start at a word boundary: never show the end of a token. */
		start = len - sizeof(tmp) / 2;
		while (start < len && token_char((unsigned char)in[start]))
			start++;
	}
	n = mask_secrets(masked, sizeof(masked), in + start, len - start,
	                 secrets, nsecrets);
	n = clean(tmp, sizeof(tmp), masked, n);
	if (n + 1 <= cap) {
		memcpy(out, tmp, n);
		out[n] = '\0';
	} else if (keep_tail) {
		snprintf(out, cap, "...%.*s", (int)(cap - 4),
		         tmp + n - (cap - 4));
	} else {
		snprintf(out, cap, "%.*s...", (int)(cap - 4), tmp);
	}
	explicit_bzero(masked, sizeof(masked));
	explicit_bzero(tmp, sizeof(tmp));
}

/* ---- candidate secrets of a (possibly rejected) document ------------ */

#define CAND_MIN_LEN 4
#define CAND_MAX_LEN 4096

/* Index of the quote closing the literal whose text starts at `i`, or
 * `n` when it is unterminated. */
static size_t literal_end(const char *d, size_t i, size_t n)
{
	while (i < n && d[i] != '"')
		i += d[i] == '\\' ? 2 : 1;
	return i < n ? i : n;
}

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
	for (size_t i = 0; i < CP_CREDOC_NVALUES - 1; i++) /* not "site" */
		if (strlen(cp_credoc_keys[i]) == n &&
		    memcmp(k, cp_credoc_keys[i], n) == 0)
			return 1;
	return 0;
}

/* One pass over the literals: a literal followed by ':' is a key. */
static int scan_literals(struct cp_credoc_candidates *c, const char *d,
                         size_t n, int credentials_only)
{
	const char *key = NULL;
	size_t keylen = 0;

	for (size_t i = 0; i < n; i++) {
		size_t s, e, j;

		if (d[i] != '"')
			continue;
		s = i + 1;
		e = literal_end(d, s, n);
		for (j = e + 1; j < n && (d[j] == ' ' || d[j] == '\t' ||
		                          d[j] == '\r' || d[j] == '\n');
		     j++)
			;
		if (j < n && d[j] == ':') {
			key = d + s;
			keylen = e - s;
		} else if (!credentials_only ||
		           (key != NULL && credential_key(key, keylen))) {
			if (add_literal(c, d + s, e - s) != 0)
				return -1;
		}
		i = e;
	}
	return 0;
}

int cp_credoc_candidates(struct cp_credoc_candidates *c, const char *data,
                         size_t len)
{
	memset(c, 0, sizeof(*c));
	if (data == NULL)
		return 0;
	if (scan_literals(c, data, len, 1) != 0 ||
	    scan_literals(c, data, len, 0) != 0)
		return -1;
	return 0;
}

void cp_credoc_candidates_clear(struct cp_credoc_candidates *c)
{
	for (size_t i = 0; i < c->n; i++) {
		explicit_bzero(c->s[i], strlen(c->s[i]));
		free(c->s[i]);
	}
	explicit_bzero(c, sizeof(*c));
}
