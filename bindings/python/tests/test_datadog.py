"""credplug.datadog against the real official client (datadog-api-client-python
2.51.0, the PAT pull request, from the shared vendor directory) and a
loopback server that records each request's head.

Needs: CREDPLUG_SHARED_DIR/vendor/datadog-api-client-python/ and the
Python modules urllib3, dateutil, typing_extensions, certifi (Debian:
python3-urllib3 python3-dateutil python3-typing-extensions python3-certifi).
Without them the whole module is skipped, saying which is missing.
"""

import importlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
sys.path.insert(0, HERE)

import credplug  # noqa: E402
from loopback import Server  # noqa: E402
from util import environ  # noqa: E402

TARBALL = os.path.join(os.environ.get("CREDPLUG_SHARED_DIR", os.path.join(HERE, "../../../../shared")),
                       "vendor", "datadog-api-client-python", "datadog_api_client-pr3243.tar.xz")
_tmp = None
dd = None


def _missing():
    if not os.path.exists(TARBALL):
        return "%s (the shared vendor directory; set CREDPLUG_SHARED_DIR)" % TARBALL
    for mod, pkg in (("urllib3", "python3-urllib3"), ("dateutil", "python3-dateutil"),
                     ("typing_extensions", "python3-typing-extensions"), ("certifi", "python3-certifi")):
        try:
            importlib.import_module(mod)
        except ImportError:
            return "the Python module %s (Debian: %s)" % (mod, pkg)
    return None


def setUpModule():
    global _tmp, dd
    why = _missing()
    if why:
        raise unittest.SkipTest("the official Python client test needs " + why)
    _tmp = tempfile.mkdtemp(prefix="credplug-python-ddpy-")
    subprocess.run(["tar", "-xJf", TARBALL, "-C", _tmp], check=True)
    sys.path.insert(0, _tmp)
    import datadog_api_client
    from datadog_api_client import ApiClient, Configuration
    from datadog_api_client.exceptions import UnauthorizedException
    from datadog_api_client.v1.api.authentication_api import AuthenticationApi
    from datadog_api_client.v1.api.dashboards_api import DashboardsApi
    from datadog_api_client.v1.api.ip_ranges_api import IPRangesApi
    from datadog_api_client.v2.api.spa_api import SpaApi
    import credplug.datadog
    dd = type("dd", (), dict(locals()))


def tearDownModule():
    if _tmp:
        shutil.rmtree(_tmp, ignore_errors=True)


# The four kinds of operation: (name, security list in the client, call).
OPS = {
    "key-only": (["apiKeyAuth"], "/api/v1/validate", lambda c: dd.AuthenticationApi(c).validate()),
    "keys+AuthZ": (["apiKeyAuth", "appKeyAuth", "AuthZ"], "/api/v1/dashboard",
                   lambda c: dd.DashboardsApi(c).list_dashboards()),
    "AuthZ only": (["AuthZ"], "/api/v2/spa/recommendations/web",
                   lambda c: dd.SpaApi(c).get_spa_recommendations(service="web")),
    "no security": ([], "/", lambda c: dd.IPRangesApi(c).get_ip_ranges()),
}

K, A, T = "0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210fedcba98", "ddpat_matrix"
# Credential setups: (env, explicit values for the native Configuration and credplug).
SETUPS = {
    "env": ({"DD_API_KEY": K, "DD_APP_KEY": A, "DD_BEARER_TOKEN": T}, {}),
    "explicit": ({}, {"api_key": K, "app_key": A, "pat": T}),
    "mixed": ({"DD_API_KEY": K, "DD_BEARER_TOKEN": T}, {"app_key": A}),
    "empty": ({"DD_API_KEY": "", "DD_APP_KEY": A, "DD_BEARER_TOKEN": ""}, {}),
    "whitespace": ({"DD_API_KEY": " %s " % K, "DD_APP_KEY": A, "DD_BEARER_TOKEN": T}, {}),
}
CRED_NAMES = ("dd-api-key", "dd-application-key", "authorization")


