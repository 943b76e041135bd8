/*
 * credoc — parse the credential document of the process and http providers.
 * See credoc.h and docs/enterprise-backends.md.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "credoc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <json-c/json.h>
#include <json-c/json_pointer.h>

/* Nesting is shallow in every broker answer we know (Vault KV v2: 3). */
#define CREDOC_MAX_DEPTH 32

const char *const cp_credoc_keys[CP_CREDOC_NPOINTERS] = {
        "api_key", "app_key", "pat", "site", "expires_at"};
const char *const cp_credoc_pointer_keys[CP_CREDOC_NPOINTERS] = {
        "api_key_pointer", "app_key_pointer", "pat_pointer", "site_pointer",
        "expires_at_pointer"};

/* Error document codes (docs/enterprise-backends.md has this table). */
static const struct {
	const char *code;
	int status;
} error_codes[] = {
        {"not_found", CREDPLUG_PS_NOT_FOUND},
        {"unavailable", CREDPLUG_PS_UNAVAILABLE},
        {"timed_out", CREDPLUG_PS_TIMED_OUT},
        {"timeout", CREDPLUG_PS_TIMED_OUT},
        {"invalid", CREDPLUG_PS_INVALID},
        {"expired", CREDPLUG_PS_INVALID},
        {"denied", CREDPLUG_PS_DENIED},
        {"unauthorized", CREDPLUG_PS_DENIED},
        {"forbidden", CREDPLUG_PS_DENIED},
        {"internal", CREDPLUG_PS_ERROR},
};

__attribute__((format(printf, 3, 4))) static int
fail(struct cp_credoc *doc, int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(doc->text, sizeof(doc->text), fmt, ap);
	va_end(ap);
	doc->status = status;
	return status;
}

int cp_credoc_error_status(const char *code)
{
	for (size_t i = 0; i < sizeof(error_codes) / sizeof(error_codes[0]);
	     i++)
		if (strcmp(code, error_codes[i].code) == 0)
			return error_codes[i].status;
	return -1;
}

/* json-c frees without wiping: wipe every string in the tree first. */
static void wipe_tree(struct json_object *o, int depth)
{
	if (o == NULL || depth > CREDOC_MAX_DEPTH + 1)
		return;
	switch (json_object_get_type(o)) {
	case json_type_string:
		explicit_bzero((char *)json_object_get_string(o),
		               (size_t)json_object_get_string_len(o));
		break;
	case json_type_array:
		for (size_t i = 0; i < json_object_array_length(o); i++)
			wipe_tree(json_object_array_get_idx(o, i), depth + 1);
		break;
	case json_type_object: {
		json_object_object_foreach(o, k, v)
		{
			(void)k;
			wipe_tree(v, depth + 1);
		}
		break;
	}
	default:
		break;
	}
}

static void line_col(const char *data, size_t off, size_t *line, size_t *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < off; i++) {
		if (data[i] == '\n') {
			(*line)++;
			*col = 1;
		} else {
			(*col)++;
		}
	}
}

static int only_space(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n')
			return 0;
	return 1;
}

/* Tokenise; on failure doc->text has "line L, column C: why". */
static struct json_object *parse_json(struct cp_credoc *doc, const char *data,
                                      size_t len)
{
	struct json_tokener *tok;
	struct json_object *root;
	size_t end, line, col;

	if (len == 0 || only_space(data, len)) {
		fail(doc, CREDPLUG_PS_INVALID,
		     "empty document; expected JSON "
		     "like {\"version\": 1, \"api_key\": \"...\"}");
		return NULL;
	}
	if (len > INT32_MAX || memchr(data, '\0', len) != NULL) {
		fail(doc, CREDPLUG_PS_INVALID, "document contains a NUL byte");
		return NULL;
	}
	tok = json_tokener_new_ex(CREDOC_MAX_DEPTH);
	if (tok == NULL) {
		fail(doc, CREDPLUG_PS_ERROR,
		     "out of memory parsing the document");
		return NULL;
	}
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	root = json_tokener_parse_ex(tok, data, (int)len);
	end = json_tokener_get_parse_end(tok);
	if (root == NULL ||
	    json_tokener_get_error(tok) != json_tokener_success) {
		enum json_tokener_error e = json_tokener_get_error(tok);
		line_col(data, end, &line, &col);
		fail(doc, CREDPLUG_PS_INVALID,
		     "malformed JSON at line %zu, column "
		     "%zu: %s",
		     line, col,
		     e == json_tokener_continue ? "unexpected end of document"
		                                : json_tokener_error_desc(e));
	} else if (!only_space(data + end, len - end)) {
		line_col(data, end, &line, &col);
		fail(doc, CREDPLUG_PS_INVALID,
		     "trailing data after the JSON "
		     "document at line %zu, column %zu",
		     line, col);
	}
	/* The tokener's scratch buffer held the last string parsed. */
	if (tok->pb != NULL && tok->pb->buf != NULL)
		explicit_bzero(tok->pb->buf, (size_t)tok->pb->size);
	json_tokener_free(tok);
	if (doc->status != CREDPLUG_PS_FOUND && root != NULL) {
		wipe_tree(root, 0);
		json_object_put(root);
		root = NULL;
	}
	return root;
}

