/* Helpers shared by the core tests: contexts from config text, applying
 * into a collecting sink, explain lookups, temp dirs, canary checks. */
#ifndef CP_TEST_CORE_HELPERS_H
#define CP_TEST_CORE_HELPERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <credplug/credplug.h>

struct json_object;

#define T_MODS_DIR CP_TEST_BINARY_DIR "/tests/mods"
#define T_URL      "https://api.datadoghq.com/api/v1/validate"
#define T_ALL                                                                  \
	(CREDPLUG_AUTH_API_KEY | CREDPLUG_AUTH_APP_KEY | CREDPLUG_AUTH_AUTHZ)

/* Canary values: long enough to be redacted to "****" + last 4. */
#define CANARY_API "CANARY-API-7f3a9c1e5b2d4a60"
#define CANARY_APP "CANARY-APP-1b8e6d2f0c9a7e35"
#define CANARY_PAT "CANARY-PAT-5d0c3b9a8e7f6a12"

/* Unset every variable the core and the env provider read, plus MOCKT_*. */
void t_clear_env(void);

/* `json` with ' for " (readability); NULL: no config text.  Uses the
 * build's provider directory and CREDPLUG_FLAG_NO_CONFIG_FILE in `flags`
 * unless `flags` has bit 31 set (then none are added). */
int t_ctx_new(struct credplug_ctx **out, const char *json, uint32_t flags,
              char *err, size_t errlen);
/* The same, asserting success. */
struct credplug_ctx *t_ctx(const char *json, uint32_t flags);
/* Single quotes to double quotes; free() the result. */
char *t_json(const char *s);

struct credplug_collect;
/* Apply `auth` to `url` into `c` (reset first). */
int t_apply(struct credplug_ctx *ctx, const char *url, uint32_t auth,
            struct credplug_collect *c);
/* Value of the collected header `name`, or NULL. */
const char *t_header(const struct credplug_collect *c, const char *name);
/* "Name=value;Name=value" of everything collected, into `buf`. */
const char *t_headers(const struct credplug_collect *c, char *buf, size_t cap);

/* Explain text (asserting OK); free with credplug_free(). */
char *t_explain(struct credplug_ctx *ctx);
/* Explain as a parsed document; json_object_put() it. */
struct json_object *t_explain_doc(struct credplug_ctx *ctx);
/* String at a slash path ("providers/1/status", "fields/api_key/provider");
 * NULL when absent or null.  Borrowed from `doc`. */
const char *t_jstr(struct json_object *doc, const char *path);

/* Fails the test if `needle` occurs in `text`. */
void t_assert_absent(const char *text, const char *needle);
/* Fails the test if any canary (or its first 12 chars) occurs in `text`. */
void t_assert_no_canary(const char *text);

/* A fresh private directory under /tmp (mode 0700) into `buf` (>= 64). */
void t_tmpdir(char *buf, size_t cap);
void t_rmrf(const char *path);
void t_write_file(const char *path, const char *text, unsigned mode);
void t_copy_file(const char *from, const char *to, unsigned mode);
/* realpath() of `path` into `buf` (PATH_MAX). */
const char *t_real(const char *path, char *buf);

#endif
