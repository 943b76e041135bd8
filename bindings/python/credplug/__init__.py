"""credplug: Datadog credentials for Python through libcredplug's common path.

Every decision (precedence, the endpoint's security list, the destination
check) is made by the C library; this package only carries strings across.
Secrets held by Python objects cannot be wiped: see README.md.
"""

import ctypes
import json
import threading

from . import _lib
from ._errors import (
    ConfigError,
    DestinationError,
    Error,
    InvalidCredentialError,
    NoCredentialError,
    PermissionError,
    RejectedError,
)

__all__ = [
    "Context",
    "Error",
    "DestinationError",
    "NoCredentialError",
    "ConfigError",
    "PermissionError",
    "InvalidCredentialError",
    "RejectedError",
    "FLAG_STRICT",
    "FLAG_NO_CONFIG_FILE",
    "FLAG_NO_MODULES",
    "FLAG_INTERACTIVE",
    "library_version",
]
__version__ = "0.2.0"

# Fixed numbers (docs/bindings.md, "Constants").
FLAG_STRICT = 1
FLAG_NO_CONFIG_FILE = 2
FLAG_NO_MODULES = 4
FLAG_INTERACTIVE = 8

_SCHEMES = ("apiKeyAuth", "appKeyAuth", "bearerAuth", "AuthZ")


def library_version():
    return _lib.lib().credplug_version().decode()


def _cstr(value, what):
    if type(value) is str:  # the common case first: this runs per request
        b = value.encode("utf-8")
        if 0 not in b:  # an int needle: one memchr (b"\\0" costs ten times more)
            return b
    elif value is None:
        return None
    elif isinstance(value, bytes):
        b = value
    elif isinstance(value, str):
        b = value.encode("utf-8")
    else:
        raise TypeError("credplug: %s must be str, bytes or None, not %s" % (what, type(value).__name__))
    return _no_nul(b, what)


def _no_nul(b, what):
    """C reads up to the first NUL, Python and urllib3 on: a URL cut there
    ("https://api.datadoghq.com\\0@evil.example/") is another origin."""
    if 0 in b:
        raise ValueError("credplug: %s contains a NUL byte" % what)
    return b


def _decode_pairs(text):
    """credplug_headers' JSON: [["name","value"],...] without whitespace.
    Without a backslash no string holds an escape, and the pairs split on
    their delimiters (a third of json.loads' cost, every request); anything
    else goes to the json module."""
    if text == "[]":
        return []
    if "\\" not in text and text.startswith('[["') and text.endswith('"]]'):
        pairs = [tuple(p.split('","')) for p in text[3:-3].split('"],["')]
        if all(len(p) == 2 for p in pairs):
            return pairs
    return [tuple(pair) for pair in json.loads(text)]


_byref = ctypes.byref
_string_at = ctypes.string_at

# credplug_headers_buf (docs/bindings.md): fixed numbers.
_HEADERS_BUF_SIZE = 17408
_AUTH_UNKNOWN = 1 << 31
# One header buffer per thread (a call runs without the GIL); wiped after
# every call, so between requests it holds no secret.
_tls = threading.local()
# Security list -> CREDPLUG_AUTH_* bits (credplug_auth_parse is pure): the
# client names a few dozen lists, so the cache stays small.
_masks = {}


def _thread_buffer():
    """This thread's buffer and a byte view of it (slices through the view
    copy and wipe without a foreign call)."""
    try:
        return _tls.buf
    except AttributeError:
        buf = ctypes.create_string_buffer(_HEADERS_BUF_SIZE)
        _tls.buf = (buf, memoryview(buf).cast("B"))
        return _tls.buf


_CAP = ctypes.c_size_t(_HEADERS_BUF_SIZE)
_ZEROS = bytes(_HEADERS_BUF_SIZE)


def _split_block(block):
    """"Name: value\r\n" lines (ASCII by contract) as (name, value) pairs."""
    return [tuple(line.split(": ", 1)) for line in block.decode("ascii", "replace").split("\r\n")[:-1]]


def _auth_arg(auth):
    """None (use the endpoint table), "" (no security), or a comma list."""
    if type(auth) is str:
        return _no_nul(auth.encode("utf-8"), "auth")
    if auth is None or isinstance(auth, bytes):
        return _cstr(auth, "auth")
    return _no_nul(",".join(auth).encode("utf-8"), "auth")


