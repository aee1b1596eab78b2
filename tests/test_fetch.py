"""Fetching pages over HTTP: limits, retries, politeness, conditional requests, read_url."""
from __future__ import annotations

import gzip
import socket
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from httpserver import FIXTURES, Answer, LocalServer, http_server  # noqa: F401 (fixture)

from newstally.errors import ReadError
from newstally.model import Document
from newstally.read import read_sources
from newstally.read.fetch import (
    DEFAULT_USER_AGENT,
    Fetcher,
    FetchSettings,
    _HostClock,
    close_shared_fetchers,
    decode_body,
    fetch,
    format_size,
)
from newstally.read.url import read_url

MiB = 1024 * 1024

FAST = FetchSettings(  # robots.txt is tested on its own below; here requests are counted exactly
    connect_timeout=1.0, read_timeout=0.3, total_timeout=5.0, retries=1, backoff=0.01,
    max_backoff=0.05, host_delay=0.0, max_bytes=1 * MiB, obey_robots=False,
)

ARTICLE = (FIXTURES / "article.html").read_bytes()


@pytest.fixture(scope="module")
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(FAST) as f:
        yield f


@pytest.fixture(autouse=True)
def _close_shared() -> Iterator[None]:
    yield
    close_shared_fetchers()


def one(results: Iterator[Document | ReadError]) -> Document | ReadError:
    items = list(results)
    assert len(items) == 1, items
    return items[0]


def error(results: Iterator[Document | ReadError]) -> str:
    item = one(results)
    assert isinstance(item, ReadError), item
    return str(item)


# --------------------------------------------------------------------------- pages


