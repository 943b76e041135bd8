/*
 * Private declarations shared by the core's translation units.
 */
#ifndef CREDPLUG_CORE_INTERNAL_H
#define CREDPLUG_CORE_INTERNAL_H

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "credplug/credplug.h"
#include "credplug/provider.h"
#include "field.h"
#include "snapshot.h"

struct json_object;

#define CP_MSG_MAX            512 /* one error or provider message */
#define CP_NOTES_MAX          4
#define CP_NOTE_MAX           200
#define CP_DEFAULT_TIMEOUT_MS 2000
#define CP_DEFAULT_SITE       "datadoghq.com"

/* ---- memory (secmem.c, slab.c) -------------------------------------- */
struct cp_slab;
struct cp_alloc {
	void *(*malloc_fn)(size_t, void *);
	void (*free_fn)(void *, void *);
	void *ud;
	/* Secret copies live here, out of core dumps; NULL with
	 * CREDPLUG_FLAG_DUMPABLE_SECRETS (then they use the hook). */
	struct cp_slab *slab;
};
void cp_alloc_init(struct cp_alloc *a, const struct credplug_allocator *user);
void *cp_malloc(const struct cp_alloc *a, size_t n);
void *cp_calloc(const struct cp_alloc *a, size_t n);
void cp_free(const struct cp_alloc *a, void *p);
char *cp_strdup(const struct cp_alloc *a, const char *s);
char *cp_strndup(const struct cp_alloc *a, const char *s, size_t n);
/* Secret copies carry their length in front so they can be wiped. */
char *cp_secret_dup(const struct cp_alloc *a, const char *s, size_t n);
char *cp_secret_alloc(const struct cp_alloc *a, size_t n);
void cp_secret_free(const struct cp_alloc *a, char *s);
size_t cp_secret_len(const char *s);
/* Equal bytes, in a time that depends on the lengths only (inline: every
 * resolve compares each unchanged value once). */
static inline bool cp_ct_equal(const char *a, size_t alen, const char *b,
                               size_t blen)
{
	uint64_t acc = alen != blen;
	size_t n = alen < blen ? alen : blen, i = 0;

	/* No early exit: the time depends on the lengths only; the barrier
	 * keeps the compiler from adding one.  Eight bytes a step. */
	for (; i + 8 <= n; i += 8) {
		uint64_t x, y;

		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		acc |= x ^ y;
		__asm__ volatile("" : "+r"(acc));
	}
	if (i < n && n >= 8) { /* the last 8 bytes, overlapping */
		uint64_t x, y;

		memcpy(&x, a + n - 8, 8);
		memcpy(&y, b + n - 8, 8);
		acc |= x ^ y;
		i = n;
	}
	for (; i < n; i++) {
		acc |= (unsigned char)(a[i] ^ b[i]);
		__asm__ volatile("" : "+r"(acc));
	}
	return acc == 0;
}
/* slab.c: set up (ENOMEM) and tear down a->slab; blocks of n bytes. */
int cp_slab_new(struct cp_alloc *a);
void cp_slab_free(struct cp_alloc *a);
void *cp_slab_alloc(struct cp_slab *s, size_t n);
void cp_slab_release(struct cp_slab *s, void *p, size_t n);

/* ---- values (validate.c) --------------------------------------------- */
/* Returns NULL when valid, else a static reason ("contains a line break"). */
const char *cp_value_problem(int field, const char *v, size_t len);
void cp_redact(char *out, size_t cap, const char *v, size_t len);
/* A value to scrub out of a message; NULL or under 4 bytes is skipped. */
struct cp_secret_ref {
	const char *v;
	size_t len;
};
/* Every stretch of `text` covered by occurrences of any of the `ns`
 * values becomes one "****", in one pass (terminates for every input;
 * the text never grows).  After it no value occurs in `text` unless the
 * occurrence overlaps a "****" written here (a value containing '*'). */
void cp_scrub_all(char *text, const struct cp_secret_ref *s, size_t ns);
/* cp_scrub_all with one value. */
void cp_scrub(char *text, const char *v, size_t len);

