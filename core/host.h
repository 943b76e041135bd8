/*
 * Host services and provider calls: the host table providers call back
 * into, and one call's state (host.c).
 */
#ifndef CREDPLUG_CORE_HOST_H
#define CREDPLUG_CORE_HOST_H

#include <stdbool.h>
#include <stdint.h>

#include "credplug/provider.h"
#include "errors.h"
#include "field.h"

struct credplug_ctx;
struct cp_config_src;
struct cp_instance;
struct json_object;

enum cp_phase { CP_PHASE_CREATE, CP_PHASE_RESOLVE, CP_PHASE_STORE };
/* Where a store or erase went, as the provider said (host->set_target). */
struct cp_target {
	bool set;
	char locator[4352];
	char profile[256];
	char mode[32];
};
struct credplug_call {
	struct credplug_ctx *ctx;
	struct cp_instance *inst;
	enum cp_phase phase;
	struct json_object *options; /* create only */
	const char *opt_path;        /* JSON path prefix for option errors */
	const struct cp_config_src *opt_src; /* create only: file:line:col */
	int64_t started_mono_ns;             /* when cp_call_init ran */
	int64_t deadline_mono_ns;
	struct cp_field staged[CREDPLUG_FIELD_COUNT];
	uint32_t recheck_ms;
	const char *profile;
	struct cp_target *target; /* store and erase only, else NULL */
	char message[CP_MSG_MAX];
	char notes[CP_NOTES_MAX][CP_NOTE_MAX];
	int n_notes;
	bool oom; /* a host allocation failed in this call */
	/* create only: the first option of the wrong type, a config error */
	struct cp_diag config;
	char *bufs[8]; /* read_file results, wiped at the end */
	int n_bufs;
};
/* The host services every provider is given. */
extern const struct credplug_host_v1 cp_host;
/* Starts a call of `inst` in `phase`, its deadline from now. */
void cp_call_init(struct credplug_call *c, struct credplug_ctx *ctx,
                  struct cp_instance *inst, enum cp_phase phase);
/* cp_call_init with the start (and the deadline's base) given: a chain
 * walk reads the clock once per call, the previous call's end. */
void cp_call_init_at(struct credplug_call *c, struct credplug_ctx *ctx,
                     struct cp_instance *inst, enum cp_phase phase,
                     int64_t start_mono_ns);
/* Ends a call: wipes staged values and read_file buffers. */
void cp_call_done(struct credplug_call *c);

#endif
