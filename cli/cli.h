/*
 * credplug(1) — shared declarations of the command-line tool.
 *
 * The tool is a thin client of the public API: every subcommand opens a
 * context, asks the library, prints, and maps the status to an exit code.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_CLI_H
#define CP_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <json-c/json.h>

#include "credplug/credplug.h"
#include "credplug/sink.h"
#include "fields.h"

/** Exit codes (documented in --help, credplug(1) and docs/cli.md). */
enum cp_exit {
	CP_EXIT_OK = 0,     /* success */
	CP_EXIT_FAIL = 1,   /* generic failure */
	CP_EXIT_USAGE = 2,  /* bad command line */
	CP_EXIT_NOCRED = 3, /* no credential satisfies the endpoint */
	CP_EXIT_CONFIG = 4, /* configuration or permission error */
	CP_EXIT_DEST = 5 /* destination refused (URL not an allowed origin) */
};

/** Global state shared by every subcommand. */
struct cp_cli {
	const char *cmd;     /* subcommand name, for messages */
	const char *config;  /* --config PATH */
	const char *profile; /* --profile P */
	int json;            /* --json */
	int no_color;        /* --no-color */
	int color_out;       /* colour on stdout (decided once) */
	int color_err;       /* colour on stderr */
};

/* Long-option ids.  Subcommand-local ids start at CP_OPT_LOCAL. */
enum {
	CP_OPT_CONFIG = 0x100,
	CP_OPT_PROFILE,
	CP_OPT_JSON,
	CP_OPT_NO_COLOR,
	CP_OPT_LOCAL = 0x200
};

/* Every subcommand accepts the global options after its name too. */
#define CP_CLI_GLOBAL_OPTIONS                                                  \
	{"config", required_argument, NULL, CP_OPT_CONFIG},                    \
	        {"profile", required_argument, NULL, CP_OPT_PROFILE},          \
	        {"json", no_argument, NULL, CP_OPT_JSON},                      \
	        {"no-color", no_argument, NULL, CP_OPT_NO_COLOR},              \
	{                                                                      \
		"help", no_argument, NULL, 'h'                                 \
	}

/* Returned by cp_cli_global_opt() when parsing should go on. */
#define CP_CLI_CONTINUE (-1)

/* One subcommand: name, entry point, one-line summary, --help text. */
struct cp_command {
	const char *name;
	int (*run)(struct cp_cli *cli, int argc, char **argv);
	const char *summary;
	const char *help;
};

/* ---- main.c ------------------------------------------------------------ */
int cp_cli_global_opt(struct cp_cli *cli, int c, const char *arg,
                      const char *help);
int cp_cli_usage_error(const struct cp_cli *cli, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));
int cp_cli_exit_code(int status);
int cp_cli_open(struct cp_cli *cli, uint32_t flags, struct credplug_ctx **out);
int cp_cli_fail(const struct cp_cli *cli, const struct credplug_ctx *ctx,
                int status, const char *what);
void cp_cli_reset_getopt(void);
int cp_cli_parse_simple(struct cp_cli *cli, int argc, char **argv,
                        const char *help);

/* ---- term.c ------------------------------------------------------------ */
void cp_term_init(struct cp_cli *cli);
void cp_term_err(const struct cp_cli *cli, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));
void cp_term_warn(const struct cp_cli *cli, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));
const char *cp_term_color(int on, const char *sgr);
int cp_term_read_hidden(const char *prompt, char *buf, size_t cap, size_t *len);

/* ---- secret.c: values from files, stdin or a prompt -------------------- */
/* Buffer large enough for any value plus "\r\n" and a NUL. */
#define CP_SECRET_CAP (CREDPLUG_VALUE_MAX + 3)
int cp_secret_read_file(const struct cp_cli *cli, const char *what,
                        const char *path, char *buf, size_t cap, size_t *len);
int cp_secret_read_input(const struct cp_cli *cli, const char *what, char *buf,
                         size_t cap, size_t *len);

