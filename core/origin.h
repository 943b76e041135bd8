/*
 * Allowed origins: where credentials may be sent (origin.c).
 */
#ifndef CREDPLUG_CORE_ORIGIN_H
#define CREDPLUG_CORE_ORIGIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct cp_alloc;

struct cp_origin {
	bool https;
	bool wildcard; /* "*.host": any subdomain, not the apex */
	uint16_t port;
	char host[256];
	size_t host_len;
};
struct cp_origins {
	struct cp_origin *v;
	size_t n, cap;
};
/* Parses an origin pattern into o; `why` explains a refusal. */
int cp_origin_parse(struct cp_origin *o, const char *pattern,
                    bool allow_wildcard, const char **why);
/* Appends a copy of o to list (CREDPLUG_ENOMEM). */
int cp_origins_add(const struct cp_alloc *a, struct cp_origins *list,
                   const struct cp_origin *o);
/* Appends https://site:443 and its subdomains (CREDPLUG_EINVAL, ENOMEM). */
int cp_origins_add_site(const struct cp_alloc *a, struct cp_origins *list,
                        const char *site);
/* Frees the list's entries and zeroes it. */
void cp_origins_free(const struct cp_alloc *a, struct cp_origins *list);
/* Appends the origins of every known Datadog site. */
int cp_origins_add_datadog(const struct cp_alloc *a, struct cp_origins *list);
/* Is `url` at an allowed origin?  `why` explains a refusal. No allocation. */
bool cp_origin_allowed(const struct cp_origins *list, const char *url,
                       const char **why);
/* Is site[0..len) a well-formed site name? */
bool cp_site_valid(const char *site, size_t len);

#endif
