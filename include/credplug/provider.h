/*
 * credplug — provider plugin ABI, the extender tier.
 *
 * Binary-stable per ABI major.  Every struct starts with `abi_major` and
 * `struct_size`, only grows at the end, and uses fixed-width fields.  A
 * reader accepts `struct_size >=` the struct's first-published size
 * (CREDPLUG_HOST_V1_0_SIZE, CREDPLUG_PROVIDER_V1_0_SIZE in
 * credplug/types.h) and treats slots past the end as unsupported.  Each
 * member added after 1.0 says "since".  Fields are named by
 * `enum credplug_field` (credplug/types.h, included here).
 *
 * A module exports exactly one symbol, CREDPLUG_PROVIDER_ENTRY_SYMBOL, of
 * type credplug_provider_entry_v1_fn.  It never links against host symbols
 * and never hands the host heap memory: every value goes through a host
 * service that copies it into wiped memory.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CREDPLUG_PROVIDER_H
#define CREDPLUG_PROVIDER_H

#include <stddef.h>
#include <stdint.h>

#include "credplug/types.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CREDPLUG_PROVIDER_ABI_MAJOR    1
#define CREDPLUG_PROVIDER_ENTRY_SYMBOL "credplug_provider_entry_v1"

#if defined(__GNUC__) && !defined(_WIN32)
#define CREDPLUG_PROVIDER_EXPORT __attribute__((visibility("default")))
#else
#define CREDPLUG_PROVIDER_EXPORT
#endif

/** What a provider call found.  Drives the chain (see docs/plugin-abi.md). */
enum credplug_pstatus {
	CREDPLUG_PS_FOUND = 0, /**< at least one field was set (also "OK") */
	CREDPLUG_PS_NOT_FOUND = 1, /**< nothing there; the chain goes on */
	CREDPLUG_PS_UNAVAILABLE =
	        2, /**< backend unreachable; the chain goes on */
	CREDPLUG_PS_TIMED_OUT = 3, /**< deadline passed; the chain goes on */
	CREDPLUG_PS_INVALID = 4,   /**< present but broken; the resolve fails */
	CREDPLUG_PS_DENIED = 5,    /**< refused (unsafe permissions); fails */
	CREDPLUG_PS_ERROR = 6,     /**< internal failure (e.g. out of memory) */
	CREDPLUG_PS_UNCHANGED = 7  /**< resolve only: same as last time; the
	                                host reuses what the previous call set */
};
#define CREDPLUG_PS_OK CREDPLUG_PS_FOUND

/** Bits for credplug_provider_v1.capabilities. */
#define CREDPLUG_CAP_STORE (1u << 0) /**< implements store() */
#define CREDPLUG_CAP_ERASE (1u << 1) /**< implements erase() */

/** Flags for host->read_file(). */
#define CREDPLUG_READ_PRIVATE                                                  \
	(1u << 0) /**< ssh-like: owner == euid, no group/other access */
#define CREDPLUG_READ_ALLOW_GROUP                                              \
	(1u << 1) /**< with PRIVATE: group read allowed (noted) */
#define CREDPLUG_READ_STRIP_NEWLINE                                            \
	(1u << 2) /**< strip one trailing "\n" or "\r\n" */
/** Owned by root or the current user and not writable by group or others
 *  (for files that need not be private, e.g. container secrets that are
 *  0444; since 1.0). */
#define CREDPLUG_READ_TRUSTED_OWNER (1u << 3)

/** Flags for host->check_path(). */
#define CREDPLUG_CHECK_EXECUTABLE                                              \
	(1u << 0) /**< owned by root/euid, file and directory not              \
	             group/world-writable */

/** Identity of a file, for cheap change detection. */
struct credplug_file_id {
	uint64_t dev;
	uint64_t ino;
	uint64_t size;
	int64_t mtime_ns;
	int64_t ctime_ns;
};

/** Opaque per-call handle: the host's bookkeeping for one provider call. */
struct credplug_call;

/**
 * Services the host offers a module.  Pointers stay valid for the process
 * lifetime.  Every string a service returns is borrowed until the current
 * call returns.  Every service accepts a NULL `call` and then returns a
 * defined result (see each member; docs/plugin-abi.md lists them all).
 */
struct credplug_host_v1 {
	uint32_t abi_major;   /**< CREDPLUG_PROVIDER_ABI_MAJOR */
	uint32_t struct_size; /**< sizeof the host's struct */

	/* ---- options: inside create() only ---------------------------- */
	/** String option.  @return 1 present, 0 absent, -1 wrong type (the
	 *  host records a configuration error; return CREDPLUG_PS_INVALID). */
	int (*option_string)(struct credplug_call *call, const char *key,
	                     const char **out);
	/** Integer option; same returns. */
	int (*option_int)(struct credplug_call *call, const char *key,
	                  int64_t *out);
	/** Boolean option; same returns. */
	int (*option_bool)(struct credplug_call *call, const char *key,
	                   int *out);
	/** Array-of-strings option: element count in `*count`; read each with
	 *  option_string_at().  Same returns. */
	int (*option_array)(struct credplug_call *call, const char *key,
	                    size_t *count);
	/** Element `index` of an array-of-strings option; same returns. */
	int (*option_string_at)(struct credplug_call *call, const char *key,
	                        size_t index, const char **out);

