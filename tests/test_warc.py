"""Web archives: HTML responses become documents, the rest is skipped and counted."""
from __future__ import annotations

import gzip
import io
import logging
import tracemalloc
from pathlib import Path

import pytest
from httpserver import FIXTURES
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newstally.errors import ReadError
from newstally.model import Document
from newstally.read import read_sources
from newstally.read.warc import WarcStats, read_warc_file

ARTICLE = (FIXTURES / "article.html").read_bytes()
NODATE = (FIXTURES / "article_nodate.html").read_bytes()
FRENCH = (FIXTURES / "article_fr.html").read_bytes()
CAPTURED = "2024-06-01T12:00:00Z"


class Archive:
    """Writes records with warcio and remembers where each one starts.

    Every record is given its ``length``: without it warcio buffers the payload in a temporary
    file that it never closes (a ResourceWarning).
    """

    def __init__(self, gzipped: bool) -> None:
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gzipped)
        self.offsets: list[int] = []

    def _write(self, record: object) -> None:
        self.offsets.append(self.buffer.tell())
        self.writer.write_record(record)

    def response(self, url: str, body: bytes, status: str = "200 OK",
                 content_type: str = "text/html; charset=utf-8") -> None:
        http = StatusAndHeaders(status, [("Content-Type", content_type),
                                         ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
        self._write(self.writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http,
            warc_headers_dict={"WARC-Date": CAPTURED}))

    def request(self, url: str) -> None:
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        self._write(self.writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                   length=0, http_headers=http))

    def warcinfo(self) -> None:
        self._write(self.writer.create_warcinfo_record("test.warc", {"software": "tests"}))

    def metadata(self, url: str) -> None:
        self._write(self.writer.create_warc_record(
            url, "metadata", payload=io.BytesIO(b"outlinks: none\n"), length=15,
            warc_content_type="application/warc-fields"))

    def save(self, path: Path) -> Path:
        path.write_bytes(self.buffer.getvalue())
        return path

    @property
    def data(self) -> bytes:
        return self.buffer.getvalue()


def mixed_archive(gzipped: bool) -> Archive:
    a = Archive(gzipped)
    a.warcinfo()
    a.request("https://news.example/bridge")
    a.response("https://news.example/bridge", ARTICLE)
    a.metadata("https://news.example/bridge")
    a.response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), content_type="image/png")
    a.response("https://news.example/missing", b"<html><body><p>Not found</p></body></html>",
               status="404 Not Found")
    a.response("https://news.example/storm", NODATE)
    a.response("https://news.example/menu", b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    a.response("https://news.example/floods", FRENCH, content_type="application/xhtml+xml")
    return a


def suffix(gzipped: bool) -> str:
    return ".warc.gz" if gzipped else ".warc"


@pytest.mark.parametrize("gzipped", [True, False], ids=["gzip", "plain"])
def test_html_responses_become_documents(tmp_path: Path, gzipped: bool,
                                         caplog: pytest.LogCaptureFixture) -> None:
    path = mixed_archive(gzipped).save(tmp_path / f"crawl{suffix(gzipped)}")
    stats = WarcStats()
    with caplog.at_level(logging.INFO, logger="newstally.read.warc"):
        results = list(read_warc_file(path, stats=stats))
    assert all(isinstance(r, Document) for r in results)
    bridge, storm, floods = results
    assert bridge.url == "https://news.example/bridge"
    assert bridge.title == "Bridge collapse in Riverton kills at least 12"
    assert bridge.published == "2024-03-05"  # the page's own date, not the capture date
    assert bridge.path == str(path)
    assert bridge.language == "en"
    assert storm.published == CAPTURED  # no date in the page: when it was captured
    assert floods.language == "fr"

    assert stats.records == 9 and stats.documents == 3 and stats.errors == 0
    assert dict(stats.skipped) == {
        "warcinfo record": 1, "request record": 1, "metadata record": 1,
        "content type image/png": 1, "HTTP status 404": 1, "no main text": 1,
    }
    assert stats.summary().startswith("9 records: 3 documents, 0 errors, 6 skipped (")
    assert f"{path}: 9 records: 3 documents" in caplog.text


def test_read_sources_reads_archives_by_their_ending(tmp_path: Path) -> None:
    mixed_archive(True).save(tmp_path / "a.warc.gz")
    mixed_archive(False).save(tmp_path / "b.warc")
    docs = list(read_sources([str(tmp_path)]))
    assert len(docs) == 6 and all(isinstance(d, Document) for d in docs)


def test_arc_files_are_read(tmp_path: Path) -> None:
    payload = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + ARTICLE
    info = b"1 0 tests\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = (b"filedesc://crawl.arc 0.0.0.0 20240601120000 text/plain %d\n%s\n"
           b"http://news.example/bridge 192.0.2.1 20240601120000 text/html %d\n%s\n"
           % (len(info), info, len(payload), payload))
    (tmp_path / "crawl.arc").write_bytes(arc)
    cut = arc.index(b"http://news.example/bridge")
    (tmp_path / "crawl.arc.gz").write_bytes(gzip.compress(arc[:cut]) + gzip.compress(arc[cut:]))
    for name in ("crawl.arc", "crawl.arc.gz"):
        stats = WarcStats()
        (doc,) = list(read_warc_file(tmp_path / name, stats=stats))
        assert isinstance(doc, Document)
        assert doc.url == "http://news.example/bridge" and doc.published == "2024-03-05"
        assert stats.skipped == {"warcinfo record": 1}


