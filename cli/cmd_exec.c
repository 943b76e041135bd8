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
        "Every other variable that could carry a credential the --auth list "
        "did not\n"
        "let through is removed from CMD's environment: the env provider's "
        "names\n"
        "(e.g. DD_APP_KEY, the config's *_var renames) with their _FILE "
        "variants.\n"
        "DATADOG_API_KEY, DATADOG_APP_KEY and DD_APPLICATION_KEY are always "
        "removed.\n"
        "DD_SITE is set only when https://api.<site>/ is an allowed origin "
        "too\n"
        "(else exit 5, as 'credplug headers' would refuse it).\n"
        "credplug replaces itself with CMD: CMD's exit status (or signal) is\n"
        "credplug's. If CMD cannot be run, the status is 127 (not found) or "
        "126.\n"
        "\n"
        "  --auth LIST   security schemes, as for 'credplug headers' (default: "
        "all)\n"
        "  --url URL     destination the credentials are checked against\n"
        "                (default: https://api.<site>/)\n"
        "  --*-file F    explicit values, as for 'credplug headers'\n"
        "  --strict      exit 3 when no alternative of --auth is fully "
        "configured\n"
        "                (default: warn and export what is configured)\n";

/* The variable a collected header goes into (the field table's default
 * name) and its value without the header's prefix; NULL for a header no
 * field is sent in. */
static const char *env_name_for(const struct credplug_header *h,
                                const char **value, int *field)
{
	const struct cp_field_desc *d;

	*field = cp_field_by_header(h->name);
	if (*field < 0)
		return NULL;
	d = &cp_fields[*field];
	if (strncmp(h->value, d->prefix, d->prefix_len) != 0)
		return NULL;
	*value = h->value + d->prefix_len;
	return d->env;
}

/* Set exactly the variables the apply produced; remove every other carrier
 * of a credential (exec_env.c). */
static int export_env(const struct cp_cli *cli, struct credplug_ctx *ctx,
                      const struct credplug_collect *c)
{
	const char *site = credplug_site(ctx), *name, *value;
	unsigned produced = 0;
	size_t i;
	int field, rc;

	for (i = 0; i < c->count; i++)
		if (env_name_for(&c->headers[i], &value, &field))
			produced |= 1u << field;
	rc = cp_exec_env_scrub(cli, ctx, produced);
	if (rc != CP_EXIT_OK)
		return rc;
	for (i = 0; i < c->count; i++) {
		name = env_name_for(&c->headers[i], &value, &field);
		if (name)
			rc |= setenv(name, value, 1);
	}
	if (site && site[0])
		rc |= setenv(cp_fields[CREDPLUG_SITE].env, site, 1);
	if (rc != 0)
		cp_term_err(cli, "cannot set the environment: out of memory");
	return rc ? CP_EXIT_FAIL : CP_EXIT_OK;
}

/* DD_SITE tells the child where to send the keys, and the site may come
 * from a lower-precedence source than the keys: https://api.<site>/ must
 * pass the check `headers` makes, as --url did. */
static int check_site(const struct cp_cli *cli, struct credplug_ctx *ctx,
                      uint32_t auth)
{
	struct credplug_collect c;
	char url[2048];
	int rc;

	rc = cp_apply_default_url(cli, ctx, NULL, NULL, url, sizeof(url));
	if (rc == CP_EXIT_OK)
		rc = cp_apply_collect(cli, ctx, url, auth, &c);
	if (rc == CP_EXIT_OK)
		credplug_collect_wipe(&c);
	return rc;
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
	if (rc == CP_EXIT_OK && o->url != NULL) {
		rc = check_site(cli, ctx, auth); /* else url is the site's */
		if (rc != CP_EXIT_OK)
			credplug_collect_wipe(&c);
	}
	if (rc == CP_EXIT_OK && o->auth != NULL)
		cp_apply_warn_partial(cli, auth, &c);
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
