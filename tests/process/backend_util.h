/*
 * Helpers shared by the process and http provider tests: contexts from a
 * config string, explain lookups, canary checks, fd and child accounting.
 */
#ifndef CP_BACKEND_UTIL_H
#define CP_BACKEND_UTIL_H

#include <stddef.h>
#include <stdint.h>

#include "credplug/credplug.h"

/* Canary secrets: none of them may ever show up in a message or explain. */
#define CANARY_API "CANARY-API-7f3a9c2e41d8"
#define CANARY_APP "CANARY-APP-5b6e0d9f2a17"
#define CANARY_PAT "CANARY-PAT-c4e8a1b7d2f9"
#define CANARY_TOK "CANARY-TOK-9f8e7d6c5b4a3f2e1d0c"

struct bt_ctx {
	struct credplug_ctx *ctx;
	int rc;         /* of credplug_ctx_new */
	char err[1024]; /* its errbuf */
};

/* credplug_ctx_new with config text built from printf-style arguments. */
void bt_ctx_new(struct bt_ctx *b, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));
void bt_ctx_free(struct bt_ctx *b);

/* credplug_resolve; the context's message copied to `msg`. */
int bt_resolve(struct bt_ctx *b, char *msg, size_t cap, int64_t *elapsed_ms);

/* Explain: a string at `fields/<field>/<key>` or `providers/<i>/<key>`;
 * "" when absent (null).  The whole document is checked for canaries. */
void bt_field_info(struct bt_ctx *b, const char *field, const char *key,
                   char *out, size_t cap);
void bt_provider_info(struct bt_ctx *b, int index, const char *key, char *out,
                      size_t cap);

/* The value applied as `header` for a Datadog URL ("" when none). */
void bt_header(struct bt_ctx *b, const char *header, char *out, size_t cap);

/* Fails the test if any canary appears in `s`. */
void bt_assert_no_canary(const char *s);
/* Fails unless `s` contains `needle` (prints both otherwise). */
void bt_assert_contains(const char *s, const char *needle);

int bt_count_fds(void);
int64_t bt_now_ms(void);
/* 1 when `pid` is gone or a zombie that is not ours, within `ms`. */
int bt_wait_dead(int pid, int ms);
/* 1 when this process has no child at all (nothing left to reap). */
int bt_no_children(void);

/* mkdtemp(`tmpl`) into `dir`, then copy tests/process/scripts/<name>
 * there with mode 0755 for each name (owned by us, whatever the source
 * tree's modes).  @return 0, or -1. */
int bt_stage_scripts(char *dir, size_t cap, const char *tmpl,
                     const char *const *names, size_t n);
/* Copy a file and give the copy `mode`.  @return 0, or -1. */
int bt_copy_file(const char *from, const char *to, unsigned mode);
/* rm -rf `dir`.  @return 0, or -1. */
int bt_remove_dir(const char *dir);

#endif
