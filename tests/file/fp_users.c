/* See fp_users.h. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "fp_users.h"

#include "cp_stage.h"
#include "cp_test.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>

#define VALUE     "CANARY-RACE-3b9e0f12"
#define REC_DONE  1000
#define REC_SETUP 1001

/* One store's outcome, victim to parent (under PIPE_BUF: one write). */
struct rec {
	int rc;
	char msg[700];
};

static int run(const char *const argv[])
{
	int st = 0;
	pid_t pid = fork();

	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);
		if (null >= 0)
			dup2(null, 1);
		execv(argv[0], (char *const *)argv);
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &st, 0) != pid)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* Retried: another useradd/userdel on the machine may hold the lock. */
static void user_del(const char *name)
{
	const char *const argv[] = {"/usr/sbin/userdel", name, NULL};

	for (int i = 0; i < 50 && getpwnam(name) != NULL; i++)
		if (run(argv) != 0)
			usleep(200000);
}

static int user_add(const char *name)
{
	const char *const argv[] = {"/usr/sbin/useradd", "-M", "-N", "-s",
	                            "/usr/sbin/nologin", name, NULL};

	user_del(name); /* left over by a killed run */
	for (int i = 0; i < 50 && getpwnam(name) == NULL; i++)
		if (run(argv) != 0)
			usleep(200000);
	return getpwnam(name) != NULL ? 0 : -1;
}

int fp_users_setup(void **state)
{
	if (fp_setup(state) != 0)
		return -1;
	if (geteuid() != 0)
		return 0; /* the case skips */
	if (user_add(FP_VICTIM) != 0 || user_add(FP_ATTACKER) != 0) {
		fprintf(stderr, "useradd %s / %s failed\n", FP_VICTIM,
		        FP_ATTACKER);
		fp_users_teardown(state);
		return -1;
	}
	return 0;
}

int fp_users_teardown(void **state)
{
	if (geteuid() == 0) {
		user_del(FP_VICTIM);
		user_del(FP_ATTACKER);
	}
	return fp_teardown(state);
}

static void snap(const char *path, struct fp_snap *s)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	ssize_t n = -1;

	memset(s, 0, sizeof(*s));
	if (fd >= 0 && fstat(fd, &st) == 0) {
		s->dev = st.st_dev;
		s->ino = st.st_ino;
		s->size = (long long)st.st_size;
		s->mtime_ns = (long long)st.st_mtim.tv_sec * 1000000000 +
		              st.st_mtim.tv_nsec;
		n = read(fd, s->text, sizeof(s->text) - 1);
	}
	if (n < 0)
		snprintf(s->text, sizeof(s->text), "<unreadable>");
	if (fd >= 0)
		close(fd);
}

static int same(const char *path, const struct fp_snap *want)
{
	struct fp_snap now;

	snap(path, &now);
	return now.dev == want->dev && now.ino == want->ino &&
	       now.size == want->size && now.mtime_ns == want->mtime_ns &&
	       strcmp(now.text, want->text) == 0;
}

static void put_file(const char *path, const char *text, unsigned mode,
                     uid_t uid, gid_t gid)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	assert_int_equal(fputs(text, fp) >= 0, 1);
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(chmod(path, mode), 0);
	assert_int_equal(chown(path, uid, gid), 0);
}

static void wants(struct fp_race *r)
{
	static const char pre[] = "provider \"file\" could not store api_key: ";
	const char *c = r->creds;

	snprintf(r->want_link, sizeof(r->want_link),
	         "%srefusing to write %s: symlink %s: owned by uid %u, neither "
	         "root nor the current user (uid %u); remove it or run: chown "
	         "-h %u %s",
	         pre, c, c, (unsigned)r->auid, (unsigned)r->vuid,
	         (unsigned)r->vuid, c);
	snprintf(r->want_changed, sizeof(r->want_changed),
	         "%s%s changed while it was being updated; nothing was "
	         "written; try again",
	         pre, c);
	/* the read went through the link to the 0644 file */
	snprintf(r->want_read, sizeof(r->want_read),
	         "%s%s: permissions 0644 are too open (other users can access "
	         "it); run: chmod 600 %s",
	         pre, c, c);
	/* fs.protected_symlinks=1 stops the read at the link */
	snprintf(r->want_perm, sizeof(r->want_perm),
	         "%s%s: permission denied; check the file's owner and mode (ls "
	         "-l %s)",
	         pre, c, c);
}

