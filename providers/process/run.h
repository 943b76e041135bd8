/*
 * Run a command without a shell and collect its output under a deadline
 * (the `process` provider's engine).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_PROCESS_RUN_H
#define CP_PROCESS_RUN_H

#include <stddef.h>
#include <stdint.h>

/* How much of stderr is kept (its tail). */
#define CP_RUN_STDERR_TAIL 4096

struct cp_run_opts {
	char *const *argv;  /* argv[0] is an absolute path */
	char *const *envp;  /* the complete environment */
	int interactive;    /* inherit stdin instead of /dev/null and stay in
	                     * the caller's process group (see cp_run) */
	size_t max_output;  /* stdout cap in bytes */
	int64_t timeout_ms; /* the whole run, spawn to reap */
};

struct cp_run_result {
	char *out; /* stdout (NUL-terminated); wiped by clear */
	size_t out_len;
	char err[CP_RUN_STDERR_TAIL]; /* last bytes of stderr */
	size_t err_len;
	int err_cut;      /* stderr was longer: err starts inside it */
	int spawn_error;  /* errno when the command could not start */
	int timed_out;    /* deadline passed: the group was killed */
	int overflow;     /* stdout exceeded max_output: killed */
	int exit_code;    /* valid when signal == 0 and !status_lost */
	int signal;       /* killing signal, 0 if it exited */
	int status_lost;  /* someone else reaped the child (SIGCHLD ignored,
	                   * or the application waits for any child): exit
	                   * status unknown, nothing was killed */
	int group_killed; /* SIGKILL went to the child's process group */
	int64_t elapsed_ms;
};

/*
 * Spawn argv in its own process group with stdout and stderr on pipes,
 * read both until the direct child exits (a grandchild holding a pipe open
 * or writing without end does not delay us), the deadline passes or stdout
 * overflows; then kill the whole group with SIGKILL and reap the child.
 * Every read loop is bounded: stderr by the deadline and a byte budget,
 * stdout by max_output (reads never block).
 * Interactive: the child stays in the caller's process group (so it may
 * read the terminal when the caller is in the foreground) and only the
 * child itself is killed; its own children are not.
 * If the child is reaped by someone else, r->status_lost is set and no
 * signal is sent to its pid or group (the pid may belong to another
 * process by then).  Returns 0, or -1 when it
 * could not start (r->spawn_error) or memory ran out (spawn_error ENOMEM).
 * Ownership: clear `r` with cp_run_result_clear() whatever the result.
 */
int cp_run(const struct cp_run_opts *o, struct cp_run_result *r);

/* Wipe and free what cp_run() collected. */
void cp_run_result_clear(struct cp_run_result *r);

#endif
