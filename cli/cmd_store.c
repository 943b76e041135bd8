/*
 * credplug store / erase — write or remove a value in a writable provider
 * (file, keyring).  The value comes from standard input or a no-echo
 * prompt, never from the command line.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

const char cp_help_store[] =
        "Usage: credplug store --field api_key|app_key|pat|site [--provider "
        "NAME]\n"
        "                      [--profile P]\n"
        "\n"
        "Store a value in a writable provider of the chain (file, keyring). "
        "The\n"
        "value is read from standard input (one trailing newline is stripped) "
        "or,\n"
        "on a terminal, from a prompt that does not echo. It is never taken "
        "from\n"
        "the command line, where other users could see it.\n"
        "\n"
        "  --field F       api_key, app_key, pat or site (required)\n"
        "  --provider P    provider name in the chain, e.g. file or keyring\n"
        "                  (default: the first writable provider)\n"
        "  --profile P     profile to write (default: the provider's default)\n"
        "\n"
        "Says where the value went, e.g.\n"
        "  stored api_key in ~/.config/credplug/credentials.json (file "
        "provider,\n"
        "  profile default, mode 0600)\n"
        "and with --json prints that as an object: action, field, provider, "
        "use,\n"
        "locator, profile, mode (null where the provider did not say).\n"
        "\n"
        "Example: printf %s \"$KEY\" | credplug store --field api_key "
        "--provider file\n";

const char cp_help_erase[] =
        "Usage: credplug erase --field api_key|app_key|pat|site [--provider "
        "NAME]\n"
        "                      [--profile P]\n"
        "\n"
        "Erase a field from a writable provider of the chain (file, keyring).\n"
        "Options and output as for 'credplug store' (\"erased api_key from "
        "...\").\n";

enum { OPT_FIELD = CP_OPT_LOCAL, OPT_PROVIDER };

struct store_args {
	int field;
	const char *provider;
};

/* "api_key, app_key, pat or site" */
static const char *field_names(char *buf, size_t cap)
{
	return cp_fields_join(buf, cap, CP_ALL_FIELDS_MASK, CP_FIELD_COL(name),
	                      ", ", " or ");
}

static int parse(struct cp_cli *cli, int argc, char **argv, const char *help,
                 struct store_args *a)
{
	char names[128];
	static const struct option opts[] = {
	        CP_CLI_GLOBAL_OPTIONS,
	        {"field", required_argument, NULL, OPT_FIELD},
	        {"provider", required_argument, NULL, OPT_PROVIDER},
	        {NULL, 0, NULL, 0}};
	int c, rc;

	a->field = -1;
	cp_cli_reset_getopt();
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		if (c == OPT_FIELD) {
			a->field = credplug_field_from_name(optarg);
			if (a->field < 0)
				return cp_cli_usage_error(
				        cli, "unknown --field '%s'; use %s",
				        optarg,
				        field_names(names, sizeof(names)));
		} else if (c == OPT_PROVIDER) {
			a->provider = optarg;
		} else if ((rc = cp_cli_global_opt(cli, c, optarg, help)) !=
		           CP_CLI_CONTINUE) {
			return rc;
		}
	}
	/* Not echoed: it may well be the secret itself. */
	if (optind < argc)
		return cp_cli_usage_error(
		        cli, "unexpected argument; values are read "
		             "from standard input or a prompt, never "
		             "from the command line");
	if (a->field < 0)
		return cp_cli_usage_error(cli, "--field is required (%s)",
		                          field_names(names, sizeof(names)));
	return CP_CLI_CONTINUE;
}

static void describe_target(const struct cp_cli *cli,
                            const struct store_args *a, char *buf, size_t cap)
{
	snprintf(buf, cap, "%s%s%s", credplug_field_name(a->field),
	         a->provider ? " in provider "
	                     : " in the first writable provider",
	         a->provider ? a->provider : "");
	if (cli->profile) {
		size_t n = strlen(buf);

		snprintf(buf + n, cap - n, " (profile %s)", cli->profile);
	}
}

static uint32_t open_flags(void)
{
	/* A keyring may ask to be unlocked only when a person is there. */
	return isatty(STDIN_FILENO) ? CREDPLUG_FLAG_INTERACTIVE : 0;
}

/* `path` with $HOME shown as "~" when it is inside it (not when HOME is
 * unset, relative or "/"). */
