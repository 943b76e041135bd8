/*
 * The context (ctx.c): everything one credplug_ctx holds.  The snapshot
 * cache's state is snapshot.h's; the rest is written under `lock`.
 */
#ifndef CREDPLUG_CORE_CTX_H
#define CREDPLUG_CORE_CTX_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "credplug/credplug.h"
#include "errors.h"
#include "field.h"
#include "memory.h"
#include "origin.h"
#include "snapshot.h"

#define CP_DEFAULT_TIMEOUT_MS 2000
#define CP_DEFAULT_SITE       "datadoghq.com"

struct cp_instance;

/* A site name interned for credplug_site(). */
struct cp_name {
	struct cp_name *next;
	char name[];
};

struct credplug_ctx {
	struct cp_alloc alloc;
	uint32_t flags;
	credplug_clock_fn clock;
	void *clock_ud;
	char *provider_dir;
	struct credplug_builtin *builtins;
	size_t n_builtins;

	char *config_path;         /* NULL: none */
	const char *config_source; /* "options", "xdg", ... (cp_config_src) */
	char *config_site;         /* "site" key, or NULL */
	struct cp_origins origins;
	uint32_t default_timeout_ms;

	struct cp_instance *inst;
	size_t n_inst;

	pthread_mutex_t lock; /* resolve, set, store: the slow paths */
	struct cp_field explicit_v[CREDPLUG_FIELD_COUNT];
	/* The published snapshot and its refresh state: snapshot.h's
	 * functions only. */
	struct cp_cache cache;
	uint64_t field_gen; /* numbers remembered results (cp_field.gen) */

	/* rejected values, compared in constant time (credplug_reject);
	 * only the field table's secrets are ever set */
	struct cp_field rejected[CREDPLUG_FIELD_COUNT];

	struct cp_name *sites; /* interned for credplug_site() */

	pthread_mutex_t err_lock; /* only the failure paths take it */
	char errmsg[2 * CP_MSG_MAX];
	int err_status; /* the status errmsg describes */
	/* Not OK: the failed context credplug_ctx_open() hands back
	 * (simple.c).  Nothing resolves on it, and whatever fails on it
	 * reports this status and keeps errmsg (cp_fail). */
	int open_status;
};

/* The bare context: allocator, locks, hazard slots; no config, no chain. */
int cp_ctx_alloc(struct credplug_ctx **out, const struct credplug_options *o);
/* credplug_ctx_new without its argument checks: the failure's status and
 * text in `d` (first error wins), *out NULL then. */
int cp_ctx_new(struct credplug_ctx **out, const struct credplug_options *o,
               struct cp_diag *d);

#endif
