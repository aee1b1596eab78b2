"""Browsing the ledger: filtered, sorted pages of events, one document with its claims, events by
country. What ``newstally serve`` shows, as plain library calls.

    >>> from newstally.store import open_store
    >>> from newstally.browse import EventQuery, search_events
    >>> store = open_store("ledger.db", create=False)                        # doctest: +SKIP
    >>> page = search_events(store, EventQuery(country="Sudan", category="killed", min_figure=10))
    >>> page.total, [e.id for e in page.events]                            # doctest: +SKIP

Nothing here writes: events waiting to be recomputed (see
:func:`newstally.ledger.refresh_stale_events`) show their last stored figures.
"""
from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .errors import NewstallyError, StoreError
from .ledger import _event
from .model import CATEGORIES, Event
from .search import Term, parse_query
from .store import Store

__all__ = ["MAX_LIMIT", "SORTS", "DocumentDetail", "EventPage", "EventQuery", "QueryError",
           "country_summary", "document_detail", "make_cursor", "search_events"]

#: The largest page of events one call returns.
MAX_LIMIT = 500
#: The orders a page of events can be sorted in.
SORTS = ("date", "killed", "sources")
_KEY = re.compile(r"^(?:[a-z]+_)?(?:%s)$" % "|".join(CATEGORIES))
_MAX_WORDS = 8
_MAX_Q = 200


class QueryError(NewstallyError):
    """A filter that cannot be used; ``parameter`` names it."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = message


@dataclass(frozen=True)
class EventQuery:
    """Filters, order and page of :func:`search_events`; every filter is optional.

    ``since``/``until``: ISO dates the event was reported on or after / on or before;
    ``country``: name or ISO code; ``category`` with ``min_figure``: a reconciled best figure of at
    least that many (``category`` is a figure key: ``killed``, ``civilians_killed``, ...);
    ``min_sources``: independent sources; ``contested``: only contested (True) or uncontested
    (False) events; ``q``: words (or "quoted phrases") that must each appear in the title or
    text of one of the event's reports, whole and in any case, with or without accents; a
    final ``*`` matches the beginning of a word (:mod:`newstally.search`).
    ``sort``: one of :data:`SORTS`, ``descending`` reverses it. ``limit`` (1 to
    :data:`MAX_LIMIT`) events from ``offset``, or after ``cursor`` (the ``next_cursor`` of the
    previous page, made for the same sort and order; then ``offset`` must be 0).
    """

    since: str | None = None
    until: str | None = None
    country: str | None = None
    category: str | None = None
    min_figure: int | None = None
    min_sources: int | None = None
    contested: bool | None = None
    q: str | None = None
    sort: str = "date"
    descending: bool = False
    limit: int = 50
    offset: int = 0
    cursor: str | None = None

    def check(self) -> None:
        """Raise :class:`QueryError` naming the first filter that cannot be used."""
        for name in ("since", "until"):
            value = getattr(self, name)
            if value:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise QueryError(name, f"wants a date like 2023-09-20, not {value[:40]!r}") from None
        if self.category is not None and not _KEY.match(self.category):
            raise QueryError("category", f"wants a figure key such as {', '.join(CATEGORIES)} or "
                             f"civilians_killed, not {self.category[:40]!r}")
        if self.min_figure is not None and self.category is None:
            raise QueryError("min_figure", "needs a category (which figure to compare)")
        if self.min_figure is not None and not 0 <= self.min_figure < 2**62:
            raise QueryError("min_figure", "wants a number from 0")
        if self.min_sources is not None and not 0 <= self.min_sources < 2**31:
            raise QueryError("min_sources", "wants a number from 0")
        if self.sort not in SORTS:
            raise QueryError("sort", f"wants one of {', '.join(SORTS)}, not {self.sort[:40]!r}")
        if not 1 <= self.limit <= MAX_LIMIT:
            raise QueryError("limit", f"wants a number from 1 to {MAX_LIMIT}")
        if not 0 <= self.offset < 2**31:
            raise QueryError("offset", "wants a number from 0")
        if self.cursor is not None:
            if self.offset:
                raise QueryError("cursor", "goes on from where the last page ended: give it without offset")
            self.after  # noqa: B018 - a cursor that cannot be read is a QueryError now
        if self.q is not None and len(self.q) > _MAX_Q:
            raise QueryError("q", f"takes at most {_MAX_Q} characters")
        if self.q is not None and len(self.terms) > _MAX_WORDS:
            raise QueryError("q", f"takes at most {_MAX_WORDS} words or phrases")

    @property
    def terms(self) -> list[Term]:
        """The words and phrases of ``q`` (:func:`newstally.search.parse_query`)."""
        return parse_query(self.q)[: _MAX_WORDS + 1]

    @property
    def order(self) -> str:
        return "desc" if self.descending else "asc"

    @property
    def after(self) -> list[Any] | None:
        """The position ``cursor`` stands for (a :class:`QueryError` when it is not one of ours,
        or was made for another sort or order)."""
        if not self.cursor:
            return None
        try:
            raw = base64.urlsafe_b64decode(self.cursor.strip() + "=" * (-len(self.cursor.strip()) % 4))
            data = json.loads(raw.decode("utf-8"))
            sort, order, after = data["sort"], data["order"], data["after"]
            if not (isinstance(after, list) and 2 <= len(after) <= 8
                    and all(isinstance(v, str | int) and not isinstance(v, bool) for v in after)):
                raise ValueError(after)
        except (ValueError, TypeError, KeyError, UnicodeDecodeError):
            raise QueryError("cursor", "is not a cursor from a page of events (take next_cursor as it is)") from None
        if (sort, order) != (self.sort, self.order):
            raise QueryError("cursor", f"was made for sort={str(sort)[:20]} order={str(order)[:20]}: "
                             "keep the sort and order of the page it came from")
        return after


def make_cursor(query: EventQuery, after: list[Any]) -> str:
    """The cursor of the page after position ``after`` in ``query``'s order (opaque to callers)."""
    raw = json.dumps({"sort": query.sort, "order": query.order, "after": after},
                     ensure_ascii=False, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


@dataclass(frozen=True)
class EventPage:
    """One page of events, and how many events match in all."""

    query: EventQuery
    total: int
    events: tuple[Event, ...] = field(default_factory=tuple)
    next_cursor: str | None = None  # the page after this one; None on the last page

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.query.limit, "offset": self.query.offset,
                "cursor": self.query.cursor, "next_cursor": self.next_cursor,
                "events": [e.to_dict() for e in self.events]}


