/*
 * The `process` provider: run a configured command (no shell) and read one
 * credential document, or one plain value (value.c), from its stdout.
 * docs/enterprise-backends.md.
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

#include "credoc.h"
#include "entry.h"
#include "opts.h"
#include "process.h"
#include "run.h"

#define PROC_DEFAULT_MAX_OUTPUT 65536
#define PROC_MAX_MAX_OUTPUT     (16 * 1024 * 1024)

struct proc_state {
	char **argv;      /* NULL-terminated */
	char **env_names; /* NULL-terminated allowlist */
	int interactive;
	struct cp_process_cfg cfg;
};

static const char *const proc_option_keys[] = {
        "command", "env",    "interactive", "max_output", "output",
        "field",   "ttl_ms", "exit_status", NULL};

static void proc_destroy(void *state)
{
	struct proc_state *st = state;

	if (st == NULL)
		return;
	cp_opt_strv_free(st->argv);
	cp_opt_strv_free(st->env_names);
	free(st);
}

static int valid_env_name(const char *s)
{
	if (s[0] == '\0' || (s[0] >= '0' && s[0] <= '9'))
		return 0;
	for (; *s != '\0'; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		      (*s >= '0' && *s <= '9') || *s == '_'))
			return 0;
	return 1;
}

static int check_options(const struct credplug_host_v1 *host,
                         struct credplug_call *call, struct proc_state *st)
{
	if (st->argv == NULL || st->argv[0] == NULL) {
		host->set_message(call,
		                  "process: option \"command\" is required: "
		                  "an array like [\"/opt/acme/bin/dd-creds\", "
		                  "\"--json\"]");
		return CREDPLUG_PS_INVALID;
	}
	if (st->argv[0][0] != '/') {
		host->set_message(
		        call,
		        "process: command \"%s\" is not an absolute "
		        "path; no shell or PATH search is used: write the "
		        "full path, e.g. \"/usr/local/bin/%s\"",
		        st->argv[0], st->argv[0]);
		return CREDPLUG_PS_INVALID;
	}
	for (size_t i = 0; st->env_names != NULL && st->env_names[i]; i++) {
		if (!valid_env_name(st->env_names[i])) {
			host->set_message(
			        call,
			        "process: \"env\" entry \"%s\" is not "
			        "an environment variable name (letters, "
			        "digits, _)",
			        st->env_names[i]);
			return CREDPLUG_PS_INVALID;
		}
	}
	return CREDPLUG_PS_OK;
}

static int read_scalars(const struct credplug_host_v1 *host,
                        struct credplug_call *call, struct proc_state *st)
{
	int64_t max = PROC_DEFAULT_MAX_OUTPUT;
	int rc;

	rc = cp_opt_bool(host, call, "interactive", &st->interactive);
	rc = rc ? rc : cp_opt_int(host, call, "max_output", &max);
	if (rc != CREDPLUG_PS_OK)
		return rc;
	if (max < 1 || max > PROC_MAX_MAX_OUTPUT) {
		host->set_message(call,
		                  "process: \"max_output\" must be between 1 "
		                  "and %d bytes",
		                  PROC_MAX_MAX_OUTPUT);
		return CREDPLUG_PS_INVALID;
	}
	st->cfg.max_output = (size_t)max;
	return CREDPLUG_PS_OK;
}

static int bad_exit_entry(const struct credplug_host_v1 *host,
                          struct credplug_call *call, const char *entry)
{
	host->set_message(call,
	                  "process: \"exit_status\" entry \"%.64s\" must be "
	                  "CODE=STATUS with CODE 1 to 255 and STATUS one of "
	                  "not_found, unavailable, timed_out, invalid, denied, "
	                  "internal (e.g. \"1=not_found\")",
	                  entry);
	return CREDPLUG_PS_INVALID;
}

/* One "CODE=STATUS" entry into map[]; the status names are those of error
 * documents. */
static int exit_entry(const struct credplug_host_v1 *host,
                      struct credplug_call *call, const char *entry,
                      signed char *map)
{
	const char *eq = strchr(entry, '=');
	int code = 0, st;

	if (eq == NULL || eq == entry || eq - entry > 3)
		return bad_exit_entry(host, call, entry);
	for (const char *p = entry; p < eq; p++) {
		if (*p < '0' || *p > '9')
			return bad_exit_entry(host, call, entry);
		code = code * 10 + (*p - '0');
	}
	st = cp_credoc_error_status(eq + 1);
	if (code < 1 || code > 255 || st < 0)
		return bad_exit_entry(host, call, entry);
	if (map[code] >= 0) {
		host->set_message(call,
		                  "process: \"exit_status\" maps exit code %d "
		                  "twice",
		                  code);
		return CREDPLUG_PS_INVALID;
	}
	map[code] = (signed char)st;
	return CREDPLUG_PS_OK;
}

