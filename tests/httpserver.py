"""A local HTTP server for tests: fixed answers per path on 127.0.0.1, an ephemeral port.

Use the ``http_server`` fixture (import it into the test module) or :class:`LocalServer`
directly::

    from httpserver import http_server  # noqa: F401  (a pytest fixture)

    def test_page(http_server):
        http_server.add("/a", body=b"<html>...</html>")
        ... http_server.url("/a") ...

An answer is fixed (:meth:`LocalServer.add`), a sequence played in order, the last one repeated
(:meth:`LocalServer.add_sequence`), or a function writing its own answer
(:meth:`LocalServer.add_handler`). Every request is recorded in ``requests``.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "web"


@dataclass
class Answer:
    """One canned HTTP answer."""

    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait after the headers, before the body


@dataclass
class Request:
    """What the server saw."""

    path: str
    headers: dict[str, str]
    time: float


Handler = Callable[[BaseHTTPRequestHandler], None]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # one request per connection: nothing lingers after a test
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        owner = self.server.owner
        owner.requests.append(Request(self.path, {k.lower(): v for k, v in self.headers.items()},
                                      time.monotonic()))
        route = owner.routes.get(self.path.split("?", 1)[0])
        if route is None:
            self._send(Answer(404, b"<html><body>not here</body></html>"))
            return
        if callable(route):
            route(self)
            return
        answers, n = route
        answer = answers[min(n, len(answers) - 1)]
        owner.routes[self.path.split("?", 1)[0]] = (answers, n + 1)
        self._send(answer)

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        if answer.content_type is not None:
            self.send_header("Content-Type", answer.content_type)
        headers = {"Content-Length": str(len(answer.body)), **answer.headers}
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.flush()
        if answer.delay:
            time.sleep(answer.delay)
        self.wfile.write(answer.body)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: LocalServer

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up on a slow answer is expected here


class LocalServer:
    """An HTTP server on 127.0.0.1 in a background thread."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[list[Answer], int] | Handler] = {}
        self.requests: list[Request] = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, body: bytes | str = b"", status: int = 200,
            content_type: str | None = "text/html; charset=utf-8",
            headers: dict[str, str] | None = None, delay: float = 0.0) -> str:
        """Answer ``path`` always the same way; returns its URL."""
        return self.add_sequence(path, [Answer(status, _bytes(body), content_type, headers or {}, delay)])

    def add_file(self, path: str, fixture: str, content_type: str) -> str:
        """Answer ``path`` with a file from ``tests/fixtures/web``; returns its URL."""
        return self.add(path, (FIXTURES / fixture).read_bytes(), content_type=content_type)

    def add_sequence(self, path: str, answers: list[Answer]) -> str:
        """Answer ``path`` with each of ``answers`` in turn, then the last one again."""
        self.routes[path] = (list(answers), 0)
        return self.url(path)

    def add_handler(self, path: str, handler: Handler) -> str:
        """Answer ``path`` with ``handler(request_handler)``, which writes the whole answer."""
        self.routes[path] = handler
        return self.url(path)

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path.split("?", 1)[0] == path)

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _bytes(body: bytes | str) -> bytes:
    return body.encode("utf-8") if isinstance(body, str) else body


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    """A running :class:`LocalServer`, stopped after the test."""
    with LocalServer() as server:
        yield server
