"""Smaller findings: watch's exit codes and sources, feed guids, credentials and tracking
parameters in URLs, gzip caps, Ctrl-C during ingest, --batch-size, third-party log lines."""
from __future__ import annotations

import gzip
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from httpserver import LocalServer, http_server  # noqa: F401 (fixture)
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newstally.cli import main
from newstally.errors import ReadError
from newstally.model import Document
from newstally.read import read_sources
from newstally.read.feed import read_feed
from newstally.read.fetch import Fetcher, FetchSettings

FAST = FetchSettings(connect_timeout=1.0, read_timeout=1.0, total_timeout=5.0, retries=0, host_delay=0.0)
NEWSTALLY = str(Path(sys.executable).with_name("newstally"))
STORY = ("At least {n} people were killed when a bomb exploded at a bus station in {place} on "
         "Wednesday, police said. Rescue teams searched the rubble through the night.")


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def page(n: int, place: str = "Kunduz") -> str:
    body = "".join(f"<p>Paragraph {k}: families waited at the hospital gates in {place} for news of "
                   f"relatives on Thursday while rescue teams kept searching.</p>" for k in range(5))
    return (f"<html><head><title>Blast {n}</title></head><body><article><h1>Blast {n}</h1>"
            f"<p>{STORY.format(n=n, place=place)}</p>{body}</article></body></html>")


# ------------------------------------------------------------------------------- watch


def test_watch_exits_1_when_every_source_failed(tmp_path: Path, http_server: LocalServer) -> None:
    http_server.add("/down", "oops", status=404)
    r = invoke("watch", http_server.url("/down"), "--db", str(tmp_path / "w.db"), "--max-cycles", "1")
    assert r.exit_code == 1, r.output
    assert "404" in r.stderr


def test_watch_refuses_a_local_path(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text("<rss/>")
    r = invoke("watch", str(path), "--db", str(tmp_path / "w.db"), "--max-cycles", "1")
    assert r.exit_code == 2
    assert "not an http(s):// URL" in r.stderr
    assert not (tmp_path / "w.db").exists()


def test_watch_exits_130_on_ctrl_c(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_args: object, **_kw: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("newstally.watch.watch", interrupted)
    r = invoke("watch", "http://127.0.0.1:9/rss", "--db", str(tmp_path / "w.db"))
    assert r.exit_code == 130
    assert "everything committed so far is kept" in r.stderr


# ------------------------------------------------------------------------------- feeds


def test_an_item_whose_guid_is_not_a_link_keeps_its_story(http_server: LocalServer) -> None:
    story = STORY.format(n=14, place="Kunduz")
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Blast</title>'
            f"<guid>item-7</guid><description>{story}</description></item></channel></rss>")
    http_server.add("/feed/rss", feed, content_type="application/rss+xml")
    with Fetcher(FAST) as fetcher:
        [doc] = list(read_feed(http_server.url("/feed/rss"), fetcher=fetcher))
    assert isinstance(doc, Document), doc
    assert doc.text == story and doc.url is None and doc.title == "Blast"


# ------------------------------------------------------------------------------- URLs


def test_clean_url() -> None:
    from newstally.read.safe import clean_url, redact

    assert clean_url("https://u:pw@news.example/a?id=3&utm_source=x&UTM_MEDIUM=y&fbclid=z#top") == \
        "https://news.example/a?id=3"
    assert clean_url("https://news.example/a?utm_campaign=x") == "https://news.example/a"
    assert clean_url("https://news.example/#!/story/4") == "https://news.example/#!/story/4"
    assert clean_url("https://news.example/a?page=2") == "https://news.example/a?page=2"
    assert redact("x: http://user:secret@host:8/p and https://tok@h/") == "x: http://host:8/p and https://h/"


def test_credentials_in_urls_are_never_stored_or_shown(tmp_path: Path, http_server: LocalServer) -> None:
    http_server.add("/a.html", page(9))
    http_server.add("/gone.html", "gone", status=404)
    base = http_server.url("/").replace("http://", "http://reader:s3cret@")
    db = str(tmp_path / "c.db")
    r = invoke("ingest", base + "a.html", base + "gone.html", "--db", db)
    assert r.exit_code == 1, r.stderr  # the 404
    assert "1 report(s) added" in r.stderr, r.stderr
    assert "s3cret" not in r.output and "s3cret" not in r.stderr
    assert "reader" not in r.stderr
    with sqlite3.connect(db) as conn:
        dump = "\n".join(conn.iterdump())
    assert "s3cret" not in dump and "/a.html" in dump, [l for l in dump.splitlines() if "s3cret" in l]
    events = invoke("events", "--db", db, "--format", "json").stdout
    event = json.loads(events)[0]["id"]
    assert "s3cret" not in invoke("show", event, "--db", db, "--format", "json").stdout


def test_watch_never_stores_credentials(tmp_path: Path, http_server: LocalServer) -> None:
    http_server.add("/a.html", page(9))
    db = str(tmp_path / "w.db")
    r = invoke("watch", http_server.url("/a.html").replace("http://", "http://u:s3cret@"), "--db", db,
               "--max-cycles", "1")
    assert r.exit_code == 0, r.output
    with sqlite3.connect(db) as conn:
        assert "s3cret" not in "\n".join(conn.iterdump())


def test_tracking_parameters_do_not_make_a_second_report(tmp_path: Path, http_server: LocalServer) -> None:
    http_server.add("/story.html", page(21))
    db = str(tmp_path / "t.db")
    url = http_server.url("/story.html")
    r = invoke("ingest", url + "?utm_source=twitter&utm_medium=social", url + "?fbclid=abc#comments", url,
               "--db", db)
    assert r.exit_code == 0, r.output
    assert "1 report(s) added, 2 already stored" in r.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT url FROM documents").fetchall() == [(url,)]


def test_jsonl_urls_are_stored_clean(tmp_path: Path) -> None:
    path = tmp_path / "u.jsonl"
    path.write_text(json.dumps({"id": "u", "url": "https://u:pw@news.example/a?utm_source=x",
                                "text": STORY.format(n=3, place="Mosul")}) + "\n")
    [doc] = read_sources([str(path)])
    assert isinstance(doc, Document) and doc.url == "https://news.example/a"


# ------------------------------------------------------------------------------- gzip


def test_a_jsonl_gzip_bomb_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newstally.read.jsonl as jsonl

    monkeypatch.setattr(jsonl, "GZIP_RATIO_FROM", 1024 * 1024)
    line = json.dumps({"id": "first", "text": STORY.format(n=5, place="Quetta")}) + "\n"
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb") as f:
        f.write(line.encode())
        blank = (b" " * 10_000 + b"\n") * 100
        for _ in range(40):  # 40 MB of blank lines
            f.write(blank)
    results = list(read_sources([str(path)]))
    assert isinstance(results[0], Document) and results[0].id == "first"
    assert isinstance(results[-1], ReadError) and "gzip bomb" in str(results[-1])
    assert "stopped after line" in str(results[-1])


def test_an_ordinary_jsonl_gzip_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "ok.jsonl.gz"
    with gzip.open(path, "wt") as f:
        for n in range(50):
            f.write(json.dumps({"id": f"r{n}", "text": STORY.format(n=n + 2, place="Lagos")}) + "\n")
    assert [r.id for r in read_sources([str(path)])] == [f"r{n}" for n in range(50)]  # type: ignore[union-attr]


# ------------------------------------------------------------------------------- ingest


def _reports(path: Path, n: int) -> Path:
    places = ["Kunduz", "Lagos", "Mosul", "Quetta", "Aleppo", "Kandahar", "Herat"]
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": STORY.format(n=i + 2, place=places[i % 7])}) + "\n"
                            for i in range(n)))
    return path


