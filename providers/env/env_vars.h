/*
 * The env provider's variables, derived from the field table (fields.h):
 * each field's default variable, the option that renames it
 * (<name>_var, e.g. "api_key_var") and the NAME_FILE variant.  Shared with
 * `credplug exec`, which removes from its child's environment every
 * carrier of a credential it did not hand over, so the two cannot drift
 * apart.
 */
#ifndef CREDPLUG_ENV_VARS_H
#define CREDPLUG_ENV_VARS_H

#include "fields.h"

#define CP_ENV_NFIELDS CREDPLUG_FIELD_COUNT
/* The options naming another variable, by field ("api_key_var", ...). */
#define CP_ENV_ROW_OPTION(f, n, ...) n "_var",
#define CP_ENV_VAR_OPTIONS           CP_FIELD_ROWS(CP_ENV_ROW_OPTION, )
/* NAME_FILE names a file holding NAME's value (unless allow_file is false). */
#define CP_ENV_FILE_SUFFIX "_FILE"

#endif
