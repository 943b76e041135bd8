/*
 * credplug check-provider — runs the conformance checker.
 *
 * The checker drives a module through the host's own internals (the
 * loader, the services table, the call bookkeeping), which the shared
 * library keeps hidden; so it is its own program, linked against the
 * static library, installed beside this one (libexec/credplug/, found
 * relative to this executable: any prefix works, as for the modules).
 * This command hands it its arguments and the provider directory this
 * library uses (for a bare MODULE name), and becomes it.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#ifndef CP_CLI_CHECKER_REL
#define CP_CLI_CHECKER_REL "../libexec/credplug/credplug-check-provider"
#endif

/* The provider directory the library uses: its explain document says. */
static int provider_dir(const struct cp_cli *cli, char *buf, size_t cap)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;
	struct json_object *doc = NULL;
	const char *dir;
	int rc;

	o.config_json = "{\"providers\": []}";
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	rc = credplug_ctx_new(&ctx, &o);
	if (rc == CREDPLUG_OK)
		rc = cp_doc_load(cli, ctx, &doc, NULL);
	dir = cp_doc_str(cp_doc_get(doc, "config", json_type_object),
	                 "provider_dir");
	if (rc == CP_EXIT_OK && dir != NULL)
		snprintf(buf, cap, "--provider-dir=%s", dir);
	json_object_put(doc);
	credplug_ctx_free(ctx);
	return rc == CP_EXIT_OK && dir != NULL ? 0 : -1;
}

static int checker_path(char *buf, size_t cap)
{
	char self[PATH_MAX], *slash;
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);

	if (n <= 0)
		return -1;
	self[n] = '\0';
	slash = strrchr(self, '/');
	if (slash == NULL)
		return -1;
	*slash = '\0';
	n = snprintf(buf, cap, "%s/%s", self, CP_CLI_CHECKER_REL);
	return n > 0 && (size_t)n < cap ? 0 : -1;
}

int cp_cmd_check_provider(struct cp_cli *cli, int argc, char **argv)
{
	char prog[PATH_MAX + 64], dir[PATH_MAX + 32];
	char **args = calloc((size_t)argc + 4, sizeof(*args));
	int n = 0;

	if (args == NULL) {
		cp_term_err(cli, "out of memory");
		return CP_EXIT_FAIL;
	}
	if (cli->config != NULL || cli->profile != NULL) {
		free(args);
		return cp_cli_usage_error(cli, "check-provider reads no config "
		                               "file and takes no profile");
	}
	if (checker_path(prog, sizeof(prog)) != 0 ||
	    provider_dir(cli, dir, sizeof(dir)) != 0) {
		free(args);
		cp_term_err(cli, "cannot find the checker program");
		return CP_EXIT_FAIL;
	}
	args[n++] = argv[0];
	args[n++] = dir;
	if (cli->json)
		args[n++] = (char *)"--json";
	if (cli->no_color)
		args[n++] = (char *)"--no-color";
	for (int i = 1; i < argc; i++)
		args[n++] = argv[i];
	fflush(stdout);
	execv(prog, args);
	cp_term_err(cli, "cannot run the checker %s: %s", prog,
	            strerror(errno));
	free(args);
	return CP_EXIT_FAIL;
}
