/* Helpers shared by the core tests (see helpers.h). */
#include "cp_test.h"

#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "fields.h"
#include "helpers.h"

void t_clear_env(void)
{
	static const char *const vars[] = {
	        "DD_API_KEY",           "DD_APP_KEY",
	        "DD_BEARER_TOKEN",      "DD_SITE",
	        "DD_API_KEY_FILE",      "DD_APP_KEY_FILE",
	        "DD_BEARER_TOKEN_FILE", "DD_SITE_FILE",
	        "CREDPLUG_CONFIG",      "CREDPLUG_PROVIDER_DIR",
	        "MOCKT_STATUS",         "MOCKT_API_KEY",
	        "MOCKT_APP_KEY",        "MOCKT_PAT",
	        "MOCKT_SITE",           NULL};

	char file_var[160];

	for (int i = 0; vars[i] != NULL; i++)
		unsetenv(vars[i]);
	/* and every row's variable of the field table (a new field too) */
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		snprintf(file_var, sizeof(file_var), "%s_FILE",
		         cp_fields[i].env);
		unsetenv(cp_fields[i].env);
		unsetenv(file_var);
	}
}

char *t_json(const char *s)
{
	char *d = strdup(s);

	assert_non_null(d);
	for (char *p = d; *p; p++)
		if (*p == '\'')
			*p = '"';
	return d;
}

int t_ctx_new(struct credplug_ctx **out, const char *json, uint32_t flags,
              char *err, size_t errlen)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	char *text = json ? t_json(json) : NULL;
	int rc;

	o.config_json = text;
	o.provider_dir = CP_TEST_PROVIDER_DIR;
	o.flags = (flags & (1u << 31)) ? (flags & ~(1u << 31))
	                               : (flags | CREDPLUG_FLAG_NO_CONFIG_FILE);
	o.errbuf = err;
	o.errbuf_len = errlen;
	if (err != NULL && errlen > 0)
		err[0] = '\0';
	rc = credplug_ctx_new(out, &o);
	free(text);
	return rc;
}

struct credplug_ctx *t_ctx(const char *json, uint32_t flags)
{
	struct credplug_ctx *ctx = NULL;
	char err[1024];
	int rc = t_ctx_new(&ctx, json, flags, err, sizeof(err));

	if (rc != CREDPLUG_OK)
		fail_msg("credplug_ctx_new: %d: %s", rc, err);
	assert_non_null(ctx);
	return ctx;
}

int t_apply(struct credplug_ctx *ctx, const char *url, uint32_t auth,
            struct credplug_collect *c)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_sink sink = CREDPLUG_SINK_INIT;

	req.method = "GET";
	req.url = url;
	req.auth = auth;
	credplug_collect_sink(&sink, c);
	return credplug_apply(ctx, &req, &sink);
}

const char *t_header(const struct credplug_collect *c, const char *name)
{
	for (size_t i = 0; i < c->count; i++)
		if (strcmp(c->headers[i].name, name) == 0)
			return c->headers[i].value;
	return NULL;
}

const char *t_headers(const struct credplug_collect *c, char *buf, size_t cap)
{
	size_t n = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < c->count && n < cap; i++)
		n += (size_t)snprintf(buf + n, cap - n, "%s%s=%s", i ? ";" : "",
		                      c->headers[i].name, c->headers[i].value);
	return buf;
}

char *t_explain(struct credplug_ctx *ctx)
{
	char *out = NULL;
	int rc = credplug_explain_json(ctx, &out);

	if (rc != CREDPLUG_OK)
		fail_msg("credplug_explain_json: %d: %s", rc,
		         credplug_errmsg(ctx));
	assert_non_null(out);
	return out;
}

struct json_object *t_explain_doc(struct credplug_ctx *ctx)
{
	char *text = t_explain(ctx);
	struct json_object *doc = json_tokener_parse(text);

	t_assert_no_canary(text);
	credplug_free(text);
	assert_non_null(doc);
	return doc;
}

const char *t_jstr(struct json_object *doc, const char *path)
{
	char buf[256], *save = NULL;
	struct json_object *cur = doc;

	snprintf(buf, sizeof(buf), "%s", path);
	for (char *tok = strtok_r(buf, "/", &save); tok && cur;
	     tok = strtok_r(NULL, "/", &save)) {
		if (json_object_is_type(cur, json_type_array)) {
			char *end;
			long i = strtol(tok, &end, 10);

			cur = (*end == '\0' && i >= 0)
			              ? json_object_array_get_idx(cur,
			                                          (size_t)i)
			              : NULL;
		} else if (!json_object_object_get_ex(cur, tok, &cur)) {
			cur = NULL;
		}
	}
	return cur ? json_object_get_string(cur) : NULL;
}

void t_assert_absent(const char *text, const char *needle)
{
	if (text != NULL && strstr(text, needle) != NULL)
		fail_msg("\"%s\" must not appear in:\n%s", needle, text);
}

void t_assert_no_canary(const char *text)
{
	static const char *const c[] = {CANARY_API, CANARY_APP, CANARY_PAT};

	for (int i = 0; i < 3; i++) {
		char head[13];

		t_assert_absent(text, c[i]);
		snprintf(head, sizeof(head), "%s",
		         c[i] + 7); /* "API-7f3a9c1e" */
		t_assert_absent(text, head);
	}
}

void t_tmpdir(char *buf, size_t cap)
{
	snprintf(buf, cap, "/tmp/cp-coretest-XXXXXX");
	assert_non_null(mkdtemp(buf));
}

static int rm_one(const char *p, const struct stat *st, int flag, struct FTW *f)
{
	(void)st;
	(void)flag;
	(void)f;
	return remove(p);
}

void t_rmrf(const char *path)
{
	chmod(path, 0700);
	nftw(path, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

void t_write_file(const char *path, const char *text, unsigned mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	size_t n = strlen(text);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, n), (ssize_t)n);
	assert_int_equal(fchmod(fd, (mode_t)mode), 0);
	close(fd);
}

void t_copy_file(const char *from, const char *to, unsigned mode)
{
	char buf[65536];
	int in = open(from, O_RDONLY | O_CLOEXEC);
	int out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	ssize_t n;

	assert_true(in >= 0);
	assert_true(out >= 0);
	while ((n = read(in, buf, sizeof(buf))) > 0)
		assert_int_equal(write(out, buf, (size_t)n), n);
	assert_int_equal(n, 0);
	assert_int_equal(fchmod(out, (mode_t)mode), 0);
	close(in);
	close(out);
}

const char *t_real(const char *path, char *buf)
{
	assert_non_null(realpath(path, buf));
	return buf;
}