static int copy_value(struct cp_credoc *doc, size_t i, struct json_object *o)
{
	size_t n = (size_t)json_object_get_string_len(o);
	char *v = malloc(n + 1);

	if (v == NULL)
		return fail(doc, CREDPLUG_PS_ERROR, "out of memory");
	memcpy(v, json_object_get_string(o), n);
	v[n] = '\0';
	doc->value[i] = v;
	doc->len[i] = n;
	return CREDPLUG_PS_FOUND;
}

static int take_expiry(struct cp_credoc *doc, struct json_object *o,
                       const char *where)
{
	if (json_object_is_type(o, json_type_int) &&
	    json_object_get_int64(o) > 0) {
		doc->expires_at = json_object_get_int64(o);
		doc->has_expiry = 1;
		return CREDPLUG_PS_FOUND;
	}
	if (json_object_is_type(o, json_type_string) &&
	    cp_rfc3339_parse(json_object_get_string(o), &doc->expires_at) ==
	            0) {
		doc->has_expiry = 1;
		return CREDPLUG_PS_FOUND;
	}
	return fail(doc, CREDPLUG_PS_INVALID,
	            "%s is not an RFC 3339 timestamp "
	            "(e.g. \"2025-01-02T03:04:05Z\")",
	            where);
}

/* One field: string or null (absent). */
static int take_field(struct cp_credoc *doc, size_t i, struct json_object *o,
                      const char *where)
{
	if (o == NULL || json_object_is_type(o, json_type_null))
		return CREDPLUG_PS_FOUND;
	if (i == CP_CREDOC_EXPIRES)
		return take_expiry(doc, o, where);
	if (!json_object_is_type(o, json_type_string))
		return fail(doc, CREDPLUG_PS_INVALID,
		            "%s must be a string, not %s", where,
		            json_type_to_name(json_object_get_type(o)));
	return copy_value(doc, i, o);
}

/* Extension keys ("x-…") and "comment" are ignored; others are typos. */
static int ignored_key(const char *k)
{
	return strncmp(k, "x-", 2) == 0 || strcmp(k, "comment") == 0;
}

static int native_index(const char *k)
{
	for (int i = 0; i < CP_CREDOC_NPOINTERS; i++)
		if (strcmp(k, cp_credoc_keys[i]) == 0)
			return i;
	return -1;
}

static int check_version(struct cp_credoc *doc, struct json_object *root)
{
	struct json_object *v;

	if (!json_object_object_get_ex(root, "version", &v))
		return fail(doc, CREDPLUG_PS_INVALID,
		            "missing \"version\"; the "
		            "document must start {\"version\": 1, ...}");
	if (!json_object_is_type(v, json_type_int) ||
	    json_object_get_int64(v) != 1)
		return fail(doc, CREDPLUG_PS_INVALID,
		            "unsupported \"version\" "
		            "(this credplug reads version 1)");
	return CREDPLUG_PS_FOUND;
}

static int parse_error(struct cp_credoc *doc, struct json_object *err)
{
	struct json_object *code, *msg;
	const char *c;
	int st;

	if (!json_object_is_type(err, json_type_object) ||
	    !json_object_object_get_ex(err, "code", &code) ||
	    !json_object_is_type(code, json_type_string))
		return fail(doc, CREDPLUG_PS_INVALID,
		            "\"error\" must be an object "
		            "with a string \"code\" and \"message\"");
	c = json_object_get_string(code);
	cp_credoc_sanitize(doc->error_code, sizeof(doc->error_code), c,
	                   strlen(c), NULL, 0, 0);
	st = cp_credoc_error_status(c);
	if (st < 0)
		return fail(
		        doc, CREDPLUG_PS_INVALID,
		        "unknown error code \"%s\" "
		        "(known: not_found, unavailable, timed_out, invalid, "
		        "expired, denied, internal)",
		        doc->error_code);
	doc->status = st;
	doc->text[0] = '\0';
	if (json_object_object_get_ex(err, "message", &msg) &&
	    json_object_is_type(msg, json_type_string))
		cp_credoc_sanitize(doc->text, CP_CREDOC_TEXT_MAX,
		                   json_object_get_string(msg),
		                   (size_t)json_object_get_string_len(msg),
		                   NULL, 0, 0);
	return st;
}

