/*
 * credoc — RFC 3339 timestamps (expires_at), with libc's strptime and timegm.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "credoc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- deadlines ------------------------------------------------------ */

static int64_t mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t cp_credoc_deadline(int64_t time_left_ms)
{
	int64_t now = mono_ms();

	if (time_left_ms <= 0)
		return now;
	return time_left_ms >= INT64_MAX - now ? CP_CREDOC_NO_DEADLINE
	                                       : now + time_left_ms;
}

int cp_credoc_past(int64_t deadline)
{
	return deadline != CP_CREDOC_NO_DEADLINE && mono_ms() >= deadline;
}

/* ---- RFC 3339 ------------------------------------------------------- */

static int two_digits(const char *p)
{
	return (p[0] - '0') * 10 + (p[1] - '0');
}

/* Checks the fixed shape; strptime/timegm do the calendar. */
static int rfc3339_shape(const char *s)
{
	static const char shape[] = "dddd-dd-ddTdd:dd:dd";

	for (size_t i = 0; i < sizeof(shape) - 1; i++) {
		if (shape[i] == 'd') {
			if (s[i] < '0' || s[i] > '9')
				return -1;
		} else if (shape[i] == 'T') {
			if (s[i] != 'T' && s[i] != 't' && s[i] != ' ')
				return -1;
		} else if (s[i] != shape[i]) {
			return -1;
		}
	}
	return 0;
}

/* Parses "Z" or "+hh:mm" at `p`; the offset is east of UTC, in seconds. */
static int rfc3339_offset(const char *p, int64_t *off)
{
	int sign, hh, mm;

	if ((p[0] == 'Z' || p[0] == 'z') && p[1] == '\0') {
		*off = 0;
		return 0;
	}
	if (p[0] != '+' && p[0] != '-')
		return -1;
	sign = p[0] == '+' ? 1 : -1;
	for (int i = 1; i <= 5; i++)
		if (i == 3 ? p[i] != ':' : (p[i] < '0' || p[i] > '9'))
			return -1;
	if (p[6] != '\0')
		return -1;
	hh = two_digits(p + 1);
	mm = two_digits(p + 4);
	if (hh > 23 || mm > 59)
		return -1;
	*off = sign * (int64_t)(hh * 3600 + mm * 60);
	return 0;
}

int cp_rfc3339_parse(const char *s, int64_t *out)
{
	char buf[20];
	const char *p;
	struct tm tm, want;
	int64_t off;
	int leap = 0;
	time_t t;

	if (s == NULL || strnlen(s, 20) < 20 || rfc3339_shape(s) != 0)
		return -1;
	p = s + 19;
	if (*p == '.') {
		size_t n = 0;
		for (p++; *p >= '0' && *p <= '9' && n < 18; p++, n++)
			;
		if (n == 0)
			return -1;
	}
	if (rfc3339_offset(p, &off) != 0)
		return -1;
	memcpy(buf, s, 19);
	buf[10] = 'T';
	buf[19] = '\0';
	memset(&tm, 0, sizeof(tm));
	if (strptime(buf, "%Y-%m-%dT%H:%M:%S", &tm) != buf + 19 ||
	    tm.tm_sec > 60)
		return -1;
	if (tm.tm_sec == 60) { /* a leap second reads as the next one */
		tm.tm_sec = 59;
		leap = 1;
	}
	want = tm;
	t = timegm(&tm);
	/* timegm normalises "02-31" to March: refuse such dates. */
	if (t == (time_t)-1 || tm.tm_year != want.tm_year ||
	    tm.tm_mon != want.tm_mon || tm.tm_mday != want.tm_mday ||
	    tm.tm_hour != want.tm_hour || tm.tm_min != want.tm_min)
		return -1;
	*out = (int64_t)t + leap - off;
	return 0;
}
