/*
 * credplug check-provider — the descriptor, member by member: what the
 * host refuses (core/loader.c desc_ok) and what it trusts without
 * checking (printable names, capability bits that match the functions,
 * option keys that can be written in a config).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <string.h>

#include "check.h"

#define MAX_KEYS 64 /* more: a list without its NULL terminator */

/* The chain's own keys: the host reads them before the provider does. */
static const char *const chain_keys[] = {
        "use",      "name",       "on_error", "stop_if_found",
        "critical", "timeout_ms", "optional", NULL};

static bool listed(const char *const *list, const char *key)
{
	for (int i = 0; list != NULL && list[i] != NULL && i < MAX_KEYS; i++)
		if (strcmp(list[i], key) == 0)
			return true;
	return false;
}

/* NULL when `s` is one line of printable ASCII of 1..max bytes. */
static const char *text_problem(const char *s, size_t max)
{
	size_t n;

	if (s == NULL)
		return "is NULL";
	n = strnlen(s, max + 1);
	if (n == 0)
		return "is empty";
	if (n > max)
		return "is too long";
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] >= 0x7f)
			return "holds a byte that is not printable ASCII";
	return NULL;
}

static void check_size(struct ck *ck, const struct credplug_provider_v1 *d,
                       bool *ok)
{
	*ok = false;
	if (d->abi_major != CREDPLUG_PROVIDER_ABI_MAJOR)
		ck_report(ck, CK_FAIL, "descriptor",
		          "abi_major is %u, this host speaks ABI %d: set "
		          ".abi_major = CREDPLUG_PROVIDER_ABI_MAJOR",
		          (unsigned)d->abi_major, CREDPLUG_PROVIDER_ABI_MAJOR);
	else if (d->struct_size < CK_DESC_V1_0_SIZE)
		ck_report(ck, CK_FAIL, "descriptor",
		          "struct_size is %u, less than %zu (the descriptor of "
		          "ABI 1.0): set .struct_size = sizeof(struct "
		          "credplug_provider_v1)",
		          (unsigned)d->struct_size, (size_t)CK_DESC_V1_0_SIZE);
	else
		*ok = true;
	if (*ok)
		ck_report(
		        ck, CK_OK, "descriptor",
		        "abi_major %u, struct_size %u (ABI 1.0 needs at least "
		        "%zu)",
		        (unsigned)d->abi_major, (unsigned)d->struct_size,
		        (size_t)CK_DESC_V1_0_SIZE);
}

static void check_names(struct ck *ck, const struct credplug_provider_v1 *d)
{
	const char *const what[] = {"name", "version", "summary"};
	const char *const v[] = {d->name, d->version, d->summary};
	const size_t max[] = {64, 64, 200};

	for (int i = 0; i < 3; i++) {
		const char *why = text_problem(v[i], max[i]);

		if (why != NULL) {
			ck_report(
			        ck, CK_FAIL, "descriptor",
			        "%s %s: set .%s to one line of printable ASCII "
			        "(at most %zu bytes)",
			        what[i], why, what[i], max[i]);
			return;
		}
	}
	ck_report(ck, CK_OK, "descriptor",
	          "name \"%s\", version \"%s\", summary \"%s\"", d->name,
	          d->version, d->summary);
}

static void check_functions(struct ck *ck, const struct credplug_provider_v1 *d)
{
	const char *missing = d->create == NULL    ? "create"
	                      : d->destroy == NULL ? "destroy"
	                      : d->resolve == NULL ? "resolve"
	                                           : NULL;

	if (missing != NULL)
		ck_report(
		        ck, CK_FAIL, "descriptor",
		        "%s is NULL: create, destroy and resolve are required",
		        missing);
	else
		ck_report(ck, CK_OK, "descriptor",
		          "create, destroy and resolve are set");
}

