/*
 * credplug(1) — what headers, exec and doctor share: the --auth, --url and
 * --*-file options, explicit values, and one apply into a collect sink.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "urlmsg.h"

/* The endpoint's alternatives (the library's rule): the key schemes
 * together, or one bearer scheme alone. */
#define KEYS    (CREDPLUG_AUTH_API_KEY | CREDPLUG_AUTH_APP_KEY)
#define BEARERS (CREDPLUG_AUTH_BEARER | CREDPLUG_AUTH_AUTHZ)

int cp_apply_opt(struct cp_apply_opts *o, int c, const char *arg)
{
	switch (c) {
	case CP_OPT_AUTH:
		o->auth = arg;
		return 1;
	case CP_OPT_URL:
		o->url = arg;
		return 1;
	case CP_OPT_STRICT:
		o->strict = true;
		return 1;
	default:
		if (c < CP_OPT_FILE || c >= CP_OPT_FILE_END)
			return 0;
		o->files[c - CP_OPT_FILE] = arg;
		return 1;
	}
}

/* Find the first name credplug_auth_parse() does not know, for the message. */
static void first_unknown(const char *list, char *out, size_t cap)
{
	const char *p = list, *end;
	char tok[128];
	size_t n;

	out[0] = '\0';
	while (*p) {
		p += strspn(p, ", +|\t");
		end = p + strcspn(p, ", +|\t");
		n = (size_t)(end - p);
		if (n == 0)
			break;
		snprintf(tok, sizeof(tok), "%.*s", (int)(n < 100 ? n : 100), p);
		if (credplug_auth_parse(tok) & CREDPLUG_AUTH_UNKNOWN) {
			snprintf(out, cap, "%s", tok);
			return;
		}
		p = end;
	}
}

int cp_apply_parse_auth(const struct cp_cli *cli, const char *list,
                        uint32_t *mask)
{
	char bad[128];

	if (list == NULL) {
		*mask = CREDPLUG_AUTH_ALL;
		return CP_EXIT_OK;
	}
	*mask = credplug_auth_parse(list);
	if ((*mask & CREDPLUG_AUTH_UNKNOWN) == 0)
		return CP_EXIT_OK;
	first_unknown(list, bad, sizeof(bad));
	return cp_cli_usage_error(
	        cli,
	        "unknown security scheme '%s' in --auth; "
	        "use apiKeyAuth, appKeyAuth, bearerAuth or AuthZ "
	        "(comma-separated)",
	        bad);
}

static int set_from_file(struct cp_cli *cli, struct credplug_ctx *ctx,
                         int field, const char *path)
{
	char buf[CP_SECRET_CAP], what[600];
	size_t len = 0;
	int rc;

	rc = cp_secret_read_file(cli, cp_fields[field].title, path, buf,
	                         sizeof(buf), &len);
	if (rc != CP_EXIT_OK)
		return rc;
	rc = credplug_set(ctx, field, buf);
	credplug_wipe(buf, sizeof(buf));
	if (rc == CREDPLUG_OK)
		return CP_EXIT_OK;
	snprintf(what, sizeof(what), "the %s from --%s-file %s is not usable",
	         cp_fields[field].title, cp_fields[field].option,
	         strcmp(path, "-") == 0 ? "(standard input)" : path);
	return cp_cli_fail(cli, ctx, rc, what);
}

/* "--api-key-file, --app-key-file, --pat-file" */
static const char *file_options(char *buf, size_t cap)
{
	size_t n = 0;

	buf[0] = '\0';
	for (int i = 0; i < CREDPLUG_FIELD_COUNT && n < cap; i++)
		if (cp_fields[i].secret)
			n += (size_t)snprintf(buf + n, cap - n, "%s--%s-file",
			                      n ? ", " : "",
			                      cp_fields[i].option);
	return buf;
}

int cp_apply_prepare(struct cp_cli *cli, const struct cp_apply_opts *o,
                     struct credplug_ctx **ctx)
{
	int i, stdin_users = 0, rc;
	char opts[200];

	for (i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		stdin_users += o->files[i] && strcmp(o->files[i], "-") == 0;
	if (stdin_users > 1)
		return cp_cli_usage_error(cli,
		                          "only one of %s can read standard "
		                          "input ('-')",
		                          file_options(opts, sizeof(opts)));
	/* The library's default: send what the endpoint accepts, even when no
	 * alternative is whole (cp_apply_warn_partial says so).  --strict, or
	 * "strict": true in the config, refuses instead (exit 3). */
	rc = cp_cli_open(cli, o->strict ? CREDPLUG_FLAG_STRICT : 0, ctx);
	for (i = 0; rc == CP_EXIT_OK && i < CREDPLUG_FIELD_COUNT; i++)
		if (o->files[i])
			rc = set_from_file(cli, *ctx, i, o->files[i]);
	if (rc != CP_EXIT_OK) {
		credplug_ctx_free(*ctx);
		*ctx = NULL;
	}
	return rc;
}

int cp_apply_default_url(const struct cp_cli *cli, struct credplug_ctx *ctx,
                         const char *url, const char *suffix, char *buf,
                         size_t cap)
{
	const char *site;
	size_t n;
	int w;

	if (url && suffix == NULL) {
		w = snprintf(buf, cap, "%s", url);
	} else if (url) {
		if (strpbrk(url, "?#") != NULL) {
			cp_term_err(
			        cli,
			        "--url is a base URL here (scheme://host[:port]"
			        "[/prefix]); %s is appended, so it must have "
			        "no "
			        "query or fragment",
			        suffix);
			return CP_EXIT_USAGE;
		}
		n = strlen(url);
		while (n > 0 && url[n - 1] == '/')
			n--;
		w = snprintf(buf, cap, "%.*s%s", (int)n, url, suffix);
	} else {
		site = credplug_site(ctx);
		if (site == NULL || site[0] == '\0')
			return cp_cli_fail(cli, ctx, CREDPLUG_ECONFIG,
			                   "no Datadog site is configured");
		w = snprintf(buf, cap, "https://api.%s%s", site,
		             suffix ? suffix : "/");
	}
	if (w < 0 || (size_t)w >= cap) {
		cp_term_err(cli, "the URL is longer than %zu bytes", cap - 1);
		return CP_EXIT_USAGE;
	}
	return CP_EXIT_OK;
}

int cp_apply_collect(const struct cp_cli *cli, struct credplug_ctx *ctx,
                     const char *url, uint32_t auth,
                     struct credplug_collect *out)
{
	struct credplug_request req = CREDPLUG_REQUEST_INIT;
	struct credplug_sink sink = CREDPLUG_SINK_INIT;
	char what[600], origin[300], keys[128], bearers[128];
	int rc;

