/*
 * Errors: message sizes, the context's error text and provider statuses
 * (error.c).
 */
#ifndef CREDPLUG_CORE_ERRORS_H
#define CREDPLUG_CORE_ERRORS_H

#include <stdbool.h>

#define CP_MSG_MAX   512 /* one error or provider message */
#define CP_NOTES_MAX 4
#define CP_NOTE_MAX  200
#define CP_DIAG_MAX  (2 * CP_MSG_MAX) /* as a context's errmsg */

struct credplug_ctx;

/* The one carrier of error text before a context exists (options, the
 * config, loading and creating the chain, a provider's option errors in
 * create): the first failure's status and text.  Later failures do not
 * overwrite it (curl's first-error-wins rule), so what is reported is the
 * cause, not a consequence of it.  Zero-initialised: nothing recorded. */
struct cp_diag {
	bool set;
	int status;
	char msg[CP_DIAG_MAX];
};
/* Records status and the formatted text, unless a failure is recorded
 * already; returns status either way.  Text never holds a value. */
int cp_diag_set(struct cp_diag *d, int status, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));
/* Hands a recorded failure to ctx, once, as cp_fail would have. */
void cp_diag_to_ctx(struct credplug_ctx *ctx, const struct cp_diag *d);

/* Records a formatted error on ctx and returns status. */
int cp_fail(struct credplug_ctx *ctx, int status, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));
/* The name of a provider status (CREDPLUG_PS_*), for explain. */
const char *cp_pstatus_name(int st);
/* The CREDPLUG_* status a provider status maps to. */
int cp_pstatus_to_status(int st);

#endif
