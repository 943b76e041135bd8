/*
 * credplug doctor — check config syntax, file permissions, provider
 * loading, keyring reachability, the site and (with --online) the API key;
 * every problem with its fix.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "urlmsg.h"

const char cp_help_doctor[] =
        "Usage: credplug doctor [--online] [--url URL] [--json]\n"
        "\n"
        "Check the setup and say how to fix each problem: config file syntax "
        "and\n"
        "permissions, provider modules (loading, ABI, permissions), backends "
        "such\n"
        "as the keyring (reachable or not), the site, and which credentials "
        "were\n"
        "found.\n"
        "\n"
        "  --online    also call GET /api/v1/validate on https://api.<site> "
        "with\n"
        "              the API key and report whether Datadog accepts it\n"
        "  --url URL   API base for --online instead of https://api.<site>\n"
        "              (must be an allowed origin)\n"
        "\n"
        "Exits 0 when nothing failed (warnings allowed), otherwise with the "
        "code of\n"
        "the first failed check.\n";

enum { OPT_ONLINE = CP_OPT_LOCAL, OPT_URL };
enum level { L_OK, L_WARN, L_FAIL };

struct doctor {
	struct cp_cli *cli;
	struct credplug_ctx *ctx;
	struct json_object *doc;
	struct json_object *checks; /* --json output */
	int problems, warnings, exit_code;
	int online;
	const char *url;
};