def native_client(origin, explicit):
    keys = {}
    if "api_key" in explicit:
        keys["apiKeyAuth"] = explicit["api_key"]
    if "app_key" in explicit:
        keys["appKeyAuth"] = explicit["app_key"]
    conf = dd.Configuration(api_key=keys, access_token=explicit.get("pat"))
    conf.host = origin
    # The client's own __setitem__ refuses the "v2." form it stores.
    conf.unstable_operations["get_spa_recommendations"] = True
    conf.preload_content = False  # the heads are the test; no model is built from "{}"
    return dd.ApiClient(conf)


def credplug_client(origin, explicit, ctx):
    # Native settings the adapter must ignore: a wrong key and token.
    client = native_client(origin, {"api_key": "native-key", "app_key": "native-app", "pat": "native-pat"})
    for field, value in explicit.items():
        ctx.set(field, value)
    credplug.datadog.use_credplug(client, ctx)
    return client


def open_ctx(*origins):
    return credplug.Context(config_json='{"allowed_origins": [%s]}' % ",".join('"%s"' % o for o in origins),
                            flags=credplug.FLAG_NO_CONFIG_FILE)


class ServerCase(unittest.TestCase):
    def setUp(self):
        self.srv = Server()
        self.addCleanup(self.srv.close)

    def one_head(self, server=None):
        heads = (server or self.srv).rec.take()
        self.assertEqual(len(heads), 1, heads)
        return heads[0]


class Matrix(ServerCase):
    """Every operation kind x credential setup: the credplug head equals the
    native head, but for the documented deviations."""

    def run_case(self, op, setup):
        auth, path, call = OPS[op]
        env, explicit = SETUPS[setup]
        if setup == "empty":
            self.native_with_empty(op)
            # Deviation: empty is unset, so the reference is the client with
            # the empty variables not set at all.
            env = {k: v for k, v in env.items() if v}
        if setup != "whitespace":
            with environ(**env), native_client(self.srv.origin, explicit) as c:
                call(c)
            native = self.one_head()
        with environ(**SETUPS[setup][0]):
            with open_ctx(self.srv.origin) as ctx, credplug_client(self.srv.origin, explicit, ctx) as c:
                if setup == "whitespace":
                    # Deviation: a padded value is refused, for every operation
                    # of the context (the snapshot is invalid); nothing is sent.
                    with self.assertRaises(credplug.Error) as cm:
                        call(c)
                    self.assertIs(type(cm.exception), credplug.InvalidCredentialError)
                    self.assertEqual((cm.exception.status, cm.exception.code), (-5, "CREDPLUG_EINVALID"))
                    self.assertEqual(cm.exception.detail, 'provider "env" (chain entry 1) invalid: api_key '
                                     'from DD_API_KEY has leading or trailing whitespace')
                    self.assertEqual(self.srv.rec.take(), [])
                    return
                call(c)
            ours = self.one_head()
        self.assertEqual(ours[:2], native[:2])
        self.assertEqual(ours[2], native[2])
        if setup == "empty":
            self.assertNotIn(b"Bearer \n", ours[3])
            self.assertNotIn(b"DD-API-KEY: \n", ours[3])

    def native_with_empty(self, op):
        """What the client itself does with DD_API_KEY="" DD_BEARER_TOKEN="":
        refuses operations with apiKeyAuth, sends "Bearer " to AuthZ only."""
        auth, path, call = OPS[op]
        with environ(**SETUPS["empty"][0]), native_client(self.srv.origin, {}) as c:
            if "apiKeyAuth" in auth:
                with self.assertRaises(Exception) as cm:
                    call(c)
                self.assertEqual(str(cm.exception), "Invalid authentication token for DD-API-KEY")
                self.assertEqual(self.srv.rec.take(), [])
                return
            call(c)
        head = self.one_head()
        self.assertEqual([h for h in head[2] if h[0].lower() in CRED_NAMES],
                         [("Authorization", "Bearer ")] if auth else [])
        if auth:
            self.assertIn(b"Authorization: Bearer \n", head[3])

    def test_whitespace_native_sends_it(self):
        # What the deviation replaces: the client puts the padded key on the wire.
        with environ(**SETUPS["whitespace"][0]), native_client(self.srv.origin, {}) as c:
            OPS["key-only"][2](c)
        self.assertIn(b"DD-API-KEY: %s \n" % K.encode(), self.one_head()[3])