static const char *const mods[] = {"file.so", NULL};

void fp_race_setup(struct fp_fix *f, struct fp_race *r)
{
	const struct passwd *pw;
	char home[1100];

	memset(r, 0, sizeof(*r));
	assert_non_null(pw = getpwnam(FP_VICTIM)); /* static: copy at once */
	r->vuid = pw->pw_uid;
	r->vgid = pw->pw_gid;
	assert_non_null(pw = getpwnam(FP_ATTACKER));
	r->auid = pw->pw_uid;
	r->agid = pw->pw_gid;
	assert_true(r->vuid != r->auid && r->vuid != 0 && r->auid != 0);
	assert_int_equal(chmod(f->dir, 0755), 0);
	snprintf(r->shared, sizeof(r->shared), "%s/shared", f->dir);
	assert_int_equal(mkdir(r->shared, 0700), 0);
	assert_int_equal(chmod(r->shared, 01777), 0);
	snprintf(home, sizeof(home), "%s/home", f->dir);
	assert_int_equal(mkdir(home, 0700), 0);
	assert_int_equal(chown(home, r->vuid, r->vgid), 0);
	snprintf(r->creds, sizeof(r->creds), "%s/creds.json", r->shared);
	snprintf(r->flip, sizeof(r->flip), "%s/.flip", r->shared);
	snprintf(r->real, sizeof(r->real), "%s/real.json", home);
	snprintf(r->target, sizeof(r->target), "%s/profile.rc", home);
	put_file(r->real, "{\"default\": {\"site\": \"datadoghq.eu\"}}", 0600,
	         r->vuid, r->vgid);
	put_file(r->target, "export PATH=/usr/bin:/bin\n", 0644, r->vuid,
	         r->vgid);
	snap(r->real, &r->real_snap);
	snap(r->target, &r->target_snap);
	/* the build tree may be where the victim cannot go (a 0700 parent) */
	snprintf(r->mods, sizeof(r->mods), "%s/mods", f->dir);
	assert_int_equal(cp_stage_files(r->mods, CP_TEST_PROVIDER_DIR, mods),
	                 0);
	wants(r);
}

static void drop_to(uid_t uid, gid_t gid)
{
	if (setgroups(0, NULL) != 0 || setgid(gid) != 0 || setuid(uid) != 0 ||
	    getuid() != uid || geteuid() != uid)
		_exit(101);
}

static void flip_to(const struct fp_race *r, const char *to)
{
	unlink(r->flip);
	if (symlink(to, r->flip) == 0 && rename(r->flip, r->creds) != 0)
		unlink(r->flip);
}

/* Points the victim's path at its credentials, then at the other file,
 * then at nothing, as fast as it can; killed by the parent. */
static void attacker(const struct fp_race *r, int seconds)
{
	drop_to(r->auid, r->agid);
	alarm((unsigned)seconds * 3 + 30); /* never outlives a stuck parent */
	for (;;) {
		flip_to(r, r->real);
		flip_to(r, r->target);
		unlink(r->creds);
	}
}

static void victim(const struct fp_race *r, int out, int in, int stores,
                   int seconds)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx = NULL;
	struct rec rec = {0};
	char json[1400], c;
	time_t end = time(NULL) + seconds;

	drop_to(r->vuid, r->vgid);
	snprintf(json, sizeof(json),
	         "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	         r->creds);
	o.config_json = json;
	o.provider_dir = r->mods;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.errbuf = rec.msg;
	o.errbuf_len = sizeof(rec.msg);
	if (credplug_ctx_new(&ctx, &o) != CREDPLUG_OK) {
		rec.rc = REC_SETUP;
		(void)!write(out, &rec, sizeof(rec));
		_exit(0);
	}
	for (int i = 0; i < stores && time(NULL) < end; i++) {
		rec.rc = credplug_store(ctx, "file", NULL, CREDPLUG_API_KEY,
		                        VALUE);
		snprintf(rec.msg, sizeof(rec.msg), "%s",
		         rec.rc != CREDPLUG_OK ? credplug_errmsg(ctx) : "");
		if (write(out, &rec, sizeof(rec)) != (ssize_t)sizeof(rec) ||
		    read(in, &c, 1) != 1)
			_exit(0);
	}
	rec.rc = REC_DONE;
	(void)!write(out, &rec, sizeof(rec));
	_exit(0);
}

