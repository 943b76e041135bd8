/*
 * The endpoint security table: a path trie over every operation of the
 * Datadog API, generated into endpoints_table.c by scripts/gen_endpoints.py
 * and searched by endpoints.c (credplug_auth_for()).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CREDPLUG_CORE_ENDPOINTS_H
#define CREDPLUG_CORE_ENDPOINTS_H

#include <stddef.h>
#include <stdint.h>

#include "credplug/credplug.h"

enum cp_ep_method {
	CP_EP_GET,
	CP_EP_POST,
	CP_EP_PUT,
	CP_EP_PATCH,
	CP_EP_DELETE,
	CP_EP_METHODS
};

/* Offsets, not pointers: the tables are plain read-only data, with no
 * relocation for the dynamic loader to apply. */

/* One operation: its path template and security list. */
struct cp_ep_op {
	uint32_t path;  /* in cp_ep_text, e.g. "/api/v1/dashboard/{id}" */
	uint8_t method; /* enum cp_ep_method */
	uint8_t auth;   /* CREDPLUG_AUTH_* bits (the low four) */
};

/* A literal segment leading to a node. */
struct cp_ep_edge {
	uint32_t seg; /* in cp_ep_text, not NUL-terminated */
	uint16_t len;
	uint16_t node;
};

/* A trie node: the path so far.  Node 0 is the root ("/"), so 0 also says
 * "no template child".  A node's edges are sorted by length, then bytes
 * (memcmp); its ops by method. */
struct cp_ep_node {
	uint16_t edges, n_edges;
	uint16_t param; /* the child any one non-empty segment leads to */
	uint16_t ops;
	uint8_t n_ops;
};

extern const char cp_ep_text[];
extern const struct cp_ep_op cp_ep_ops[];
extern const struct cp_ep_edge cp_ep_edges[];
extern const struct cp_ep_node cp_ep_nodes[];
extern const size_t cp_ep_n_ops, cp_ep_n_nodes;

#endif
