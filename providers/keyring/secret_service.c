/*
 * keyring provider, Secret Service backend (libsecret).
 *
 * Items carry the attributes service, profile and field and the schema
 * name org.freedesktop.Secret.Generic (what `secret-tool store` writes), so
 * each tool finds and replaces the other's items:
 *   secret-tool lookup service credplug profile default field pat
 * Lookups match attributes only (SECRET_SCHEMA_DONT_MATCH_NAME).
 *
 * Nothing here unlocks or prompts unless the context is interactive: a
 * locked item is reported as locked.  Every call is bounded (ss_bus.c).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <string.h>

#include "credplug/credplug.h"
#include "ss_bus.h"

static const SecretSchema kr_schema = {
        "org.freedesktop.Secret.Generic",
        SECRET_SCHEMA_DONT_MATCH_NAME,
        {
                {"service", SECRET_SCHEMA_ATTRIBUTE_STRING},
                {"profile", SECRET_SCHEMA_ATTRIBUTE_STRING},
                {"field", SECRET_SCHEMA_ATTRIBUTE_STRING},
                {NULL, 0},
        },
        0,
        NULL,
        NULL,
        NULL,
        NULL,
        NULL,
        NULL,
        NULL,
};

static int ss_interactive(const struct cp_kr_ss *ss)
{
	return (ss->host->flags(ss->call) & CREDPLUG_FLAG_INTERACTIVE) != 0;
}

/* "service=credplug,profile=default,field=pat" */
static void ss_item_name(const struct cp_kr_ss *ss, uint32_t field, char *buf,
                         size_t len)
{
	snprintf(buf, len, "service=%s,profile=%s,field=%s", ss->st->service,
	         ss->req->profile, cp_kr_field_name(field));
}

/* Paths of the items for one field, unlocked and locked ones apart. */
static int ss_search(struct cp_kr_ss *ss, uint32_t field, gchar ***unlocked,
                     gchar ***locked)
{
	GHashTable *attrs = g_hash_table_new(g_str_hash, g_str_equal);
	GError *err = NULL;
	gboolean ok;

	g_hash_table_insert(attrs, (gpointer) "service", ss->st->service);
	g_hash_table_insert(attrs, (gpointer) "profile",
	                    (gpointer)ss->req->profile);
	g_hash_table_insert(attrs, (gpointer) "field",
	                    (gpointer)cp_kr_field_name(field));
	ok = secret_service_search_for_dbus_paths_sync(
	        ss->svc, &kr_schema, attrs, ss->cancel, unlocked, locked, &err);
	g_hash_table_unref(attrs);
	if (!ok)
		return cp_kr_ss_fail(ss, err, "searching for items");
	return CREDPLUG_PS_OK;
}

/* Interactive only: may show the daemon's unlock prompt. */
static int ss_unlock(struct cp_kr_ss *ss, const gchar **paths, const char *what)
{
	GError *err = NULL;
	gint n = secret_service_unlock_dbus_paths_sync(ss->svc, paths,
	                                               ss->cancel, NULL, &err);

	if (err != NULL)
		return cp_kr_ss_fail(ss, err, "unlocking");
	if (n <= 0) {
		ss->host->set_message(
		        ss->call,
		        "keyring: unlocking %s was "
		        "dismissed or failed; unlock it and retry",
		        what);
		return CREDPLUG_PS_UNAVAILABLE;
	}
	return CREDPLUG_PS_OK;
}

/* Items of one field: at most one unlocked path in *path (owned).  A field
 * found only in locked items is unlocked (interactive) or reported. */
