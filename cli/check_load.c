/*
 * credplug check-provider — what the host checks before the first call:
 * the path, dlopen, the exported and imported symbols, the entry point,
 * and the host's own verdict (core/loader.c, run unchanged).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "internal.h"

#define ENTRY CREDPLUG_PROVIDER_ENTRY_SYMBOL

int ck_check_path(struct ck *ck)
{
	char msg[CP_MSG_MAX];
	int r = cp_check_path(ck->module, 0, msg, sizeof(msg));

	if (r == CREDPLUG_PS_FOUND)
		ck_report(ck, CK_OK, "path",
		          "%s: the file, every directory above it and every "
		          "symlink on the way are root's or yours and not "
		          "writable by others",
		          ck->module);
	else if (r == CREDPLUG_PS_NOT_FOUND &&
	         strncmp(msg, ck->module, strlen(ck->module)) == 0)
		ck_report(ck, CK_FAIL, "path", "%s", msg);
	else if (r == CREDPLUG_PS_NOT_FOUND) /* a directory on the way */
		ck_report(ck, CK_FAIL, "path", "no module %s (%s)", ck->module,
		          msg);
	else
		ck_report(ck, CK_FAIL, "path",
		          "%s (the host loads no module that someone else "
		          "could replace)",
		          msg);
	return r == CREDPLUG_PS_FOUND ? 0 : -1;
}

/* ---- symbols ------------------------------------------------------------ */

/* Made by the linker, not by the module's code. */
static bool linker_made(const char *n)
{
	static const char *const names[] = {"_init", "_fini",       "_edata",
	                                    "_end",  "__bss_start", NULL};

	for (int i = 0; names[i] != NULL; i++)
		if (strcmp(n, names[i]) == 0)
			return true;
	return false;
}

static void add_name(char *list, size_t cap, size_t *n, const char *name)
{
	size_t len = strlen(list);

	if ((*n)++ < 6)
		snprintf(list + len, cap - len, "%s%s", len ? ", " : "", name);
	else if (*n == 7)
		snprintf(list + len, cap - len, ", ...");
}

static void check_exports(struct ck *ck, const struct ck_symtab *t)
{
	char extra[512] = "";
	size_t n = 0;
	bool entry = false, def, weak;
	const char *name;

	for (size_t i = 0; i < ck_symtab_count(t); i++) {
		if (!ck_symtab_get(t, i, &name, &def, &weak) || !def ||
		    linker_made(name))
			continue;
		if (strcmp(name, ENTRY) == 0)
			entry = true;
		else
			add_name(extra, sizeof(extra), &n, name);
	}
	if (!entry)
		ck_report(ck, CK_FAIL, "exports",
		          "no " ENTRY
		          " (it exports: %s): define the entry with "
		          "CREDPLUG_PROVIDER_ENTRY from this credplug's "
		          "<credplug/provider.h>",
		          n ? extra : "nothing");
	else if (n > 0)
		ck_report(ck, CK_FAIL, "exports",
		          "%s besides " ENTRY ": export only the entry: build "
		          "with -fvisibility=hidden (CREDPLUG_PROVIDER_ENTRY "
		          "marks the entry) or link with a version script "
		          "{ global: " ENTRY "; local: *; }",
		          extra);
	else
		ck_report(ck, CK_OK, "exports", "only " ENTRY);
}

/* The object that holds `addr`: "" for the program itself. */
static const struct link_map *owner(const void *addr, const char **base)
{
	struct link_map *lm = NULL;
	const char *slash;
	Dl_info info;

	*base = "?";
	if (addr == NULL ||
	    dladdr1(addr, &info, (void **)&lm, RTLD_DL_LINKMAP) == 0 ||
	    lm == NULL)
		return NULL;
	slash = strrchr(lm->l_name, '/');
	*base = slash ? slash + 1 : lm->l_name;
	return lm;
}

static bool host_api(const char *name)
{
	return strncmp(name, "credplug_", 9) == 0 ||
	       strncmp(name, "cp_", 3) == 0;
}

