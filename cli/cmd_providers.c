/*
 * credplug providers — the configured chain (name, version, module path,
 * ABI, status) and the modules of the provider directory the library would
 * load by name (the library's directory and name rule, not copies).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "provdir.h"

const char cp_help_providers[] =
        "Usage: credplug providers [--json]\n"
        "\n"
        "List the providers of the configured chain, in order, with name, "
        "version,\n"
        "ABI, status and module path ('built-in' when linked in), then the "
        "modules\n"
        "of the provider directory that the library would load by name "
        "(NAME.so,\n"
        "NAME made of a-z, 0-9, _ and -) and whether the chain uses them.  "
        "The\n"
        "directory is the one the library uses (explain's "
        "config/provider_dir):\n"
        "$CREDPLUG_PROVIDER_DIR when it is an absolute path (the library "
        "ignores a\n"
        "relative one, and the variable in set-uid programs), else "
        "credplug/providers\n"
        "beside libcredplug.so, else the directory built into the "
        "library.\n";

/* Say so when the variable is set but the library does not use it. */
static void warn_ignored_dir(const struct cp_cli *cli, const char *dir)
{
	const char *raw = getenv("CREDPLUG_PROVIDER_DIR");

	if (raw == NULL || raw[0] == '\0' || strcmp(raw, dir) == 0)
		return;
	if (secure_getenv("CREDPLUG_PROVIDER_DIR") == NULL)
		cp_term_warn(cli,
		             "CREDPLUG_PROVIDER_DIR is ignored in a set-uid or "
		             "set-gid program, whose environment is not "
		             "trusted; listing %s",
		             dir);
	else if (raw[0] != '/')
		cp_term_warn(
		        cli,
		        "CREDPLUG_PROVIDER_DIR=%s is ignored: it is not an "
		        "absolute path, and a relative one would load "
		        "modules from whatever directory a program runs "
		        "in; listing %s",
		        raw, dir);
}

static int in_chain(struct json_object *chain, const char *name)
{
	size_t i, n = chain ? json_object_array_length(chain) : 0;
	const char *pname;

	for (i = 0; i < n; i++) {
		pname = cp_doc_str(json_object_array_get_idx(chain, i), "name");
		if (pname && strcmp(pname, name) == 0)
			return 1;
	}
	return 0;
}

struct listing {
	const char *dir;
	struct json_object *chain, *arr;
};

/* cp_provider_dir_scan() callback: one module the library would load. */
static void add_module(void *arg, const char *name)
{
	struct listing *l = arg;
	struct json_object *o = json_object_new_object();
	char path[4096];

	snprintf(path, sizeof(path), "%s/%s.so", l->dir, name);
	json_object_object_add(o, "name", json_object_new_string(name));
	json_object_object_add(o, "path", json_object_new_string(path));
	json_object_object_add(
	        o, "configured",
	        json_object_new_boolean(in_chain(l->chain, name)));
	json_object_array_add(l->arr, o);
}

/* The modules of `dir` the library would load by name, sorted, as a JSON
 * array (core/provdir.c: the loader's own rule). */
static struct json_object *installed(const char *dir, struct json_object *chain)
{
	struct listing l = {dir, chain, json_object_new_array()};

	if (l.arr != NULL)
		cp_provider_dir_scan(dir, add_module, &l);
	return l.arr;
}

static void print_chain(const struct cp_cli *cli, struct json_object *chain)
{
	size_t i, n = chain ? json_object_array_length(chain) : 0;
	struct json_object *p;

	printf("%sConfigured chain:%s\n",
	       cp_term_color(cli->color_out, "\033[1m"),
	       cp_term_color(cli->color_out, "\033[0m"));
	printf("  %-2s %-12s %-8s %-3s %-13s %s\n", "#", "NAME", "VERSION",
	       "ABI", "STATUS", "MODULE");
	for (i = 0; i < n; i++) {
		p = json_object_array_get_idx(chain, i);
		printf("  %-2" PRId64 " %-12s %-8s %-3" PRId64 " %-13s %s\n",
		       cp_doc_int(p, "index"),
		       cp_doc_str(p, "name") ? cp_doc_str(p, "name")
		                             : cp_doc_str(p, "use"),
		       cp_doc_str(p, "version") ? cp_doc_str(p, "version")
		                                : "-",
		       cp_doc_int(p, "abi"),
		       cp_doc_str(p, "status") ? cp_doc_str(p, "status") : "-",
		       cp_doc_str(p, "module") ? cp_doc_str(p, "module") : "-");
	}
	if (n == 0)
		printf("  (empty)\n");
}

static void print_installed(const struct cp_cli *cli, const char *dir,
                            struct json_object *inst)
{
	size_t i, n = inst ? json_object_array_length(inst) : 0;
	struct json_object *m;

	printf("\n%sInstalled in %s:%s\n",
	       cp_term_color(cli->color_out, "\033[1m"), dir,
	       cp_term_color(cli->color_out, "\033[0m"));
	for (i = 0; i < n; i++) {
		m = json_object_array_get_idx(inst, i);
		printf("  %-12s %-13s %s\n", cp_doc_str(m, "name"),
		       cp_doc_bool(m, "configured") ? "in chain"
		                                    : "not in chain",
		       cp_doc_str(m, "path"));
	}
	if (n == 0)
		printf("  (none)\n");
}

int cp_cmd_providers(struct cp_cli *cli, int argc, char **argv)
{
	struct credplug_ctx *ctx = NULL;
	struct json_object *doc = NULL, *chain, *inst, *out;
	const char *dir;
	int rc;

	rc = cp_cli_parse_simple(cli, argc, argv, cp_help_providers);
	if (rc != CP_CLI_CONTINUE)
		return rc;
	rc = cp_cli_open(cli, 0, &ctx);
	if (rc == CP_EXIT_OK)
		rc = cp_doc_load(cli, ctx, &doc, NULL);
	if (rc != CP_EXIT_OK)
		goto out;
	chain = cp_doc_get(doc, "providers", json_type_array);
	/* the directory the library really uses: its rule, not a copy */
	dir = cp_doc_str(cp_doc_get(doc, "config", json_type_object),
	                 "provider_dir");
	if (dir == NULL) {
		cp_term_err(cli, "the library's explain document names no "
		                 "provider directory (config/provider_dir)");
		rc = CP_EXIT_FAIL;
		goto out;
	}
	warn_ignored_dir(cli, dir);
	inst = installed(dir, chain);
	if (cli->json) {
		out = json_object_new_object();
		json_object_object_add(out, "chain", json_object_get(chain));
		json_object_object_add(out, "provider_dir",
		                       json_object_new_string(dir));
		json_object_object_add(out, "installed", inst);
		cp_doc_print(out);
		json_object_put(out);
	} else {
		print_chain(cli, chain);
		print_installed(cli, dir, inst);
		json_object_put(inst);
	}
out:
	json_object_put(doc);
	credplug_ctx_free(ctx);
	return rc;
}
