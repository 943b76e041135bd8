/*
 * Provider modules: find, check, dlopen, negotiate the ABI.
 *
 * Modules are loaded once per process and shared by every context; the
 * registry counts references and unloads a module when the last context
 * using it is freed.  Bare names resolve only in the provider directory;
 * absolute paths are allowed; both pass owner/mode checks first.
 */
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ctx.h"
#include "errors.h"
#include "files.h"
#include "host.h"
#include "instance.h"
#include "loader.h"
#include "provdir.h"

#ifndef CREDPLUG_PROVIDER_DIR
#define CREDPLUG_PROVIDER_DIR "/usr/local/lib/credplug/providers"
#endif
/* Relative to the directory libcredplug.so is loaded from; "" = fixed. */
#ifndef CREDPLUG_PROVIDER_RELDIR
#define CREDPLUG_PROVIDER_RELDIR "credplug/providers"
#endif

#ifdef CREDPLUG_RTLD_NODELETE
#define CP_DLFLAGS (RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE)
#else
#define CP_DLFLAGS (RTLD_NOW | RTLD_LOCAL)
#endif

static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static struct cp_module *registry;

static pthread_once_t own_dir_once = PTHREAD_ONCE_INIT;
static char own_dir[PATH_MAX];

/* The installed tree's provider directory: CREDPLUG_PROVIDER_RELDIR below
 * the real directory of the libcredplug.so this code runs in, as the
 * dynamic loader found it (not from the environment), so a tree installed
 * under any prefix, or moved, uses its own modules.  Left empty when the
 * code is linked into something else (libcredplug.a): then the compiled-in
 * absolute directory applies. */
static void find_own_dir(void)
{
	struct link_map *lm = NULL;
	char real[PATH_MAX], *base;
	Dl_info info;
	int n;

	if (CREDPLUG_PROVIDER_RELDIR[0] == '\0' ||
	    dladdr1(own_dir, &info, (void **)&lm, RTLD_DL_LINKMAP) == 0 ||
	    lm == NULL || lm->l_name == NULL || lm->l_name[0] != '/' ||
	    realpath(lm->l_name, real) == NULL)
		return;
	base = strrchr(real, '/');
	if (strncmp(base + 1, "libcredplug.so", 14) != 0)
		return;
	*base = '\0';
	n = snprintf(own_dir, sizeof(own_dir), "%s/%s", real,
	             CREDPLUG_PROVIDER_RELDIR);
	if (n < 0 || (size_t)n >= sizeof(own_dir))
		own_dir[0] = '\0';
}

const char *cp_provider_dir(const struct credplug_ctx *ctx)
{
	const char *env;

	if (ctx->provider_dir != NULL)
		return ctx->provider_dir;
	/* secure_getenv: ignored in setuid/privileged processes. */
	env = secure_getenv("CREDPLUG_PROVIDER_DIR");
	if (env != NULL && env[0] == '/')
		return env;
	pthread_once(&own_dir_once, find_own_dir);
	return own_dir[0] != '\0' ? own_dir : CREDPLUG_PROVIDER_DIR;
}

/* Checks every field a v1 host reads; `msg` says what is wrong. */
static bool desc_ok(const struct credplug_provider_v1 *d, char *msg, size_t cap)
{
	if (d == NULL)
		snprintf(msg, cap, "entry returned no descriptor");
	else if (d->abi_major != CREDPLUG_PROVIDER_ABI_MAJOR)
		snprintf(msg, cap,
		         "descriptor is for ABI %u, this host speaks ABI %u",
		         (unsigned)d->abi_major,
		         (unsigned)CREDPLUG_PROVIDER_ABI_MAJOR);
	else if (d->struct_size < CREDPLUG_PROVIDER_V1_0_SIZE)
		snprintf(msg, cap,
		         "descriptor is too short (%u bytes, need %zu)",
		         (unsigned)d->struct_size,
		         (size_t)CREDPLUG_PROVIDER_V1_0_SIZE);
	else if (d->name == NULL || d->create == NULL || d->destroy == NULL ||
	         d->resolve == NULL)
		snprintf(msg, cap, "descriptor lacks %s",
		         d->name == NULL ? "a name" : "a required function");
	else if (((d->capabilities & CREDPLUG_CAP_STORE) && d->store == NULL) ||
	         ((d->capabilities & CREDPLUG_CAP_ERASE) && d->erase == NULL))
		snprintf(msg, cap,
		         "descriptor claims store/erase without the function");
	else
		return true;
	return false;
}

