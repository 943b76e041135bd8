/* Helpers for the file provider's tests: a private temp dir, real files
 * with exact modes, contexts over the public API, and an apply that
 * collects headers. */
#ifndef FP_HELPERS_H
#define FP_HELPERS_H

#include <stddef.h>
#include <stdint.h>

#include "credplug/credplug.h"

#define FP_MAX_PATH 512

/* Per-test fixture: a fresh directory, and DD_* / CREDPLUG_* cleared. */
struct fp_fix {
	char dir[FP_MAX_PATH];
	struct credplug_ctx *ctx;
	int64_t now_ns; /* injected clock, read by fp_clock */
	char errbuf[512];
};

int fp_setup(void **state);
int fp_teardown(void **state);

/* dir/rel, into a static rotating buffer. */
const char *fp_path(const struct fp_fix *f, const char *rel);
/* Write `text` to dir/rel with `mode` (parents created 0700). */
void fp_write(const struct fp_fix *f, const char *rel, const char *text,
              unsigned mode);
/* Rewrite dir/rel in place (same inode), keeping its mode. */
void fp_rewrite(const struct fp_fix *f, const char *rel, const char *text);
void fp_symlink(const struct fp_fix *f, const char *target, const char *rel);
void fp_mkdir(const struct fp_fix *f, const char *rel, unsigned mode);
unsigned fp_mode(const struct fp_fix *f, const char *rel);

/* Context over `config_json` (printf-like), clock injected; asserts OK. */
struct credplug_ctx *fp_ctx(struct fp_fix *f, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));
/* Same, returning the status of credplug_ctx_new (errbuf holds detail). */
int fp_ctx_try(struct fp_fix *f, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));

/* Apply with every scheme to a Datadog URL; header values into the slots
 * (empty when absent).  Returns the apply status. */
int fp_apply(struct credplug_ctx *ctx, char api[64], char app[64],
             char pat[64]);

/* Explain JSON as a malloc'd string (asserts OK). */
char *fp_explain(struct credplug_ctx *ctx);

/* Fails unless the file at `path` holds exactly `text`. */
void fp_assert_file(const char *path, const char *text);
/* Fails unless /profile/key of the JSON file at `path` is `want`. */
void fp_assert_json(const char *path, const char *profile, const char *key,
                    const char *want);

/* Fails the test when `needle` occurs in `hay`. */
void fp_assert_absent(const char *hay, const char *needle);

#endif