static int ss_field_path(struct cp_kr_ss *ss, uint32_t field, gchar **path)
{
	gchar **unl = NULL, **lck = NULL;
	char name[3 * CP_KR_NAME_MAX + 32], what[sizeof(name) + 48];
	int rc = ss_search(ss, field, &unl, &lck);

	for (int pass = 0; rc == CREDPLUG_PS_OK && pass < 2; pass++) {
		if (unl != NULL && unl[0] != NULL) {
			*path = g_strdup(unl[0]);
			break;
		}
		if (lck == NULL || lck[0] == NULL)
			break;
		ss_item_name(ss, field, name, sizeof(name));
		snprintf(what, sizeof(what),
		         "the collection holding Secret Service item %s", name);
		if (!ss_interactive(ss) || pass > 0) {
			rc = cp_kr_ss_locked(ss, what);
			break;
		}
		rc = ss_unlock(ss, (const gchar **)lck, what);
		g_strfreev(unl);
		g_strfreev(lck);
		unl = lck = NULL;
		if (rc == CREDPLUG_PS_OK)
			rc = ss_search(ss, field, &unl, &lck);
	}
	g_strfreev(unl);
	g_strfreev(lck);
	return rc;
}

/* Hands each secret to the host, then wipes every value libsecret holds. */
static int ss_deliver(struct cp_kr_ss *ss, gchar **paths, GHashTable *secrets)
{
	char name[3 * CP_KR_NAME_MAX + 32], loc[sizeof(name) + 16];
	int rc = CREDPLUG_PS_NOT_FOUND, r;
	GHashTableIter it;
	gpointer key, val;

	for (uint32_t f = 0; f < CP_KR_NFIELDS; f++) {
		SecretValue *v =
		        paths[f] ? g_hash_table_lookup(secrets, paths[f])
		                 : NULL;
		const gchar *data;
		gsize len = 0;
		if (v == NULL)
			continue;
		data = secret_value_get(v, &len);
		ss_item_name(ss, f, name, sizeof(name));
		snprintf(loc, sizeof(loc), "secret-service:%s", name);
		r = ss->host->set_field(ss->call, f, data, len, loc);
		if (r != CREDPLUG_PS_FOUND && r != CREDPLUG_PS_NOT_FOUND) {
			rc = r;
			break;
		}
		if (r == CREDPLUG_PS_FOUND)
			rc = r;
	}
	g_hash_table_iter_init(&it, secrets);
	while (g_hash_table_iter_next(&it, &key, &val)) {
		gsize len = 0;
		char *data = (char *)secret_value_get(val, &len);
		explicit_bzero(data, len);
	}
	return rc;
}

static int ss_not_found(struct cp_kr_ss *ss)
{
	char names[128];

	cp_fields_join(names, sizeof(names), CP_ALL_FIELDS_MASK,
	               CP_FIELD_COL(name), "|", "|");
	ss->host->set_message(ss->call,
	                      "keyring: no Secret Service item with "
	                      "service=%s profile=%s field=%s; store one "
	                      "with `credplug store` or `secret-tool store "
	                      "--label=credplug service %s profile %s field "
	                      "%s`",
	                      ss->st->service, ss->req->profile, names,
	                      ss->st->service, ss->req->profile,
	                      cp_kr_field_name(CREDPLUG_PAT));
	return CREDPLUG_PS_NOT_FOUND;
}

static int ss_resolve(struct cp_kr_ss *ss)
{
	gchar *paths[CP_KR_NFIELDS + 1] = {0}, *list[CP_KR_NFIELDS + 1] = {0};
	GHashTable *secrets = NULL;
	GError *err = NULL;
	int rc = CREDPLUG_PS_OK, n = 0;

	for (uint32_t f = 0; f < CP_KR_NFIELDS && rc == CREDPLUG_PS_OK; f++) {
		rc = ss_field_path(ss, f, &paths[f]);
		if (paths[f] != NULL)
			list[n++] = paths[f];
	}
	if (rc == CREDPLUG_PS_OK && n == 0)
		rc = ss_not_found(ss);
	if (rc == CREDPLUG_PS_OK) {
		secrets = secret_service_get_secrets_for_dbus_paths_sync(
		        ss->svc, (const gchar **)list, ss->cancel, &err);
		rc = secrets != NULL
		             ? ss_deliver(ss, paths, secrets)
		             : cp_kr_ss_fail(ss, err, "reading secrets");
	}
	if (rc == CREDPLUG_PS_NOT_FOUND && secrets != NULL)
		rc = ss_not_found(ss);
	if (secrets != NULL)
		g_hash_table_unref(secrets);
	for (int i = 0; i < CP_KR_NFIELDS; i++)
		g_free(paths[i]);
	return rc;
}

