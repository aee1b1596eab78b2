"""Reading a report (or a feed of reports) from an ``http(s)://`` URL.

The answer's content type decides what it is:

- ``text/html``, ``application/xhtml+xml`` → one page, read with
  :func:`~newstally.read.html.html_to_document` (trafilatura's main text and metadata);
- ``application/rss+xml``, ``application/atom+xml``, ``application/rdf+xml`` → a feed, whose
  items are read with :func:`~newstally.read.feed.read_feed`;
- ``application/xml``, ``text/xml``, ``text/plain`` or no content type → the first bytes are
  sniffed for a feed root (``<rss``, ``<feed``, ``<rdf:RDF``) or an HTML page;
- anything else → ``ReadError("unsupported content type ...")``, without downloading the body.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import ReadError
from ..model import Document
from .fetch import Fetcher, FetchResult, FetchSettings, decode_body, shared_fetcher
from .language import with_language

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
#: Types whose body is looked at to tell a feed from a page.
SNIFFED_TYPES = frozenset({"", "application/xml", "text/xml", "text/plain"})

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)


def acceptable(media_type: str) -> bool:
    """Whether an answer of this media type can be read as a page or a feed."""
    return media_type in HTML_TYPES or media_type in FEED_TYPES or media_type in SNIFFED_TYPES


def content_kind(result: FetchResult) -> str | None:
    """``"page"``, ``"feed"`` or ``None`` (not something newstally reads)."""
    kind = result.media_type
    if kind in HTML_TYPES:
        return "page"
    if kind in FEED_TYPES:
        return "feed"
    if kind in SNIFFED_TYPES:
        head = result.body[:2048].lstrip()
        if _FEED_ROOT.search(head):
            return "feed"
        if _HTML_ROOT.search(head):
            return "page"
    return None


def page_document(result: FetchResult, *, source: str | None = None,
                  language: str | None = None) -> Document:
    """The report in a fetched HTML page; ``ReadError`` if it has no main text.

    ``language`` is used when the page does not declare one; failing both, it is detected.
    """
    from .html import html_to_document

    name = source or result.url
    text = decode_body(result.body, result.charset, source=name)
    doc = html_to_document(text, url=result.final_url, path=name)
    if not doc.text.strip():
        raise ReadError("no article text found in the page", source=name)
    return with_language(doc, language)


def read_url(url: str, settings: FetchSettings | None = None, *,
             fetcher: Fetcher | None = None) -> Iterator[Document | ReadError]:
    """Yield the report at ``url``, or every item of the feed at ``url``.

    Failures are yielded as :class:`~newstally.errors.ReadError`, never raised. ``fetcher``
    (whose settings then apply) lets many calls share connections; by default the process-wide
    fetcher for ``settings`` is used.
    """
    fetcher = fetcher or shared_fetcher(settings)
    try:
        result = fetcher.fetch(url, accept=acceptable)
        kind = content_kind(result)
        if kind is None:
            raise ReadError(f"unsupported content type {result.media_type or 'unknown'!r}", source=url)
        if kind == "page":
            doc = page_document(result, source=url)
    except ReadError as exc:
        yield exc
        return
    if kind == "feed":
        from .feed import read_feed

        yield from read_feed(result.body, url=result.final_url, fetcher=fetcher)
    else:
        yield doc


__all__ = ["acceptable", "content_kind", "page_document", "read_url"]
