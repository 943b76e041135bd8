/*
 * A configurable mock provider for the core tests.
 *
 * Options (all optional):
 *   "status"      name of the status to return: found, not_found,
 *                 unavailable, timed_out, invalid, denied, error, unchanged
 *   "status_code" integer status to return (beats "status"; for unknown codes)
 *   "api_key", "app_key", "pat", "site"   values to set
 *   "message"     the call's message ("%V" is replaced by the api_key value,
 *                 to check that the host scrubs values out of messages)
 *   "nul_at"      put a NUL byte at this offset of the api_key (set_field
 *                 length keeps it)
 *   "expires_in"  seconds from now (host clock) for every field set
 *   "recheck_ms"  ask for a recheck
 *   "env_prefix"  read <prefix>STATUS, <prefix>API_KEY, <prefix>APP_KEY at
 *                 each resolve (runtime control for module builds)
 *   "sleep_ms"    sleep that long in resolve (single-flight tests)
 *   "token"       the api_key, from an option the descriptor declares secret
 *                 (secret_option_keys: the config must then be private)
 *
 * Without "message" the message is "mock: entries=E resolves=R", so tests
 * can see how often the module's entry ran (once per process load).
 *
 * Built as a module (tests/mods/mock.so) and, with MOCK_BUILTIN, compiled
 * into test programs where `mock_stats` and `mock_ctl` are visible.
 */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "credplug/provider.h"
#include "mock.h"

static const char *const keys[] = {
        "status",     "status_code", "api_key", "app_key",    "pat",
        "site",       "message",     "nul_at",  "expires_in", "recheck_ms",
        "env_prefix", "sleep_ms",    "token",   NULL};
static const char *const secret_keys[] = {"token", NULL};
static const char *const st_names[] = {"found",     "not_found", "unavailable",
                                       "timed_out", "invalid",   "denied",
                                       "error",     "unchanged", NULL};

struct mock_stats mock_stats;
struct mock_ctl mock_ctl;

struct mock {
	int status;
	char *val[4];
	char *message;
	int64_t nul_at, expires_in, recheck_ms, sleep_ms;
	char *env_prefix;
};

static char *dup_opt(const struct credplug_host_v1 *h, struct credplug_call *c,
                     const char *key, int *bad)
{
	const char *v = NULL;
	int r = h->option_string(c, key, &v);

	if (r < 0)
		*bad = 1;
	return r == 1 ? strdup(v) : NULL;
}

static int64_t int_opt(const struct credplug_host_v1 *h,
                       struct credplug_call *c, const char *key, int64_t dflt,
                       int *bad)
{
	int64_t v = dflt;

	if (h->option_int(c, key, &v) < 0)
		*bad = 1;
	return v;
}

static int status_from_name(const char *s)
{
	for (int i = 0; st_names[i] != NULL; i++)
		if (strcmp(st_names[i], s) == 0)
			return i;
	return -1;
}

static void mock_destroy(void *p)
{
	struct mock *m = p;

	if (m == NULL)
		return;
	for (int i = 0; i < 4; i++)
		free(m->val[i]);
	free(m->message);
	free(m->env_prefix);
	free(m);
}

static int mock_create(const struct credplug_host_v1 *h,
                       struct credplug_call *c, void **state)
{
	static const char *const fields[4] = {"api_key", "app_key", "pat",
	                                      "site"};
	struct mock *m = calloc(1, sizeof(*m));
	const char *st = "found";
	int bad = 0;

	if (m == NULL)
		return CREDPLUG_PS_ERROR;
	if (h->option_string(c, "status", &st) < 0)
		bad = 1;
	m->status = status_from_name(st);
	m->status = (int)int_opt(h, c, "status_code", m->status, &bad);
	for (int i = 0; i < 4; i++)
		m->val[i] = dup_opt(h, c, fields[i], &bad);
	if (m->val[0] == NULL)
		m->val[0] = dup_opt(h, c, "token", &bad);
	m->message = dup_opt(h, c, "message", &bad);
	m->env_prefix = dup_opt(h, c, "env_prefix", &bad);
	m->nul_at = int_opt(h, c, "nul_at", -1, &bad);
	m->expires_in = int_opt(h, c, "expires_in", 0, &bad);
	m->recheck_ms = int_opt(h, c, "recheck_ms", 0, &bad);
	m->sleep_ms = int_opt(h, c, "sleep_ms", 0, &bad);
	if (bad || m->status == -1) {
		if (!bad)
			h->set_message(c, "unknown status name \"%s\"", st);
		mock_destroy(m);
		return CREDPLUG_PS_INVALID;
	}
	*state = m;
	return CREDPLUG_PS_OK;
}

/* The value of field i for this call: env override, ctl override, option. */
static const char *value_of(struct mock *m, const struct credplug_host_v1 *h,
                            struct credplug_call *c, int i)
{
	static const char *const sfx[4] = {"API_KEY", "APP_KEY", "PAT", "SITE"};
	char var[128];
	const char *v;

