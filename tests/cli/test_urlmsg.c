/*
 * Issue 10 #7: the text messages print for a URL (core/urlmsg.c, used by
 * the library's refusals and compiled into the command), over URL shapes:
 * only scheme://host[:port], user info as "****@", else "<invalid URL>".
 */
#include <stdio.h>
#include <string.h>

#include "cp_test.h"
#include "urlmsg.h"

#define BAD CP_URL_INVALID_TEXT

static const struct {
	const char *url, *text;
} shapes[] = {
        {"https://api.datadoghq.com/api/v1/validate?x=1",
         "https://api.datadoghq.com"},
        {"HTTPS://API.Datadoghq.COM:443", "HTTPS://API.Datadoghq.COM:443"},
        {"http://127.0.0.1:8080/p", "http://127.0.0.1:8080"},
        {"http://[::1]:9000/x", "http://[::1]:9000"},
        {"http://[fe80::1%25eth0]/", BAD},
        {"http://[::1", BAD},
        {"http://[]/", BAD},
        {"https://u:p@h/", "https://****@h"},
        {"https://u:p@ss@h:1/x@y", "https://****@h:1"},
        {"https://@h", "https://****@h"},
        {"https://u@", BAD},
        {"https://u:pa/ss@h/", BAD},
        {"https://", BAD},
        {"", BAD},
        {"api.x/y?n=https://token", BAD},
        {"//h/x", BAD},
        {"1http://h", BAD},
        {"https:/h", BAD},
        {"https://h:abc/", BAD},
        {"https://h:123456/", BAD},
        {"https://h:/", BAD},
        {"https://h%2e/", BAD},
        {"https://h\x01/", BAD},
        {"https://h x/", BAD},
        {"https://h?q=1", "https://h"},
        {"https://h#f", "https://h"},
        {"ftp://u:p@files.example/pub", "ftp://****@files.example"},
        {"a+b.c-d://h", "a+b.c-d://h"},
        {"abcdefghijklmnopq://h", BAD}, /* scheme over 16 characters */
};

static void sec07_url_shapes(void **state)
{
	char out[300];

	(void)state;
	for (size_t i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++) {
		cp_url_origin_text(shapes[i].url, out, sizeof(out));
		if (strcmp(out, shapes[i].text) != 0)
			fail_msg("'%s' -> '%s', expected '%s'", shapes[i].url,
			         out, shapes[i].text);
	}
	cp_url_origin_text(NULL, out, sizeof(out));
	assert_string_equal(out, BAD);
}

static void url_text_truncates(void **state)
{
	char out[10];

	(void)state;
	cp_url_origin_text("https://api.datadoghq.com/", out, sizeof(out));
	assert_string_equal(out, "https://a");
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(sec07_url_shapes),
        cmocka_unit_test(url_text_truncates),
};

CP_TEST_MAIN("cli_urlmsg", tests, NULL, NULL)
