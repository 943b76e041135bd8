/*
 * The configuration document: where it is found, how it is read, and the
 * checks on its top-level keys.  Provider entries are checked in ctx.c,
 * once their modules say which options they accept.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "config.h"
#include "ctx.h"
#include "json_wipe.h"
#include "memory.h"
#include "origin.h"
#include "strict_json.h"

#define CONFIG_MAX (1024 * 1024)

static const char *const top_keys[] = {"site",   "allowed_origins", "providers",
                                       "strict", "timeout_ms",      NULL};

/* Where a key is written: the first `"key"` in the text (json-c keeps no
 * positions for parsed values, so this is a best effort). */
static void key_where(const char *text, const char *key, size_t *line,
                      size_t *col)
{
	char pat[80];
	const char *p;

	snprintf(pat, sizeof(pat), "\"%s\"", key);
	p = text ? strstr(text, pat) : NULL;
	if (p == NULL) {
		*line = *col = 0;
		return;
	}
	cp_json_position(text, strlen(text), (size_t)(p - text), line, col);
}

/* "file:line:col: " or "file: " into `buf`. */
void cp_config_at(const struct cp_config_src *src, const char *key, char *buf,
                  size_t cap)
{
	size_t line = 0, col = 0;

	if (key != NULL)
		key_where(src->text, key, &line, &col);
	if (line > 0)
		snprintf(buf, cap, "%s:%zu:%zu", src->name, line, col);
	else
		snprintf(buf, cap, "%s", src->name);
}

/* Opens `path` as a config: a regular file of at most 1 MiB that nobody
 * but its owner (us or root) can change.  Returns the descriptor, or a
 * negative status recorded in `d`.  A missing file is a config error too:
 * it was named, or found a moment ago. */
static int open_config(const char *path, struct stat *st, struct cp_diag *d)
{
	/* O_NONBLOCK: opening a FIFO for reading would wait for a writer.
	 * The type is checked first, then the flag cleared for the read. */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	int rc;

	if (fd < 0)
		return cp_diag_set(d, CREDPLUG_ECONFIG,
		                   "%s: cannot open config: %s", path,
		                   strerror(errno));
	if (fstat(fd, st) != 0 || !S_ISREG(st->st_mode) ||
	    st->st_size > CONFIG_MAX) {
		rc = cp_diag_set(d, CREDPLUG_ECONFIG,
		                 "%s: not a regular file of at most 1 MiB",
		                 path);
	} else if ((st->st_uid != 0 && st->st_uid != geteuid()) ||
	           (st->st_mode & 022)) {
		/* The config names modules and commands to run. */
		rc = cp_diag_set(
		        d, CREDPLUG_EDENIED,
		        "%s: config is writable by another user (owner "
		        "uid %u, mode %04o); run: chmod go-w %s (and "
		        "chown it to yourself or root)",
		        path, (unsigned)st->st_uid,
		        (unsigned)(st->st_mode & 07777), path);
	} else if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0) {
		rc = cp_diag_set(d, CREDPLUG_ECONFIG,
		                 "%s: cannot open config: %s", path,
		                 strerror(errno));
	} else {
		return fd;
	}
	close(fd);
	return rc;
}

static int read_config(const char *path, struct cp_config_src *src,
                       struct cp_diag *d)
{
	struct stat st;
	char *buf;
	ssize_t n;
	int fd = open_config(path, &st, d);

	if (fd < 0)
		return fd;
	src->mode = (unsigned)(st.st_mode & 07777);
	buf = malloc((size_t)st.st_size + 1);
	if (buf == NULL) {
		close(fd);
		return CREDPLUG_ENOMEM;
	}
	n = read(fd, buf, (size_t)st.st_size);
	close(fd);
	if (n < 0) {
		int e = errno;

		explicit_bzero(buf, (size_t)st.st_size + 1);
		free(buf);
		return cp_diag_set(d, CREDPLUG_ECONFIG, "%s: read failed: %s",
		                   path, strerror(e));
	}
	buf[n] = '\0';
	src->text = buf;
	src->len = (size_t)n;
	return CREDPLUG_OK;
}

