/*
 * credplug check-provider — one line per check, or the --json document.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdarg.h>
#include <stdio.h>

#include "check.h"

void ck_child_report(enum ck_level lv, const char *check, const char *msg);

void ck_report(struct ck *ck, enum ck_level lv, const char *check,
               const char *fmt, ...)
{
	static const char *const tags[] = {" ok ", "FAIL", "skip"};
	static const char *const sgr[] = {"\033[32m", "\033[1;31m", "\033[2m"};
	static const char *const words[] = {"ok", "fail", "skip"};
	struct json_object *o;
	char msg[1536];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (ck_in_child()) {
		ck_child_report(lv, check, msg);
		return;
	}
	ck->n_ok += lv == CK_OK;
	ck->n_fail += lv == CK_FAIL;
	ck->n_skip += lv == CK_SKIP;
	if (!ck->json) {
		printf("[%s%s%s] %s: %s\n", ck->color ? sgr[lv] : "", tags[lv],
		       ck->color ? "\033[0m" : "", check, msg);
		fflush(stdout); /* the author sees each line as it is known */
		return;
	}
	o = json_object_new_object();
	json_object_object_add(o, "check", json_object_new_string(check));
	json_object_object_add(o, "result", json_object_new_string(words[lv]));
	json_object_object_add(o, "message", json_object_new_string(msg));
	json_object_array_add(ck->checks, o);
}

void ck_summary(struct ck *ck)
{
	struct json_object *doc;

	if (!ck->json) {
		printf("%d ok, %d failed, %d skipped: %s\n", ck->n_ok,
		       ck->n_fail, ck->n_skip,
		       ck->n_fail ? "the module does not keep the contract"
		                  : "the module keeps the contract as far as "
		                    "these checks see");
		return;
	}
	doc = json_object_new_object();
	json_object_object_add(doc, "module",
	                       json_object_new_string(ck->module));
	json_object_object_add(doc, "checks", json_object_get(ck->checks));
	json_object_object_add(doc, "ok", json_object_new_int(ck->n_ok));
	json_object_object_add(doc, "failed", json_object_new_int(ck->n_fail));
	json_object_object_add(doc, "skipped", json_object_new_int(ck->n_skip));
	printf("%s\n", json_object_to_json_string_ext(
	                       doc, JSON_C_TO_STRING_PRETTY |
	                                    JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(doc);
}