	req.method = "GET";
	req.url = url;
	req.auth = auth;
	credplug_collect_sink(&sink, out);
	rc = credplug_apply(ctx, &req, &sink);
	if (rc == CREDPLUG_OK && out->count == 0 && auth == CREDPLUG_AUTH_ALL) {
		cp_fields_join(keys, sizeof(keys), cp_fields_sent_by(KEYS),
		               CP_FIELD_COL(env), ", ", " and ");
		cp_fields_join(bearers, sizeof(bearers),
		               cp_fields_sent_by(BEARERS), CP_FIELD_COL(env),
		               ", ", " or ");
		cp_term_err(cli,
		            "no credential found; set %s (or %s), or see "
		            "'credplug explain'",
		            keys, bearers);
		return CP_EXIT_NOCRED;
	}
	if (rc == CREDPLUG_OK)
		return CP_EXIT_OK;
	credplug_collect_wipe(out);
	if (rc == CREDPLUG_EDESTINATION && credplug_errmsg(ctx) &&
	    credplug_errmsg(ctx)[0])
		return cp_cli_fail(cli, ctx, rc,
		                   NULL); /* names the URL and the fix */
	cp_url_origin_text(url, origin, sizeof(origin));
	if (rc == CREDPLUG_EDESTINATION)
		snprintf(what, sizeof(what),
		         "refusing to send credentials to %s", origin);
	else if (rc == CREDPLUG_ENOCRED)
		snprintf(what, sizeof(what),
		         "no credential satisfies the endpoint");
	else
		snprintf(what, sizeof(what), "cannot get credentials");
	return cp_cli_fail(cli, ctx, rc, what);
}

/* Bits (1 << field) of the fields whose header `c` holds. */
static unsigned collected(const struct credplug_collect *c)
{
	unsigned mask = 0;
	int f;

	for (size_t i = 0; i < c->count; i++)
		if ((f = cp_field_by_header(c->headers[i].name)) >= 0)
			mask |= 1u << f;
	return mask;
}

/* Appends "the API key (DD_API_KEY) and ..." for the fields in `mask`. */
static void lacking(unsigned mask, char *out, size_t cap)
{
	size_t n = strlen(out);
	unsigned left = mask;

	for (int i = 0; i < CREDPLUG_FIELD_COUNT && n < cap; i++) {
		if (!(mask & (1u << i)))
			continue;
		left &= ~(1u << i);
		n += (size_t)snprintf(out + n, cap - n, "the %s (%s)%s",
		                      cp_fields[i].title, cp_fields[i].env,
		                      left ? " and " : "");
	}
}

/* Appends " <scheme>" and what it lacks to `out`; true when it lacks none. */
static bool keys_alternative(uint32_t auth, unsigned have, char *out,
                             size_t cap)
{
	bool api = (auth & CREDPLUG_AUTH_API_KEY) != 0;
	bool app = (auth & CREDPLUG_AUTH_APP_KEY) != 0;
	unsigned missing = cp_fields_sent_by(auth & KEYS) & ~have;
	size_t n = strlen(out);

	if (missing == 0)
		return true;
	snprintf(out + n, cap - n, "%s%s%s%s lacks ", n ? "; " : "",
	         api ? "apiKeyAuth" : "", api && app ? "+" : "",
	         app ? "appKeyAuth" : "");
	lacking(missing, out, cap);
	return false;
}

/* The endpoint's alternatives are the key schemes together, or a bearer
 * scheme alone (the library's rule, as the official clients have it). */
void cp_apply_warn_partial(const struct cp_cli *cli, uint32_t auth,
                           const struct credplug_collect *c)
{
	unsigned have = collected(c);
	char lacks[300] = "";
	size_t n;

	if ((auth & (KEYS | BEARERS)) == 0)
		return; /* no security, or only schemes credplug does not know
		         */
	if ((auth & KEYS) && keys_alternative(auth, have, lacks, sizeof(lacks)))
		return;
	if (auth & BEARERS) {
		if (have & cp_fields_sent_by(auth & BEARERS))
			return;
		n = strlen(lacks);
		snprintf(lacks + n, sizeof(lacks) - n, "%s%s lacks ",
		         n ? "; " : "",
		         (auth & CREDPLUG_AUTH_AUTHZ) ? "AuthZ" : "bearerAuth");
		lacking(cp_fields_sent_by(auth & BEARERS), lacks,
		        sizeof(lacks));
	}
	cp_term_warn(cli,
	             "no alternative of the endpoint's security list is fully "
	             "configured: %s; the request carries %s; --strict makes "
	             "this exit 3",
	             lacks, c->count ? "what is configured" : "no credential");
}