/* Where an import binds when it is not the module's own business, or
 * NULL when it is.  `buf` holds the description. */
static const char *stray(void *h, const struct link_map *self, const char *name,
                         bool weak, char *buf, size_t cap)
{
	void *own = dlsym(h, name); /* the module and the libraries it links */
	const struct link_map *lm;
	struct ck_symtab *t;
	const char *base;
	bool module;

	if (own != NULL) {
		lm = owner(own, &base);
		if (strncmp(base, "libcredplug.so", 14) == 0) {
			snprintf(buf, cap, "%s (from %s: the host library)",
			         name, base);
			return buf;
		}
		t = lm != NULL && lm != self ? ck_symtab_open(lm) : NULL;
		module = t != NULL && ck_symtab_defines(t, ENTRY);
		ck_symtab_close(t);
		if (!module)
			return NULL;
		snprintf(buf, cap, "%s (from %s: another provider module)",
		         name, base);
		return buf;
	}
	if (weak && !host_api(name))
		return NULL; /* optional by construction (__gmon_start__ ...) */
	lm = owner(dlsym(RTLD_DEFAULT, name), &base);
	if (lm == NULL)
		return NULL; /* weak and nowhere: stays NULL */
	snprintf(buf, cap, "%s (binds to %s)", name,
	         base[0] == '\0' ? "the host program" : base);
	return buf;
}

static void check_imports(struct ck *ck, void *h, const struct link_map *lm,
                          const struct ck_symtab *t)
{
	char bad[768] = "", one[300];
	size_t n = 0, imports = 0;
	bool def, weak;
	const char *name;

	for (size_t i = 0; i < ck_symtab_count(t); i++) {
		if (!ck_symtab_get(t, i, &name, &def, &weak) || def ||
		    strncmp(name, "__asan_", 7) == 0 ||
		    strncmp(name, "__ubsan_", 8) == 0 ||
		    strncmp(name, "__tsan_", 7) == 0 ||
		    strncmp(name, "__sanitizer_", 12) == 0)
			continue; /* a sanitizer build's runtime */
		imports++;
		if (stray(h, lm, name, weak, one, sizeof(one)) != NULL)
			add_name(bad, sizeof(bad), &n, one);
	}
	if (n > 0)
		ck_report(
		        ck, CK_FAIL, "imports",
		        "%s: a module binds only to the libraries it links: "
		        "never to the host's API (use the services table) nor "
		        "to whatever else the host process loaded; link what "
		        "it uses and build with -Wl,--no-undefined",
		        bad);
	else
		ck_report(ck, CK_OK, "imports",
		          "%zu undefined symbols, each from a library the "
		          "module links (none from the host or another module)",
		          imports);
}

static void check_symbols(struct ck *ck, void *h)
{
	struct link_map *lm = NULL;
	struct ck_symtab *t = NULL;

	if (dlinfo(h, RTLD_DI_LINKMAP, &lm) == 0)
		t = ck_symtab_open(lm);
	if (t == NULL) {
		ck_report(ck, CK_SKIP, "exports",
		          "the loaded module has no dynamic symbol table to "
		          "read");
		ck_report(ck, CK_SKIP, "imports", "no dynamic symbol table");
		return;
	}
	check_exports(ck, t);
	check_imports(ck, h, lm, t);
	ck_symtab_close(t);
}

/* ---- the entry point and the host's verdict ----------------------------- */

