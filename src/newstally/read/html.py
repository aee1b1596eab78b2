"""HTML pages (also gzipped): main text and metadata through trafilatura.

:func:`html_to_document` is the one place HTML becomes a :class:`Document`; URL fetching and WARC
reading call it too. The extraction settings live in :data:`EXTRACTION`; they were chosen on a
benchmark of news pages (shingle F1 of the main text): trafilatura's defaults score 0.951,
``favor_precision`` without comments 0.972.
"""
from __future__ import annotations

import gzip
import logging
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..clean import clean_text
from ..errors import ReadError
from ..model import Document, document_id
from .safe import clean_url, safe_document, scrub
from .text import read_bytes

__all__ = ["EXTRACTION", "Extraction", "MAX_HTML_BYTES", "html_to_document", "read_html_file"]

#: Larger pages (after decompression) are refused; real article pages are well under this.
MAX_HTML_BYTES = 20 * 1024 * 1024

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Extraction:
    """How trafilatura extracts the main text of a page.

    ``favor_precision`` drops doubtful blocks (teasers, link lists); ``include_comments=False``
    leaves reader comments out; when the precise pass finds nothing, ``recall_fallback`` retries
    with ``favor_recall`` so that short pages are not lost.
    """

    favor_precision: bool = True
    include_comments: bool = False
    include_tables: bool = True
    recall_fallback: bool = True


#: The settings :func:`html_to_document` uses.
EXTRACTION = Extraction()

_LANG_RE = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.IGNORECASE)


def _bare(html: str | bytes, url: str | None, **kw: Any) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(
        html, url=url, include_comments=EXTRACTION.include_comments,
        include_tables=EXTRACTION.include_tables, with_metadata=True, **kw,
    )


def _language(html: str | bytes, found: str | None) -> str | None:
    if found:
        return found.split("-")[0].split("_")[0].lower() or None
    head = html[:20000].encode("utf-8", "replace") if isinstance(html, str) else html[:20000]
    m = _LANG_RE.search(head)
    return m.group(1).decode("ascii").lower() if m else None


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _drop_title(text: str, title: str | None) -> str:
    """The main text without a first line that repeats the page title."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    norm = lambda s: " ".join(s.split()).casefold()  # noqa: E731
    return rest.lstrip("\n") if norm(first) == norm(title) else text


def html_to_document(
    html: str | bytes, *, url: str | None = None, path: str | None = None, id: str | None = None
) -> Document:
    """A :class:`Document` from an HTML page: main text, title, date, author, site, language.

    ``Document.text`` is the article body (without the title), through the same junk-line filter
    as plain text (:func:`newstally.clean.clean_text`). Raises :class:`ReadError` when
    the page has no main text.
    """
    source = path or url
    if isinstance(html, str):
        html = scrub(html) or ""
    url = clean_url(scrub(url))  # what identifies the page: no credentials, no tracking
    result = _bare(html, url, favor_precision=EXTRACTION.favor_precision)
    if (result is None or not (result.text or "").strip()) and EXTRACTION.recall_fallback:
        result = _bare(html, url, favor_recall=True)
    text = (result.text or "").strip() if result is not None else ""
    title = _str(result.title) if result is not None else None
    text = clean_text(_drop_title(text, title), first_line_title=False)
    if not text:
        raise ReadError("no main text found in the HTML page", source=source)
    page_url = url or _str(getattr(result, "url", None))
    return safe_document(Document(
        id=id or document_id(text, url=url),
        text=text,
        title=title,
        published=_str(result.date),
        url=page_url,
        site=_str(result.sitename),
        author=_str(result.author),
        language=_language(html, _str(getattr(result, "language", None))),
        path=path,
        raw=html if isinstance(html, str) else html.decode("utf-8", "replace"),
    ))


def _gunzip(path: Path, limit: int) -> bytes:
    try:
        with gzip.open(path, "rb") as f:
            data = f.read(limit + 1)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise ReadError(f"not a valid gzip file ({exc})", source=str(path)) from None
    if len(data) > limit:
        raise ReadError(
            f"decompresses to more than {limit // (1024 * 1024)} MB (gzip bomb?)", source=str(path)
        )
    return data


def read_html_file(path: str | os.PathLike[str]) -> Document | ReadError:
    """Read one .html/.htm page, gzipped or not; a :class:`ReadError` (returned) if it cannot be."""
    path = Path(path)
    try:
        if path.name.lower().endswith(".gz"):
            data = _gunzip(path, MAX_HTML_BYTES)
        else:
            data = read_bytes(path, MAX_HTML_BYTES)
        if not data.strip():
            raise ReadError("empty file", source=str(path))
        if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ReadError("binary file (contains NUL bytes), not HTML", source=str(path))
        return html_to_document(data, path=str(path))
    except ReadError as exc:
        return exc
    except OSError as exc:
        return ReadError(exc.strerror or str(exc), source=str(path))
