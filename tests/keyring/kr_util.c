/* Helpers for the keyring tests.  Real processes, real buses. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "kr_util.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>

extern char **environ;

int64_t kr_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

const char *kr_profile(void)
{
	static char buf[32];
	static int n;

	snprintf(buf, sizeof(buf), "t%dx%d", (int)getpid(), n++);
	return buf;
}

struct credplug_ctx *kr_ctx(const char *json, uint32_t flags)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;
	char err[512] = "";

	o.provider_dir = CP_TEST_PROVIDER_DIR;
	o.config_json = json;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE | flags;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	if (credplug_ctx_new(&ctx, &o) != CREDPLUG_OK)
		fprintf(stderr, "kr_ctx: %s\n", err);
	return ctx;
}

char *kr_explain(struct credplug_ctx *ctx)
{
	char *doc = NULL, *copy;

	if (credplug_explain_json(ctx, &doc) != CREDPLUG_OK)
		return NULL;
	copy = strdup(doc);
	credplug_free(doc);
	return copy;
}

static int copy_str(struct json_object *o, const char *key, char *buf,
                    size_t len)
{
	struct json_object *v = NULL;

	buf[0] = '\0';
	if (!json_object_object_get_ex(o, key, &v) || v == NULL)
		return -1;
	snprintf(buf, len, "%s", json_object_get_string(v));
	return 0;
}

int kr_prov_str(const char *doc, int index, const char *key, char *buf,
                size_t len)
{
	struct json_object *root = json_tokener_parse(doc), *provs = NULL;
	int rc = -1;

	if (root != NULL &&
	    json_object_object_get_ex(root, "providers", &provs) &&
	    index < (int)json_object_array_length(provs))
		rc = copy_str(json_object_array_get_idx(provs, (size_t)index),
		              key, buf, len);
	json_object_put(root);
	return rc;
}

int kr_field_str(const char *doc, const char *field, const char *key, char *buf,
                 size_t len)
{
	struct json_object *root = json_tokener_parse(doc), *fs = NULL,
	                   *f = NULL;
	int rc = -1;

	if (root != NULL && json_object_object_get_ex(root, "fields", &fs) &&
	    json_object_object_get_ex(fs, field, &f))
		rc = copy_str(f, key, buf, len);
	json_object_put(root);
	return rc;
}

struct collect {
	char *buf;
	size_t len;
};

static int collect_header(void *user_data, const char *name, const char *value)
{
	struct collect *c = user_data;
	size_t used = strlen(c->buf);

	snprintf(c->buf + used, c->len - used, "%s: %s\n", name, value);
	return 0;
}

int kr_apply(struct credplug_ctx *ctx, char *buf, size_t len)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_sink sink = {sizeof(sink), collect_header, NULL};
	struct collect c = {buf, len};

	buf[0] = '\0';
	sink.user_data = &c;
	req.method = "GET";
	req.url = "https://api.datadoghq.com/api/v1/validate";
	req.auth = CREDPLUG_AUTH_ALL;
	return credplug_apply(ctx, &req, &sink);
}

/* Reads from fd into out until EOF or the deadline. */
static void drain(int fd, char *out, size_t outlen, int64_t deadline)
{
	size_t used = 0;
	char sink[256];

	for (;;) {
		struct pollfd p = {fd, POLLIN, 0};
		int64_t left = deadline - kr_now_ms();
		ssize_t n;
		if (left <= 0 || poll(&p, 1, (int)left) <= 0)
			break;
		if (out != NULL && used + 1 < outlen)
			n = read(fd, out + used, outlen - used - 1);
		else
			n = read(fd, sink, sizeof(sink));
		if (n <= 0)
			break;
		if (out != NULL && used + 1 < outlen)
			used += (size_t)n;
	}
	if (out != NULL && outlen > 0)
		out[used] = '\0';
}

static int reap(pid_t pid, int64_t deadline)
{
	int st = 0;

	while (waitpid(pid, &st, WNOHANG) == 0) {
		if (kr_now_ms() > deadline) {
			kill(pid, SIGKILL);
			waitpid(pid, &st, 0);
			return -1;
		}
		usleep(5000);
	}
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

int kr_run(const char *in, char *out, size_t outlen, char *const argv[])
{
	int inp[2], outp[2];
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int64_t deadline = kr_now_ms() + 10000;

	if (pipe2(inp, O_CLOEXEC) != 0 || pipe2(outp, O_CLOEXEC) != 0)
		return -1;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, inp[0], 0);
	posix_spawn_file_actions_adddup2(&fa, outp[1], 1);
	if (posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ) != 0)
		pid = -1;
	posix_spawn_file_actions_destroy(&fa);
	close(inp[0]);
	close(outp[1]);
	if (pid > 0 && in != NULL && write(inp[1], in, strlen(in)) < 0)
		pid = pid; /* the child's status tells */
	close(inp[1]);
	drain(outp[0], out, outlen, deadline);
	close(outp[0]);
	return pid > 0 ? reap(pid, deadline) : -1;
}

/* Starts argv with stdout on a pipe; returns the read end. */
static pid_t spawn_piped(char *const argv[], int *rfd)
{
	int p[2];
	posix_spawn_file_actions_t fa;
	pid_t pid;

	if (pipe2(p, O_CLOEXEC) != 0)
		return -1;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, p[1], 1);
	if (posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ) != 0)
		pid = -1;
	posix_spawn_file_actions_destroy(&fa);
	close(p[1]);
	*rfd = p[0];
	return pid;
}

/* Reads one line (bounded by 5 s). */
static int read_line(int fd, char *buf, size_t len)
{
	size_t used = 0;
	int64_t deadline = kr_now_ms() + 5000;

	while (used + 1 < len) {
		struct pollfd p = {fd, POLLIN, 0};
		int64_t left = deadline - kr_now_ms();
		if (left <= 0 || poll(&p, 1, (int)left) <= 0 ||
		    read(fd, buf + used, 1) != 1)
			return -1;
		if (buf[used] == '\n')
			break;
		used++;
	}
	buf[used] = '\0';
	return 0;
}

int kr_bus_start(struct kr_bus *b)
{
	char *argv[] = {"dbus-daemon", "--session", "--nofork",
	                "--print-address=1", NULL};
	int fd = -1;

	b->pid = spawn_piped(argv, &fd);
	if (b->pid <= 0 || read_line(fd, b->addr, sizeof(b->addr)) != 0) {
		if (fd >= 0)
			close(fd);
		kr_kill(b->pid);
		return -1;
	}
	close(fd);
	return 0;
}

void kr_bus_stop(struct kr_bus *b)
{
	kr_kill(b->pid);
	b->pid = 0;
}

pid_t kr_spawn_ready(const char *path)
{
	char *argv[] = {(char *)path, NULL};
	char line[64];
	int fd = -1;
	pid_t pid = spawn_piped(argv, &fd);

	if (pid <= 0)
		return -1;
	if (read_line(fd, line, sizeof(line)) != 0 ||
	    strcmp(line, "ready") != 0) {
		close(fd);
		kr_kill(pid);
		return -1;
	}
	close(fd);
	return pid;
}

void kr_kill(pid_t pid)
{
	if (pid <= 0)
		return;
	kill(pid, SIGTERM);
	reap(pid, kr_now_ms() + 3000);
}
