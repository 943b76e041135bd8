/* Helpers shared by the process and http provider tests. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "backend_util.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>

#include "cp_test.h"

void bt_assert_contains(const char *s, const char *needle)
{
	if (strstr(s, needle) == NULL) {
		print_error("expected to find [%s]\n           in [%s]\n",
		            needle, s);
		fail();
	}
}

void bt_assert_no_canary(const char *s)
{
	static const char *const canaries[] = {
	        CANARY_API,   CANARY_APP,     CANARY_PAT,   CANARY_TOK,
	        "CANARY-ENV", "CANARY-VAULT", "CANARY-LEAK"};

	for (size_t i = 0; i < sizeof(canaries) / sizeof(canaries[0]); i++) {
		if (strstr(s, canaries[i]) != NULL) {
			print_error("canary %s leaked into [%s]\n", canaries[i],
			            s);
			fail();
		}
	}
}

void bt_ctx_new(struct bt_ctx *b, const char *fmt, ...)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	char cfg[4096];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(cfg, sizeof(cfg), fmt, ap);
	va_end(ap);
	memset(b, 0, sizeof(*b));
	o.config_json = cfg;
	o.provider_dir = CP_TEST_PROVIDER_DIR;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = b->err;
	o.errbuf_len = sizeof(b->err);
	b->rc = credplug_ctx_new(&b->ctx, &o);
	bt_assert_no_canary(b->err);
}

void bt_ctx_free(struct bt_ctx *b)
{
	credplug_ctx_free(b->ctx);
	b->ctx = NULL;
}

int64_t bt_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int bt_resolve(struct bt_ctx *b, char *msg, size_t cap, int64_t *elapsed_ms)
{
	int64_t t0 = bt_now_ms();
	int rc;

	assert_non_null(b->ctx);
	rc = credplug_resolve(b->ctx);
	if (elapsed_ms != NULL)
		*elapsed_ms = bt_now_ms() - t0;
	credplug_errmsg_copy(b->ctx, msg, cap);
	bt_assert_no_canary(msg);
	return rc;
}

static struct json_object *explain(struct bt_ctx *b)
{
	char *text = NULL;
	struct json_object *doc;

	assert_int_equal(credplug_explain_json(b->ctx, &text), CREDPLUG_OK);
	bt_assert_no_canary(text);
	doc = json_tokener_parse(text);
	credplug_free(text);
	assert_non_null(doc);
	return doc;
}

static void copy_str(struct json_object *o, char *out, size_t cap)
{
	snprintf(out, cap, "%s",
	         o != NULL && json_object_is_type(o, json_type_string)
	                 ? json_object_get_string(o)
	         : o != NULL ? json_object_to_json_string(o)
	                     : "");
}

void bt_field_info(struct bt_ctx *b, const char *field, const char *key,
                   char *out, size_t cap)
{
	struct json_object *doc = explain(b), *fields, *f = NULL, *v = NULL;

	if (json_object_object_get_ex(doc, "fields", &fields) &&
	    json_object_object_get_ex(fields, field, &f))
		json_object_object_get_ex(f, key, &v);
	copy_str(v, out, cap);
	json_object_put(doc);
}

void bt_provider_info(struct bt_ctx *b, int index, const char *key, char *out,
                      size_t cap)
{
	struct json_object *doc = explain(b), *provs, *p, *v = NULL;

	if (json_object_object_get_ex(doc, "providers", &provs) &&
	    (p = json_object_array_get_idx(provs, (size_t)index)) != NULL)
		json_object_object_get_ex(p, key, &v);
	copy_str(v, out, cap);
	json_object_put(doc);
}

void bt_header(struct bt_ctx *b, const char *header, char *out, size_t cap)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_sink sink = CREDPLUG_SINK_INIT;
	struct credplug_buffer buf;
	char mem[8192], pat[128], *p, *e;

	req.method = "GET";
	req.url = "https://api.datadoghq.com/api/v2/users";
	req.auth = CREDPLUG_AUTH_ALL;
	credplug_buffer_sink(&sink, &buf, mem, sizeof(mem));
	assert_int_equal(credplug_apply(b->ctx, &req, &sink), CREDPLUG_OK);
	snprintf(pat, sizeof(pat), "%s: ", header);
	out[0] = '\0';
	if ((p = strstr(buf.data, pat)) != NULL) {
		p += strlen(pat);
		e = strstr(p, "\r\n");
		snprintf(out, cap, "%.*s", (int)(e ? e - p : (long)strlen(p)),
		         p);
	}
	credplug_buffer_wipe(&buf);
}

int bt_count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	int n = 0;

	assert_non_null(d);
	while (readdir(d) != NULL)
		n++;
	closedir(d);
	return n;
}

static int is_gone(int pid)
{
	char path[64], buf[512], *p;
	FILE *f;
	size_t n;

	snprintf(path, sizeof(path), "/proc/%d/stat", pid);
	if ((f = fopen(path, "r")) == NULL)
		return 1;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	/* "pid (comm) S ...": a zombie awaiting its (new) parent is dead. */
	p = strrchr(buf, ')');
	return p != NULL && (p[2] == 'Z' || p[2] == 'X');
}

int bt_wait_dead(int pid, int ms)
{
	for (int i = 0; i <= ms / 10; i++) {
		if (pid > 0 && is_gone(pid))
			return 1;
		usleep(10000);
	}
	return 0;
}

int bt_no_children(void)
{
	int st;

	return waitpid(-1, &st, WNOHANG) == -1 && errno == ECHILD;
}

int bt_copy_file(const char *from, const char *to, unsigned mode)
{
	char buf[4096];
	ssize_t n;
	int in = open(from, O_RDONLY | O_CLOEXEC), rc = 0;
	int out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

	if (in < 0 || out < 0)
		rc = -1;
	while (rc == 0 && (n = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, (size_t)n) != n)
			rc = -1;
	if (in >= 0)
		close(in);
	if (out >= 0)
		close(out);
	return rc == 0 ? chmod(to, mode) : rc;
}

int bt_stage_scripts(char *dir, size_t cap, const char *tmpl,
                     const char *const *names, size_t n)
{
	char from[512], to[512];

	snprintf(dir, cap, "%s", tmpl);
	if (mkdtemp(dir) == NULL)
		return -1;
	for (size_t i = 0; i < n; i++) {
		snprintf(from, sizeof(from), "%s/tests/process/scripts/%s",
		         CP_TEST_SOURCE_DIR, names[i]);
		snprintf(to, sizeof(to), "%s/%s", dir, names[i]);
		if (bt_copy_file(from, to, 0755) != 0)
			return -1;
	}
	return 0;
}

int bt_remove_dir(const char *dir)
{
	char cmd[600];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}
