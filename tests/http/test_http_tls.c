/*
 * TLS verification is on: a broker with a certificate nobody vouches for is
 * refused, and accepted once "ca_file" names the certificate.  Real nginx
 * with a real certificate made for the run (no mock).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(untrusted_certificate_refused),
	        cmocka_unit_test(trusted_with_ca_file),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests_name("http_tls", tests, NULL, NULL);
}
