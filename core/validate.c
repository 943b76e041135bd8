/*
 * Value validation and redaction.  Messages name the problem, never the
 * value.
 */
#include <string.h>

#include "credplug/types.h"
#include "origin.h"
#include "values.h"

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

/* Length of the longest secret that starts at text[i] (0: none). */
static size_t longest_at(const char *text, size_t n, size_t i,
                         const struct cp_secret_ref *s, size_t ns)
{
	size_t best = 0;

	for (size_t k = 0; k < ns; k++) {
		size_t l = s[k].len;

		if (s[k].v != NULL && l >= 4 && l > best && l <= n - i &&
		    memcmp(text + i, s[k].v, l) == 0)
			best = l;
	}
	return best;
}

/* One left-to-right pass over the original text, never over what it
 * wrote: every byte covered by an occurrence of any secret (overlapping
 * and adjacent occurrences included) joins one stretch, and each stretch
 * becomes a single "****".  Each stretch is at least 4 bytes, so the text
 * never grows and the writer stays behind the reader; the pass ends
 * whatever the values are (made of '*', equal to the mask, ...). */
/* The refs that occur in text[0..n) at all, into keep[] (at most cap);
 * returns their number, or SIZE_MAX when there are more than cap. */
static size_t occurring(const char *text, size_t n,
                        const struct cp_secret_ref *s, size_t ns,
                        struct cp_secret_ref *keep, size_t cap)
{
	size_t k = 0;

	for (size_t i = 0; i < ns; i++) {
		if (s[i].v == NULL || s[i].len < 4 || s[i].len > n ||
		    memmem(text, n, s[i].v, s[i].len) == NULL)
			continue;
		if (k == cap)
			return SIZE_MAX;
		keep[k++] = s[i];
	}
	return k;
}

void cp_scrub_all(char *text, const struct cp_secret_ref *s, size_t ns)
{
	size_t n = strlen(text), w = 0, end = 0;
	struct cp_secret_ref keep[16];
	size_t nk = occurring(text, n, s, ns, keep, 16);
	bool open = false;

	/* The usual case, a message that names no value: nothing to do.
	 * Values that do not occur cannot match anywhere below. */
	if (nk == 0)
		return;
	if (nk != SIZE_MAX) {
		s = keep;
		ns = nk;
	}

	for (size_t r = 0; r < n; r++) {
		size_t m = longest_at(text, n, r, s, ns);

		if (m > 0 && r + m > end)
			end = r + m;
		if (r < end) {
			open = true;
			continue;
		}
		if (open) {
			memcpy(text + w, "****", 4);
			w += 4;
			open = false;
		}
		text[w++] = text[r];
	}
	if (open) {
		memcpy(text + w, "****", 4);
		w += 4;
	}
	text[w] = '\0';
}

void cp_scrub(char *text, const char *v, size_t len)
{
	struct cp_secret_ref s = {v, len};

	cp_scrub_all(text, &s, 1);
}
