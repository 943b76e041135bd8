/*
 * credplug exec — run a command with the resolved credentials in the
 * environment variables the Datadog tools read.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

const char cp_help_exec[] =
        "Usage: credplug exec [--auth LIST] [--url URL] [--api-key-file F]\n"
        "                     [--app-key-file F] [--pat-file F] -- CMD "
        "[ARGS...]\n"
        "\n"
        "Run CMD with DD_API_KEY, DD_APP_KEY, DD_BEARER_TOKEN and DD_SITE set "
        "from\n"
        "the resolved credentials (for tools that only read the environment).\n"
        "The variables of credentials the --auth list does not accept are "
        "removed\n"
        "from CMD's environment, so nothing is passed that was not asked for.\n"
        "credplug replaces itself with CMD: CMD's exit status (or signal) is\n"
        "credplug's. If CMD cannot be run, the status is 127 (not found) or "
        "126.\n"
        "\n"
        "  --auth LIST   security schemes, as for 'credplug headers' (default: "
        "all)\n"
        "  --url URL     destination the credentials are checked against\n"
        "                (default: https://api.<site>/)\n"
        "  --*-file F    explicit values, as for 'credplug headers'\n";

static const char *env_name_for(const struct credplug_header *h,
                                const char **value)
{
	*value = h->value;
	if (strcasecmp(h->name, "DD-API-KEY") == 0)
		return "DD_API_KEY";
	if (strcasecmp(h->name, "DD-APPLICATION-KEY") == 0)
		return "DD_APP_KEY";
	if (strcasecmp(h->name, "Authorization") == 0 &&
	    strncmp(h->value, "Bearer ", 7) == 0) {
		*value = h->value + 7;
		return "DD_BEARER_TOKEN";
	}
	return NULL;
}

/* Set exactly the variables the apply produced; unset the others. */
static int export_env(const struct cp_cli *cli, struct credplug_ctx *ctx,
                      const struct credplug_collect *c)
{
	static const char *const names[] = {"DD_API_KEY", "DD_APP_KEY",
	                                    "DD_BEARER_TOKEN"};
	const char *site = credplug_site(ctx), *name, *value;
	size_t i;
	int rc = 0;

	for (i = 0; i < 3; i++)
		rc |= unsetenv(names[i]);
	for (i = 0; i < c->count; i++) {
		name = env_name_for(&c->headers[i], &value);
		if (name)
			rc |= setenv(name, value, 1);
	}
	if (site && site[0])
		rc |= setenv("DD_SITE", site, 1);
	if (rc != 0)
		cp_term_err(cli, "cannot set the environment: out of memory");
	return rc ? CP_EXIT_FAIL : CP_EXIT_OK;
}

static int parse(struct cp_cli *cli, int argc, char **argv,
                 struct cp_apply_opts *o)
{
	static const struct option opts[] = {CP_CLI_GLOBAL_OPTIONS,
	                                     CP_CLI_APPLY_OPTIONS,
	                                     {NULL, 0, NULL, 0}};
	int c, rc;

	cp_cli_reset_getopt();
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		if (cp_apply_opt(o, c, optarg))
			continue;
		rc = cp_cli_global_opt(cli, c, optarg, cp_help_exec);
		if (rc != CP_CLI_CONTINUE)
			return rc;
	}
	if (optind >= argc)
		return cp_cli_usage_error(cli,
		                          "missing command to run, e.g. "
		                          "'credplug exec -- datadog-ci ...'");
	return CP_CLI_CONTINUE;
}

static int prepare_env(struct cp_cli *cli, const struct cp_apply_opts *o)
{
	struct credplug_collect c;
	struct credplug_ctx *ctx = NULL;
	char url[2048];
	uint32_t auth;
	int rc;

	rc = cp_apply_parse_auth(cli, o->auth, &auth);
	if (rc == CP_EXIT_OK)
		rc = cp_apply_prepare(cli, o, &ctx);
	if (rc == CP_EXIT_OK)
		rc = cp_apply_default_url(cli, ctx, o->url, NULL, url,
		                          sizeof(url));
	if (rc == CP_EXIT_OK)
		rc = cp_apply_collect(cli, ctx, url, auth, &c);
	if (rc == CP_EXIT_OK) {
		rc = export_env(cli, ctx, &c);
		credplug_collect_wipe(&c);
	}
	credplug_ctx_free(ctx);
	return rc;
}

int cp_cmd_exec(struct cp_cli *cli, int argc, char **argv)
{
	struct cp_apply_opts o = {0};
	int rc, err;

	rc = parse(cli, argc, argv, &o);
	if (rc != CP_CLI_CONTINUE)
		return rc;
	rc = prepare_env(cli, &o);
	if (rc != CP_EXIT_OK)
		return rc;
	fflush(stdout);
	fflush(stderr);
	execvp(argv[optind], argv + optind);
	err = errno;
	cp_term_err(cli, "cannot run '%s': %s; check the command name and PATH",
	            argv[optind], strerror(err));
	return err == ENOENT ? 127 : 126;
}
