/*
 * The strict JSON reader: the one parser of every document credplug reads
 * (the config, the file provider's credentials file, the credential
 * document of the process and http providers, the command's second look at
 * the config).  RFC 8259 only: no comments, trailing commas, single quotes
 * or text after the document; nesting at most 32 levels (json-c's default).
 *
 * Positions are 1-based lines and columns; a column counts UTF-8
 * characters, not bytes (bytes 0x80-0xBF continue a character and do not
 * start a column; a tab is one column), as most editors show them
 * (docs/configuration.md, "Error positions").
 *
 * Compiled into each component that reads JSON (common/CMakeLists.txt);
 * its names are hidden there.  No allocation but json-c's; every buffer
 * json-c used is wiped before it is released (json_wipe.h).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_STRICT_JSON_H
#define CP_STRICT_JSON_H

#include <stddef.h>

struct json_object;

/* What cp_json_read() found. */
enum cp_json_status {
	CP_JSON_OK = 0,
	CP_JSON_EMPTY,     /* nothing but whitespace; at the end */
	CP_JSON_NUL,       /* a NUL byte; at it */
	CP_JSON_TOO_MANY,  /* over max_items keys and elements; no position */
	CP_JSON_SYNTAX,    /* json-c's complaint (why); where it stopped */
	CP_JSON_TRUNCATED, /* the text ends inside the document; at the end */
	CP_JSON_TRAILING,  /* text after the document; at its first byte */
	CP_JSON_STOPPED,   /* stop() returned non-zero before a slice */
	CP_JSON_NOMEM
};

/* cp_json_opts.flags: reject strings that are not valid UTF-8. */
#define CP_JSON_VALIDATE_UTF8 1u

/* Options; a NULL pointer means all zero. */
struct cp_json_opts {
	unsigned flags; /* CP_JSON_* */
	/* Most keys plus array elements (all levels), counted lexically
	 * before json-c builds anything; 0: no bound. */
	size_t max_items;
	/* Asked before each 64 KiB slice is parsed; non-zero stops the read
	 * (CP_JSON_STOPPED).  May be NULL. */
	int (*stop)(void *arg);
	void *stop_arg;
};

/* Where and why a read failed.  `why` is static text: json-c's
 * description for CP_JSON_SYNTAX, a short phrase otherwise (callers word
 * their messages from `status`). */
struct cp_json_error {
	int status;    /* enum cp_json_status */
	size_t offset; /* byte offset of the position */
	size_t line;   /* 1-based */
	size_t col;    /* 1-based, UTF-8 characters */
	const char *why;
};

/*
 * Read the `len` bytes at `data` (need not be NUL-terminated) as one JSON
 * document.  A top-level scalar is a document too (a top-level `null` sets
 * *out to NULL with CP_JSON_OK): callers check the type they want.
 * Returns the status, also in `err` (which may be NULL).
 * Ownership: on CP_JSON_OK release *out with cp_json_put_wiped(); on any
 * other status *out is NULL and nothing is left allocated.
 */
int cp_json_read(const char *data, size_t len, const struct cp_json_opts *o,
                 struct json_object **out, struct cp_json_error *err);

/* Line and column of byte `off` of `data` (clamped to `len`). */
void cp_json_position(const char *data, size_t len, size_t off, size_t *line,
                      size_t *col);

/* Index of the quote closing the string literal whose text starts at d[i]
 * (escapes skipped), or `n` when it is unterminated.  Lexical: no
 * validity needed, memchr from quote to quote. */
size_t cp_json_literal_end(const char *d, size_t i, size_t n);

#endif