/* ---- apply.c: shared by headers, exec and doctor ------------------------ */
struct cp_apply_opts {
	const char *auth; /* --auth LIST, or NULL for every credential */
	const char *url;  /* --url URL, or NULL for https://api.<site>/ */
	/* by field: --<option>-file of each secret field (fields.h) */
	const char *files[CREDPLUG_FIELD_COUNT];
	bool strict; /* --strict: no satisfied alternative is exit 3 */
};
enum {
	CP_OPT_AUTH = CP_OPT_LOCAL + 0x40,
	CP_OPT_URL,
	CP_OPT_STRICT,
	CP_OPT_FILE, /* + field: --<option>-file */
	CP_OPT_FILE_END = CP_OPT_FILE + CREDPLUG_FIELD_COUNT
};
/* --api-key-file ...: one per secret field of the field table. */
#define CP_CLI_ROW_FILE_OPTION(f, n, e, h, p, a, s, t, o, ...)                 \
	CP_FIELD_IF_##s(                                                       \
	        {o "-file", required_argument, NULL, CP_OPT_FILE + (f)}, )
#define CP_CLI_APPLY_OPTIONS                                                   \
	{"auth", required_argument, NULL, CP_OPT_AUTH},                        \
	        {"url", required_argument, NULL, CP_OPT_URL},                  \
	        CP_FIELD_ROWS(CP_CLI_ROW_FILE_OPTION, )                        \
	{                                                                      \
		"strict", no_argument, NULL, CP_OPT_STRICT                     \
	}
int cp_apply_opt(struct cp_apply_opts *o, int c, const char *arg);
int cp_apply_parse_auth(const struct cp_cli *cli, const char *list,
                        uint32_t *mask);
int cp_apply_prepare(struct cp_cli *cli, const struct cp_apply_opts *o,
                     struct credplug_ctx **ctx);
int cp_apply_default_url(const struct cp_cli *cli, struct credplug_ctx *ctx,
                         const char *url, const char *suffix, char *buf,
                         size_t cap);
int cp_apply_collect(const struct cp_cli *cli, struct credplug_ctx *ctx,
                     const char *url, uint32_t auth,
                     struct credplug_collect *out);
/* Warns on stderr when no alternative of `auth` is whole in `c` (which
 * schemes lack which fields); the command still exits 0. */
void cp_apply_warn_partial(const struct cp_cli *cli, uint32_t auth,
                           const struct credplug_collect *c);

/* ---- exec_env.c: the variables that carry a credential ----------------- */
/* `produced`: bits (1 << field) of the secret fields exported. */
int cp_exec_env_scrub(const struct cp_cli *cli, struct credplug_ctx *ctx,
                      unsigned produced);

/* ---- doc.c: the library's explain document ----------------------------- */
int cp_doc_load(const struct cp_cli *cli, struct credplug_ctx *ctx,
                struct json_object **doc, char **text);
const char *cp_doc_str(struct json_object *o, const char *key);
int cp_doc_bool(struct json_object *o, const char *key);
int64_t cp_doc_int(struct json_object *o, const char *key);
struct json_object *cp_doc_get(struct json_object *o, const char *key,
                               json_type type);
void cp_doc_print(struct json_object *o);

/* ---- subcommands -------------------------------------------------------- */
int cp_cmd_list(struct cp_cli *cli, int argc, char **argv);
int cp_cmd_explain(struct cp_cli *cli, int argc, char **argv);
int cp_cmd_headers(struct cp_cli *cli, int argc, char **argv);
int cp_cmd_exec(struct cp_cli *cli, int argc, char **argv);
int cp_cmd_store(struct cp_cli *cli, int argc, char **argv);
int cp_cmd_erase(struct cp_cli *cli, int argc, char **argv);
int cp_cmd_providers(struct cp_cli *cli, int argc, char **argv);
int cp_cmd_doctor(struct cp_cli *cli, int argc, char **argv);
int cp_cmd_check_provider(struct cp_cli *cli, int argc, char **argv);
extern const char cp_help_list[], cp_help_explain[], cp_help_headers[],
        cp_help_exec[], cp_help_store[], cp_help_erase[], cp_help_providers[],
        cp_help_doctor[], cp_help_check_provider[];

/* ---- online.c: GET /api/v1/validate (doctor --online) ------------------- */
struct cp_online_result {
	long http_status; /* 0 when no response */
	int valid;        /* 1 when the body says {"valid":true} */
	char detail[256]; /* transport error, or empty */
};
/* GET `url` with ctx's API key, through libcredplug-curl's
 * credplug_curl_apply() (its redirect and proxy guard).  0 when a response
 * arrived; -1 with res->detail set otherwise. */
int cp_online_validate(struct credplug_ctx *ctx, const char *url,
                       long timeout_ms, struct cp_online_result *res);

#endif
