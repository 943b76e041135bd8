/*
 * libFuzzer target for libcredplug-curl's header-list handling:
 * credplug_curl_apply() on a fuzzed URL and a fuzzed caller header list
 * (no network).  Input: first line the URL, each further line one header.
 * Invariants: on success the list holds exactly `added` credential entries
 * and every non-credential input line survives in order; on failure the
 * list is unchanged.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "credplug/curl.h"
#include "curl_internal.h"

static struct credplug_ctx *ctx;
static CURL *h;

static void setup(void)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;

	o.config_json = "{\"allowed_origins\": [\"http://127.0.0.1:8126\"], "
	                "\"providers\": [{\"use\": \"explicit\"}]}";
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE | CREDPLUG_FLAG_NO_MODULES;
	if (credplug_ctx_new(&ctx, &o) != CREDPLUG_OK)
		abort();
	credplug_set(ctx, CREDPLUG_API_KEY, "FUZZ-API-KEY-0001");
	credplug_set(ctx, CREDPLUG_PAT, "FUZZ-PAT-0002");
	h = curl_easy_init();
	if (!h)
		abort();
}

static unsigned count(const struct curl_slist *l, int creds)
{
	unsigned n = 0;

	for (; l; l = l->next)
		n += (cp_curl_is_credential(l->data) != 0) == (creds != 0);
	return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct curl_slist *list = NULL, *l;
	char *text, *line, *next;
	unsigned added = 0, others;

	if (!ctx)
		setup();
	text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	next = strchr(text, '\n');
	if (next)
		*next++ = '\0';
	for (line = next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if ((l = curl_slist_append(list, line)) != NULL)
			list = l;
	}
	others = count(list, 0);
	req.url = text;
	req.auth = credplug_auth_parse(
	        size > 0 && (data[0] & 1) ? "apiKeyAuth" : "apiKeyAuth,AuthZ");
	if (credplug_curl_apply(ctx, h, &req, &list, &added) == CREDPLUG_OK) {
		if (count(list, 1) != added || count(list, 0) != others)
			abort();
	} else if (added != 0 || count(list, 0) != others) {
		abort();
	}
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, NULL);
	credplug_curl_slist_free_wipe(list);
	free(text);
	return 0;
}
