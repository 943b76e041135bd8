"""The binding's own tests, against the real libcredplug (CREDPLUG_LIBRARY)."""

import json
import os
import subprocess
import sys
import tempfile
import threading
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.dirname(__file__))

import credplug  # noqa: E402
from util import environ  # noqa: E402

ORIGIN = "http://127.0.0.1:8126"
CONFIG = json.dumps({"allowed_origins": [ORIGIN]})
URL = ORIGIN + "/api/v1/dashboard"
ALL = ["apiKeyAuth", "appKeyAuth", "AuthZ"]
F = credplug.FLAG_NO_CONFIG_FILE


def ctx(**kw):
    kw.setdefault("config_json", CONFIG)
    kw.setdefault("flags", F)
    return credplug.Context(**kw)


class Headers(unittest.TestCase):
    def test_env(self):
        with environ(DD_API_KEY="k-env", DD_APP_KEY="a-env", DD_BEARER_TOKEN="ddpat_env"), ctx() as c:
            self.assertEqual(c.headers("GET", URL, ALL), [
                ("DD-API-KEY", "k-env"), ("DD-APPLICATION-KEY", "a-env"), ("Authorization", "Bearer ddpat_env")])
            self.assertEqual(c.headers("GET", URL, ["apiKeyAuth"]), [("DD-API-KEY", "k-env")])
            self.assertEqual(c.headers("GET", URL, ["AuthZ"]), [("Authorization", "Bearer ddpat_env")])

    def test_explicit_beats_env_and_clears(self):
        with environ(DD_API_KEY="k-env"), ctx() as c:
            c.set("api_key", "k-set")
            c.set("app_key", "a-set")
            self.assertEqual(c.headers("GET", URL, "apiKeyAuth,appKeyAuth"),
                             [("DD-API-KEY", "k-set"), ("DD-APPLICATION-KEY", "a-set")])
            c.set("api_key", None)
            self.assertEqual(c.headers("GET", URL, "apiKeyAuth,appKeyAuth"),
                             [("DD-API-KEY", "k-env"), ("DD-APPLICATION-KEY", "a-set")])
            c.set(2, "ddpat_n")  # field by number
            self.assertEqual(c.headers("GET", URL, "bearerAuth"), [("Authorization", "Bearer ddpat_n")])

    def test_auth_forms(self):
        with environ(DD_API_KEY="k", DD_APP_KEY="a"), ctx() as c:
            self.assertEqual(c.headers("GET", URL, ""), [])
            self.assertEqual(c.headers("GET", URL, []), [])
            # None: the endpoint table; GET / (IP ranges) needs nothing,
            # GET /api/v1/validate the API key only.
            self.assertEqual(c.headers("GET", ORIGIN + "/", None), [])
            self.assertEqual(c.headers("GET", ORIGIN + "/api/v1/validate", None), [("DD-API-KEY", "k")])

    def test_quote_and_backslash(self):
        # Escaped in the JSON: the decoder's slow path must give them back.
        with environ(), ctx() as c:
            c.set("api_key", 'k"q\\b')
            c.set("app_key", '","')
            self.assertEqual(c.headers("GET", URL, ALL), [("DD-API-KEY", 'k"q\\b'), ("DD-APPLICATION-KEY", '","')])

    def test_config_file(self):
        with tempfile.TemporaryDirectory(prefix="credplug-python-") as d:
            path = os.path.join(d, "config.json")
            with open(path, "w") as f:
                f.write(CONFIG)
            os.chmod(path, 0o600)
            with environ(DD_API_KEY="k"), credplug.Context(config=path) as c:
                self.assertEqual(c.headers("GET", URL, ["apiKeyAuth"]), [("DD-API-KEY", "k")])
                self.assertEqual(c.explain()["config"]["path"], path)

    def test_site_field(self):
        with environ(), ctx() as c:
            c.set("site", "datadoghq.eu")
            self.assertEqual(c.explain()["site"], "datadoghq.eu")


