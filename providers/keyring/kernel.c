/*
 * keyring provider, kernel backend: `user` keys described
 * "<service>:<profile>:<field>" (default "credplug:default:pat") in the
 * session keyring, then the user keyring.
 *
 * Keys are stored possessor+user all, nothing for group/other, with an
 * optional timeout.  Every syscall here returns at once; ENOSYS/EPERM (a
 * seccomp filter, a container) mean "unavailable", never a hang.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keyutils.h>

#include "keyring.h"

#define KR_DESC_MAX (2 * CP_KR_NAME_MAX + 16)
#define KR_PERM     (KEY_POS_ALL | KEY_USR_ALL)

struct kr_ring {
	key_serial_t id;
	const char *name;
};

static const struct kr_ring ring_session = {KEY_SPEC_SESSION_KEYRING, "@s"};
static const struct kr_ring ring_user = {KEY_SPEC_USER_KEYRING, "@u"};

/* Rings to use in order; returns how many. */
static int kr_rings(uint32_t rings, const struct kr_ring *out[2])
{
	int n = 0;

	if (rings & CP_KR_RING_SESSION)
		out[n++] = &ring_session;
	if (rings & CP_KR_RING_USER)
		out[n++] = &ring_user;
	return n;
}

static const char *rings_text(uint32_t rings)
{
	if (rings == CP_KR_RING_BOTH)
		return "the session (@s) or user (@u) keyring";
	return rings == CP_KR_RING_USER ? "the user keyring (@u)"
	                                : "the session keyring (@s)";
}

/* Sets the call's message, adding why the Secret Service was skipped
 * (backend auto) so explain shows both. */
static void kr_msg(const struct credplug_host_v1 *host,
                   struct credplug_call *call, const struct cp_kr_req *req,
                   const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (req->why[0] != '\0')
		host->set_message(call, "%s (Secret Service skipped: %s)", buf,
		                  req->why);
	else
		host->set_message(call, "%s", buf);
}

/* Maps a keyctl failure that is not "no such key". */
static int kr_errno(const struct credplug_host_v1 *host,
                    struct credplug_call *call, const struct cp_kr_req *req,
                    int err, const char *what, const char *desc)
{
	if (err == ENOSYS || err == EPERM) {
		kr_msg(host, call, req,
		       "keyring: the kernel keyring is blocked "
		       "(%s %s: %s), e.g. by a container's seccomp profile; "
		       "allow "
		       "the keyctl/add_key syscalls or use backend "
		       "\"secret-service\"",
		       what, desc, strerror(err));
		return CREDPLUG_PS_UNAVAILABLE;
	}
	if (err == EACCES) {
		kr_msg(host, call, req,
		       "keyring: kernel key %s: %s refused "
		       "(permission denied); check it with `keyctl show @s` "
		       "and "
		       "fix its permissions with `keyctl setperm`",
		       desc, what);
		return CREDPLUG_PS_DENIED;
	}
	if (err == ENOMEM)
		return CREDPLUG_PS_ERROR;
	kr_msg(host, call, req, "keyring: kernel key %s: %s failed: %s", desc,
	       what, strerror(err));
	return CREDPLUG_PS_UNAVAILABLE;
}

static int kr_desc(char *buf, const struct cp_kr_state *st,
                   const struct cp_kr_req *req, uint32_t field)
{
	int n = snprintf(buf, KR_DESC_MAX, "%s:%s:%s", st->service,
	                 req->profile, cp_kr_field_name(field));
	return n > 0 && n < KR_DESC_MAX;
}

/* Finds the key; 1 found (*id set), 0 absent, <0 errno (negated). */
static int kr_find(const struct kr_ring *ring, const char *desc,
                   key_serial_t *id)
{
	long r = keyctl_search(ring->id, "user", desc, 0);

	if (r >= 0) {
		*id = (key_serial_t)r;
		return 1;
	}
	if (errno == ENOKEY || errno == EKEYEXPIRED || errno == EKEYREVOKED)
		return 0;
	return -errno;
}

/* Reads one key and hands it to the host; the buffer is wiped. */
static int kr_read_one(const struct credplug_host_v1 *host,
                       struct credplug_call *call, const struct cp_kr_req *req,
                       const struct kr_ring *ring, key_serial_t id,
                       uint32_t field, const char *desc)
{
	void *buf = NULL;
	char loc[KR_DESC_MAX + 16];
	long n = keyctl_read_alloc(id, &buf);
	int rc;

	if (n < 0)
		return kr_errno(host, call, req, errno, "read", desc);
	snprintf(loc, sizeof(loc), "kernel:%s:%s", ring->name, desc);
	rc = host->set_field(call, field, buf, (size_t)n, loc);
	explicit_bzero(buf, (size_t)n);
	free(buf);
	return rc;
}

/* One field: first ring that has it wins.  FOUND, NOT_FOUND or failure. */
static int kr_resolve_field(const struct cp_kr_state *st,
                            const struct credplug_host_v1 *host,
                            struct credplug_call *call,
                            const struct cp_kr_req *req, uint32_t field)
{
	const struct kr_ring *rings[2];
	int n = kr_rings(st->rings, rings);
	char desc[KR_DESC_MAX];
	key_serial_t id = 0;

	if (!kr_desc(desc, st, req, field))
		return CREDPLUG_PS_NOT_FOUND;
	for (int i = 0; i < n; i++) {
		int r = kr_find(rings[i], desc, &id);
		if (r < 0)
			return kr_errno(host, call, req, -r, "search", desc);
		if (r == 1)
			return kr_read_one(host, call, req, rings[i], id, field,
			                   desc);
	}
	return CREDPLUG_PS_NOT_FOUND;
}

