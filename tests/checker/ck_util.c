/*
 * Helpers for the conformance checker's tests (ck_util.h).
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "ck_util.h"
#include "cp_test.h"

const char *ck_mod(const char *name)
{
	static char buf[8][512];
	static int next;
	char *p = buf[next++ % 8];

	snprintf(p, sizeof(buf[0]), "%s/%s.so", CK_MODS_DIR, name);
	return p;
}

/* Does the line [s, s+n) match `want` ('#': one or more digits)? */
static bool matches(const char *s, size_t n, const char *want)
{
	size_t i = 0;

	for (; *want != '\0'; want++) {
		if (*want == '#') {
			size_t d = i;

			while (d < n && s[d] >= '0' && s[d] <= '9')
				d++;
			if (d == i)
				return false;
			i = d;
		} else if (i >= n || s[i++] != *want) {
			return false;
		}
	}
	return i == n;
}

void ck_assert_line(const struct cp_run *r, const char *want)
{
	for (const char *s = r->out; *s != '\0';) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);

		if (matches(s, n, want))
			return;
		s += n + (nl != NULL);
	}
	fail_msg("no line\n  %s\nin the output:\n%s\nstderr:\n%s", want, r->out,
	         r->err);
}

void ck_assert_linef(const struct cp_run *r, const char *fmt, ...)
{
	char want[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(want, sizeof(want), fmt, ap);
	va_end(ap);
	ck_assert_line(r, want);
}

int ck_count(const struct cp_run *r, const char *prefix)
{
	int n = 0;
	size_t len = strlen(prefix);

	for (const char *s = r->out; s != NULL && *s != '\0';) {
		n += strncmp(s, prefix, len) == 0;
		s = strchr(s, '\n');
		s = s ? s + 1 : NULL;
	}
	return n;
}

void ck_assert_no_fail(const struct cp_run *r)
{
	if (ck_count(r, "[FAIL]") != 0)
		fail_msg("a check failed:\n%s\nstderr:\n%s", r->out, r->err);
}
