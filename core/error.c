/*
 * Status codes, per-context error detail, status names.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctx.h"
#include "credplug/provider.h"
#include "errors.h"
#include "fields.h"

/* One row per status, indexed by -status: the codes are contiguous from
 * CREDPLUG_OK down and append-only, so a new code is one new row here. */
static const struct {
	const char *name, *text;
} statuses[] = {
        {"CREDPLUG_OK", "success"},
        {"CREDPLUG_EINVAL", "invalid argument"},
        {"CREDPLUG_ENOMEM", "out of memory"},
        {"CREDPLUG_ECONFIG", "configuration error"},
        {"CREDPLUG_EMODULE", "provider module could not be loaded"},
        {"CREDPLUG_EINVALID", "credential is present but invalid"},
        {"CREDPLUG_EDENIED", "access denied (unsafe permissions)"},
        {"CREDPLUG_ENOCRED", "no credential satisfies the endpoint"},
        {"CREDPLUG_EDESTINATION", "destination is not an allowed origin"},
        {"CREDPLUG_ESINK", "header sink failed"},
        {"CREDPLUG_ETIMEDOUT", "provider timed out"},
        {"CREDPLUG_EUNAVAILABLE", "provider unavailable"},
        {"CREDPLUG_EEXPIRED", "credentials expired"},
        {"CREDPLUG_EREJECTED", "credential rejected by the server"},
        {"CREDPLUG_EUNSUPPORTED", "operation not supported"},
        {"CREDPLUG_ENOTFOUND", "not found"},
        {"CREDPLUG_EIO", "input/output error"},
        {"CREDPLUG_EPROVIDER", "provider failed"},
        {"CREDPLUG_EWOULDBLOCK", "would block: a resolve is due"},
};
_Static_assert(sizeof(statuses) / sizeof(*statuses) == 1 - CREDPLUG_EWOULDBLOCK,
               "one row per status code");

static int status_row(int status)
{
	if (status > 0 ||
	    status <= -(int)(sizeof(statuses) / sizeof(*statuses)))
		return -1;
	return -status;
}

const char *credplug_strerror(int status)
{
	int i = status_row(status);

	return i < 0 ? "unknown status" : statuses[i].text;
}

const char *credplug_status_name(int status)
{
	int i = status_row(status);

	return i < 0 ? NULL : statuses[i].name;
}

int cp_fail(struct credplug_ctx *ctx, int status, const char *fmt, ...)
{
	va_list ap;

	if (ctx == NULL)
		return status;
	/* The context of a failed credplug_ctx_open has one failure: what
	 * fails on it later reports that one again. */
	if (ctx->open_status != CREDPLUG_OK)
		return ctx->open_status;
	pthread_mutex_lock(&ctx->err_lock);
	va_start(ap, fmt);
	vsnprintf(ctx->errmsg, sizeof(ctx->errmsg), fmt, ap);
	va_end(ap);
	ctx->err_status = status;
	pthread_mutex_unlock(&ctx->err_lock);
	return status;
}

int cp_diag_set(struct cp_diag *d, int status, const char *fmt, ...)
{
	va_list ap;

	if (d->set)
		return status;
	va_start(ap, fmt);
	vsnprintf(d->msg, sizeof(d->msg), fmt, ap);
	va_end(ap);
	d->status = status;
	d->set = true;
	return status;
}

void cp_diag_to_ctx(struct credplug_ctx *ctx, const struct cp_diag *d)
{
	if (d->set)
		cp_fail(ctx, d->status, "%s", d->msg);
}

const char *credplug_errmsg(const struct credplug_ctx *ctx)
{
	if (ctx == NULL)
		return "no context";
	return ctx->errmsg;
}

size_t credplug_errmsg_copy(const struct credplug_ctx *ctx, char *buf,
                            size_t len)
{
	struct credplug_ctx *c = (struct credplug_ctx *)ctx;
	size_t n;

	if (ctx == NULL) {
		if (buf != NULL && len > 0)
			buf[0] = '\0';
		return 0;
	}
	pthread_mutex_lock(&c->err_lock);
	n = strlen(c->errmsg);
	if (buf != NULL && len > 0)
		snprintf(buf, len, "%s", c->errmsg);
	pthread_mutex_unlock(&c->err_lock);
	return n;
}

/* malloc, not strdup: the allocation-failure sweep (tests/core/
 * test_simple_alloc.c) can then fail it. */
static char *dup_text(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);

	if (d != NULL)
		memcpy(d, s, n);
	return d;
}

char *credplug_errmsg_dup(const struct credplug_ctx *ctx, int status)
{
	struct credplug_ctx *c = (struct credplug_ctx *)ctx;
	char *d;

	if (ctx == NULL)
		return dup_text(credplug_strerror(status));
	pthread_mutex_lock(&c->err_lock);
	d = dup_text(status != CREDPLUG_OK && c->err_status == status &&
	                             c->errmsg[0] != '\0'
	                     ? c->errmsg
	                     : credplug_strerror(status));
	pthread_mutex_unlock(&c->err_lock);
	return d;
}

const char *cp_pstatus_name(int st)
{
	switch (st) {
	case CREDPLUG_PS_FOUND:
		return "found";
	case CREDPLUG_PS_NOT_FOUND:
		return "not_found";
	case CREDPLUG_PS_UNAVAILABLE:
		return "unavailable";
	case CREDPLUG_PS_TIMED_OUT:
		return "timed_out";
	case CREDPLUG_PS_INVALID:
		return "invalid";
	case CREDPLUG_PS_DENIED:
		return "denied";
	case CREDPLUG_PS_ERROR:
		return "error";
	case CREDPLUG_PS_UNCHANGED:
		return "unchanged";
	default:
		return "unknown";
	}
}

int cp_pstatus_to_status(int st)
{
	switch (st) {
	case CREDPLUG_PS_FOUND:
	case CREDPLUG_PS_UNCHANGED:
		return CREDPLUG_OK;
	case CREDPLUG_PS_NOT_FOUND:
		return CREDPLUG_ENOTFOUND;
	case CREDPLUG_PS_UNAVAILABLE:
		return CREDPLUG_EUNAVAILABLE;
	case CREDPLUG_PS_TIMED_OUT:
		return CREDPLUG_ETIMEDOUT;
	case CREDPLUG_PS_INVALID:
		return CREDPLUG_EINVALID;
	case CREDPLUG_PS_DENIED:
		return CREDPLUG_EDENIED;
	case CREDPLUG_PS_ERROR:
		return CREDPLUG_EPROVIDER;
	default:
		return CREDPLUG_EINVAL;
	}
}

const char *credplug_field_name(int field)
{
	if (field < 0 || field >= CREDPLUG_FIELD_COUNT)
		return NULL;
	return cp_fields[field].name;
}

int credplug_field_from_name(const char *name)
{
	return cp_field_by_name(name);
}

const char *credplug_version(void)
{
	return CREDPLUG_VERSION_STRING;
}
