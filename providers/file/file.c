/*
 * file provider: credentials file with profiles, or a secret directory
 * (Kubernetes Secret volume, systemd LoadCredential=).  Descriptor, options,
 * instance lifetime.  Reading is in resolve.c, writing in store.c.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#include <stdlib.h>
#include <string.h>

#include "entry.h"
#include "fields.h"
#include "file.h"
#include "opts.h"
#include "parse.h"

#define RECHECK_DEFAULT_MS 1000
#define RECHECK_MAX_MS     86400000

/* The option naming each field's file in a secret directory. */
#define NAME_KEY(f, n, ...) n "_name",

static const char *const name_keys[CP_FP_NFIELDS] = {CP_FIELD_ROWS(NAME_KEY, )};

static const char *const option_keys[] = {
        "path",
        "profile",
        "dir",
        "systemd",
        CP_FIELD_ROWS(NAME_KEY, ) "allow_group_readable",
        "recheck_ms",
        NULL};

char *cp_fp_join(const char *a, const char *b, const char *c)
{
	size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
	char *p = malloc(la + lb + lc + 1);

	if (p == NULL)
		return NULL;
	memcpy(p, a, la);
	memcpy(p + la, b, lb);
	memcpy(p + la + lb, c, lc + 1);
	return p;
}

static void state_free(struct cp_fp_state *s)
{
	if (s == NULL)
		return;
	free(s->path);
	free(s->profile);
	free(s->dir);
	for (int i = 0; i < CP_FP_NFIELDS; i++) {
		free(s->names[i]);
		free(s->field_paths[i]);
	}
	free(s->data_link);
	free(s->locator);
	free(s);
}

static void file_destroy(void *state)
{
	state_free(state);
}

/* "~/x" -> "$HOME/x". */
static int expand_home(const struct credplug_host_v1 *host,
                       struct credplug_call *call, char **path)
{
	const char *home;
	char *p;

	if (strncmp(*path, "~/", 2) != 0)
		return 0;
	home = host->getenv(call, "HOME");
	if (home == NULL || home[0] == '\0') {
		host->set_message(call,
		                  "cannot expand \"~\" in %s: HOME is "
		                  "not set; use an absolute path",
		                  *path);
		return -1;
	}
	p = cp_fp_join(home, "/", *path + 2);
	if (p == NULL)
		return -1;
	free(*path);
	*path = p;
	return 0;
}

/* Credentials file location: option, env, XDG, HOME (NULL if none). */
static int locate_file(struct cp_fp_state *s,
                       const struct credplug_host_v1 *host,
                       struct credplug_call *call)
{
	const char *v;

	if (s->path != NULL) {
		s->path_source = "the path option";
		return expand_home(host, call, &s->path);
	}
	if ((v = host->getenv(call, "CREDPLUG_CREDENTIALS_FILE")) && v[0]) {
		s->path_source = "CREDPLUG_CREDENTIALS_FILE";
		s->path = strdup(v);
	} else if ((v = host->getenv(call, "XDG_CONFIG_HOME")) && v[0] == '/') {
		s->path_source = "XDG_CONFIG_HOME";
		s->path = cp_fp_join(v, "/credplug/credentials.json", "");
	} else if ((v = host->getenv(call, "HOME")) && v[0] == '/') {
		s->path_source = "HOME";
		s->path =
		        cp_fp_join(v, "/.config/credplug/credentials.json", "");
	} else {
		return 0; /* reported as "not found" at resolve */
	}
	return s->path != NULL ? 0 : -1;
}

static int choose_profile(struct cp_fp_state *s,
                          const struct credplug_host_v1 *host,
                          struct credplug_call *call)
{
	const char *v;

	if (s->profile != NULL) {
		s->profile_source = "the profile option";
		return 0;
	}
	v = host->getenv(call, "CREDPLUG_PROFILE");
	s->profile_source = v && v[0] ? "CREDPLUG_PROFILE" : "the default";
	s->profile = strdup(v && v[0] ? v : "default");
	return s->profile != NULL ? 0 : -1;
}

static int setup_file(struct cp_fp_state *s,
                      const struct credplug_host_v1 *host,
                      struct credplug_call *call)
{
	if (locate_file(s, host, call) != 0 ||
	    choose_profile(s, host, call) != 0)
		return -1;
	s->track.n = 1;
	if (s->path == NULL)
		return 0;
	s->locator = cp_fp_join(s->path, " (profile ", s->profile);
	if (s->locator != NULL) {
		char *l = cp_fp_join(s->locator, ")", "");
		free(s->locator);
		s->locator = l;
	}
	return s->locator != NULL ? 0 : -1;
}

static int bad_name(const char *n)
{
	return strchr(n, '/') != NULL || strcmp(n, ".") == 0 ||
	       strcmp(n, "..") == 0;
}

