/*
 * process provider: from a finished run to the call's status and message.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "credoc.h"
#include "process.h"

static int spawn_failed(const struct credplug_host_v1 *host,
                        struct credplug_call *call, const char *cmd, int err)
{
	if (err == ENOMEM) {
		host->set_message(call, "process: out of memory starting %s",
		                  cmd);
		return CREDPLUG_PS_ERROR;
	}
	host->set_message(call,
	                  "process: cannot run %s: %s; check that it is an "
	                  "executable file",
	                  cmd, strerror(err));
	return CREDPLUG_PS_UNAVAILABLE;
}

/* Names of the CREDPLUG_PS_* an "exit_status" entry can map to. */
static const char *status_name(int st)
{
	static const char *const names[] = {
	        "found",   "not_found", "unavailable", "timed_out",
	        "invalid", "denied",    "internal"};

	return st >= 0 && st < (int)(sizeof(names) / sizeof(names[0]))
	               ? names[st]
	               : "?";
}

/* A non-zero exit without an error document: "exit_status" decides. */
static int exited(const struct credplug_host_v1 *host,
                  struct credplug_call *call, const struct cp_process_cfg *cfg,
                  int code, const char *err)
{
	const char *sep = err[0] != '\0' ? "; stderr: " : "";
	int st = cfg->exit_status[code & 0xff];

	if (st < 0) {
		host->set_message(call, "process: %s exited with status %d%s%s",
		                  cfg->cmd, code, sep, err);
		return CREDPLUG_PS_UNAVAILABLE;
	}
	host->set_message(call,
	                  "process: %s exited with status %d "
	                  "(\"exit_status\": %s)%s%s",
	                  cfg->cmd, code, status_name(st), sep, err);
	return st;
}

/* Status of a run whose stdout was not a usable document or that failed. */
static int run_failed(const struct credplug_host_v1 *host,
                      struct credplug_call *call,
                      const struct cp_process_cfg *cfg,
                      const struct cp_run_result *r,
                      const struct cp_credoc *doc, const char *err)
{
	const char *sep = err[0] != '\0' ? "; stderr: " : "";
	const char *cmd = cfg->cmd;

	if (r->signal != 0) {
		host->set_message(
		        call, "process: %s was killed by signal %d (%s)%s%s",
		        cmd, r->signal, strsignal(r->signal), sep, err);
		return CREDPLUG_PS_UNAVAILABLE;
	}
	if (doc->error_code[0] != '\0') {
		host->set_message(call, "process: %s reported \"%s\": %s%s%s",
		                  cmd, doc->error_code,
		                  doc->text[0] ? doc->text : "(no message)",
		                  sep, err);
		return doc->status;
	}
	if (r->exit_code != 0)
		return exited(host, call, cfg, r->exit_code, err);
	if (doc->status == CREDPLUG_PS_TIMED_OUT) {
		host->set_message(call,
		                  "process: %s answered, but %s; raise "
		                  "\"timeout_ms\" or make it print less%s%s",
		                  cmd, doc->text, sep, err);
		return CREDPLUG_PS_TIMED_OUT;
	}
	host->set_message(call,
	                  "process: %s printed an unusable document on "
	                  "stdout: %s%s%s",
	                  cmd, doc->text, sep, err);
	return doc->status;
}

/* The stderr tail fit for a message.  Masked: every string of the
 * document, collected from the raw text before parsing (a rejected document
 * has no parsed values left, but its producer may print them on stderr),
 * the parsed values, and token-like runs. */
static void safe_stderr(char *err, size_t cap, const struct cp_run_result *r,
                        const struct cp_credoc *doc, size_t out_len)
{
	const char *sec[CP_CREDOC_NVALUES + CP_CREDOC_MAX_CANDIDATES];
	struct cp_credoc_candidates cand;
	size_t n = 0;
	int rc;

	if (r->err_len == 0) { /* nothing to show: skip the scan */
		err[0] = '\0';
		return;
	}
	if ((rc = cp_credoc_candidates(&cand, r->out, out_len)) != 0) {
		snprintf(err, cap, "(not shown: %s)",
		         rc == -1 ? "out of memory"
		                  : "stdout has too many strings to mask it "
		                    "with");
		cp_credoc_candidates_clear(&cand);
		return;
	}
	for (size_t i = 0; i < CP_CREDOC_NVALUES; i++)
		sec[n++] = doc->value[i];
	for (size_t i = 0; i < cand.n; i++)
		sec[n++] = cand.s[i];
	cp_credoc_sanitize(err, cap, r->err, r->err_len, sec, n,
	                   CP_CREDOC_TAIL |
	                           (r->err_cut ? CP_CREDOC_CUT_HEAD : 0));
	explicit_bzero(sec, sizeof(sec));
	cp_credoc_candidates_clear(&cand);
}

