"""Reading reports: text, HTML (plain and gzipped), JSON lines, stdin; every bad input."""
from __future__ import annotations

import gzip
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstally.cli import main
from newstally.errors import ReadError
from newstally.model import Document
from newstally.read import read_sources
from newstally.read import html as html_reader
from newstally.read.html import html_to_document, read_html_file
from newstally.read.jsonl import read_jsonl_file, read_jsonl_lines
from newstally.read.sniff import read_stdin, sniff_kind
from newstally.read.text import decode_bytes, find_dateline, read_text_file

FIXTURES = Path(__file__).parent / "fixtures" / "read"
REPORT = FIXTURES / "scraped_report.txt"
PAGE = FIXTURES / "article.html"
JSONL = FIXTURES / "reports.jsonl"


# --- plain text ------------------------------------------------------------------------------


def test_text_file_becomes_a_document() -> None:
    doc = read_text_file(REPORT)
    assert isinstance(doc, Document)
    assert doc.title == "Storm floods river town / 4 people dead and 12 injured"
    assert doc.published == "2031-03-14T18:20:00"
    assert doc.site == "Valley Courier"
    assert doc.path == str(REPORT)
    assert doc.raw == REPORT.read_text(encoding="utf-8")
    assert len(doc.id) == 16


def test_text_file_body_keeps_the_article_and_drops_the_junk() -> None:
    doc = read_text_file(REPORT)
    assert isinstance(doc, Document)
    lines = doc.text.splitlines()
    assert lines[0].startswith("At least four people have died")
    for kept in ("1 fatality, 5 injured", "Residents were told to boil tap water until further notice."):
        assert kept in lines
    for junk in ("Storm floods river town / 4 people dead", "Illustrative photo", "Mara Lindqvist",
                 "Leave a Reply", "Back to top", "See also", "(Photo: Valley Courier", "Coffee lover",
                 "2031-03-14 18:20:00"):
        assert junk not in doc.text


def test_same_text_gives_the_same_id(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    shutil.copy(REPORT, copy)
    a, b = read_text_file(REPORT), read_text_file(copy)
    assert isinstance(a, Document) and isinstance(b, Document)
    assert a.id == b.id


def test_utf8_bom_and_utf16_are_decoded(tmp_path: Path) -> None:
    text = "Quake hits coast\n\nTwo people were hurt in Đakovo."
    for name, data in (("bom.txt", b"\xef\xbb\xbf" + text.encode()), ("u16.txt", text.encode("utf-16"))):
        (tmp_path / name).write_bytes(data)
        doc = read_text_file(tmp_path / name)
        assert isinstance(doc, Document), doc
        assert doc.title == "Quake hits coast"
        assert doc.text == "Two people were hurt in Đakovo."


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = "Incendie à Genève\n\nDeux pompiers ont été blessés lors de l'incendie, a déclaré la préfecture hier soir."
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("cp1252"))
    doc = read_text_file(path)
    assert isinstance(doc, Document), doc
    assert "été blessés" in doc.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (bytes(range(1, 32)) * 40, "binary"),
    ],
    ids=["empty", "blank", "png", "control-chars"],
)
def test_bad_text_file_is_a_read_error(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    err = read_text_file(path)
    assert isinstance(err, ReadError)
    assert reason in str(err)
    assert str(path) in str(err)


def test_undecodable_text_is_a_read_error() -> None:
    with pytest.raises(ReadError, match="bad.txt"):
        decode_bytes(bytes(range(128, 256)) * 50 + b"\x81\x8d\x8f\x90\x9d" * 100, "bad.txt")


def test_missing_file_is_a_read_error(tmp_path: Path) -> None:
    [err] = list(read_sources([str(tmp_path / "nope.txt")]))
    assert isinstance(err, ReadError)
    assert "no such file" in str(err)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\nPublished: 14 March 2031", ("2031-03-14", None)),
        ("Title\nMarch 14, 2031 at 6:20 pm | Valley Courier", ("2031-03-14T18:20:00", "Valley Courier")),
        ("Title\n14.03.2031 07:05", ("2031-03-14T07:05:00", None)),
        ("Title\nOn 14 March 2031 four people died in floods across the whole northern valley region.", (None, None)),
        ("Title\nNo date here.", (None, None)),
    ],
)
def test_find_dateline(text: str, expected: tuple[str | None, str | None]) -> None:
    assert find_dateline(text) == expected


