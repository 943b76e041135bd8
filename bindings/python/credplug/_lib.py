"""Loading libcredplug and declaring the common path (docs/bindings.md).

Only opaque pointers, C strings and integers cross the boundary: no struct
layout is declared here.
"""

import ctypes
import ctypes.util
import os

SONAME = "libcredplug.so.0"

_c_char_pp = ctypes.POINTER(ctypes.c_char_p)
_c_void_pp = ctypes.POINTER(ctypes.c_void_p)

# name: (restype, argtypes).  Strings the library allocates come back as
# c_void_p so they can be handed to their free function unchanged.
_SIGNATURES = {
    "credplug_ctx_open": (ctypes.c_int, [_c_void_pp, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint32]),
    "credplug_ctx_free": (None, [ctypes.c_void_p]),
    "credplug_headers": (
        ctypes.c_int,
        [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, _c_void_pp],
    ),
    "credplug_headers_free": (None, [ctypes.c_void_p]),
    "credplug_headers_buf": (
        ctypes.c_int,
        [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32, ctypes.c_uint32, ctypes.POINTER(ctypes.c_char), ctypes.c_size_t],
    ),
    "credplug_auth_parse": (ctypes.c_uint32, [ctypes.c_char_p]),
    "credplug_reject_request": (
        ctypes.c_int,
        [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_long],
    ),
    "credplug_set": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p]),
    "credplug_resolve": (ctypes.c_int, [ctypes.c_void_p]),
    "credplug_explain_json": (ctypes.c_int, [ctypes.c_void_p, _c_void_pp]),
    "credplug_free": (None, [ctypes.c_void_p]),
    "credplug_errmsg_dup": (ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_int]),
    "credplug_status_name": (ctypes.c_char_p, [ctypes.c_int]),
    "credplug_strerror": (ctypes.c_char_p, [ctypes.c_int]),
    "credplug_field_from_name": (ctypes.c_int, [ctypes.c_char_p]),
    "credplug_auth_for": (ctypes.c_int, [ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_uint32)]),
    "credplug_version": (ctypes.c_char_p, []),
}


def _candidates():
    path = os.environ.get("CREDPLUG_LIBRARY")
    if path:
        return [path]
    # The loader's own rules (LD_LIBRARY_PATH, RUNPATH, ld.so.cache) first,
    # then whatever find_library knows (ldconfig -p, gcc -print-file-name).
    names = [SONAME]
    found = ctypes.util.find_library("credplug")
    if found and found != SONAME:
        names.append(found)
    return names


def load():
    """Return the loaded library with every function declared.

    Raises OSError naming what was tried when nothing loads.
    """
    errors = []
    for name in _candidates():
        try:
            lib = ctypes.CDLL(name)
        except OSError as e:
            errors.append("%s: %s" % (name, e))
            continue
        if not hasattr(lib, "credplug_headers_buf"):
            errors.append("%s: no credplug_headers_buf (libcredplug older than 0.2)" % name)
            continue
        for fname, (restype, argtypes) in _SIGNATURES.items():
            fn = getattr(lib, fname)
            fn.restype = restype
            fn.argtypes = argtypes
        # The per-request call without argtypes: ctypes' conversion of six
        # declared arguments costs twice the call.  Its one caller
        # (Context.headers) passes exactly the declared types: a c_void_p,
        # bytes, two ints below 2**31, a char array and a c_size_t.
        hot = lib["credplug_headers_buf"]
        hot.restype = ctypes.c_int
        lib.headers_buf_hot = hot
        return lib
    raise OSError(
        "credplug: cannot load libcredplug (set CREDPLUG_LIBRARY to its path): " + "; ".join(errors)
    )


_lib = None


def lib():
    global _lib
    if _lib is None:
        _lib = load()
    return _lib


def take_string(ptr, free):
    """Copy a library-allocated string into Python and free it with `free`."""
    if not ptr:
        return None
    try:
        return ctypes.string_at(ptr).decode("utf-8", "replace")
    finally:
        free(ptr)
