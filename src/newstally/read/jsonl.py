"""JSON lines: one report per line (also gzipped), read as a stream.

Each line is an object with ``text`` (or ``html``) and optional ``id``, ``title``, ``published``,
``url``, ``source`` (the outlet, :attr:`Document.site`), ``author`` and ``language``. A line that
cannot be read becomes a :class:`ReadError` carrying its line number, and reading goes on.
"""
from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..clean import clean_text
from ..errors import ReadError
from ..model import Document, document_id
from .safe import safe_document, scrub

__all__ = ["MAX_LINE_BYTES", "read_jsonl_file", "read_jsonl_lines", "record_to_document"]

#: A longer line is refused (and skipped) rather than held in memory.
MAX_LINE_BYTES = 20 * 1024 * 1024

#: A gzipped file is read up to this many bytes once decompressed...
MAX_GZIP_BYTES = 8 * 1024 * 1024 * 1024
#: ... and, past :data:`GZIP_RATIO_FROM` bytes, while it has expanded at most this many times
#: (JSON text compresses 5-20 times; a gzip bomb of blank lines, a thousand times).
MAX_GZIP_RATIO = 100
GZIP_RATIO_FROM = 16 * 1024 * 1024

#: Optional string fields: JSON key -> Document field.
STRING_FIELDS = {
    "title": "title",
    "published": "published",
    "url": "url",
    "source": "site",
    "author": "author",
    "language": "language",
}

ReadResult = Document | ReadError


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f'field "{key}" must be a string, not {type(value).__name__}')
    return scrub(value.strip()) or None


def _record_id(record: dict[str, Any]) -> str | None:
    value = record.get("id")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f'field "id" must be a string or an integer, not {type(value).__name__}')
    return scrub(str(value).strip()) or None


def record_to_document(record: Any, *, path: str | None = None) -> Document:
    """A :class:`Document` from one parsed JSONL record; :class:`ValueError` if it is malformed."""
    if not isinstance(record, dict):
        raise ValueError(f"a line must be a JSON object, not {type(record).__name__}")
    rid = _record_id(record)
    fields = {attr: _optional_str(record, key) for key, attr in STRING_FIELDS.items()}
    text, html = record.get("text"), record.get("html")
    if text is not None and not isinstance(text, str):
        raise ValueError(f'field "text" must be a string, not {type(text).__name__}')
    if html is not None and not isinstance(html, str):
        raise ValueError(f'field "html" must be a string, not {type(html).__name__}')
    text, html = scrub(text), scrub(html)
    if text and text.strip():
        clean = clean_text(text)
        return safe_document(Document(id=rid or document_id(text), text=clean, path=path, raw=text, **fields))
    if html and html.strip():
        from .html import html_to_document

        doc = html_to_document(html, url=fields["url"], path=path, id=rid)
        given = {k: v for k, v in fields.items() if v is not None}
        return safe_document(Document(**{**doc.to_dict(), "raw": doc.raw, **given}))
    raise ValueError('missing or empty "text" (or "html")')


def read_jsonl_lines(lines: Iterable[bytes | str], source: str) -> Iterator[ReadResult]:
    """Yield a Document or a ReadError (with the line number) for each non-blank line."""
    return _read_lines(lines, source)


def _read_lines(lines: Iterable[bytes | str | None], source: str) -> Iterator[ReadResult]:
    """As :func:`read_jsonl_lines`; a ``None`` item stands for a line that was too long."""
    for lineno, line in enumerate(lines, 1):
        if line is None:
            limit = MAX_LINE_BYTES // (1024 * 1024)
            yield ReadError(f"line longer than {limit} MB, skipped", source=source, line=lineno)
            continue
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield ReadError(f"line is not UTF-8 ({exc.reason})", source=source, line=lineno)
                continue
        if lineno == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(f"not valid JSON ({exc.msg}, column {exc.colno})", source=source, line=lineno)
            continue
        except RecursionError:  # [[[[...]]]] thousands deep: Python's parser gives up
            yield ReadError("JSON nested too deeply", source=source, line=lineno)
            continue
        try:
            yield record_to_document(record, path=source)
        except ValueError as exc:
            yield ReadError(str(exc), source=source, line=lineno)
        except ReadError as exc:
            yield ReadError(str(exc).removeprefix(f"{source}: "), source=source, line=lineno)


def _bounded_lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of a binary stream; a line over ``limit`` bytes is skipped and yields ``None``."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line
                chunk = stream.readline(1024 * 1024)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


class _CappedGzip:
    """A gzip stream that stops with a :class:`ReadError` once it expands past the caps."""

    def __init__(self, raw: IO[bytes], source: str) -> None:
        self._raw = raw
        self._gz = gzip.GzipFile(fileobj=raw, mode="rb")
        self._source = source
        self.out = 0
        self.lines = 0

    def readline(self, size: int = -1) -> bytes:
        line = self._gz.readline(size)
        self.out += len(line)
        self.lines += line.endswith(b"\n")
        if self.out > MAX_GZIP_BYTES or (
                self.out > GZIP_RATIO_FROM and self.out > MAX_GZIP_RATIO * max(1, self._raw.tell())):
            raise ReadError(f"decompresses to more than {self.out // (1024 * 1024)} MB from "
                            f"{self._raw.tell() // 1024} KB (gzip bomb?); stopped after line {self.lines}",
                            source=self._source)
        return line

    def close(self) -> None:
        self._gz.close()


def read_jsonl_file(path: str | os.PathLike[str]) -> Iterator[ReadResult]:
    """Stream the reports of a .jsonl / .ndjson / .jsonl.gz file, one line at a time.

    A gzipped file that expands past :data:`MAX_GZIP_BYTES`, or more than
    :data:`MAX_GZIP_RATIO` times, ends with a :class:`ReadError` saying where it stopped.
    """
    path = Path(path)
    source = str(path)
    gzipped = path.name.lower().endswith(".gz")
    seen_any = False
    try:
        with open(path, "rb") as raw:
            stream: Any = _CappedGzip(raw, source) if gzipped else raw
            try:
                for result in _read_lines(_bounded_lines(stream, MAX_LINE_BYTES), source):
                    seen_any = True
                    yield result
            finally:
                if gzipped:
                    stream.close()
    except ReadError as exc:
        yield exc
        return
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield ReadError(f"not a valid gzip file ({exc})", source=source)
        return
    except OSError as exc:
        yield ReadError(exc.strerror or str(exc), source=source)
        return
    if not seen_any:
        yield ReadError("empty file (no JSON lines)", source=source)