def test_ctrl_c_during_ingest_says_what_was_committed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newstally.ledger as ledger

    calls = []
    real = ledger.extract_whole

    def extract(doc: Document) -> list:
        calls.append(doc.id)
        if len(calls) == 5:
            raise KeyboardInterrupt
        return real(doc)

    monkeypatch.setattr(ledger, "extract_whole", extract)
    db = str(tmp_path / "i.db")
    r = invoke("ingest", str(_reports(tmp_path / "r.jsonl", 7)), "--db", db, "--batch-size", "2")
    assert r.exit_code == 130
    assert "interrupted: 4 report(s) were committed" in r.stderr
    assert "Aborted!" not in r.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (4,)


@pytest.mark.parametrize("size", ["0", "-3"])
def test_batch_size_must_be_positive(tmp_path: Path, size: str) -> None:
    r = invoke("ingest", str(_reports(tmp_path / "r.jsonl", 2)), "--db", str(tmp_path / "b.db"), "--batch-size", size)
    assert r.exit_code == 2 and "--batch-size" in r.stderr


# ------------------------------------------------------------------------------- log lines


def test_trafilatura_log_lines_stay_off_stderr(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<")
    done = subprocess.run([NEWSTALLY, "extract", str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"error: {path}: no main text found in the HTML page", "1 input(s) failed"]


def test_warcio_warnings_stay_off_stderr(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    body = page(6).encode()
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
                            protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("http://news.example/a", "response", payload=io.BytesIO(body),
                                                  length=len(body), http_headers=http))
    data = buffer.getvalue()
    length = data.split(b"Content-Length: ", 1)[1].split(b"\r\n", 1)[0]
    short = data.replace(b"Content-Length: " + length, b"Content-Length: " + str(int(length) - 5).encode(), 1)
    path = tmp_path / "short.warc"
    path.write_bytes(short + short)
    done = subprocess.run([NEWSTALLY, "extract", str(path)], capture_output=True, text=True, timeout=120)
    assert "WARNING" not in done.stderr and "Remainder" not in done.stderr, done.stderr
