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

/* Explain-only states beyond enum credplug_pstatus. */
#define CP_ST_NOT_RUN       (-1)
#define CP_ST_NOT_INSTALLED (-2)
#define CP_ST_LOAD_FAILED   (-3)
#define CP_ST_SKIPPED       (-4)
#define CP_ST_EXPIRED                                                          \
	(-5) /* run_one: last result expired, backend unreachable */

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
	int status;
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
/* Calls the descriptor's create with `options` (at JSON path `path`). */
int cp_instance_create(struct credplug_ctx *ctx,
                       const struct cp_config_src *src,
                       struct cp_instance *inst, struct json_object *options,
                       const char *path, char *err, size_t errlen);
/* Destroys the provider state, releases the module, frees the instance's
 * copies. */
void cp_instance_destroy(struct credplug_ctx *ctx, struct cp_instance *inst);
/* Sets up ctx->inst[idx] from chain entry `entry`: load and create. */
int cp_instance_init(struct credplug_ctx *ctx, const struct cp_config_src *src,
                     size_t idx, struct json_object *entry, char *err,
                     size_t errlen);

#endif