def _add_matrix():
    for op in OPS:
        for setup in SETUPS:
            name = "test_%s__%s" % (op.replace(" ", "_").replace("+", "_"), setup)
            setattr(Matrix, name, lambda self, o=op, s=setup: self.run_case(o, s))


_add_matrix()


class Redirects(ServerCase):
    def setUp(self):
        super().setUp()
        self.other = Server()
        self.addCleanup(self.other.close)

    def redirect_to(self, origin, status=302):
        def route(h):
            if h.path.startswith("/api/v1/validate"):
                return status, {"Location": origin + "/landed"}
            return None
        self.srv.rec.route = route

    def test_cross_origin_302_sends_no_credential(self):
        self.redirect_to(self.other.origin)
        env, _ = SETUPS["env"]
        with environ(**env):
            # Both origins allowed: the second still gets nothing (first origin only).
            with open_ctx(self.srv.origin, self.other.origin) as ctx, credplug_client(self.srv.origin, {}, ctx) as c:
                c.call_api("/api/v1/validate", "GET", header_params={"Accept": "application/json"},
                           response_type=None)
            first = self.one_head()
            self.assertIn(("DD-API-KEY", K), first[2])
            method, path, headers, raw = self.one_head(self.other)
            self.assertEqual(path, "/landed")
            for secret in (K, A, T):
                self.assertNotIn(secret.encode(), raw)
            self.assertEqual([h for h in headers if h[0].lower() in CRED_NAMES], [])

    def test_cross_origin_302_endpoint_list(self):
        # Through an Endpoint (the operation's own list) the same.
        self.redirect_to(self.other.origin)
        with environ(**SETUPS["env"][0]):
            with open_ctx(self.srv.origin, self.other.origin) as ctx, credplug_client(self.srv.origin, {}, ctx) as c:
                OPS["key-only"][2](c)
            self.assertEqual([h for h in self.one_head()[2] if h[0].lower() in CRED_NAMES], [("DD-API-KEY", K)])
            raw = self.one_head(self.other)[3]
            self.assertEqual(sum(raw.count(s.encode()) for s in (K, A, T)), 0)

    def test_back_to_first_origin_gets_nothing(self):
        # A -> B -> A: once the chain has left the first origin, no hop gets credentials.
        self.redirect_to(self.other.origin)
        self.other.rec.route = lambda h: (302, {"Location": self.srv.origin + "/back"})
        with environ(**SETUPS["env"][0]):
            with open_ctx(self.srv.origin, self.other.origin) as ctx, credplug_client(self.srv.origin, {}, ctx) as c:
                OPS["key-only"][2](c)
        heads = self.srv.rec.take()
        self.assertEqual([(h[1], [x for x in h[2] if x[0].lower() in CRED_NAMES]) for h in heads],
                         [("/api/v1/validate", [("DD-API-KEY", K)]), ("/back", [])])
        self.assertNotIn(K.encode(), self.one_head(self.other)[3])

    def test_nul_in_host_sends_nothing(self):
        # "http://A\0@B": credplug (C) would read http://A, an allowed
        # origin; urllib3 connects to B (user info "A%00").  Refused in the
        # binding: no request at all, no credential byte anywhere.
        with environ(**SETUPS["env"][0]):
            with open_ctx(self.srv.origin) as ctx, \
                    credplug_client(self.srv.origin + "\0@127.0.0.1:%d" % self.other.port, {}, ctx) as c:
                with self.assertRaises(ValueError) as cm:
                    OPS["key-only"][2](c)
        self.assertEqual(str(cm.exception), "credplug: url contains a NUL byte")
        self.assertEqual((self.srv.rec.take(), self.other.rec.take()), ([], []))

    def test_303_post_becomes_get_without_body(self):
        self.srv.rec.route = lambda h: (303, {"Location": "/seen"}) if h.command == "POST" else None
        with environ(**SETUPS["env"][0]):
            with open_ctx(self.srv.origin) as ctx, credplug_client(self.srv.origin, {}, ctx) as c:
                c.call_api("/api/v1/dashboard", "POST", header_params={"Content-Type": "application/json"},
                           body={"title": "t"}, response_type=None)
        post, get = self.srv.rec.take()
        self.assertEqual((post[0], get[0], get[1]), ("POST", "GET", "/seen"))
        self.assertNotIn("Content-Type", dict(get[2]))
        self.assertNotIn("Content-Length", dict(get[2]))
        # call_api without an Endpoint: the endpoint table's list for each hop.
        self.assertEqual([x for x in post[2] if x[0].lower() in CRED_NAMES],
                         [("DD-API-KEY", K), ("DD-APPLICATION-KEY", A), ("Authorization", "Bearer " + T)])

    def test_native_client_forwards_the_key(self):
        # Why the adapter follows redirects itself: urllib3 forwards DD-API-KEY.
        self.redirect_to(self.other.origin)
        with environ(**SETUPS["env"][0]), native_client(self.srv.origin, {}) as c:
            OPS["key-only"][2](c)
        self.one_head()
        self.assertIn(K.encode(), self.one_head(self.other)[3])

    def test_same_origin_307_resends(self):
        self.redirect_to(self.srv.origin, 307)
        with environ(**SETUPS["env"][0]):
            with open_ctx(self.srv.origin) as ctx, credplug_client(self.srv.origin, {}, ctx) as c:
                OPS["key-only"][2](c)
        heads = self.srv.rec.take()
        self.assertEqual([(h[1], [x for x in h[2] if x[0].lower() in CRED_NAMES]) for h in heads],
                         [("/api/v1/validate", [("DD-API-KEY", K)]), ("/landed", [("DD-API-KEY", K)])])


