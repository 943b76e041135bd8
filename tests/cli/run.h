/*
 * Test helpers for tests/cli: run the real credplug binary as a child
 * process with a controlled environment, in a private temporary directory.
 */
#ifndef CP_TEST_CLI_RUN_H
#define CP_TEST_CLI_RUN_H

#include <stddef.h>

/* Canary secrets: must appear in no output except `headers` / `exec`. */
#define CANARY_API "CANARY-API-7f3a0001aaaa"
#define CANARY_APP "CANARY-APP-7f3a0002bbbb"
#define CANARY_PAT "CANARY-PAT-7f3a0003cccc"

#define CP_RUN_OUT_MAX 65536

struct cp_run {
	int status;               /* exit code, or 128 + signal */
	char out[CP_RUN_OUT_MAX]; /* standard output, NUL-terminated */
	char err[CP_RUN_OUT_MAX]; /* standard error */
};

/* A private directory with config.json (explicit + env chain). */
struct cp_env {
	char dir[256];
	char config[300];
	const char *extra[32]; /* "NAME=value" for the next run */
	size_t n_extra;
	char store[32][512]; /* backing storage for formatted extras */
};

int cp_env_setup(void **state);
int cp_env_teardown(void **state);
/* Overwrite config.json with `json`. */
void cp_env_config(struct cp_env *e, const char *json);
/* Add NAME=value for the following runs (value may be empty); it replaces
 * a default of the same name (PATH, HOME, CREDPLUG_CONFIG ...). */
void cp_env_set(struct cp_env *e, const char *name, const char *value);
/* Write `data` to DIR/name (mode 0600); returns the path (static buffer per
 * slot). */
const char *cp_env_file(struct cp_env *e, const char *name, const char *data);

/* Run credplug with argv (NULL-terminated, without the program name).
 * `input` (may be NULL) goes to standard input.  Bounded by 20 s. */
void cp_run(struct cp_env *e, struct cp_run *r, const char *input,
            const char *const *args);
/* Same environment and bounds, another program (an absolute path), e.g.
 * /bin/sh running a pipeline that calls CP_CLI_BIN. */
void cp_run_prog(struct cp_env *e, struct cp_run *r, const char *input,
                 const char *prog, const char *const *args);
#define CP_RUN(e, r, input, ...)                                               \
	do {                                                                   \
		const char *const args_[] = {__VA_ARGS__, NULL};               \
		cp_run((e), (r), (input), args_);                              \
	} while (0)

/* Run with stdout and stderr on a pseudo-terminal; output in r->out.
 * With `input`, stdin is the terminal too and `input` is typed at the
 * "(input hidden): " prompt. */
void cp_run_pty(struct cp_env *e, struct cp_run *r, const char *input,
                const char *const *args);

/* Assert that no canary value (or any part "CANARY") is in stdout/stderr. */
void cp_assert_no_canary(const struct cp_run *r);
/* Assert that stderr is exactly `text`. */
void cp_assert_err(const struct cp_run *r, const char *text);

#endif
