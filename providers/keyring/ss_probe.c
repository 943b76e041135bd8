/*
 * keyring provider: is there a Secret Service on the session bus?  Asked
 * without GLib, so that a bus without one (a systemd user bus on a server,
 * a CI container's dbus-run-session) costs one round trip instead of
 * loading libsecret, GIO and GLib.
 *
 * Deliberately small: one `unix:path=` or `unix:abstract=` address,
 * EXTERNAL authentication, Hello and NameHasOwner, all sent in one write
 * (one round trip), with NO_AUTO_START (nothing is activated, as in
 * ss_bus.c).  Only a clean
 * "false" is taken as an answer; anything this code does not understand
 * (another transport, a refused login, an odd reply, a closed socket)
 * says "unknown" and the full backend, which speaks all of D-Bus through
 * GIO, decides and reports.  Every wait is bounded by the call's budget.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "keyring.h"
#include "ss_wire.h"

struct probe {
	int fd;
	int64_t deadline; /* CLOCK_MONOTONIC ms */
	int timed_out;
	unsigned char buf[CP_KR_WIRE_MAX];
	size_t have;
};

static int64_t mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
}

/* Unescapes one address value (%XX) into out; -1 if it does not fit. */
static int unescape(const char *v, size_t n, char *out, size_t cap)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++, k++) {
		int hi = 0, lo = 0;

		if (k + 1 >= cap)
			return -1;
		out[k] = v[i];
		if (v[i] != '%')
			continue;
		if (i + 2 >= n || (hi = hexval(v[i + 1])) < 0 ||
		    (lo = hexval(v[i + 2])) < 0)
			return -1;
		out[k] = (char)(hi * 16 + lo);
		i += 2;
	}
	out[k] = '\0';
	return (int)k;
}

/* The first address of a list, if it is unix:path= or unix:abstract=. */
static int unix_address(const char *a, struct sockaddr_un *sa, socklen_t *len)
{
	const char *p = a + 5, *end = a + strcspn(a, ";");
	int n = -1, abstract = 0;

	if (strncmp(a, "unix:", 5) != 0)
		return -1;
	memset(sa, 0, sizeof(*sa));
	sa->sun_family = AF_UNIX;
	while (p < end) {
		size_t kv = strcspn(p, ",;");
		const char *eq = memchr(p, '=', kv);

		if (eq == NULL)
			return -1;
		if (eq - p == 4 && strncmp(p, "path", 4) == 0 && n < 0) {
			n = unescape(eq + 1, kv - 5, sa->sun_path,
			             sizeof(sa->sun_path));
		} else if (eq - p == 8 && strncmp(p, "abstract", 8) == 0 &&
		           n < 0) {
			abstract = 1;
			n = unescape(eq + 1, kv - 9, sa->sun_path + 1,
			             sizeof(sa->sun_path) - 1);
		} else if (!(eq - p == 4 && strncmp(p, "guid", 4) == 0)) {
			return -1; /* another key: let GIO handle it */
		}
		p += kv + (p[kv] == ',');
	}
	if (n <= 0)
		return -1;
	*len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + (size_t)n +
	                   (size_t)abstract);
	return 0;
}

/* Waits for `events` on the socket until the deadline. */
static int wait_fd(struct probe *p, short events)
{
	struct pollfd pfd = {p->fd, events, 0};
	int64_t left;
	int r;

	do {
		left = p->deadline - mono_ms();
		if (left <= 0) {
			p->timed_out = 1;
			return -1;
		}
		r = poll(&pfd, 1, (int)left);
	} while (r < 0 && errno == EINTR);
	if (r == 0)
		p->timed_out = 1;
	return r > 0 ? 0 : -1;
}

static int send_all(struct probe *p, const void *data, size_t len)
{
	const unsigned char *b = data;

	while (len > 0) {
		/* MSG_NOSIGNAL: a bus that hangs up must not SIGPIPE us. */
		ssize_t n = send(p->fd, b, len, MSG_NOSIGNAL);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN && wait_fd(p, POLLOUT) == 0)
			continue;
		if (n <= 0)
			return -1;
		b += n;
		len -= (size_t)n;
	}
	return 0;
}

