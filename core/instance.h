/*
 * Provider instances: one configured chain entry each (instance.c).
 */
#ifndef CREDPLUG_CORE_INSTANCE_H
#define CREDPLUG_CORE_INSTANCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "credplug/credplug.h"
#include "credplug/provider.h"
#include "errors.h"
#include "field.h"

struct credplug_ctx;
struct cp_config_src;
struct cp_module;
struct json_object;

enum cp_on_error { CP_ONERR_DEFAULT = 0, CP_ONERR_CONTINUE, CP_ONERR_FAIL };

/* Where a chain entry stands.  The provider's own status (a
 * CREDPLUG_PS_* code) is cp_instance.status, meaningful only in the states
 * that say so. */
enum cp_entry_state {
	CP_ENTRY_NOT_RUN = 0,   /* set up, not asked yet */
	CP_ENTRY_NOT_INSTALLED, /* no module or built-in of that name */
	CP_ENTRY_LOAD_FAILED,   /* would not load, or no ABI in common */
	/* not set up; `status`: the host refused the module file (denied),
	 * ran out of memory loading it (error), or create's status */
	CP_ENTRY_SETUP_FAILED,
	CP_ENTRY_SKIPPED, /* the chain stopped, or was complete, before it */
	/* `status` unavailable or timed out, and its last result expired */
	CP_ENTRY_EXPIRED,
	CP_ENTRY_RAN, /* `status`: what its resolve came to */
};

struct cp_instance {
	char *use;             /* as written in the config */
	char *label;           /* "name" key or `use` */
	struct cp_module *mod; /* NULL when not loaded */
	const struct credplug_provider_v1 *desc;
	void *state;
	bool created;
	uint32_t caps; /* descriptor's capabilities, narrowed by the instance */
	int on_error;
	bool critical, stop_if_found;
	bool optional; /* a config entry that may be absent (not installed) */
	uint32_t timeout_ms;
	/* create's message repeated this secret option (masked), or "" */
	char echoed_option[64];
	/* last run, for explain and for CREDPLUG_PS_UNCHANGED */
	enum cp_entry_state entry_state;
	int status; /* CREDPLUG_PS_*: see enum cp_entry_state */
	char message[CP_MSG_MAX];
	char notes[CP_NOTES_MAX][CP_NOTE_MAX];
	int n_notes;
	int64_t elapsed_us;
	int64_t overran_ms; /* returned this long after its deadline, or 0 */
	bool oom;           /* the last failure was the host out of memory */
	uint32_t recheck_ms;
	bool have_last;
	struct cp_field last[CREDPLUG_FIELD_COUNT];
};
/* Calls the descriptor's create with `options` (at JSON path `path`); a
 * config error's text in `d`. */
int cp_instance_create(struct credplug_ctx *ctx,
                       const struct cp_config_src *src,
                       struct cp_instance *inst, struct json_object *options,
                       const char *path, struct cp_diag *d);
/* Destroys the provider state, releases the module, frees the instance's
 * copies. */
void cp_instance_destroy(struct credplug_ctx *ctx, struct cp_instance *inst);
/* Sets up ctx->inst[idx] from chain entry `entry`: load and create; the
 * failure's text in `d`. */
int cp_instance_init(struct credplug_ctx *ctx, const struct cp_config_src *src,
                     size_t idx, struct json_object *entry, struct cp_diag *d);
/* The entry's state or provider status as explain names it ("not_run",
 * "found", ...). */
const char *cp_entry_status_name(const struct cp_instance *inst);
/* The CREDPLUG_* status a failed entry makes the resolve return. */
int cp_entry_to_status(const struct cp_instance *inst);

#endif