static void shorten_home(const char *path, char *buf, size_t cap)
{
	const char *home = getenv("HOME");
	size_t n = home ? strlen(home) : 0;

	while (n > 0 && home[n - 1] == '/')
		n--;
	if (path[0] == '/' && n > 0 && home[0] == '/' &&
	    strncmp(path, home, n) == 0 && path[n] == '/')
		snprintf(buf, cap, "~%s", path + n);
	else
		snprintf(buf, cap, "%s", path);
}

/* "stored api_key in ~/.config/credplug/credentials.json (file provider,
 * profile default, mode 0600)", or the JSON document with --json. */
static int print_result(const struct cp_cli *cli, const char *text)
{
	struct json_object *doc = json_tokener_parse(text);
	const char *loc = cp_doc_str(doc, "locator");
	const char *prof = cp_doc_str(doc, "profile");
	const char *mode = cp_doc_str(doc, "mode");
	const char *action = cp_doc_str(doc, "action");
	const char *name = cp_doc_str(doc, "provider");
	char where[4400];
	int store;

	if (action == NULL || name == NULL ||
	    cp_doc_str(doc, "field") == NULL) {
		json_object_put(doc);
		cp_term_err(cli, "the library's store report is not a JSON "
		                 "object; please report this bug");
		return CP_EXIT_FAIL;
	}
	store = strcmp(action, "stored") == 0;
	if (cli->json) {
		cp_doc_print(doc);
	} else if (loc == NULL) {
		printf("%s %s %s provider \"%s\" (it did not say where)\n",
		       action, cp_doc_str(doc, "field"), store ? "in" : "from",
		       name);
	} else {
		shorten_home(loc, where, sizeof(where));
		printf("%s %s %s %s (%s provider%s%s%s%s)\n", action,
		       cp_doc_str(doc, "field"), store ? "in" : "from", where,
		       name, prof ? ", profile " : "", prof ? prof : "",
		       mode ? ", mode " : "", mode ? mode : "");
	}
	json_object_put(doc);
	return CP_EXIT_OK;
}

int cp_cmd_store(struct cp_cli *cli, int argc, char **argv)
{
	struct store_args a = {-1, NULL};
	struct credplug_ctx *ctx = NULL;
	char value[CP_SECRET_CAP], target[512], what[600], *doc = NULL;
	size_t len = 0;
	int rc, status;

	rc = parse(cli, argc, argv, cp_help_store, &a);
	if (rc != CP_CLI_CONTINUE)
		return rc;
	describe_target(cli, &a, target, sizeof(target));
	rc = cp_cli_open(cli, open_flags(), &ctx);
	if (rc == CP_EXIT_OK)
		rc = cp_secret_read_input(cli, credplug_field_name(a.field),
		                          value, sizeof(value), &len);
	if (rc == CP_EXIT_OK && len == 0) {
		cp_term_err(
		        cli,
		        "empty value for %s: nothing stored; to remove it use "
		        "'credplug erase --field %s'",
		        credplug_field_name(a.field),
		        credplug_field_name(a.field));
		rc = CP_EXIT_FAIL;
	}
	if (rc == CP_EXIT_OK) {
		status = credplug_store_json(ctx, a.provider, cli->profile,
		                             a.field, value, &doc);
		snprintf(what, sizeof(what), "cannot store %s", target);
		rc = status == CREDPLUG_OK
		             ? CP_EXIT_OK
		             : cp_cli_fail(cli, ctx, status, what);
	}
	credplug_wipe(value, sizeof(value));
	if (rc == CP_EXIT_OK)
		rc = print_result(cli, doc);
	credplug_free(doc);
	credplug_ctx_free(ctx);
	return rc;
}

int cp_cmd_erase(struct cp_cli *cli, int argc, char **argv)
{
	struct store_args a = {-1, NULL};
	struct credplug_ctx *ctx = NULL;
	char target[512], what[600], *doc = NULL;
	int rc, status;

	rc = parse(cli, argc, argv, cp_help_erase, &a);
	if (rc != CP_CLI_CONTINUE)
		return rc;
	describe_target(cli, &a, target, sizeof(target));
	rc = cp_cli_open(cli, open_flags(), &ctx);
	if (rc != CP_EXIT_OK)
		return rc;
	status = credplug_erase_json(ctx, a.provider, cli->profile, a.field,
	                             &doc);
	snprintf(what, sizeof(what), "cannot erase %s", target);
	rc = status == CREDPLUG_OK ? CP_EXIT_OK
	                           : cp_cli_fail(cli, ctx, status, what);
	if (rc == CP_EXIT_OK)
		rc = print_result(cli, doc);
	credplug_free(doc);
	credplug_ctx_free(ctx);
	return rc;
}
