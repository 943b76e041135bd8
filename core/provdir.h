/*
 * What the library loads from the provider directory: the rule for a bare
 * provider name and the modules a directory holds under such names.
 * Shared by the core (the loader, "did you mean") and the credplug
 * command, which compiles provdir.c into itself so that `credplug
 * providers` lists exactly what the library would load.  The directory
 * itself is the context's (cp_provider_dir(); the command reads it from
 * the explain document, config/provider_dir).
 */
#ifndef CREDPLUG_CORE_PROVDIR_H
#define CREDPLUG_CORE_PROVDIR_H

#include <stdbool.h>

/* Longest bare provider name. */
#define CP_PROVIDER_NAME_MAX 64

/* A bare provider name: 1-64 of [a-z0-9_-]; it names <dir>/<name>.so. */
bool cp_provider_name_ok(const char *s);

/*
 * Calls `fn` with each provider name `dir` holds, in strcmp order: every
 * "<name>.so" that is a file or a symbolic link (not followed) with a
 * name cp_provider_name_ok() accepts.  Subdirectories are not entered
 * (the keyring's internal/ objects are not providers).  Returns the
 * number of names, or -1 when `dir` cannot be read (errno set).
 */
int cp_provider_dir_scan(const char *dir,
                         void (*fn)(void *arg, const char *name), void *arg);

#endif