/* ---- allowed origins (origin.c) -------------------------------------- */
struct cp_origin {
	bool https;
	bool wildcard; /* "*.host": any subdomain, not the apex */
	uint16_t port;
	char host[256];
	size_t host_len;
};
struct cp_origins {
	struct cp_origin *v;
	size_t n, cap;
};
int cp_origin_parse(struct cp_origin *o, const char *pattern,
                    bool allow_wildcard, const char **why);
int cp_origins_add(const struct cp_alloc *a, struct cp_origins *list,
                   const struct cp_origin *o);
int cp_origins_add_site(const struct cp_alloc *a, struct cp_origins *list,
                        const char *site);
void cp_origins_free(const struct cp_alloc *a, struct cp_origins *list);
int cp_origins_add_datadog(const struct cp_alloc *a, struct cp_origins *list);
/* Is `url` at an allowed origin?  `why` explains a refusal. No allocation. */
bool cp_origin_allowed(const struct cp_origins *list, const char *url,
                       const char **why);
bool cp_site_valid(const char *site, size_t len);

/* ---- modules (loader.c) ---------------------------------------------- */
struct cp_module {
	struct cp_module *next;
	char *path; /* real path, or NULL for a built-in */
	void *handle;
	const struct credplug_provider_v1 *desc;
	unsigned refs;
};

/* ---- provider instances --------------------------------------------- */
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

struct cp_name {
	struct cp_name *next;
	char name[];
};

/* ---- the context ----------------------------------------------------- */
struct credplug_ctx {
	struct cp_alloc alloc;
	uint32_t flags;
	credplug_clock_fn clock;
	void *clock_ud;
	char *provider_dir;
	struct credplug_builtin *builtins;
	size_t n_builtins;

	char *config_path; /* NULL: none */
	const char *config_origin;
	char *config_site; /* "site" key, or NULL */
	struct cp_origins origins;
	uint32_t default_timeout_ms;

	struct cp_instance *inst;
	size_t n_inst;

	pthread_mutex_t lock; /* resolve, set, store: the slow paths */
	struct cp_field explicit_v[CREDPLUG_FIELD_COUNT];
	/* The published snapshot and its refresh state: snapshot.h's
	 * functions only. */
	struct cp_cache cache;
	uint64_t field_gen; /* numbers remembered results (cp_field.gen) */

	/* rejected values, compared in constant time (credplug_reject);
	 * only the field table's secrets are ever set */
	struct cp_field rejected[CREDPLUG_FIELD_COUNT];

	struct cp_name *sites; /* interned for credplug_site() */

	pthread_mutex_t err_lock; /* only the failure paths take it */
	char errmsg[2 * CP_MSG_MAX];
	int err_status; /* the status errmsg describes */
	/* Not OK: the failed context credplug_ctx_open() hands back
	 * (simple.c).  Nothing resolves on it, and whatever fails on it
	 * reports this status and keeps errmsg (cp_fail). */
	int open_status;
};

/* ---- creation (ctx.c) ------------------------------------------------ */
/* The bare context: allocator, locks, hazard slots; no config, no chain. */
int cp_ctx_alloc(struct credplug_ctx **out, const struct credplug_options *o);

/* ---- errors (error.c) ------------------------------------------------ */
int cp_fail(struct credplug_ctx *ctx, int status, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));
const char *cp_pstatus_name(int st);
int cp_pstatus_to_status(int st);

/* ---- time (ctx.c) ----------------------------------------------------
 * Two clocks: the wall clock (expiry instants are wall-clock times) and the
 * scheduling clock (refresh and backoff deadlines; monotonic, so a clock
 * step does not delay or rush them).  A clock hook drives both. */
int64_t cp_now_ns(const struct credplug_ctx *ctx);
int64_t cp_sched_ns(const struct credplug_ctx *ctx);
int64_t cp_mono_ns(void);
static inline int64_t cp_s_to_ns(int64_t s)
{
	return s >= INT64_MAX / 1000000000 ? CP_NO_TIME - 1 : s * 1000000000;
}

