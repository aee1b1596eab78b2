"""Hostile text: lone surrogates, out-of-range character references and control characters
never crash a command, are stored as U+FFFD, and never reach the terminal raw."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from httpserver import LocalServer, http_server  # noqa: F401 (fixture)
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newstally.cli import main
from newstally.model import Document
from newstally.read import read_sources
from newstally.read.fetch import FetchSettings
from newstally.read.safe import fix_char_refs, printable, safe_document
from newstally.store import open_store
from newstally.watch import WatchSettings, watch

FAST = FetchSettings(connect_timeout=1.0, read_timeout=1.0, total_timeout=5.0, retries=0, host_delay=0.0)
BAD_REFS = ("&#55357;", "&#xDFFF;", "&#1114112;", "&#99999999999999999999;", "&#0;")
STORY = ("At least {n} people were killed when a bomb exploded at a bus station in Kunduz on "
         "Wednesday, police said. Rescue teams searched the rubble through the night.")
NEWSTALLY = str(Path(sys.executable).with_name("newstally"))


def no_surrogates(text: str) -> bool:
    return not any(0xD800 <= ord(c) <= 0xDFFF for c in text)


def invoke(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


# ------------------------------------------------------------------------------- JSONL


def _bad_jsonl(path: Path) -> Path:
    lines = [
        {"id": "a", "title": "Broken emoji \ud83d", "text": STORY.format(n=12) + " \udfff"},
        {"id": "b\ud800", "text": STORY.format(n=7), "source": "Wire \udc00"},
        {"id": "c", "text": "Three people were killed in a fire in Lagos on Tuesday, officials said."},
    ]
    # json.dumps writes lone surrogates as \\uXXXX escapes: valid JSON
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def test_lone_surrogates_in_jsonl_are_replaced_at_the_reader(tmp_path: Path) -> None:
    docs = list(read_sources([str(_bad_jsonl(tmp_path / "bad.jsonl"))]))
    assert [type(d).__name__ for d in docs] == ["Document"] * 3
    assert docs[0].title == "Broken emoji \ufffd" and docs[0].text.endswith("\ufffd")
    assert docs[1].id == "b\ufffd" and docs[1].site == "Wire \ufffd"
    for d in docs:
        assert all(no_surrogates(v) for v in d.to_dict().values() if isinstance(v, str))


@pytest.mark.parametrize("command", [["extract"], ["extract", "--summary"], ["extract", "--format", "table"],
                                     ["cluster"]])
def test_commands_survive_lone_surrogates(tmp_path: Path, command: list[str]) -> None:
    r = invoke(*command, str(_bad_jsonl(tmp_path / "bad.jsonl")))
    assert r.exit_code == 0, r.output
    assert r.exception is None


def test_clean_survives_a_lone_surrogate(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "x", "text": STORY.format(n=3) + " \ud83d"}) + "\n")
    r = invoke("clean", str(path))
    assert r.exit_code == 0, r.output
    assert "\ufffd" in r.stdout


def test_ingest_stores_every_line_around_a_lone_surrogate(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    r = invoke("ingest", str(_bad_jsonl(tmp_path / "bad.jsonl")), "--db", db)
    assert r.exit_code == 0, r.output
    with open_store(db) as store:
        assert store.counts()["documents"] == 3
    r = invoke("events", "--db", db)
    assert r.exit_code == 0 and "Broken emoji \ufffd" in r.stdout


def test_stdin_jsonl_with_a_lone_surrogate() -> None:
    line = json.dumps({"id": "s", "title": "T \ud83d", "text": STORY.format(n=4)}) + "\n"
    r = invoke("extract", "-", input=line)
    assert r.exit_code == 0, r.output
    assert '"doc_id": "s"' in r.stdout


# ------------------------------------------------------------------------------- HTML, WARC


def _page(title: str, n: int) -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{STORY.format(n=n)} {' '.join(BAD_REFS)}</p><p>{STORY.format(n=n)}</p>"
            "</article></body></html>")


def test_html_with_out_of_range_references(tmp_path: Path) -> None:
    path = tmp_path / "bad.html"
    path.write_text(_page("Blast " + "".join(BAD_REFS), 9))
    for command in (["clean"], ["extract"], ["cluster"]):
        r = invoke(*command, str(path))
        assert r.exit_code == 0, (command, r.output)
    [doc] = read_sources([str(path)])
    assert isinstance(doc, Document) and no_surrogates(doc.text) and no_surrogates(doc.title or "")


def test_html_given_as_a_string_with_a_lone_surrogate(tmp_path: Path) -> None:
    path = tmp_path / "h.jsonl"
    path.write_text(json.dumps({"id": "h", "html": _page("Blast \ud83d", 5)}) + "\n")
    [doc] = read_sources([str(path)])
    assert isinstance(doc, Document), doc
    assert no_surrogates(doc.text) and no_surrogates(doc.raw or "")


def test_warc_page_with_out_of_range_references(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    body = _page("Blast " + "".join(BAD_REFS), 8).encode()
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                       ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("http://news.example/a", "response", payload=io.BytesIO(body),
                                                  length=len(body), http_headers=http))
    path = tmp_path / "a.warc"
    path.write_bytes(buffer.getvalue())
    r = invoke("extract", str(path))
    assert r.exit_code == 0, r.output
    assert '"best": 8' in r.stdout


# ------------------------------------------------------------------------------- feeds


def _feed(server: LocalServer, items: str) -> bytes:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}'
            "</channel></rss>").encode()


def _item(title: str, text: str, guid: str) -> str:
    return f"<item><title>{title}</title><guid>{guid}</guid><description>{text}</description></item>"


@pytest.mark.parametrize("ref", BAD_REFS)
def test_feed_items_with_out_of_range_references(http_server: LocalServer, ref: str) -> None:
    long = (STORY.format(n=11) + " ") * 12  # the item carries the whole story: nothing is fetched
    http_server.add("/rss", _feed(http_server, _item(f"Blast {ref} in Kunduz", long + ref, "g1")),
                    content_type="application/rss+xml")
    for command in (["clean"], ["extract"], ["extract", "--summary"], ["cluster"]):
        r = invoke(*command, http_server.url("/rss"))
        assert r.exit_code == 0, (command, r.output)
        assert r.exception is None


def test_fix_char_refs_keeps_valid_references() -> None:
    data = b"a &#233; &#x1F600; &#55357; &#xdfff; &#1114112; &#99999999999999999999; &amp;#55357;"
    assert fix_char_refs(data) == (b"a &#233; &#x1F600; &#xFFFD; &#xFFFD; &#xFFFD; &#xFFFD; "
                                   b"&amp;#55357;")


def test_watch_survives_a_bad_item_and_keeps_polling_healthy_feeds(tmp_path: Path,
                                                                  http_server: LocalServer) -> None:
    long = (STORY.format(n=11) + " ") * 12
    bad = _item("Blast &#55357; &#1114112; in Kunduz", long, "b1")
    http_server.add("/bad", _feed(http_server, bad), content_type="application/rss+xml")
    good = _item("Fire in Lagos", (STORY.format(n=4) + " ") * 12, "g1")
    http_server.add("/good", _feed(http_server, good), content_type="application/rss+xml")
    with open_store(str(tmp_path / "w.db")) as store:
        [report] = watch(store, [http_server.url("/bad"), http_server.url("/good")],
                         WatchSettings(every=0, max_cycles=1, fetch=FAST))
        assert store.counts()["documents"] == 2
    assert report.new_items == 2 and report.failures == []


# ------------------------------------------------------------------------------- terminals


OSC = "\x1b]0;owned\x07\x1b[31mRed\x9b2J"


def test_control_characters_in_fields_are_replaced() -> None:
    doc = safe_document(Document(id="i\x1b", text="Line one\nLine\x1b[2J two\ttab", title=OSC))
    assert doc.title is not None and "\x1b" not in doc.title and "\x07" not in doc.title
    assert "\x9b" not in doc.title and doc.text == "Line one\nLine\ufffd[2J two\ttab"
    assert doc.id == "i\x1b"  # the user's id is kept as given (shown through printable())
    assert printable("a\x1b]0;x\x07\nb") == "a\ufffd]0;x\ufffd\ufffdb"


def test_terminal_escapes_in_titles_never_reach_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "osc.jsonl"
    path.write_text(json.dumps({"id": "o", "title": OSC + " attack", "text": STORY.format(n=6)}) + "\n")
    db = str(tmp_path / "o.db")
    assert invoke("ingest", str(path), "--db", db).exit_code == 0
    out = invoke("events", "--db", db).stdout
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out and "Red" in out
    event = out.splitlines()[2].split()[0]
    shown = invoke("show", event, "--db", db).stdout
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown


def test_output_never_fails_on_an_encoding_without_the_character(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"id": "e", "text": STORY.format(n=2) + " \ud83d Kraków"}) + "\n")
    env = {**os.environ, "PYTHONIOENCODING": "latin-1"}
    for command in (["clean"], ["extract"], ["cluster"]):
        done = subprocess.run([NEWSTALLY, *command, str(path)], capture_output=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr.decode("latin-1")
        assert b"Traceback" not in done.stderr


def test_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.path.join(os.fsencode(folder), b"report-\xff.txt")
    with open(name, "w", encoding="utf-8") as f:
        f.write("Blast in Kunduz\n\n" + STORY.format(n=13))
    db = str(tmp_path / "n.db")
    r = invoke("ingest", str(folder), "--db", db)
    assert r.exit_code == 0, r.output
    with open_store(db) as store:
        assert store.counts()["documents"] == 1
    event = invoke("events", "--db", db, "--format", "json")
    shown = invoke("show", json.loads(event.stdout)[0]["id"], "--db", db, "--format", "json")
    assert shown.exit_code == 0 and "report-\ufffd.txt" in shown.stdout
    assert invoke("extract", str(folder)).exit_code == 0
