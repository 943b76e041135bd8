/*
 * The field table: the one place a credential field's name, environment
 * variable, header, value prefix, schemes and secrecy are written.  The
 * core, every provider, the curl adapter and the command derive from it:
 * config and document keys, option keys ("api_key_var", "pat_pointer"),
 * the headers apply sends and their order, what `credplug exec` exports
 * and removes, and the lists in messages.
 *
 * Header-only (a static table and static inline functions), so each
 * component compiles its own copy: a module never links against host
 * symbols, and the core and the static provider libraries, linked into one
 * program, never clash.  Adding a field: docs/architecture.md, "Add a
 * field".
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CREDPLUG_COMMON_FIELDS_H
#define CREDPLUG_COMMON_FIELDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "credplug/credplug.h" /* CREDPLUG_AUTH_*; no function is called */
#include "credplug/types.h"

/*
 * One row per field, each a macro CP_FIELD_<FIELD>(X) that calls
 *
 *   X(field, name, env, header, prefix, auth, secret, title, option,
 *     (other_env...))
 *
 * and CP_FIELD_ROWS listing them in enum credplug_field order (which is
 * also the order apply adds headers in).  The columns:
 *
 * field   the enum constant
 * name    config, credentials-file, document and explain key
 * env     the env provider's default variable (exported by `exec`)
 * header  the HTTP header apply sends it in, or NULL (never sent)
 * prefix  written before the value in the header ("" for none)
 * auth    the CREDPLUG_AUTH_* schemes that send it
 * secret  1: a credential (redacted, wiped, held back when rejected,
 *         never written in a group- or world-readable config); 0: a setting
 * title   how messages name it
 * option  the command's --OPTION-file spelling
 * other_env  variables other Datadog tools read for it, in parentheses:
 *         `credplug exec` removes them; (NULL) for none, at most two
 *
 * CP_FIELD_ROWS(X, SEP) writes SEP between rows: empty for array
 * initialisers (X writes the trailing comma), ", " for a list in one
 * string literal.  A single row with a CP_FX_*_LIT extractor gives one
 * column as a literal, e.g. CP_FIELD_API_KEY(CP_FX_HEADER_LIT).
 */
/* clang-format off */
#define CP_FIELD_API_KEY(X)                                                    \
	X(CREDPLUG_API_KEY, "api_key", "DD_API_KEY", "DD-API-KEY", "",         \
	  CREDPLUG_AUTH_API_KEY, 1, "API key", "api-key",                      \
	  ("DATADOG_API_KEY"))
#define CP_FIELD_APP_KEY(X)                                                    \
	X(CREDPLUG_APP_KEY, "app_key", "DD_APP_KEY", "DD-APPLICATION-KEY", "", \
	  CREDPLUG_AUTH_APP_KEY, 1, "application key", "app-key",              \
	  ("DATADOG_APP_KEY", "DD_APPLICATION_KEY"))
#define CP_FIELD_PAT(X)                                                        \
	X(CREDPLUG_PAT, "pat", "DD_BEARER_TOKEN", "Authorization", "Bearer ",  \
	  CREDPLUG_AUTH_BEARER | CREDPLUG_AUTH_AUTHZ, 1,                       \
	  "personal access token", "pat",                                      \
	  (NULL))
#define CP_FIELD_SITE(X)                                                       \
	X(CREDPLUG_SITE, "site", "DD_SITE", NULL, "",                          \
	  0, 0, "site", "site",                                                \
	  (NULL))

#define CP_FIELD_ROWS(X, SEP)                                                  \
	CP_FIELD_API_KEY(X) SEP CP_FIELD_APP_KEY(X) SEP                        \
	CP_FIELD_PAT(X) SEP CP_FIELD_SITE(X)
/* clang-format on */

/* ---- compile-time derivations (static initialisers, string literals) --- */
#define CP_FIELD_UNPAREN(...) __VA_ARGS__
#define CP_FIELD_IF_1(...)    __VA_ARGS__
#define CP_FIELD_IF_0(...)

