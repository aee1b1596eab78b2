"""`watch`: conditional polling, only new items ingested, broken sources survived."""
from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import CliRunner
from httpserver import LocalServer, http_server  # noqa: F401 (fixture)

from newstally.cli import main
from newstally.errors import NewstallyError
from newstally.read.fetch import FetchSettings
from newstally.store import open_store
from newstally.watch import WatchSettings, parse_duration, watch

FAST = FetchSettings(connect_timeout=1.0, read_timeout=1.0, total_timeout=5.0, retries=0, host_delay=0.0)


def page(n: int, killed: int) -> str:
    body = "".join(f"<p>Paragraph {k} of report {n}: rescue teams kept searching the district on "
                   f"Thursday while families waited for news at the hospital gates.</p>" for k in range(6))
    return (f"<html><head><title>Report {n}</title></head><body><article><h1>Report {n}</h1>"
            f"<p>At least {killed} people were killed when a bomb exploded at a bus station in "
            f"Kunduz on Wednesday, police said.</p>{body}</article></body></html>")


class Feed:
    """An RSS feed that answers 304 to a matching If-None-Match."""

    def __init__(self, server: LocalServer, items: list[int]) -> None:
        self.server, self.items, self.version = server, items, 1

    def __call__(self, h: BaseHTTPRequestHandler) -> None:
        etag = f'"v{self.version}"'
        if h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.end_headers()
            return
        entries = "".join(f"<item><title>Report {n}</title><link>{self.server.url(f'/p{n}.html')}</link>"
                          f"<guid>item-{n}</guid><pubDate>Thu, 0{n} May 2024 10:00:00 GMT</pubDate></item>"
                          for n in self.items)
        body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
                f"{entries}</channel></rss>").encode()
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("ETag", etag)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)


@pytest.fixture
def site(http_server: LocalServer) -> tuple[LocalServer, Feed]:
    for n in range(1, 5):
        http_server.add(f"/p{n}.html", page(n, 10 + n))
    feed = Feed(http_server, [1, 2])
    http_server.add_handler("/rss", feed)
    return http_server, feed


def test_polls_conditionally_and_ingests_only_new_items(tmp_path: Path, site) -> None:
    server, feed = site
    db = str(tmp_path / "w.db")
    with open_store(db) as store:
        [first, second] = watch(store, [server.url("/rss")], WatchSettings(every=0, max_cycles=2, fetch=FAST),
                                sleep=lambda s: None)
    assert (first.new_items, first.unchanged, second.new_items, second.unchanged) == (2, 0, 0, 1)
    assert first.new_claims >= 2 and first.events_changed >= 1
    assert server.hits("/p1.html") == 1

    feed.items, feed.version = [1, 2, 3], 2  # a new item, a new ETag
    with open_store(db) as store:
        [third] = watch(store, [server.url("/rss")], WatchSettings(every=0, max_cycles=1, fetch=FAST))
        assert store.counts()["documents"] == 3
    assert third.new_items == 1
    assert server.hits("/p1.html") == 1 and server.hits("/p3.html") == 1  # old items not fetched again


def test_a_broken_source_does_not_stop_the_others(tmp_path: Path, site) -> None:
    server, _ = site
    server.add("/down", "oops", status=500)
    server.add("/bad.xml", "<rss><channel><item>", content_type="application/rss+xml")
    with open_store(str(tmp_path / "w.db")) as store:
        [report] = watch(store, [server.url("/down"), server.url("/bad.xml"), server.url("/rss")],
                         WatchSettings(every=0, max_cycles=1, fetch=FAST))
    assert report.new_items == 2
    assert len(report.failures) == 2
    assert any("500" in f for f in report.failures)


def test_a_page_url_can_be_watched(tmp_path: Path, site) -> None:
    server, _ = site
    with open_store(str(tmp_path / "w.db")) as store:
        reports = watch(store, [server.url("/p4.html")], WatchSettings(every=0, max_cycles=2, fetch=FAST),
                        sleep=lambda s: None)
    assert [r.new_items for r in reports] == [1, 0]


def test_cli_runs_the_given_number_of_cycles(tmp_path: Path, site) -> None:
    server, _ = site
    r = CliRunner().invoke(main, ["watch", server.url("/rss"), "--db", str(tmp_path / "c.db"),
                                  "--every", "1s", "--max-cycles", "1"])
    assert r.exit_code == 0, r.output
    assert "cycle 1:" in r.stderr and "2 new report(s)" in r.stderr


@pytest.mark.parametrize("text,seconds", [("30s", 30), ("5m", 300), ("1h", 3600), ("1h30m", 5400),
                                          ("90", 90), ("0.5s", 0.5), (" 2 m ", 120)])
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "5x", "m", "-5m", "0s", "five minutes"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(NewstallyError):
        parse_duration(text)


def test_cli_rejects_a_bad_duration() -> None:
    r = CliRunner().invoke(main, ["watch", "http://127.0.0.1:9/rss", "--every", "soon"])
    assert r.exit_code == 2 and "not a duration" in r.output


def test_ctrl_c_between_cycles_keeps_what_was_committed(tmp_path: Path, site) -> None:
    server, _ = site
    db = str(tmp_path / "w.db")

    def interrupt(_seconds: float) -> None:
        raise KeyboardInterrupt

    with open_store(db) as store, pytest.raises(KeyboardInterrupt):
        watch(store, [server.url("/rss")], WatchSettings(every=60, max_cycles=5, fetch=FAST), sleep=interrupt)
    with open_store(db) as store:
        assert store.counts()["documents"] == 2
        [again] = watch(store, [server.url("/rss")], WatchSettings(every=0, max_cycles=1, fetch=FAST))
    assert again.unchanged == 1 and again.new_items == 0
