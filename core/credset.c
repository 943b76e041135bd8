/*
 * Fields and immutable credential sets (snapshots).
 */
#include <stdio.h>
#include <string.h>

#include "fields.h"
#include "internal.h"

void cp_field_clear(const struct cp_alloc *a, struct cp_field *f)
{
	if (!f->borrowed) {
		cp_secret_free(a, f->value);
		cp_free(a, f->locator);
	}
	memset(f, 0, sizeof(*f));
}

int cp_field_copy(const struct cp_alloc *a, struct cp_field *dst,
                  const struct cp_field *src)
{
	struct cp_field t = *src;

	t.value = NULL;
	t.locator = NULL;
	t.borrowed = false;
	if (src->value != NULL) {
		t.value = cp_secret_dup(a, src->value, src->len);
		if (t.value == NULL)
			return CREDPLUG_ENOMEM;
	}
	if (src->locator != NULL) {
		t.locator = cp_strdup(a, src->locator);
		if (t.locator == NULL) {
			cp_secret_free(a, t.value);
			return CREDPLUG_ENOMEM;
		}
	}
	*dst = t;
	return CREDPLUG_OK;
}

static bool same_str(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

bool cp_field_same(const struct cp_field *a, const struct cp_field *b)
{
	if (a->value == NULL || b->value == NULL)
		return a->value == b->value;
	return a->len == b->len && a->expires_at == b->expires_at &&
	       cp_ct_equal(a->value, a->len, b->value, b->len) &&
	       same_str(a->locator, b->locator);
}

struct cp_set *cp_set_new(const struct cp_alloc *a)
{
	struct cp_set *s = cp_calloc(a, sizeof(*s));

	if (s != NULL) {
		s->refresh_at_ns = CP_NO_TIME;
		s->expires_at_ns = CP_NO_TIME;
	}
	return s;
}

void cp_set_free(const struct cp_alloc *a, struct cp_set *s)
{
	if (s == NULL)
		return;
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		cp_field_clear(a, &s->f[i]);
		cp_secret_free(a, s->prefixed[i]);
	}
	explicit_bzero(s, sizeof(*s));
	cp_free(a, s);
}

/* The header field `i` goes out in, if it has a value and a header; a
 * prefixed value ("Bearer <pat>") is built once, in secret memory. */
static int add_header(const struct cp_alloc *a, struct cp_set *s, int i)
{
	const struct cp_field_desc *d = &cp_fields[i];
	const struct cp_field *f = &s->f[i];
	const char *value = f->value;

	if (d->header == NULL || f->value == NULL)
		return CREDPLUG_OK;
	if (d->prefix_len > 0) {
		s->prefixed[i] = cp_secret_alloc(a, d->prefix_len + f->len);
		if (s->prefixed[i] == NULL)
			return CREDPLUG_ENOMEM;
		memcpy(s->prefixed[i], d->prefix, d->prefix_len);
		memcpy(s->prefixed[i] + d->prefix_len, f->value, f->len);
		value = s->prefixed[i];
	}
	s->hdr[i] = (struct cp_header){d->header, value, d->auth};
	s->hdr_auth |= d->auth;
	return CREDPLUG_OK;
}

/* Derive what apply needs so the hot path only reads. */
int cp_set_finish(const struct cp_alloc *a, struct cp_set *s,
                  const char *default_site)
{
	int n;

	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++)
		if (add_header(a, s, i) != CREDPLUG_OK)
			return CREDPLUG_ENOMEM;
	s->site = s->f[CREDPLUG_SITE].value ? s->f[CREDPLUG_SITE].value
	                                    : default_site;
	n = snprintf(s->origin, sizeof(s->origin), "https://api.%s", s->site);
	s->origin_len =
	        (n > 0 && (size_t)n < sizeof(s->origin)) ? (size_t)n : 0;
	for (int i = 0; i < CREDPLUG_FIELD_COUNT; i++) {
		int64_t e = s->f[i].expires_at;

		if (e > 0 && cp_s_to_ns(e) < s->expires_at_ns)
			s->expires_at_ns = cp_s_to_ns(e);
	}
	return CREDPLUG_OK;
}
