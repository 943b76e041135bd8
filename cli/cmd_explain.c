/*
 * credplug explain — the whole chain: each provider, its module, version,
 * status, message and time taken; which field came from where.  Redacted.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

const char cp_help_explain[] =
        "Usage: credplug explain [--json]\n"
        "\n"
        "Resolve the provider chain and describe it: the config file used, the "
        "site,\n"
        "each provider in chain order (module path, version, ABI, status, "
        "message,\n"
        "notes, time taken, fields it supplied), and which provider supplied "
        "each\n"
        "field. Values are redacted ('****' plus at most the last 4 "
        "characters).\n"
        "With --json, prints the library's explain document unchanged.\n"
        "Exits non-zero (see below) when the chain fails; the description is "
        "still\n"
        "printed.\n";

static const char *or_dash(const char *s)
{
	return s ? s : "-";
}

static void print_string_list(const char *label, struct json_object *arr)
{
	size_t i, n = arr ? json_object_array_length(arr) : 0;

	if (n == 0)
		return;
	printf("%s", label);
	for (i = 0; i < n; i++)
		printf("%s%s", i ? ", " : "",
		       json_object_get_string(
		               json_object_array_get_idx(arr, i)));
	putchar('\n');
}

static void print_provider(const struct cp_cli *cli, struct json_object *p)
{
	struct json_object *notes = cp_doc_get(p, "notes", json_type_array);
	const char *status = or_dash(cp_doc_str(p, "status"));
	const char *msg = cp_doc_str(p, "message");
	int good = strcmp(status, "found") == 0 ||
	           strcmp(status, "not_found") == 0 ||
	           strcmp(status, "skipped") == 0;
	size_t i;

	printf("  #%" PRId64 " %s%s%s %s  (use: %s)\n", cp_doc_int(p, "index"),
	       cp_term_color(cli->color_out, "\033[1m"),
	       or_dash(cp_doc_str(p, "name")),
	       cp_term_color(cli->color_out, "\033[0m"),
	       or_dash(cp_doc_str(p, "version")),
	       or_dash(cp_doc_str(p, "use")));
	if (cp_doc_int(p, "abi") >= 0)
		printf("      module:  %s (ABI %" PRId64 ")%s\n",
		       or_dash(cp_doc_str(p, "module")), cp_doc_int(p, "abi"),
		       cp_doc_bool(p, "loaded") ? "" : " NOT LOADED");
	else
		printf("      module:  %s NOT LOADED\n",
		       or_dash(cp_doc_str(p, "module")));
	printf("      status:  %s%s%s, %" PRId64 " us\n",
	       cp_term_color(cli->color_out, good ? "\033[32m" : "\033[31m"),
	       status, cp_term_color(cli->color_out, "\033[0m"),
	       cp_doc_int(p, "elapsed_us"));
	if (msg && msg[0])
		printf("      message: %s\n", msg);
	for (i = 0; notes && i < json_object_array_length(notes); i++)
		printf("      note:    %s\n",
		       json_object_get_string(
		               json_object_array_get_idx(notes, i)));
	print_string_list("      fields:  ",
	                  cp_doc_get(p, "fields", json_type_array));
}

static void print_field(const char *name, struct json_object *f)
{
	const char *loc = cp_doc_str(f, "locator");
	const char *exp = cp_doc_str(f, "expires_at");

	if (!cp_doc_bool(f, "set")) {
		printf("  %-8s not set\n", name);
		return;
	}
	printf("  %-8s %s from %s%s%s%s%s%s\n", name,
	       or_dash(cp_doc_str(f, "value")),
	       or_dash(cp_doc_str(f, "provider")), loc ? " (" : "",
	       loc ? loc : "", loc ? ")" : "", exp ? ", expires " : "",
	       exp ? exp : "");
}

static void print_human(const struct cp_cli *cli, struct json_object *doc)
{
	struct json_object *config =
	        cp_doc_get(doc, "config", json_type_object);
	struct json_object *provs =
	        cp_doc_get(doc, "providers", json_type_array);
	struct json_object *fields =
	        cp_doc_get(doc, "fields", json_type_object);
	const char *err = cp_doc_str(doc, "error");
	size_t i;

	printf("credplug %s\n", or_dash(cp_doc_str(doc, "version")));
	printf("config:  %s (%s)\n",
	       cp_doc_str(config, "path") ? cp_doc_str(config, "path") : "none",
	       or_dash(cp_doc_str(config, "origin")));
	printf("site:    %s\n", or_dash(cp_doc_str(doc, "site")));
	printf("status:  %s%s%s\n", or_dash(cp_doc_str(doc, "status")),
	       err ? ": " : "", err ? err : "");
	printf("\nProviders, in chain order:\n");
	for (i = 0; provs && i < json_object_array_length(provs); i++)
		print_provider(cli, json_object_array_get_idx(provs, i));
	printf("\nFields:\n");
	for (i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		print_field(cp_fields[i].name,
		            cp_doc_get(fields, cp_fields[i].name,
		                       json_type_object));
	print_string_list("\nAllowed origins: ",
	                  cp_doc_get(doc, "allowed_origins", json_type_array));
}

int cp_cmd_explain(struct cp_cli *cli, int argc, char **argv)
{
	struct credplug_ctx *ctx = NULL;
	struct json_object *doc = NULL;
	char *text = NULL;
	int rc, status;

	rc = cp_cli_parse_simple(cli, argc, argv, cp_help_explain);
	if (rc != CP_CLI_CONTINUE)
		return rc;
	rc = cp_cli_open(cli, 0, &ctx);
	if (rc != CP_EXIT_OK)
		return rc;
	status = credplug_resolve(ctx);
	if (status != CREDPLUG_OK)
		rc = cp_cli_fail(cli, ctx, status, "the provider chain failed");
	if (cp_doc_load(cli, ctx, &doc, &text) == CP_EXIT_OK) {
		if (cli->json)
			printf("%s%s", text,
			       text[0] && text[strlen(text) - 1] == '\n'
			               ? ""
			               : "\n");
		else
			print_human(cli, doc);
	} else if (rc == CP_EXIT_OK) {
		rc = CP_EXIT_FAIL;
	}
	credplug_free(text);
	json_object_put(doc);
	credplug_ctx_free(ctx);
	return rc;
}
