/*
 * credoc — the credential document shared by the `process` and `http`
 * providers (docs/enterprise-backends.md).
 *
 * Native document: one key per field (the field table's names, fields.h)
 * and the expiry:
 *   {"version": 1, "api_key": "…", "app_key": "…", "pat": "…",
 *    "site": "…", "expires_at": "RFC 3339"}
 * Error document:
 *   {"version": 1, "error": {"code": "not_found", "message": "…"}}
 * Pointer mode (http): any JSON document; each field is picked with an
 * RFC 6901 JSON pointer.
 *
 * Parsing is pure (no host calls) so the fuzz target drives it directly;
 * cp_credoc_apply() hands the result to the host.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_CREDOC_H
#define CP_CREDOC_H

#include <stddef.h>
#include <stdint.h>

#include "credplug/provider.h"
#include "fields.h"

/* Document fields, in credplug_field order; expires_at is last. */
#define CP_CREDOC_NVALUES   CREDPLUG_FIELD_COUNT
#define CP_CREDOC_EXPIRES   CP_CREDOC_NVALUES
#define CP_CREDOC_NPOINTERS (CP_CREDOC_NVALUES + 1)

/* The pointer options, "api_key_pointer", ..., "expires_at_pointer", as
 * array elements (the http provider lists them among its option keys). */
#define CP_CREDOC_ROW_POINTER(f, n, ...) n "_pointer",
#define CP_CREDOC_POINTER_KEYS                                                 \
	CP_FIELD_ROWS(CP_CREDOC_ROW_POINTER, ) "expires_at_pointer",

/* Longest message copied from a backend (error text, stderr tail). */
#define CP_CREDOC_TEXT_MAX 240

struct cp_credoc {
	char *value[CP_CREDOC_NVALUES]; /* malloc'd, wiped by cp_credoc_clear */
	size_t len[CP_CREDOC_NVALUES];
	int has_expiry;
	int64_t expires_at;                 /* seconds since the epoch */
	int status;                         /* CREDPLUG_PS_* of the document */
	char error_code[48];                /* error document: sanitised code */
	char text[CP_CREDOC_TEXT_MAX + 16]; /* parse failure or error message */
};

/*
 * JSON pointers for pointer mode, indexed like value[] plus
 * CP_CREDOC_EXPIRES.  NULL entries are not picked.
 */
struct cp_credoc_pointers {
	const char *ptr[CP_CREDOC_NPOINTERS];
};

/* Option key of each pointer (CP_CREDOC_POINTER_KEYS). */
extern const char *const cp_credoc_pointer_keys[CP_CREDOC_NPOINTERS];
/* Field name of each document key ("api_key", …, "expires_at"). */
extern const char *const cp_credoc_keys[CP_CREDOC_NPOINTERS];

/* Most keys and array elements a document may hold (all levels). */
#define CP_CREDOC_MAX_ITEMS 10000

/* Deadlines of cp_credoc_parse() are CLOCK_MONOTONIC milliseconds. */
#define CP_CREDOC_NO_DEADLINE INT64_MAX
/* The deadline `time_left_ms` from now (host->remaining_ms()); <= 0: now. */
int64_t cp_credoc_deadline(int64_t time_left_ms);
/* 1 once `deadline` has passed. */
int cp_credoc_past(int64_t deadline);

/*
 * Parse `len` bytes at `data`.  `ptrs` NULL (or all NULL) parses a native
 * document, otherwise picks fields by pointer.  Sets doc->status:
 * CREDPLUG_PS_FOUND (values filled), the status an error document maps to,
 * CREDPLUG_PS_INVALID (doc->text says what and where, never a value; also
 * for more than CP_CREDOC_MAX_ITEMS keys and array elements, counted
 * before json-c builds anything), CREDPLUG_PS_TIMED_OUT (`deadline`, from
 * cp_credoc_deadline(), passed before the document was read: the clock is
 * checked every 64 KiB and after parsing) or
 * CREDPLUG_PS_ERROR (out of memory).  Returns doc->status.
 * Ownership: clear `doc` with cp_credoc_clear() whatever the result.
 */
int cp_credoc_parse(struct cp_credoc *doc, const char *data, size_t len,
                    const struct cp_credoc_pointers *ptrs, int64_t deadline);

