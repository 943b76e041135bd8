/*
 * libFuzzer target for the `process` provider's plain-value mode
 * (providers/process/value.c): the first line of stdout taken as a value,
 * and stderr masked with stdout's lines.  A stand-in host records what the
 * module hands it, and the target asserts invariants, not only that it runs:
 * - a value set is the first line exactly (its "\n" or "\r\n" ending
 *   removed), non-empty, with no CR or LF;
 * - an empty first line is not found, a CR inside it invalid;
 * - the masked stderr is NUL-terminated within its buffer and never holds
 *   the first line (when it is 4+ characters of [A-Za-z0-9_-], which no
 *   other step of the filter can produce).
 *
 * Input: byte 0 = flags (bit 0: stderr tail was cut); then stdout up to the
 * first 0xff byte; the rest is stderr (at most CP_RUN_STDERR_TAIL bytes).
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "credoc.h"
#include "credplug/credplug.h"
#include "process.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct {
	const char *value;
	size_t len;
	int calls;
} got;

static void fail(const char *what)
{
	(void)what; /* visible in the debugger and the crash's stack */
	abort();
}

static int set_field(struct credplug_call *c, uint32_t field, const char *v,
                     size_t len, const char *locator)
{
	(void)c;
	(void)locator;
	if (field != CREDPLUG_API_KEY)
		fail("wrong field");
	got.value = v;
	got.len = len;
	got.calls++;
	return len == 0 ? CREDPLUG_PS_NOT_FOUND : CREDPLUG_PS_FOUND;
}

static int set_expiry(struct credplug_call *c, uint32_t field, int64_t at)
{
	(void)c;
	(void)field;
	return at > 1700000000 ? CREDPLUG_PS_FOUND : CREDPLUG_PS_ERROR;
}

static void set_message(struct credplug_call *c, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	(void)c;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
}

static int64_t now_ns(struct credplug_call *c)
{
	(void)c;
	return 1750000000LL * 1000000000 + 123456789;
}

static const struct credplug_host_v1 host = {
        .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR,
        .struct_size = sizeof(struct credplug_host_v1),
        .set_field = set_field,
        .set_expiry = set_expiry,
        .set_message = set_message,
        .note = set_message,
        .now_ns = now_ns,
};

static bool plain_word(const char *s, size_t n)
{
	if (n < 4)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		      (s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9') || s[i] == '_' ||
		      s[i] == '-'))
			return false;
	return true;
}

static void check_stderr(const struct cp_run_result *r, const char *line,
                         size_t n)
{
	char err[CP_CREDOC_TEXT_MAX + 1], word[CP_CREDOC_TEXT_MAX + 1];

	memset(err, 'x', sizeof(err));
	cp_process_value_stderr(err, sizeof(err), r, r->out_len);
	if (memchr(err, '\0', sizeof(err)) == NULL)
		fail("stderr not terminated");
	if (n < sizeof(word) && plain_word(line, n)) {
		memcpy(word, line, n);
		word[n] = '\0';
		if (strstr(err, word) != NULL)
			fail("the first line of stdout survived in stderr");
	}
}

static void check_value(int rc, const char *out, size_t len, size_t n,
                        bool crlf)
{
	if (n == 0) {
		if (rc != CREDPLUG_PS_NOT_FOUND || got.calls != 0)
			fail("an empty first line was not 'not found'");
		return;
	}
	if (memchr(out, '\r', n) != NULL) {
		if (rc != CREDPLUG_PS_INVALID || got.calls != 0)
			fail("a CR inside the line was not invalid");
		return;
	}
	if (rc != CREDPLUG_PS_FOUND || got.calls != 1 || got.value != out ||
	    got.len != n)
		fail("the value is not the first line");
	if (n + (crlf ? 2 : 1) <= len && out[n + (crlf ? 1 : 0)] != '\n')
		fail("the value does not end at the line ending");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cp_process_cfg cfg = {.cmd = "/fuzz/cmd",
	                             .max_output = 1 << 20,
	                             .output = CP_PROC_VALUE,
	                             .field = CREDPLUG_API_KEY,
	                             .ttl_ms = 60000};
	struct cp_run_result r;
	const uint8_t *sep;
	const char *nl;
	size_t n;
	bool crlf;
	int rc;

	if (size < 1)
		return 0;
	memset(&r, 0, sizeof(r));
	sep = memchr(data + 1, 0xff, size - 1);
	r.out_len = sep != NULL ? (size_t)(sep - data - 1) : size - 1;
	if ((r.out = malloc(r.out_len + 1)) == NULL)
		return 0;
	memcpy(r.out, data + 1, r.out_len);
	r.out[r.out_len] = '\0';
	if (sep != NULL) {
		r.err_len = size - (size_t)(sep + 1 - data);
		r.err_len =
		        r.err_len < sizeof(r.err) ? r.err_len : sizeof(r.err);
		memcpy(r.err, sep + 1, r.err_len);
	}
	r.err_cut = data[0] & 1;
	nl = memchr(r.out, '\n', r.out_len);
	n = nl != NULL ? (size_t)(nl - r.out) : r.out_len;
	crlf = nl != NULL && n > 0 && r.out[n - 1] == '\r';
	n -= crlf;
	check_stderr(&r, r.out, n);
	memset(&got, 0, sizeof(got));
	rc = cp_process_value_apply(&host, NULL, &cfg, &r, "");
	check_value(rc, r.out, r.out_len, n, crlf);
	free(r.out);
	return 0;
}
