/*
 * keyring provider: the bounded D-Bus session used by the Secret Service
 * backend (ss_bus.c) and shared with secret_service.c.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_KR_SS_BUS_H
#define CP_KR_SS_BUS_H

#define SECRET_API_SUBJECT_TO_CHANGE 1
#include <pthread.h>

#include <gio/gio.h>
#include <libsecret/secret.h>

#include "keyring.h"

#define CP_KR_SS_NAME "org.freedesktop.secrets"
#define CP_KR_SS_PATH "/org/freedesktop/secrets"

/* A watchdog thread cancels `cancel` when the call's budget runs out, so
 * every synchronous GIO/libsecret call below returns in bounded time. */
struct cp_kr_watchdog {
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int started;
	int stop;
	int fired;
	int64_t budget_ms;
	GCancellable *cancel;
};

/* One backend operation: connection, service proxy and the deadline. */
struct cp_kr_ss {
	const struct cp_kr_state *st;
	const struct credplug_host_v1 *host;
	struct credplug_call *call;
	struct cp_kr_req *req;
	GCancellable *cancel;
	GDBusConnection *conn;
	SecretService *svc;
	int64_t start_ms; /* CLOCK_MONOTONIC */
	int64_t budget_ms;
	struct cp_kr_watchdog wd;
};

/** Connects (no auto-start, no autolaunch), checks that the service has an
 *  owner and makes the service proxy.  CREDPLUG_PS_OK or a failure with the
 *  message set (or req->why in the auto-fallback case). */
int cp_kr_ss_open(struct cp_kr_ss *ss);

/** Releases everything cp_kr_ss_open() made; stops the watchdog. */
void cp_kr_ss_close(struct cp_kr_ss *ss);

/** Milliseconds left for one D-Bus call (at least 1). */
int cp_kr_ss_left(const struct cp_kr_ss *ss);

/** Maps a GError from `what` to a status and sets the message; frees err. */
int cp_kr_ss_fail(struct cp_kr_ss *ss, GError *err, const char *what);

/** Object path of the configured collection (alias resolved) into `out`,
 *  and whether it is locked.  OK, UNAVAILABLE (no such collection) or a
 *  failure; message set. */
int cp_kr_ss_collection(struct cp_kr_ss *ss, char *out, size_t len,
                        int *locked);

/** Direct call on the service with the remaining budget (no auto-start);
 *  NULL with *err set on failure. */
GVariant *cp_kr_ss_call(struct cp_kr_ss *ss, const char *path,
                        const char *iface, const char *method, GVariant *args,
                        const char *rtype, GError **err);

/** "keyring: ... is locked; how to unlock" message; returns UNAVAILABLE. */
int cp_kr_ss_locked(struct cp_kr_ss *ss, const char *what);

#endif
