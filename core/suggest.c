/*
 * "Did you mean keyring?": the installed provider closest to a name that
 * is not installed, for the error a config typo gets.
 */
#include <stdio.h>
#include <string.h>

#include "ctx.h"
#include "loader.h"
#include "provdir.h"

#define NAME_MAX_LEN CP_PROVIDER_NAME_MAX
#define MAX_DISTANCE 2

/* Edit distance with adjacent transpositions ("fiel" -> "file" is 1). */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t d[NAME_MAX_LEN + 1][NAME_MAX_LEN + 1];

	if (la > NAME_MAX_LEN || lb > NAME_MAX_LEN)
		return SIZE_MAX;
	for (size_t i = 0; i <= la; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++)
		for (size_t j = 1; j <= lb; j++) {
			size_t sub = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			size_t del = d[i - 1][j] + 1, ins = d[i][j - 1] + 1;
			size_t m = sub < del ? sub : del;

			m = m < ins ? m : ins;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < m)
				m = d[i - 2][j - 2] + 1;
			d[i][j] = m;
		}
	return d[la][lb];
}

struct best {
	const char *want;
	size_t dist;
	char name[NAME_MAX_LEN + 1];
};

static void consider(struct best *b, const char *cand, size_t len)
{
	char name[NAME_MAX_LEN + 1];
	size_t d;

	if (len == 0 || len > NAME_MAX_LEN)
		return;
	memcpy(name, cand, len);
	name[len] = '\0';
	d = distance(b->want, name);
	/* a one-letter name is not a typo of a one-letter difference */
	if (d > MAX_DISTANCE || d >= strlen(b->want) || d > b->dist ||
	    (d == b->dist && strcmp(name, b->name) >= 0))
		return;
	b->dist = d;
	memcpy(b->name, name, len + 1);
}

/* cp_provider_dir_scan() callback: the modules the loader would load. */
static void consider_module(void *arg, const char *name)
{
	consider(arg, name, strlen(name));
}

void cp_provider_suggest(const struct credplug_ctx *ctx, const char *name,
                         char *out, size_t cap)
{
	static const char *const own[] = {"explicit", "env"};
	struct best b = {name, SIZE_MAX, ""};

	out[0] = '\0';
	if (name[0] == '/')
		return; /* a path: the name was not a guess */
	for (size_t i = 0; i < sizeof(own) / sizeof(*own); i++)
		consider(&b, own[i], strlen(own[i]));
	for (size_t i = 0; i < ctx->n_builtins; i++)
		consider(&b, ctx->builtins[i].name,
		         strlen(ctx->builtins[i].name));
	if (!(ctx->flags & CREDPLUG_FLAG_NO_MODULES))
		cp_provider_dir_scan(cp_provider_dir(ctx), consider_module, &b);
	if (b.dist <= MAX_DISTANCE)
		snprintf(out, cap, "%s", b.name);
}