class Reject(ServerCase):
    def test_401_then_new_key_retries_once(self):
        def route(h):
            if h.headers.get("DD-API-KEY") == "k-old":
                os.environ["DD_API_KEY"] = "k-new"  # the operator rotated the key
                return 401, {}
            return None
        self.srv.rec.route = route
        with environ(DD_API_KEY="k-old"):
            with open_ctx(self.srv.origin) as ctx, credplug_client(self.srv.origin, {}, ctx) as c:
                OPS["key-only"][2](c)
        self.assertEqual([dict(h[2]).get("DD-API-KEY") for h in self.srv.rec.take()], ["k-old", "k-new"])

    def test_403_same_key_no_retry(self):
        self.srv.rec.route = lambda h: (403, {})
        with environ(DD_API_KEY="k-same"):
            with open_ctx(self.srv.origin) as ctx, credplug_client(self.srv.origin, {}, ctx) as c:
                with self.assertRaises(Exception) as cm:
                    OPS["key-only"][2](c)
                self.assertEqual(type(cm.exception).__name__, "ForbiddenException")
        self.assertEqual(len(self.srv.rec.take()), 1)


class Concurrency(ServerCase):
    def test_40_concurrent_requests_one_context(self):
        env, _ = SETUPS["env"]
        kinds = list(OPS) * 10
        with environ(**env):
            with open_ctx(self.srv.origin) as ctx, credplug_client(self.srv.origin, {}, ctx) as c:
                with ThreadPoolExecutor(max_workers=40) as pool:
                    list(pool.map(lambda k: OPS[k][2](c), kinds))
        want = {
            "/api/v1/validate": [("DD-API-KEY", K)],
            "/api/v1/dashboard": [("DD-API-KEY", K), ("DD-APPLICATION-KEY", A), ("Authorization", "Bearer " + T)],
            "/api/v2/spa/recommendations/web": [("Authorization", "Bearer " + T)],
            "/": [],
        }
        heads = self.srv.rec.take()
        self.assertEqual(len(heads), 40)
        for method, path, headers, raw in heads:
            self.assertEqual([h for h in headers if h[0].lower() in CRED_NAMES], want[path], path)
        self.assertEqual(sorted(h[1] for h in heads), sorted(OPS[k][1] for k in kinds))


if __name__ == "__main__":
    unittest.main()
