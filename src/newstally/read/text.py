"""Plain-text reports: decoding, boilerplate removal, title and dateline.

:func:`decode_bytes` is shared with the other readers: UTF-8 (with or without a byte-order
mark), UTF-16/32 with a byte-order mark, and other encodings only when charset detection is
confident and the result is clearly text. Anything else is a :class:`ReadError`.
"""
from __future__ import annotations

import codecs
import os
import re
from datetime import datetime
from pathlib import Path

from ..clean import DATE_AT_START_RE, clean_text, split_title
from ..errors import ReadError
from ..model import Document, document_id
from .safe import safe_document, scrub

__all__ = ["MAX_TEXT_BYTES", "decode_bytes", "find_dateline", "read_text_file", "text_to_document"]

#: Larger text files are refused (a report is a few kilobytes).
MAX_TEXT_BYTES = 50 * 1024 * 1024

#: Share of control characters above which decoded data is taken as binary.
MAX_CONTROL_SHARE = 0.01

#: How many non-blank lines at the top are searched for a dateline.
DATELINE_LINES = 5

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _control_share(text: str) -> float:
    sample = text[:100_000]
    return len(_CONTROL_RE.findall(sample)) / max(1, len(sample))


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a report's bytes to text, or raise :class:`ReadError` naming ``source``.

    Empty (or white-space only) data, binary data (NUL bytes, many control characters) and
    data in no recognisable text encoding are errors.
    """
    if not data.strip():
        raise ReadError("empty file", source=source)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(f"cannot decode as {encoding}: {exc.reason}", source=source) from None
            return _check_text(text, source)
    if b"\x00" in data[:65536]:
        raise ReadError("binary file (contains NUL bytes), not text", source=source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data, source)
    return _check_text(text, source)


def _detect(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.chaos > 0.1:
        raise ReadError("not UTF-8 and no text encoding recognised (binary?)", source=source)
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise ReadError(f"cannot decode as {best.encoding}", source=source) from None


def _check_text(text: str, source: str) -> str:
    if not text.strip():
        raise ReadError("empty file", source=source)
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise ReadError("binary file (control characters), not text", source=source)
    return text


def read_bytes(path: Path, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The bytes of ``path``; a file over ``limit`` bytes is a :class:`ReadError`."""
    with open(path, "rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise ReadError(f"file larger than {limit // (1024 * 1024)} MB", source=str(path))
    return data


def _iso(date: str, time: str | None) -> str | None:
    """ISO 8601 for a date (and time) found by :data:`DATE_AT_START_RE`."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", date)
    day = None
    if m:
        try:
            day = datetime(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    else:
        from ..dates import read_datetime

        day = read_datetime(date)
        if day is None:
            return None
    out = day.strftime("%Y-%m-%d")
    if time:
        t = re.search(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap])?", time, re.IGNORECASE)
        if t:
            hour, minute, second = int(t[1]), int(t[2]), int(t[3] or 0)
            if t[4] and t[4].lower() == "p" and hour < 12:
                hour += 12
            if t[4] and t[4].lower() == "a" and hour == 12:
                hour = 0
            if hour < 24 and minute < 60 and second < 60:
                out += f"T{hour:02d}:{minute:02d}:{second:02d}"
    return out


def find_dateline(text: str, skip_first: bool = False) -> tuple[str | None, str | None]:
    """``(published, site)`` from a dateline in the first lines of ``text``.

    A dateline is a short line that starts with a date: ``2023-09-20 07:45:00, Kosova & Bota
    CNA`` gives ``("2023-09-20T07:45:00", "Kosova & Bota CNA")``. The first line is skipped
    when ``skip_first``. The site is whatever short capitalised text follows the date.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    start = 1 if skip_first and len(lines) > 1 else 0
    for line in lines[start:start + DATELINE_LINES]:
        if len(line.split()) > 12:
            continue
        candidate = re.sub(
            r"^(?:published|updated|posted|date)\s*(?:on|at|:)?\s*", "", line, flags=re.IGNORECASE
        )
        m = DATE_AT_START_RE.match(candidate)
        if not m:
            continue
        published = _iso(m["date"], m["time"])
        if published is None:
            continue
        rest = candidate[m.end():].strip(" ,;|-–—/·•")
        site = rest if rest and rest[0].isupper() and len(rest.split()) <= 5 else None
        return published, site
    return None, None


def text_to_document(raw: str, *, path: str | None = None, id: str | None = None) -> Document:
    """A :class:`Document` from the decoded text of a plain-text report.

    As for HTML pages, ``text`` is the body: a first line that looks like a title (see
    :func:`~newstally.clean.split_title`) goes to ``title`` instead.
    """
    raw = scrub(raw) or ""
    title, text = split_title(clean_text(raw))
    published, site = find_dateline(raw)
    return safe_document(Document(
        id=id or document_id(raw),
        text=text,
        title=title,
        published=published,
        site=site,
        path=path,
        raw=raw,
    ))


def read_text_file(path: str | os.PathLike[str]) -> Document | ReadError:
    """Read one plain-text report; a :class:`ReadError` (returned, not raised) if it cannot be."""
    path = Path(path)
    try:
        raw = decode_bytes(read_bytes(path), str(path))
    except ReadError as exc:
        return exc
    except OSError as exc:
        return ReadError(exc.strerror or str(exc), source=str(path))
    return text_to_document(raw, path=str(path))
