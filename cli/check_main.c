/*
 * credplug-check-provider — the conformance checker behind
 * `credplug check-provider MODULE [--options JSON|@FILE] [--json]`.
 *
 * The order of the checks follows what the host does: path checks, load,
 * create, resolve, then two threads, then store/erase.  Each stage runs
 * in its own child (check_child.c); a stage that cannot run skips what
 * depends on it, with the reason.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "check.h"
#include "cli.h"
#include "internal.h"
#include "json_wipe.h"
#include "provdir.h"

enum { OPT_OPTIONS = 0x300, OPT_JSON, OPT_NO_COLOR, OPT_PROVIDER_DIR };

/* Every check, in order, for the skip lines of what cannot run. */
static const char *const stages[] = {"load",     "create", "leaks",   "resolve",
                                     "messages", "values", "threads", "store",
                                     "stdout",   NULL};

static void skip_from(struct ck *ck, const char *first, const char *why)
{
	int i = 0;

	while (stages[i] != NULL && strcmp(stages[i], first) != 0)
		i++;
	for (; stages[i] != NULL; i++)
		ck_report(ck, CK_SKIP, stages[i], "%s", why);
}

static void check_store_stage(struct ck *ck)
{
	const uint32_t rw = CREDPLUG_CAP_STORE | CREDPLUG_CAP_ERASE;

	if (!(ck->gate[CK_G_CAPS] & rw))
		ck_report(ck, CK_SKIP, "store",
		          "the module declares neither store nor erase");
	else if (!ck->have_options)
		ck_report(
		        ck, CK_SKIP, "store",
		        "no --options: the round trip writes where the options "
		        "point; name a scratch location (e.g. {\"path\": "
		        "\"/tmp/scratch.json\"} for the file provider)");
	else if (!(ck->gate[CK_G_ICAPS] & rw))
		ck_report(ck, CK_SKIP, "store",
		          "this instance is read-only with these options "
		          "(restrict_capabilities)");
	else if (!ck->gate[CK_G_RESOLVED])
		ck_report(
		        ck, CK_SKIP, "store",
		        "resolve does not return in time with a status of the "
		        "ABI");
	else
		ck_child(ck, "store", ck_check_store, 60000);
}

static void run_checks(struct ck *ck)
{
	if (ck_check_path(ck) != 0) {
		skip_from(ck, "load",
		          "the host loads no module from that path");
		return;
	}
	ck_child(ck, "load", ck_check_load, 20000);
	if (!ck->gate[CK_G_LOADED]) {
		skip_from(ck, "create", "the host does not load it");
		return;
	}
	ck_child(ck, "create", ck_check_create, 120000);
	if (!ck->gate[CK_G_CREATED]) {
		skip_from(ck, "resolve",
		          "create does not succeed with these options");
		return;
	}
	ck_child(ck, "resolve", ck_check_resolve, 20000);
	if (ck->gate[CK_G_RESOLVED])
		ck_child(ck, "threads", ck_check_threads, 60000);
	else
		ck_report(
		        ck, CK_SKIP, "threads",
		        "resolve does not return in time with a status of the "
		        "ABI");
	check_store_stage(ck);
	if (ck->gate[CK_G_STDOUT] > 0)
		ck_report(ck, CK_FAIL, "stdout",
		          "the module wrote %ld bytes to standard output: a "
		          "module never prints (the host's standard output may "
		          "be its data, as with credplug headers)",
		          ck->gate[CK_G_STDOUT]);
	else
		ck_report(ck, CK_OK, "stdout",
		          "the module wrote nothing to standard output");
}

/* ---- arguments ---------------------------------------------------------- */

__attribute__((format(printf, 1, 2))) static int usage(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "credplug check-provider: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'credplug check-provider --help'.\n");
	return CP_EXIT_USAGE;
}

