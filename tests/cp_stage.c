/* See cp_stage.h. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "cp_stage.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int copy_one(const char *from, const char *to)
{
	char buf[65536];
	int in = open(from, O_RDONLY | O_CLOEXEC), out = -1, rc = -1;
	ssize_t n;

	if (in < 0)
		goto fail;
	out = open(to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (out < 0)
		goto fail;
	while ((n = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, (size_t)n) != n)
			goto fail;
	if (n == 0 && fchmod(out, 0755) == 0)
		rc = 0;
fail:
	if (rc != 0)
		fprintf(stderr, "cp_stage: %s -> %s: %s\n", from, to,
		        strerror(errno));
	if (in >= 0)
		close(in);
	if (out >= 0)
		close(out);
	return rc;
}

int cp_stage_files(const char *dir, const char *from, const char *const *names)
{
	char src[4096], dst[4096];

	/* mkdir's mode is cut by the umask: set it exactly */
	if (mkdir(dir, 0700) != 0 || chmod(dir, 0755) != 0) {
		fprintf(stderr, "cp_stage: %s: %s\n", dir, strerror(errno));
		return -1;
	}
	for (size_t i = 0; names[i] != NULL; i++) {
		if (snprintf(src, sizeof(src), "%s/%s", from, names[i]) >=
		            (int)sizeof(src) ||
		    snprintf(dst, sizeof(dst), "%s/%s", dir, names[i]) >=
		            (int)sizeof(dst)) {
			fprintf(stderr, "cp_stage: %s: path too long\n",
			        names[i]);
			return -1;
		}
		if (copy_one(src, dst) != 0)
			return -1;
	}
	return 0;
}
