/* Staging for tests that drop privileges.
 *
 * The build tree may sit under a directory other users cannot enter
 * (/root/credplug, a `mktemp -d` parent, mode 0700): a child that drops to
 * `nobody` cannot load modules from there.  cp_stage_files copies what it
 * needs into a directory it can reach, with the owner and modes the
 * loader's whole-path checks accept (the caller's, root's when the test
 * runs as root; 0755).  The directory goes inside the test's own temporary
 * directory, so the test's teardown removes it. */
#ifndef CP_STAGE_H
#define CP_STAGE_H

/* Creates `dir` (mode 0755; its parent must exist and be reachable) and
 * copies `from`/`names[i]` into it, mode 0755, for each name of the
 * NULL-terminated list.  Returns 0, or -1 with the reason on stderr. */
int cp_stage_files(const char *dir, const char *from, const char *const *names);

#endif
