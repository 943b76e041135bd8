/* kr_util.h helpers that need GIO (kept apart so that a test can check
 * GLib is not in its process: test_keyring_lazy.c). */
#include "kr_util.h"

#include <stdlib.h>

#include <gio/gio.h>

int kr_bus_has_owner(const char *name)
{
	GError *err = NULL;
	gboolean owned = FALSE;
	GDBusConnection *c = g_dbus_connection_new_for_address_sync(
	        getenv("DBUS_SESSION_BUS_ADDRESS"),
	        G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
	                G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
	        NULL, NULL, &err);
	GVariant *r;

	if (c == NULL) {
		g_error_free(err);
		return -1;
	}
	r = g_dbus_connection_call_sync(
	        c, "org.freedesktop.DBus", "/org/freedesktop/DBus",
	        "org.freedesktop.DBus", "NameHasOwner",
	        g_variant_new("(s)", name), G_VARIANT_TYPE("(b)"),
	        G_DBUS_CALL_FLAGS_NO_AUTO_START, 2000, NULL, &err);
	if (r != NULL) {
		g_variant_get(r, "(b)", &owned);
		g_variant_unref(r);
	} else {
		g_error_free(err);
	}
	g_dbus_connection_close_sync(c, NULL, NULL);
	g_object_unref(c);
	return r != NULL ? (int)owned : -1;
}
