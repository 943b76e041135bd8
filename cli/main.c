/*
 * credplug(1) — dispatch, global options, exit codes.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include "cli.h"

static const struct cp_command commands[] = {
        {"list", cp_cmd_list,
         "one row per field: redacted value, source, expiry", cp_help_list},
        {"explain", cp_cmd_explain,
         "the whole provider chain and where each field came from",
         cp_help_explain},
        {"headers", cp_cmd_headers,
         "print the headers a request would carry (real values)",
         cp_help_headers},
        {"exec", cp_cmd_exec, "run a command with " CP_FIELD_ENV_LIST,
         cp_help_exec},
        {"store", cp_cmd_store,
         "store a value (read from stdin or a hidden prompt)", cp_help_store},
        {"erase", cp_cmd_erase, "erase a value from a writable provider",
         cp_help_erase},
        {"providers", cp_cmd_providers, "installed and configured providers",
         cp_help_providers},
        {"doctor", cp_cmd_doctor,
         "check config, permissions, providers, site; --online",
         cp_help_doctor},
        {"check-provider", cp_cmd_check_provider,
         "run a provider module through the plugin ABI's contract",
         cp_help_check_provider},
};
#define N_COMMANDS (sizeof(commands) / sizeof(commands[0]))

static const char exit_codes_help[] =
        "Exit status:\n"
        "  0  success\n"
        "  1  generic failure\n"
        "  2  usage error (bad option, unknown --auth scheme)\n"
        "  3  no credential satisfies the endpoint\n"
        "  4  configuration or permission error\n"
        "  5  destination refused (the URL is not an allowed origin)\n";

static const char global_help[] =
        "Global options (before or after the subcommand):\n"
        "  --config PATH   read this config file (default: $CREDPLUG_CONFIG,\n"
        "                  $XDG_CONFIG_HOME/credplug/config.json, "
        "/etc/credplug/config.json)\n"
        "  --profile P     profile for the providers (sets CREDPLUG_PROFILE)\n"
        "  --json          machine-readable output where it makes sense\n"
        "  --no-color      never colour (NO_COLOR=1 does the same)\n"
        "  -h, --help      show help; 'credplug help CMD' or 'credplug CMD "
        "--help'\n"
        "  --version       print the version\n";

static void print_main_help(void)
{
	size_t i;

	printf("Usage: credplug [OPTIONS] COMMAND [ARGS...]\n\n"
	       "Find Datadog credentials wherever they live and show or use "
	       "them.\n\n"
	       "Commands:\n");
	for (i = 0; i < N_COMMANDS; i++)
		printf("  %-14s %s\n", commands[i].name, commands[i].summary);
	printf("\n%s\n%s\nSee credplug(1) for details.\n", global_help,
	       exit_codes_help);
}

static void print_cmd_help(const char *help)
{
	printf("%s\n%s\n%s", help, global_help, exit_codes_help);
}

static const struct cp_command *find_command(const char *name)
{
	size_t i;

	for (i = 0; i < N_COMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

void cp_cli_reset_getopt(void)
{
	optind = 0; /* glibc: full re-initialisation */
	opterr = 1;
}

int cp_cli_usage_error(const struct cp_cli *cli, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "credplug%s%s: ", cli->cmd ? " " : "",
	        cli->cmd ? cli->cmd : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'credplug%s%s --help'.\n", cli->cmd ? " " : "",
	        cli->cmd ? cli->cmd : "");
	return CP_EXIT_USAGE;
}

int cp_cli_global_opt(struct cp_cli *cli, int c, const char *arg,
                      const char *help)
{
	switch (c) {
	case CP_OPT_CONFIG:
		cli->config = arg;
		return CP_CLI_CONTINUE;
	case CP_OPT_PROFILE:
		if (arg[0] == '\0')
			return cp_cli_usage_error(
			        cli, "--profile needs a non-empty name");
		cli->profile = arg;
		return CP_CLI_CONTINUE;
	case CP_OPT_JSON:
		cli->json = 1;
		return CP_CLI_CONTINUE;
	case CP_OPT_NO_COLOR:
		cli->no_color = 1;
		cp_term_init(cli);
		return CP_CLI_CONTINUE;
	case 'h':
		if (help)
			print_cmd_help(help);
		else
			print_main_help();
		return CP_EXIT_OK;
	default: /* getopt already said what was wrong */
		fprintf(stderr, "Try 'credplug%s%s --help'.\n",
		        cli->cmd ? " " : "", cli->cmd ? cli->cmd : "");
		return CP_EXIT_USAGE;
	}
}

int cp_cli_exit_code(int status)
{
	switch (status) {
	case CREDPLUG_OK:
		return CP_EXIT_OK;
	case CREDPLUG_ENOCRED:
		return CP_EXIT_NOCRED;
	case CREDPLUG_ECONFIG:
	case CREDPLUG_EMODULE:
	case CREDPLUG_EDENIED:
	case CREDPLUG_ENOTFOUND:
		return CP_EXIT_CONFIG;
	case CREDPLUG_EDESTINATION:
		return CP_EXIT_DEST;
	default:
		return CP_EXIT_FAIL;
	}
}

