/*
 * The values the server refused (reject.c): the one owner of
 * ctx->rejected.  The snapshot cache filters every resolve through it;
 * credplug_reject (ops.c) notes and judges.
 */
#ifndef CREDPLUG_CORE_REJECT_H
#define CREDPLUG_CORE_REJECT_H

#include <stdint.h>

struct credplug_ctx;
struct cp_field;

/* Remembers the current snapshot's secrets that a request of `auth` sent
 * (*which: their fields' bits); CREDPLUG_ENOMEM. */
int cp_rejected_note_locked(struct credplug_ctx *ctx, uint32_t auth,
                            uint32_t *which);
/* Holds back values the server refused, until the chain returns something
 * different for any of them. */
void cp_rejected_drop_locked(struct credplug_ctx *ctx, struct cp_field *merged);
/* After the resolve that followed a rejection: CREDPLUG_OK when a value
 * `which` names was replaced (retry once), else CREDPLUG_EREJECTED with
 * the context's message saying what to replace. */
int cp_rejected_verdict_locked(struct credplug_ctx *ctx, uint32_t which,
                               long status);
/* Wipes and frees them (context teardown). */
void cp_rejected_free(struct credplug_ctx *ctx);

#endif
