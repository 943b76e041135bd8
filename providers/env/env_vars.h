/*
 * The environment variables the env provider reads, by field (api_key,
 * app_key, pat, site: CREDPLUG_API_KEY ... CREDPLUG_SITE), and the options
 * that rename them.  Shared with `credplug exec`, which removes from its
 * child's environment every carrier of a credential it did not hand over,
 * so the two cannot drift apart.
 */
#ifndef CREDPLUG_ENV_VARS_H
#define CREDPLUG_ENV_VARS_H

#define CP_ENV_NFIELDS 4
/* Default names, by field. */
#define CP_ENV_DEFAULT_VARS                                                    \
	"DD_API_KEY", "DD_APP_KEY", "DD_BEARER_TOKEN", "DD_SITE"
/* The options naming another variable, by field. */
#define CP_ENV_VAR_OPTIONS "api_key_var", "app_key_var", "pat_var", "site_var"
/* NAME_FILE names a file holding NAME's value (unless allow_file is false). */
#define CP_ENV_FILE_SUFFIX "_FILE"

#endif