/* The bit says whether the function is there, and the other way round. */
static bool cap_matches(struct ck *ck, bool bit, bool fn, const char *bitname,
                        const char *fname)
{
	if (bit == fn)
		return true;
	if (bit)
		ck_report(ck, CK_FAIL, "capabilities",
		          "%s is set but %s is NULL: set .%s or clear the bit",
		          bitname, fname, fname);
	else
		ck_report(
		        ck, CK_FAIL, "capabilities",
		        "%s is set but %s is not, so the host never calls it: "
		        "set the bit or drop the function",
		        fname, bitname);
	return false;
}

static void check_caps(struct ck *ck, const struct credplug_provider_v1 *d)
{
	const uint32_t known = CREDPLUG_CAP_STORE | CREDPLUG_CAP_ERASE;
	const bool cs = d->capabilities & CREDPLUG_CAP_STORE;
	const bool ce = d->capabilities & CREDPLUG_CAP_ERASE;

	if (d->capabilities & ~known)
		ck_report(ck, CK_FAIL, "capabilities",
		          "unknown bits 0x%x: only CREDPLUG_CAP_STORE and "
		          "CREDPLUG_CAP_ERASE exist",
		          (unsigned)(d->capabilities & ~known));
	else if (!cap_matches(ck, cs, d->store != NULL, "CREDPLUG_CAP_STORE",
	                      "store") ||
	         !cap_matches(ck, ce, d->erase != NULL, "CREDPLUG_CAP_ERASE",
	                      "erase"))
		return;
	else if (d->reserved != 0)
		ck_report(ck, CK_FAIL, "capabilities",
		          "reserved is %u: leave it 0", (unsigned)d->reserved);
	else
		ck_report(ck, CK_OK, "capabilities", "%s",
		          cs && ce ? "store and erase, both implemented"
		          : cs     ? "store (implemented), no erase"
		          : ce     ? "erase (implemented), no store"
		                   : "none: no store, no erase");
}

/* One key list: printable words, no duplicates, no chain key. */
static const char *keys_problem(const char *const *k, const char **bad)
{
	for (int i = 0; k != NULL && k[i] != NULL; i++) {
		*bad = k[i];
		if (i >= MAX_KEYS)
			return "has more than 64 keys: is its NULL terminator "
			       "missing?";
		if (text_problem(k[i], 64) != NULL || strchr(k[i], ' '))
			return "holds a key that is not a printable word";
		if (listed(chain_keys, k[i]))
			return "holds a chain key, which the host reads itself";
		for (int j = 0; j < i; j++)
			if (strcmp(k[i], k[j]) == 0)
				return "lists a key twice";
	}
	return NULL;
}

static void check_keys(struct ck *ck, const struct credplug_provider_v1 *d)
{
	const char *const *secret = d->struct_size >= CK_DESC_V1_1_SIZE
	                                    ? d->secret_option_keys
	                                    : NULL;
	const char *why, *bad = "";
	int n = 0;

	if ((why = keys_problem(d->option_keys, &bad)) != NULL ||
	    (why = keys_problem(secret, &bad)) != NULL) {
		ck_report(ck, CK_FAIL, "options", "option_keys %s (\"%s\")",
		          why, bad);
		return;
	}
	for (int i = 0; secret != NULL && secret[i] != NULL; i++)
		if (!listed(d->option_keys, secret[i])) {
			ck_report(ck, CK_FAIL, "options",
			          "secret_option_keys names \"%s\", which "
			          "option_keys does not: list it in both",
			          secret[i]);
			return;
		}
	while (d->option_keys != NULL && d->option_keys[n] != NULL)
		n++;
	ck_report(ck, CK_OK, "options", "%d option keys declared%s", n,
	          secret != NULL && secret[0] != NULL
	                  ? ", the credential ones in secret_option_keys"
	                  : "");
}

void ck_check_descriptor(struct ck *ck, const struct credplug_provider_v1 *d)
{
	bool ok;

	check_size(ck, d, &ok);
	if (!ok) {
		ck_report(ck, CK_SKIP, "descriptor",
		          "members past the header are not read: the host "
		          "would not read them either");
		return;
	}
	check_names(ck, d);
	check_functions(ck, d);
	check_caps(ck, d);
	check_keys(ck, d);
}
