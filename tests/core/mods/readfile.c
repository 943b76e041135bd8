/*
 * A provider that reads one file through the host's read_file service, for
 * the core tests of that service (tests/core/test_files.c).
 *
 * Options: "path" (required), "max" (bytes; -1 means SIZE_MAX, no limit),
 * "private" (bool: CREDPLUG_READ_PRIVATE).  resolve() reads the file; on
 * success its message is "readfile: N bytes" and, when the content is one
 * printable line, it becomes the api_key.  On failure the host's status
 * and message pass through.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "credplug/credplug.h"
#include "credplug/provider.h"

static const char *const keys[] = {"path", "max", "private", NULL};

struct readfile {
	char *path;
	size_t max;
	int private_file;
};

static void rf_destroy(void *p)
{
	struct readfile *r = p;

	if (r != NULL)
		free(r->path);
	free(r);
}

static int rf_create(const struct credplug_host_v1 *h, struct credplug_call *c,
                     void **state)
{
	struct readfile *r = calloc(1, sizeof(*r));
	const char *path = NULL;
	int64_t max = 4096;

	*state = NULL;
	if (r == NULL)
		return CREDPLUG_PS_ERROR;
	if (h->option_string(c, "path", &path) != 1 ||
	    h->option_int(c, "max", &max) < 0 ||
	    h->option_bool(c, "private", &r->private_file) < 0 ||
	    (r->path = strdup(path)) == NULL) {
		rf_destroy(r);
		return CREDPLUG_PS_INVALID;
	}
	r->max = max < 0 ? SIZE_MAX : (size_t)max;
	*state = r;
	return CREDPLUG_PS_OK;
}

static int printable(const char *d, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)d[i] < 0x20 || (unsigned char)d[i] >= 0x7f)
			return 0;
	return n > 0;
}

static int rf_resolve(void *p, const struct credplug_host_v1 *h,
                      struct credplug_call *c)
{
	const struct readfile *r = p;
	uint32_t flags = CREDPLUG_READ_STRIP_NEWLINE;
	const char *data = NULL;
	size_t len = 0;
	int rc;

	if (r->private_file)
		flags |= CREDPLUG_READ_PRIVATE;
	rc = h->read_file(c, r->path, flags, r->max, &data, &len, NULL);
	if (rc != CREDPLUG_PS_FOUND)
		return rc;
	h->set_message(c, "readfile: %zu bytes", len);
	if (!printable(data, len))
		return CREDPLUG_PS_NOT_FOUND;
	return h->set_field(c, CREDPLUG_API_KEY, data, len, r->path);
}

static const struct credplug_provider_v1 rf_desc = {
        .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR,
        .struct_size = sizeof(struct credplug_provider_v1),
        .name = "readfile",
        .version = "0.0.1",
        .summary = "reads one file through host->read_file",
        .option_keys = keys,
        .create = rf_create,
        .destroy = rf_destroy,
        .resolve = rf_resolve,
};

CREDPLUG_PROVIDER_ENTRY;
CREDPLUG_PROVIDER_ENTRY
{
	if (host == NULL || out == NULL ||
	    host->abi_major != CREDPLUG_PROVIDER_ABI_MAJOR ||
	    host->struct_size < CREDPLUG_HOST_V1_0_SIZE)
		return -1;
	*out = &rf_desc;
	return 0;
}
