/*
 * Helpers for the conformance checker's tests: run `credplug
 * check-provider` (the real command, which runs the real checker) and
 * match its lines.
 */
#ifndef CK_UTIL_H
#define CK_UTIL_H

#include "run.h"

/* The path of mock module NAME (tests/checker/mods/NAME.so). */
const char *ck_mod(const char *name);
/* Runs `credplug check-provider ARGS...`. */
#define CK_RUN(e, r, ...) CP_RUN((e), (r), NULL, "check-provider", __VA_ARGS__)
/* Asserts that standard output has a line equal to `want`, where each '#'
 * stands for one or more digits (measured numbers).  Prints the output
 * when it has none. */
void ck_assert_line(const struct cp_run *r, const char *want);
/* The same with printf arguments. */
void ck_assert_linef(const struct cp_run *r, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));
/* Asserts that no line of standard output starts with "[FAIL]". */
void ck_assert_no_fail(const struct cp_run *r);
/* How many lines start with `prefix`. */
int ck_count(const struct cp_run *r, const char *prefix);

#endif