# --- HTML ------------------------------------------------------------------------------------


def test_html_file_becomes_a_document() -> None:
    doc = read_html_file(PAGE)
    assert isinstance(doc, Document), doc
    assert doc.title == "Bridge collapse kills three in northern town"
    assert doc.text.startswith("Three people were killed and seven others injured")
    assert "a third victim died in hospital" in doc.text
    for junk in ("Most read", "Share on Facebook", "All rights reserved", "cookies", "Home"):
        assert junk not in doc.text
    assert doc.published == "2021-05-02"
    assert doc.site == "The Daily Ledger"
    assert doc.language == "en"
    assert doc.path == str(PAGE)


def test_gzipped_html_reads_the_same(tmp_path: Path) -> None:
    gz = tmp_path / "article.html.gz"
    gz.write_bytes(gzip.compress(PAGE.read_bytes()))
    doc, plain = read_html_file(gz), read_html_file(PAGE)
    assert isinstance(doc, Document) and isinstance(plain, Document)
    assert doc.text == plain.text


def test_html_to_document_keeps_the_given_url_and_id() -> None:
    doc = html_to_document(PAGE.read_text(encoding="utf-8"), url="https://example.org/bridge", id="b1")
    assert doc.id == "b1"
    assert doc.url == "https://example.org/bridge"
    by_url = html_to_document(PAGE.read_bytes(), url="https://example.org/bridge")
    assert by_url.id != "b1" and len(by_url.id) == 16


def test_gzip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_reader, "MAX_HTML_BYTES", 1024 * 1024)
    bomb = tmp_path / "bomb.html.gz"
    with gzip.open(bomb, "wb") as f:
        f.write(b"<html><body><p>" + b" " * (3 * 1024 * 1024) + b"</p></body></html>")
    err = read_html_file(bomb)
    assert isinstance(err, ReadError)
    assert "gzip bomb" in str(err) and str(bomb) in str(err)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.html", b"", "empty"),
        ("broken.html.gz", b"this is not gzip", "gzip"),
        ("nul.html", b"<html>\x00\x00\x00\x01\x02</html>", "binary"),
        ("chrome.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no main text"),
    ],
)
def test_bad_html_is_a_read_error(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    err = read_html_file(path)
    assert isinstance(err, ReadError)
    assert reason in str(err)
    assert str(path) in str(err)


# --- JSON lines ------------------------------------------------------------------------------


def test_jsonl_file_yields_one_document_per_line() -> None:
    docs = list(read_jsonl_file(JSONL))
    assert all(isinstance(d, Document) for d in docs)
    first, second = docs
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.id, first.site, first.published, first.title) == ("r1", "Hill Times", "2031-06-01",
                                                                      "Landslide buries village road")
    assert second.id == "2"
    assert second.url == "https://example.org/fire"
    assert "Share on Facebook" not in second.text
    assert "Five workers were hurt in a fire." in second.text


def test_gzipped_jsonl(tmp_path: Path) -> None:
    gz = tmp_path / "reports.jsonl.gz"
    gz.write_bytes(gzip.compress(JSONL.read_bytes()))
    assert [d.id for d in read_jsonl_file(gz)] == ["r1", "2"]  # type: ignore[union-attr]


