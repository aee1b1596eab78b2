"""Reading the news pages in a web archive: WARC and ARC files, gzipped or not.

The file is streamed record by record with warcio's ``ArchiveIterator`` (ARC records are
converted with ``arc2warc``); it is never read whole, and at most ``max_record_bytes`` of one
record's body is held in memory, so a 1 GB archive reads in a few tens of MB.

A ``response`` record with HTTP status 200 and an HTML content type becomes a
:class:`~newstally.model.Document` through :func:`~newstally.read.html.html_to_document`, with
``url`` = ``WARC-Target-URI``; the capture date (``WARC-Date``) is its ``published`` date only
when the page itself has none. Every other record is skipped and counted by reason in a
:class:`WarcStats` (request/metadata/warcinfo/revisit records, other statuses, other content
types, oversized bodies, pages without main text); a summary is logged at INFO level.

A corrupt or truncated record (a broken gzip member, a bad header) is yielded as a
:class:`~newstally.errors.ReadError` naming the file and the record's byte offset; reading then
resumes at the next record boundary found after it (a gzip member header, or a ``WARC/``
line in an uncompressed file), giving up after ``MAX_ERRORS`` such errors in one file.
"""
from __future__ import annotations

import dataclasses
import gzip
import logging
import os
import re
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import ReadError
from ..model import Document
from .fetch import charset_of, decode_body, format_size, media_type
from .language import with_language
from .safe import safe_document

log = logging.getLogger(__name__)

#: Largest body of one record that is read (larger HTML records are skipped).
MAX_RECORD_BYTES = 10 * 1024 * 1024

#: Corrupt records tolerated in one file before the rest of it is given up.
MAX_ERRORS = 20

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_LINE = re.compile(rb"(?:^|\n)WARC/1\.[01]\r?\n")


@dataclass
class WarcStats:
    """What reading one or more archives came to; pass one in to collect the counts."""

    records: int = 0
    documents: int = 0
    errors: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def summary(self) -> str:
        """One line: ``"120 records: 40 documents, 3 errors, 77 skipped (60 request record, ...)"``."""
        line = (f"{self.records} records: {self.documents} documents, {self.errors} errors, "
                f"{self.skipped_total} skipped")
        if self.skipped:
            line += " (" + ", ".join(f"{n} {why}" for why, n in self.skipped.most_common()) + ")"
        return line

    def to_dict(self) -> dict[str, Any]:
        return {"records": self.records, "documents": self.documents, "errors": self.errors,
                "skipped": dict(self.skipped), "seconds": round(self.seconds, 3)}


def read_warc_file(path: str | os.PathLike[str], *, stats: WarcStats | None = None,
                   max_record_bytes: int = MAX_RECORD_BYTES) -> Iterator[Document | ReadError]:
    """Yield a Document for every HTML page captured in a WARC/ARC file (gzipped or not).

    Problems are yielded as :class:`~newstally.errors.ReadError`, never raised; ``stats``
    (a :class:`WarcStats`, updated as reading goes) receives the counts.
    """
    path = Path(path)
    name = str(path)
    own = WarcStats()
    started = time.perf_counter()
    try:
        with open(path, "rb") as fh:
            yield from _read_stream(fh, name, own, max_record_bytes)
    except OSError as exc:
        own.errors += 1
        yield ReadError(exc.strerror or str(exc), source=name)
    finally:
        own.seconds = time.perf_counter() - started
        log.info("%s: %s", name, own.summary())
        if stats is not None:
            stats.records += own.records
            stats.documents += own.documents
            stats.errors += own.errors
            stats.skipped.update(own.skipped)
            stats.seconds += own.seconds


class _Corrupt(Exception):
    def __init__(self, offset: int, reason: str) -> None:
        super().__init__(reason)
        self.offset = offset
        self.reason = reason


class _WholeGzip:
    """A file gzipped as one stream, read through; its early end is an error, not the end."""

    def __init__(self, fh: IO[bytes]) -> None:
        self._gz = gzip.GzipFile(fileobj=fh, mode="rb")

    def read(self, size: int = -1) -> bytes:
        try:
            return self._gz.read1(size)
        except (EOFError, OSError, zlib.error) as exc:
            raise _Corrupt(self._gz.tell(), f"compressed data ends early or is damaged: {exc}") from None

    def tell(self) -> int:
        return self._gz.tell()


class _LogStream:
    """Where warcio's warnings go instead of standard error: the debug log (``-vv``)."""

    def write(self, text: str) -> int:
        if text.strip():
            logging.getLogger("warcio").debug("%s", text.strip())
        return len(text)

    def flush(self) -> None:
        pass


class _QuietSys:
    """``sys`` as warcio sees it: the same, but its ``stderr`` is :class:`_LogStream`."""

    stderr = _LogStream()

    def __getattr__(self, name: str) -> Any:
        return getattr(sys, name)


def _quiet_warcio() -> None:
    """warcio writes warnings (a record not followed by a blank line, a failed inflate) straight
    to standard error; newstally reports damaged records itself, one line each."""
    import warcio.archiveiterator
    import warcio.bufferedreaders

    for module in (warcio.archiveiterator, warcio.bufferedreaders):
        if getattr(module, "sys", None) is sys:
            module.sys = _QuietSys()  # type: ignore[attr-defined]