static void report(struct doctor *d, enum level lv, int code, const char *check,
                   const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void report(struct doctor *d, enum level lv, int code, const char *check,
                   const char *fmt, ...)
{
	static const char *const tags[] = {" ok ", "warn", "FAIL"};
	static const char *const sgr[] = {"\033[32m", "\033[33m", "\033[1;31m"};
	static const char *const words[] = {"ok", "warning", "fail"};
	struct json_object *o;
	char msg[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	d->warnings += lv == L_WARN;
	if (lv == L_FAIL && d->problems++ == 0)
		d->exit_code = code;
	if (!d->cli->json) {
		printf("[%s%s%s] %s: %s\n",
		       cp_term_color(d->cli->color_out, sgr[lv]), tags[lv],
		       cp_term_color(d->cli->color_out, "\033[0m"), check, msg);
		return;
	}
	o = json_object_new_object();
	json_object_object_add(o, "check", json_object_new_string(check));
	json_object_object_add(o, "result", json_object_new_string(words[lv]));
	json_object_object_add(o, "message", json_object_new_string(msg));
	json_object_array_add(d->checks, o);
}

static void check_config_file(struct doctor *d)
{
	struct json_object *cfg =
	        cp_doc_get(d->doc, "config", json_type_object);
	const char *path = cp_doc_str(cfg, "path");
	/* the config's source (explain's key is "origin") */
	const char *source = cp_doc_str(cfg, "origin");
	struct stat st;

	if (path == NULL) {
		report(d, L_OK, 0, "config",
		       "no config file (%s); using the default "
		       "chain",
		       source ? source : "default");
		return;
	}
	report(d, L_OK, 0, "config", "%s (from %s) parses", path,
	       source ? source : "?");
	if (stat(path, &st) != 0)
		return;
	if (st.st_mode & (S_IWGRP | S_IWOTH))
		report(d, L_FAIL, CP_EXIT_CONFIG, "config permissions",
		       "%s is writable "
		       "by group or others, who could redirect your "
		       "credentials; fix: "
		       "chmod go-w '%s'",
		       path, path);
	else if (st.st_uid != 0 && st.st_uid != geteuid())
		report(d, L_WARN, 0, "config permissions",
		       "%s is owned by uid %u, not "
		       "by you or root; fix: chown %u '%s'",
		       path, (unsigned)st.st_uid, (unsigned)geteuid(), path);
}

static void check_provider(struct doctor *d, struct json_object *p)
{
	const char *name = cp_doc_str(p, "name") ? cp_doc_str(p, "name")
	                                         : cp_doc_str(p, "use");
	const char *status = cp_doc_str(p, "status");
	const char *msg = cp_doc_str(p, "message");
	char check[300];

	snprintf(check, sizeof(check), "provider #%d %s",
	         (int)cp_doc_int(p, "index"), name ? name : "?");
	if (status == NULL)
		status = "?";
	if (msg == NULL || msg[0] == '\0')
		msg = "no detail";
	if (strcmp(status, "found") == 0 || strcmp(status, "not_found") == 0 ||
	    strcmp(status, "skipped") == 0 || strcmp(status, "unchanged") == 0)
		report(d, L_OK, 0, check, "%s (%s)", status, msg);
	else if (strcmp(status, "not_run") == 0) /* after an earlier failure */
		report(d, L_OK, 0, check, "not reached (%s)", msg);
	else if (strcmp(status, "unavailable") == 0 ||
	         strcmp(status, "timed_out") == 0)
		report(d, L_WARN, 0, check, "%s: backend not reachable: %s",
		       status, msg);
	else if (strcmp(status, "not_installed") == 0)
		report(d, L_WARN, 0, check,
		       "not installed: %s; install the provider "
		       "or remove it from the config",
		       msg);
	else if (strcmp(status, "denied") == 0 || !cp_doc_bool(p, "loaded"))
		report(d, L_FAIL, CP_EXIT_CONFIG, check, "%s: %s", status, msg);
	else
		report(d, L_FAIL, CP_EXIT_FAIL, check, "%s: %s", status, msg);
	if (cp_doc_int(p, "overran_ms") > 0)
		report(d, L_WARN, 0, check,
		       "overran its deadline (timeout_ms %" PRId64
		       ") by %" PRId64
		       " ms; an in-process module cannot be interrupted: fix "
		       "it, or run the backend through the process provider",
		       cp_doc_int(p, "timeout_ms"),
		       cp_doc_int(p, "overran_ms"));
}

static void check_site(struct doctor *d)
{
	static const char *const known[] = {
	        "datadoghq.com", "us3.datadoghq.com", "us5.datadoghq.com",
	        "datadoghq.eu",  "ap1.datadoghq.com", "ap2.datadoghq.com",
	        "ddog-gov.com"};
	const char *site = cp_doc_str(d->doc, "site");
	size_t i;

	if (site == NULL || site[0] == '\0') {
		report(d, L_FAIL, CP_EXIT_CONFIG, "site",
		       "no site configured; fix: "
		       "export %s=datadoghq.com (or your site)",
		       cp_fields[CREDPLUG_SITE].env);
		return;
	}
	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (strcmp(site, known[i]) == 0) {
			report(d, L_OK, 0, "site", "%s", site);
			return;
		}
	report(d, L_WARN, 0, "site",
	       "'%s' is not a known Datadog site (datadoghq.com, "
	       "us3.datadoghq.com, us5.datadoghq.com, datadoghq.eu, "
	       "ap1.datadoghq.com, ap2.datadoghq.com, ddog-gov.com); check "
	       "%s or \"%s\" in the config",
	       site, cp_fields[CREDPLUG_SITE].env,
	       cp_fields[CREDPLUG_SITE].name);
}

/* The fix: the key schemes' variables together, or a bearer's. */
static void none_found(struct doctor *d)
{
	char keys[128], bearers[128];

	cp_fields_join(keys, sizeof(keys),
	               cp_fields_sent_by(CREDPLUG_AUTH_API_KEY |
	                                 CREDPLUG_AUTH_APP_KEY),
	               CP_FIELD_COL(env), ", ", " and ");
	cp_fields_join(
	        bearers, sizeof(bearers),
	        cp_fields_sent_by(CREDPLUG_AUTH_BEARER | CREDPLUG_AUTH_AUTHZ),
	        CP_FIELD_COL(env), ", ", " or ");
	report(d, L_FAIL, CP_EXIT_NOCRED, "credentials",
	       "none found; fix: export %s (or %s), or run 'credplug store "
	       "--field %s'",
	       keys, bearers, cp_fields[CREDPLUG_API_KEY].name);
}

static void check_fields(struct doctor *d, int status)
{
	struct json_object *fields =
	        cp_doc_get(d->doc, "fields", json_type_object);
	struct json_object *f;
	char found[1024] = "";
	const char *name;
	size_t n = 0;

	if (status != CREDPLUG_OK) {
		report(d, L_FAIL, cp_cli_exit_code(status), "credentials",
		       "the chain failed: %s", credplug_errmsg(d->ctx));
		return;
	}
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		name = cp_fields[i].name;
		f = cp_doc_get(fields, name, json_type_object);
		if (!cp_fields[i].secret || !cp_doc_bool(f, "set"))
			continue;
		n = strlen(found);
		snprintf(found + n, sizeof(found) - n, "%s%s from %s%s%s%s",
		         n ? ", " : "", name,
		         cp_doc_str(f, "provider") ? cp_doc_str(f, "provider")
		                                   : "?",
		         cp_doc_str(f, "locator") ? " (" : "",
		         cp_doc_str(f, "locator") ? cp_doc_str(f, "locator")
		                                  : "",
		         cp_doc_str(f, "locator") ? ")" : "");
	}
	if (found[0] == '\0')
		none_found(d);
	else
		report(d, L_OK, 0, "credentials", "%s", found);
}

/* The validate call's outcome; `origin` is the URL as messages show it. */
static void report_online(struct doctor *d, const struct cp_online_result *res,
                          const char *origin)
{
	if (res->valid)
		report(d, L_OK, 0, "online", "API key is valid (%s)", origin);
	else if (res->http_status == 0)
		report(d, L_FAIL, CP_EXIT_FAIL, "online",
		       "cannot reach %s: %s; check "
		       "the network, proxy and %s",
		       origin, res->detail, cp_fields[CREDPLUG_SITE].env);
	else if (res->http_status == 401 || res->http_status == 403)
		report(d, L_FAIL, CP_EXIT_FAIL, "online",
		       "API key rejected by %s (HTTP "
		       "%ld); fix: check that the key exists, is not revoked "
		       "and belongs "
		       "to this site",
		       origin, res->http_status);
	else
		report(d, L_FAIL, CP_EXIT_FAIL, "online",
		       "unexpected answer from %s "
		       "(HTTP %ld); try again later",
		       origin, res->http_status);
}

static void check_online(struct doctor *d)
{
	struct cp_online_result res;
	struct credplug_collect c;
	char url[2048], origin[300];
	int ec;

	if (cp_apply_default_url(d->cli, d->ctx, d->url, "/api/v1/validate",
	                         url, sizeof(url)) != CP_EXIT_OK)
		return (void)report(d, L_FAIL, CP_EXIT_USAGE, "online",
		                    "bad URL");
	/* --url may carry a password, or a token in its path */
	cp_url_origin_text(url, origin, sizeof(origin));
	ec = cp_apply_collect(d->cli, d->ctx, url, CREDPLUG_AUTH_API_KEY, &c);
	if (ec != CP_EXIT_OK)
		return (void)report(d, L_FAIL, ec, "online",
		                    "could not build the request's headers for "
		                    "%s (see the error above)",
		                    origin);
	if (c.count == 0)
		return (void)report(d, L_FAIL, CP_EXIT_NOCRED, "online",
		                    "no %s to validate; fix: export %s or run "
		                    "'credplug store --field %s'",
		                    cp_fields[CREDPLUG_API_KEY].title,
		                    cp_fields[CREDPLUG_API_KEY].env,
		                    cp_fields[CREDPLUG_API_KEY].name);
	credplug_collect_wipe(&c);
	cp_online_validate(d->ctx, url, 10000, &res);
	report_online(d, &res, origin);
}

static int parse(struct doctor *d, int argc, char **argv)
{
	static const struct option opts[] = {
	        CP_CLI_GLOBAL_OPTIONS,
	        {"online", no_argument, NULL, OPT_ONLINE},
	        {"url", required_argument, NULL, OPT_URL},
	        {NULL, 0, NULL, 0}};
	int c, rc;

	cp_cli_reset_getopt();
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		if (c == OPT_ONLINE)
			d->online = 1;
		else if (c == OPT_URL)
			d->url = optarg;
		else if ((rc = cp_cli_global_opt(d->cli, c, optarg,
		                                 cp_help_doctor)) !=
		         CP_CLI_CONTINUE)
			return rc;
	}
	if (optind < argc)
		return cp_cli_usage_error(d->cli, "unexpected argument '%s'",
		                          argv[optind]);
	return CP_CLI_CONTINUE;
}

