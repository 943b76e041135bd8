/* libFuzzer: destination binding (the strict URL origin reader) and the
 * security-list parser, through credplug_apply. */
#include <stdlib.h>
#include <string.h>

#include <credplug/credplug.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static struct credplug_ctx *ctx;

static int sink_add(void *ud, const char *name, const char *value)
{
	(void)ud;
	(void)name;
	(void)value;
	return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_sink sink = CREDPLUG_SINK_INIT;
	char *text = malloc(size + 1), *auth;

	if (text == NULL)
		return 0;
	if (ctx == NULL) {
		struct credplug_options o = CREDPLUG_OPTIONS_INIT;

		o.config_json =
		        "{\"allowed_origins\":[\"https://*.example.internal\","
		        "\"http://127.0.0.1:8126\",\"http://[::1]:9000\"],"
		        "\"providers\":[{\"use\":\"explicit\",\"api_key\":"
		        "\"k0123456789\","
		        "\"pat\":\"p0123456789\"}]}";
		o.flags =
		        CREDPLUG_FLAG_NO_CONFIG_FILE | CREDPLUG_FLAG_NO_MODULES;
		if (credplug_ctx_new(&ctx, &o) != CREDPLUG_OK)
			abort();
	}
	memcpy(text, data, size);
	text[size] = '\0';
	/* "auth\nurl": the first line is a security list. */
	auth = text;
	req.url = strchr(text, '\n');
	if (req.url != NULL)
		*(char *)req.url++ = '\0';
	else
		req.url = text;
	req.auth = credplug_auth_parse(auth);
	sink.add_header = sink_add;
	credplug_apply(ctx, &req, &sink);
	free(text);
	return 0;
}
