/* Issue 10, finding 4: store/erase through a name someone else can swap.
 * Cases of the file_store program (registered in test_file_store.c).
 *
 * sec04_symlink_race runs two real users made here with useradd: the
 * attacker flips a symlink in a sticky world-writable directory between the
 * victim's credentials file and another file of the victim's while the
 * victim stores, 5000 times or for 10 s.  The other cases pin the exact
 * refusals, and one swaps the file between the read and the write with a
 * hook on read(2) (the only way to land a swap at that point every time). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "cp_test.h"

#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fp_helpers.h"
#include "fp_users.h"
#include "store_sec04.h"

#define VALUE "CANARY-SEC04-77d0c1aa"

/* ---- hook: rename `from` over `to` when `ino` is first read ---------- */

static struct {
	int armed;
	dev_t dev;
	ino_t ino;
	char from[FP_MAX_PATH * 2], to[FP_MAX_PATH * 2];
} hook;

/* Exported, so that libcredplug's call to read() lands here. */
__attribute__((visibility("default"))) ssize_t read(int fd, void *buf,
                                                    size_t n);
ssize_t read(int fd, void *buf, size_t n)
{
	static ssize_t (*real_read)(int, void *, size_t);
	struct stat st;

	if (real_read == NULL)
		*(void **)&real_read = dlsym(RTLD_NEXT, "read");
	if (__atomic_load_n(&hook.armed, __ATOMIC_SEQ_CST) &&
	    fstat(fd, &st) == 0 && st.st_dev == hook.dev &&
	    st.st_ino == hook.ino) {
		__atomic_store_n(&hook.armed, 0, __ATOMIC_SEQ_CST);
		if (rename(hook.from, hook.to) != 0)
			abort();
	}
	return real_read(fd, buf, n);
}

/* ---- helpers ---------------------------------------------------------- */

static const char *cfg(struct fp_fix *f, const char *rel)
{
	static char json[FP_MAX_PATH * 3];

	snprintf(json, sizeof(json),
	         "{\"providers\": [{\"use\": \"file\", \"path\": \"%s\"}]}",
	         fp_path(f, rel));
	return json;
}

static void expect_msg(struct fp_fix *f, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));
static void expect_msg(struct fp_fix *f, const char *fmt, ...)
{
	char want[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(want, sizeof(want), fmt, ap);
	va_end(ap);
	assert_string_equal(credplug_errmsg(f->ctx), want);
	fp_assert_absent(credplug_errmsg(f->ctx), "CANARY");
}

static int entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL)
		n += strcmp(e->d_name, ".") != 0 &&
		     strcmp(e->d_name, "..") != 0;
	closedir(d);
	return n;
}

/* ---- deterministic cases ---------------------------------------------- */

/* Another user's symlink at the path, in a sticky directory: refused by
 * store and by erase, the file it points to untouched. */
void sec04_foreign_symlink_refused(void **state)
{
	struct fp_fix *f = *state;
	const char *doc = "{\"default\": {\"api_key\": \"OLD-KEY-0001\"}}";
	char link[FP_MAX_PATH * 2], tgt[FP_MAX_PATH * 2];

	if (geteuid() != 0)
		skip(); /* gives the link to another uid */
	snprintf(link, sizeof(link), "%s", fp_path(f, "shared/c.json"));
	snprintf(tgt, sizeof(tgt), "%s", fp_path(f, "target.json"));
	fp_mkdir(f, "shared", 0700);
	assert_int_equal(chmod(fp_path(f, "shared"), 01777), 0);
	fp_write(f, "target.json", doc, 0600);
	fp_symlink(f, tgt, "shared/c.json");
	assert_int_equal(lchown(link, 12345, 12345), 0);
	fp_ctx(f, "%s", cfg(f, "shared/c.json"));
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, VALUE),
	        CREDPLUG_EDENIED);
	expect_msg(f,
	           "provider \"file\" could not store api_key: refusing to "
	           "write %s: symlink %s: owned by uid 12345, neither root nor "
	           "the current user (uid 0); remove it or run: chown -h 0 %s",
	           link, link, link);
	assert_int_equal(credplug_erase(f->ctx, "file", NULL, CREDPLUG_API_KEY),
	                 CREDPLUG_EDENIED);
	expect_msg(f,
	           "provider \"file\" could not erase api_key: refusing to "
	           "write %s: symlink %s: owned by uid 12345, neither root nor "
	           "the current user (uid 0); remove it or run: chown -h 0 %s",
	           link, link, link);
	fp_assert_file(tgt, doc);
	assert_int_equal(entries(f->dir), 2); /* shared, target.json */
}

/* A directory on the way that others could change: refused with the fix,
 * whichever ancestor it is.  Sticky is fine (others cannot replace our
 * names there). */
