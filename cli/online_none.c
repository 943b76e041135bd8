/*
 * credplug(1) — `doctor --online` when built without libcurl
 * (-DCREDPLUG_WITH_CURL=OFF).
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

int cp_online_validate(struct credplug_ctx *ctx, const char *url,
                       long timeout_ms, struct cp_online_result *res)
{
	memset(res, 0, sizeof(*res));
	snprintf(res->detail, sizeof(res->detail),
	         "this credplug was built without libcurl "
	         "(CREDPLUG_WITH_CURL=OFF)");
	return -1;
}