static int negotiate(credplug_provider_entry_v1_fn entry,
                     const struct credplug_provider_v1 **out, char *msg,
                     size_t cap)
{
	const struct credplug_provider_v1 *d = NULL;
	int r = entry(&cp_host, &d);

	if (r != 0) {
		snprintf(msg, cap, "entry point refused to load (returned %d)",
		         r);
		return -1;
	}
	if (!desc_ok(d, msg, cap))
		return -1;
	*out = d;
	return 0;
}

/* The entry must come from the module itself, not from a library it
 * happens to pull in or from the host. */
static bool symbol_is_own(void *handle, void *sym)
{
	struct link_map *lm = NULL;
	Dl_info info;

	if (dlinfo(handle, RTLD_DI_LINKMAP, &lm) != 0 || lm == NULL)
		return false;
	if (dladdr(sym, &info) == 0 || info.dli_fname == NULL)
		return false;
	return strcmp(info.dli_fname, lm->l_name) == 0;
}

static void missing_symbol(void *h, const char *path, char *msg, size_t cap)
{
	char other[64];

	for (int v = 0; v < 10; v++) {
		if (v == CREDPLUG_PROVIDER_ABI_MAJOR)
			continue;
		snprintf(other, sizeof(other), "credplug_provider_entry_v%d",
		         v);
		if (dlsym(h, other) != NULL) {
			snprintf(msg, cap,
			         "%s: built for provider ABI %d; this credplug "
			         "speaks ABI %d: rebuild it against this "
			         "version",
			         path, v, CREDPLUG_PROVIDER_ABI_MAJOR);
			return;
		}
	}
	snprintf(msg, cap, "%s: no symbol %s: not a credplug provider module",
	         path, CREDPLUG_PROVIDER_ENTRY_SYMBOL);
}

/* The host, not the module, stopped the set-up: `status` says why. */
static enum cp_entry_state setup_failed(struct cp_instance *inst, int status)
{
	inst->status = status;
	return CP_ENTRY_SETUP_FAILED;
}

/* dlopen and negotiate into inst->mod; CP_ENTRY_NOT_RUN when loaded. */
static enum cp_entry_state open_module(const char *path,
                                       struct cp_instance *inst)
{
	char *msg = inst->message, why[CP_MSG_MAX];
	size_t cap = sizeof(inst->message);
	struct cp_module *m;
	void *h, *sym;

	dlerror();
	h = dlopen(path, CP_DLFLAGS);
	if (h == NULL) {
		snprintf(msg, cap, "%s: cannot load: %s", path, dlerror());
		return CP_ENTRY_LOAD_FAILED;
	}
	sym = dlsym(h, CREDPLUG_PROVIDER_ENTRY_SYMBOL);
	if (sym == NULL || !symbol_is_own(h, sym)) {
		missing_symbol(h, path, msg, cap);
		dlclose(h);
		return CP_ENTRY_LOAD_FAILED;
	}
	m = calloc(1, sizeof(*m));
	if (m == NULL || (m->path = strdup(path)) == NULL) {
		free(m);
		dlclose(h);
		snprintf(msg, cap, "%s: out of memory", path);
		return setup_failed(inst, CREDPLUG_PS_ERROR);
	}
	m->handle = h;
	if (negotiate((credplug_provider_entry_v1_fn)sym, &m->desc, why,
	              sizeof(why)) != 0) {
		snprintf(msg, cap, "%s: %s", path, why);
		free(m->path);
		free(m);
		dlclose(h);
		return CP_ENTRY_LOAD_FAILED;
	}
	inst->mod = m;
	return CP_ENTRY_NOT_RUN;
}

/* The module at `path` into inst->mod, shared when already loaded;
 * CP_ENTRY_NOT_RUN when loaded.  Caller holds registry_lock. */
static enum cp_entry_state module_get_locked(const char *path,
                                             struct cp_instance *inst)
{
	char real[PATH_MAX];
	enum cp_entry_state r;
	int st = cp_check_path(path, 0, inst->message, sizeof(inst->message));

