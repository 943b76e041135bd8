/*
 * keyring provider: the Secret Service backend, loaded when first needed.
 *
 * The backend (secret_service.c, ss_bus.c) links libsecret, GIO, GObject
 * and GLib: a dozen libraries and GLib's type system, which used to cost as
 * much as the rest of a `credplug headers` run, for every user of the
 * default chain.  So keyring.so does not link them.  It finds the session
 * bus address itself (no bus: nothing to load) and only then loads
 * internal/keyring-secret-service.so from its own directory, after the
 * owner/mode checks the host applies to provider modules; the backend asks
 * the bus whether a Secret Service runs (through GDBus: no D-Bus code of
 * our own).  The object is never unloaded: libsecret registers GTypes, and
 * GDBus keeps a worker thread in libgio.
 *
 * Built into the static library (CREDPLUG_BUILTIN_NAME) the backend is
 * linked in and called directly.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <link.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "keyring.h"

/* "No Secret Service here": in auto mode a reason for the fallback,
 * otherwise the call's message. */
static int kr_absent(const struct credplug_host_v1 *host,
                     struct credplug_call *call, struct cp_kr_req *req,
                     const char *why)
{
	if (req->probe_only_fallback)
		snprintf(req->why, sizeof(req->why), "%s", why);
	else
		host->set_message(call, "keyring: %s", why);
	return CREDPLUG_PS_UNAVAILABLE;
}

/* The bus address: DBUS_SESSION_BUS_ADDRESS, else $XDG_RUNTIME_DIR/bus if
 * that socket exists.  Never GLib's autolaunch fallback. */
static int kr_bus_address(const struct credplug_host_v1 *host,
                          struct credplug_call *call, struct cp_kr_req *req)
{
	const char *a = host->getenv(call, "DBUS_SESSION_BUS_ADDRESS");
	const char *rt = host->getenv(call, "XDG_RUNTIME_DIR");
	struct stat sb;

	if (a != NULL && a[0] != '\0') {
		if (strstr(a, "autolaunch:") != NULL)
			return kr_absent(
			        host, call, req,
			        "DBUS_SESSION_BUS_ADDRESS asks for "
			        "\"autolaunch:\", which credplug never uses; "
			        "set it to the running bus's address");
		snprintf(req->bus, sizeof(req->bus), "%s", a);
		return CREDPLUG_PS_OK;
	}
	if (rt != NULL && rt[0] == '/') {
		snprintf(req->bus, sizeof(req->bus), "%s/bus", rt);
		if (stat(req->bus, &sb) == 0 && S_ISSOCK(sb.st_mode)) {
			snprintf(req->bus, sizeof(req->bus), "unix:path=%s/bus",
			         rt);
			return CREDPLUG_PS_OK;
		}
	}
	return kr_absent(host, call, req,
	                 "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS "
	                 "is not set); run inside a desktop session or "
	                 "`dbus-run-session`, or use backend \"kernel\"");
}

#ifdef CREDPLUG_BUILTIN_NAME

static int kr_ss_get(const struct credplug_host_v1 *host,
                     struct credplug_call *call, struct cp_kr_req *req,
                     const struct cp_kr_ss_api **out)
{
	static const struct cp_kr_ss_api linked = {
	        CP_KR_SS_IFACE, sizeof(struct cp_kr_ss_api), cp_kr_ss_run};

	(void)host;
	(void)call;
	(void)req;
	*out = &linked;
	return CREDPLUG_PS_OK;
}

#else

static pthread_mutex_t ss_lock = PTHREAD_MUTEX_INITIALIZER;
static const struct cp_kr_ss_api *ss_api; /* under ss_lock once loaded */

/* DIR/internal/keyring-secret-service.so, DIR being where this module
 * was loaded from (the host loads modules by their real path). */
static int kr_ss_path(char *buf, size_t len)
{
	Dl_info info;
	const char *slash;

	if (dladdr(&ss_lock, &info) == 0 || info.dli_fname == NULL ||
	    (slash = strrchr(info.dli_fname, '/')) == NULL)
		return -1;
	return snprintf(buf, len, "%.*s/%s", (int)(slash - info.dli_fname),
	                info.dli_fname, CP_KR_SS_OBJECT) < (int)len
	               ? 0
	               : -1;
}

