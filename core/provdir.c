/*
 * Provider names and the modules of a provider directory (provdir.h).
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* scandir, d_type */
#endif
#include "provdir.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

bool cp_provider_name_ok(const char *s)
{
	if (s[0] == '\0' || strlen(s) > CP_PROVIDER_NAME_MAX)
		return false;
	for (const char *p = s; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		      *p == '-' || *p == '_'))
			return false;
	return true;
}

/* "<name>.so" with a loadable name, not a directory: `name` gets it. */
static bool module_entry(const struct dirent *e, char *name, size_t cap)
{
	size_t n = strlen(e->d_name);

	if (e->d_type != DT_REG && e->d_type != DT_LNK &&
	    e->d_type != DT_UNKNOWN)
		return false;
	if (n <= 3 || n - 3 >= cap || strcmp(e->d_name + n - 3, ".so") != 0)
		return false;
	memcpy(name, e->d_name, n - 3);
	name[n - 3] = '\0';
	return cp_provider_name_ok(name);
}

/* strcmp, not alphasort's strcoll: the same order in every locale. */
static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

int cp_provider_dir_scan(const char *dir,
                         void (*fn)(void *arg, const char *name), void *arg)
{
	char name[CP_PROVIDER_NAME_MAX + 1];
	struct dirent **list = NULL;
	int n = scandir(dir, &list, NULL, by_name), found = 0;

	for (int i = 0; i < n; i++) {
		if (module_entry(list[i], name, sizeof(name))) {
			fn(arg, name);
			found++;
		}
		free(list[i]);
	}
	free(list);
	return n < 0 ? -1 : found;
}