static void check_entry(struct ck *ck, void *h)
{
	const struct credplug_provider_v1 *d = NULL;
	credplug_provider_entry_v1_fn e;
	void *sym = dlsym(h, ENTRY);
	int r;

	if (sym == NULL) {
		ck_report(ck, CK_FAIL, "entry",
		          "no symbol " ENTRY
		          ": not a provider module of ABI %d",
		          CREDPLUG_PROVIDER_ABI_MAJOR);
		ck_report(ck, CK_SKIP, "descriptor", "no entry point");
		return;
	}
	e = (credplug_provider_entry_v1_fn)sym;
	ck_phase("entry", "the entry point " ENTRY,
	         "the entry only checks the host's ABI and returns a "
	         "static descriptor",
	         5000);
	r = e(&cp_host, &d);
	ck_phase_end();
	if (r != 0 || d == NULL) {
		ck_report(
		        ck, CK_FAIL, "entry",
		        r != 0 ? "returned %d for this host (ABI %d, services "
		                 "table of %u bytes): accept host->abi_major "
		                 "%d with host->struct_size >= "
		                 "CREDPLUG_HOST_V1_0_SIZE (never sizeof)"
		               : "returned %d without a descriptor (ABI %d, "
		                 "table of %u bytes): set *out to a static "
		                 "struct credplug_provider_v1 (ABI %d)",
		        r, CREDPLUG_PROVIDER_ABI_MAJOR,
		        (unsigned)cp_host.struct_size,
		        CREDPLUG_PROVIDER_ABI_MAJOR);
		ck_report(ck, CK_SKIP, "descriptor", "no descriptor");
		return;
	}
	ck_report(ck, CK_OK, "entry",
	          "returns a descriptor to this host (ABI %d, services table "
	          "of %u bytes)",
	          CREDPLUG_PROVIDER_ABI_MAJOR, (unsigned)cp_host.struct_size);
	ck_gate(ck, CK_G_CAPS, (long)d->capabilities);
	ck_check_descriptor(ck, d);
}

int ck_host_load(const struct ck *ck, struct credplug_ctx **ctx,
                 struct cp_instance *inst, char *err, size_t errlen)
{
	memset(inst, 0, sizeof(*inst));
	if (ck_ctx_new(ck, NULL, false, ctx, err, errlen) != CREDPLUG_OK)
		return -1;
	if ((inst->use = cp_strdup(&(*ctx)->alloc, ck->module)) == NULL) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	if (cp_instance_load(*ctx, inst))
		return 0;
	snprintf(err, errlen, "%s", inst->message);
	return 1;
}

void ck_host_unload(struct credplug_ctx *ctx, struct cp_instance *inst)
{
	cp_module_release(inst->mod);
	if (ctx != NULL)
		cp_free(&ctx->alloc, inst->use);
	credplug_ctx_free(ctx);
}

/* core/loader.c's verdict, exactly as a chain entry gets it. */
static void host_load(struct ck *ck)
{
	struct credplug_ctx *ctx = NULL;
	struct cp_instance inst;
	char err[2 * CP_MSG_MAX];
	int r = ck_host_load(ck, &ctx, &inst, err, sizeof(err));

	if (r < 0) {
		ck_report(ck, CK_FAIL, "host", "cannot make a context: %s",
		          err);
	} else if (r == 0) {
		ck_report(
		        ck, CK_OK, "host",
		        "the host loads it (path, dlopen, entry, descriptor)");
		ck_gate(ck, CK_G_LOADED, 1);
	} else {
		ck_report(ck, CK_FAIL, "host", "the host refuses it: %s", err);
	}
	ck_host_unload(ctx, &inst);
}

void ck_check_load(struct ck *ck)
{
	void *h;

	ck_phase("load", "dlopen() of the module (its constructors)",
	         "a module's constructors must return at once (better: have "
	         "none)",
	         10000);
	dlerror();
	h = dlopen(ck->module, RTLD_NOW | RTLD_LOCAL);
	ck_phase_end();
	if (h == NULL) {
		ck_report(
		        ck, CK_FAIL, "load",
		        "dlopen(RTLD_NOW | RTLD_LOCAL) fails: %s; every symbol "
		        "must resolve when it loads: link the libraries it "
		        "uses (-Wl,--no-undefined lists what is missing)",
		        dlerror());
	} else {
		ck_report(ck, CK_OK, "load",
		          "dlopen(RTLD_NOW | RTLD_LOCAL) loads it");
		check_symbols(ck, h);
		check_entry(ck, h);
	}
	host_load(ck);
	if (h != NULL)
		dlclose(h);
}