/* The text through the strict reader; "name:line:col: why" on failure. */
static int parse_text(struct cp_config_src *src, struct json_object **out,
                      struct cp_diag *d)
{
	struct cp_json_error e;
	const char *why;
	int rc = cp_json_read(src->text, src->len, NULL, out, &e);

	if (rc == CP_JSON_OK)
		return CREDPLUG_OK;
	if (rc == CP_JSON_NOMEM)
		return CREDPLUG_ENOMEM;
	if (rc == CP_JSON_TRAILING)
		why = "unexpected text after the document";
	else if (rc == CP_JSON_NUL)
		why = "NUL byte (a config is JSON text)";
	else if (rc == CP_JSON_SYNTAX)
		why = e.why;
	else
		why = "unexpected end of input"; /* empty, truncated */
	return cp_diag_set(d, CREDPLUG_ECONFIG, "%s:%zu:%zu: %s", src->name,
	                   e.line, e.col, why);
}

/* Finds the document: explicit text, explicit path, CREDPLUG_CONFIG, XDG,
 * /etc.  `src->text` is NULL when there is none (default chain). */
static int locate(const struct credplug_options *o, uint32_t flags,
                  struct cp_config_src *src, struct cp_diag *d)
{
	const char *env, *home;
	char path[4096];

	if (o != NULL && o->config_json != NULL) {
		src->name = "config_json";
		src->source = "options";
		src->text = strdup(o->config_json);
		src->len = src->text ? strlen(src->text) : 0;
		return src->text ? CREDPLUG_OK : CREDPLUG_ENOMEM;
	}
	if (o != NULL && o->config_path != NULL) {
		src->source = "options";
		snprintf(src->path, sizeof(src->path), "%s", o->config_path);
	} else if (flags & CREDPLUG_FLAG_NO_CONFIG_FILE) {
		return CREDPLUG_OK;
	} else if ((env = secure_getenv("CREDPLUG_CONFIG")) != NULL && env[0]) {
		src->source = "CREDPLUG_CONFIG";
		snprintf(src->path, sizeof(src->path), "%s", env);
	} else {
		env = secure_getenv("XDG_CONFIG_HOME");
		home = secure_getenv("HOME");
		path[0] = '\0';
		if (env != NULL && env[0] == '/')
			snprintf(path, sizeof(path), "%s/credplug/config.json",
			         env);
		else if (home != NULL && home[0] == '/')
			snprintf(path, sizeof(path),
			         "%s/.config/credplug/config.json", home);
		if (path[0] != '\0' && access(path, F_OK) == 0) {
			src->source = "xdg";
			snprintf(src->path, sizeof(src->path), "%s", path);
		} else if (access("/etc/credplug/config.json", F_OK) == 0) {
			src->source = "etc";
			snprintf(src->path, sizeof(src->path),
			         "/etc/credplug/config.json");
		} else {
			return CREDPLUG_OK;
		}
	}
	src->name = src->path;
	return read_config(src->path, src, d);
}

static bool in_list(const char *const *list, const char *key)
{
	for (; *list != NULL; list++)
		if (strcmp(*list, key) == 0)
			return true;
	return false;
}

static int bad(const struct cp_config_src *src, const char *key,
               struct cp_diag *d, const char *what)
{
	char at[4200];

	cp_config_at(src, key, at, sizeof(at));
	return cp_diag_set(d, CREDPLUG_ECONFIG, "%s: /%s: %s", at, key, what);
}

