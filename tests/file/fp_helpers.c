/* See fp_helpers.h. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "fp_helpers.h"

#include "cp_test.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

extern char **environ;

static int64_t fp_clock(void *user_data)
{
	const struct fp_fix *f = user_data;

	return __atomic_load_n(&f->now_ns, __ATOMIC_SEQ_CST);
}

/* Nothing from the caller's environment may leak into a test. */
static void clear_env(void)
{
	static const char *const vars[] = {
	        "CREDPLUG_CREDENTIALS_FILE", "CREDPLUG_PROFILE",
	        "CREDENTIALS_DIRECTORY", "CREDPLUG_CONFIG", NULL};
	int again = 1;

	while (again) {
		again = 0;
		for (char **e = environ; e != NULL && *e != NULL; e++) {
			if (strncmp(*e, "DD_", 3) == 0) {
				char name[128];
				size_t n = strcspn(*e, "=");
				snprintf(name, sizeof(name), "%.*s", (int)n,
				         *e);
				unsetenv(name);
				again = 1;
				break;
			}
		}
	}
	for (int i = 0; vars[i] != NULL; i++)
		unsetenv(vars[i]);
}

int fp_setup(void **state)
{
	struct fp_fix *f = calloc(1, sizeof(*f));

	if (f == NULL)
		return -1;
	snprintf(f->dir, sizeof(f->dir), "/tmp/cp-file-test-XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	f->now_ns = INT64_C(1700000000) * 1000000000;
	clear_env();
	setenv("HOME", f->dir, 1);
	setenv("XDG_CONFIG_HOME", fp_path(f, "xdg"), 1);
	*state = f;
	return 0;
}

static int rm_one(const char *p, const struct stat *st, int flag,
                  struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(p);
}

int fp_teardown(void **state)
{
	struct fp_fix *f = *state;

	credplug_ctx_free(f->ctx);
	nftw(f->dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	free(f);
	return 0;
}

const char *fp_path(const struct fp_fix *f, const char *rel)
{
	static __thread char bufs[4][FP_MAX_PATH * 2];
	static __thread int next;
	char *b = bufs[next++ % 4];

	snprintf(b, FP_MAX_PATH * 2, "%s/%s", f->dir, rel);
	return b;
}

static void make_parents(const char *path)
{
	char buf[FP_MAX_PATH * 2];

	snprintf(buf, sizeof(buf), "%s", path);
	for (char *p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		assert_true(mkdir(buf, 0700) == 0 || errno == EEXIST);
		*p = '/';
	}
}

void fp_write(const struct fp_fix *f, const char *rel, const char *text,
              unsigned mode)
{
	const char *p = fp_path(f, rel);
	int fd;

	make_parents(p);
	unlink(p);
	fd = open(p, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	assert_int_equal(fchmod(fd, mode), 0);
	assert_int_equal(close(fd), 0);
}

void fp_rewrite(const struct fp_fix *f, const char *rel, const char *text)
{
	const char *p = fp_path(f, rel);
	struct stat before, after;
	int fd = open(p, O_WRONLY | O_TRUNC | O_CLOEXEC);

	assert_true(fd >= 0);
	assert_int_equal(fstat(fd, &before), 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	assert_int_equal(close(fd), 0);
	assert_int_equal(stat(p, &after), 0);
	assert_int_equal(before.st_ino, after.st_ino);
}

void fp_symlink(const struct fp_fix *f, const char *target, const char *rel)
{
	const char *p = fp_path(f, rel);

	unlink(p);
	assert_int_equal(symlink(target, p), 0);
}

void fp_mkdir(const struct fp_fix *f, const char *rel, unsigned mode)
{
	const char *p = fp_path(f, rel);

	make_parents(p);
	assert_int_equal(mkdir(p, mode), 0);
}

unsigned fp_mode(const struct fp_fix *f, const char *rel)
{
	struct stat st;

	assert_int_equal(lstat(fp_path(f, rel), &st), 0);
	return (unsigned)(st.st_mode & 07777);
}

static int ctx_new_v(struct fp_fix *f, const char *fmt, va_list ap)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	char json[4096];

	vsnprintf(json, sizeof(json), fmt, ap);
	credplug_ctx_free(f->ctx);
	f->ctx = NULL;
	f->errbuf[0] = '\0';
	o.config_json = json;
	o.provider_dir = CP_TEST_PROVIDER_DIR;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.clock = fp_clock;
	o.clock_user_data = f;
	o.errbuf = f->errbuf;
	o.errbuf_len = sizeof(f->errbuf);
	return credplug_ctx_new(&f->ctx, &o);
}

int fp_ctx_try(struct fp_fix *f, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = ctx_new_v(f, fmt, ap);
	va_end(ap);
	return rc;
}

struct credplug_ctx *fp_ctx(struct fp_fix *f, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = ctx_new_v(f, fmt, ap);
	va_end(ap);
	if (rc != CREDPLUG_OK)
		fail_msg("credplug_ctx_new: %d: %s", rc, f->errbuf);
	return f->ctx;
}

static void copy_header(const struct credplug_collect *c, const char *name,
                        const char *prefix, char out[64])
{
	out[0] = '\0';
	for (size_t i = 0; i < c->count; i++) {
		if (strcmp(c->headers[i].name, name) != 0)
			continue;
		const char *v = c->headers[i].value;
		size_t pl = strlen(prefix);
		assert_memory_equal(v, prefix, pl);
		snprintf(out, 64, "%s", v + pl);
	}
}

int fp_apply(struct credplug_ctx *ctx, char api[64], char app[64], char pat[64])
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_sink sink = CREDPLUG_SINK_INIT;
	struct credplug_collect c;
	int rc;

	req.method = "GET";
	req.url = "https://api.datadoghq.com/api/v1/validate";
	req.auth = CREDPLUG_AUTH_ALL;
	credplug_collect_sink(&sink, &c);
	rc = credplug_apply(ctx, &req, &sink);
	copy_header(&c, "DD-API-KEY", "", api);
	copy_header(&c, "DD-APPLICATION-KEY", "", app);
	copy_header(&c, "Authorization", "Bearer ", pat);
	credplug_collect_wipe(&c);
	return rc;
}

char *fp_explain(struct credplug_ctx *ctx)
{
	char *out = NULL;

	assert_int_equal(credplug_explain_json(ctx, &out), CREDPLUG_OK);
	assert_non_null(out);
	return out;
}

void fp_assert_absent(const char *hay, const char *needle)
{
	if (hay != NULL && strstr(hay, needle) != NULL)
		fail_msg("\"%s\" must not appear in: %s", needle, hay);
}

void fp_assert_file(const char *path, const char *text)
{
	char buf[4096];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	assert_true(fd >= 0);
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	assert_true(n >= 0);
	buf[n] = '\0';
	assert_string_equal(buf, text);
}

void fp_assert_json(const char *path, const char *profile, const char *key,
                    const char *want)
{
	struct json_object *root = json_object_from_file(path), *p, *v;

	assert_non_null(root);
	assert_true(json_object_object_get_ex(root, profile, &p));
	assert_true(json_object_object_get_ex(p, key, &v));
	assert_string_equal(json_object_get_string(v), want);
	json_object_put(root);
}
