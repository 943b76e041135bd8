/* Counters and runtime controls of the mock provider (tests/core/mods/mock.c).
 * Visible to a test program that compiles mock.c in (MOCK_BUILTIN). */
#ifndef CP_TEST_MOCK_H
#define CP_TEST_MOCK_H

#include <stdatomic.h>

#include "credplug/provider.h"

struct mock_stats {
	atomic_int entries;        /* entry-point calls */
	atomic_int resolves;       /* resolve calls */
	atomic_int in_resolve;     /* resolve calls running now */
	atomic_int max_concurrent; /* most resolve calls ever running at once */
};

struct mock_ctl {
	atomic_int status; /* 0: as configured; else status + 1 */
	atomic_int rotate; /* 1: api=A-<n>-xxxx, app=B-<n>-xxxx, n = resolve
	                      count */
};

extern struct mock_stats mock_stats;
extern struct mock_ctl mock_ctl;

int mock_builtin_entry(const struct credplug_host_v1 *host,
                       const struct credplug_provider_v1 **out);

#endif
