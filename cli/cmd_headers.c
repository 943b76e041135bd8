/*
 * credplug headers — print the headers a request would carry, with their
 * real values, in the library's order.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* The options that decide the endpoint's security list. */
struct hdr_opts {
	struct cp_apply_opts apply;
	const char *method; /* --method M: for the endpoint table */
	int verbose;        /* --verbose: say where the list comes from */
	int fmt;
};

const char cp_help_headers[] =
        "Usage: credplug headers [--auth LIST] [--strict] [--url URL]\n"
        "                        [--method M] [--verbose]\n"
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
        "                      Default: the list of the operation --method "
        "--url\n"
        "                      names in the endpoint table (1,758 operations "
        "of the\n"
        "                      Datadog API); every credential without --url, "
        "for a\n"
        "                      bare origin, or when the table has no such "
        "operation\n"
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
        "  --method M          the request's method, to find --url in the "
        "endpoint\n"
        "                      table (default GET)\n"
        "  -v, --verbose       say on standard error which security list is "
        "used\n"
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
enum { OPT_FORMAT = CP_OPT_LOCAL, OPT_UNSAFE_ARGV, OPT_METHOD };

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

static int parse_local(struct cp_cli *cli, int c, struct hdr_opts *o,
                       int *unsafe_argv)
{
	uint32_t m;

	switch (c) {
	case OPT_FORMAT:
		return parse_format(cli, optarg, &o->fmt);
	case OPT_UNSAFE_ARGV:
		*unsafe_argv = 1;
		return CP_CLI_CONTINUE;
	case 'v':
		o->verbose = 1;
		return CP_CLI_CONTINUE;
	case OPT_METHOD:
		/* The library tells a bad token from an unknown one. */
		if (credplug_auth_for(optarg, "/", &m) == CREDPLUG_EINVAL)
			return cp_cli_usage_error(
			        cli, "--method '%.40s' is not an HTTP method",
			        optarg);
		o->method = optarg;
		return CP_CLI_CONTINUE;
	default:
		return cp_cli_global_opt(cli, c, optarg, cp_help_headers);
	}
}

