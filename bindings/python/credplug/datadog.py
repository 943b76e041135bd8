"""Plug credplug into the official client, datadog_api_client.ApiClient.

use_credplug(api_client) makes every request of that client take its
credentials from credplug:

* the operation's own security list: the client's Endpoint calls
  update_params_for_auth with its settings["auth"] for every operation;
  for a credplug-managed client that call records the list (instead of
  reading Configuration.auth_settings()) and the credentials are added at
  the transport, where the final URL is known;
* the client's own auth settings (api_key, access_token, DD_* read by
  Configuration, delegated auth) are ignored;
* redirects are followed here, hop by hop, with urllib3's own following
  turned off: credplug's headers go to a hop only when it has the first
  hop's origin (and credplug allows it); any other origin gets no
  credential header at all;
* a 401/403 is reported with Context.reject; when that gives other
  credentials the request is sent once more.

The adapter never stores a secret: each request's headers are fetched,
sent and dropped.
"""

import threading
from urllib.parse import urljoin, urlsplit

import credplug

# Header that carries the security list from Endpoint.update_params_for_auth
# to the transport inside one request; removed before anything is sent.
_MARK = "X-Credplug-Security"
_CRED_HEADERS = frozenset(("dd-api-key", "dd-application-key", "authorization"))
# Names the client itself puts in every head: known not to be credentials.
_CLIENT_NAMES = frozenset(("Accept", "Content-Type", "User-Agent", "Content-Encoding"))
_REDIRECTS = (301, 302, 303, 307, 308)
_MAX_HOPS = 10
_patch_lock = threading.Lock()


def _origin(url):
    p = urlsplit(url)
    port = p.port or {"http": 80, "https": 443}.get(p.scheme)
    return (p.scheme.lower(), (p.hostname or "").lower(), port)


def _patch_endpoint(endpoint_cls):
    """Route update_params_for_auth of credplug-managed clients (only)."""
    with _patch_lock:
        if getattr(endpoint_cls, "_credplug_native_auth", None):
            return
        native = endpoint_cls.update_params_for_auth

        def update_params_for_auth(self, headers, queries):
            if getattr(self.api_client, "_credplug_transport", None) is None:
                return native(self, headers, queries)
            headers[_MARK] = ",".join(self.settings.get("auth") or [])

        endpoint_cls._credplug_native_auth = native
        endpoint_cls.update_params_for_auth = update_params_for_auth


class _Transport:
    """Stands in for the client's urllib3 PoolManager."""

    def __init__(self, pool, ctx):
        self._pool = pool
        self._ctx = ctx

    def __getattr__(self, name):  # clear(), connection_from_url(), ...
        return getattr(self._pool, name)

    def request(self, method, url, fields=None, headers=None, **kw):
        headers = dict(headers or {})
        # None: not an Endpoint call (call_api used directly): the table decides.
        auth = headers.get(_MARK)
        kw.pop("redirect", None)
        r, hop_url, sent = self._send(method, url, fields, headers, auth, kw)
        if r.status in (401, 403) and sent and self._ctx.reject(method, hop_url, auth, r.status):
            r.drain_conn()
            r, hop_url, sent = self._send(method, url, fields, headers, auth, kw)
        return r

    def _hop_headers(self, headers, method, url, auth, same_origin):
        """The head of one hop: credplug's headers where the client would
        have put its own; no credential header of any kind elsewhere."""
        creds = self._ctx.headers(method, url, auth) if same_origin else ()
        h = {}
        spliced = False
        for k, v in headers.items():
            if k == _MARK:
                h.update(creds)
                spliced = True
            elif k in _CLIENT_NAMES or k.lower() not in _CRED_HEADERS:
                h[k] = v
        if not spliced:
            h.update(creds)
        return h, bool(creds)

    def _send(self, method, url, fields, headers, auth, kw):
        hop_url, hop_method, hop_fields, same = url, method, fields, True
        for _ in range(_MAX_HOPS + 1):
            h, sent = self._hop_headers(headers, hop_method, hop_url, auth, same)
            r = self._pool.request(hop_method, hop_url, fields=hop_fields, headers=h, redirect=False, **kw)
            location = r.get_redirect_location() if r.status in _REDIRECTS else None
            if not location:
                return r, hop_url, sent
            r.drain_conn()
            hop_url = urljoin(hop_url, location)
            # Credentials go only to the first hop's origin, never onward.
            same = same and _origin(hop_url) == _origin(url)
            if r.status == 303 and hop_method != "HEAD":
                hop_method, hop_fields = "GET", None
                kw = {k: v for k, v in kw.items() if k not in ("body", "encode_multipart")}
                headers = {k: v for k, v in headers.items() if k.lower() not in ("content-type", "content-encoding")}
            elif hop_method in ("GET", "HEAD", "DELETE", "OPTIONS"):
                hop_fields = None  # the query is in the Location now
        raise credplug.Error(-1, "more than %d redirects" % _MAX_HOPS)


def use_credplug(api_client, ctx=None):
    """Make `api_client` (datadog_api_client.ApiClient or ThreadedApiClient)
    take every request's credentials from `ctx` (a credplug.Context; None
    opens one with the default configuration).  Returns the context.

    Idempotent per client.  The async client (aiosonic) is not supported.
    """
    from datadog_api_client import api_client as dd

    rest = getattr(api_client, "rest_client", None)
    pool = getattr(rest, "pool_manager", None)
    if pool is None:
        raise TypeError("credplug.datadog: %s has no urllib3 pool_manager (the async client is not supported)"
                        % type(api_client).__name__)
    if ctx is None:
        ctx = credplug.Context()
    _patch_endpoint(dd.Endpoint)
    if isinstance(pool, _Transport):
        pool._ctx = ctx
    else:
        rest.pool_manager = _Transport(pool, ctx)
    api_client._credplug_transport = rest.pool_manager
    return ctx
