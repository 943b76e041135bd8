/*
 * credplug check-provider — create and resolve as the host makes them:
 * the options, an undeclared key, destroy(NULL), 1,000 create/destroy
 * cycles without growth, and one resolve under a short deadline whose
 * status, message, notes and values are held to the ABI.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <inttypes.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "internal.h"

#define WARMUP 20 /* cycles before the count starts (lazy caches) */

/* Under ASan or TSan the sanitizer's allocator holds the heap. */
extern size_t __sanitizer_get_current_allocated_bytes(void)
        __attribute__((weak));

/* ---- create ------------------------------------------------------------- */

/* The values of the options the descriptor calls secret. */
static size_t secret_options(const struct ck *ck,
                             const struct credplug_provider_v1 *d,
                             struct ck_value *out, size_t cap)
{
	const char *const *k = d->struct_size >= CK_DESC_V1_1_SIZE
	                               ? d->secret_option_keys
	                               : NULL;
	struct json_object *v;
	size_t n = 0;

	for (; k != NULL && *k != NULL && n < cap; k++)
		if (json_object_object_get_ex(ck->options, *k, &v) &&
		    json_object_is_type(v, json_type_string))
			out[n++] = (struct ck_value){
			        *k, json_object_get_string(v),
			        (size_t)json_object_get_string_len(v),
			        " (a credential option)"};
	return n;
}

/* What create said, shown with the credential options masked; a
 * failure of its own when it holds one. */
static void create_text(struct ck *ck, enum ck_level lv, const char *head,
                        const char *text, const char *tail,
                        const struct ck_value *secrets, size_t n)
{
	char why[400];

	ck_report(ck, lv, "create", "%s%s%s", head, ck_masked(text, secrets, n),
	          tail);
	ck_message_problem(text, secrets, n, why, sizeof(why));
	if (why[0] != '\0')
		ck_report(
		        ck, CK_FAIL, "messages",
		        "create's message %s: never write a credential into a "
		        "message",
		        why);
}

static void report_create(struct ck *ck, struct credplug_ctx *ctx,
                          const struct ck_value *secrets, size_t n)
{
	struct cp_instance *inst = &ctx->inst[0];
	char head[64];

	if (!inst->created) {
		snprintf(head, sizeof(head),
		         "returned %s: ", cp_entry_status_name(inst));
		create_text(ck, CK_FAIL, head, inst->message,
		            "; give --options under which it can be created",
		            secrets, n);
		if (inst->echoed_option[0] != '\0') /* the host masked it */
			ck_report(
			        ck, CK_FAIL, "messages",
			        "create's message repeats the %s value (a "
			        "credential option): never write a credential "
			        "into a message",
			        inst->echoed_option);
		return;
	}
	ck_report(ck, CK_OK, "create", "returns ok with the options given");
	ck_gate(ck, CK_G_CREATED, 1);
	ck_gate(ck, CK_G_ICAPS, (long)inst->caps);
}

static void check_undeclared(struct ck *ck)
{
	static const char key[] = "credplug_check_undeclared";
	struct credplug_ctx *ctx = NULL;
	char err[2 * CP_MSG_MAX];
	int rc = ck_ctx_new(ck, key, true, &ctx, err, sizeof(err));

	credplug_ctx_free(ctx);
	if (rc == CREDPLUG_ECONFIG && strstr(err, "unknown option") != NULL)
		ck_report(ck, CK_OK, "options",
		          "the host refuses an undeclared key (\"%s\")", key);
	else
		ck_report(ck, CK_FAIL, "options",
		          "an undeclared key (\"%s\") was not refused (%s): "
		          "option_keys must list the module's options and "
		          "nothing else",
		          key, rc == CREDPLUG_OK ? "accepted" : err);
}

/* ---- leaks ------------------------------------------------------------- */

static size_t heap_in_use(void)
{
	struct mallinfo2 m;

	if (__sanitizer_get_current_allocated_bytes != NULL)
		return __sanitizer_get_current_allocated_bytes();
	m = mallinfo2();
	return m.uordblks + m.hblkhd;
}

static long count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	long n = -1; /* the directory's own descriptor */

	if (d == NULL)
		return 0;
	for (struct dirent *e; (e = readdir(d)) != NULL;)
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

static long count_threads(void)
{
	FILE *f = fopen("/proc/self/status", "re");
	char line[128];
	long n = 0;

	while (f != NULL && fgets(line, sizeof(line), f) != NULL)
		if (sscanf(line, "Threads: %ld", &n) == 1)
			break;
	if (f != NULL)
		fclose(f);
	return n;
}

struct usage {
	long heap, fds, threads;
};

static void usage_now(struct usage *u)
{
	u->heap = (long)heap_in_use();
	u->fds = count_fds();
	u->threads = count_threads();
}

/* Creates and destroys the instance CK_CYCLES times (after WARMUP); -1
 * when a create failed (reported). */
