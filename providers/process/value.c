/*
 * process provider, plain-value mode ("output": "value"): the first line of
 * stdout is one field's value, as password managers and secret CLIs print
 * it (`pass show`, `op read`, `secret-tool lookup`, ...).
 * docs/enterprise-backends.md, "Plain values".
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "credoc.h"
#include "process.h"

#define FIELD_NAMES CP_FIELD_NAME_LIST

static int read_output(const struct credplug_host_v1 *host,
                       struct credplug_call *call, struct cp_process_cfg *cfg)
{
	const char *s;
	int rc = host->option_string(call, "output", &s);

	cfg->output = CP_PROC_DOCUMENT;
	if (rc < 0)
		return CREDPLUG_PS_INVALID;
	if (rc == 0 || strcmp(s, "document") == 0)
		return CREDPLUG_PS_OK;
	if (strcmp(s, "value") == 0) {
		cfg->output = CP_PROC_VALUE;
		return CREDPLUG_PS_OK;
	}
	host->set_message(call,
	                  "process: \"output\" must be \"document\" (one JSON "
	                  "credential document, the default) or \"value\" "
	                  "(the first line of stdout is the value of "
	                  "\"field\"), not \"%.64s\"",
	                  s);
	return CREDPLUG_PS_INVALID;
}

static int read_field(const struct credplug_host_v1 *host,
                      struct credplug_call *call, struct cp_process_cfg *cfg)
{
	const char *s;
	int rc = host->option_string(call, "field", &s);

	if (rc < 0)
		return CREDPLUG_PS_INVALID;
	if (rc == 0 && cfg->output == CP_PROC_VALUE) {
		host->set_message(call,
		                  "process: \"output\": \"value\" needs "
		                  "\"field\", the field the command prints: "
		                  "one of " FIELD_NAMES);
		return CREDPLUG_PS_INVALID;
	}
	if (rc == 0)
		return CREDPLUG_PS_OK;
	if (cfg->output != CP_PROC_VALUE) {
		host->set_message(
		        call, "process: \"field\" applies only with "
		              "\"output\": \"value\" (a credential document "
		              "names its own fields)");
		return CREDPLUG_PS_INVALID;
	}
	if (cp_field_by_name(s) >= 0) {
		cfg->field = (uint32_t)cp_field_by_name(s);
		return CREDPLUG_PS_OK;
	}
	host->set_message(call,
	                  "process: \"field\" must be one of " FIELD_NAMES
	                  ", not \"%.64s\"",
	                  s);
	return CREDPLUG_PS_INVALID;
}

static int read_ttl(const struct credplug_host_v1 *host,
                    struct credplug_call *call, struct cp_process_cfg *cfg)
{
	int64_t ttl = 0;
	int rc = host->option_int(call, "ttl_ms", &ttl);

	if (rc <= 0)
		return rc < 0 ? CREDPLUG_PS_INVALID : CREDPLUG_PS_OK;
	if (cfg->output != CP_PROC_VALUE) {
		host->set_message(
		        call, "process: \"ttl_ms\" applies only with "
		              "\"output\": \"value\" (a credential document "
		              "carries its own \"expires_at\")");
		return CREDPLUG_PS_INVALID;
	}
	if (ttl < CP_PROC_MIN_TTL_MS || ttl > CP_PROC_MAX_TTL_MS) {
		host->set_message(call,
		                  "process: \"ttl_ms\" must be between %d and "
		                  "%lld (366 days), not %lld",
		                  CP_PROC_MIN_TTL_MS,
		                  (long long)CP_PROC_MAX_TTL_MS,
		                  (long long)ttl);
		return CREDPLUG_PS_INVALID;
	}
	cfg->ttl_ms = ttl;
	return CREDPLUG_PS_OK;
}

int cp_process_value_options(const struct credplug_host_v1 *host,
                             struct credplug_call *call,
                             struct cp_process_cfg *cfg)
{
	int rc = read_output(host, call, cfg);

	rc = rc ? rc : read_field(host, call, cfg);
	return rc ? rc : read_ttl(host, call, cfg);
}

/* Lines after the first: "b\n" and "b" are one, "b\nc\n" two. */
static size_t count_lines(const char *p, size_t n)
{
	size_t k = 0;

	for (const char *e; n > 0 && (e = memchr(p, '\n', n)) != NULL;) {
		k++;
		n -= (size_t)(e + 1 - p);
		p = e + 1;
	}
	return k + (n > 0);
}

static const char *plural(size_t n)
{
	return n == 1 ? "" : "s";
}

/* Nothing on the first line: the field is not set (the chain goes on). */
static int no_value(const struct credplug_host_v1 *host,
                    struct credplug_call *call,
                    const struct cp_process_cfg *cfg, size_t out_len,
                    size_t more, const char *err)
{
	const char *key = cp_credoc_keys[cfg->field];
	const char *sep = err[0] != '\0' ? "; stderr: " : "";
	char rest[64] = "";

	if (more > 0)
		snprintf(rest, sizeof(rest), "; %zu further line%s ignored",
		         more, plural(more));
	if (out_len == 0)
		host->set_message(
		        call,
		        "process: %s printed nothing on stdout: %s is "
		        "not set (an empty value means not set)%s%s",
		        cfg->cmd, key, sep, err);
	else
		host->set_message(call,
		                  "process: %s printed an empty first line on "
		                  "stdout: %s is not set (an empty value means "
		                  "not set%s)%s%s",
		                  cfg->cmd, key, rest, sep, err);
	return CREDPLUG_PS_NOT_FOUND;
}

