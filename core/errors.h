/*
 * Errors: message sizes, the context's error text and provider statuses
 * (error.c).
 */
#ifndef CREDPLUG_CORE_ERRORS_H
#define CREDPLUG_CORE_ERRORS_H

#define CP_MSG_MAX   512 /* one error or provider message */
#define CP_NOTES_MAX 4
#define CP_NOTE_MAX  200

struct credplug_ctx;

/* Records a formatted error on ctx and returns status. */
int cp_fail(struct credplug_ctx *ctx, int status, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));
/* The name of a provider status (CREDPLUG_PS_*), for explain. */
const char *cp_pstatus_name(int st);
/* The CREDPLUG_* status a provider status maps to. */
int cp_pstatus_to_status(int st);

#endif