static int cycles(struct ck *ck, struct credplug_ctx *ctx, const char *text,
                  struct json_object *entry, struct usage *before)
{
	struct cp_config_src src = {.name = "config_json", .source = "options"};
	struct cp_instance *inst = &ctx->inst[0];
	struct cp_diag d = {0};

	src.text = (char *)text;
	for (int i = 0; i < WARMUP + CK_CYCLES; i++) {
		if (i == WARMUP)
			usage_now(before);
		if (cp_instance_create(ctx, &src, inst, entry, "/providers/0",
		                       &d) != CREDPLUG_OK ||
		    !inst->created) {
			/* a config error's text is d's, any other the entry's
			 */
			ck_report(ck, CK_FAIL, "leaks",
			          "create failed on cycle %d: %s", i + 1,
			          d.set ? d.msg : inst->message);
			return -1;
		}
		inst->desc->destroy(inst->state);
		inst->state = NULL;
		inst->created = false;
	}
	return 0;
}

static void report_growth(struct ck *ck, const struct usage *a,
                          const struct usage *b)
{
	long heap = b->heap - a->heap;

	if (heap > CK_LEAK_BYTES)
		ck_report(
		        ck, CK_FAIL, "leaks",
		        "the heap grew by %ld bytes over %d create/destroy "
		        "cycles (%ld per cycle; allowed: %d in all): destroy() "
		        "must free what create() allocated",
		        heap, CK_CYCLES, heap / CK_CYCLES, CK_LEAK_BYTES);
	if (b->fds > a->fds)
		ck_report(ck, CK_FAIL, "leaks",
		          "%ld more open file descriptors after %d "
		          "create/destroy cycles: destroy() must close what "
		          "create() opened",
		          b->fds - a->fds, CK_CYCLES);
	if (b->threads > a->threads)
		ck_report(ck, CK_FAIL, "leaks",
		          "%ld more threads after %d create/destroy cycles: "
		          "destroy() must join what create() started",
		          b->threads - a->threads, CK_CYCLES);
	if (heap <= CK_LEAK_BYTES && b->fds <= a->fds &&
	    b->threads <= a->threads)
		ck_report(ck, CK_OK, "leaks",
		          "%d create/destroy cycles: heap %+ld bytes (allowed: "
		          "%d), no file descriptor or thread left behind",
		          CK_CYCLES, heap, CK_LEAK_BYTES);
}

static void check_leaks(struct ck *ck, struct credplug_ctx *ctx)
{
	struct cp_instance *inst = &ctx->inst[0];
	char *text = ck_config_text(ck, NULL, true);
	struct json_object *doc = text ? json_tokener_parse(text) : NULL;
	struct json_object *chain = NULL, *entry;
	struct usage a = {0}, b = {0};

	json_object_object_get_ex(doc, "providers", &chain);
	entry = json_object_array_get_idx(chain, 0);
	if (entry == NULL) {
		ck_report(ck, CK_FAIL, "leaks", "out of memory");
		goto out;
	}
	inst->desc->destroy(inst->state); /* the one ck_ctx_new made */
	inst->state = NULL;
	inst->created = false;
	ck_phase("leaks", "1000 create()/destroy() cycles",
	         "create and destroy must not wait on anything slow", 60000);
	if (cycles(ck, ctx, text, entry, &a) == 0) {
		ck_phase_end();
		usage_now(&b);
		report_growth(ck, &a, &b);
	}
out:
	json_object_put(doc);
	if (text != NULL)
		explicit_bzero(text, strlen(text));
	free(text);
}

void ck_check_create(struct ck *ck)
{
	struct credplug_ctx *ctx = NULL, *probe = NULL;
	struct cp_instance mod;
	struct ck_value secrets[8];
	char err[2 * CP_MSG_MAX];
	size_t n = 0;

	/* The descriptor says which options are credentials. */
	if (ck_host_load(ck, &probe, &mod, err, sizeof(err)) == 0)
		n = secret_options(ck, mod.desc, secrets, 8);
	ck_phase("create", "create() with the options given", CK_FIX_CALL,
	         10000);
	if (ck_ctx_new(ck, NULL, true, &ctx, err, sizeof(err)) != CREDPLUG_OK) {
		ck_phase_end();
		create_text(ck, CK_FAIL, "the host refuses it: ", err, "",
		            secrets, n);
		check_undeclared(ck);
		ck_report(ck, CK_SKIP, "leaks", "create failed");
		goto out;
	}
	ck_phase_end();
	report_create(ck, ctx, secrets, n);
	check_undeclared(ck);
	ck_phase("destroy", "destroy(NULL)", "destroy must accept NULL", 5000);
	ctx->inst[0].desc->destroy(NULL);
	ck_phase_end();
	ck_report(ck, CK_OK, "destroy", "accepts NULL");
	if (ctx->inst[0].created)
		check_leaks(ck, ctx);
	else
		ck_report(ck, CK_SKIP, "leaks", "create failed");
out:
	credplug_ctx_free(ctx);
	ck_host_unload(probe, &mod);
}

