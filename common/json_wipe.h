/*
 * Scrubbing secrets out of json-c's memory before it is released.  json-c
 * owns the bytes of a parsed document and of the tokener's scratch buffer
 * and frees them without wiping; a document that held a credential must be
 * scrubbed first.  Compiled into each component that uses json-c
 * (common/CMakeLists.txt), hidden there.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_JSON_WIPE_H
#define CP_JSON_WIPE_H

struct json_object;
struct json_tokener;

/* Wipe every string value in the tree, in place (keys are names, not
 * values, and are left).  json-c caps nesting at 32 levels, which bounds
 * the recursion.  Accepts NULL. */
void cp_json_wipe_tree(struct json_object *o);

/* Scrub the tree, then release it.  Accepts NULL. */
void cp_json_put_wiped(struct json_object *o);

/* Release a tokener, wiping its scratch buffer (the last string it
 * parsed) and the values a parse that stopped half-way (malformed, cut
 * short, out of time) still holds on its stack.  Accepts NULL. */
void cp_json_tokener_free_wiped(struct json_tokener *tok);

#endif