/* ---- config (config.c) ----------------------------------------------- */
struct cp_config_src {
	const char *name;   /* path, or "config_json" */
	const char *origin; /* options, CREDPLUG_CONFIG, xdg, etc, default */
	char path[4096];
	char *text;    /* malloc'd document text, or NULL */
	size_t len;    /* its bytes (a file's may hold a NUL: refused) */
	unsigned mode; /* the file's mode bits, 0 for config_json */
};
int cp_config_load(struct credplug_ctx *ctx, const struct credplug_options *o,
                   struct cp_config_src *src, struct json_object **doc_out,
                   char *err, size_t errlen);
void cp_config_at(const struct cp_config_src *src, const char *key, char *buf,
                  size_t cap);

/* ---- modules (loader.c) ---------------------------------------------- */
/* Loads `use` for `inst`; on failure sets inst->status/message. */
int cp_instance_load(struct credplug_ctx *ctx, struct cp_instance *inst);
void cp_module_release(struct cp_module *m);
const char *cp_provider_dir(const struct credplug_ctx *ctx);
/* suggest.c: the installed provider closest to `name` (a typo), or "". */
void cp_provider_suggest(const struct credplug_ctx *ctx, const char *name,
                         char *out, size_t cap);

/* ---- host services and provider calls (host.c) ---------------------- */
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
	bool config_error;
	bool oom; /* a host allocation failed in this call */
	char config_msg[CP_MSG_MAX];
	char *bufs[8]; /* read_file results, wiped at the end */
	int n_bufs;
};
extern const struct credplug_host_v1 cp_host;
void cp_call_init(struct credplug_call *c, struct credplug_ctx *ctx,
                  struct cp_instance *inst, enum cp_phase phase);
/* cp_call_init with the start (and the deadline's base) given: a chain
 * walk reads the clock once per call, the previous call's end. */
void cp_call_init_at(struct credplug_call *c, struct credplug_ctx *ctx,
                     struct cp_instance *inst, enum cp_phase phase,
                     int64_t start_mono_ns);
void cp_call_done(struct credplug_call *c);
int cp_instance_create(struct credplug_ctx *ctx,
                       const struct cp_config_src *src,
                       struct cp_instance *inst, struct json_object *options,
                       const char *path, char *err, size_t errlen);
void cp_instance_destroy(struct credplug_ctx *ctx, struct cp_instance *inst);
int cp_instance_init(struct credplug_ctx *ctx, const struct cp_config_src *src,
                     size_t idx, struct json_object *entry, char *err,
                     size_t errlen);

/* ---- files (files.c) -------------------------------------------------- */
int cp_read_file(struct credplug_call *c, const char *path, uint32_t flags,
                 size_t max, const char **data, size_t *len,
                 struct credplug_file_id *id);
int cp_stat_file(const char *path, struct credplug_file_id *id);
int cp_check_path(const char *path, uint32_t flags, char *msg, size_t msglen);

/* ---- the chain (chain.c) and reject feedback (ops.c) ----------------- */
/* Runs the instances in order into `merged` (zeroed first; the caller
 * clears it) and the smallest recheck interval asked for; *mono is the
 * monotonic clock when it ended.  The snapshot cache's resolve calls it
 * (snapshot.h). */
int cp_chain_run_locked(struct credplug_ctx *ctx, struct cp_field *merged,
                        uint32_t *recheck, int64_t *mono);
/* Holds back values the server refused, until the chain returns something
 * different for any of them (credplug_reject). */
void cp_rejected_drop_locked(struct credplug_ctx *ctx, struct cp_field *merged);

/* ---- built-in copies of explicit and env (compiled into the core) --- */
int cp_builtin_explicit_entry(const struct credplug_host_v1 *host,
                              const struct credplug_provider_v1 **out);
int cp_builtin_env_entry(const struct credplug_host_v1 *host,
                         const struct credplug_provider_v1 **out);

#endif