	if (m->env_prefix != NULL) {
		snprintf(var, sizeof(var), "%s%s", m->env_prefix, sfx[i]);
		v = h->getenv(c, var);
		if (v != NULL)
			return v;
	}
	return m->val[i];
}

static int set_one(struct mock *m, const struct credplug_host_v1 *h,
                   struct credplug_call *c, uint32_t i, const char *v)
{
	char buf[8192];
	size_t n = strlen(v);
	int r;

	if (i == 0 && m->nul_at >= 0 && (size_t)m->nul_at < n &&
	    n < sizeof(buf)) {
		memcpy(buf, v, n);
		buf[m->nul_at] = '\0';
		r = h->set_field(c, i, buf, n, "mock-locator");
	} else {
		r = h->set_field(c, i, v, n, "mock-locator");
	}
	if (r == CREDPLUG_PS_FOUND && m->expires_in != 0)
		h->set_expiry(c, i, h->now_ns(c) / 1000000000 + m->expires_in);
	return r;
}

static int call_status(struct mock *m, const struct credplug_host_v1 *h,
                       struct credplug_call *c)
{
	char var[128];
	const char *v;
	int ctl = atomic_load(&mock_ctl.status);

	if (ctl != 0)
		return ctl - 1;
	if (m->env_prefix != NULL) {
		snprintf(var, sizeof(var), "%sSTATUS", m->env_prefix);
		v = h->getenv(c, var);
		if (v != NULL && status_from_name(v) >= 0)
			return status_from_name(v);
	}
	return m->status;
}

static void mock_sleep(int64_t ms)
{
	struct timespec ts = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000};

	while (nanosleep(&ts, &ts) != 0)
		;
}

static void set_msg(struct mock *m, const struct credplug_host_v1 *h,
                    struct credplug_call *c, int resolves)
{
	const char *p = m->message ? strstr(m->message, "%V") : NULL;
	const char *v = m->val[0] ? m->val[0] : "";

	if (m->message == NULL)
		h->set_message(c, "mock: entries=%d resolves=%d",
		               atomic_load(&mock_stats.entries), resolves);
	else if (p != NULL)
		h->set_message(c, "%.*s%s%s", (int)(p - m->message), m->message,
		               v, p + 2);
	else
		h->set_message(c, "%s", m->message);
}

static int mock_resolve(void *p, const struct credplug_host_v1 *h,
                        struct credplug_call *c)
{
	struct mock *m = p;
	int now_in = atomic_fetch_add(&mock_stats.in_resolve, 1) + 1;
	int n = atomic_fetch_add(&mock_stats.resolves, 1) + 1;
	int st;

	if (now_in > atomic_load(&mock_stats.max_concurrent))
		atomic_store(&mock_stats.max_concurrent, now_in);
	if (m->sleep_ms > 0)
		mock_sleep(m->sleep_ms);
	st = call_status(m, h, c);
	set_msg(m, h, c, n);
	for (uint32_t i = 0; i < 4 && st != CREDPLUG_PS_UNCHANGED; i++) {
		const char *v = value_of(m, h, c, (int)i);
		char rot[64];
		int r;

		if (i < 2 && atomic_load(&mock_ctl.rotate)) {
			snprintf(rot, sizeof(rot), "%c-%d-xxxx", i ? 'B' : 'A',
			         n);
			v = rot;
		}

		if (v == NULL)
			continue;
		r = set_one(m, h, c, i, v);
		if (r != CREDPLUG_PS_FOUND && r != CREDPLUG_PS_NOT_FOUND) {
			atomic_fetch_sub(&mock_stats.in_resolve, 1);
			return r;
		}
	}
	if (m->recheck_ms > 0)
		h->set_recheck(c, (uint32_t)m->recheck_ms);
	atomic_fetch_sub(&mock_stats.in_resolve, 1);
	return st;
}

static const struct credplug_provider_v1 mock_desc = {
        .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR,
        .struct_size = sizeof(struct credplug_provider_v1),
        .name = "mock",
        .version = "9.9.9",
        .summary = "configurable mock provider for the core tests",
        .option_keys = keys,
        .create = mock_create,
        .destroy = mock_destroy,
        .resolve = mock_resolve,
        .secret_option_keys = secret_keys,
};

#ifdef MOCK_BUILTIN
int mock_builtin_entry(const struct credplug_host_v1 *host,
                       const struct credplug_provider_v1 **out)
#else
CREDPLUG_PROVIDER_ENTRY;
CREDPLUG_PROVIDER_ENTRY
#endif
{
	atomic_fetch_add(&mock_stats.entries, 1);
	if (host == NULL || out == NULL ||
	    host->abi_major != CREDPLUG_PROVIDER_ABI_MAJOR ||
	    host->struct_size < CREDPLUG_HOST_V1_0_SIZE)
		return -1;
	*out = &mock_desc;
	return 0;
}
