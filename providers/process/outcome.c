/*
 * process provider: from a finished run to the call's status and message.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <string.h>

#include "credoc.h"
#include "process.h"

static int spawn_failed(const struct credplug_host_v1 *host,
                        struct credplug_call *call, const char *cmd, int err)
{
	if (err == ENOMEM) {
		host->set_message(call, "process: out of memory starting %s", cmd);
		return CREDPLUG_PS_ERROR;
	}
	host->set_message(call, "process: cannot run %s: %s; check that it is an "
	                  "executable file", cmd, strerror(err));
	return CREDPLUG_PS_UNAVAILABLE;
}

/* Status of a run whose stdout was not a usable document or that failed. */
static int run_failed(const struct credplug_host_v1 *host,
                      struct credplug_call *call, const char *cmd,
                      const struct cp_run_result *r, const struct cp_credoc *doc,
                      const char *err)
{
	const char *sep = err[0] != '\0' ? "; stderr: " : "";

	if (r->signal != 0) {
		host->set_message(call, "process: %s was killed by signal %d (%s)%s%s",
		                  cmd, r->signal, strsignal(r->signal), sep, err);
		return CREDPLUG_PS_UNAVAILABLE;
	}
	if (doc->error_code[0] != '\0') {
		host->set_message(call, "process: %s reported \"%s\": %s%s%s", cmd,
		                  doc->error_code, doc->text[0] ? doc->text :
		                  "(no message)", sep, err);
		return doc->status;
	}
	if (r->exit_code != 0) {
		host->set_message(call, "process: %s exited with status %d%s%s", cmd,
		                  r->exit_code, sep, err);
		return CREDPLUG_PS_UNAVAILABLE;
	}
	host->set_message(call, "process: %s printed an unusable document on "
	                  "stdout: %s%s%s", cmd, doc->text, sep, err);
	return doc->status;
}

int cp_process_outcome(const struct credplug_host_v1 *host,
                       struct credplug_call *call, const char *cmd,
                       size_t max_output, const struct cp_run_result *r)
{
	char err[CP_CREDOC_TEXT_MAX + 1];
	const char *sep;
	struct cp_credoc doc;
	int rc;

	if (r->spawn_error != 0)
		return spawn_failed(host, call, cmd, r->spawn_error);
	cp_credoc_parse(&doc, r->out, r->overflow ? 0 : r->out_len, NULL);
	/* Never echo a value the command just handed us, even on stderr. */
	cp_credoc_sanitize(err, sizeof(err), r->err, r->err_len,
	                   (const char *const *)doc.value, CP_CREDOC_NVALUES, 1);
	sep = err[0] != '\0' ? "; stderr: " : "";
	if (r->timed_out) {
		host->set_message(call, "process: %s did not finish within its "
		                  "deadline (%lld ms); its process group was killed "
		                  "(raise \"timeout_ms\" if it is just slow)%s%s", cmd,
		                  (long long)r->elapsed_ms, sep, err);
		rc = CREDPLUG_PS_TIMED_OUT;
	} else if (r->overflow) {
		host->set_message(call, "process: output of %s exceeds %zu bytes; it "
		                  "must print one small JSON document (or raise "
		                  "\"max_output\")", cmd, max_output);
		rc = CREDPLUG_PS_INVALID;
	} else if (r->signal != 0 || r->exit_code != 0 ||
	           doc.status != CREDPLUG_PS_FOUND) {
		rc = run_failed(host, call, cmd, r, &doc, err);
	} else {
		rc = cp_credoc_apply(&doc, host, call, cmd);
		if (rc == CREDPLUG_PS_FOUND && err[0] != '\0')
			host->note(call, "%s stderr: %s", cmd, err);
	}
	explicit_bzero(err, sizeof(err));
	cp_credoc_clear(&doc);
	return rc;
}
