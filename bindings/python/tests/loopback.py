"""A loopback HTTP server in a thread that records each request's head."""

import http.server
import json
import threading


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.heads = []  # (method, path, [(name, value)], raw head bytes)
        self.route = None  # fn(handler) -> (status, headers dict) or None

    def take(self):
        with self.lock:
            heads, self.heads = self.heads, []
        return heads


def _handler(rec):
    class H(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def _any(self):
            n = int(self.headers.get("Content-Length") or 0)
            if n:
                self.rfile.read(n)
            raw = self.raw_requestline + bytes(self.headers)
            with rec.lock:
                rec.heads.append((self.command, self.path, list(self.headers.items()), raw))
            status, extra = 200, {}
            if rec.route:
                status, extra = rec.route(self) or (200, {})
            body = json.dumps({}).encode() if status < 300 or status >= 400 else b""
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for k, v in extra.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any

    return H


class Server:
    def __init__(self):
        self.rec = Recorder()
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.rec))
        self.httpd.daemon_threads = True
        # A client closing its keep-alive connection is not an error here.
        self.httpd.handle_error = lambda request, address: None
        self.port = self.httpd.server_address[1]
        self.origin = "http://127.0.0.1:%d" % self.port
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
