/*
 * The chain walk (chain.c).
 */
#ifndef CREDPLUG_CORE_CHAIN_H
#define CREDPLUG_CORE_CHAIN_H

#include <stdint.h>

struct credplug_ctx;
struct cp_field;

/* Runs the instances in order into `merged` (zeroed first; the caller
 * clears it) and the smallest recheck interval asked for; *mono is the
 * monotonic clock when it ended.  The snapshot cache's resolve calls it
 * (snapshot.h). */
int cp_chain_run_locked(struct credplug_ctx *ctx, struct cp_field *merged,
                        uint32_t *recheck, int64_t *mono);

#endif