class Context:
    """A credplug context (credplug_ctx_open); safe to share between threads.

    config       path of a JSON config file, or None
    config_json  a JSON config document as text (beats `config`)
    flags        FLAG_* bits
    With both None the library searches for a config file, then uses the
    default chain (explicit, env, file, keyring).
    """

    def __init__(self, config=None, config_json=None, flags=0):
        self._lib = _lib.lib()
        self._ctx = ctypes.c_void_p()
        st = self._lib.credplug_ctx_open(
            ctypes.byref(self._ctx), _cstr(config, "config"), _cstr(config_json, "config_json"), flags
        )
        if st != 0:
            err = self._error(st)
            self._lib.credplug_ctx_free(self._ctx)
            self._ctx = ctypes.c_void_p()
            raise err

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def close(self):
        """Free the context; no call may be running on it.  Idempotent."""
        ctx, self._ctx = self._ctx, ctypes.c_void_p()
        if ctx:
            self._lib.credplug_ctx_free(ctx)

    def _handle(self):
        if not self._ctx:
            raise ValueError("credplug: the context is closed")
        return self._ctx

    def _error(self, status):
        detail = _lib.take_string(self._lib.credplug_errmsg_dup(self._ctx, status), self._lib.credplug_free)
        return _errors_make(status, detail)

    def _check(self, status):
        if status != 0:
            raise self._error(status)

    def headers(self, method, url, auth=None):
        """The credential headers for one request: a list of (name, value).

        auth: the operation's security list (a list of scheme names such as
        ["apiKeyAuth", "appKeyAuth"], or a comma string); "" or [] is an
        operation without security; None takes the list from credplug's
        endpoint table.  Raises DestinationError for an origin that is not
        allowed.  Keep the result only as long as the request needs it.
        """
        ctx = self._ctx
        if not ctx:
            raise ValueError("credplug: the context is closed")
        mask = _masks.get(auth) if type(auth) is str else None
        if mask is None and auth is not None:
            mask = self._mask(auth)
        if mask is None or mask & _AUTH_UNKNOWN or type(method) is not str or type(url) is not str:
            # The endpoint table, a list with a name credplug does not know,
            # or a method or URL that is not a str: credplug_headers reads
            # them and words the refusal (the same as for any list).
            return self._headers_json(ctx, method, url, auth)
        buf, view = _thread_buffer()
        n = self._lib.headers_buf_hot(ctx, _cstr(url, "url"), mask, 0, buf, _CAP)
        if n <= 0:
            if n < 0:
                raise self._error(n)
            return []
        try:
            return _split_block(view[:n].tobytes())
        finally:
            view[:n] = _ZEROS[:n]

    def _mask(self, auth):
        key = _auth_arg(auth)
        mask = self._lib.credplug_auth_parse(key)
        if type(auth) is str and len(_masks) < 256:
            _masks[auth] = mask
        return mask

    def _headers_json(self, ctx, method, url, auth):
        out = ctypes.c_void_p()
        st = self._lib.credplug_headers(ctx, _cstr(method, "method"), _cstr(url, "url"), _auth_arg(auth), _byref(out))
        p = out.value
        if p:
            # ASCII by contract; copied once, then the library's buffer is wiped and freed.
            text = _string_at(p).decode("ascii", "replace")
            self._lib.credplug_headers_free(p)
        else:
            text = None
        if st != 0:
            raise _errors_make(st, text)
        return _decode_pairs(text)

    def set(self, field, value):
        """Set an explicit value: field "api_key", "app_key", "pat", "site"
        (or its number); value None clears it."""
        if isinstance(field, str):
            num = self._lib.credplug_field_from_name(field.encode())
            if num < 0:
                raise _errors_make(num, "unknown field %r (expected api_key, app_key, pat, site)" % field)
            field = num
        self._check(self._lib.credplug_set(self._handle(), field, _cstr(value, "value")))

    def resolve(self):
        """Walk the provider chain now (may block on provider I/O)."""
        self._check(self._lib.credplug_resolve(self._handle()))

    def explain(self):
        """Where each field came from, redacted: a dict (never a secret)."""
        out = ctypes.c_void_p()
        self._check(self._lib.credplug_explain_json(self._handle(), ctypes.byref(out)))
        return json.loads(_lib.take_string(out.value, self._lib.credplug_free))

    def reject(self, method, url, auth, http_status):
        """Report that the server answered 401/403 to a request made with
        headers(method, url, auth).  True: other credentials are available,
        retry once.  False: the same values came back, do not retry."""
        st = self._lib.credplug_reject_request(
            self._handle(), _cstr(method, "method"), _cstr(url, "url"), _auth_arg(auth), int(http_status)
        )
        if st == -13:
            return False
        self._check(st)
        return True


def _errors_make(status, detail):
    from ._errors import make

    return make(status, detail)