static int setup_dir(struct cp_fp_state *s, const struct credplug_host_v1 *host,
                     struct credplug_call *call)
{
	for (int i = 0; i < CP_FP_NFIELDS; i++) {
		if (cp_opt_strdup(host, call, name_keys[i], CP_OPT_NONEMPTY,
		                  &s->names[i]) != CREDPLUG_PS_OK)
			return -1;
		if (s->names[i] == NULL &&
		    (s->names[i] = strdup(cp_fields[i].name)) == NULL)
			return -1;
		if (bad_name(s->names[i])) {
			host->set_message(call,
			                  "option \"%s\" must be a file name "
			                  "inside dir, without \"/\"",
			                  name_keys[i]);
			return -1;
		}
	}
	s->track.n = CP_FP_TRACK_MAX;
	if (s->dir == NULL)
		return 0; /* systemd without CREDENTIALS_DIRECTORY */
	if (expand_home(host, call, &s->dir) != 0)
		return -1;
	for (int i = 0; i < CP_FP_NFIELDS; i++)
		if ((s->field_paths[i] =
		             cp_fp_join(s->dir, "/", s->names[i])) == NULL)
			return -1;
	s->data_link = cp_fp_join(s->dir, "/", "..data");
	return s->data_link != NULL ? 0 : -1;
}

/* Mode and location: dir / systemd versus path / profile. */
static int setup_mode(struct cp_fp_state *s,
                      const struct credplug_host_v1 *host,
                      struct credplug_call *call)
{
	int systemd = 0;

	if (cp_opt_bool(host, call, "systemd", &systemd) != CREDPLUG_PS_OK ||
	    cp_opt_strdup(host, call, "dir", CP_OPT_NONEMPTY, &s->dir) !=
	            CREDPLUG_PS_OK ||
	    cp_opt_strdup(host, call, "path", CP_OPT_NONEMPTY, &s->path) !=
	            CREDPLUG_PS_OK ||
	    cp_opt_strdup(host, call, "profile", CP_OPT_NONEMPTY,
	                  &s->profile) != CREDPLUG_PS_OK)
		return -1;
	s->dir_source = "the dir option";
	if (systemd && s->dir != NULL) {
		host->set_message(call, "set either \"dir\" or \"systemd\": "
		                        "true, not both");
		return -1;
	}
	if (systemd) {
		const char *v = host->getenv(call, "CREDENTIALS_DIRECTORY");
		s->dir_source = "CREDENTIALS_DIRECTORY (systemd option)";
		if (v != NULL && v[0] != '\0' && (s->dir = strdup(v)) == NULL)
			return -1;
	}
	s->dir_mode = systemd || s->dir != NULL;
	if (s->dir_mode && (s->path != NULL || s->profile != NULL)) {
		host->set_message(
		        call,
		        "\"%s\" applies to a credentials file, "
		        "not to a secret directory (\"%s\"); remove one",
		        s->path ? "path" : "profile",
		        systemd ? "systemd" : "dir");
		return -1;
	}
	/* A secret directory is written by its owner (kubelet, systemd), never
	 * by us: an unnamed credplug_store() goes to the next writable one. */
	if (s->dir_mode && host->struct_size >= CREDPLUG_HOST_V1_0_SIZE)
		host->restrict_capabilities(call, 0);
	return s->dir_mode ? setup_dir(s, host, call)
	                   : setup_file(s, host, call);
}

static int setup_common(struct cp_fp_state *s,
                        const struct credplug_host_v1 *host,
                        struct credplug_call *call)
{
	int64_t ms = RECHECK_DEFAULT_MS;

	if (cp_opt_bool(host, call, "allow_group_readable", &s->allow_group) !=
	            CREDPLUG_PS_OK ||
	    cp_opt_int(host, call, "recheck_ms", &ms) != CREDPLUG_PS_OK)
		return -1;
	if (ms < 0 || ms > RECHECK_MAX_MS) {
		host->set_message(call,
		                  "recheck_ms is %lld; use 0 (never) to "
		                  "%d milliseconds",
		                  (long long)ms, RECHECK_MAX_MS);
		return -1;
	}
	s->recheck_ms = (uint32_t)ms;
	s->read_flags = CREDPLUG_READ_PRIVATE |
	                (s->allow_group ? CREDPLUG_READ_ALLOW_GROUP : 0u);
	return 0;
}

static int file_create(const struct credplug_host_v1 *host,
                       struct credplug_call *call, void **state)
{
	struct cp_fp_state *s = calloc(1, sizeof(*s));

	*state = NULL;
	if (s == NULL)
		return CREDPLUG_PS_ERROR;
	if (setup_common(s, host, call) != 0 ||
	    setup_mode(s, host, call) != 0) {
		state_free(s);
		return CREDPLUG_PS_INVALID;
	}
	*state = s;
	return CREDPLUG_PS_OK;
}

static const struct credplug_provider_v1 file_provider = {
        .abi_major = CREDPLUG_PROVIDER_ABI_MAJOR,
        .struct_size = sizeof(struct credplug_provider_v1),
        .name = "file",
        .version = "0.1.0",
        .summary = "credentials file with profiles, or a secret directory "
                   "(Kubernetes, systemd)",
        .option_keys = option_keys,
        .capabilities = CREDPLUG_CAP_STORE | CREDPLUG_CAP_ERASE,
        .create = file_create,
        .destroy = file_destroy,
        .resolve = cp_fp_resolve,
        .store = cp_fp_store,
        .erase = cp_fp_erase,
};

CREDPLUG_DEFINE_PROVIDER_ENTRY(file_provider)