	if (st == CREDPLUG_PS_NOT_FOUND)
		return CP_ENTRY_NOT_INSTALLED;
	if (st != CREDPLUG_PS_FOUND)
		return setup_failed(inst, CREDPLUG_PS_DENIED);
	if (realpath(path, real) == NULL) {
		snprintf(inst->message, sizeof(inst->message), "%s: %s", path,
		         strerror(errno));
		return CP_ENTRY_LOAD_FAILED;
	}
	for (struct cp_module *m = registry; m; m = m->next) {
		if (m->path && strcmp(m->path, real) == 0) {
			m->refs++;
			inst->mod = m;
			return CP_ENTRY_NOT_RUN;
		}
	}
	r = open_module(real, inst);
	if (r == CP_ENTRY_NOT_RUN) {
		inst->mod->refs = 1;
		inst->mod->next = registry;
		registry = inst->mod;
	}
	return r;
}

void cp_module_release(struct cp_module *m)
{
	struct cp_module **pp;

	if (m == NULL)
		return;
	pthread_mutex_lock(&registry_lock);
	if (--m->refs == 0) {
		for (pp = &registry; *pp != NULL; pp = &(*pp)->next)
			if (*pp == m) {
				*pp = m->next;
				break;
			}
		if (m->handle != NULL)
			dlclose(m->handle);
		free(m->path);
		free(m);
	}
	pthread_mutex_unlock(&registry_lock);
}

static credplug_provider_entry_v1_fn builtin_for(const struct credplug_ctx *ctx,
                                                 const char *name, bool own)
{
	if (!own) {
		for (size_t i = 0; i < ctx->n_builtins; i++)
			if (strcmp(ctx->builtins[i].name, name) == 0)
				return ctx->builtins[i].entry;
		return NULL;
	}
	if (strcmp(name, "explicit") == 0)
		return cp_builtin_explicit_entry;
	if (strcmp(name, "env") == 0)
		return cp_builtin_env_entry;
	return NULL;
}

static bool load_builtin(struct cp_instance *inst,
                         credplug_provider_entry_v1_fn e)
{
	const struct credplug_provider_v1 *d;

	if (negotiate(e, &d, inst->message, sizeof(inst->message)) != 0) {
		inst->entry_state = CP_ENTRY_LOAD_FAILED;
		return false;
	}
	inst->desc = d;
	inst->mod = NULL;
	return true;
}

bool cp_instance_load(struct credplug_ctx *ctx, struct cp_instance *inst)
{
	char path[PATH_MAX];
	credplug_provider_entry_v1_fn e = builtin_for(ctx, inst->use, false);
	enum cp_entry_state r;

	if (e != NULL)
		return load_builtin(inst, e);
	if (inst->use[0] != '/' && !cp_provider_name_ok(inst->use)) {
		snprintf(
		        inst->message, sizeof(inst->message),
		        "\"%s\" is neither a provider name ([a-z0-9_-]) nor an "
		        "absolute module path",
		        inst->use);
		inst->entry_state = CP_ENTRY_LOAD_FAILED;
		return false;
	} else if (ctx->flags & CREDPLUG_FLAG_NO_MODULES) {
		path[0] = '\0'; /* never dlopen, not even an absolute path */
	} else if (inst->use[0] == '/') {
		snprintf(path, sizeof(path), "%s", inst->use);
	} else {
		snprintf(path, sizeof(path), "%s/%s.so", cp_provider_dir(ctx),
		         inst->use);
	}
	r = CP_ENTRY_NOT_INSTALLED;
	if (path[0] != '\0') {
		pthread_mutex_lock(&registry_lock);
		r = module_get_locked(path, inst);
		pthread_mutex_unlock(&registry_lock);
	}
	if (r == CP_ENTRY_NOT_RUN) {
		inst->desc = inst->mod->desc;
		return true;
	}
	e = builtin_for(ctx, inst->use, true);
	if (r == CP_ENTRY_NOT_INSTALLED && e != NULL)
		return load_builtin(inst, e);
	if (r == CP_ENTRY_NOT_INSTALLED)
		snprintf(inst->message, sizeof(inst->message),
		         "provider \"%s\" is not installed (looked for %s)",
		         inst->use,
		         path[0] ? path
		                 : "built-ins only: CREDPLUG_FLAG_NO_MODULES");
	inst->entry_state = r;
	return false;
}
