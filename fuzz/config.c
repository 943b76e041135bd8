/* libFuzzer: the config document (JSON syntax, top-level keys, origins,
 * chain entries and their options) through credplug_ctx_new. */
#include <stdlib.h>
#include <string.h>

#include <credplug/credplug.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;
	char *text = malloc(size + 1), err[512];

	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	o.config_json = text;
	/* Built-ins only: the fuzzer must not dlopen whatever a path names. */
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE | CREDPLUG_FLAG_NO_MODULES;
	o.errbuf = err;
	o.errbuf_len = sizeof(err);
	if (credplug_ctx_new(&ctx, &o) == CREDPLUG_OK) {
		char *doc = NULL;

		credplug_explain_json(ctx, &doc);
		credplug_free(doc);
		credplug_ctx_free(ctx);
	}
	free(text);
	return 0;
}