def test_malformed_lines_are_errors_with_line_numbers_and_reading_goes_on(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "text": "Two people died in the storm."})
    lines = [
        good,
        "{not json",
        "[1, 2]",
        json.dumps({"id": "e", "text": ""}),
        json.dumps({"id": "n", "text": 42}),
        json.dumps({"id": "t", "text": "Three hurt.", "title": ["a list"]}),
        json.dumps({"id": True, "text": "One hurt."}),
        "",
        json.dumps({"text": "Four people were hurt."}),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(read_jsonl_file(path))
    errors = [r for r in results if isinstance(r, ReadError)]
    docs = [r for r in results if isinstance(r, Document)]
    assert [e.line for e in errors] == [2, 3, 4, 5, 6, 7]
    assert all(e.source == str(path) for e in errors)
    assert "not valid JSON" in str(errors[0]) and "JSON object" in str(errors[1])
    assert "text" in str(errors[2]) and "string" in str(errors[3]) and "title" in str(errors[4])
    assert [d.id for d in docs][0] == "ok"
    assert len(docs) == 2 and len(docs[1].id) == 16  # no id given: a hash of the text


def test_jsonl_line_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "enc.jsonl"
    path.write_bytes(b'{"id": 1, "text": "caf\xe9"}\n{"id": 2, "text": "ok"}\n')
    first, second = read_jsonl_file(path)
    assert isinstance(first, ReadError) and first.line == 1 and "UTF-8" in str(first)
    assert isinstance(second, Document)


def test_jsonl_html_field_goes_through_trafilatura() -> None:
    record = {"id": "h", "html": PAGE.read_text(encoding="utf-8"), "source": "Ledger"}
    [doc] = read_jsonl_lines([json.dumps(record)], "mem")
    assert isinstance(doc, Document)
    assert doc.site == "Ledger" and doc.id == "h"
    assert doc.text.startswith("Three people were killed")


def test_empty_and_broken_gzip_jsonl(tmp_path: Path) -> None:
    (tmp_path / "e.jsonl").write_bytes(b"\n\n")
    [err] = read_jsonl_file(tmp_path / "e.jsonl")
    assert isinstance(err, ReadError) and "empty" in str(err)
    (tmp_path / "b.jsonl.gz").write_bytes(b"not gzip at all")
    [err] = read_jsonl_file(tmp_path / "b.jsonl.gz")
    assert isinstance(err, ReadError) and "gzip" in str(err)


# --- stdin -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "kind"),
    [(b'\n  {"id": 1}', "jsonl"), (b"\xef\xbb\xbf<!DOCTYPE html>", "html"), (b"Flood kills 3", "text")],
)
def test_sniff_kind(head: bytes, kind: str) -> None:
    assert sniff_kind(head) == kind


def test_stdin_jsonl_is_streamed_with_line_numbers() -> None:
    data = b"\n" + JSONL.read_bytes() + b"oops\n"
    results = list(read_stdin(io.BytesIO(data)))
    assert [r.id for r in results[:2]] == ["r1", "2"]  # type: ignore[union-attr]
    err = results[2]
    assert isinstance(err, ReadError) and err.source == "-" and err.line == 4


def test_stdin_html_and_text() -> None:
    [page] = read_stdin(io.BytesIO(PAGE.read_bytes()))
    assert isinstance(page, Document) and page.path == "-"
    assert page.title == "Bridge collapse kills three in northern town"
    [text] = read_stdin(io.BytesIO(REPORT.read_bytes()))
    assert isinstance(text, Document) and "1 fatality, 5 injured" in text.text
    [also] = read_stdin(io.StringIO(REPORT.read_text(encoding="utf-8")))
    assert isinstance(also, Document) and also.text == text.text


def test_stdin_empty() -> None:
    [err] = read_stdin(io.BytesIO(b"  \n"))
    assert isinstance(err, ReadError) and "empty" in str(err)


# --- the clean command -----------------------------------------------------------------------


def test_cli_clean_text_file() -> None:
    result = CliRunner().invoke(main, ["clean", str(REPORT)])
    assert result.exit_code == 0, result.output
    assert "1 fatality, 5 injured" in result.output
    assert "Leave a Reply" not in result.output


def test_cli_clean_html_gz(tmp_path: Path) -> None:
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress(PAGE.read_bytes()))
    result = CliRunner().invoke(main, ["clean", str(gz)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Three people were killed")


def test_cli_clean_stdin() -> None:
    result = CliRunner().invoke(main, ["clean", "-"], input=REPORT.read_bytes())
    assert result.exit_code == 0, result.output
    assert "At least four people have died" in result.output


def test_cli_clean_bad_file_fails_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = CliRunner().invoke(main, ["clean", str(path)])
    assert result.exit_code == 1
    assert f"error: {path}: empty file" in result.output
