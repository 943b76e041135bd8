/* Print the header names an endpoint would get: headers URL [SECURITY-LIST] */
#include <stdio.h>
#include <credplug/credplug.h>

static int print_name(void *user_data, const char *name, const char *value)
{
	(void)user_data;
	(void)value; /* never print a secret */
	return printf("%s\n", name) < 0;
}

int main(int argc, char **argv)
{
	struct credplug_ctx *ctx;
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_sink sink = {sizeof(sink), print_name, NULL};
	int rc;

	if (argc < 2 || credplug_ctx_new(&ctx, NULL) != CREDPLUG_OK)
		return 2;
	req.url = argv[1];
	req.auth = credplug_auth_parse(argc > 2 ? argv[2] : "");
	rc = credplug_apply(ctx, &req, &sink);
	if (rc != CREDPLUG_OK)
		fprintf(stderr, "headers: %s\n", credplug_errmsg(ctx));
	credplug_ctx_free(ctx);
	return rc == CREDPLUG_OK ? 0 : 1;
}