def test_reads_a_page_with_its_metadata(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add("/article.html", ARTICLE)
    doc = one(read_url(url, fetcher=fetcher))
    assert isinstance(doc, Document)
    assert doc.title == "Bridge collapse in Riverton kills at least 12"
    assert doc.published == "2024-03-05"
    assert doc.author == "Maria Lopez"
    assert doc.site == "The Valley Courier"
    assert doc.language == "en"
    assert doc.url == url
    assert doc.path == url
    assert "At least 12 people were killed" in doc.text
    assert "All rights reserved" not in doc.text


def test_sends_a_clear_user_agent(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add("/a", ARTICLE)
    fetcher.fetch(url)
    agent = http_server.requests[0].headers["user-agent"]
    assert agent == DEFAULT_USER_AGENT
    assert agent.startswith("newstally/") and "(+http" in agent


def test_language_is_detected_when_the_page_does_not_say(http_server: LocalServer,
                                                         fetcher: Fetcher) -> None:
    url = http_server.add("/fr", (FIXTURES / "article_fr.html").read_bytes())
    doc = one(read_url(url, fetcher=fetcher))
    assert isinstance(doc, Document)
    assert doc.language == "fr"


def test_follows_a_redirect(http_server: LocalServer, fetcher: Fetcher) -> None:
    target = http_server.add("/final", ARTICLE)
    url = http_server.add("/old", status=301, headers={"Location": "/final"})
    result = fetcher.fetch(url)
    assert result.final_url == target and result.url == url
    doc = one(read_url(url, fetcher=fetcher))
    assert isinstance(doc, Document) and doc.url == target


def test_redirect_loop(http_server: LocalServer, fetcher: Fetcher) -> None:
    http_server.add("/b", status=302, headers={"Location": "/a"})
    url = http_server.add("/a", status=302, headers={"Location": "/b"})
    assert "too many redirects (more than 5)" in error(read_url(url, fetcher=fetcher))
    assert len(http_server.requests) == 6


def test_not_found_is_not_retried(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add("/gone", "<html><body>Not found</body></html>", status=404)
    message = error(read_url(url, fetcher=fetcher))
    assert message == f"{url}: HTTP 404 Not Found"
    assert http_server.hits("/gone") == 1


def test_server_error_then_success_is_retried(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add_sequence("/flaky", [Answer(500, b"oops"), Answer(200, ARTICLE)])
    doc = one(read_url(url, fetcher=fetcher))
    assert isinstance(doc, Document)
    assert http_server.hits("/flaky") == 2


def test_retries_are_bounded(http_server: LocalServer) -> None:
    settings = FetchSettings(**{**FAST.__dict__, "retries": 2})
    url = http_server.add("/down", b"busy", status=503, headers={"Retry-After": "0"})
    with Fetcher(settings) as f:
        message = error(read_url(url, fetcher=f))
    assert message == f"{url}: HTTP 503 Service Unavailable (after 3 attempts)"
    assert http_server.hits("/down") == 3


def test_backoff_doubles_and_is_capped(http_server: LocalServer) -> None:
    settings = FetchSettings(**{**FAST.__dict__, "retries": 2, "backoff": 0.1, "max_backoff": 0.15})
    url = http_server.add("/down", b"busy", status=502)
    with Fetcher(settings) as f:
        started = time.monotonic()
        with pytest.raises(ReadError):
            f.fetch(url)
    times = [r.time for r in http_server.requests]
    assert times[1] - times[0] >= 0.09  # backoff
    assert times[2] - times[1] >= 0.14  # 0.2, capped at 0.15
    assert time.monotonic() - started < 1.5


def test_slow_server_times_out(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add("/slow", ARTICLE, delay=1.0)
    started = time.monotonic()
    message = error(read_url(url, fetcher=fetcher))
    assert "read timeout" in message and "after 2 attempts" in message
    assert time.monotonic() - started < 1.5
    assert http_server.hits("/slow") == 2


def test_total_time_limit_cuts_off_a_trickle(http_server: LocalServer) -> None:
    def trickle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        for _ in range(40):
            h.wfile.write(b"<p>x</p>" * 10)
            h.wfile.flush()
            time.sleep(0.05)

    url = http_server.add_handler("/trickle", trickle)
    settings = FetchSettings(**{**FAST.__dict__, "total_timeout": 0.3, "retries": 0})
    with Fetcher(settings) as f:
        message = error(read_url(url, fetcher=f))
    assert message == f"{url}: download took longer than 0.3 s"


def test_connection_refused(fetcher: Fetcher) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    message = error(read_url(url, fetcher=fetcher))
    assert message.startswith(f"{url}: connection failed") and "after 2 attempts" in message


def test_oversized_body_with_content_length(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add("/big", b"<p>" + b"a" * (2 * MiB) + b"</p>")
    assert error(read_url(url, fetcher=fetcher)) == (
        f"{url}: body larger than 1 MiB (Content-Length {2 * MiB + 7})")


def test_oversized_body_without_content_length(http_server: LocalServer, fetcher: Fetcher) -> None:
    def endless(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        chunk = b"<p>" + b"a" * 65536 + b"</p>"
        for _ in range(64):  # 4 MiB, close-delimited
            h.wfile.write(chunk)

    url = http_server.add_handler("/endless", endless)
    assert error(read_url(url, fetcher=fetcher)) == f"{url}: body larger than 1 MiB"


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(MiB)
    body = b"".join(z.compress(zeros) for _ in range(16)) + z.flush()  # 16 MiB of zeros
    assert len(body) < 20_000
    return body


def test_gzip_bomb_is_stopped_in_bounded_memory(http_server: LocalServer, fetcher: Fetcher,
                                                gzip_bomb: bytes) -> None:
    url = http_server.add("/bomb", gzip_bomb, headers={"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        message = error(read_url(url, fetcher=fetcher))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert message == f"{url}: body larger than 1 MiB once decompressed"
    assert peak < 8 * MiB


def test_gzipped_page(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add("/gz", gzip.compress(ARTICLE), headers={"Content-Encoding": "gzip"})
    doc = one(read_url(url, fetcher=fetcher))
    assert isinstance(doc, Document) and "At least 12 people" in doc.text


def test_deflated_page(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add("/zz", zlib.compress(ARTICLE), headers={"Content-Encoding": "deflate"})
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    url_raw = http_server.add("/raw", raw.compress(ARTICLE) + raw.flush(),
                              headers={"Content-Encoding": "deflate"})
    assert fetcher.fetch(url).body == ARTICLE
    assert fetcher.fetch(url_raw).body == ARTICLE


def test_corrupt_and_truncated_gzip(http_server: LocalServer, fetcher: Fetcher) -> None:
    body = gzip.compress(ARTICLE)
    corrupt = http_server.add("/corrupt", body[:10] + b"\xff" * 40 + body[50:],
                              headers={"Content-Encoding": "gzip"})
    truncated = http_server.add("/short", body[: len(body) // 2], headers={"Content-Encoding": "gzip"})
    assert error(read_url(corrupt, fetcher=fetcher)).startswith(f"{corrupt}: corrupt gzip body (")
    assert error(read_url(truncated, fetcher=fetcher)) == f"{truncated}: truncated gzip body"


def test_unknown_content_encoding(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add("/br", b"\x00\x01", headers={"Content-Encoding": "br"})
    assert error(read_url(url, fetcher=fetcher)) == f"{url}: unsupported content encoding 'br'"


@pytest.mark.parametrize("content_type", ["application/pdf", "image/png", "application/json"])
def test_unsupported_content_type(http_server: LocalServer, fetcher: Fetcher,
                                  content_type: str) -> None:
    url = http_server.add("/file", b"%PDF-1.4 ...", content_type=content_type)
    assert error(read_url(url, fetcher=fetcher)) == f"{url}: unsupported content type '{content_type}'"


def test_plain_text_that_is_not_a_page_or_feed(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add("/notes.txt", b"just some notes", content_type="text/plain")
    assert error(read_url(url, fetcher=fetcher)) == f"{url}: unsupported content type 'text/plain'"


def test_missing_content_type_is_sniffed(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add("/untyped", ARTICLE, content_type=None)
    doc = one(read_url(url, fetcher=fetcher))
    assert isinstance(doc, Document) and doc.title


def test_xhtml_is_a_page(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add("/x", ARTICLE, content_type="application/xhtml+xml")
    assert isinstance(one(read_url(url, fetcher=fetcher)), Document)


def test_binary_body_is_an_error(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add("/bin", b"<html>\x00\x01\x02\x89PNG" * 50)
    assert error(read_url(url, fetcher=fetcher)) == f"{url}: body is binary, not text"


def test_page_without_main_text(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add("/empty", b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert "no main text" in error(read_url(url, fetcher=fetcher))


def test_declared_charset_is_used(http_server: LocalServer, fetcher: Fetcher) -> None:
    page = ARTICLE.decode("utf-8").replace('<meta charset="utf-8">', "").replace(
        "Rescue teams", "Rescue équipes").encode("cp1252")
    url = http_server.add("/latin", page, content_type="text/html; charset=windows-1252")
    doc = one(read_url(url, fetcher=fetcher))
    assert isinstance(doc, Document) and "Rescue équipes worked" in doc.text


# --------------------------------------------------------------------------- conditional requests


def _conditional(h: BaseHTTPRequestHandler) -> None:
    etag, modified = '"v1"', "Tue, 05 Mar 2024 09:30:00 GMT"
    if h.headers.get("If-None-Match") == etag or h.headers.get("If-Modified-Since") == modified:
        h.send_response(304)
        h.send_header("ETag", etag)
        h.end_headers()
        return
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", str(len(ARTICLE)))
    h.send_header("ETag", etag)
    h.send_header("Last-Modified", modified)
    h.end_headers()
    h.wfile.write(ARTICLE)


def test_etag_and_last_modified_give_not_modified(http_server: LocalServer) -> None:
    url = http_server.add_handler("/cond", _conditional)
    first = fetch(url, FAST)
    assert first.status == 200 and not first.not_modified and first.body == ARTICLE
    assert first.etag == '"v1"' and first.last_modified == "Tue, 05 Mar 2024 09:30:00 GMT"
    assert first.media_type == "text/html" and first.charset == "utf-8"

    again = fetch(url, FAST, etag=first.etag)
    assert again.not_modified and again.status == 304 and again.body == b""
    assert http_server.requests[-1].headers["if-none-match"] == '"v1"'

    by_date = fetch(url, FAST, last_modified=first.last_modified)
    assert by_date.not_modified
    assert http_server.requests[-1].headers["if-modified-since"] == first.last_modified

    changed = fetch(url, FAST, etag='"v0"')
    assert not changed.not_modified and changed.body == ARTICLE


# --------------------------------------------------------------------------- politeness


def test_minimum_delay_between_requests_to_one_host(http_server: LocalServer) -> None:
    url = http_server.add("/a", ARTICLE)
    with Fetcher(FetchSettings(**{**FAST.__dict__, "host_delay": 0.2})) as f:
        f.fetch(url)
        f.fetch(url)
    first, second = (r.time for r in http_server.requests)
    assert second - first >= 0.18


def test_host_clock_is_per_host() -> None:
    clock = _HostClock()
    started = time.monotonic()
    clock.wait("a.test", 0.2)
    clock.wait("b.test", 0.2)
    assert time.monotonic() - started < 0.1
    clock.wait("a.test", 0.2)
    assert time.monotonic() - started >= 0.18


# --------------------------------------------------------------------------- pieces


def test_read_sources_dispatches_urls(http_server: LocalServer) -> None:
    url = http_server.add("/article.html", ARTICLE)
    (doc,) = list(read_sources([url]))
    assert isinstance(doc, Document) and doc.url == url


def test_decode_body() -> None:
    assert decode_body("café".encode("utf-8")) == "café"
    assert decode_body("café".encode("cp1252")) == "café"
    assert decode_body("café".encode("latin-1"), "iso-8859-1") == "café"
    assert decode_body(b"\xef\xbb\xbfcaf\xc3\xa9") == "café"
    assert decode_body("café".encode("utf-16")) == "café"
    assert decode_body("<meta charset='koi8-r'>Мир".encode("koi8-r")).endswith("Мир")
    assert decode_body("café".encode("utf-8"), "no-such-charset") == "café"
    with pytest.raises(ReadError, match="binary"):
        decode_body(b"GIF89a\x00\x00", source="x")
    with pytest.raises(ReadError, match="cannot be decoded"):
        decode_body(b"\x81\x8d\x8f\x90\x9d\xff\xfe", source="x")


@pytest.mark.parametrize(("n", "text"), [
    (0, "0 bytes"), (512, "512 bytes"), (1024, "1 KiB"), (1536, "1.5 KiB"), (MiB, "1 MiB"),
    (10 * MiB, "10 MiB"), (3 * 1024 * MiB, "3 GiB"),
])
def test_format_size(n: int, text: str) -> None:
    assert format_size(n) == text


def test_settings_are_frozen_with_documented_defaults() -> None:
    s = FetchSettings()
    assert (s.max_bytes, s.max_redirects, s.retries, s.host_delay) == (10 * MiB, 5, 2, 1.0)
    assert (s.max_feed_items, s.feed_full_text_chars, s.feed_full_text_ratio) == (500, 1500, 0.8)
    with pytest.raises(AttributeError):
        s.retries = 5  # type: ignore[misc]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from([None, "utf-8", "iso-8859-1", "utf-16", "bogus"]))
def test_decode_body_gives_text_or_a_read_error(body: bytes, charset: str | None) -> None:
    try:
        text = decode_body(body, charset, source="x")
    except ReadError as exc:
        assert str(exc).startswith("x: ")
    else:
        assert isinstance(text, str)


def test_robots_txt_is_honoured_and_read_once_per_site(http_server: LocalServer) -> None:
    http_server.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    open_url = http_server.add("/news/a.html", ARTICLE)
    closed_url = http_server.add("/private/b.html", ARTICLE)
    with Fetcher(FetchSettings(**{**FAST.__dict__, "obey_robots": True})) as f:
        assert f.fetch(open_url).status == 200
        with pytest.raises(ReadError, match="robots.txt"):
            f.fetch(closed_url)
        f.fetch(open_url)
    assert http_server.hits("/robots.txt") == 1
    assert http_server.hits("/private/b.html") == 0


def test_a_missing_or_broken_robots_txt_allows_everything(http_server: LocalServer) -> None:
    http_server.add("/robots.txt", "oops", status=500)
    url = http_server.add("/a.html", ARTICLE)
    with Fetcher(FetchSettings(**{**FAST.__dict__, "obey_robots": True, "retries": 0})) as f:
        assert f.fetch(url).status == 200


def test_robots_rules_for_newstally_by_name(http_server: LocalServer) -> None:
    http_server.add("/robots.txt", "User-agent: newstally\nDisallow: /\n\nUser-agent: *\nAllow: /\n",
                    content_type="text/plain")
    url = http_server.add("/a.html", ARTICLE)
    with Fetcher(FetchSettings(**{**FAST.__dict__, "obey_robots": True})) as f:
        with pytest.raises(ReadError, match="robots.txt"):
            f.fetch(url)
