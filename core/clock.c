/*
 * The clocks: wall, scheduling and monotonic (clock.h).
 */
#include <time.h>

#include "clock.h"
#include "ctx.h"

int64_t cp_mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t cp_sched_ns(const struct credplug_ctx *ctx)
{
	return ctx->clock != NULL ? ctx->clock(ctx->clock_ud) : cp_mono_ns();
}

int64_t cp_now_ns(const struct credplug_ctx *ctx)
{
	struct timespec ts;

	if (ctx->clock != NULL)
		return ctx->clock(ctx->clock_ud);
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