static int recv_some(struct probe *p)
{
	ssize_t n;

	if (p->have == sizeof(p->buf))
		return -1;
	for (;;) {
		n = recv(p->fd, p->buf + p->have, sizeof(p->buf) - p->have, 0);
		if (n > 0) {
			p->have += (size_t)n;
			return 0;
		}
		if (n == 0 || (errno != EINTR && errno != EAGAIN))
			return -1;
		if (errno == EAGAIN && wait_fd(p, POLLIN) != 0)
			return -1;
	}
}

static int connect_bus(struct probe *p, const char *address)
{
	struct sockaddr_un sa;
	socklen_t len;

	if (unix_address(address, &sa, &len) != 0)
		return -1;
	p->fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (p->fd < 0)
		return -1;
	if (connect(p->fd, (struct sockaddr *)&sa, len) == 0)
		return 0;
	if (errno != EAGAIN && errno != EINPROGRESS)
		return -1;
	return wait_fd(p, POLLOUT);
}

/* Everything in one write, as sd-bus does: EXTERNAL with our uid, BEGIN,
 * Hello (serial 1, required first) and NameHasOwner (serial 2).  The bus
 * reads the authentication lines before the messages; one round trip. */
static int send_request(struct probe *p, const char *name)
{
	unsigned char msg[640];
	char uid[16];
	int n = snprintf(uid, sizeof(uid), "%u", (unsigned)geteuid()), k;
	size_t a, b;

	k = snprintf((char *)msg, sizeof(msg), "%cAUTH EXTERNAL ", '\0');
	for (int i = 0; i < n; i++)
		k += snprintf((char *)msg + k, 3, "%02x",
		              (unsigned char)uid[i]);
	k += snprintf((char *)msg + k, sizeof(msg) - (size_t)k,
	              "\r\nBEGIN\r\n");
	a = cp_kr_wire_call(msg + k, sizeof(msg) - (size_t)k, 1, "Hello", NULL);
	b = a ? cp_kr_wire_call(msg + k + a, sizeof(msg) - (size_t)k - a, 2,
	                        "NameHasOwner", name)
	      : 0;
	if (b == 0)
		return -1;
	return send_all(p, msg, (size_t)k + a + b);
}

/* The server's "OK <guid>" line; what follows it is kept. */
static int auth_answer(struct probe *p)
{
	unsigned char *crlf = NULL;
	size_t line;

	while (crlf == NULL) {
		if (recv_some(p) != 0 || p->have > 512)
			return -1;
		crlf = memmem(p->buf, p->have, "\r\n", 2);
	}
	if (p->have < 3 || memcmp(p->buf, "OK ", 3) != 0)
		return -1;
	line = (size_t)(crlf - p->buf) + 2;
	memmove(p->buf, p->buf + line, p->have - line);
	p->have -= line;
	return 0;
}

/* Replies until the one to serial 2. */
static int owner_answer(struct probe *p)
{
	int used, verdict = CP_KR_WIRE_OTHER;

	for (;;) {
		used = cp_kr_wire_read(p->buf, p->have, 2, &verdict);
		if (used < 0)
			return CP_KR_WIRE_ERROR;
		if (used == 0 && recv_some(p) != 0)
			return CP_KR_WIRE_ERROR;
		if (used == 0)
			continue;
		if (verdict != CP_KR_WIRE_OTHER)
			return verdict;
		memmove(p->buf, p->buf + used, p->have - (size_t)used);
		p->have -= (size_t)used;
	}
}

int cp_kr_ss_probe(const char *address, int64_t budget_ms)
{
	struct probe p = {.fd = -1, .deadline = mono_ms() + budget_ms};
	int v = CP_KR_WIRE_ERROR;

	if (connect_bus(&p, address) == 0 &&
	    send_request(&p, CP_KR_SS_BUS_NAME) == 0 && auth_answer(&p) == 0)
		v = owner_answer(&p);
	if (p.fd >= 0)
		close(p.fd);
	if (p.timed_out)
		return CP_KR_PROBE_TIMED_OUT;
	if (v == CP_KR_WIRE_FALSE)
		return CP_KR_PROBE_NO_OWNER;
	return v == CP_KR_WIRE_TRUE ? CP_KR_PROBE_OWNER : CP_KR_PROBE_UNKNOWN;
}