static int check_top(const struct cp_config_src *src, struct json_object *doc,
                     struct cp_diag *d)
{
	if (!json_object_is_type(doc, json_type_object))
		return cp_diag_set(d, CREDPLUG_ECONFIG,
		                   "%s: the config must be a JSON object",
		                   src->name);
	json_object_object_foreach(doc, key, val)
	{
		json_type t = json_object_get_type(val);

		if (!in_list(top_keys, key))
			return bad(
			        src, key, d,
			        "unknown key (expected site, allowed_origins, "
			        "providers, strict, timeout_ms)");
		if (strcmp(key, "site") == 0 &&
		    (t != json_type_string ||
		     !cp_site_valid(json_object_get_string(val),
		                    (size_t)json_object_get_string_len(val))))
			return bad(src, key, d,
			           "expected a host name such as "
			           "\"datadoghq.eu\"");
		if ((strcmp(key, "allowed_origins") == 0 ||
		     strcmp(key, "providers") == 0) &&
		    t != json_type_array)
			return bad(src, key, d, "expected an array");
		if (strcmp(key, "strict") == 0 && t != json_type_boolean)
			return bad(src, key, d, "expected true or false");
		if (strcmp(key, "timeout_ms") == 0 &&
		    (t != json_type_int || json_object_get_int64(val) < 1 ||
		     json_object_get_int64(val) > 600000))
			return bad(src, key, d,
			           "expected an integer from 1 to 600000");
	}
	return CREDPLUG_OK;
}

static int load_origins(struct credplug_ctx *ctx,
                        const struct cp_config_src *src,
                        struct json_object *arr, struct cp_diag *d)
{
	for (size_t i = 0; arr != NULL && i < json_object_array_length(arr);
	     i++) {
		struct json_object *v = json_object_array_get_idx(arr, i);
		struct cp_origin o;
		const char *why = "expected a string";
		char what[300];

		if (!json_object_is_type(v, json_type_string) ||
		    cp_origin_parse(&o, json_object_get_string(v), true,
		                    &why) != 0) {
			snprintf(what, sizeof(what),
			         "entry %zu: %s (e.g. "
			         "\"https://*.example.internal\" or "
			         "\"http://127.0.0.1:8126\")",
			         i, why);
			return bad(src, "allowed_origins", d, what);
		}
		if (cp_origins_add(&ctx->alloc, &ctx->origins, &o) !=
		    CREDPLUG_OK)
			return CREDPLUG_ENOMEM;
	}
	return CREDPLUG_OK;
}

int cp_config_load(struct credplug_ctx *ctx, const struct credplug_options *o,
                   struct cp_config_src *src, struct json_object **doc_out,
                   struct cp_diag *d)
{
	struct json_object *doc = NULL, *v;
	int rc;

	src->source = "default";
	rc = locate(o, ctx->flags, src, d);
	if (rc != CREDPLUG_OK || src->text == NULL)
		return rc;
	rc = parse_text(src, &doc, d);
	if (rc == CREDPLUG_OK)
		rc = check_top(src, doc, d);
	if (rc == CREDPLUG_OK &&
	    json_object_object_get_ex(doc, "allowed_origins", &v))
		rc = load_origins(ctx, src, v, d);
	if (rc == CREDPLUG_OK && json_object_object_get_ex(doc, "site", &v) &&
	    (ctx->config_site =
	             cp_strdup(&ctx->alloc, json_object_get_string(v))) == NULL)
		rc = CREDPLUG_ENOMEM;
	if (rc == CREDPLUG_OK && json_object_object_get_ex(doc, "strict", &v) &&
	    json_object_get_boolean(v))
		ctx->flags |= CREDPLUG_FLAG_STRICT;
	if (rc == CREDPLUG_OK &&
	    json_object_object_get_ex(doc, "timeout_ms", &v))
		ctx->default_timeout_ms = (uint32_t)json_object_get_int64(v);
	if (rc != CREDPLUG_OK) {
		cp_json_put_wiped(doc);
		return rc;
	}
	*doc_out = doc;
	return CREDPLUG_OK;
}
