/*
 * Status codes, per-context error detail, status names.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

const char *credplug_strerror(int status)
{
	switch (status) {
	case CREDPLUG_OK:
		return "success";
	case CREDPLUG_EINVAL:
		return "invalid argument";
	case CREDPLUG_ENOMEM:
		return "out of memory";
	case CREDPLUG_ECONFIG:
		return "configuration error";
	case CREDPLUG_EMODULE:
		return "provider module could not be loaded";
	case CREDPLUG_EINVALID:
		return "credential is present but invalid";
	case CREDPLUG_EDENIED:
		return "access denied (unsafe permissions)";
	case CREDPLUG_ENOCRED:
		return "no credential satisfies the endpoint";
	case CREDPLUG_EDESTINATION:
		return "destination is not an allowed origin";
	case CREDPLUG_ESINK:
		return "header sink failed";
	case CREDPLUG_ETIMEDOUT:
		return "provider timed out";
	case CREDPLUG_EUNAVAILABLE:
		return "provider unavailable";
	case CREDPLUG_EEXPIRED:
		return "credentials expired";
	case CREDPLUG_EREJECTED:
		return "credential rejected by the server";
	case CREDPLUG_EUNSUPPORTED:
		return "operation not supported";
	case CREDPLUG_ENOTFOUND:
		return "not found";
	case CREDPLUG_EIO:
		return "input/output error";
	case CREDPLUG_EPROVIDER:
		return "provider failed";
	default:
		return "unknown status";
	}
}

int cp_fail(struct credplug_ctx *ctx, int status, const char *fmt, ...)
{
	va_list ap;

	if (ctx == NULL)
		return status;
	pthread_mutex_lock(&ctx->err_lock);
	va_start(ap, fmt);
	vsnprintf(ctx->errmsg, sizeof(ctx->errmsg), fmt, ap);
	va_end(ap);
	pthread_mutex_unlock(&ctx->err_lock);
	return status;
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
	case CP_ST_NOT_RUN:
		return "not_run";
	case CP_ST_NOT_INSTALLED:
		return "not_installed";
	case CP_ST_LOAD_FAILED:
		return "load_failed";
	case CP_ST_SKIPPED:
		return "skipped";
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
	case CP_ST_NOT_INSTALLED:
	case CP_ST_LOAD_FAILED:
		return CREDPLUG_EMODULE;
	default:
		return CREDPLUG_EINVAL;
	}
}

static const char *const field_names[CREDPLUG_FIELD_COUNT] = {
        "api_key", "app_key", "pat", "site"};

const char *credplug_field_name(int field)
{
	if (field < 0 || field >= CREDPLUG_FIELD_COUNT)
		return NULL;
	return field_names[field];
}

int credplug_field_from_name(const char *name)
{
	for (int i = 0; name != NULL && i < CREDPLUG_FIELD_COUNT; i++)
		if (strcmp(name, field_names[i]) == 0)
			return i;
	return -1;
}

const char *credplug_version(void)
{
	return CREDPLUG_VERSION_STRING;
}
