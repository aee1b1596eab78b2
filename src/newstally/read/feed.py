"""Reading the reports listed in an RSS or Atom feed (parsed by feedparser).

Each item becomes one :class:`~newstally.model.Document`:

- If the item's own text (the longest of its ``content:encoded``/Atom ``content`` and its
  summary) has at least ``FetchSettings.feed_full_text_chars`` characters (1,500), it is taken
  as the full story and the link is not fetched.
- Otherwise the item's link is fetched and read as a page; but if the item's text is at least
  ``FetchSettings.feed_full_text_ratio`` (80 %) of the page's main text, the item's text is
  used (the page added nothing but risk of page chrome).
- An item without a link uses its own text; with neither → ``ReadError``. An item whose only
  "link" is its ``<guid>`` (which RSS lets be any string: ``item-7``) uses its own text when
  the guid cannot be fetched as a page.
- A link that cannot be fetched → ``ReadError`` for that item (a summary is not the story).

The item's title and publication date (the publisher's structured data) take precedence over
what the page yields; the item's author, the feed's title (as the site) and the feed's language
fill in what the page lacks (a site name that is only the host name counts as lacking), and a
language neither declares is detected.

Feed-level failures are yielded as one :class:`~newstally.errors.ReadError` each, and never
stop a batch: malformed XML with no readable item, a feed with no items, and a feed with more
than ``FetchSettings.max_feed_items`` items (the first ones are read, the rest reported).
"""
from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from ..errors import ReadError
from ..model import Document, document_id
from .fetch import Fetcher, FetchSettings, shared_fetcher
from .language import normalise_language, with_language
from .safe import clean_url, fix_char_refs, safe_document
from .url import acceptable, content_kind, page_document

log = logging.getLogger(__name__)

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
           "section", "article", "pre", "figure", "ul", "ol", "table", "hr")