def test_oversized_record_is_skipped(tmp_path: Path) -> None:
    a = Archive(True)
    a.response("https://news.example/huge", b"<html><body>" + b"<p>words words</p>" * 5000 + b"</body></html>")
    a.response("https://news.example/bridge", ARTICLE)
    stats = WarcStats()
    (doc,) = list(read_warc_file(a.save(tmp_path / "x.warc.gz"), stats=stats, max_record_bytes=50_000))
    assert isinstance(doc, Document) and doc.url == "https://news.example/bridge"
    assert stats.skipped == {"body larger than 48.8 KiB": 1}


@pytest.mark.parametrize("gzipped", [True, False], ids=["gzip", "plain"])
@pytest.mark.parametrize("cut", [30, 200, 600])  # in the WARC header, the HTTP header, the body
def test_truncated_archive(tmp_path: Path, gzipped: bool, cut: int) -> None:
    a = mixed_archive(gzipped)
    storm = a.offsets[6]
    path = tmp_path / f"cut{suffix(gzipped)}"
    path.write_bytes(a.data[: storm + cut])
    stats = WarcStats()
    results = list(read_warc_file(path, stats=stats))
    assert isinstance(results[0], Document) and results[0].url == "https://news.example/bridge"
    (err,) = results[1:]
    assert isinstance(err, ReadError)
    assert str(err).startswith(f"{path}: corrupt or truncated record at offset {storm} (")
    assert stats.errors == 1 and stats.documents == 1


def test_archive_gzipped_as_a_whole(tmp_path: Path) -> None:
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(mixed_archive(False).data))
    stats = WarcStats()
    docs = list(read_warc_file(path, stats=stats))
    assert [d.url for d in docs if isinstance(d, Document)] == [
        "https://news.example/bridge", "https://news.example/storm", "https://news.example/floods"]
    assert stats.records == 9 and stats.errors == 0

    path.write_bytes(path.read_bytes()[:-400])
    *docs, err = list(read_warc_file(path))
    assert len(docs) == 2
    assert isinstance(err, ReadError) and "corrupt or truncated record at uncompressed offset" in str(err)


def test_corrupt_gzip_member_is_reported_and_reading_goes_on(tmp_path: Path) -> None:
    a = mixed_archive(True)
    bridge = a.offsets[2]
    data = bytearray(a.data)
    for i in range(bridge + 40, bridge + 80):
        data[i] ^= 0xFF
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(bytes(data))
    stats = WarcStats()
    results = list(read_warc_file(path, stats=stats))
    err, storm, floods = results
    assert isinstance(err, ReadError)
    assert str(err).startswith(f"{path}: corrupt or truncated record at offset {bridge} (")
    assert isinstance(storm, Document) and storm.url == "https://news.example/storm"
    assert isinstance(floods, Document) and floods.url == "https://news.example/floods"
    assert stats.errors == 1 and stats.documents == 2


def test_not_an_archive(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("just some text\n")
    (err,) = list(read_warc_file(path))
    assert isinstance(err, ReadError) and str(err).startswith(f"{path}: corrupt or truncated record at offset 0")


def test_missing_file(tmp_path: Path) -> None:
    (err,) = list(read_warc_file(tmp_path / "nope.warc.gz"))
    assert isinstance(err, ReadError) and "No such file" in str(err)


def test_memory_stays_small_on_large_records(tmp_path: Path) -> None:
    """A 24 MB archive is streamed: no record body is ever held whole beyond the cap."""
    a = Archive(False)
    blob = bytes(range(256)) * (8 * 4096)  # 8 MiB, not HTML
    for n in range(3):
        a.response(f"https://news.example/video{n}", blob, content_type="video/mp4")
    a.response("https://news.example/huge", b"<html><body>" + b"<p>words</p>" * 200_000 + b"</body></html>")
    a.response("https://news.example/bridge", ARTICLE)
    path = a.save(tmp_path / "big.warc")
    del a
    assert path.stat().st_size > 24 * 1024 * 1024
    stats = WarcStats()
    tracemalloc.start()
    try:
        docs = list(read_warc_file(path, stats=stats, max_record_bytes=1024 * 1024))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [d.url for d in docs if isinstance(d, Document)] == ["https://news.example/bridge"]
    assert stats.skipped["content type video/mp4"] == 3
    assert stats.skipped["body larger than 1 MiB"] == 1
    assert peak < 6 * 1024 * 1024