static int parse_native(struct cp_credoc *doc, struct json_object *root)
{
	struct json_object *err = NULL;
	char key[48], where[56];
	int idx, nfields = 0;

	if (!json_object_is_type(root, json_type_object))
		return fail(doc, CREDPLUG_PS_INVALID,
		            "the document is a JSON %s, "
		            "not an object",
		            json_type_to_name(json_object_get_type(root)));
	if (check_version(doc, root) != CREDPLUG_PS_FOUND)
		return doc->status;
	json_object_object_foreach(root, k, v)
	{
		if (strcmp(k, "version") == 0 || ignored_key(k))
			continue;
		if (strcmp(k, "error") == 0) {
			err = v;
			continue;
		}
		idx = native_index(k);
		cp_credoc_sanitize(key, sizeof(key), k, strlen(k), NULL, 0, 0);
		if (idx < 0)
			return fail(doc, CREDPLUG_PS_INVALID,
			            "unknown key \"%s\" (known: "
			            "version, api_key, app_key, pat, site, "
			            "expires_at, "
			            "error, comment, x-*)",
			            key);
		snprintf(where, sizeof(where), "\"%s\"", key);
		if (take_field(doc, (size_t)idx, v, where) != CREDPLUG_PS_FOUND)
			return doc->status;
		nfields++;
	}
	if (err != NULL && nfields > 0)
		return fail(doc, CREDPLUG_PS_INVALID,
		            "an error document must not "
		            "also carry credentials");
	return err != NULL ? parse_error(doc, err) : CREDPLUG_PS_FOUND;
}

static int parse_pointers(struct cp_credoc *doc, struct json_object *root,
                          const struct cp_credoc_pointers *ptrs)
{
	char where[96];

	for (size_t i = 0; i < CP_CREDOC_NPOINTERS; i++) {
		struct json_object *o = NULL;

		if (ptrs->ptr[i] == NULL)
			continue;
		snprintf(where, sizeof(where), "the value at %.60s",
		         ptrs->ptr[i]);
		if (json_pointer_get(root, ptrs->ptr[i], &o) != 0)
			return fail(doc, CREDPLUG_PS_INVALID,
			            "JSON pointer \"%.60s\" "
			            "(%s) matches nothing in the document; "
			            "check the "
			            "pointer against the backend's answer",
			            ptrs->ptr[i], cp_credoc_pointer_keys[i]);
		if (take_field(doc, i, o, where) != CREDPLUG_PS_FOUND)
			return doc->status;
	}
	return CREDPLUG_PS_FOUND;
}

static int has_pointers(const struct cp_credoc_pointers *ptrs)
{
	if (ptrs == NULL)
		return 0;
	for (size_t i = 0; i < CP_CREDOC_NPOINTERS; i++)
		if (ptrs->ptr[i] != NULL)
			return 1;
	return 0;
}

int cp_credoc_parse(struct cp_credoc *doc, const char *data, size_t len,
                    const struct cp_credoc_pointers *ptrs)
{
	struct json_object *root;

	memset(doc, 0, sizeof(*doc));
	doc->status = CREDPLUG_PS_FOUND;
	root = parse_json(doc, data, len);
	if (root == NULL)
		return doc->status;
	if (has_pointers(ptrs))
		parse_pointers(doc, root, ptrs);
	else
		parse_native(doc, root);
	wipe_tree(root, 0);
	json_object_put(root);
	if (doc->status != CREDPLUG_PS_FOUND) {
		/* Nothing half-applied: a broken document yields no value. */
		for (size_t i = 0; i < CP_CREDOC_NVALUES; i++) {
			if (doc->value[i] != NULL)
				explicit_bzero(doc->value[i], doc->len[i]);
			free(doc->value[i]);
			doc->value[i] = NULL;
			doc->len[i] = 0;
		}
		doc->has_expiry = 0;
	}
	return doc->status;
}

void cp_credoc_clear(struct cp_credoc *doc)
{
	for (size_t i = 0; i < CP_CREDOC_NVALUES; i++) {
		if (doc->value[i] != NULL)
			explicit_bzero(doc->value[i], doc->len[i]);
		free(doc->value[i]);
	}
	explicit_bzero(doc, sizeof(*doc));
}

/* ---- RFC 3339 ------------------------------------------------------- */

static int two_digits(const char *p)
{
	return (p[0] - '0') * 10 + (p[1] - '0');
}

