/*
 * Values: validation, redaction and scrubbing of credential values
 * (validate.c).
 */
#ifndef CREDPLUG_CORE_VALUES_H
#define CREDPLUG_CORE_VALUES_H

#include <stddef.h>

/* Returns NULL when valid, else a static reason ("contains a line break"). */
const char *cp_value_problem(int field, const char *v, size_t len);
/* A masked form of value v for messages, in out (cap bytes). */
void cp_redact(char *out, size_t cap, const char *v, size_t len);
/* A value to scrub out of a message; NULL or under 4 bytes is skipped. */
struct cp_secret_ref {
	const char *v;
	size_t len;
};
/* Every stretch of `text` covered by occurrences of any of the `ns`
 * values becomes one "****", in one pass (terminates for every input;
 * the text never grows).  After it no value occurs in `text` unless the
 * occurrence overlaps a "****" written here (a value containing '*'). */
void cp_scrub_all(char *text, const struct cp_secret_ref *s, size_t ns);
/* cp_scrub_all with one value. */
void cp_scrub(char *text, const char *v, size_t len);

#endif