/* ---- resolve ------------------------------------------------------------ */

static void report_status(struct ck *ck, const struct credplug_call *c, int st,
                          int64_t ms)
{
	const char *name = ck_status_name(st);
	bool any = false, late = ms > CK_DEADLINE_MS + CK_SLACK_MS, bad = true;

	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		any = any || c->staged[i].value != NULL;
	if (name == NULL)
		ck_report(ck, CK_FAIL, "resolve",
		          "returned %d, not a status of the ABI "
		          "(CREDPLUG_PS_FOUND 0 to CREDPLUG_PS_UNCHANGED 7): "
		          "return a CREDPLUG_PS_* value",
		          st);
	else if (st == CREDPLUG_PS_UNCHANGED)
		ck_report(ck, CK_FAIL, "resolve",
		          "returned unchanged on its first call: it means "
		          "\"what the last call set\", and there was none");
	else if (st == CREDPLUG_PS_FOUND && !any)
		ck_report(ck, CK_FAIL, "resolve",
		          "returned found but set no field: return "
		          "CREDPLUG_PS_NOT_FOUND when there is nothing");
	else if (st >= CREDPLUG_PS_UNAVAILABLE && st <= CREDPLUG_PS_ERROR &&
	         c->message[0] == '\0')
		ck_report(ck, CK_FAIL, "resolve",
		          "returned %s without a message: say what failed, "
		          "where, and how to fix it (host->set_message)",
		          name);
	else
		bad = false;
	if (late)
		ck_report(ck, CK_FAIL, "resolve",
		          "returned %s after %" PRId64 " ms, past its %d ms "
		          "deadline and %d ms of slack: " CK_FIX_DEADLINE,
		          name ? name : "a bad status", ms, CK_DEADLINE_MS,
		          CK_SLACK_MS);
	if (!bad && !late)
		ck_report(ck, CK_OK, "resolve",
		          "returned %s in %" PRId64
		          " ms (deadline %d ms, slack "
		          "%d ms)%s%s%s",
		          name, ms, CK_DEADLINE_MS, CK_SLACK_MS,
		          c->message[0] ? ": \"" : "", ck_shown(c->message),
		          c->message[0] ? "\"" : "");
	ck_gate(ck, CK_G_RESOLVED, !late && name != NULL);
}

static void report_values(struct ck *ck)
{
	char names[160] = "";
	size_t ok = 0, len;
	bool bad = false;

	for (size_t i = 0; i < ck_watch.n; i++) {
		const struct ck_set *s = &ck_watch.set[i];

		if (s->field >= CREDPLUG_FIELD_COUNT) {
			ck_report(ck, CK_FAIL, "values",
			          "set_field() with field %u, which does not "
			          "exist (0 api_key, 1 app_key, 2 pat, 3 site)",
			          (unsigned)s->field);
			bad = true;
		} else if (s->why != NULL) {
			ck_report(
			        ck, CK_FAIL, "values",
			        "the host refuses the %s value set: it %s; set "
			        "values as the API takes them (no control "
			        "characters, no surrounding whitespace, at "
			        "most "
			        "4096 bytes)",
			        credplug_field_name((int)s->field), s->why);
			bad = true;
		} else {
			len = strlen(names);
			snprintf(names + len, sizeof(names) - len, "%s%s",
			         ok++ ? ", " : "",
			         credplug_field_name((int)s->field));
		}
	}
	if (!bad && ok == 0)
		ck_report(ck, CK_SKIP, "values",
		          "the module set no value with these options (give "
		          "options under which it finds one to check them)");
	else if (!bad)
		ck_report(
		        ck, CK_OK, "values",
		        "%zu set (%s), each accepted by the host's validation",
		        ok, names);
}

void ck_check_resolve(struct ck *ck)
{
	struct credplug_ctx *ctx = NULL;
	struct credplug_call c;
	char err[2 * CP_MSG_MAX];
	int64_t ms;
	int st;

	if (ck_ctx_new(ck, NULL, true, &ctx, err, sizeof(err)) != CREDPLUG_OK ||
	    !ctx->inst[0].created) {
		ck_report(ck, CK_FAIL, "resolve", "create failed this time: %s",
		          ctx ? ctx->inst[0].message : err);
		credplug_ctx_free(ctx);
		return;
	}
	ck_host_init();
	ck_phase("resolve", "resolve() with a 50 ms deadline", CK_FIX_DEADLINE,
	         CK_KILL_MS);
	st = ck_resolve_once(ctx, &c, CK_DEADLINE_MS, &ms);
	ck_phase_end();
	ck_watch_staged(&c);
	report_status(ck, &c, st, ms);
	ck_check_messages(ck, &c, "resolve", NULL, 0);
	report_values(ck);
	cp_call_done(&c);
	ck_watch_reset();
	credplug_ctx_free(ctx);
}