static int read_exit_status(const struct credplug_host_v1 *host,
                            struct credplug_call *call, struct proc_state *st)
{
	size_t n = 0;
	const char *s;
	int rc = host->option_array(call, "exit_status", &n);

	memset(st->cfg.exit_status, -1, sizeof(st->cfg.exit_status));
	if (rc < 0)
		return CREDPLUG_PS_INVALID;
	for (size_t i = 0; rc > 0 && i < n; i++) {
		if (host->option_string_at(call, "exit_status", i, &s) != 1)
			return CREDPLUG_PS_INVALID;
		if (exit_entry(host, call, s, st->cfg.exit_status) != 0)
			return CREDPLUG_PS_INVALID;
	}
	return CREDPLUG_PS_OK;
}

static int proc_create(const struct credplug_host_v1 *host,
                       struct credplug_call *call, void **state)
{
	struct proc_state *st = calloc(1, sizeof(*st));
	int rc;

	*state = NULL;
	if (st == NULL)
		return CREDPLUG_PS_ERROR;
	rc = cp_opt_strv(host, call, "command", &st->argv);
	rc = rc ? rc : cp_opt_strv(host, call, "env", &st->env_names);
	rc = rc ? rc : read_scalars(host, call, st);
	rc = rc ? rc : read_exit_status(host, call, st);
	rc = rc ? rc : cp_process_value_options(host, call, &st->cfg);
	rc = rc ? rc : check_options(host, call, st);
	if (rc != CREDPLUG_PS_OK) {
		if (rc == CREDPLUG_PS_ERROR)
			host->set_message(call, "process: out of memory");
		proc_destroy(st);
		return rc;
	}
	st->cfg.cmd = st->argv[0];
	*state = st;
	return CREDPLUG_PS_OK;
}

/* "NAME=value" for each allowlisted variable that is set. */
static void free_env(char **env)
{
	for (size_t i = 0; env != NULL && env[i] != NULL; i++) {
		explicit_bzero(env[i], strlen(env[i]));
		free(env[i]);
	}
	free(env);
}

/* "NAME=value" for each allowlisted variable that is set; nothing else
 * (not even PATH) reaches the command.  NULL when out of memory. */
static char **build_env(const struct credplug_host_v1 *host,
                        struct credplug_call *call, const struct proc_state *st)
{
	size_t n = 0, k = 0;
	char **env;

	while (st->env_names != NULL && st->env_names[n] != NULL)
		n++;
	env = calloc(n + 1, sizeof(char *));
	for (size_t i = 0; env != NULL && i < n; i++) {
		const char *v = host->getenv(call, st->env_names[i]);
		if (v == NULL)
			continue;
		if (asprintf(&env[k], "%s=%s", st->env_names[i], v) < 0) {
			env[k] = NULL;
			free_env(env);
			return NULL;
		}
		k++;
	}
	return env;
}

static int proc_resolve(void *state, const struct credplug_host_v1 *host,
                        struct credplug_call *call)
{
	const struct proc_state *st = state;
	struct cp_run_opts o = {.argv = st->argv,
	                        .interactive = st->interactive,
	                        .max_output = st->cfg.max_output};
	struct cp_run_result r;
	char **env;
	int rc;

	rc = host->check_path(call, st->argv[0], CREDPLUG_CHECK_EXECUTABLE);
	if (rc == CREDPLUG_PS_NOT_FOUND) {
		host->set_message(call,
		                  "process: command %s does not exist; "
		                  "install it or fix \"command\"",
		                  st->argv[0]);
		return CREDPLUG_PS_UNAVAILABLE;
	}
	if (rc != CREDPLUG_PS_FOUND)
		return rc;
	o.timeout_ms = host->remaining_ms(call);
	if (o.timeout_ms <= 0) {
		host->set_message(call, "process: no time left to run %s",
		                  st->argv[0]);
		return CREDPLUG_PS_TIMED_OUT;
	}
	if ((env = build_env(host, call, st)) == NULL) {
		host->set_message(call, "process: out of memory");
		return CREDPLUG_PS_ERROR;
	}
	o.envp = env;
	cp_run(&o, &r);
	free_env(env);
	rc = cp_process_outcome(host, call, &st->cfg, &r);
	cp_run_result_clear(&r);
	return rc;
}

static const struct credplug_provider_v1 process_provider = {
        .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR,
        .struct_size = sizeof(struct credplug_provider_v1),
        .name = "process",
        .version = "0.1.0",
        .summary = "runs a command and reads a JSON credential document "
                   "or one plain value",
        .option_keys = proc_option_keys,
        .capabilities = 0,
        .create = proc_create,
        .destroy = proc_destroy,
        .resolve = proc_resolve,
};

CREDPLUG_DEFINE_PROVIDER_ENTRY(process_provider)
