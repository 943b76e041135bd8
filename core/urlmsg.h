/*
 * A URL as messages may show it.  Shared by the core (apply's refusals)
 * and the credplug command, which compiles urlmsg.c into itself: a URL may
 * carry a password, a token in its path or query, so no message prints one.
 */
#ifndef CREDPLUG_CORE_URLMSG_H
#define CREDPLUG_CORE_URLMSG_H

#include <stddef.h>

/* The text messages print for a URL in an error message */
#define CP_URL_INVALID_TEXT "<invalid URL>"

/**
 * Write the origin of `url` for a message: "scheme://host[:port]", with
 * any user info replaced by "****@" and nothing of the path, query or
 * fragment; CP_URL_INVALID_TEXT when `url` does not start with
 * "scheme://" followed by a host (name, IPv4 or [IPv6]) and an optional
 * numeric port.  No allocation.  `out` is always NUL-terminated (cap > 0).
 */
void cp_url_origin_text(const char *url, char *out, size_t cap);

#endif