/* The options: JSON text, or @FILE. */
static int read_options(struct ck *ck, const char *arg)
{
	char *text = NULL, err[300];
	size_t len = 0;
	struct json_tokener *tok;

	if (arg[0] == '@') {
		FILE *f = fopen(arg + 1, "re");

		text = f ? calloc(1, 1 << 20) : NULL;
		len = text ? fread(text, 1, (1 << 20) - 1, f) : 0;
		if (f != NULL)
			fclose(f);
		if (text == NULL) {
			free(text);
			return usage("--options: cannot read %s", arg + 1);
		}
	}
	tok = json_tokener_new();
	ck->options =
	        tok ? json_tokener_parse_ex(tok, text ? text : arg,
	                                    (int)(text ? len : strlen(arg)) + 1)
	            : NULL;
	snprintf(err, sizeof(err), "%s",
	         tok == NULL ? "out of memory"
	         : ck->options == NULL
	                 ? json_tokener_error_desc(json_tokener_get_error(tok))
	                 : "");
	cp_json_tokener_free_wiped(tok);
	if (text != NULL)
		explicit_bzero(text, len);
	free(text);
	if (ck->options == NULL)
		return usage("--options: not JSON (%s)", err);
	if (!json_object_is_type(ck->options, json_type_object))
		return usage("--options: not a JSON object");
	if (json_object_object_get_ex(ck->options, "use", NULL))
		return usage("--options: %s", "no \"use\": the module is "
		                              "named by MODULE");
	ck->have_options = true;
	return CP_CLI_CONTINUE;
}

/* MODULE: a provider name (the host's rule, provdir.h), looked for in the
 * provider directory, or a path (made absolute, symlinks kept for the path
 * checks). */
static int module_path(struct ck *ck, const char *arg, const char *dir,
                       char *buf, size_t cap)
{
	struct credplug_ctx *ctx = NULL;
	char cwd[PATH_MAX], err[256];
	int n;

	if (arg[0] == '/')
		n = snprintf(buf, cap, "%s", arg);
	else if (!cp_provider_name_ok(arg))
		n = getcwd(cwd, sizeof(cwd))
		            ? snprintf(buf, cap, "%s/%s", cwd, arg)
		            : -1;
	else if (dir != NULL)
		n = snprintf(buf, cap, "%s/%s.so", dir, arg);
	else if (ck_ctx_new(ck, NULL, false, &ctx, err, sizeof(err)) == 0)
		n = snprintf(buf, cap, "%s/%s.so", cp_provider_dir(ctx), arg);
	else
		n = -1;
	credplug_ctx_free(ctx);
	if (n < 0 || (size_t)n >= cap)
		return usage("cannot make a path of %s", arg);
	ck->module = buf;
	return CP_CLI_CONTINUE;
}

static int parse(struct ck *ck, int argc, char **argv, char *path, size_t cap)
{
	static const struct option opts[] = {
	        {"options", required_argument, NULL, OPT_OPTIONS},
	        {"json", no_argument, NULL, OPT_JSON},
	        {"no-color", no_argument, NULL, OPT_NO_COLOR},
	        {"provider-dir", required_argument, NULL, OPT_PROVIDER_DIR},
	        {"help", no_argument, NULL, 'h'},
	        {NULL, 0, NULL, 0}};
	const char *dir = NULL;
	int c, rc;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (c == 'h') {
			fputs(cp_help_check_provider, stdout);
			return CP_EXIT_OK;
		} else if (c == OPT_OPTIONS && ck->options != NULL) {
			return usage("%s", "--options given twice");
		} else if (c == OPT_OPTIONS) {
			if ((rc = read_options(ck, optarg)) != CP_CLI_CONTINUE)
				return rc;
		} else if (c == OPT_JSON || c == OPT_NO_COLOR) {
			ck->json |= c == OPT_JSON;
			ck->color &= c != OPT_NO_COLOR;
		} else if (c == OPT_PROVIDER_DIR) {
			dir = optarg;
		} else {
			return usage("%s", "bad option");
		}
	}
	if (optind + 1 != argc)
		return usage("%s", optind >= argc ? "missing MODULE"
		                                  : "one MODULE only");
	if (ck->options == NULL &&
	    (ck->options = json_object_new_object()) == NULL)
		return usage("%s", "out of memory");
	return module_path(ck, argv[optind], dir, path, cap);
}

int main(int argc, char **argv)
{
	struct cp_cli cli = {0};
	struct ck ck = {0};
	char path[PATH_MAX];
	int rc;

	/* Options and what the module resolves may be credentials. */
	(void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
	cp_term_init(&cli);
	ck.color = cli.color_out;
	if (argc > 0)
		argv[0] = (char *)"credplug check-provider"; /* getopt's text */
	rc = parse(&ck, argc, argv, path, sizeof(path));
	if (rc == CP_CLI_CONTINUE) {
		ck.checks = ck.json ? json_object_new_array() : NULL;
		run_checks(&ck);
		ck_summary(&ck);
		rc = ck.n_fail > 0 ? CP_EXIT_FAIL : CP_EXIT_OK;
	}
	json_object_put(ck.checks);
	cp_json_put_wiped(ck.options);
	return rc;
}
