"""A small real HTTP server for browser tests; remembers every request it saw.

Pages are registered per path (`server.pages["/x"] = (status, type, body)`);
anything else is a 404. Runs on its own thread on a free port of a loopback
address, and is shut down by the context manager.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class WebServer:
    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.pages: dict[str, tuple[int, str, bytes | str]] = {}
        self.headers: dict[str, dict[str, str]] = {}
        self.requests: list[tuple[str, str]] = []  # (method, path)
        self.bodies: list[tuple[str, bytes]] = []  # (path, body) of every request with a body
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body_in = self.rfile.read(length) if length else b""
                with server._lock:
                    server.requests.append((self.command, self.path))
                    if body_in:
                        server.bodies.append((self.path, body_in))
                path = self.path.split("?", 1)[0]
                status, ctype, body = server.pages.get(path, (404, "text/plain", b"not found"))
                data = body.encode() if isinstance(body, str) else body
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                for k, v in server.headers.get(path, {}).items():
                    self.send_header(k, v)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = do_POST = do_HEAD = _serve

            def log_message(self, *args) -> None:  # quiet
                pass

        self._httpd = ThreadingHTTPServer((host, port), Handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def add(self, path: str, body: str | bytes, ctype: str = "text/html; charset=utf-8", status: int = 200,
            headers: dict[str, str] | None = None) -> str:
        self.pages[path] = (status, ctype, body)
        if headers:
            self.headers[path] = headers
        return self.url(path)

    def paths_seen(self) -> list[str]:
        with self._lock:
            return [p for _m, p in self.requests]

    def __enter__(self) -> "WebServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
