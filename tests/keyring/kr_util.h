/* Helpers for the keyring tests: contexts, explain, child processes, buses. */
#ifndef KR_UTIL_H
#define KR_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "credplug/credplug.h"

/* A unique profile name for this process ("t<pid>x<n>"). */
const char *kr_profile(void);

/* New context from `json` (provider_dir = build tree, no config file). */
struct credplug_ctx *kr_ctx(const char *json, uint32_t flags);

/* Explain document of `ctx`, malloc'd; the caller frees with free(). */
char *kr_explain(struct credplug_ctx *ctx);

/* From an explain document: provider `index`'s string `key` ("status",
 * "message", "name") into buf; field `name`'s `key` with kr_field_str. */
int kr_prov_str(const char *doc, int index, const char *key, char *buf,
                size_t len);
int kr_field_str(const char *doc, const char *field, const char *key, char *buf,
                 size_t len);

/* Headers a request to api.datadoghq.com receives (all schemes), joined
 * "Name: value\n". */
int kr_apply(struct credplug_ctx *ctx, char *buf, size_t len);

/* Runs argv with `in` on stdin (NULL: none), stdout into out; bounded to
 * 10 s.  Returns the exit status, or -1. */
int kr_run(const char *in, char *out, size_t outlen, char *const argv[]);

/* A private dbus-daemon with the standard session configuration. */
struct kr_bus {
	pid_t pid;
	char addr[512];
};
int kr_bus_start(struct kr_bus *b);
void kr_bus_stop(struct kr_bus *b);
/* 1 if `name` has an owner on the bus in DBUS_SESSION_BUS_ADDRESS
 * (kr_util_gio.c: links GIO). */
int kr_bus_has_owner(const char *name);

/* Starts a helper program and waits for its "ready" line (5 s bound). */
pid_t kr_spawn_ready(const char *path);
void kr_kill(pid_t pid);

/* Milliseconds on the monotonic clock. */
int64_t kr_now_ms(void);

#endif
