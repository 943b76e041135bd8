/* Two real users for the store race (finding 4 of issue 10): made with
 * useradd in the setup, removed in the teardown (which cmocka runs after a
 * failed case too), and the processes that race as them. */
#ifndef FP_USERS_H
#define FP_USERS_H

#include <sys/types.h>

#include "fp_helpers.h"

#define FP_VICTIM   "cpvictim_storerace"
#define FP_ATTACKER "cpattacker_storerace"

/* fp_setup plus both users (skips when not root). */
int fp_users_setup(void **state);
/* Both users removed, then fp_teardown. */
int fp_users_teardown(void **state);

/* Identity of a file, to tell whether it was replaced or rewritten. */
struct fp_snap {
	dev_t dev;
	ino_t ino;
	long long size, mtime_ns;
	char text[256];
};

struct fp_race {
	uid_t vuid, auid;
	gid_t vgid, agid;
	char shared[1024]; /* root's, 01777, like /tmp */
	char creds[1100];  /* shared/creds.json: the victim's configured path */
	char flip[1100];   /* the attacker's temporary link name */
	char real[1100];   /* the victim's credentials, 0600 */
	char target[1100]; /* another file of the victim's, 0644 */
	char mods[1100];   /* file.so staged where the victim can load it */
	struct fp_snap real_snap, target_snap;
	char want_link[1024], want_changed[1024], want_read[1024],
	        want_perm[1024];
	int stores, written, denied_link, changed, denied_read;
	int target_hit; /* store after which `target` had changed; 0: none */
	int real_hit;   /* same for `real` */
	char why[1024]; /* first other failure; empty when none */
};

/* Directories and files of the race below the fixture's directory. */
void fp_race_setup(struct fp_fix *f, struct fp_race *r);
/* Victim stores up to `stores` times or `seconds` (stopping early once
 * `target` has changed), attacker flipping; outcomes counted. */
void fp_race_run(struct fp_race *r, int stores, int seconds);

#endif
