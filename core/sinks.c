/*
 * The sinks built into the core: an HTTP/1.1 header block in caller memory
 * and a collector of name/value pairs.  Neither allocates.
 */
#include <string.h>

#include "credplug/credplug.h"
#include "credplug/sink.h"

static int buffer_add(void *ud, const char *name, const char *value)
{
	struct credplug_buffer *b = ud;
	size_t n = strlen(name), v = strlen(value);

	/* "Name: value\r\n" plus the NUL */
	if (b->len + n + v + 5 > b->cap) {
		credplug_wipe(b->data + b->len, b->cap - b->len);
		return -1;
	}
	memcpy(b->data + b->len, name, n);
	memcpy(b->data + b->len + n, ": ", 2);
	memcpy(b->data + b->len + n + 2, value, v);
	memcpy(b->data + b->len + n + 2 + v, "\r\n", 3);
	b->len += n + v + 4;
	return 0;
}

void credplug_buffer_sink(struct credplug_sink *sink,
                          struct credplug_buffer *buf, char *mem, size_t cap)
{
	buf->data = mem;
	buf->cap = cap;
	buf->len = 0;
	if (mem != NULL && cap > 0)
		mem[0] = '\0';
	sink->struct_size = sizeof(*sink);
	sink->add_header = buffer_add;
	sink->user_data = buf;
}

void credplug_buffer_wipe(struct credplug_buffer *buf)
{
	if (buf == NULL || buf->data == NULL)
		return;
	credplug_wipe(buf->data, buf->cap);
	buf->len = 0;
}

static int collect_add(void *ud, const char *name, const char *value)
{
	struct credplug_collect *c = ud;
	struct credplug_header *h;
	size_t n = strlen(name), v = strlen(value);

	if (c->count >= CREDPLUG_COLLECT_MAX || n >= sizeof(h->name) ||
	    v >= sizeof(h->value))
		return -1;
	h = &c->headers[c->count++];
	memcpy(h->name, name, n + 1);
	memcpy(h->value, value, v + 1);
	return 0;
}

void credplug_collect_sink(struct credplug_sink *sink,
                           struct credplug_collect *c)
{
	c->count = 0;
	sink->struct_size = sizeof(*sink);
	sink->add_header = collect_add;
	sink->user_data = c;
}

void credplug_collect_wipe(struct credplug_collect *c)
{
	if (c == NULL)
		return;
	credplug_wipe(c->headers, sizeof(c->headers));
	c->count = 0;
}