def _read_stream(fh: IO[bytes], name: str, stats: WarcStats,
                 max_record_bytes: int) -> Iterator[Document | ReadError]:
    from warcio.archiveiterator import ArchiveIterator

    _quiet_warcio()

    size = os.fstat(fh.fileno()).st_size
    start = 0
    whole_gzip = False  # the whole file is one gzip stream rather than one member per record
    skip = 0  # records already read before that was found out
    while True:
        fh.seek(start)
        gzipped = fh.read(2) == _GZIP_MAGIC[:2]
        fh.seek(start)
        stream: Any = _WholeGzip(fh) if whole_gzip else fh
        records = ArchiveIterator(stream, arc2warc=True)
        offset = next_start = start  # where the current / the next record begins
        seen = 0
        try:
            for record in records:
                offset = records.offset
                seen += 1
                if seen <= skip:
                    continue
                stats.records += 1
                if record.rec_type is None:
                    raise _Corrupt(offset, "unreadable record header")
                if gzipped and not whole_gzip and records.reader.decompressor is None:
                    # warcio falls back to reading a member that does not inflate as raw bytes
                    raise _Corrupt(offset, "gzip member does not decompress")
                result = _record_document(record, name, offset, stats, max_record_bytes)
                records.read_to_end()
                if getattr(record.raw_stream, "limit", 0) > 0:
                    raise _Corrupt(offset, "record ends before its Content-Length")
                next_start = records.offset
                if isinstance(result, Document):
                    stats.documents += 1
                if result is not None:
                    yield result
            if not whole_gzip and records.offset < size:
                fh.seek(records.offset)
                if fh.read(64).strip():
                    raise _Corrupt(records.offset, "unreadable data")
            return
        except Exception as exc:  # warcio raises many kinds on a broken record
            if isinstance(exc, _Corrupt):
                error_offset, reason = exc.offset, exc.reason
            else:
                error_offset = next_start
                reason = _reason(exc)
            if "non-chunked gzip" in reason and not whole_gzip and start == 0:
                log.info("%s: gzipped as a whole, not per record; reading it as one stream", name)
                whole_gzip, skip = True, seen
                continue
            stats.errors += 1
            where = "uncompressed offset" if whole_gzip else "offset"
            yield ReadError(f"corrupt or truncated record at {where} {error_offset} ({reason})",
                            source=name)
            if whole_gzip:
                return  # a single gzip stream cannot be resumed past damage
            if stats.errors >= MAX_ERRORS:
                yield ReadError(f"gave up after {MAX_ERRORS} corrupt records", source=name)
                return
            resume = _next_boundary(fh, error_offset + 1)
            if resume is None:
                return
            log.warning("%s: resuming at offset %d after a corrupt record", name, resume)
            start = resume


def _reason(exc: Exception) -> str:
    """The first line of an error, printable and short (warcio quotes raw bytes)."""
    text = str(exc).strip()
    line = text.splitlines()[0] if text else type(exc).__name__
    line = "".join(ch if ch.isprintable() and ord(ch) < 128 else "?" for ch in line)
    return line if len(line) <= 80 else line[:77] + "..."


def _next_boundary(fh: IO[bytes], offset: int, block: int = 1 << 20) -> int | None:
    """The offset of the next gzip member or ``WARC/1.x`` line at or after ``offset``."""
    fh.seek(0)
    gzipped = fh.read(2) == _GZIP_MAGIC[:2]
    pos = offset
    while True:
        fh.seek(pos)
        data = fh.read(block + 16)
        if not data:
            return None
        if gzipped:
            found = data.find(_GZIP_MAGIC)
            if found >= 0:
                return pos + found
        else:
            match = _WARC_LINE.search(data)
            if match:
                return pos + match.start() + (1 if data[match.start():match.start() + 1] == b"\n" else 0)
        if len(data) <= block:
            return None
        pos += block


def _record_document(record: Any, name: str, offset: int, stats: WarcStats,
                     max_record_bytes: int) -> Document | ReadError | None:
    if record.rec_type != "response":
        stats.skipped[f"{record.rec_type} record"] += 1
        return None
    http = record.http_headers
    if http is None:
        stats.skipped["response without HTTP headers"] += 1
        return None
    status = http.get_statuscode()
    if status != "200":
        stats.skipped[f"HTTP status {status}"] += 1
        return None
    content_type = http.get_header("Content-Type")
    kind = media_type(content_type)
    if kind not in HTML_TYPES:
        stats.skipped[f"content type {kind or 'missing'}"] += 1
        return None
    body = record.content_stream().read(max_record_bytes + 1)
    if len(body) > max_record_bytes:
        stats.skipped[f"body larger than {format_size(max_record_bytes)}"] += 1
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    source = f"{name}@{offset}"
    from .html import html_to_document

    try:
        text = decode_body(body, charset_of(content_type), source=source)
        doc = html_to_document(text, url=url, path=name)
    except ReadError as exc:
        reason = "binary body" if "binary" in str(exc) else "no main text"
        stats.skipped[reason] += 1
        log.debug("skipped %s (%s): %s", source, url, exc)
        return None
    except Exception as exc:  # a page that breaks the HTML reader must not end the archive
        stats.errors += 1
        return ReadError(f"page {url} could not be read ({type(exc).__name__}: {exc})", source=source)
    if not doc.published:
        warc_date = record.rec_headers.get_header("WARC-Date")
        if warc_date:
            doc = dataclasses.replace(doc, published=warc_date)
    return safe_document(with_language(doc))


__all__ = ["MAX_RECORD_BYTES", "WarcStats", "read_warc_file"]
