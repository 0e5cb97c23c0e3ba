"""A calendar feed on loopback: serves one .ics body with an ETag and Last-Modified, answers
conditional requests with 304, and can be scripted to fail first (429, 5xx) or need a login."""

from __future__ import annotations

import ssl
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class FeedState:
    body: bytes = b""
    etag: str | None = '"v1"'
    last_modified: str | None = "Wed, 04 Mar 2026 08:00:00 GMT"
    # Answers to give before the feed itself: (status, headers), used up one per request.
    script: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    requests: list[dict[str, str]] = field(default_factory=list)  # each request's headers
    paths: list[str] = field(default_factory=list)


class _Handler(BaseHTTPRequestHandler):
    state: FeedState

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, headers: dict[str, str], body: bytes = b"") -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def do_GET(self) -> None:
        state = self.state
        state.requests.append({k.lower(): v for k, v in self.headers.items()})
        state.paths.append(self.path)
        if state.script:
            status, headers = state.script.pop(0)
            self._send(status, headers, b"error page")
            return
        if self.path != "/calendar/private-token/basic.ics":
            self._send(404, {}, b"not found")
            return
        headers = {"Content-Type": "text/calendar; charset=UTF-8"}
        if state.etag:
            headers["ETag"] = state.etag
        if state.last_modified:
            headers["Last-Modified"] = state.last_modified
        if state.etag and self.headers.get("If-None-Match") == state.etag:
            self._send(304, headers)
            return
        self._send(200, headers, state.body)


class FeedServer:
    """Start with `with FeedServer(body) as server:`; `server.url` is the feed's address."""

    PATH = "/calendar/private-token/basic.ics"

    def __init__(self, body: bytes, tls: ssl.SSLContext | None = None) -> None:
        self.state = FeedState(body=body)
        handler = type("Handler", (_Handler,), {"state": self.state})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._tls = tls
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        scheme = "https" if self._tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}{self.PATH}"

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