static int ss_delete(struct cp_kr_ss *ss, const char *path)
{
	GError *err = NULL;
	const char *prompt = NULL;
	GVariant *r = cp_kr_ss_call(ss, path, "org.freedesktop.Secret.Item",
	                            "Delete", NULL, "(o)", &err);
	int rc = CREDPLUG_PS_OK;

	if (r == NULL)
		return cp_kr_ss_fail(ss, err, "deleting an item");
	g_variant_get(r, "(&o)", &prompt);
	if (strcmp(prompt, "/") != 0) {
		ss->host->set_message(ss->call,
		                      "keyring: the Secret Service wants "
		                      "a prompt to delete %s; delete it with "
		                      "`secret-tool clear`",
		                      path);
		rc = CREDPLUG_PS_UNAVAILABLE;
	}
	g_variant_unref(r);
	return rc;
}

/* Deletes every unlocked item of the request's field (bounded); *n counts
 * them.  Locked ones are unlocked (interactive) or reported. */
static int ss_delete_all(struct cp_kr_ss *ss, int *n)
{
	gchar *path = NULL;
	int rc = CREDPLUG_PS_OK;

	*n = 0;
	for (int i = 0; i < 16; i++) {
		rc = ss_field_path(ss, ss->req->field, &path);
		if (rc != CREDPLUG_PS_OK || path == NULL)
			break;
		rc = ss_delete(ss, path);
		g_free(path);
		path = NULL;
		if (rc != CREDPLUG_PS_OK)
			break;
		(*n)++;
	}
	return rc;
}

/* The target collection, unlocked (interactive) or reported as locked. */
static int ss_target(struct cp_kr_ss *ss, char *coll, size_t len)
{
	char what[320];
	int locked = 0;
	int rc = cp_kr_ss_collection(ss, coll, len, &locked);
	const gchar *paths[2] = {coll, NULL};

	if (rc != CREDPLUG_PS_OK || !locked)
		return rc;
	snprintf(what, sizeof(what), "the Secret Service collection %s", coll);
	if (!ss_interactive(ss))
		return cp_kr_ss_locked(ss, what);
	return ss_unlock(ss, paths, what);
}

/* Tells the host (ABI 1.1 and later) which item was written (in `coll`)
 * or how many were removed (`coll` NULL).  No mode: who may read an item
 * is the collection's lock, not a permission. */
static void ss_report(struct cp_kr_ss *ss, const char *coll, int n)
{
	const char *alias = ss->st->collection;
	char name[3 * CP_KR_NAME_MAX + 32], loc[sizeof(name) + 600];

	if (!CREDPLUG_HOST_HAS(ss->host, set_target))
		return;
	ss_item_name(ss, ss->req->field, name, sizeof(name));
	if (coll == NULL && n > 1)
		snprintf(loc, sizeof(loc), "Secret Service item %s (%d items)",
		         name, n);
	else if (coll == NULL)
		snprintf(loc, sizeof(loc), "Secret Service item %s", name);
	else if (alias[0] != '/')
		snprintf(loc, sizeof(loc),
		         "Secret Service collection \"%s\" (%s), item %s",
		         alias, coll, name);
	else
		snprintf(loc, sizeof(loc),
		         "Secret Service collection %s, item %s", coll, name);
	(void)ss->host->set_target(ss->call, loc, ss->req->profile, NULL);
}