def fragment_text(markup: str) -> str:
    """Plain text from an HTML fragment: one line per paragraph or block, spaces collapsed."""
    if "<" not in markup and "&" not in markup:
        return _tidy(markup)
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(markup)
    for el in list(root.iter("script", "style", "noscript", etree.Comment)):
        el.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    lines = (re.sub(r"[^\S\n]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _iso(entry: Any, *keys: str, language: str | None = None) -> str | None:
    for key in keys:
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()
    for key in keys:
        if entry.get(key):  # a date feedparser could not read ("mar, 02 mayo 2024"): the one date reader's turn
            from ..dates import read_datetime

            got = read_datetime(str(entry[key]), language)
            return got.isoformat() if got is not None else str(entry[key])
    return None


def _item_text(entry: Any) -> str:
    values: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        values.append((content.get("value") or "", content.get("type") or "text/html"))
    detail = entry.get("summary_detail") or {}
    if entry.get("summary"):
        values.append((entry["summary"], detail.get("type") or "text/html"))
    best = ""
    for value, kind in values:
        text = fragment_text(value) if "html" in kind else _tidy(value)
        if len(text) > len(best):
            best = text
    return best


def read_feed(source: str | bytes, settings: FetchSettings | None = None, *,
              url: str | None = None, fetcher: Fetcher | None = None,
              seen: set[str] | None = None) -> Iterator[Document | ReadError]:
    """Yield a Document (or a ReadError) for every item of an RSS or Atom feed.

    ``source`` is the feed's URL, or its bytes as already fetched; ``url`` then names the feed
    in errors and resolves relative links. Linked pages are fetched with ``fetcher`` (whose
    settings then apply) or the process-wide fetcher for ``settings``. With ``seen``, items
    whose key (:func:`item_key`) is in it are skipped without fetching anything, and the keys
    of the items read are added to it.
    """
    fetcher = fetcher or shared_fetcher(settings)
    s = fetcher.settings
    if isinstance(source, str):
        url = url or source
        try:
            body = fetcher.fetch(source, accept=acceptable).body
        except ReadError as exc:
            yield exc
            return
    else:
        body = source
    name = url or "feed"
    yield from _read_parsed(body, name, url, fetcher, s, seen)


def item_key(entry: Any) -> str:
    """What identifies a feed item across polls: its id, else its link, else its title."""
    return str(entry.get("id") or entry.get("link") or entry.get("title") or "")


def _read_parsed(body: bytes, name: str, url: str | None, fetcher: Fetcher,
                 s: FetchSettings, seen: set[str] | None = None) -> Iterator[Document | ReadError]:
    import feedparser

    # the content type lets feedparser take the encoding from the XML declaration
    headers = {"content-type": "application/xml"}
    if url:
        headers["content-location"] = url  # resolves relative links
    try:
        parsed = feedparser.parse(fix_char_refs(body), response_headers=headers)
    except Exception as exc:  # noqa: BLE001 - feedparser has raised on hostile markup before
        log.debug("%s: feedparser failed", name, exc_info=True)
        yield ReadError(f"malformed feed: {type(exc).__name__}: {exc}", source=name)
        return
    entries = parsed.entries
    if parsed.get("bozo") and not any(_has_content(e) for e in entries):
        entries = []  # the loose parser's leftovers of broken XML
    if not entries:
        if parsed.get("bozo"):
            reason = str(parsed.get("bozo_exception") or "not XML").splitlines()[0]
            yield ReadError(f"malformed feed: {reason}", source=name)
        else:
            yield ReadError("feed has no items", source=name)
        return
    if parsed.get("bozo"):
        log.debug("%s: feed read despite a problem: %s", name, parsed.get("bozo_exception"))
    feed = parsed.feed
    site = feed.get("title") or None
    language = normalise_language(feed.get("language"))
    for n, entry in enumerate(entries[: s.max_feed_items], 1):
        key = item_key(entry)
        if seen is not None and key and key in seen:
            continue
        try:
            yield safe_document(_item_document(entry, n, name, site, language, fetcher))
        except ReadError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - one bad item never ends the feed
            log.debug("%s: item %d failed", name, n, exc_info=True)
            yield ReadError(f"item {n} could not be read ({type(exc).__name__}: {exc})", source=name)
        if seen is not None and key:
            seen.add(key)
    if len(entries) > s.max_feed_items:
        yield ReadError(
            f"feed has {len(entries)} items; read the first {s.max_feed_items} (max_feed_items)",
            source=name,
        )


def _has_content(entry: Any) -> bool:
    return bool(entry.get("link") or entry.get("summary") or entry.get("content"))


def _site(page_site: str | None, page_url: str | None, feed_site: str | None) -> str | None:
    """The page's site name, unless it is only the host name (trafilatura's fallback)."""
    if page_site and page_url and page_site.lower() == urlsplit(page_url).netloc.lower():
        return feed_site or page_site
    return page_site or feed_site


def _item_document(entry: Any, n: int, feed_name: str, site: str | None, language: str | None,
                   fetcher: Fetcher) -> Document:
    s = fetcher.settings
    link = (entry.get("link") or "").strip() or None
    if link and not link.startswith(("http://", "https://")):
        link = None
    title = _tidy(entry.get("title") or "") or None
    published = _iso(entry, "published", "updated", "created",
                     language=normalise_language(entry.get("language")) or language)
    author = entry.get("author") or None
    text = _item_text(entry)
    page_url = clean_url(link)  # the item's identity: without credentials or tracking parameters
    item_doc = Document(
        id=document_id(text, url=page_url), text=text, title=title, published=published, url=page_url,
        site=site, author=author, language=normalise_language(entry.get("language")) or language,
        path=feed_name,
    )
    if link is None or len(text) >= s.feed_full_text_chars:
        if not text:
            raise ReadError(f"item {n} has neither a link nor text", source=feed_name)
        return with_language(item_doc)
    try:
        result = fetcher.fetch(link, accept=acceptable)
        if content_kind(result) != "page":
            raise ReadError(f"unsupported content type {result.media_type or 'unknown'!r}", source=link)
        page = page_document(result, source=link, language=item_doc.language)
    except ReadError:
        if not (entry.get("guidislink") and text):
            raise
        # no <link>: feedparser took the <guid>, which need not be a link at all ("item-7",
        # resolved against the feed's URL); the item's own text is then the story
        log.info("%s: item %d: its guid %s is not a page; using the item's text", feed_name, n, link)
        return with_language(dataclasses.replace(item_doc, url=None, id=document_id(text)))
    if text and len(text) >= s.feed_full_text_ratio * len(page.text):
        return with_language(item_doc)
    return dataclasses.replace(
        page,
        title=title or page.title,
        published=published or page.published,
        author=page.author or author,
        site=_site(page.site, page.url, site),
        path=feed_name,
    )


__all__ = ["fragment_text", "item_key", "read_feed"]
