/*
 * credplug list — one row per field: redacted value, source, expiry.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <string.h>

#include "cli.h"

const char cp_help_list[] =
        "Usage: credplug list [--json]\n"
        "\n"
        "Resolve the provider chain and print one row per field (api_key, "
        "app_key,\n"
        "pat, site): the value redacted to '****' plus its last 4 characters "
        "(the\n"
        "site is not secret and is shown whole), the source (provider and "
        "locator:\n"
        "environment variable, file and profile, keyring item) and the "
        "expiry.\n"
        "With --json, prints the 'fields' object of the explain document.\n"
        "Exits non-zero (see below) when the chain fails; the rows are still "
        "shown.\n";

static void print_row(const struct cp_cli *cli, const char *name,
                      struct json_object *f)
{
	const char *value = cp_doc_str(f, "value");
	const char *prov = cp_doc_str(f, "provider");
	const char *loc = cp_doc_str(f, "locator");
	const char *exp = cp_doc_str(f, "expires_at");
	char source[512];

	if (!cp_doc_bool(f, "set")) {
		printf("%-8s  %s%-16s%s  %-36s  %s\n", name,
		       cp_term_color(cli->color_out, "\033[2m"), "<not set>",
		       cp_term_color(cli->color_out, "\033[0m"), "-", "-");
		return;
	}
	snprintf(source, sizeof(source), "%s%s%s", prov ? prov : "?",
	         loc ? " " : "", loc ? loc : "");
	printf("%-8s  %-16s  %-36s  %s\n", name, value ? value : "****", source,
	       exp ? exp : "-");
}

static void print_fields(const struct cp_cli *cli, struct json_object *fields)
{
	size_t i;

	if (cli->json) {
		cp_doc_print(fields);
		return;
	}
	printf("%s%-8s  %-16s  %-36s  %s%s\n",
	       cp_term_color(cli->color_out, "\033[1m"), "FIELD", "VALUE",
	       "SOURCE", "EXPIRES", cp_term_color(cli->color_out, "\033[0m"));
	for (i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		print_row(cli, cp_fields[i].name,
		          cp_doc_get(fields, cp_fields[i].name,
		                     json_type_object));
}

int cp_cmd_list(struct cp_cli *cli, int argc, char **argv)
{
	struct credplug_ctx *ctx = NULL;
	struct json_object *doc = NULL;
	int rc, status;

	rc = cp_cli_parse_simple(cli, argc, argv, cp_help_list);
	if (rc != CP_CLI_CONTINUE)
		return rc;
	rc = cp_cli_open(cli, 0, &ctx);
	if (rc != CP_EXIT_OK)
		return rc;
	status = credplug_resolve(ctx);
	if (status != CREDPLUG_OK)
		rc = cp_cli_fail(cli, ctx, status, "the provider chain failed");
	if (cp_doc_load(cli, ctx, &doc, NULL) == CP_EXIT_OK)
		print_fields(cli, cp_doc_get(doc, "fields", json_type_object));
	else if (rc == CP_EXIT_OK)
		rc = CP_EXIT_FAIL;
	json_object_put(doc);
	credplug_ctx_free(ctx);
	return rc;
}
