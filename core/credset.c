/*
 * Credential fields: clear, copy, compare.  Snapshots are snapshot.c's.
 */
#include <stdio.h>
#include <string.h>

#include "field.h"
#include "memory.h"

void cp_field_clear(const struct cp_alloc *a, struct cp_field *f)
{
	if (!f->borrowed) {
		if (f->value != NULL)
			cp_secret_free(a, f->value);
		if (f->locator != NULL)
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