/* The entry must come from the object itself, not from a library it
 * pulls in. */
static int kr_ss_own(void *h, void *sym)
{
	struct link_map *lm = NULL;
	Dl_info info;

	return dlinfo(h, RTLD_DI_LINKMAP, &lm) == 0 && lm != NULL &&
	       dladdr(sym, &info) != 0 && info.dli_fname != NULL &&
	       strcmp(info.dli_fname, lm->l_name) == 0;
}

/* dlopen and the interface check, once the path has passed. */
static int kr_ss_open(const char *path, const struct credplug_host_v1 *host,
                      struct credplug_call *call, struct cp_kr_req *req)
{
	char why[sizeof(req->why)];
	cp_kr_ss_entry_fn entry = NULL;
	void *h, *sym;

	dlerror();
	h = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
	if (h == NULL) {
		snprintf(why, sizeof(why),
		         "cannot load the Secret Service backend: %s; "
		         "install libsecret-1-0, or use backend \"kernel\"",
		         dlerror());
		return kr_absent(host, call, req, why);
	}
	sym = dlsym(h, CP_KR_SS_ENTRY_SYMBOL);
	if (sym != NULL && kr_ss_own(h, sym)) {
		*(void **)&entry = sym;
		ss_api = entry(CP_KR_SS_IFACE, sizeof(struct cp_kr_state),
		               sizeof(struct cp_kr_req));
	}
	if (ss_api != NULL && ss_api->iface == CP_KR_SS_IFACE &&
	    ss_api->struct_size >= sizeof(struct cp_kr_ss_api) &&
	    ss_api->run != NULL)
		return CREDPLUG_PS_OK;
	ss_api = NULL;
	dlclose(h); /* NODELETE: stays mapped, but never called */
	snprintf(why, sizeof(why),
	         "%s is not the Secret Service backend of this keyring "
	         "module (another build?); reinstall credplug, or use backend "
	         "\"kernel\"",
	         path);
	return kr_absent(host, call, req, why);
}

static int kr_ss_load(const struct credplug_host_v1 *host,
                      struct credplug_call *call, struct cp_kr_req *req)
{
	char path[1024], why[sizeof(req->why)];
	int rc;

	if (kr_ss_path(path, sizeof(path)) != 0)
		return kr_absent(host, call, req,
		                 "cannot tell where the keyring module was "
		                 "loaded from, so not loading the Secret "
		                 "Service backend; use backend \"kernel\"");
	rc = host->check_path(call, path, 0);
	if (rc == CREDPLUG_PS_DENIED)
		return rc; /* the host's message names the fix */
	if (rc != CREDPLUG_PS_FOUND) {
		host->set_message(call, "%s", "");
		snprintf(why, sizeof(why),
		         "the Secret Service backend is not installed (looked "
		         "for %s); reinstall credplug with libsecret, or use "
		         "backend \"kernel\"",
		         path);
		return kr_absent(host, call, req, why);
	}
	return kr_ss_open(path, host, call, req);
}

static int kr_ss_get(const struct credplug_host_v1 *host,
                     struct credplug_call *call, struct cp_kr_req *req,
                     const struct cp_kr_ss_api **out)
{
	int rc = CREDPLUG_PS_OK;

	pthread_mutex_lock(&ss_lock);
	if (ss_api == NULL)
		rc = kr_ss_load(host, call, req);
	*out = ss_api;
	pthread_mutex_unlock(&ss_lock);
	return rc;
}

#endif

int cp_kr_ss_try(const struct cp_kr_state *st,
                 const struct credplug_host_v1 *host,
                 struct credplug_call *call, struct cp_kr_req *req)
{
	const struct cp_kr_ss_api *api = NULL;
	int rc = kr_bus_address(host, call, req);

	if (rc == CREDPLUG_PS_OK)
		rc = kr_ss_get(host, call, req, &api);
	if (rc == CREDPLUG_PS_OK)
		rc = api->run(st, host, call, req);
	return rc;
}
