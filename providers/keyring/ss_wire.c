/*
 * keyring provider: D-Bus messages for the probe (see ss_wire.h).
 *
 * Layout (D-Bus specification, "Message Format"): a 12-byte fixed header
 * (endianness, type, flags, version, body length, serial), an array of
 * (code, variant) header fields, padding to 8, the body.  Every value is
 * aligned to its size from the start of the message.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "ss_wire.h"

#define T_METHOD_CALL   1
#define T_METHOD_RETURN 2
#define T_ERROR         3
#define F_NO_AUTO_START 0x2
#define H_PATH          1
#define H_INTERFACE     2
#define H_MEMBER        3
#define H_REPLY_SERIAL  5
#define H_DESTINATION   6
#define H_SIGNATURE     8

struct out {
	unsigned char *b;
	size_t cap, n;
	int bad;
};

static void put(struct out *o, const void *p, size_t len)
{
	if (o->bad || len > o->cap - o->n) {
		o->bad = 1;
		return;
	}
	memcpy(o->b + o->n, p, len);
	o->n += len;
}

static void pad(struct out *o, size_t a)
{
	static const unsigned char zero[8];

	put(o, zero, (a - o->n % a) % a);
}

static void put_u32(struct out *o, uint32_t v) /* native order */
{
	pad(o, 4);
	put(o, &v, 4);
}

static void put_str(struct out *o, const char *s)
{
	put_u32(o, (uint32_t)strlen(s));
	put(o, s, strlen(s) + 1);
}

/* One header field: code, then a variant holding a string-like value. */
static void put_field(struct out *o, unsigned char code, char type,
                      const char *s)
{
	unsigned char sig[3] = {1, (unsigned char)type, 0};
	unsigned char len = (unsigned char)strlen(s);

	pad(o, 8);
	put(o, &code, 1);
	put(o, sig, 3);
	if (type == 'g') {
		put(o, &len, 1);
		put(o, s, (size_t)len + 1);
	} else {
		put_str(o, s);
	}
}

size_t cp_kr_wire_call(unsigned char *buf, size_t cap, uint32_t serial,
                       const char *member, const char *arg)
{
	unsigned char fixed[4] = {
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		'B',
#else
		'l',
#endif
		T_METHOD_CALL,
		F_NO_AUTO_START,
		1
	};
	struct out o = {buf, cap, 0, 0};
	uint32_t body = arg ? 4 + (uint32_t)strlen(arg) + 1 : 0, fields;

	put(&o, fixed, 4);
	put_u32(&o, body);
	put_u32(&o, serial);
	put_u32(&o, 0); /* fields length, filled in below */
	put_field(&o, H_PATH, 'o', "/org/freedesktop/DBus");
	put_field(&o, H_INTERFACE, 's', "org.freedesktop.DBus");
	put_field(&o, H_MEMBER, 's', member);
	put_field(&o, H_DESTINATION, 's', "org.freedesktop.DBus");
	if (arg != NULL)
		put_field(&o, H_SIGNATURE, 'g', "s");
	fields = (uint32_t)(o.n - 16);
	pad(&o, 8);
	if (arg != NULL)
		put_str(&o, arg);
	if (o.bad)
		return 0;
	memcpy(buf + 12, &fields, 4);
	return o.n;
}

struct in {
	const unsigned char *b;
	size_t end; /* of the header fields */
	int big;
};

static int get_u32(const struct in *m, size_t *pos, uint32_t *v)
{
	const unsigned char *p;

	*pos = (*pos + 3) & ~(size_t)3;
	if (*pos > m->end || m->end - *pos < 4)
		return -1;
	p = m->b + *pos;
	*v = m->big ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	                      (uint32_t)p[2] << 8 | p[3]
	            : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 |
	                      (uint32_t)p[1] << 8 | p[0];
	*pos += 4;
	return 0;
}

/* Skips `len` bytes and the nul after them. */
static int skip(const struct in *m, size_t *pos, uint32_t len)
{
	if (*pos > m->end || m->end - *pos < (size_t)len + 1 ||
	    m->b[*pos + len] != '\0')
		return -1;
	*pos += (size_t)len + 1;
	return 0;
}

/* One header field at *pos: its code, and its value if of type u (else
 * *u is 0) or of type g (then *sig points at it, else it is left alone). */
static int get_field(const struct in *m, size_t *pos, unsigned *code,
                     uint32_t *u, const char **sig)
{
	uint32_t len;
	char type;

	*u = 0;
	*pos = (*pos + 7) & ~(size_t)7;
	if (*pos > m->end || m->end - *pos < 4 || m->b[*pos + 1] != 1 ||
	    m->b[*pos + 3] != '\0')
		return -1;
	*code = m->b[*pos];
	type = (char)m->b[*pos + 2];
	*pos += 4;
	if (type == 'u')
		return get_u32(m, pos, u);
	if (type == 's' || type == 'o')
		return get_u32(m, pos, &len) == 0 ? skip(m, pos, len) : -1;
	if (type != 'g' || *pos >= m->end)
		return -1;
	len = m->b[(*pos)++];
	*sig = (const char *)m->b + *pos;
	return skip(m, pos, len);
}

/* Header fields: the reply serial and the body signature ("" if none). */
static int get_fields(const struct in *m, uint32_t *reply, const char **sig)
{
	size_t pos = 16;
	const char *g;
	uint32_t u;
	unsigned code;

	*reply = 0;
	*sig = "";
	while (pos < m->end) {
		g = NULL;
		if (get_field(m, &pos, &code, &u, &g) != 0)
			return -1;
		if (code == H_REPLY_SERIAL)
			*reply = u;
		if (code == H_SIGNATURE && g != NULL)
			*sig = g;
	}
	return 0;
}

int cp_kr_wire_read(const unsigned char *buf, size_t len, uint32_t want,
                    int *verdict)
{
	struct in m = {buf, 0, 0};
	uint32_t body, flen, reply, b;
	size_t pos = 4, total, body_at;
	const char *sig;

	if (len < 16)
		return 0;
	if ((buf[0] != 'l' && buf[0] != 'B') || buf[3] != 1)
		return -1;
	m.big = buf[0] == 'B';
	m.end = 16;
	get_u32(&m, &pos, &body);
	pos = 12;
	get_u32(&m, &pos, &flen);
	if (flen > CP_KR_WIRE_MAX || body > CP_KR_WIRE_MAX)
		return -1;
	body_at = (16 + (size_t)flen + 7) & ~(size_t)7;
	total = body_at + body;
	if (total > CP_KR_WIRE_MAX)
		return -1;
	if (len < total)
		return 0;
	m.end = 16 + (size_t)flen;
	if (get_fields(&m, &reply, &sig) != 0)
		return -1;
	*verdict = CP_KR_WIRE_OTHER;
	if ((buf[1] != T_METHOD_RETURN && buf[1] != T_ERROR) || reply != want)
		return (int)total;
	*verdict = CP_KR_WIRE_ERROR;
	m.end = total;
	pos = body_at;
	if (buf[1] == T_METHOD_RETURN && strcmp(sig, "b") == 0 &&
	    get_u32(&m, &pos, &b) == 0 && b <= 1)
		*verdict = b ? CP_KR_WIRE_TRUE : CP_KR_WIRE_FALSE;
	return (int)total;
}
