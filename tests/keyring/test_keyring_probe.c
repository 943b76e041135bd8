/*
 * The keyring provider's GLib-free bus probe (ss_probe.c, ss_wire.c),
 * compiled into this test: against real buses (a dbus-daemon without the
 * Secret Service, the real gnome-keyring of with-keyring.sh) and, for the
 * reader, hand-made messages each wrong in one way.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdlib.h>
#include <string.h>

#include "cp_test.h"
#include "keyring.h"
#include "kr_util.h"
#include "ss_wire.h"

static struct kr_bus bus;

static int stop_bus(void **state)
{
	kr_bus_stop(&bus);
	return 0;
}

static void probe_real_buses(void **state)
{
	/* with-keyring.sh's bus: gnome-keyring owns the name */
	assert_int_equal(
	        cp_kr_ss_probe(getenv("DBUS_SESSION_BUS_ADDRESS"), 2000),
	        CP_KR_PROBE_OWNER);
	assert_int_equal(kr_bus_start(&bus), 0);
	assert_int_equal(cp_kr_ss_probe(bus.addr, 2000), CP_KR_PROBE_NO_OWNER);
}

/* Addresses the probe leaves to GIO. */
static void probe_unknown_addresses(void **state)
{
	static const char *const addrs[] = {
	        "tcp:host=127.0.0.1,port=9",
	        "unix:tmpdir=/tmp",
	        "unix:path=/nonexistent/cp-startup-bus",
	        "unix:path=",
	        "unix:path=%zz",
	        "unix:guid=0123",
	        "autolaunch:",
	        "",
	};

	for (size_t i = 0; i < sizeof(addrs) / sizeof(*addrs); i++)
		assert_int_equal(cp_kr_ss_probe(addrs[i], 500),
		                 CP_KR_PROBE_UNKNOWN);
}

/* A method return for serial 2: signature `sig`, body `body` (len n),
 * little-endian unless `big`. */
static size_t reply(unsigned char *m, int big, const char *sig,
                    const void *body, uint32_t n)
{
	size_t len;

	memset(m, 0, 256);
	m[0] = big ? 'B' : 'l';
	m[1] = 2; /* METHOD_RETURN */
	m[3] = 1;
	/* fields: REPLY_SERIAL u 2; SIGNATURE g sig */
	m[16] = 5, m[17] = 1, m[18] = 'u', m[19] = 0;
	m[big ? 23 : 20] = 2;
	m[24] = 8, m[25] = 1, m[26] = 'g', m[27] = 0;
	m[28] = (unsigned char)strlen(sig);
	memcpy(m + 29, sig, strlen(sig) + 1);
	len = 29 + strlen(sig) + 1;
	m[big ? 15 : 12] = (unsigned char)(len - 16);
	len = (len + 7) & ~(size_t)7;
	memcpy(m + len, body, n);
	m[big ? 7 : 4] = (unsigned char)n;
	return len + n;
}

static void probe_wire_replies(void **state)
{
	unsigned char m[256];
	unsigned char t[4] = {1, 0, 0, 0}, f[4] = {0}, tb[4] = {0, 0, 0, 1};
	unsigned char two[4] = {2, 0, 0, 0};
	size_t n;
	int v = -1;

	n = reply(m, 0, "b", t, 4);
	assert_int_equal(cp_kr_wire_read(m, n, 2, &v), (int)n);
	assert_int_equal(v, CP_KR_WIRE_TRUE);
	n = reply(m, 0, "b", f, 4);
	assert_int_equal(cp_kr_wire_read(m, n, 2, &v), (int)n);
	assert_int_equal(v, CP_KR_WIRE_FALSE);
	n = reply(m, 1, "b", tb, 4);
	assert_int_equal(cp_kr_wire_read(m, n, 2, &v), (int)n);
	assert_int_equal(v, CP_KR_WIRE_TRUE);
	/* not a boolean: not an answer */
	n = reply(m, 0, "b", two, 4);
	assert_int_equal(cp_kr_wire_read(m, n, 2, &v), (int)n);
	assert_int_equal(v, CP_KR_WIRE_ERROR);
	n = reply(m, 0, "s", t, 4);
	assert_int_equal(cp_kr_wire_read(m, n, 2, &v), (int)n);
	assert_int_equal(v, CP_KR_WIRE_ERROR);
	/* an error reply */
	n = reply(m, 0, "b", f, 4);
	m[1] = 3;
	assert_int_equal(cp_kr_wire_read(m, n, 2, &v), (int)n);
	assert_int_equal(v, CP_KR_WIRE_ERROR);
	/* the reply to another call is skipped */
	n = reply(m, 0, "b", f, 4);
	assert_int_equal(cp_kr_wire_read(m, n, 1, &v), (int)n);
	assert_int_equal(v, CP_KR_WIRE_OTHER);
	/* incomplete: wait for more; every prefix */
	for (size_t k = 0; k < n; k++)
		assert_int_equal(cp_kr_wire_read(m, k, 2, &v), 0);
}

static void probe_wire_malformed(void **state)
{
	unsigned char m[256], f[4] = {0};
	size_t n = reply(m, 0, "b", f, 4);
	int v;

	m[0] = 'x'; /* endianness */
	assert_int_equal(cp_kr_wire_read(m, n, 2, &v), -1);
	n = reply(m, 0, "b", f, 4);
	m[3] = 2; /* protocol version */
	assert_int_equal(cp_kr_wire_read(m, n, 2, &v), -1);
	n = reply(m, 0, "b", f, 4);
	m[6] = 1; /* body of 64 KiB */
	assert_int_equal(cp_kr_wire_read(m, n, 2, &v), -1);
	n = reply(m, 0, "b", f, 4);
	m[14] = 1; /* fields of 64 KiB */
	assert_int_equal(cp_kr_wire_read(m, n, 2, &v), -1);
	n = reply(m, 0, "b", f, 4);
	m[28] = 200; /* signature running past the fields */
	assert_int_equal(cp_kr_wire_read(m, n, 2, &v), -1);
	n = reply(m, 0, "b", f, 4);
	m[18] = 'v'; /* a field type headers never use */
	assert_int_equal(cp_kr_wire_read(m, n, 2, &v), -1);
	n = reply(m, 0, "b", f, 4);
	m[29 + 1] = 'x'; /* signature without its nul */
	assert_int_equal(cp_kr_wire_read(m, n, 2, &v), -1);
}

/* What cp_kr_wire_call() builds reads back as a call (not a reply). */
static void probe_wire_call(void **state)
{
	unsigned char m[512];
	size_t n = cp_kr_wire_call(m, sizeof(m), 2, "NameHasOwner",
	                           "org.freedesktop.secrets");
	int v = -1;

	assert_true(n > 0 && n % 4 == 0);
	assert_int_equal(m[1], 1);
	assert_int_equal(m[2], 0x2); /* NO_AUTO_START */
	assert_int_equal(cp_kr_wire_read(m, n, 2, &v), (int)n);
	assert_int_equal(v, CP_KR_WIRE_OTHER);
	assert_int_equal(cp_kr_wire_call(m, 100, 2, "NameHasOwner",
	                                 "org.freedesktop.secrets"),
	                 0);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_teardown(probe_real_buses, stop_bus),
	        cmocka_unit_test(probe_unknown_addresses),
	        cmocka_unit_test(probe_wire_replies),
	        cmocka_unit_test(probe_wire_malformed),
	        cmocka_unit_test(probe_wire_call),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests_name("keyring_probe", tests, NULL, NULL);
}
