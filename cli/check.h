/*
 * credplug check-provider — shared declarations of the conformance checker.
 *
 * The checker is its own program (credplug-check-provider, run by
 * `credplug check-provider`), linked against the static library so that it
 * drives a module through the host's own code: the loader, the services
 * table (cp_host), the call bookkeeping, the value rules and the scrubber.
 * Every call into the module runs in a child process (check_child.c) that
 * the checker kills when it overstays, so a module that blocks or crashes
 * is named and the check still ends.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_CHECK_H
#define CP_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <json-c/json.h>

#include "credplug/credplug.h"
#include "credplug/provider.h"

/* First-published descriptor sizes (include/credplug/types.h): the host
 * refuses a shorter one. */
#define CK_DESC_V1_0_SIZE CREDPLUG_PROVIDER_V1_0_SIZE
#define CK_DESC_V1_1_SIZE CREDPLUG_PROVIDER_V1_1_SIZE

/* The numbers the checks promise (docs/plugin-abi.md, "Check your module"). */
#define CK_DEADLINE_MS   50   /* resolve's deadline in the deadline check */
#define CK_SLACK_MS      200  /* how late a return still counts as on time */
#define CK_KILL_MS       1250 /* a call still running then is killed */
#define CK_CYCLES        1000 /* create/destroy cycles */
#define CK_LEAK_BYTES    8192 /* heap growth allowed over those cycles */
#define CK_THREAD_ROUNDS 10   /* resolves per thread in the threads check */

enum ck_level { CK_OK, CK_FAIL, CK_SKIP };

/* What one child learned that decides the next checks (check_child.c
 * carries them to the parent). */
enum ck_gate {
	CK_G_LOADED,   /* 1: the host loads the module */
	CK_G_CAPS,     /* the descriptor's capabilities */
	CK_G_CREATED,  /* 1: create succeeded with the options given */
	CK_G_ICAPS,    /* the instance's capabilities after create */
	CK_G_RESOLVED, /* 1: resolve returned in time with a valid status */
	CK_G_STDOUT,   /* bytes the module wrote to standard output */
	CK_G_COUNT
};

struct ck {
	const char *module; /* absolute path (as given, made absolute) */
	struct json_object *options; /* the provider options (an object) */
	bool have_options;           /* --options was given */
	int json, color;
	long gate[CK_G_COUNT];
	/* report (parent) */
	struct json_object *checks; /* --json */
	int n_ok, n_fail, n_skip;
};

/* ---- check_report.c: one line per check ------------------------------- */
/* In the parent it prints (or collects for --json); in a child it sends
 * the line to the parent.  The message must hold no value. */