static int timed_out(const struct credplug_host_v1 *host,
                     struct credplug_call *call, const char *cmd,
                     const struct cp_run_result *r, const char *err)
{
	const char *sep = err[0] != '\0' ? "; stderr: " : "";
	const char *what =
	        r->group_killed ? "its process group was killed"
	        : r->status_lost
	                ? "it was reaped by the application"
	                : "it was killed (an interactive command shares the "
	                  "caller's process group: its own children were not)";

	host->set_message(call,
	                  "process: %s did not finish within its deadline "
	                  "(%lld ms); %s (raise \"timeout_ms\" if it is just "
	                  "slow)%s%s",
	                  cmd, (long long)r->elapsed_ms, what, sep, err);
	return CREDPLUG_PS_TIMED_OUT;
}

static int status_lost(const struct credplug_host_v1 *host,
                       struct credplug_call *call, const char *cmd,
                       const char *err)
{
	const char *sep = err[0] != '\0' ? "; stderr: " : "";

	host->set_message(
	        call,
	        "process: lost the exit status of %s: the "
	        "application reaped it (SIGCHLD set to SIG_IGN, or a "
	        "wait for any child), so its output is not trusted; "
	        "keep SIGCHLD at its default and wait only for your own "
	        "children%s%s",
	        cmd, sep, err);
	return CREDPLUG_PS_UNAVAILABLE;
}

static int overflowed(const struct credplug_host_v1 *host,
                      struct credplug_call *call,
                      const struct cp_process_cfg *cfg)
{
	host->set_message(call,
	                  "process: output of %s exceeds %zu bytes; it must "
	                  "print %s (or raise \"max_output\")",
	                  cfg->cmd, cfg->max_output,
	                  cfg->output == CP_PROC_VALUE
	                          ? "one value on its first line"
	                          : "one small JSON document");
	return CREDPLUG_PS_INVALID;
}

/* Stdout read for what "output" says it holds; the stderr tail masked
 * with whatever in stdout may be a secret. */
static void read_stdout(const struct credplug_host_v1 *host,
                        struct credplug_call *call,
                        const struct cp_process_cfg *cfg,
                        const struct cp_run_result *r, struct cp_credoc *doc,
                        char *err, size_t cap)
{
	size_t out_len =
	        r->out_len < cfg->max_output ? r->out_len : cfg->max_output;

	if (cfg->output == CP_PROC_VALUE) {
		memset(doc, 0, sizeof(*doc));
		cp_process_value_stderr(err, cap, r, out_len);
		return;
	}
	/* Parsing counts against the same deadline as the run. */
	cp_credoc_parse(doc, r->out, r->overflow ? 0 : r->out_len, NULL,
	                cp_credoc_deadline(host->remaining_ms(call)));
	/* Never echo a value the command just handed us, even on stderr. */
	safe_stderr(err, cap, r, doc, out_len);
}

int cp_process_outcome(const struct credplug_host_v1 *host,
                       struct credplug_call *call,
                       const struct cp_process_cfg *cfg,
                       const struct cp_run_result *r)
{
	char err[CP_CREDOC_TEXT_MAX + 1];
	struct cp_credoc doc;
	int value = cfg->output == CP_PROC_VALUE;
	int rc;

	if (r->spawn_error != 0)
		return spawn_failed(host, call, cfg->cmd, r->spawn_error);
	read_stdout(host, call, cfg, r, &doc, err, sizeof(err));
	if (r->timed_out) {
		rc = timed_out(host, call, cfg->cmd, r, err);
	} else if (r->overflow) {
		rc = overflowed(host, call, cfg);
	} else if (r->status_lost) {
		rc = status_lost(host, call, cfg->cmd, err);
	} else if (r->signal != 0 || r->exit_code != 0 ||
	           (!value && doc.status != CREDPLUG_PS_FOUND)) {
		rc = run_failed(host, call, cfg, r, &doc, err);
	} else {
		rc = value ? cp_process_value_apply(host, call, cfg, r, err)
		           : cp_credoc_apply(&doc, host, call, cfg->cmd);
		if (rc == CREDPLUG_PS_FOUND && err[0] != '\0')
			host->note(call, "%s stderr: %s", cfg->cmd, err);
	}
	explicit_bzero(err, sizeof(err));
	cp_credoc_clear(&doc);
	return rc;
}
