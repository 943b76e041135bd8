/*
 * Provider modules: built-ins and shared objects loaded once per path
 * (loader.c), and the typo suggestion (suggest.c).
 */
#ifndef CREDPLUG_CORE_LOADER_H
#define CREDPLUG_CORE_LOADER_H

#include <stdbool.h>
#include <stddef.h>

#include "credplug/provider.h"

struct credplug_ctx;
struct cp_instance;

struct cp_module {
	struct cp_module *next;
	char *path; /* real path, or NULL for a built-in */
	void *handle;
	const struct credplug_provider_v1 *desc;
	unsigned refs;
};

/* Loads `use` for `inst`: true when loaded; on failure false, with
 * inst->entry_state (and status), message set. */
bool cp_instance_load(struct credplug_ctx *ctx, struct cp_instance *inst);
/* Drops one reference to m; the last one unloads it. */
void cp_module_release(struct cp_module *m);
/* The directory providers are loaded from (options, env, built-in rule). */
const char *cp_provider_dir(const struct credplug_ctx *ctx);
/* suggest.c: the installed provider closest to `name` (a typo), or "". */
void cp_provider_suggest(const struct credplug_ctx *ctx, const char *name,
                         char *out, size_t cap);

/* The built-in copies of explicit and env (compiled into the core). */
int cp_builtin_explicit_entry(const struct credplug_host_v1 *host,
                              const struct credplug_provider_v1 **out);
/* See cp_builtin_explicit_entry. */
int cp_builtin_env_entry(const struct credplug_host_v1 *host,
                         const struct credplug_provider_v1 **out);

#endif
