/*
 * credplug — transport-neutral header sink and the sinks built into the core.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CREDPLUG_SINK_H
#define CREDPLUG_SINK_H

#include <stddef.h>
#include <stdint.h>

#include "credplug/types.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef CREDPLUG_API
#if defined(__GNUC__) && !defined(_WIN32)
#define CREDPLUG_API __attribute__((visibility("default")))
#else
#define CREDPLUG_API
#endif
#endif

/**
 * Callback that adds one header to a request.  `name` and `value` are
 * borrowed for the duration of the call only: copy them, and wipe the copy
 * of `value` when done (it is a secret).
 * @return 0 on success, non-zero to abort the apply (CREDPLUG_ESINK).
 */
typedef int (*credplug_add_header_fn)(void *user_data, const char *name,
                                      const char *value);

/** Where credplug_apply() sends headers.  Initialise with CREDPLUG_SINK_INIT.
 */
struct credplug_sink {
	uint32_t struct_size;
	credplug_add_header_fn add_header;
	void *user_data;
};
#define CREDPLUG_SINK_INIT                                                     \
	{                                                                      \
		sizeof(struct credplug_sink), 0, 0                             \
	}

/**
 * Buffer sink: renders an HTTP/1.1 header block ("Name: value\r\n" per
 * header) into caller memory.  Never allocates.  On overflow the apply
 * fails with CREDPLUG_ESINK and `len` is reset to what fitted before.
 */
struct credplug_buffer {
	char *data; /**< caller memory, always NUL-terminated */
	size_t cap; /**< size of `data` */
	size_t len; /**< bytes written, excluding the NUL */
};

/**
 * Point `sink` at `buf`, which renders into `mem` (`cap` bytes).
 * Ownership: `mem` stays the caller's; wipe it with credplug_buffer_wipe().
 */
CREDPLUG_API void credplug_buffer_sink(struct credplug_sink *sink,
                                       struct credplug_buffer *buf, char *mem,
                                       size_t cap);

/** Wipe the buffer's memory and reset it to empty. */
CREDPLUG_API void credplug_buffer_wipe(struct credplug_buffer *buf);

/** Most headers one apply can produce. */
#define CREDPLUG_COLLECT_MAX 4

/**
 * Collecting sink: copies each name/value pair into fixed storage inside the
 * struct.  Never allocates.  Wipe with credplug_collect_wipe().
 */
struct credplug_collect {
	size_t count;
	struct credplug_header {
		char name[32];
		/* room for a value prefix such as "Bearer " */
		char value[CREDPLUG_VALUE_MAX + 16];
	} headers[CREDPLUG_COLLECT_MAX];
};

/** Point `sink` at `c` and set its count to 0.  Values collected earlier
 *  are not wiped: call credplug_collect_wipe() for that. */
CREDPLUG_API void credplug_collect_sink(struct credplug_sink *sink,
                                        struct credplug_collect *c);

/** Wipe every collected value and reset the count to zero. */
CREDPLUG_API void credplug_collect_wipe(struct credplug_collect *c);

#ifdef __cplusplus
}
#endif
#endif /* CREDPLUG_SINK_H */