static void run_checks(struct doctor *d)
{
	struct credplug_options opts = CREDPLUG_OPTIONS_INIT;
	struct json_object *provs;
	char errbuf[1024] = "";
	size_t i;
	int rc, status;

	if (d->cli->profile)
		setenv("CREDPLUG_PROFILE", d->cli->profile, 1);
	opts.config_path = d->cli->config;
	opts.errbuf = errbuf;
	opts.errbuf_len = sizeof(errbuf);
	rc = credplug_ctx_new(&d->ctx, &opts);
	if (rc != CREDPLUG_OK)
		return (void)report(d, L_FAIL, cp_cli_exit_code(rc), "config",
		                    "%s",
		                    errbuf[0] ? errbuf : credplug_strerror(rc));
	status = credplug_resolve(d->ctx);
	if (cp_doc_load(d->cli, d->ctx, &d->doc, NULL) != CP_EXIT_OK)
		return (void)report(d, L_FAIL, CP_EXIT_FAIL, "explain",
		                    "no document");
	check_config_file(d);
	provs = cp_doc_get(d->doc, "providers", json_type_array);
	for (i = 0; provs && i < json_object_array_length(provs); i++)
		check_provider(d, json_object_array_get_idx(provs, i));
	check_site(d);
	check_fields(d, status);
	if (d->online)
		check_online(d);
}

int cp_cmd_doctor(struct cp_cli *cli, int argc, char **argv)
{
	struct doctor d;
	struct json_object *out;
	int rc;

	memset(&d, 0, sizeof(d));
	d.cli = cli;
	rc = parse(&d, argc, argv);
	if (rc != CP_CLI_CONTINUE)
		return rc;
	d.checks = json_object_new_array();
	run_checks(&d);
	if (cli->json) {
		out = json_object_new_object();
		json_object_object_add(out, "checks",
		                       json_object_get(d.checks));
		json_object_object_add(out, "problems",
		                       json_object_new_int(d.problems));
		json_object_object_add(out, "warnings",
		                       json_object_new_int(d.warnings));
		cp_doc_print(out);
		json_object_put(out);
	} else {
		printf("%d problem%s, %d warning%s.\n", d.problems,
		       d.problems == 1 ? "" : "s", d.warnings,
		       d.warnings == 1 ? "" : "s");
	}
	json_object_put(d.checks);
	json_object_put(d.doc);
	credplug_ctx_free(d.ctx);
	return d.exit_code;
}