/* Checks the fixed shape; strptime/timegm do the calendar. */
static int rfc3339_shape(const char *s)
{
	static const char shape[] = "dddd-dd-ddTdd:dd:dd";

	for (size_t i = 0; i < sizeof(shape) - 1; i++) {
		if (shape[i] == 'd') {
			if (s[i] < '0' || s[i] > '9')
				return -1;
		} else if (shape[i] == 'T') {
			if (s[i] != 'T' && s[i] != 't' && s[i] != ' ')
				return -1;
		} else if (s[i] != shape[i]) {
			return -1;
		}
	}
	return 0;
}

/* Parses "Z" or "+hh:mm" at `p`; the offset is east of UTC, in seconds. */
static int rfc3339_offset(const char *p, int64_t *off)
{
	int sign, hh, mm;

	if ((p[0] == 'Z' || p[0] == 'z') && p[1] == '\0') {
		*off = 0;
		return 0;
	}
	if (p[0] != '+' && p[0] != '-')
		return -1;
	sign = p[0] == '+' ? 1 : -1;
	for (int i = 1; i <= 5; i++)
		if (i == 3 ? p[i] != ':' : (p[i] < '0' || p[i] > '9'))
			return -1;
	if (p[6] != '\0')
		return -1;
	hh = two_digits(p + 1);
	mm = two_digits(p + 4);
	if (hh > 23 || mm > 59)
		return -1;
	*off = sign * (int64_t)(hh * 3600 + mm * 60);
	return 0;
}

int cp_rfc3339_parse(const char *s, int64_t *out)
{
	char buf[20];
	const char *p;
	struct tm tm, want;
	int64_t off;
	int leap = 0;
	time_t t;

	if (s == NULL || strnlen(s, 20) < 20 || rfc3339_shape(s) != 0)
		return -1;
	p = s + 19;
	if (*p == '.') {
		size_t n = 0;
		for (p++; *p >= '0' && *p <= '9' && n < 18; p++, n++)
			;
		if (n == 0)
			return -1;
	}
	if (rfc3339_offset(p, &off) != 0)
		return -1;
	memcpy(buf, s, 19);
	buf[10] = 'T';
	buf[19] = '\0';
	memset(&tm, 0, sizeof(tm));
	if (strptime(buf, "%Y-%m-%dT%H:%M:%S", &tm) != buf + 19 ||
	    tm.tm_sec > 60)
		return -1;
	if (tm.tm_sec == 60) { /* a leap second reads as the next one */
		tm.tm_sec = 59;
		leap = 1;
	}
	want = tm;
	t = timegm(&tm);
	/* timegm normalises "02-31" to March: refuse such dates. */
	if (t == (time_t)-1 || tm.tm_year != want.tm_year ||
	    tm.tm_mon != want.tm_mon || tm.tm_mday != want.tm_mday ||
	    tm.tm_hour != want.tm_hour || tm.tm_min != want.tm_min)
		return -1;
	*out = (int64_t)t + leap - off;
	return 0;
}

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

/* ---- handing the result to the host --------------------------------- */

static void format_time(char *buf, size_t cap, int64_t t)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (gmtime_r(&tt, &tm) == NULL ||
	    strftime(buf, cap, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		snprintf(buf, cap, "%lld", (long long)t);
}

int cp_credoc_apply(const struct cp_credoc *doc,
                    const struct credplug_host_v1 *host,
                    struct credplug_call *call, const char *source)
{
	char loc[320], when[40];
	int64_t now = host->now_ns(call) / 1000000000;
	int found = 0, rc;

	if (doc->has_expiry && doc->expires_at <= now) {
		format_time(when, sizeof(when), doc->expires_at);
		host->set_message(call,
		                  "%s: the credentials it returned expired at "
		                  "%s; check the backend's clock and lease",
		                  source, when);
		return CREDPLUG_PS_UNAVAILABLE;
	}
	for (uint32_t i = 0; i < CP_CREDOC_NVALUES; i++) {
		if (doc->value[i] == NULL)
			continue;
		snprintf(loc, sizeof(loc), "%s (%s)", source,
		         cp_credoc_keys[i]);
		rc = host->set_field(call, i, doc->value[i], doc->len[i], loc);
		if (rc == CREDPLUG_PS_NOT_FOUND)
			continue;
		if (rc != CREDPLUG_PS_FOUND)
			return rc;
		found++;
		if (doc->has_expiry)
			host->set_expiry(call, i, doc->expires_at);
	}
	if (found == 0) {
		host->set_message(
		        call,
		        "%s: the document has no credentials "
		        "(api_key, app_key, pat, site are absent or empty)",
		        source);
		return CREDPLUG_PS_NOT_FOUND;
	}
	return CREDPLUG_PS_FOUND;
}