class Errors(unittest.TestCase):
    def check(self, cm, cls, status, code, text=None):
        e = cm.exception
        self.assertIs(type(e), cls)
        self.assertEqual((e.status, e.code), (status, code))
        if text is not None:
            self.assertEqual(e.detail, text)

    def test_destination(self):
        with environ(DD_API_KEY="k-secret"), ctx() as c:
            with self.assertRaises(credplug.Error) as cm:
                c.headers("GET", "http://127.0.0.1:8127/api/v1/validate", ["apiKeyAuth"])
            self.check(cm, credplug.DestinationError, -8, "CREDPLUG_EDESTINATION")
            self.assertIn("http://127.0.0.1:8127", cm.exception.detail)
            self.assertNotIn("k-secret", str(cm.exception))

    def test_no_credential_strict(self):
        with environ(DD_API_KEY="k"), ctx(flags=F | credplug.FLAG_STRICT) as c:
            with self.assertRaises(credplug.Error) as cm:
                c.headers("GET", URL, ["apiKeyAuth", "appKeyAuth"])
            self.check(cm, credplug.NoCredentialError, -7, "CREDPLUG_ENOCRED")

    def test_config_unknown_key(self):
        with self.assertRaises(credplug.Error) as cm:
            credplug.Context(config_json='{"sitee": "x"}', flags=F)
        self.check(cm, credplug.ConfigError, -3, "CREDPLUG_ECONFIG",
                   "config_json:1:2: /sitee: unknown key "
                   "(expected site, allowed_origins, providers, strict, timeout_ms)")

    def test_config_missing_file(self):
        with self.assertRaises(credplug.ConfigError) as cm:
            credplug.Context(config="/nonexistent/credplug-python/config.json")
        self.check(cm, credplug.ConfigError, -3, "CREDPLUG_ECONFIG")
        self.assertIn("/nonexistent/credplug-python/config.json", cm.exception.detail)

    def test_permission(self):
        with tempfile.TemporaryDirectory(prefix="credplug-python-") as d:
            path = os.path.join(d, "config.json")
            with open(path, "w") as f:
                f.write(CONFIG)
            os.chmod(path, 0o666)
            with self.assertRaises(credplug.Error) as cm:
                credplug.Context(config=path)
            self.check(cm, credplug.PermissionError, -6, "CREDPLUG_EDENIED")
            self.assertIn(path, cm.exception.detail)

    def test_whitespace_refused(self):
        with environ(DD_API_KEY=" k "), ctx() as c:
            with self.assertRaises(credplug.Error) as cm:
                c.headers("GET", URL, ["apiKeyAuth"])
            self.check(cm, credplug.InvalidCredentialError, -5, "CREDPLUG_EINVALID")
            self.assertIn("DD_API_KEY", cm.exception.detail)

    def test_unknown_scheme(self):
        with environ(DD_API_KEY="k"), ctx() as c:
            with self.assertRaises(credplug.Error) as cm:
                c.headers("GET", URL, ["apiKeyAuth", "basicAuth"])
            self.check(cm, credplug.Error, -1, "CREDPLUG_EINVAL")
            self.assertIn("basicAuth", cm.exception.detail)

    def test_unknown_field(self):
        with environ(), ctx() as c, self.assertRaises(credplug.Error) as cm:
            c.set("apikey", "x")
        self.check(cm, credplug.Error, -1, "CREDPLUG_EINVAL")

    def test_reject(self):
        with environ(DD_API_KEY="k"), ctx() as c:
            c.headers("GET", URL, ["apiKeyAuth"])
            self.assertIs(c.reject("GET", URL, ["apiKeyAuth"], 403), False)  # same value came back
            with self.assertRaises(credplug.Error) as cm:
                c.reject("GET", URL, ["apiKeyAuth"], 500)
            self.check(cm, credplug.Error, -1, "CREDPLUG_EINVAL")

    def test_reject_then_new_value(self):
        with environ(DD_API_KEY="k-old"), ctx() as c:
            self.assertEqual(c.headers("GET", URL, ["apiKeyAuth"]), [("DD-API-KEY", "k-old")])
            os.environ["DD_API_KEY"] = "k-new"
            self.assertIs(c.reject("GET", URL, ["apiKeyAuth"], 401), True)
            self.assertEqual(c.headers("GET", URL, ["apiKeyAuth"]), [("DD-API-KEY", "k-new")])

    def test_nul_byte_refused(self):
        # C reads a string up to its first NUL; Python, urllib3 and the
        # client read on.  "https://api.datadoghq.com\0@evil.example/..."
        # is api.datadoghq.com to credplug but evil.example (user info
        # "api.datadoghq.com%00") to urllib3: credentials must not come back.
        evil = "https://api.datadoghq.com\0@evil.example/api/v1/validate"
        with environ(DD_API_KEY="k-secret-nul"), ctx() as c:
            for auth in (["apiKeyAuth"], "apiKeyAuth", None):
                with self.assertRaises(ValueError) as cm:
                    c.headers("GET", evil, auth)
                self.assertEqual(str(cm.exception), "credplug: url contains a NUL byte")
            with self.assertRaises(ValueError) as cm:
                c.headers("GET", URL, "apiKeyAuth\0,basicAuth")
            self.assertEqual(str(cm.exception), "credplug: auth contains a NUL byte")
            with self.assertRaises(ValueError) as cm:
                c.headers("GET\0", URL, None)
            self.assertEqual(str(cm.exception), "credplug: method contains a NUL byte")
            with self.assertRaises(ValueError) as cm:
                c.set("api_key", "k-secret-nul\0tail")
            self.assertEqual(str(cm.exception), "credplug: value contains a NUL byte")
            with self.assertRaises(ValueError) as cm:
                c.reject("GET", evil, ["apiKeyAuth"], 401)
            self.assertEqual(str(cm.exception), "credplug: url contains a NUL byte")
            self.assertEqual(c.headers("GET", URL, ["apiKeyAuth"]), [("DD-API-KEY", "k-secret-nul")])

    def test_fast_path_refuses_as_credplug_headers(self):
        # The buffer path (a known list) and the credplug_headers path (the
        # table, an unknown name) take the same arguments the same way.
        with environ(DD_API_KEY="k"), ctx() as c:
            for auth in (["apiKeyAuth"], None):
                with self.assertRaises(TypeError) as cm:
                    c.headers(123, URL, auth)
                self.assertEqual(str(cm.exception), "credplug: method must be str, bytes or None, not int")
                with self.assertRaises(credplug.Error) as cm:
                    c.headers("GET", None, auth)
                self.check(cm, credplug.Error, -1, "CREDPLUG_EINVAL", "credplug_headers: url is NULL")
                with self.assertRaises(credplug.Error) as cm:
                    c.headers(None, URL, auth)
                self.check(cm, credplug.Error, -1, "CREDPLUG_EINVAL", "credplug_headers: method is NULL")
            self.assertEqual(c.headers(b"GET", URL.encode(), ["apiKeyAuth"]), [("DD-API-KEY", "k")])

    def test_thread_buffer_wiped(self):
        # README: the per-thread buffer holds no secret between requests.
        from credplug import _thread_buffer
        with environ(DD_API_KEY="k-wiped-0123", DD_APP_KEY="a-wiped-4567"), ctx() as c:
            self.assertEqual(len(c.headers("GET", URL, ALL)), 2)
            self.assertEqual(_thread_buffer()[0].raw, bytes(17408))

    def test_closed(self):
        c = ctx()
        c.close()
        c.close()
        with self.assertRaises(ValueError):
            c.headers("GET", URL, "")

    def test_explain_redacted(self):
        with environ(DD_API_KEY="0123456789abcdef"), ctx() as c:
            c.resolve()
            text = json.dumps(c.explain())
            self.assertNotIn("0123456789abcdef", text)
            self.assertEqual(c.explain()["fields"]["api_key"]["value"], "****cdef")

    def test_library_missing(self):
        env = dict(os.environ, CREDPLUG_LIBRARY="/nonexistent/libcredplug.so.0")
        code = "import credplug\ntry:\n credplug.Context()\nexcept OSError as e: print(e)"
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                             cwd=os.path.join(os.path.dirname(__file__), ".."))
        self.assertTrue(out.stdout.startswith(
            "credplug: cannot load libcredplug (set CREDPLUG_LIBRARY to its path): "
            "/nonexistent/libcredplug.so.0: "), out.stdout + out.stderr)


class Threads(unittest.TestCase):
    def test_concurrent_headers(self):
        with environ(DD_API_KEY="k", DD_APP_KEY="a", DD_BEARER_TOKEN="t"), ctx() as c:
            want = {"apiKeyAuth": [("DD-API-KEY", "k")], "AuthZ": [("Authorization", "Bearer t")],
                    "": [], "apiKeyAuth,appKeyAuth": [("DD-API-KEY", "k"), ("DD-APPLICATION-KEY", "a")]}
            bad = []

            def run(auth):
                for _ in range(200):
                    got = c.headers("GET", URL, auth)
                    if got != want[auth]:
                        bad.append((auth, got))

            ts = [threading.Thread(target=run, args=(a,)) for a in list(want) * 10]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            self.assertEqual(bad, [])


if __name__ == "__main__":
    unittest.main()