/* "api_key", ... as array elements; with _SECRET only the credentials. */
#define CP_FX_NAME(f, n, ...)                       n,
#define CP_FX_SECRET_NAME(f, n, e, h, p, a, s, ...) CP_FIELD_IF_##s(n, )
/* The names (or default variables) as one literal, "api_key, app_key, ...". */
#define CP_FX_NAME_LIT(f, n, ...)         n
#define CP_FX_ENV_LIT(f, n, e, ...)       e
#define CP_FX_HEADER_LIT(f, n, e, h, ...) h
#define CP_FIELD_NAME_LIST                CP_FIELD_ROWS(CP_FX_NAME_LIT, ", ")
#define CP_FIELD_ENV_LIST                 CP_FIELD_ROWS(CP_FX_ENV_LIT, ", ")
/* Bits (1 << field) of the credentials, and of every field; a row count. */
#define CP_FX_SECRET_BIT(f, n, e, h, p, a, s, ...) | ((unsigned)(s) << (f))
#define CP_FX_ONE(f, ...)                          +1
#define CP_SECRET_FIELDS_MASK                      (0u CP_FIELD_ROWS(CP_FX_SECRET_BIT, ))
#define CP_ALL_FIELDS_MASK                         ((1u << CREDPLUG_FIELD_COUNT) - 1)

/* Longest header name and prefix a row may have: the collect sink
 * (sink.h) keeps 32 bytes for a name and 16 beyond CREDPLUG_VALUE_MAX for a
 * value. */
#define CP_FIELD_HEADER_MAX 31
#define CP_FIELD_PREFIX_MAX 15

/* ---- the run-time table ---------------------------------------------- */
struct cp_field_desc {
	const char *name;
	const char *env;
	const char *header; /* NULL: never sent */
	const char *prefix;
	size_t prefix_len;
	uint32_t auth;
	bool secret;
	const char *title;
	const char *option;
	const char *other_env[3]; /* NULL-terminated */
};

#define CP_FX_DESC(f, n, e, h, p, a, s, t, o, other)                           \
	[f] = {n, e, h, p, sizeof(p) - 1, a, s, t, o, {CP_FIELD_UNPAREN other}},
static const struct cp_field_desc cp_fields[CREDPLUG_FIELD_COUNT] = {
        CP_FIELD_ROWS(CP_FX_DESC, )};

_Static_assert((0 CP_FIELD_ROWS(CP_FX_ONE, )) == CREDPLUG_FIELD_COUNT,
               "one row per enum credplug_field");
/* (A NULL header passes: sizeof a null pointer constant is small.) */
#define CP_FX_CHECK(f, n, e, h, p, ...)                                        \
	_Static_assert(sizeof(h) - 1 <= CP_FIELD_HEADER_MAX,                   \
	               "header name longer than the collect sink keeps");      \
	_Static_assert(sizeof(p) - 1 <= CP_FIELD_PREFIX_MAX,                   \
	               "prefix longer than the collect sink keeps");
CP_FIELD_ROWS(CP_FX_CHECK, )

/* Field of a name (exact), or -1. */
static inline int cp_field_by_name(const char *name)
{
	for (int i = 0; name != NULL && i < CREDPLUG_FIELD_COUNT; i++)
		if (strcmp(name, cp_fields[i].name) == 0)
			return i;
	return -1;
}

/* Field sent in header `name` (case-insensitive, as HTTP), or -1. */
static inline int cp_field_by_header(const char *name)
{
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		if (cp_fields[i].header != NULL &&
		    strcasecmp(name, cp_fields[i].header) == 0)
			return i;
	return -1;
}

/* Bits (1 << field) of the fields a scheme in `auth` sends. */
static inline unsigned cp_fields_sent_by(uint32_t auth)
{
	unsigned mask = 0;

	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		if (auth & cp_fields[i].auth)
			mask |= 1u << i;
	return mask;
}

/* Offset of a string column, for cp_fields_join(). */
#define CP_FIELD_COL(member) offsetof(struct cp_field_desc, member)

/*
 * Writes column `col` (CP_FIELD_COL(env), ...) of the fields in `mask`
 * (bits 1 << field) into `buf` as "a, b or c": `sep` between the items,
 * `last` before the final one.  Rows whose column is NULL are skipped.
 * Returns `buf`.  For messages, off the hot path.
 */
static inline const char *cp_fields_join(char *buf, size_t cap, unsigned mask,
                                         size_t col, const char *sep,
                                         const char *last)
{
	const char *item[CREDPLUG_FIELD_COUNT];
	size_t n = 0, used = 0;

	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		const char *v =
		        *(const char *const
		                  *)(const void *)((const char *)&cp_fields[i] +
		                                   col);

		if ((mask & (1u << i)) && v != NULL)
			item[n++] = v;
	}
	if (cap > 0)
		buf[0] = '\0';
	for (size_t k = 0; k < n && used < cap; k++) {
		int w = snprintf(buf + used, cap - used, "%s%s",
		                 k == 0       ? ""
		                 : k + 1 == n ? last
		                              : sep,
		                 item[k]);

		used += w > 0 ? (size_t)w : 0;
	}
	return buf;
}

#endif