void ck_report(struct ck *ck, enum ck_level lv, const char *check,
               const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void ck_summary(struct ck *ck);

/* ---- check_child.c: run a part of the checks in a killable child ------- */
/* Runs fn(ck) in a child; its reports and gates reach `ck` as they come.
 * A child that overstays `limit_ms` (or a call its own limit) is killed
 * and a failure naming the call it was in is reported under `group` (or
 * the call's check).  Returns 0 when the child finished, -1 when it was
 * killed, crashed or ended early. */
int ck_child(struct ck *ck, const char *group, void (*fn)(struct ck *),
             int limit_ms);
/* In a child: the module call about to start, with its own limit and what
 * to do when it overstays (for the report if it never returns);
 * ck_phase_end() when it returned. */
void ck_phase(const char *check, const char *call, const char *fix,
              int limit_ms);
void ck_phase_end(void);
void ck_gate(struct ck *ck, enum ck_gate g, long value);
/* 1 in a child (reports go to the parent). */
int ck_in_child(void);
void ck_child_report(enum ck_level lv, const char *check, const char *msg);

#define CK_FIX_DEADLINE                                                        \
	"a module must return by host->remaining_ms(): bound every wait "      \
	"by it and return CREDPLUG_PS_TIMED_OUT"
#define CK_FIX_CALL "create and destroy must not wait on anything slow"

/* ---- check_elf.c: the module's dynamic symbols, from the loaded image -- */
struct ck_symtab;
/* The dynamic symbol table of the loaded object `lm` (a struct link_map);
 * NULL when it has none that can be read. */
struct ck_symtab *ck_symtab_open(const void *lm);
void ck_symtab_close(struct ck_symtab *t);
size_t ck_symtab_count(const struct ck_symtab *t);
/* Symbol i (0 .. count-1): 1 with its name, whether the object defines it
 * and whether it is weak; 0 for the null symbol, locals and sections. */
int ck_symtab_get(const struct ck_symtab *t, size_t i, const char **name,
                  bool *defined, bool *weak);
/* Does the object define (export) `name`? */
bool ck_symtab_defines(const struct ck_symtab *t, const char *name);

/* ---- check_load.c, check_desc.c: path, load, symbols, descriptor ------- */
int ck_check_path(struct ck *ck); /* parent; 0 when the host would go on */
struct cp_instance;
struct credplug_ctx;
/* The module loaded by the host's loader into `inst` of an empty context:
 * 0, 1 when the host refuses it, -1 when no context could be made (`err`
 * says why).  ck_host_unload() in every case. */
int ck_host_load(const struct ck *ck, struct credplug_ctx **ctx,
                 struct cp_instance *inst, char *err, size_t errlen);
void ck_host_unload(struct credplug_ctx *ctx, struct cp_instance *inst);
void ck_check_load(struct ck *ck); /* child */
void ck_check_descriptor(struct ck *ck, const struct credplug_provider_v1 *d);

/* ---- check_calls.c, check_threads.c, check_store.c (children) ---------- */
void ck_check_create(struct ck *ck);
void ck_check_resolve(struct ck *ck);
void ck_check_threads(struct ck *ck);
void ck_check_store(struct ck *ck);

/* ---- check_host.c: contexts as the host makes them; watched calls ------ */
struct credplug_ctx;
struct credplug_call;
/* {"providers": [{"use": MODULE, ...options}]} (plus `extra_key`: true),
 * or an empty chain when `module` is false.  malloc'd; wipe and free. */
char *ck_config_text(const struct ck *ck, const char *extra_key, bool module);
/* A context made from that text, as an application makes one.  Returns
 * the credplug_ctx_new() status; `err` holds its message. */
int ck_ctx_new(const struct ck *ck, const char *extra_key, bool module,
               struct credplug_ctx **out, char *err, size_t errlen);
/* The host's services with set_field watched (ck_host_init() first). */
extern struct credplug_host_v1 ck_host;
void ck_host_init(void);
#define CK_MAX_SET 16
/* One set_field() call of the module. */
struct ck_set {
	uint32_t field;
	char *value; /* a copy, or NULL (over 4096 bytes); wiped on reset */
	size_t len;
	int host_status; /* what set_field returned */
	const char *why; /* why the host refused the value, or NULL */
};
struct ck_watch {
	struct ck_set set[CK_MAX_SET];
	size_t n;
};
extern struct ck_watch ck_watch;
void ck_watch_reset(void);
/* Adds what the call staged that the watch did not see. */
void ck_watch_staged(const struct credplug_call *c);
/* resolve() on instance 0 of `ctx` under the host's lock and a deadline of
 * `deadline_ms`; `*elapsed_ms` is how long it took.  cp_call_done() the
 * call afterwards. */
int ck_resolve_once(struct credplug_ctx *ctx, struct credplug_call *c,
                    uint32_t deadline_ms, int64_t *elapsed_ms);
/* A value a message must not hold. */
struct ck_value {
	const char *name; /* "api_key" */
	const char *v;    /* NUL-terminated */
	size_t len;
	const char *how; /* " set in the same call" */
};
/* "" when `text` is clean, else what is wrong with it (the value it
 * repeats, or the key-shaped run, shown masked). */
void ck_message_problem(const char *text, const struct ck_value *vals, size_t n,
                        char *why, size_t cap);
/* `text` fit to show: each of `vals` and every key-shaped run masked, one
 * line, cut to 240 bytes (a static buffer). */
const char *ck_masked(const char *text, const struct ck_value *vals, size_t n);
/* ck_masked() with the values of the watch. */
const char *ck_shown(const char *text);
/* Reports "messages" for the call's message and notes. */
void ck_check_messages(struct ck *ck, const struct credplug_call *c,
                       const char *call, const struct ck_value *extra,
                       size_t n_extra);
/* Status names as the ABI spells them ("found" .. "unchanged"), or NULL. */
const char *ck_status_name(int st);

#endif
