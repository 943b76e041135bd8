/*
 * A writable provider for the tests of host->set_target (ABI 1.1) and
 * credplug_store_json() / credplug_erase_json() (tests/core/test_store.c,
 * tests/cli/test_store.c).  It keeps nothing: store() and erase() succeed
 * and say where they "wrote".
 *
 * Options (all optional):
 *   "locator"  what store()/erase() report (default "writer:item"); "%V"
 *              here and in "profile" and "mode" is replaced by the value
 *              being stored, to check that the host scrubs it
 *   "profile"  the profile reported (default: host->profile(), else
 *              "default"); "" reports NULL
 *   "mode"     the mode reported (default: NULL)
 *   "probe"    make one bad set_target call, then report "rc=N" (its
 *              return) as the locator: null_call, null_locator,
 *              empty_locator, control, long_locator, long_mode; or
 *              "keep": a valid call, then a bad one (the first must stay)
 *   "fail"     store()/erase() report, then fail (unavailable)
 * resolve() calls set_target too (it must refuse: not a store) and finds
 * nothing; its message is "set_target in resolve: N".
 *
 * Built twice: writer.so, and with WRITER_V1_0 writer10.so, a provider as
 * built for ABI 1.0 (1.0 descriptor size, never calls set_target).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "credplug/provider.h"

static const char *const keys[] = {"locator", "profile", "mode",
                                   "probe",   "fail",    NULL};

struct writer {
	char *opt[4]; /* locator, profile, mode, probe */
	int fail;
};

static void w_destroy(void *p)
{
	struct writer *w = p;

	if (w == NULL)
		return;
	for (int i = 0; i < 4; i++)
		free(w->opt[i]);
	free(w);
}

static int w_create(const struct credplug_host_v1 *h, struct credplug_call *c,
                    void **state)
{
	struct writer *w = calloc(1, sizeof(*w));
	const char *v;

	*state = NULL;
	if (w == NULL)
		return CREDPLUG_PS_ERROR;
	for (int i = 0; i < 4; i++) {
		v = NULL;
		if (h->option_string(c, keys[i], &v) < 0) {
			w_destroy(w);
			return CREDPLUG_PS_INVALID;
		}
		w->opt[i] = v ? strdup(v) : NULL;
	}
	if (h->option_bool(c, "fail", &w->fail) < 0) {
		w_destroy(w);
		return CREDPLUG_PS_INVALID;
	}
	*state = w;
	return CREDPLUG_PS_OK;
}

#ifndef WRITER_V1_0
/* One bad call chosen by `probe`; returns what set_target returned. */
static int bad_call(const struct credplug_host_v1 *h, struct credplug_call *c,
                    const char *probe)
{
	static char big[5000];

	memset(big, 'x', sizeof(big) - 1); /* over every limit */
	if (strcmp(probe, "null_call") == 0)
		return h->set_target(NULL, "writer:item", NULL, NULL);
	if (strcmp(probe, "null_locator") == 0)
		return h->set_target(c, NULL, "default", NULL);
	if (strcmp(probe, "empty_locator") == 0)
		return h->set_target(c, "", "default", NULL);
	if (strcmp(probe, "control") == 0)
		return h->set_target(c, "writer:\033[2Jitem", NULL, NULL);
	if (strcmp(probe, "long_locator") == 0)
		return h->set_target(c, big, NULL, NULL);
	if (strcmp(probe, "long_mode") == 0)
		return h->set_target(c, "writer:item", NULL, big);
	return -1;
}

/* `src` with "%V" replaced by the value (erase: left as is). */
static const char *subst(char *buf, size_t cap, const char *src,
                         const char *value, size_t len)
{
	const char *p = src ? strstr(src, "%V") : NULL;

	if (p == NULL || value == NULL)
		return src;
	snprintf(buf, cap, "%.*s%.*s%s", (int)(p - src), src, (int)len, value,
	         p + 2);
	return buf;
}

static void report(const struct writer *w, const struct credplug_host_v1 *h,
                   struct credplug_call *c, const char *value, size_t len)
{
	const char *loc = w->opt[0] ? w->opt[0] : "writer:item";
	const char *prof = w->opt[1];
	char buf[3][8192];

	if (prof == NULL)
		prof = h->profile(c) ? h->profile(c) : "default";
	if (w->opt[3] != NULL && strcmp(w->opt[3], "keep") == 0) {
		h->set_target(c, loc, prof, w->opt[2]);
		h->set_target(c, "", NULL, NULL); /* refused: the first stays */
		return;
	}
	if (w->opt[3] != NULL) {
		snprintf(buf[0], sizeof(buf[0]), "rc=%d",
		         bad_call(h, c, w->opt[3]));
		h->set_target(c, buf[0], NULL, NULL);
		return;
	}
	h->set_target(c, subst(buf[0], sizeof(buf[0]), loc, value, len),
	              prof[0] ? subst(buf[1], sizeof(buf[1]), prof, value, len)
	                      : NULL,
	              subst(buf[2], sizeof(buf[2]), w->opt[2], value, len));
}
#endif

static int w_write(void *p, const struct credplug_host_v1 *h,
                   struct credplug_call *c, const char *value, size_t len)
{
	struct writer *w = p;

#ifndef WRITER_V1_0
	if (CREDPLUG_HOST_HAS(h, set_target))
		report(w, h, c, value, len);
#else
	(void)value;
	(void)len;
#endif
	if (w->fail) {
		h->set_message(c, "writer: backend went away");
		return CREDPLUG_PS_UNAVAILABLE;
	}
	return CREDPLUG_PS_OK;
}

static int w_store(void *p, const struct credplug_host_v1 *h,
                   struct credplug_call *c, uint32_t field, const char *value,
                   size_t len)
{
	(void)field;
	return w_write(p, h, c, value, len);
}

static int w_erase(void *p, const struct credplug_host_v1 *h,
                   struct credplug_call *c, uint32_t field)
{
	(void)field;
	return w_write(p, h, c, NULL, 0);
}

static int w_resolve(void *p, const struct credplug_host_v1 *h,
                     struct credplug_call *c)
{
	(void)p;
#ifndef WRITER_V1_0
	h->set_message(c, "set_target in resolve: %d",
	               h->set_target(c, "writer:item", NULL, NULL));
#else
	h->set_message(c, "writer10: nothing here");
#endif
	return CREDPLUG_PS_NOT_FOUND;
}

static const struct credplug_provider_v1 w_desc = {
        .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR,
#ifdef WRITER_V1_0
        .struct_size =
                offsetof(struct credplug_provider_v1, secret_option_keys),
        .name = "writer10",
#else
        .struct_size = sizeof(struct credplug_provider_v1),
        .name = "writer",
#endif
        .version = "1.0.0",
        .summary = "writable test provider that reports where it wrote",
        .option_keys = keys,
        .capabilities = CREDPLUG_CAP_STORE | CREDPLUG_CAP_ERASE,
        .create = w_create,
        .destroy = w_destroy,
        .resolve = w_resolve,
        .store = w_store,
        .erase = w_erase,
};

CREDPLUG_PROVIDER_ENTRY;
CREDPLUG_PROVIDER_ENTRY
{
	if (host == NULL || out == NULL ||
	    host->abi_major != CREDPLUG_PROVIDER_ABI_MAJOR ||
	    host->struct_size < CREDPLUG_HOST_V1_0_SIZE)
		return -1;
	*out = &w_desc;
	return 0;
}