static int kr_resolve_all(const struct cp_kr_state *st,
                          const struct credplug_host_v1 *host,
                          struct credplug_call *call,
                          const struct cp_kr_req *req)
{
	char names[128];
	int found = 0;

	for (uint32_t f = 0; f < CP_KR_NFIELDS; f++) {
		int rc = kr_resolve_field(st, host, call, req, f);
		if (rc == CREDPLUG_PS_FOUND)
			found = 1;
		else if (rc != CREDPLUG_PS_NOT_FOUND)
			return rc;
	}
	if (found)
		return CREDPLUG_PS_FOUND;
	cp_fields_join(names, sizeof(names), CP_ALL_FIELDS_MASK,
	               CP_FIELD_COL(name), ",", ",");
	kr_msg(host, call, req,
	       "keyring: no key %s:%s:{%s} in %s; store one with `credplug "
	       "store` or `keyctl padd user %s:%s:%s @u`",
	       st->service, req->profile, names, rings_text(st->rings),
	       st->service, req->profile, cp_kr_field_name(CREDPLUG_PAT));
	return CREDPLUG_PS_NOT_FOUND;
}

/* Tells the host (ABI 1.1 and later) which key was written or removed,
 * named as keyctl names it.  `mode` NULL: the key is gone. */
static void kr_report(const struct credplug_host_v1 *host,
                      struct credplug_call *call, const struct cp_kr_state *st,
                      const struct cp_kr_req *req, const char *desc,
                      const char *rings, const char *mode)
{
	char loc[KR_DESC_MAX + 64];
	int n;

	if (!CREDPLUG_HOST_HAS(host, set_target))
		return;
	n = snprintf(loc, sizeof(loc), "kernel key \"%s\" in %s", desc, rings);
	if (mode != NULL && st->timeout_s > 0 && n > 0 &&
	    (size_t)n < sizeof(loc))
		snprintf(loc + n, sizeof(loc) - (size_t)n,
		         ", expires in %lld s", (long long)st->timeout_s);
	(void)host->set_target(call, loc, req->profile, mode);
}

static int kr_store(const struct cp_kr_state *st,
                    const struct credplug_host_v1 *host,
                    struct credplug_call *call, const struct cp_kr_req *req)
{
	const struct kr_ring *rings[2], *to;
	char desc[KR_DESC_MAX], mode[16];
	key_serial_t id = 0;

	/* With both rings, store into the user keyring: a process without a
	 * session keyring of its own (containers, cron, ssh without
	 * pam_keyinit) gets a throw-away one, and the value would vanish when
	 * it exits.  Lookups still try the session keyring first. */
	to = rings[kr_rings(st->rings, rings) - 1];
	if (!kr_desc(desc, st, req, req->field))
		return CREDPLUG_PS_INVALID;
	/* Created where we possess it (the session keyring), so that we may
	 * set its permissions and timeout; then moved to its ring (a key in
	 * @u is not possessed unless @s links @u). */
	id = add_key("user", desc, req->value, req->len,
	             KEY_SPEC_SESSION_KEYRING);
	if (id < 0)
		return kr_errno(host, call, req, errno, "add_key", desc);
	/* Updating an existing key keeps its permissions: set them again. */
	if (keyctl_setperm(id, KR_PERM) < 0 ||
	    (st->timeout_s > 0 &&
	     keyctl_set_timeout(id, (unsigned)st->timeout_s) < 0) ||
	    (to->id != KEY_SPEC_SESSION_KEYRING &&
	     (keyctl_link(id, to->id) < 0 ||
	      keyctl_unlink(id, KEY_SPEC_SESSION_KEYRING) < 0))) {
		int err = errno;
		(void)keyctl_invalidate(id);
		return kr_errno(host, call, req, err, "setperm/timeout/link",
		                desc);
	}
	host->note(call, "stored kernel:%s:%s", to->name, desc);
	snprintf(mode, sizeof(mode), "0x%08x", (unsigned)KR_PERM);
	kr_report(host, call, st, req, desc, to->name, mode);
	return CREDPLUG_PS_OK;
}

static int kr_erase(const struct cp_kr_state *st,
                    const struct credplug_host_v1 *host,
                    struct credplug_call *call, const struct cp_kr_req *req)
{
	const struct kr_ring *rings[2];
	int n = kr_rings(st->rings, rings), erased = 0;
	char desc[KR_DESC_MAX], from[16] = "";
	key_serial_t id = 0;

	if (!kr_desc(desc, st, req, req->field))
		return CREDPLUG_PS_INVALID;
	for (int i = 0; i < n; i++) {
		int r = kr_find(rings[i], desc, &id);
		if (r < 0)
			return kr_errno(host, call, req, -r, "search", desc);
		if (r == 0)
			continue;
		if (keyctl_invalidate(id) < 0 &&
		    keyctl_unlink(id, rings[i]->id) < 0)
			return kr_errno(host, call, req, errno, "invalidate",
			                desc);
		snprintf(from + strlen(from), sizeof(from) - strlen(from),
		         "%s%s", erased++ > 0 ? " and " : "", rings[i]->name);
	}
	if (erased > 0) {
		kr_report(host, call, st, req, desc, from, NULL);
		return CREDPLUG_PS_OK;
	}
	kr_msg(host, call, req, "keyring: no key %s in %s to erase", desc,
	       rings_text(st->rings));
	return CREDPLUG_PS_NOT_FOUND;
}

int cp_kr_kernel_run(const struct cp_kr_state *st,
                     const struct credplug_host_v1 *host,
                     struct credplug_call *call, struct cp_kr_req *req)
{
	switch (req->op) {
	case CP_KR_OP_STORE:
		return kr_store(st, host, call, req);
	case CP_KR_OP_ERASE:
		return kr_erase(st, host, call, req);
	default:
		return kr_resolve_all(st, host, call, req);
	}
}
