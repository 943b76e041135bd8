/*
 * keyring provider: the little of the D-Bus wire format the GLib-free
 * probe needs (ss_probe.c): build two method calls to the bus, read the
 * replies.  Pure functions, no I/O (fuzz/dbus_reply.c drives the reader).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CP_KR_SS_WIRE_H
#define CP_KR_SS_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* Largest message the probe accepts (the replies it waits for and the
 * NameAcquired signal are well under 1 KiB). */
#define CP_KR_WIRE_MAX 4096

/** Writes a method call to the bus driver org.freedesktop.DBus (flag
 *  NO_AUTO_START) into buf: `member` with serial `serial`, and one string
 *  argument `arg` unless NULL.  Returns its length, or 0 if it does not
 *  fit in `cap`. */
size_t cp_kr_wire_call(unsigned char *buf, size_t cap, uint32_t serial,
                       const char *member, const char *arg);

/** What one incoming message says about the call with serial `want`. */
enum cp_kr_wire_verdict {
	CP_KR_WIRE_OTHER = 0, /* not the reply: skip it */
	CP_KR_WIRE_TRUE,      /* method return, body (b) true */
	CP_KR_WIRE_FALSE,     /* method return, body (b) false */
	CP_KR_WIRE_ERROR,     /* an error reply, or a reply of another shape */
};

/** Reads the message at the start of buf[0..len).  Returns its total
 *  length with *verdict set, 0 if more bytes are needed, -1 if it is
 *  malformed or longer than CP_KR_WIRE_MAX. */
int cp_kr_wire_read(const unsigned char *buf, size_t len, uint32_t want,
                    int *verdict);

#endif