int cp_cli_open(struct cp_cli *cli, uint32_t flags, struct credplug_ctx **out)
{
	struct credplug_options opts = CREDPLUG_OPTIONS_INIT;
	char errbuf[1024] = "";
	int rc;

	if (cli->profile && setenv("CREDPLUG_PROFILE", cli->profile, 1) != 0) {
		cp_term_err(cli, "cannot set CREDPLUG_PROFILE: out of memory");
		return CP_EXIT_FAIL;
	}
	opts.config_path = cli->config;
	opts.flags = flags;
	opts.errbuf = errbuf;
	opts.errbuf_len = sizeof(errbuf);
	rc = credplug_ctx_new(out, &opts);
	if (rc == CREDPLUG_OK)
		return CP_EXIT_OK;
	*out = NULL;
	cp_term_err(cli, "%s", errbuf[0] ? errbuf : credplug_strerror(rc));
	return cp_cli_exit_code(rc);
}

int cp_cli_fail(const struct cp_cli *cli, const struct credplug_ctx *ctx,
                int status, const char *what)
{
	const char *detail = ctx ? credplug_errmsg(ctx) : NULL;

	if (detail == NULL || detail[0] == '\0')
		detail = credplug_strerror(status);
	if (what)
		cp_term_err(cli, "%s: %s", what, detail);
	else
		cp_term_err(cli, "%s", detail);
	return cp_cli_exit_code(status);
}

int cp_cli_parse_simple(struct cp_cli *cli, int argc, char **argv,
                        const char *help)
{
	static const struct option opts[] = {CP_CLI_GLOBAL_OPTIONS,
	                                     {NULL, 0, NULL, 0}};
	int c, rc;

	cp_cli_reset_getopt();
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		rc = cp_cli_global_opt(cli, c, optarg, help);
		if (rc != CP_CLI_CONTINUE)
			return rc;
	}
	if (optind < argc)
		return cp_cli_usage_error(cli, "unexpected argument '%s'",
		                          argv[optind]);
	return CP_CLI_CONTINUE;
}

static int run_help(struct cp_cli *cli, int argc, char **argv)
{
	const struct cp_command *cmd;

	if (argc < 2) {
		print_main_help();
		return CP_EXIT_OK;
	}
	cmd = find_command(argv[1]);
	if (cmd == NULL)
		return cp_cli_usage_error(cli, "no such command '%s'", argv[1]);
	print_cmd_help(cmd->help);
	return CP_EXIT_OK;
}

static int parse_global(struct cp_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
	        CP_CLI_GLOBAL_OPTIONS,
	        {"version", no_argument, NULL, 'V'},
	        {NULL, 0, NULL, 0}};
	int c, rc;

	cp_cli_reset_getopt();
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		if (c == 'V') {
			printf("credplug %s (libcredplug %s)\n",
			       CREDPLUG_VERSION_STRING, credplug_version());
			return CP_EXIT_OK;
		}
		rc = cp_cli_global_opt(cli, c, optarg, NULL);
		if (rc != CP_CLI_CONTINUE)
			return rc;
	}
	return CP_CLI_CONTINUE;
}

static int dispatch(struct cp_cli *cli, int argc, char **argv)
{
	static char progname[64];
	const struct cp_command *cmd;
	int rc;

	rc = parse_global(cli, argc, argv);
	if (rc != CP_CLI_CONTINUE)
		return rc;
	if (optind >= argc)
		return cp_cli_usage_error(
		        cli, "missing command (one of list, explain, "
		             "headers, exec, store, erase, providers, doctor, "
		             "check-provider)");
	argc -= optind;
	argv += optind;
	if (strcmp(argv[0], "help") == 0)
		return run_help(cli, argc, argv);
	cmd = find_command(argv[0]);
	if (cmd == NULL)
		return cp_cli_usage_error(cli, "no such command '%s'", argv[0]);
	cli->cmd = cmd->name;
	/* getopt's own messages then read "credplug CMD: ..." */
	snprintf(progname, sizeof(progname), "credplug %s", cmd->name);
	argv[0] = progname;
	return cmd->run(cli, argc, argv);
}

int main(int argc, char **argv)
{
	/* stdout goes through our own buffer so that header values printed by
	 * `headers` can be wiped after the final flush. */
	static char outbuf[16384];
	struct cp_cli cli;
	int rc;

#ifdef PR_SET_DUMPABLE
	/* First thing, before any key is read: a crash writes no core file, and
	 * other processes of the same user cannot ptrace us or read
	 * /proc/PID/mem or environ.  execve resets it, so `exec`'s command is
	 * unaffected. */
	(void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
	setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	memset(&cli, 0, sizeof(cli));
	if (argc > 0)
		argv[0] = (char *)"credplug"; /* getopt's messages */
	cp_term_init(&cli);
	rc = dispatch(&cli, argc, argv);
	if (fflush(stdout) != 0 && rc == CP_EXIT_OK) {
		cp_term_err(&cli, "cannot write to standard output");
		rc = CP_EXIT_FAIL;
	}
	credplug_wipe(outbuf, sizeof(outbuf));
	return rc;
}
