/*
 * keyring provider: a bounded, private D-Bus session for the Secret Service.
 *
 * Why not libsecret's defaults alone: its proxy may auto-start the service
 * (D-Bus activation spawns a daemon and can prompt), GLib may "autolaunch"
 * a bus, and its sync calls wait up to 25 s.  So: our own connection to the
 * address from the environment (never "autolaunch:"; ss_load.c reads it
 * before this object is even loaded) for NameHasOwner and
 * the small direct calls (no auto-start), libsecret only once the service
 * is known to be there, and one GCancellable per operation that a watchdog
 * thread cancels at the deadline derived from host->remaining_ms().
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "ss_bus.h"

static int64_t mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void *wd_main(void *arg)
{
	struct cp_kr_watchdog *wd = arg;
	struct timespec until;
	int rc = 0;

	clock_gettime(CLOCK_MONOTONIC, &until);
	until.tv_sec += wd->budget_ms / 1000;
	until.tv_nsec += (wd->budget_ms % 1000) * 1000000;
	if (until.tv_nsec >= 1000000000) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000;
	}
	pthread_mutex_lock(&wd->mu);
	while (!wd->stop && rc != ETIMEDOUT)
		rc = pthread_cond_timedwait(&wd->cv, &wd->mu, &until);
	if (!wd->stop)
		wd->fired = 1;
	pthread_mutex_unlock(&wd->mu);
	if (wd->fired)
		g_cancellable_cancel(wd->cancel);
	return NULL;
}

static int wd_start(struct cp_kr_watchdog *wd)
{
	pthread_condattr_t ca;
	int rc;

	pthread_mutex_init(&wd->mu, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&wd->cv, &ca);
	pthread_condattr_destroy(&ca);
	rc = pthread_create(&wd->thread, NULL, wd_main, wd);
	wd->started = rc == 0;
	return rc;
}

static void wd_stop(struct cp_kr_watchdog *wd)
{
	if (!wd->started)
		return;
	pthread_mutex_lock(&wd->mu);
	wd->stop = 1;
	pthread_cond_signal(&wd->cv);
	pthread_mutex_unlock(&wd->mu);
	pthread_join(wd->thread, NULL);
	pthread_cond_destroy(&wd->cv);
	pthread_mutex_destroy(&wd->mu);
	wd->started = 0;
}

int cp_kr_ss_left(const struct cp_kr_ss *ss)
{
	int64_t left = ss->budget_ms - (mono_ms() - ss->start_ms);

	return left < 1 ? 1 : (int)left;
}

/* The watchdog fired, or GIO gave up waiting. */
static int ss_timed_out(const struct cp_kr_ss *ss, const GError *err)
{
	return ss->wd.fired ||
	       g_error_matches(err, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
	       g_error_matches(err, G_IO_ERROR, G_IO_ERROR_TIMED_OUT) ||
	       g_error_matches(err, G_DBUS_ERROR, G_DBUS_ERROR_NO_REPLY) ||
	       g_error_matches(err, G_DBUS_ERROR, G_DBUS_ERROR_TIMEOUT);
}

/* Until NameHasOwner has answered, the party that may not answer is the
 * bus daemon, not the Secret Service: say so, and what to restart. */
static int ss_bus_fail(struct cp_kr_ss *ss, GError *err, const char *what)
{
	if (!ss_timed_out(ss, err))
		return cp_kr_ss_fail(ss, err, what);
	ss->host->set_message(ss->call,
	                      "keyring: the D-Bus session bus at %s did not "
	                      "answer within %lld ms while %s; restart the "
	                      "session bus or raise the chain entry's "
	                      "timeout_ms",
	                      ss->req->bus, (long long)ss->budget_ms, what);
	g_error_free(err);
	return CREDPLUG_PS_TIMED_OUT;
}

/* "No Secret Service here": in auto mode a reason for the fallback,
 * otherwise the call's message. */
static int ss_absent(struct cp_kr_ss *ss, const char *why)
{
	if (ss->req->probe_only_fallback)
		snprintf(ss->req->why, sizeof(ss->req->why), "%s", why);
	else
		ss->host->set_message(ss->call, "keyring: %s", why);
	return CREDPLUG_PS_UNAVAILABLE;
}

static int ss_connect(struct cp_kr_ss *ss)
{
	const char *addr = ss->req->bus; /* found by ss_load.c */
	char why[1536];
	GError *err = NULL;

	ss->conn = g_dbus_connection_new_for_address_sync(
	        addr,
	        G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
	                G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
	        NULL, ss->cancel, &err);
	if (ss->conn != NULL)
		return CREDPLUG_PS_OK;
	if (ss->wd.fired)
		return ss_bus_fail(ss, err, "connecting to it");
	snprintf(why, sizeof(why),
	         "cannot connect to the D-Bus session bus at "
	         "%s: %s; check DBUS_SESSION_BUS_ADDRESS or use backend "
	         "\"kernel\"",
	         addr, err->message);
	g_error_free(err);
	return ss_absent(ss, why);
}

/* NameHasOwner never activates anything, unlike a call to the name. */
static int ss_probe(struct cp_kr_ss *ss)
{
	GError *err = NULL;
	gboolean owned = FALSE;
	GVariant *r = g_dbus_connection_call_sync(
	        ss->conn, "org.freedesktop.DBus", "/org/freedesktop/DBus",
	        "org.freedesktop.DBus", "NameHasOwner",
	        g_variant_new("(s)", CP_KR_SS_NAME), G_VARIANT_TYPE("(b)"),
	        G_DBUS_CALL_FLAGS_NO_AUTO_START, cp_kr_ss_left(ss), ss->cancel,
	        &err);

	if (r == NULL)
		return ss_bus_fail(ss, err,
		                   "asked whether a Secret Service runs");
	g_variant_get(r, "(b)", &owned);
	g_variant_unref(r);
	if (owned)
		return CREDPLUG_PS_OK;
	return ss_absent(ss,
	                 "no Secret Service on the session bus "
	                 "(org.freedesktop.secrets has no owner); start one, "
	                 "e.g. `gnome-keyring-daemon --start "
	                 "--components=secrets`, or use backend \"kernel\"");
}

/*
 * libsecret 0.20 forces every SecretService onto GLib's shared session
 * connection (its constructor sets g-bus-type), so the proxy cannot use our
 * private connection.  The probe above ran first on our connection, so no
 * call made here can activate a service; the watchdog bounds each call.
 * The shared connection would raise SIGTERM in the host if the bus went
 * away: turn that off.
 */
static int ss_proxy(struct cp_kr_ss *ss)
{
	GError *err = NULL;

	ss->svc =
	        secret_service_open_sync(SECRET_TYPE_SERVICE, CP_KR_SS_NAME,
	                                 SECRET_SERVICE_NONE, ss->cancel, &err);
	if (ss->svc == NULL)
		return cp_kr_ss_fail(ss, err,
		                     "connecting to the Secret Service");
	g_dbus_connection_set_exit_on_close(
	        g_dbus_proxy_get_connection(G_DBUS_PROXY(ss->svc)), FALSE);
	return CREDPLUG_PS_OK;
}

int cp_kr_ss_open(struct cp_kr_ss *ss)
{
	int64_t rem = ss->host->remaining_ms(ss->call);
	int64_t margin = rem / 10 > 100 ? 100 : rem / 10;
	int rc;

	ss->start_ms = mono_ms();
	ss->budget_ms = rem - margin;
	if (ss->budget_ms <= 0) {
		ss->host->set_message(ss->call,
		                      "keyring: no time left for the "
		                      "Secret Service; raise the chain entry's "
		                      "timeout_ms");
		return CREDPLUG_PS_TIMED_OUT;
	}
	ss->cancel = g_cancellable_new();
	ss->wd.cancel = ss->cancel;
	ss->wd.budget_ms = ss->budget_ms;
	if (wd_start(&ss->wd) != 0)
		return CREDPLUG_PS_ERROR;
	rc = ss_connect(ss);
	if (rc == CREDPLUG_PS_OK)
		rc = ss_probe(ss);
	if (rc == CREDPLUG_PS_OK)
		rc = ss_proxy(ss);
	return rc;
}

void cp_kr_ss_close(struct cp_kr_ss *ss)
{
	wd_stop(&ss->wd);
	if (ss->svc != NULL)
		g_object_unref(ss->svc);
	if (ss->conn != NULL) {
		/* Local close: no round trip, so it cannot block. */
		g_dbus_connection_close(ss->conn, NULL, NULL, NULL);
		g_object_unref(ss->conn);
	}
	if (ss->cancel != NULL)
		g_object_unref(ss->cancel);
	ss->svc = NULL;
	ss->conn = NULL;
	ss->cancel = NULL;
}

int cp_kr_ss_locked(struct cp_kr_ss *ss, const char *what)
{
	ss->host->set_message(ss->call,
	                      "keyring: %s is locked; unlock it (log "
	                      "in to the desktop session, or pipe the password "
	                      "to `gnome-keyring-daemon --unlock`) or allow a "
	                      "prompt with CREDPLUG_FLAG_INTERACTIVE",
	                      what);
	return CREDPLUG_PS_UNAVAILABLE;
}

int cp_kr_ss_fail(struct cp_kr_ss *ss, GError *err, const char *what)
{
	int rc = CREDPLUG_PS_UNAVAILABLE;

	if (ss_timed_out(ss, err)) {
		ss->host->set_message(
		        ss->call,
		        "keyring: the Secret Service "
		        "(org.freedesktop.secrets) did not answer "
		        "within %lld ms while %s; restart the keyring "
		        "daemon or raise the chain entry's timeout_ms",
		        (long long)ss->budget_ms, what);
		rc = CREDPLUG_PS_TIMED_OUT;
	} else if (g_error_matches(err, SECRET_ERROR, SECRET_ERROR_IS_LOCKED)) {
		rc = cp_kr_ss_locked(ss, "the Secret Service collection");
	} else {
		ss->host->set_message(ss->call,
		                      "keyring: Secret Service error "
		                      "while %s: %s",
		                      what, err->message);
	}
	g_error_free(err);
	return rc;
}

static int ss_no_collection(struct cp_kr_ss *ss)
{
	ss->host->set_message(
	        ss->call,
	        "keyring: the Secret Service has no "
	        "collection \"%s\"; create one (piping a password "
	        "to `gnome-keyring-daemon --unlock` creates "
	        "\"login\") or set option \"collection\"",
	        ss->st->collection);
	return CREDPLUG_PS_UNAVAILABLE;
}

GVariant *cp_kr_ss_call(struct cp_kr_ss *ss, const char *path,
                        const char *iface, const char *method, GVariant *args,
                        const char *rtype, GError **err)
{
	return g_dbus_connection_call_sync(ss->conn, CP_KR_SS_NAME, path, iface,
	                                   method, args, G_VARIANT_TYPE(rtype),
	                                   G_DBUS_CALL_FLAGS_NO_AUTO_START,
	                                   cp_kr_ss_left(ss), ss->cancel, err);
}

int cp_kr_ss_collection(struct cp_kr_ss *ss, char *out, size_t len, int *locked)
{
	GError *err = NULL;
	GVariant *r, *v;
	const char *p = ss->st->collection;

	if (p[0] != '/') {
		r = cp_kr_ss_call(ss, CP_KR_SS_PATH,
		                  "org.freedesktop.Secret.Service", "ReadAlias",
		                  g_variant_new("(s)", p), "(o)", &err);
		if (r == NULL)
			return cp_kr_ss_fail(ss, err,
			                     "reading the collection alias");
		g_variant_get(r, "(&o)", &p);
		snprintf(out, len, "%s", p);
		g_variant_unref(r);
		if (strcmp(out, "/") == 0)
			return ss_no_collection(ss);
	} else {
		snprintf(out, len, "%s", p);
	}
	r = cp_kr_ss_call(ss, out, "org.freedesktop.DBus.Properties", "Get",
	                  g_variant_new("(ss)",
	                                "org.freedesktop.Secret.Collection",
	                                "Locked"),
	                  "(v)", &err);
	if (r == NULL &&
	    g_error_matches(err, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD)) {
		g_error_free(err);
		return ss_no_collection(ss);
	}
	if (r == NULL)
		return cp_kr_ss_fail(ss, err,
		                     "reading the collection's lock state");
	g_variant_get(r, "(v)", &v);
	*locked = g_variant_is_of_type(v, G_VARIANT_TYPE_BOOLEAN) &&
	          g_variant_get_boolean(v);
	g_variant_unref(v);
	g_variant_unref(r);
	return CREDPLUG_PS_OK;
}
