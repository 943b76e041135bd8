/*
 * kr_hang_service: a Secret Service that never answers.  Owns
 * org.freedesktop.secrets on the bus in DBUS_SESSION_BUS_ADDRESS, drops
 * every method call addressed to it (no reply, no error), prints "ready"
 * and runs until killed (or 60 s, a safety bound).
 *
 * This stands in for a wedged keyring daemon, which cannot be produced on
 * demand with the real gnome-keyring.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <gio/gio.h>

static GDBusMessage *drop_calls(GDBusConnection *c, GDBusMessage *m,
                                gboolean incoming, gpointer user_data)
{
	(void)c;
	(void)user_data;
	if (incoming && g_dbus_message_get_message_type(m) ==
	                        G_DBUS_MESSAGE_TYPE_METHOD_CALL) {
		g_object_unref(m);
		return NULL;
	}
	return m;
}

int main(void)
{
	const char *addr = getenv("DBUS_SESSION_BUS_ADDRESS");
	GError *err = NULL;
	GDBusConnection *conn;
	GVariant *r;
	guint32 code = 0;

	if (addr == NULL)
		return 2;
	alarm(60);
	conn = g_dbus_connection_new_for_address_sync(
	        addr,
	        G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
	                G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
	        NULL, NULL, &err);
	if (conn == NULL) {
		fprintf(stderr, "kr_hang_service: %s\n", err->message);
		return 1;
	}
	g_dbus_connection_add_filter(conn, drop_calls, NULL, NULL);
	r = g_dbus_connection_call_sync(
	        conn, "org.freedesktop.DBus", "/org/freedesktop/DBus",
	        "org.freedesktop.DBus", "RequestName",
	        g_variant_new("(su)", "org.freedesktop.secrets", 4u),
	        G_VARIANT_TYPE("(u)"), G_DBUS_CALL_FLAGS_NONE, 5000, NULL,
	        &err);
	if (r == NULL) {
		fprintf(stderr, "kr_hang_service: %s\n", err->message);
		return 1;
	}
	g_variant_get(r, "(u)", &code);
	g_variant_unref(r);
	if (code != 1)
		return 1;
	printf("ready\n");
	fflush(stdout);
	g_main_loop_run(g_main_loop_new(NULL, FALSE));
	return 0;
}
