/*
 * Time (clock.c).  Two clocks: the wall clock (expiry instants are
 * wall-clock times) and the scheduling clock (refresh and backoff
 * deadlines; monotonic, so a clock step does not delay or rush them).  A
 * clock hook drives both.
 */
#ifndef CREDPLUG_CORE_CLOCK_H
#define CREDPLUG_CORE_CLOCK_H

#include <stdint.h>

#include "snapshot.h"

struct credplug_ctx;

/* The wall clock in nanoseconds since the epoch (or the hook's time). */
int64_t cp_now_ns(const struct credplug_ctx *ctx);
/* The scheduling clock: the hook's time, else the monotonic clock. */
int64_t cp_sched_ns(const struct credplug_ctx *ctx);
/* The monotonic clock, never the hook (deadlines of provider calls). */
int64_t cp_mono_ns(void);
/* Seconds to nanoseconds, saturating below CP_NO_TIME. */
static inline int64_t cp_s_to_ns(int64_t s)
{
	return s >= INT64_MAX / 1000000000 ? CP_NO_TIME - 1 : s * 1000000000;
}

#endif