/* Whole seconds, rounded up: the value never expires before ttl_ms. */
static int64_t expiry_s(const struct credplug_host_v1 *host,
                        struct credplug_call *call, int64_t ttl_ms)
{
	int64_t at = host->now_ns(call) + ttl_ms * 1000000;

	return at / 1000000000 + (at % 1000000000 != 0);
}

int cp_process_value_apply(const struct credplug_host_v1 *host,
                           struct credplug_call *call,
                           const struct cp_process_cfg *cfg,
                           const struct cp_run_result *r, const char *err)
{
	const char *key = cp_credoc_keys[cfg->field];
	const char *nl = memchr(r->out, '\n', r->out_len);
	size_t len = nl != NULL ? (size_t)(nl - r->out) : r->out_len;
	size_t more =
	        nl != NULL ? count_lines(nl + 1, r->out_len - len - 1) : 0;
	char loc[320];
	int rc;

	/* A "\r\n" line ending (a Windows tool, e.g. op.exe under WSL) is a
	 * line ending; a carriage return anywhere else is refused below. */
	if (nl != NULL && len > 0 && r->out[len - 1] == '\r')
		len--;
	if (len == 0)
		return no_value(host, call, cfg, r->out_len, more, err);
	if (memchr(r->out, '\r', len) != NULL) {
		host->set_message(
		        call,
		        "process: the first line %s printed on stdout "
		        "(the value of %s) contains a carriage return; "
		        "a value has no control characters (only a "
		        "\"\\r\\n\" line ending is removed)%s%s",
		        cfg->cmd, key, err[0] ? "; stderr: " : "", err);
		return CREDPLUG_PS_INVALID;
	}
	snprintf(loc, sizeof(loc), "%s (%s)", cfg->cmd, key);
	rc = host->set_field(call, cfg->field, r->out, len, loc);
	if (rc != CREDPLUG_PS_FOUND)
		return rc;
	if (cfg->ttl_ms > 0 &&
	    host->set_expiry(call, cfg->field,
	                     expiry_s(host, call, cfg->ttl_ms)) !=
	            CREDPLUG_PS_FOUND) {
		host->set_message(call,
		                  "process: could not set the expiry "
		                  "of %s",
		                  key);
		return CREDPLUG_PS_ERROR;
	}
	if (more > 0)
		host->note(call,
		           "%s: the first line of stdout is %s; %zu further "
		           "line%s ignored",
		           cfg->cmd, key, more, plural(more));
	return CREDPLUG_PS_FOUND;
}

/* Bytes of `out` holding its first `max` lines. */
static size_t lines_prefix(const char *out, size_t len, size_t max)
{
	size_t used = 0;

	for (size_t k = 0; k < max && used < len; k++) {
		const char *e = memchr(out + used, '\n', len - used);
		used = e != NULL ? (size_t)(e + 1 - out) : len;
	}
	return used;
}

/* Each line NUL-terminated in place without its line ending, into sec[];
 * of a "name: value" line (pass's metadata), the value as well. */
static size_t split_lines(char *copy, size_t used, const char **sec)
{
	size_t n = 0;

	for (char *p = copy; p < copy + used;) {
		char *e = memchr(p, '\n', (size_t)(copy + used - p));
		char *colon;
		size_t k = e != NULL ? (size_t)(e - p) : strlen(p);
		if (e != NULL)
			*e = '\0';
		if (k > 0 && p[k - 1] == '\r')
			p[k - 1] = '\0';
		sec[n++] = p;
		if ((colon = strstr(p, ": ")) != NULL)
			sec[n++] = colon + 2;
		p = e != NULL ? e + 1 : copy + used;
	}
	return n;
}

void cp_process_value_stderr(char *err, size_t cap,
                             const struct cp_run_result *r, size_t out_len)
{
	const char *sec[2 * CP_CREDOC_MAX_CANDIDATES];
	size_t n, used;
	char *copy;

	if (r->err_len == 0) { /* nothing to show: skip the copy */
		err[0] = '\0';
		return;
	}
	used = lines_prefix(r->out, out_len, CP_CREDOC_MAX_CANDIDATES);
	if ((copy = malloc(used + 1)) == NULL) {
		snprintf(err, cap, "(not shown: out of memory)");
		return;
	}
	memcpy(copy, r->out, used);
	copy[used] = '\0';
	n = split_lines(copy, used, sec);
	cp_credoc_sanitize(err, cap, r->err, r->err_len, sec, n,
	                   CP_CREDOC_TAIL |
	                           (r->err_cut ? CP_CREDOC_CUT_HEAD : 0));
	explicit_bzero(sec, sizeof(sec));
	explicit_bzero(copy, used);
	free(copy);
}
