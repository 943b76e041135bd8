/*
 * Value validation and redaction.  Messages name the problem, never the
 * value.
 */
#include <string.h>

#include "internal.h"

static bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f';
}

const char *cp_value_problem(int field, const char *v, size_t len)
{
	if (len > CREDPLUG_VALUE_MAX)
		return "is longer than 4096 bytes";
	if (len > 0 && (is_space((unsigned char)v[0]) ||
	                is_space((unsigned char)v[len - 1])))
		return "has leading or trailing whitespace";
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)v[i];

		if (__builtin_expect(c >= 0x20 && c < 0x7f, 1))
			continue;
		if (c == '\r' || c == '\n')
			return "contains a line break";
		if (c == '\0')
			return "contains a NUL byte";
		/* Header values travel as ASCII; keys and tokens are ASCII. */
		if (c >= 0x80)
			return "contains a non-ASCII byte";
		return "contains a control character";
	}
	if (field == CREDPLUG_SITE && !cp_site_valid(v, len))
		return "is not a host name (expected e.g. datadoghq.eu)";
	return NULL;
}

/* "****" plus at most the last 4 characters, and fewer for short values so
 * that at least three quarters of a value always stay hidden. */
void cp_redact(char *out, size_t cap, const char *v, size_t len)
{
	size_t show = len >= 16 ? 4 : len / 4;

	if (cap < 9)
		return;
	memcpy(out, "****", 4);
	memcpy(out + 4, v + len - show, show);
	out[4 + show] = '\0';
}

/* Replace every occurrence of a (secret) value in `text` by ****. */
void cp_scrub(char *text, const char *v, size_t len)
{
	char *p;

	if (v == NULL || len < 4)
		return;
	while ((p = memmem(text, strlen(text), v, len)) != NULL) {
		memcpy(p, "****", 4);
		memmove(p + 4, p + len, strlen(p + len) + 1);
	}
}
