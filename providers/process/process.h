/*
 * process provider internals shared between its files.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_PROCESS_H
#define CP_PROCESS_H

#include <stddef.h>

#include "credplug/provider.h"
#include "run.h"

/*
 * Turn a finished run of `cmd` into the call's result: parse stdout,
 * hand the credentials to the host, or set a message (with the redacted
 * stderr tail) and return the failure status.
 */
int cp_process_outcome(const struct credplug_host_v1 *host,
                       struct credplug_call *call, const char *cmd,
                       size_t max_output, const struct cp_run_result *r);

#endif
