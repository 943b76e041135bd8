/*
 * credplug headers — print the headers a request would carry, with their
 * real values, in the library's order.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <string.h>

#include "cli.h"

const char cp_help_headers[] =
        "Usage: credplug headers [--auth LIST] [--strict] [--url URL]\n"
        "                        [--format http|curl-config|json]\n"
        "                        [--api-key-file F] [--app-key-file F] "
        "[--pat-file F]\n"
        "\n"
        "Print the headers a request would carry, one 'Name: value' per line, "
        "in the\n"
        "order DD-API-KEY, DD-APPLICATION-KEY, Authorization, with REAL "
        "values.\n"
        "\n"
        "  --auth LIST         the endpoint's OpenAPI security schemes, "
        "comma-separated:\n"
        "                      apiKeyAuth, appKeyAuth, bearerAuth, AuthZ ('' = "
        "none).\n"
        "                      Default: every credential (all four schemes).\n"
        "  --strict            exit 3 when no alternative of --auth is fully\n"
        "                      configured (also \"strict\": true in the "
        "config);\n"
        "                      without it, credplug warns on standard error, "
        "prints\n"
        "                      what is configured and exits 0, as the library "
        "and\n"
        "                      the official clients do\n"
        "  --url URL           destination; refused (exit 5) unless an allowed "
        "origin.\n"
        "                      Default: https://api.<site>/\n"
        "  --format FMT        http (default; for curl -H @-), curl-config (a "
        "curl\n"
        "                      config for curl -K -) or json (an object name "
        "-> value).\n"
        "                      Keep the values off command lines, which every "
        "local\n"
        "                      user can read:\n"
        "                        credplug headers --format curl-config | curl "
        "-K - URL\n"
        "                      curl (-H 'Name: value' arguments) only with "
        "--unsafe-argv\n"
        "  --api-key-file F    explicit API key for this run ('-' = standard "
        "input)\n"
        "  --app-key-file F    explicit application key\n"
        "  --pat-file F        explicit personal access token\n"
        "                      One trailing newline is stripped; an empty file "
        "counts\n"
        "                      as unset. Explicit values beat the "
        "environment.\n"
        "\n"
        "Exits 3 when no credential is configured at all, or with --strict "
        "when no\n"
        "alternative of --auth is fully configured.\n";

enum { FMT_HTTP, FMT_CURL, FMT_CURL_CONFIG, FMT_JSON };
enum { OPT_FORMAT = CP_OPT_LOCAL, OPT_UNSAFE_ARGV };

/* Single-quote for the shell: ' becomes '\'' */
static void put_shell_quoted(const char *s)
{
	putchar('\'');
	for (; *s; s++) {
		if (*s == '\'')
			fputs("'\\''", stdout);
		else
			putchar(*s);
	}
	putchar('\'');
}

/* Values never hold control characters (the library rejects them), so
 * escaping '"' and '\\' is enough for JSON and for a curl config file's
 * double-quoted parameter alike. */
static void put_quoted(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			putchar('\\');
		putchar(*s);
	}
	putchar('"');
}

static void print_headers(const struct credplug_collect *c, int fmt)
{
	char line[sizeof(c->headers[0].name) + sizeof(c->headers[0].value) + 4];
	size_t i;

	if (fmt == FMT_JSON)
		putchar('{');
	for (i = 0; i < c->count; i++) {
		const struct credplug_header *h = &c->headers[i];

		if (fmt == FMT_HTTP) {
			printf("%s: %s\n", h->name, h->value);
		} else if (fmt == FMT_CURL_CONFIG) {
			snprintf(line, sizeof(line), "%s: %s", h->name,
			         h->value);
			fputs("header = ", stdout);
			put_quoted(line);
			putchar('\n');
			credplug_wipe(line, sizeof(line));
		} else if (fmt == FMT_CURL) {
			snprintf(line, sizeof(line), "%s: %s", h->name,
			         h->value);
			fputs(i ? " -H " : "-H ", stdout);
			put_shell_quoted(line);
			credplug_wipe(line, sizeof(line));
		} else {
			fputs(i ? ", " : "", stdout);
			put_quoted(h->name);
			fputs(": ", stdout);
			put_quoted(h->value);
		}
	}
	if (fmt == FMT_JSON)
		fputs("}\n", stdout);
	else if (fmt == FMT_CURL && c->count > 0)
		putchar('\n');
}