/* Wipe and free the values; `doc` may be reused afterwards. */
void cp_credoc_clear(struct cp_credoc *doc);

/*
 * Map an error document code to a CREDPLUG_PS_* status; -1 when unknown.
 */
int cp_credoc_error_status(const char *code);

/*
 * Parse an RFC 3339 timestamp ("2025-01-02T03:04:05.5+02:00") into
 * seconds since the epoch (fractions truncated).  Returns 0 or -1.
 */
int cp_rfc3339_parse(const char *s, int64_t *out);

/* Flags of cp_credoc_sanitize().  TAIL: keep the tail (stderr), not the
 * head.  CUT_HEAD: `in` starts inside a longer text (the tail kept of a
 * long stderr), so its partial first word is dropped. */
#define CP_CREDOC_TAIL     1u
#define CP_CREDOC_CUT_HEAD 2u

/*
 * Copy backend text into `out` (always NUL-terminated) fit for a message:
 * every occurrence of one of the `nsecrets` strings in `secrets` (NULL
 * entries and entries under 4 bytes are skipped; overlapping occurrences
 * join) and every token-like run (20+ of [A-Za-z0-9_+=-] with 4+ digits
 * and 2+ letters) become "****", control characters become one space,
 * non-ASCII bytes '?'.  The whole input is masked before anything is cut;
 * then at most min(cap, 241) - 1 bytes are kept, the tail with
 * CP_CREDOC_TAIL ("..." + tail), else the head (head + "...").  Work is
 * linear in the input (times the secrets' lengths); the head stops early.
 */
void cp_credoc_sanitize(char *out, size_t cap, const char *in, size_t len,
                        const char *const *secrets, size_t nsecrets,
                        unsigned flags);

/* Most candidate secrets kept from one document (see below). */
#define CP_CREDOC_MAX_CANDIDATES 64
/* A document cp_credoc_parse() accepts has at most this many string
 * literals (each is a key or an item). */
#define CP_CREDOC_MAX_LITERALS (2 * CP_CREDOC_MAX_ITEMS)

/*
 * 1 when `in` holds a run cp_credoc_sanitize() masks for its shape (20+ of
 * [A-Za-z0-9_+=-] with 4+ digits and 2+ letters), else 0.  The conformance
 * checker holds module messages to the same rule.
 */
int cp_credoc_key_shaped(const char *in, size_t len);

/* Strings of a document that may be secrets, for cp_credoc_sanitize(). */
struct cp_credoc_candidates {
	char *s[CP_CREDOC_MAX_CANDIDATES]; /* malloc'd, wiped by _clear */
	size_t n;
};

/*
 * Collect every string value (4 to CREDPLUG_VALUE_MAX bytes; object keys
 * excluded) of the raw document text, whether or not cp_credoc_parse()
 * accepts it:
 * a rejected document (unknown key, malformed JSON, truncated) still
 * carries the values its producer may also print on stderr or in a body.
 * The values of the secret fields' keys come first; each escaped
 * string is kept both decoded and as written.  A lexical scan: no JSON
 * validity needed; memchr from quote to quote, and at most
 * CP_CREDOC_MAX_LITERALS literals (keys included) are looked at.  Returns
 * 0, -1 when out of memory or -2 when the text has more literals (then `c`
 * holds what was collected; treat the text to sanitise as unsafe).
 * Ownership: clear `c` with cp_credoc_candidates_clear() whatever the result.
 */
int cp_credoc_candidates(struct cp_credoc_candidates *c, const char *data,
                         size_t len);

/* Wipe and free the candidates. */
void cp_credoc_candidates_clear(struct cp_credoc_candidates *c);

/*
 * Hand a FOUND document to the host: set_field for each value, set_expiry
 * for each field set when the document has one.  `source` names where the
 * document came from (command path, URL) and prefixes the locators and
 * messages.  Returns CREDPLUG_PS_FOUND, CREDPLUG_PS_NOT_FOUND (nothing
 * set), CREDPLUG_PS_UNAVAILABLE (already expired) or the host's failure.
 */
int cp_credoc_apply(const struct cp_credoc *doc,
                    const struct credplug_host_v1 *host,
                    struct credplug_call *call, const char *source);

#endif
