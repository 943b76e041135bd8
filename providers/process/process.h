/*
 * process provider internals shared between its files.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_PROCESS_H
#define CP_PROCESS_H

#include <stddef.h>
#include <stdint.h>

#include "credplug/provider.h"
#include "run.h"

/* What stdout holds ("output" option). */
#define CP_PROC_DOCUMENT 0 /* one JSON credential document (credoc.h) */
#define CP_PROC_VALUE    1 /* one field's value on the first line */

/* Bounds of "ttl_ms": expiries are whole seconds, and the core refreshes
 * no sooner than a second ahead. */
#define CP_PROC_MIN_TTL_MS 1000
#define CP_PROC_MAX_TTL_MS (366LL * 24 * 3600 * 1000)

/* How an instance reads a finished run. */
struct cp_process_cfg {
	const char *cmd; /* argv[0], for messages and locators */
	size_t max_output;
	int output;     /* CP_PROC_* */
	uint32_t field; /* value mode: the field it sets */
	int64_t ttl_ms; /* value mode: its lifetime; 0 = no expiry */
	/* CREDPLUG_PS_* for a non-zero exit code ("exit_status"); -1 means
	 * the default, unavailable. */
	signed char exit_status[256];
};

/*
 * Turn a finished run into the call's result: parse stdout, hand the
 * credentials to the host, or set a message (with the redacted stderr
 * tail) and return the failure status.
 */
int cp_process_outcome(const struct credplug_host_v1 *host,
                       struct credplug_call *call,
                       const struct cp_process_cfg *cfg,
                       const struct cp_run_result *r);

/*
 * Value mode (value.c).  Reads "output", "field" and "ttl_ms" into `cfg`
 * (inside create()); CREDPLUG_PS_OK or CREDPLUG_PS_INVALID with a message.
 */
int cp_process_value_options(const struct credplug_host_v1 *host,
                             struct credplug_call *call,
                             struct cp_process_cfg *cfg);

/* The first line of a successful run's stdout to the host as cfg->field
 * (docs/enterprise-backends.md, "Plain values").  `err` is the redacted
 * stderr tail, added to the messages of a run that gave no usable value. */
int cp_process_value_apply(const struct credplug_host_v1 *host,
                           struct credplug_call *call,
                           const struct cp_process_cfg *cfg,
                           const struct cp_run_result *r, const char *err);

/* The stderr tail fit for a message, with each of the first 64 lines of
 * stdout masked, and the value of a "name: value" line (any of them may be
 * a secret: `pass` keeps more than the password). */
void cp_process_value_stderr(char *err, size_t cap,
                             const struct cp_run_result *r, size_t out_len);

#endif