void sec04_unsafe_directory_refused(void **state)
{
	struct fp_fix *f = *state;
	const char *doc = "{\"default\": {\"site\": \"datadoghq.eu\"}}";
	char g[FP_MAX_PATH * 2], p[FP_MAX_PATH * 2];
	static const char *const pre =
	        "provider \"file\" could not store api_key: refusing to write";

	if (geteuid() != 0)
		skip(); /* gives the directory to another uid */
	snprintf(g, sizeof(g), "%s", fp_path(f, "g"));
	snprintf(p, sizeof(p), "%s", fp_path(f, "g/sub/c.json"));
	fp_write(f, "g/sub/c.json", doc, 0600);
	fp_ctx(f, "%s", cfg(f, "g/sub/c.json"));
	assert_int_equal(chmod(g, 0770), 0);
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, VALUE),
	        CREDPLUG_EDENIED);
	expect_msg(f,
	           "%s %s: directory %s: writable by its group (mode 0770); "
	           "run: chmod go-w %s",
	           pre, p, g, g);
	assert_int_equal(chmod(g, 0777), 0);
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, VALUE),
	        CREDPLUG_EDENIED);
	expect_msg(f,
	           "%s %s: directory %s: writable by other users (mode 0777); "
	           "run: chmod go-w %s",
	           pre, p, g, g);
	assert_int_equal(chmod(g, 0700), 0);
	assert_int_equal(chown(g, 12345, 12345), 0);
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, VALUE),
	        CREDPLUG_EDENIED);
	expect_msg(f,
	           "%s %s: directory %s: owned by uid 12345, neither root nor "
	           "the current user (uid 0); run: chown 0 %s",
	           pre, p, g, g);
	fp_assert_file(p, doc);
	assert_int_equal(chown(g, 0, 0), 0);
	assert_int_equal(chmod(g, 01777), 0);
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, VALUE),
	        CREDPLUG_OK);
}

/* The file is replaced between the read and the write (as a concurrent
 * writer would): nothing is written, the newer file stays, and the next
 * store builds on it. */
void sec04_replaced_after_read_refused(void **state)
{
	struct fp_fix *f = *state;
	const char *newer = "{\"staging\": {\"site\": \"us5.datadoghq.com\"}}";
	const char *p;
	struct stat st;

	fp_write(f, "d/c.json", "{\"default\": {\"site\": \"datadoghq.eu\"}}",
	         0600);
	fp_write(f, "c.newer", newer, 0600);
	p = fp_path(f, "d/c.json");
	assert_int_equal(stat(p, &st), 0);
	hook.dev = st.st_dev;
	hook.ino = st.st_ino;
	snprintf(hook.from, sizeof(hook.from), "%s", fp_path(f, "c.newer"));
	snprintf(hook.to, sizeof(hook.to), "%s", p);
	fp_ctx(f, "%s", cfg(f, "d/c.json"));
	__atomic_store_n(&hook.armed, 1, __ATOMIC_SEQ_CST);
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, VALUE),
	        CREDPLUG_EUNAVAILABLE);
	assert_int_equal(hook.armed, 0); /* the swap did happen */
	p = fp_path(f, "d/c.json");
	expect_msg(f,
	           "provider \"file\" could not store api_key: %s changed "
	           "while it was being updated; nothing was written; try "
	           "again",
	           p);
	fp_assert_file(p, newer);
	assert_int_equal(entries(fp_path(f, "d")), 1); /* no temp file left */
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, VALUE),
	        CREDPLUG_OK);
	fp_assert_json(fp_path(f, "d/c.json"), "staging", "site",
	               "us5.datadoghq.com");
	fp_assert_json(fp_path(f, "d/c.json"), "default", "api_key", VALUE);
}

/* The name becomes a symlink (one that passes every check: ours) to
 * another file between the read and the write: that file is not the one
 * read, so it is left alone. */
void sec04_swapped_to_link_refused(void **state)
{
	struct fp_fix *f = *state;
	const char *other = "{\"_note\": \"another file, not to be replaced\"}";
	char p[FP_MAX_PATH * 2], o[FP_MAX_PATH * 2];
	struct stat st;

	snprintf(p, sizeof(p), "%s", fp_path(f, "c.json"));
	snprintf(o, sizeof(o), "%s", fp_path(f, "other.json"));
	fp_write(f, "c.json", "{\"default\": {\"site\": \"datadoghq.eu\"}}",
	         0600);
	fp_write(f, "other.json", other, 0600);
	fp_symlink(f, o, "c.link");
	assert_int_equal(stat(p, &st), 0);
	hook.dev = st.st_dev;
	hook.ino = st.st_ino;
	snprintf(hook.from, sizeof(hook.from), "%s", fp_path(f, "c.link"));
	snprintf(hook.to, sizeof(hook.to), "%s", p);
	fp_ctx(f, "%s", cfg(f, "c.json"));
	__atomic_store_n(&hook.armed, 1, __ATOMIC_SEQ_CST);
	assert_int_equal(
	        credplug_store(f->ctx, "file", NULL, CREDPLUG_API_KEY, VALUE),
	        CREDPLUG_EUNAVAILABLE);
	assert_int_equal(hook.armed, 0);
	expect_msg(f,
	           "provider \"file\" could not store api_key: %s changed "
	           "while it was being updated; nothing was written; try "
	           "again",
	           p);
	fp_assert_file(o, other);
	assert_int_equal(lstat(p, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_int_equal(entries(f->dir), 2); /* c.json (the link), other */
}

/* ---- two users racing ------------------------------------------------- */

void sec04_symlink_race(void **state)
{
	struct fp_fix *f = *state;
	struct fp_race r;

	if (geteuid() != 0)
		skip(); /* makes users */
	fp_race_setup(f, &r);
	fp_race_run(&r, 5000, 10);
	print_message("sec04 race: %d stores: %d written, %d refused "
	              "(foreign symlink), %d refused (changed), %d refused "
	              "(read through the link)\n",
	              r.stores, r.written, r.denied_link, r.changed,
	              r.denied_read);
	if (r.target_hit != 0)
		fail_msg("store %d replaced or rewrote %s, another file of the "
		         "victim's",
		         r.target_hit, r.target);
	if (r.real_hit != 0)
		fail_msg("store %d wrote %s through the attacker's link",
		         r.real_hit, r.real);
	if (r.why[0] != '\0')
		fail_msg("%s", r.why);
	assert_int_equal(r.stores,
	                 r.written + r.denied_link + r.changed + r.denied_read);
	assert_true(r.stores > 0);
}