static int parse(struct cp_cli *cli, int argc, char **argv, struct hdr_opts *o)
{
	static const struct option opts[] = {
	        CP_CLI_GLOBAL_OPTIONS,
	        CP_CLI_APPLY_OPTIONS,
	        {"format", required_argument, NULL, OPT_FORMAT},
	        {"unsafe-argv", no_argument, NULL, OPT_UNSAFE_ARGV},
	        {"method", required_argument, NULL, OPT_METHOD},
	        {"verbose", no_argument, NULL, 'v'},
	        {NULL, 0, NULL, 0}};
	int c, rc, unsafe_argv = 0;

	cp_cli_reset_getopt();
	while ((c = getopt_long(argc, argv, "+hv", opts, NULL)) != -1) {
		if (cp_apply_opt(&o->apply, c, optarg))
			continue;
		rc = parse_local(cli, c, o, &unsafe_argv);
		if (rc != CP_CLI_CONTINUE)
			return rc;
	}
	if (optind < argc)
		return cp_cli_usage_error(cli, "unexpected argument '%s'",
		                          argv[optind]);
	if (cli->json)
		o->fmt = FMT_JSON;
	/* Arguments land in /proc/PID/cmdline, readable by every local user. */
	if (o->fmt == FMT_CURL && !unsafe_argv)
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

/* A security list as the library reads it: the key schemes together, or
 * a bearer scheme alone. */
static void list_text(uint32_t auth, char *out, size_t cap)
{
	const uint32_t keys = CREDPLUG_AUTH_API_KEY | CREDPLUG_AUTH_APP_KEY;

	snprintf(out, cap, "%s%s%s%s%s%s%s",
	         (auth & CREDPLUG_AUTH_API_KEY) ? "apiKeyAuth" : "",
	         (auth & keys) == keys ? "+" : "",
	         (auth & CREDPLUG_AUTH_APP_KEY) ? "appKeyAuth" : "",
	         (auth & keys) && (auth & CREDPLUG_AUTH_BEARER) ? " | " : "",
	         (auth & CREDPLUG_AUTH_BEARER) ? "bearerAuth" : "",
	         (auth & (keys | CREDPLUG_AUTH_BEARER)) &&
	                         (auth & CREDPLUG_AUTH_AUTHZ)
	                 ? " | "
	                 : "",
	         (auth & CREDPLUG_AUTH_AUTHZ) ? "AuthZ" : "");
	if (out[0] == '\0')
		snprintf(out, cap, "(empty)");
}

/* --verbose: where the list comes from.  Never a byte of the URL: its path
 * and query may carry anything (the template names the operation). */
__attribute__((format(printf, 2, 3))) static void say(const struct hdr_opts *o,
                                                      const char *fmt, ...)
{
	va_list ap;

	if (!o->verbose)
		return;
	fputs("credplug: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void upper(const char *s, char *out, size_t cap)
{
	size_t i;

	for (i = 0; i + 1 < cap && s[i]; i++)
		out[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - ('a' - 'A')
		                                           : s[i]);
	out[i] = '\0';
}

/* Where the security list came from. */
enum {
	FROM_AUTH,
	FROM_DEFAULT,
	FROM_ORIGIN,
	FROM_TABLE,
	FROM_UNKNOWN,
	FROM_BAD_URL
};
struct choice {
	uint32_t auth;
	int from;
	const char *tmpl; /* FROM_TABLE: the operation's path template */
};

/* The security list: --auth, else the endpoint table's for --method
 * --url, else (no --url, or an operation the table lacks) every
 * credential, as before the table. */
static int choose_auth(const struct cp_cli *cli, const struct hdr_opts *o,
                       struct choice *ch)
{
	int rc;

	ch->auth = CREDPLUG_AUTH_ALL;
	ch->tmpl = NULL;
	if (o->apply.auth != NULL) {
		ch->from = FROM_AUTH;
		return cp_apply_parse_auth(cli, o->apply.auth, &ch->auth);
	}
	ch->from = FROM_DEFAULT;
	if (o->apply.url == NULL)
		return CP_EXIT_OK;
	rc = credplug_endpoint_find(o->method, o->apply.url, &ch->auth,
	                            &ch->tmpl);
	ch->from = rc == CREDPLUG_OK          ? FROM_TABLE
	           : rc == CREDPLUG_ENOTFOUND ? FROM_UNKNOWN
	                                      : FROM_BAD_URL;
	/* A bare origin is a destination, as the default https://api.<site>/
	 * is: giving it must not change what is printed.  (The root's own
	 * operation, the IP ranges, lives on ip-ranges.<site>; --auth ''
	 * gives its empty list.) */
	if (rc == CREDPLUG_OK && strcmp(ch->tmpl, "/") == 0) {
		ch->from = FROM_ORIGIN;
		ch->auth = CREDPLUG_AUTH_ALL;
	}
	return CP_EXIT_OK;
}

/* --verbose: where the list came from.  Never a byte of the URL: its path
 * and query may carry anything (the template names the operation). */
static void report(const struct hdr_opts *o, const struct choice *ch)
{
	char list[96], method[24];

	upper(o->method, method, sizeof(method));
	list_text(ch->auth, list, sizeof(list));
	switch (ch->from) {
	case FROM_AUTH:
		say(o, "using the security list from --auth: %s", list);
		break;
	case FROM_DEFAULT:
		say(o, "no --url: sending every configured credential");
		break;
	case FROM_ORIGIN:
		say(o, "--url names no operation (its path is /): sending "
		       "every configured credential");
		break;
	case FROM_TABLE:
		say(o, "using the security list of %s %s: %s", method, ch->tmpl,
		    list);
		break;
	case FROM_UNKNOWN:
		say(o,
		    "no %s operation of the endpoint table matches the path of "
		    "--url: sending every configured credential (--auth LIST "
		    "chooses)",
		    method);
		break;
	default:
		say(o, "--url is not a URL the endpoint table can match: "
		       "sending every configured credential");
	}
}

int cp_cmd_headers(struct cp_cli *cli, int argc, char **argv)
{
	struct hdr_opts o = {.method = "GET", .fmt = FMT_HTTP};
	struct credplug_collect c;
	struct credplug_ctx *ctx = NULL;
	struct choice ch;
	char url[2048];
	int rc;

	rc = parse(cli, argc, argv, &o);
	if (rc != CP_CLI_CONTINUE)
		return rc;
	rc = choose_auth(cli, &o, &ch);
	if (rc == CP_EXIT_OK)
		rc = cp_apply_prepare(cli, &o.apply, &ctx);
	if (rc == CP_EXIT_OK) {
		report(&o, &ch);
		rc = cp_apply_default_url(cli, ctx, o.apply.url, NULL, url,
		                          sizeof(url));
	}
	if (rc == CP_EXIT_OK)
		rc = cp_apply_collect(cli, ctx, url, ch.auth, &c);
	/* an endpoint's list: say which alternative lacks what */
	if (rc == CP_EXIT_OK && (ch.from == FROM_AUTH || ch.from == FROM_TABLE))
		cp_apply_warn_partial(cli, ch.auth, &c);
	if (rc == CP_EXIT_OK) {
		print_headers(&c, o.fmt);
		credplug_collect_wipe(&c);
	}
	credplug_ctx_free(ctx);
	return rc;
}