def search_events(store: Store, query: EventQuery) -> EventPage:
    """The page of events ``query`` asks for (a :class:`QueryError` names a bad filter)."""
    query.check()
    figure = None
    if query.category is not None:
        figure = (query.category, query.min_figure if query.min_figure is not None else 0)
    total, rows, position = store.search_event_rows(
        since=query.since or None, until=query.until or None, country=query.country or None,
        figure=figure, min_sources=query.min_sources, contested=query.contested, terms=query.terms,
        sort=query.sort, descending=query.descending, limit=query.limit, offset=query.offset,
        after=query.after)
    return EventPage(query, total, tuple(_event(r) for r in rows),
                     None if position is None else make_cursor(query, position))


@dataclass(frozen=True)
class DocumentDetail:
    """One stored report: its clean text, its event and its claims with their offsets."""

    document: dict[str, Any]
    claims: tuple[dict[str, Any], ...]

    def to_dict(self) -> dict[str, Any]:
        return {**self.document, "claims": [dict(c) for c in self.claims]}


_DOC_FIELDS = ("id", "url", "site", "title", "published", "author", "language", "path",
               "event_id", "source_group", "text")
_CLAIM_FIELDS = ("category", "subgroup", "victims", "low", "best", "high", "qualifier", "attribution",
                 "as_of", "negated", "hypothetical", "other_event", "toll", "text", "sentence",
                 "parent", "in_title", "location", "rule")


def document_detail(store: Store, doc_id: str) -> DocumentDetail:
    """The report with id ``doc_id``; each claim has ``index``, ``start`` and ``end`` offsets in
    ``text`` (claims stated in the title have offsets in the title)."""
    row = store.document_row(doc_id)
    if row is None:
        raise StoreError(f"no document {doc_id!r}")
    claims = tuple({"index": c["idx"], "start": c["span_start"], "end": c["span_end"],
                    **{k: c[k] for k in _CLAIM_FIELDS}}
                   for c in store.document_claims([row["id"]]))
    return DocumentDetail({k: row.get(k) for k in _DOC_FIELDS}, claims)


def country_summary(store: Store) -> list[dict[str, Any]]:
    """Per country (None: no place found): events, reports, the sum of the events' best killed
    figures, first and last dates; most events first."""
    return [{**r, "articles": int(r["articles"] or 0), "killed": None if r["killed"] is None else int(r["killed"])}
            for r in store.country_rows()]
