"""Fuzzing every reader, the cleaner, the number parser and extraction with hostile input.

The normal test run tries a few dozen examples per target; ``make fuzz`` sets
``NEWSTALLY_FUZZ=10000`` for ten thousand each. Inputs mix news-like fragments with lone
surrogates, control characters and terminal escapes, character references to no character,
huge numbers and deep nesting. The promise checked: a reader returns documents or
``ReadError`` s and nothing else, and what it returns holds no surrogate and no escape; the
cleaner, the number parser and extraction never raise and give well-formed answers.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newstally.clean import clean_text, split_title
from newstally.errors import ReadError
from newstally.extract import extract_claims
from newstally.extract.numbers import find_quantities, parse_number, parse_quantity
from newstally.model import Document
from newstally.read.feed import read_feed
from newstally.read.fetch import Fetcher, FetchSettings
from newstally.read.html import html_to_document
from newstally.read.jsonl import read_jsonl_lines
from newstally.read.safe import safe_document
from newstally.read.sniff import read_stdin
from newstally.read.text import decode_bytes, text_to_document
from newstally.read.warc import read_warc_file

EXAMPLES = int(os.environ.get("NEWSTALLY_FUZZ", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])

#: Every code point, lone surrogates and controls included.
ANY_CHAR = st.characters(codec=None, exclude_categories=())
HUGE = st.integers(min_value=0, max_value=10 ** 40).map(str)
FRAGMENTS = st.sampled_from([
    "At least ", " people were killed", " injured", " dead", " missing", ", police said. ", "\n\n",
    "killed ", "dozens ", "hundreds of ", "between ", " and ", "up to ", "nearly ", " to ", "-",
    "1,000,000,000,000,000,000", "99999999999999999999", "1e308", "½", "٣", "二十", "twenty-five ",
    "a million ", "zero ", "no one ", "&#55357;", "&#xDFFF;", "&#1114112;", "&#99999999999999999999;",
    "&#0;", "\ud83d", "\udfff", "\x00", "\x1b]0;owned\x07", "\x1b[2J", "\x9b", "\u2028", "\ufeff",
    "<p>", "</p>", "<div>", "<script>", "]]>", "<!--", "{", "}", "\"", "\\", "\r", "\t",
    "Kunduz", "Wednesday", "2024-05-01", "Title\n\n",
])
HOSTILE = st.lists(st.one_of(FRAGMENTS, HUGE, st.text(ANY_CHAR, max_size=12)), max_size=30).map("".join)

ESCAPES = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _check_doc(doc: object) -> None:
    assert isinstance(doc, Document | ReadError), type(doc)
    if isinstance(doc, Document):
        for name in ("text", "title", "published", "url", "site", "author", "language"):
            value = getattr(doc, name)
            assert value is None or not ESCAPES.search(value), (name, value)
        for name in ("id", "path"):
            value = getattr(doc, name)
            assert value is None or not re.search("[\ud800-\udfff]", value), (name, value)
        str(doc.to_dict()).encode("utf-8")  # storable and printable


def _deep(depth: int, open_: str, close: str, inner: str = "x") -> str:
    return open_ * depth + inner + close * depth


# ------------------------------------------------------------------------------- readers


@FUZZ
@given(st.one_of(st.binary(max_size=2000), HOSTILE.map(lambda s: s.encode("utf-8", "surrogatepass"))))
def test_text_reader(data: bytes) -> None:
    try:
        raw = decode_bytes(data, "fuzz.txt")
    except ReadError:
        return
    _check_doc(text_to_document(raw, path="fuzz.txt"))


@FUZZ
@given(HOSTILE)
def test_text_reader_on_decoded_text(raw: str) -> None:
    _check_doc(text_to_document(raw, path="fuzz.txt"))


@FUZZ
@given(st.one_of(
    HOSTILE.map(lambda s: f"<html><head><title>{s}</title></head><body><article><p>{s}</p></article></body></html>"),
    HOSTILE,
    st.integers(1, 5000).map(lambda n: _deep(n, "<div>", "</div>", "At least 3 people were killed.")),
    st.binary(max_size=2000),
))
def test_html_reader(html: str | bytes) -> None:
    try:
        _check_doc(html_to_document(html, path="fuzz.html"))
    except ReadError:
        pass


def _json_values() -> st.SearchStrategy[object]:
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), HOSTILE)
    return st.recursive(scalars, lambda kids: st.one_of(st.lists(kids, max_size=4),
                                                        st.dictionaries(HOSTILE, kids, max_size=4)), max_leaves=20)


@FUZZ
@given(st.one_of(
    st.fixed_dictionaries({"text": HOSTILE}, optional={"id": st.one_of(HOSTILE, st.integers()), "title": HOSTILE,
                                                       "published": HOSTILE, "url": HOSTILE, "source": HOSTILE,
                                                       "language": HOSTILE, "html": HOSTILE})
    .map(lambda d: json.dumps(d)),
    _json_values().map(json.dumps),
    st.integers(1, 100_000).map(lambda n: _deep(n, "[", "]", "1")),
    st.integers(1, 100_000).map(lambda n: '{"text": ' + _deep(n, "[", "]", '"x"') + "}"),
    HOSTILE,
    st.binary(max_size=500),
))
def test_jsonl_reader(line: str | bytes) -> None:
    for result in read_jsonl_lines([line], "fuzz.jsonl"):
        _check_doc(result)


@FUZZ
@given(st.one_of(HOSTILE, st.binary(max_size=1000).map(lambda b: b.decode("latin-1"))))
def test_stdin_reader(data: str) -> None:
    for result in read_stdin(io.BytesIO(data.encode("utf-8", "surrogatepass"))):
        _check_doc(result)


_FETCHER = Fetcher(FetchSettings(connect_timeout=0.2, read_timeout=0.2, total_timeout=1.0, retries=0,
                                 host_delay=0.0, obey_robots=False))


def _rss(title: str, text: str, guid: str, depth: int) -> bytes:
    item = (f"<item><title>{title}</title><guid>{guid}</guid><description>{text}</description>"
            f"<pubDate>{title}</pubDate></item>")
    body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
            f"{_deep(depth, '<x>', '</x>')}{item}</channel></rss>")
    return body.encode("utf-8", "surrogatepass")


def _atom(title: str, text: str) -> bytes:
    return (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
            f'<entry><title type="html">{title}</title><id>{title}</id><content type="html">{text}</content>'
            f"<updated>{text}</updated></entry></feed>").encode("utf-8", "surrogatepass")


@FUZZ
@given(st.one_of(
    st.builds(_rss, HOSTILE, HOSTILE, HOSTILE, st.integers(0, 3000)),
    st.builds(_atom, HOSTILE, HOSTILE),
    st.binary(max_size=1500),
    HOSTILE.map(lambda s: s.encode("utf-8", "surrogatepass")),
))
def test_feed_reader(body: bytes) -> None:
    for result in read_feed(body, url=None, fetcher=_FETCHER):
        _check_doc(result)


def _warc(html: bytes, url: str, gzipped: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                       ("Content-Length", str(len(html)))], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html), length=len(html),
                                                  http_headers=http))
    return buffer.getvalue()


def _damage(data: bytes, cut: int, junk: bytes) -> bytes:
    cut = cut % (len(data) + 1)
    return data[:cut] + junk + data[cut:]


@FUZZ
@given(st.one_of(
    st.builds(_warc, HOSTILE.map(lambda s: f"<html><body><article><p>{s}</p></article></body></html>"
                                 .encode("utf-8", "surrogatepass")),
              st.sampled_from(["http://news.example/a", "http://u:pw@news.example/a?utm_source=x"]), st.booleans()),
    st.builds(_damage, st.builds(_warc, st.just(b"<html><body><p>At least 4 people were killed.</p></body></html>"),
                                 st.just("http://news.example/b"), st.booleans()),
              st.integers(0, 10_000), st.binary(max_size=50)),
    st.binary(max_size=1000),
))
def test_warc_reader(tmp_path_factory, data: bytes) -> None:  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.getbasetemp()) / "fuzz.warc"
    path.write_bytes(data)
    for result in read_warc_file(path):
        _check_doc(result)


@FUZZ
@given(HOSTILE)
def test_gzipped_jsonl_reader(tmp_path_factory, text: str) -> None:  # type: ignore[no-untyped-def]
    from newstally.read import read_sources

    path = Path(tmp_path_factory.getbasetemp()) / "fuzz.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"text": text}) + "\n" + text + "\n").encode("utf-8", "surrogatepass")))
    for result in read_sources([str(path)]):
        _check_doc(result)


# ------------------------------------------------------------------------------- the rest


@FUZZ
@given(HOSTILE)
def test_safe_document(text: str) -> None:
    _check_doc(safe_document(Document(id=text, text=text, title=text, url=text, path=text, raw=text)))


@FUZZ
@given(st.one_of(HOSTILE, st.integers(1, 3000).map(lambda n: "line\n" * n)))
def test_cleaner(text: str) -> None:
    out = clean_text(text)
    assert isinstance(out, str)
    title, body = split_title(out)
    assert title is None or isinstance(title, str)
    assert isinstance(body, str)


@FUZZ
@given(st.one_of(HOSTILE, HUGE, st.lists(st.one_of(HUGE, FRAGMENTS), max_size=8).map(" ".join)))
def test_number_parser(text: str) -> None:
    n = parse_number(text)
    assert n is None or (isinstance(n, int) and n >= 0)
    for q in [parse_quantity(text), *find_quantities(text)]:
        if q is None:
            continue
        lo, best, hi = q.low, q.best, q.high
        assert best is None or ((lo is None or lo <= best) and (hi is None or best <= hi)), q


@FUZZ
@given(st.one_of(HOSTILE, st.lists(st.one_of(FRAGMENTS, HUGE), max_size=60).map("".join)),
       st.one_of(st.none(), HOSTILE, st.sampled_from(["2024-05-01", "9999-99-99", "0001-01-01"])))
def test_extraction(text: str, published: str | None) -> None:
    doc = safe_document(Document(id="f", text=text, published=published, language="en"))
    for claim in extract_claims(doc):
        assert 0 <= claim.start <= claim.end <= len(doc.text)
        assert doc.text[claim.start:claim.end] == claim.text
        lo, best, hi = claim.low, claim.best, claim.high
        assert best is None or ((lo is None or lo <= best) and (hi is None or best <= hi)), claim
