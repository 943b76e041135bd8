/*
 * credplug check-provider — the dynamic symbol table of a loaded object.
 *
 * Read from the image the dynamic loader mapped (struct link_map, its
 * dynamic section: DT_SYMTAB, DT_STRTAB, DT_STRSZ, DT_GNU_HASH or
 * DT_HASH), not from the file: that is the table the loader itself binds
 * with, it needs no ELF library, and only <link.h>/<elf.h> types are used.
 * The table has no length of its own; the hash table gives it.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <elf.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

struct ck_symtab {
	const ElfW(Sym) * sym;
	const char *str;
	size_t strsz;
	size_t n;
};

/* glibc relocates the pointers of the dynamic section in place on most
 * targets, not on all: an address below the load base is still an offset. */
static uintptr_t dyn_addr(const struct link_map *lm, ElfW(Addr) v)
{
	return v < lm->l_addr ? (uintptr_t)(lm->l_addr + v) : (uintptr_t)v;
}

/* Symbols covered by a GNU hash table: one past the last chain's end. */
static size_t gnu_hash_count(const uint32_t *h)
{
	uint32_t nbuckets = h[0], symoffset = h[1], bloom = h[2];
	const uint32_t *buckets =
	        h + 4 + bloom * (sizeof(ElfW(Addr)) / sizeof(uint32_t));
	const uint32_t *chain = buckets + nbuckets;
	uint32_t last = 0;

	for (uint32_t b = 0; b < nbuckets; b++)
		if (buckets[b] > last)
			last = buckets[b];
	if (last < symoffset)
		return symoffset;
	while (!(chain[last - symoffset] & 1))
		last++;
	return (size_t)last + 1;
}

struct ck_symtab *ck_symtab_open(const void *lmp)
{
	const struct link_map *lm = lmp;
	const uint32_t *gnu = NULL, *sysv = NULL;
	struct ck_symtab *t;

	if (lm == NULL || lm->l_ld == NULL ||
	    (t = calloc(1, sizeof(*t))) == NULL)
		return NULL;
	for (const ElfW(Dyn) *d = lm->l_ld; d->d_tag != DT_NULL; d++) {
		if (d->d_tag == DT_SYMTAB)
			t->sym = (const ElfW(Sym) *)dyn_addr(lm, d->d_un.d_ptr);
		else if (d->d_tag == DT_STRTAB)
			t->str = (const char *)dyn_addr(lm, d->d_un.d_ptr);
		else if (d->d_tag == DT_STRSZ)
			t->strsz = d->d_un.d_val;
		else if (d->d_tag == DT_GNU_HASH)
			gnu = (const uint32_t *)dyn_addr(lm, d->d_un.d_ptr);
		else if (d->d_tag == DT_HASH)
			sysv = (const uint32_t *)dyn_addr(lm, d->d_un.d_ptr);
	}
	if (gnu != NULL)
		t->n = gnu_hash_count(gnu);
	else if (sysv != NULL)
		t->n = sysv[1]; /* nchain: one entry per symbol */
	if (t->sym == NULL || t->str == NULL || t->n == 0) {
		free(t);
		return NULL;
	}
	return t;
}

void ck_symtab_close(struct ck_symtab *t)
{
	free(t);
}

size_t ck_symtab_count(const struct ck_symtab *t)
{
	return t->n;
}

/* Symbol i.  0 for the null symbol, sections, files and locals. */
int ck_symtab_get(const struct ck_symtab *t, size_t i, const char **name,
                  bool *defined, bool *weak)
{
	const ElfW(Sym) *s = &t->sym[i];
	unsigned bind = ELF64_ST_BIND(s->st_info);
	unsigned type = ELF64_ST_TYPE(s->st_info);

	if (i == 0 || s->st_name == 0 || s->st_name >= t->strsz ||
	    bind == STB_LOCAL || type == STT_SECTION || type == STT_FILE)
		return 0;
	*name = t->str + s->st_name;
	*defined = s->st_shndx != SHN_UNDEF;
	*weak = bind == STB_WEAK;
	return 1;
}

bool ck_symtab_defines(const struct ck_symtab *t, const char *name)
{
	const char *n;
	bool def, weak;

	for (size_t i = 0; i < t->n; i++)
		if (ck_symtab_get(t, i, &n, &def, &weak) && def &&
		    strcmp(n, name) == 0)
			return true;
	return false;
}