	/* ---- results: inside resolve() -------------------------------- */
	/**
	 * Set a field (`enum credplug_field`, e.g. CREDPLUG_API_KEY).  The
	 * host validates and copies the value into wiped memory; `locator` says
	 * where it came from (env var name, path and profile, keyring item) and
	 * must not contain the value.
	 * @return CREDPLUG_PS_FOUND stored; CREDPLUG_PS_NOT_FOUND empty value
	 *         (ignored, falls through); CREDPLUG_PS_INVALID (message set,
	 *         return it); CREDPLUG_PS_ERROR (out of memory).
	 */
	int (*set_field)(struct credplug_call *call, uint32_t field,
	                 const char *value, size_t len, const char *locator);
	/** Expiry of a field set in this call, in seconds since the epoch.
	 *  @return CREDPLUG_PS_FOUND, or CREDPLUG_PS_ERROR (field not set in
	 *  this call, or a negative time). */
	int (*set_expiry)(struct credplug_call *call, uint32_t field,
	                  int64_t expires_at);
	/** Ask to be resolved again within `interval_ms` (change detection);
	 *  the host re-runs the chain at most that often from apply. */
	void (*set_recheck)(struct credplug_call *call, uint32_t interval_ms);

	/* ---- diagnostics ---------------------------------------------- */
	/** The call's one-line message (what, where, how to fix).  printf-like.
	 *  The host redacts any value set in this call if it appears. */
	void (*set_message)(struct credplug_call *call, const char *fmt, ...)
#if defined(__GNUC__)
	        __attribute__((format(printf, 2, 3)))
#endif
	        ;
	/** An informational note for explain (e.g. "group-readable allowed").
	 */
	void (*note)(struct credplug_call *call, const char *fmt, ...)
#if defined(__GNUC__)
	        __attribute__((format(printf, 2, 3)))
#endif
	        ;

	/* ---- environment ---------------------------------------------- */
	/** Environment lookup (secure_getenv semantics). */
	const char *(*getenv)(struct credplug_call *call, const char *name);
	/** Wall clock, nanoseconds since the epoch (injectable in tests; the
	 *  system's clock when `call` is NULL). */
	int64_t (*now_ns)(struct credplug_call *call);
	/** Milliseconds left before this call's deadline (0 when passed, and
	 *  when `call` is NULL).  The module keeps the deadline: the host
	 *  cannot interrupt an in-process call (see resolve()). */
	int64_t (*remaining_ms)(struct credplug_call *call);
	/** The context's CREDPLUG_FLAG_* bits (credplug/types.h, e.g.
	 *  INTERACTIVE); 0 when `call` is NULL. */
	uint32_t (*flags)(struct credplug_call *call);
	/** Value passed to credplug_set() for `field` (`enum
	 *  credplug_field`; explicit provider). */
	int (*explicit_value)(struct credplug_call *call, uint32_t field,
	                      const char **value, size_t *len);
	/** Profile argument of credplug_store()/credplug_erase(), or NULL. */
	const char *(*profile)(struct credplug_call *call);

	/* ---- files ---------------------------------------------------- */
	/**
	 * Read a small file into wiped host memory (valid until the call
	 * returns), following symlinks and checking the final target.  At
	 * most `max` bytes (SIZE_MAX: no limit); the buffer is sized by the
	 * file, not by `max`.
	 * @return CREDPLUG_PS_FOUND; CREDPLUG_PS_NOT_FOUND (absent);
	 *         CREDPLUG_PS_DENIED (permissions; message has the chmod fix);
	 *         CREDPLUG_PS_INVALID (not a regular file, over `max`);
	 *         CREDPLUG_PS_UNAVAILABLE (other I/O error, or the file grew
	 *         by more than 64 KiB while it was read); CREDPLUG_PS_ERROR
	 *         (out of memory, or more than 8 reads in one call).  Message
	 *         set on every failure.  `id` (may be NULL) receives the
	 *         identity.
	 */
	int (*read_file)(struct credplug_call *call, const char *path,
	                 uint32_t flags, size_t max, const char **data,
	                 size_t *len, struct credplug_file_id *id);
	/** stat() a path (following symlinks).  @return FOUND, NOT_FOUND,
	 *  UNAVAILABLE. */
	int (*stat_file)(struct credplug_call *call, const char *path,
	                 struct credplug_file_id *id);
	/** Owner/mode checks used for modules (CREDPLUG_CHECK_*).
	 *  @return FOUND ok, NOT_FOUND, DENIED (message has the fix; with a
	 *  NULL `call` the check runs and the message is dropped). */
	int (*check_path)(struct credplug_call *call, const char *path,
	                  uint32_t flags);

	/* ---- instance capabilities: inside create() only ------------- */
	/** Narrow this instance's CREDPLUG_CAP_* bits below the descriptor's
	 *  (e.g. a read-only configuration of a writable provider), so that
	 *  credplug_store() without a provider name skips it. */
	void (*restrict_capabilities)(struct credplug_call *call,
	                              uint32_t capabilities);

