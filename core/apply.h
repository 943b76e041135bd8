/*
 * The hot path's second entry (apply.c): credplug_apply that never
 * resolves, for callers that must not block (credplug_headers_buf).
 */
#ifndef CREDPLUG_CORE_APPLY_H
#define CREDPLUG_CORE_APPLY_H

#include "credplug/credplug.h"

/* credplug_apply, but CREDPLUG_EWOULDBLOCK (nothing applied) where it
 * would resolve or refresh, i.e. do provider I/O or take ctx->lock. */
int cp_apply_nowait(struct credplug_ctx *ctx,
                    const struct credplug_request *req,
                    const struct credplug_sink *sink);

#endif