static int ss_store(struct cp_kr_ss *ss)
{
	char coll[256], label[3 * CP_KR_NAME_MAX + 32];
	GHashTable *attrs;
	SecretValue *value;
	GError *err = NULL;
	gboolean ok;
	int n, rc = ss_target(ss, coll, sizeof(coll));

	/* Items written by other tools may carry other extra attributes, so
	 * the service's "replace" would keep them: delete them first. */
	if (rc == CREDPLUG_PS_OK)
		rc = ss_delete_all(ss, &n);
	if (rc != CREDPLUG_PS_OK)
		return rc;
	snprintf(label, sizeof(label), "credplug %s/%s/%s", ss->st->service,
	         ss->req->profile, cp_kr_field_name(ss->req->field));
	attrs = g_hash_table_new(g_str_hash, g_str_equal);
	g_hash_table_insert(attrs, (gpointer) "service", ss->st->service);
	g_hash_table_insert(attrs, (gpointer) "profile",
	                    (gpointer)ss->req->profile);
	g_hash_table_insert(attrs, (gpointer) "field",
	                    (gpointer)cp_kr_field_name(ss->req->field));
	/* Copied into libsecret's secure memory, which is wiped on free. */
	value = secret_value_new(ss->req->value, (gssize)ss->req->len,
	                         "text/plain");
	ok = secret_service_store_sync(ss->svc, &kr_schema, attrs, coll, label,
	                               value, ss->cancel, &err);
	secret_value_unref(value);
	g_hash_table_unref(attrs);
	if (!ok)
		return cp_kr_ss_fail(ss, err, "storing the item");
	ss->host->note(ss->call, "stored in Secret Service collection %s",
	               coll);
	ss_report(ss, coll, 1);
	return CREDPLUG_PS_OK;
}

static int ss_erase(struct cp_kr_ss *ss)
{
	char name[3 * CP_KR_NAME_MAX + 32];
	int n = 0;
	int rc = ss_delete_all(ss, &n);

	if (rc == CREDPLUG_PS_OK && n > 0)
		ss_report(ss, NULL, n);
	if (rc != CREDPLUG_PS_OK || n > 0)
		return rc;
	ss_item_name(ss, ss->req->field, name, sizeof(name));
	ss->host->set_message(ss->call,
	                      "keyring: no Secret Service item %s to "
	                      "erase",
	                      name);
	return CREDPLUG_PS_NOT_FOUND;
}

int cp_kr_ss_run(const struct cp_kr_state *st,
                 const struct credplug_host_v1 *host,
                 struct credplug_call *call, struct cp_kr_req *req)
{
	struct cp_kr_ss ss;
	int rc;

	memset(&ss, 0, sizeof(ss));
	ss.st = st;
	ss.host = host;
	ss.call = call;
	ss.req = req;
	rc = cp_kr_ss_open(&ss);
	if (rc == CREDPLUG_PS_OK) {
		if (req->op == CP_KR_OP_STORE)
			rc = ss_store(&ss);
		else if (req->op == CP_KR_OP_ERASE)
			rc = ss_erase(&ss);
		else
			rc = ss_resolve(&ss);
	}
	cp_kr_ss_close(&ss);
	return rc;
}

#ifndef CREDPLUG_BUILTIN_NAME
/* This object's one exported symbol (ss_load.c loads it): the backend's
 * table, only for a keyring.so built with the same shared structs. */
CREDPLUG_PROVIDER_EXPORT const struct cp_kr_ss_api *
cp_kr_ss_entry_v1(uint32_t iface, size_t state_size, size_t req_size);

CREDPLUG_PROVIDER_EXPORT const struct cp_kr_ss_api *
cp_kr_ss_entry_v1(uint32_t iface, size_t state_size, size_t req_size)
{
	static const struct cp_kr_ss_api api = {
	        CP_KR_SS_IFACE, sizeof(struct cp_kr_ss_api), cp_kr_ss_run};

	if (iface != CP_KR_SS_IFACE ||
	    state_size != sizeof(struct cp_kr_state) ||
	    req_size != sizeof(struct cp_kr_req))
		return NULL;
	return &api;
}
#endif
