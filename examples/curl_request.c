/*
 * curl_request: send one authenticated request with libcurl.
 *
 *   curl_request [URL [SECURITY]]
 *
 * URL defaults to https://api.<site>/api/v1/validate, SECURITY (the
 * endpoint's OpenAPI security list) to "apiKeyAuth".  Credentials and site
 * come from the usual chain (config file, DD_API_KEY, keyrings, ...).
 */
#include <stdio.h>

#include <credplug/credplug.h>
#include <credplug/curl.h>

int main(int argc, char **argv)
{
	struct credplug_options opts = CREDPLUG_OPTIONS_INIT;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_curl_result res = CREDPLUG_CURL_RESULT_INIT;
	struct credplug_ctx *ctx = NULL;
	char url[1024], err[512] = "";
	CURL *h = NULL;
	int rc;

	opts.errbuf = err;
	opts.errbuf_len = sizeof(err);
	if (credplug_ctx_new(&ctx, &opts) != CREDPLUG_OK) {
		fprintf(stderr, "curl_request: %s\n", err);
		return 2;
	}
	if (argc > 1)
		snprintf(url, sizeof(url), "%s", argv[1]);
	else
		snprintf(url, sizeof(url), "https://api.%s/api/v1/validate",
		         credplug_site(ctx) ? credplug_site(ctx)
		                            : "datadoghq.com");
	req.method = "GET";
	req.url = url;
	req.auth = credplug_auth_parse(argc > 2 ? argv[2] : "apiKeyAuth");

	curl_global_init(CURL_GLOBAL_DEFAULT);
	h = curl_easy_init();
	/* Follows redirects itself; credentials never leave the origin. */
	rc = h ? credplug_curl_perform(ctx, h, &req, NULL, &res)
	       : CREDPLUG_ENOMEM;
	if (rc == CREDPLUG_OK)
		printf("\nHTTP %ld\n", res.http_status);
	else
		fprintf(stderr, "curl_request: %s: %s\n", credplug_strerror(rc),
		        res.errmsg);
	curl_easy_cleanup(h);
	curl_global_cleanup();
	credplug_ctx_free(ctx);
	return rc == CREDPLUG_OK && res.http_status < 400 ? 0 : 1;
}
