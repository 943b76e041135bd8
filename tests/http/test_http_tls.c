/*
 * TLS verification is on: a broker with a certificate nobody vouches for is
 * refused, and accepted once "ca_file" names the certificate.  Real nginx
 * with a real certificate made for the run (no mock).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "backend_util.h"
#include "cp_test.h"

static void broker_url(char *buf, size_t cap)
{
	const char *port = getenv("CP_NGINX_PORT1");

	assert_non_null(port);
	snprintf(buf, cap, "https://127.0.0.1:%s/doc.json", port);
}

static void untrusted_certificate_refused(void **state)
{
	struct bt_ctx b;
	char url[128], msg[1024], status[64], pmsg[1024];

	(void)state;
	broker_url(url, sizeof(url));
	bt_ctx_new(&b,
	           "{\"providers\": [{\"use\": \"http\", \"url\": \"%s\"}]}",
	           url);
	assert_int_equal(b.rc, CREDPLUG_OK);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_provider_info(&b, 0, "status", status, sizeof(status));
	assert_string_equal(status, "unavailable");
	bt_provider_info(&b, 0, "message", pmsg, sizeof(pmsg));
	bt_assert_contains(pmsg, "SSL certificate problem");
	bt_header(&b, "DD-API-KEY", msg, sizeof(msg));
	assert_string_equal(msg, "");
	bt_ctx_free(&b);
}

static void trusted_with_ca_file(void **state)
{
	struct bt_ctx b;
	char url[128], ca[512], msg[1024];
	const char *prefix = getenv("CP_NGINX_PREFIX");

	(void)state;
	assert_non_null(prefix);
	broker_url(url, sizeof(url));
	snprintf(ca, sizeof(ca), "%s/cert.pem", prefix);
	bt_ctx_new(&b,
	           "{\"providers\": [{\"use\": \"http\", \"url\": \"%s\", "
	           "\"ca_file\": \"%s\"}]}",
	           url, ca);
	assert_int_equal(b.rc, CREDPLUG_OK);
	assert_int_equal(bt_resolve(&b, msg, sizeof(msg), NULL), CREDPLUG_OK);
	bt_header(&b, "DD-API-KEY", msg, sizeof(msg));
	assert_string_equal(msg, "TLS-API-0123456789abcdef");
	bt_ctx_free(&b);
}

/* ---- ca_file gets the owner/mode check token_file gets ------------- */
/* Issue 10, "also fix": whoever can change the CA bundle can stand in for
 * the broker and receive its token, so "ca_file" must be root's or ours
 * and writable by nobody else (it need not be private: a certificate is
 * public).  The host reads and checks it; libcurl gets the checked bytes. */

/* A copy of the run's certificate in a private directory, with `mode`
 * and owner `uid`; its path into `ca`. */
static void ca_copy(char *dir, size_t dcap, char *ca, size_t cap, unsigned mode,
                    uid_t uid)
{
	const char *prefix = getenv("CP_NGINX_PREFIX");
	char from[512];

	assert_non_null(prefix);
	snprintf(dir, dcap, "/tmp/cp-redact-ca.XXXXXX");
	assert_non_null(mkdtemp(dir));
	snprintf(from, sizeof(from), "%s/cert.pem", prefix);
	snprintf(ca, cap, "%s/ca.pem", dir);
	assert_int_equal(bt_copy_file(from, ca, mode), 0);
	assert_int_equal(chown(ca, uid, (gid_t)-1), 0);
}