	/* ---- since 1.1 (check CREDPLUG_HOST_HAS(host, member) first) --- */
	/**
	 * Inside store() or erase() only: say where the value was written
	 * (or removed), so that the caller can tell the user (e.g. `stored
	 * api_key in ~/.config/credplug/credentials.json (file provider,
	 * profile default, mode 0600)`).  Call it once the write succeeded; a
	 * second call replaces the first.  Strings are copied; the host
	 * replaces the value being stored by `****` if it appears in them.
	 * Since 1.1.
	 * @param locator  where, on one line: an absolute path for a file,
	 *                 else the item as the backend's own tools name it
	 *                 (`kernel key "credplug:default:pat" in @u`); at
	 *                 most 4351 bytes.  Required.
	 * @param profile  the profile written, or NULL; at most 255 bytes
	 * @param mode     who may read what holds the value, in the backend's
	 *                 notation ("0600" for a file, "0x3f3f0000" for a
	 *                 kernel key), or NULL; at most 31 bytes
	 * @return CREDPLUG_PS_OK recorded; CREDPLUG_PS_INVALID (NULL or empty
	 *         locator, a string too long or holding a control character:
	 *         nothing recorded); CREDPLUG_PS_ERROR (NULL `call`, or not
	 *         inside store()/erase()).
	 */
	int (*set_target)(struct credplug_call *call, const char *locator,
	                  const char *profile, const char *mode);
};

/**
 * Non-zero when the host's table has `member` (a service added after 1.0),
 * e.g. `if (CREDPLUG_HOST_HAS(host, set_target)) host->set_target(...)`.
 * Since 1.1.
 */
#define CREDPLUG_HOST_HAS(host, member)                                        \
	((host)->struct_size >=                                                \
	         CREDPLUG_SIZE_THROUGH(struct credplug_host_v1, member) &&     \
	 (host)->member != NULL)

/** A provider's descriptor, returned by its entry symbol.  Static storage. */
struct credplug_provider_v1 {
	uint32_t abi_major;   /**< CREDPLUG_PROVIDER_ABI_MAJOR */
	uint32_t struct_size; /**< sizeof(struct credplug_provider_v1) */
	const char *name;     /**< e.g. "env" */
	const char *version;  /**< e.g. "0.1.0" */
	const char *summary;  /**< one line for `credplug providers` */
	/** NULL-terminated list of option keys it accepts (others are typos).
	 */
	const char *const *option_keys;
	uint32_t capabilities; /**< CREDPLUG_CAP_* */
	uint32_t reserved;

	/** Make an instance from its options.  @return CREDPLUG_PS_OK or a
	 *  failure status with a message set.  Required. */
	int (*create)(const struct credplug_host_v1 *host,
	              struct credplug_call *call, void **state);
	/** Free an instance.  Accepts NULL.  Required. */
	void (*destroy)(void *state);
	/** Look credentials up.  Called on one thread at a time per instance.
	 *  Must return by host->remaining_ms(): the host cannot interrupt it,
	 *  and a call that returns late keeps its status while explain records
	 *  the overrun ("overran_ms", "overran deadline by N ms").  Required.
	 */
	int (*resolve)(void *state, const struct credplug_host_v1 *host,
	               struct credplug_call *call);
	/** Store a field (CREDPLUG_CAP_STORE).  May be NULL. */
	int (*store)(void *state, const struct credplug_host_v1 *host,
	             struct credplug_call *call, uint32_t field,
	             const char *value, size_t len);
	/** Erase a field (CREDPLUG_CAP_ERASE).  May be NULL. */
	int (*erase)(void *state, const struct credplug_host_v1 *host,
	             struct credplug_call *call, uint32_t field);

	/* ---- since 1.1 (read only when struct_size covers it) ---------- */
	/**
	 * NULL-terminated list of the option keys whose values are
	 * credentials (e.g. "api_key" of `explicit`), or NULL for none.  The
	 * host refuses a config file that sets one of them to a non-empty
	 * string while the file's group or others may read it
	 * (CREDPLUG_EDENIED, "run: chmod 600"), whatever the entry's `use`
	 * says.  Since 1.1.
	 */
	const char *const *secret_option_keys;
};

/**
 * The entry symbol's type.  Check `host->abi_major` and `host->struct_size`,
 * then set `*out` to a static descriptor.
 * @return 0 on success, non-zero to refuse loading.
 */
typedef int (*credplug_provider_entry_v1_fn)(
        const struct credplug_host_v1 *host,
        const struct credplug_provider_v1 **out);

/** Declare a module's entry symbol (the only symbol it exports). */
#define CREDPLUG_PROVIDER_ENTRY                                                \
	CREDPLUG_PROVIDER_EXPORT int credplug_provider_entry_v1(               \
	        const struct credplug_host_v1 *host,                           \
	        const struct credplug_provider_v1 **out)

#ifdef __cplusplus
}
#endif
#endif /* CREDPLUG_PROVIDER_H */