/* A store that succeeded made a new file of the victim's at the path,
 * holding only what was stored (nothing read through the link). */
static int check_written(const struct fp_race *r)
{
	struct json_object *root, *p, *v;
	struct stat st;
	int ok;

	if (lstat(r->creds, &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_uid != r->vuid || (st.st_mode & 07777) != 0600)
		return 0;
	root = json_object_from_file(r->creds);
	ok = root != NULL && json_object_object_length(root) == 1 &&
	     json_object_object_get_ex(root, "default", &p) &&
	     json_object_object_length(p) == 1 &&
	     json_object_object_get_ex(p, "api_key", &v) &&
	     strcmp(json_object_get_string(v), VALUE) == 0;
	json_object_put(root);
	return ok;
}

static void note(struct fp_race *r, const struct rec *rec, const char *what)
{
	if (r->why[0] == '\0')
		snprintf(r->why, sizeof(r->why),
		         "store %d: unexpected result %d: %s", r->stores,
		         rec->rc, what);
}

/* Classify one outcome.  Only the other file being replaced stops the
 * race (it is the finding); anything else wrong is noted and it goes on. */
static void judge(struct fp_race *r, const struct rec *rec)
{
	const char *m = rec->msg;
	int eq_link = strcmp(m, r->want_link) == 0;
	int eq_read =
	        strcmp(m, r->want_read) == 0 || strcmp(m, r->want_perm) == 0;
	struct stat st;

	if (!same(r->target, &r->target_snap)) {
		r->target_hit = r->stores;
		return;
	}
	if (r->real_hit == 0 && !same(r->real, &r->real_snap))
		r->real_hit = r->stores;
	if (rec->rc == CREDPLUG_OK && check_written(r))
		r->written++;
	else if (rec->rc == CREDPLUG_OK)
		note(r, rec, "(not a new file holding only the stored value)");
	else if (rec->rc == CREDPLUG_EDENIED && (eq_link || eq_read))
		*(eq_link ? &r->denied_link : &r->denied_read) += 1;
	else if (rec->rc == CREDPLUG_EUNAVAILABLE &&
	         strcmp(m, r->want_changed) == 0)
		r->changed++;
	else
		note(r, rec, m);
	/* a file of the victim's now holds the name: remove it, race again */
	if (lstat(r->creds, &st) == 0 && S_ISREG(st.st_mode))
		unlink(r->creds);
}

static int read_full(int fd, void *buf, size_t n)
{
	char *p = buf;

	while (n > 0) {
		ssize_t k = read(fd, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

static void collect(struct fp_race *r, int in, int out)
{
	struct rec rec;

	while (r->target_hit == 0) {
		if (read_full(in, &rec, sizeof(rec)) != 0) {
			snprintf(r->why, sizeof(r->why),
			         "the victim process ended early");
			break;
		}
		if (rec.rc == REC_DONE)
			break;
		if (rec.rc == REC_SETUP) {
			snprintf(r->why, sizeof(r->why),
			         "victim: credplug_ctx_new: %s", rec.msg);
			break;
		}
		r->stores++;
		judge(r, &rec);
		if (write(out, "k", 1) != 1)
			break;
	}
}

void fp_race_run(struct fp_race *r, int stores, int seconds)
{
	int res[2], ack[2];
	pid_t a, v;

	assert_int_equal(pipe(res), 0);
	assert_int_equal(pipe(ack), 0);
	signal(SIGPIPE, SIG_IGN);
	a = fork();
	if (a == 0)
		attacker(r, seconds);
	assert_true(a > 0);
	v = fork();
	if (v == 0) {
		close(res[0]);
		close(ack[1]);
		victim(r, res[1], ack[0], stores, seconds);
	}
	close(res[1]);
	close(ack[0]);
	if (v > 0)
		collect(r, res[0], ack[1]);
	close(res[0]);
	close(ack[1]);
	kill(a, SIGKILL);
	waitpid(a, NULL, 0);
	if (v > 0) {
		kill(v, SIGKILL);
		waitpid(v, NULL, 0);
	}
	assert_true(v > 0);
}
