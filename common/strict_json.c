/*
 * The strict JSON reader (strict_json.h): json-c in strict mode, fed in
 * slices, with positions in UTF-8 characters.
 *
 * SPDX-License-Identifier: MIT
 */
#include "strict_json.h"

#include <string.h>

#include <json-c/json.h>

#include "json_wipe.h"

/* Bytes the tokener gets between two calls of stop(). */
#define SLICE (64 * 1024)

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static size_t skip_space(const char *d, size_t i, size_t n)
{
	while (i < n && is_space(d[i]))
		i++;
	return i;
}

void cp_json_position(const char *data, size_t len, size_t off, size_t *line,
                      size_t *col)
{
	*line = 1;
	*col = 1;
	if (off > len)
		off = len;
	for (size_t i = 0; i < off; i++) {
		unsigned char c = (unsigned char)data[i];

		if (c == '\n') {
			(*line)++;
			*col = 1;
		} else if ((c & 0xC0) != 0x80) {
			(*col)++;
		}
	}
}

size_t cp_json_literal_end(const char *d, size_t i, size_t n)
{
	while (i < n) {
		const char *q = memchr(d + i, '"', n - i);
		size_t e, k;

		if (q == NULL)
			return n;
		e = (size_t)(q - d);
		/* escaped when an odd run of backslashes precedes it */
		for (k = e; k > i && d[k - 1] == '\\'; k--)
			;
		if ((e - k) % 2 == 0)
			return e;
		i = e + 1;
	}
	return n;
}

/* Keys and array elements, counted lexically: a comma outside strings,
 * plus one for each non-empty object or array.  Stops once over `max`.
 * Bounds the tree json-c would build (a few hundred bytes per node). */
static size_t count_items(const char *d, size_t n, size_t max)
{
	size_t items = 0, j;

	for (size_t i = 0; i < n && items <= max; i++) {
		if (d[i] == '"') {
			i = cp_json_literal_end(d, i + 1, n);
		} else if (d[i] == ',') {
			items++;
		} else if (d[i] == '{' || d[i] == '[') {
			j = skip_space(d, i + 1, n);
			items += j < n && d[j] != '}' && d[j] != ']';
		}
	}
	return items;
}

/* Offset of the first single quote outside a string, or `n`.  json-c's
 * strict mode still takes a single-quoted key ({'a': 1}); RFC 8259 does
 * not.  memchr finds none in most documents at once. */
static size_t single_quote(const char *d, size_t n)
{
	if (memchr(d, '\'', n) == NULL)
		return n;
	for (size_t i = 0; i < n; i++) {
		if (d[i] == '"')
			i = cp_json_literal_end(d, i + 1, n);
		else if (d[i] == '\'')
			return i;
	}
	return n;
}

static int set_error(struct cp_json_error *e, int status, const char *data,
                     size_t len, size_t off, const char *why)
{
	e->status = status;
	e->offset = off;
	e->why = why;
	cp_json_position(data, len, off, &e->line, &e->col);
	return status;
}

/* Cheap checks before json-c sees the text. */
static int precheck(const char *data, size_t len, const struct cp_json_opts *o,
                    struct cp_json_error *e)
{
	const char *nul;

	if (skip_space(data, 0, len) == len)
		return set_error(e, CP_JSON_EMPTY, data, len, len,
		                 "empty document");
	nul = memchr(data, '\0', len);
	if (nul != NULL)
		return set_error(e, CP_JSON_NUL, data, len,
		                 (size_t)(nul - data), "NUL byte");
	if (o->max_items > 0 &&
	    count_items(data, len, o->max_items) > o->max_items)
		return set_error(e, CP_JSON_TOO_MANY, data, len, 0,
		                 "too many keys and array elements");
	return CP_JSON_OK;
}

/* Feeds the slices, then a NUL (json-c's end of input: it completes a
 * top-level scalar).  *end: offset just past the value or of the error. */
static struct json_object *feed(struct json_tokener *tok, const char *data,
                                size_t len, const struct cp_json_opts *o,
                                size_t *end, int *stopped)
{
	struct json_object *root = NULL;
	size_t off = 0, n;

	do {
		if (o->stop != NULL && o->stop(o->stop_arg)) {
			*stopped = 1;
			return NULL;
		}
		n = len - off < SLICE ? len - off : SLICE;
		root = json_tokener_parse_ex(tok, data + off, (int)n);
		*end = off + json_tokener_get_parse_end(tok);
		off += n;
	} while (root == NULL &&
	         json_tokener_get_error(tok) == json_tokener_continue &&
	         off < len);
	if (root == NULL &&
	    json_tokener_get_error(tok) == json_tokener_continue) {
		root = json_tokener_parse_ex(tok, "", 1);
		*end = len;
	}
	return root;
}

/* The tokener's verdict, and text after the value (json-c stops at a
 * slice's end without looking further). */
static int verdict(struct json_tokener *tok, const char *data, size_t len,
                   size_t end, struct cp_json_error *e)
{
	enum json_tokener_error je = json_tokener_get_error(tok);
	size_t quote = single_quote(data, end);

	/* before anything json-c found: json-c's words for a stray byte */
	if (quote < end)
		return set_error(e, CP_JSON_SYNTAX, data, len, quote,
		                 json_tokener_error_desc(
		                         json_tokener_error_parse_unexpected));
	if (je == json_tokener_error_parse_eof)
		return set_error(e, CP_JSON_TRUNCATED, data, len, len,
		                 "unexpected end of input");
	if (je != json_tokener_success)
		return set_error(e, CP_JSON_SYNTAX, data, len, end,
		                 json_tokener_error_desc(je));
	end = skip_space(data, end, len);
	if (end < len)
		return set_error(e, CP_JSON_TRAILING, data, len, end,
		                 "text after the document");
	return CP_JSON_OK;
}

int cp_json_read(const char *data, size_t len, const struct cp_json_opts *o,
                 struct json_object **out, struct cp_json_error *err)
{
	static const struct cp_json_opts none;
	struct cp_json_error spare;
	struct json_tokener *tok;
	struct json_object *root = NULL;
	size_t end = 0;
	struct cp_json_error *e = err != NULL ? err : &spare;
	int stopped = 0, rc;

	*out = NULL;
	memset(e, 0, sizeof(*e));
	o = o != NULL ? o : &none;
	rc = precheck(data, len, o, e);
	if (rc != CP_JSON_OK)
		return rc;
	tok = json_tokener_new();
	if (tok == NULL)
		return set_error(e, CP_JSON_NOMEM, data, len, 0,
		                 "out of memory");
	json_tokener_set_flags(
	        tok, JSON_TOKENER_STRICT | ((o->flags & CP_JSON_VALIDATE_UTF8)
	                                            ? JSON_TOKENER_VALIDATE_UTF8
	                                            : 0));
	root = feed(tok, data, len, o, &end, &stopped);
	rc = stopped ? set_error(e, CP_JSON_STOPPED, data, len, end, "stopped")
	             : verdict(tok, data, len, end, e);
	/* The scratch buffer held the last string parsed; a stopped or
	 * failed parse still holds the values built so far. */
	cp_json_tokener_free_wiped(tok);
	if (rc != CP_JSON_OK) {
		cp_json_put_wiped(root);
		return rc;
	}
	*out = root;
	return CP_JSON_OK;
}