static int parse_format(const struct cp_cli *cli, const char *arg, int *fmt)
{
	if (strcmp(arg, "http") == 0)
		*fmt = FMT_HTTP;
	else if (strcmp(arg, "curl") == 0)
		*fmt = FMT_CURL;
	else if (strcmp(arg, "curl-config") == 0)
		*fmt = FMT_CURL_CONFIG;
	else if (strcmp(arg, "json") == 0)
		*fmt = FMT_JSON;
	else
		return cp_cli_usage_error(
		        cli,
		        "unknown --format '%s'; use http, curl-config "
		        "or json",
		        arg);
	return CP_CLI_CONTINUE;
}

static int parse(struct cp_cli *cli, int argc, char **argv,
                 struct cp_apply_opts *o, int *fmt)
{
	static const struct option opts[] = {
	        CP_CLI_GLOBAL_OPTIONS,
	        CP_CLI_APPLY_OPTIONS,
	        {"format", required_argument, NULL, OPT_FORMAT},
	        {"unsafe-argv", no_argument, NULL, OPT_UNSAFE_ARGV},
	        {NULL, 0, NULL, 0}};
	int c, rc, unsafe_argv = 0;

	cp_cli_reset_getopt();
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		if (cp_apply_opt(o, c, optarg))
			continue;
		if (c == OPT_UNSAFE_ARGV) {
			unsafe_argv = 1;
			continue;
		}
		rc = c == OPT_FORMAT ? parse_format(cli, optarg, fmt)
		                     : cp_cli_global_opt(cli, c, optarg,
		                                         cp_help_headers);
		if (rc != CP_CLI_CONTINUE)
			return rc;
	}
	if (optind < argc)
		return cp_cli_usage_error(cli, "unexpected argument '%s'",
		                          argv[optind]);
	if (cli->json)
		*fmt = FMT_JSON;
	/* Arguments land in /proc/PID/cmdline, readable by every local user. */
	if (*fmt == FMT_CURL && !unsafe_argv)
		return cp_cli_usage_error(
		        cli,
		        "--format curl puts the credentials on curl's "
		        "command line, which every local user can read "
		        "(/proc/PID/cmdline); use '--format curl-config | "
		        "curl -K - URL' (or 'credplug headers | curl -H @- "
		        "URL'), or add --unsafe-argv to print the arguments "
		        "anyway");
	return CP_CLI_CONTINUE;
}

int cp_cmd_headers(struct cp_cli *cli, int argc, char **argv)
{
	struct cp_apply_opts o = {0};
	struct credplug_collect c;
	struct credplug_ctx *ctx = NULL;
	char url[2048];
	uint32_t auth;
	int fmt = FMT_HTTP, rc;

	rc = parse(cli, argc, argv, &o, &fmt);
	if (rc != CP_CLI_CONTINUE)
		return rc;
	rc = cp_apply_parse_auth(cli, o.auth, &auth);
	if (rc == CP_EXIT_OK)
		rc = cp_apply_prepare(cli, &o, &ctx);
	if (rc == CP_EXIT_OK)
		rc = cp_apply_default_url(cli, ctx, o.url, NULL, url,
		                          sizeof(url));
	if (rc == CP_EXIT_OK)
		rc = cp_apply_collect(cli, ctx, url, auth, &c);
	if (rc == CP_EXIT_OK && o.auth != NULL)
		cp_apply_warn_partial(cli, auth, &c);
	if (rc == CP_EXIT_OK) {
		print_headers(&c, fmt);
		credplug_collect_wipe(&c);
	}
	credplug_ctx_free(ctx);
	return rc;
}
