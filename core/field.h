/*
 * One credential field as the core holds it (credset.c).
 */
#ifndef CREDPLUG_CORE_FIELD_H
#define CREDPLUG_CORE_FIELD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct cp_alloc;

struct cp_field {
	char *value; /* secret copy (cp_secret_dup) or NULL */
	size_t len;
	const char *source; /* provider instance label; lives as long as ctx */
	char *locator;      /* plain copy or NULL */
	int64_t expires_at; /* seconds since epoch, 0 = none */
	bool borrowed;      /* value/locator belong to an instance's last
	                       result (resolve-local; never in a snapshot) */
	/* Copies of one remembered result share its number (chain.c), so an
	 * unchanged value is recognised without comparing bytes; 0: none. */
	uint64_t gen;
};

/* Frees what the field owns (nothing when borrowed) and zeroes it. */
void cp_field_clear(const struct cp_alloc *a, struct cp_field *f);
/* An owned copy of `src` in `dst` (CREDPLUG_ENOMEM leaves dst alone). */
int cp_field_copy(const struct cp_alloc *a, struct cp_field *dst,
                  const struct cp_field *src);
/* Same value (constant time), locator and expiry. */
bool cp_field_same(const struct cp_field *a, const struct cp_field *b);

#endif