/* Resolve with `ca`; the provider's status and message into the buffers. */
static int resolve_ca(const char *ca, char *status, char *pmsg, size_t cap)
{
	struct bt_ctx b;
	char url[128], msg[1024], key[128];
	int rc;

	broker_url(url, sizeof(url));
	bt_ctx_new(&b,
	           "{\"providers\": [{\"use\": \"http\", \"url\": \"%s\", "
	           "\"ca_file\": \"%s\"}]}",
	           url, ca);
	assert_int_equal(b.rc, CREDPLUG_OK);
	rc = bt_resolve(&b, msg, sizeof(msg), NULL);
	bt_provider_info(&b, 0, "status", status, 64);
	bt_provider_info(&b, 0, "message", pmsg, cap);
	if (rc == CREDPLUG_OK) {
		bt_header(&b, "DD-API-KEY", key, sizeof(key));
		assert_string_equal(key, "TLS-API-0123456789abcdef");
	} else {
		char want[1200];

		snprintf(want, sizeof(want),
		         "provider \"http\" (chain entry 0) denied: %s", pmsg);
		assert_string_equal(msg, want);
	}
	bt_ctx_free(&b);
	return rc;
}

static void also_ca_file_group_writable_denied(void **state)
{
	char dir[64], ca[128], status[64], pmsg[1024], want[512];

	(void)state;
	ca_copy(dir, sizeof(dir), ca, sizeof(ca), 0664, 0);
	assert_int_equal(resolve_ca(ca, status, pmsg, sizeof(pmsg)),
	                 CREDPLUG_EDENIED);
	assert_string_equal(status, "denied");
	snprintf(want, sizeof(want),
	         "%s: writable by its group (mode 0664); run: chmod go-w %s",
	         ca, ca);
	assert_string_equal(pmsg, want);
	/* world-writable: the same, naming other users */
	assert_int_equal(chmod(ca, 0646), 0);
	assert_int_equal(resolve_ca(ca, status, pmsg, sizeof(pmsg)),
	                 CREDPLUG_EDENIED);
	snprintf(want, sizeof(want),
	         "%s: writable by other users (mode 0646); run: chmod go-w %s",
	         ca, ca);
	assert_string_equal(pmsg, want);
	/* the fix the message gives */
	assert_int_equal(chmod(ca, 0644), 0);
	assert_int_equal(resolve_ca(ca, status, pmsg, sizeof(pmsg)),
	                 CREDPLUG_OK);
	assert_string_equal(status, "found");
	assert_int_equal(bt_remove_dir(dir), 0);
}

static void also_ca_file_other_owner_denied(void **state)
{
	char dir[64], ca[128], status[64], pmsg[1024], want[512];
	uid_t me = geteuid(), other = me == 0 ? 65534 : 0;

	(void)state;
	if (me != 0)
		skip(); /* giving a file away needs root */
	ca_copy(dir, sizeof(dir), ca, sizeof(ca), 0644, other);
	assert_int_equal(resolve_ca(ca, status, pmsg, sizeof(pmsg)),
	                 CREDPLUG_EDENIED);
	snprintf(want, sizeof(want),
	         "%s: owned by uid %u, neither root nor the current user "
	         "(uid %u); run: chown %u %s",
	         ca, (unsigned)other, (unsigned)me, (unsigned)me, ca);
	assert_string_equal(pmsg, want);
	assert_int_equal(chown(ca, me, (gid_t)-1), 0);
	assert_int_equal(resolve_ca(ca, status, pmsg, sizeof(pmsg)),
	                 CREDPLUG_OK);
	assert_int_equal(bt_remove_dir(dir), 0);
}

/* Like token_file, a relative path is refused at configuration. */
static void also_ca_file_relative_refused(void **state)
{
	struct bt_ctx b;

	(void)state;
	bt_ctx_new(&b, "{\"providers\": [{\"use\": \"http\", \"url\": "
	               "\"https://127.0.0.1:1/x\", \"ca_file\": \"ca.pem\"}]}");
	assert_int_equal(b.rc, CREDPLUG_ECONFIG);
	bt_assert_contains(b.err, "http: \"ca_file\" must be an absolute path");
	bt_ctx_free(&b);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(untrusted_certificate_refused),
	        cmocka_unit_test(trusted_with_ca_file),
	        cmocka_unit_test(also_ca_file_group_writable_denied),
	        cmocka_unit_test(also_ca_file_other_owner_denied),
	        cmocka_unit_test(also_ca_file_relative_refused),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests_name("http_tls", tests, NULL, NULL);
}
