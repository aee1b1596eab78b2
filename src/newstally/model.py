"""The plain data that flows through newstally: documents, claims, events, figures.

No I/O here. Every dataclass is frozen and has one ``to_dict()``: the CLI, the API and the
exports all emit that shape.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any

#: The categories a claim can have, in the order they are reported.
CATEGORIES: tuple[str, ...] = (
    "killed", "injured", "missing", "evacuated", "displaced", "arrested", "kidnapped",
)
DIED_OF_WOUNDS = "died of wounds"  # the qualifier of a killed claim made from "two of the wounded died"


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


class _DictMixin:
    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]


def normalise_text(text: str) -> str:
    """Unicode NFC, unified quotes, collapsed white space: the form ids are hashed from."""
    text = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"\s+", " ", text).strip()


def document_id(text: str = "", url: str | None = None) -> str:
    """A stable id: a hash of the URL when there is one, else of the normalised text."""
    basis = url.strip() if url else normalise_text(text)
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Document(_DictMixin):
    """One report as read. ``text`` is the clean main text that claim offsets point into."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as given or found
    url: str | None = None
    site: str | None = None  # outlet / site name ("source" in JSONL input)
    author: str | None = None
    language: str | None = None
    path: str | None = None  # where it was read from (file path, "-" for stdin)
    raw: str | None = field(default=None, repr=False, compare=False)

    def to_dict(self, raw: bool = False) -> dict[str, Any]:  # type: ignore[override]
        d = asdict(self)
        if not raw:
            d.pop("raw")
        return d


@dataclass(frozen=True)
class Claim(_DictMixin):
    """One figure as a document states it.

    ``low``/``best``/``high`` form an interval (``None`` = open on that side; ``best`` is
    ``None`` only for an unquantified mention). ``start``/``end`` are character offsets into
    the document's clean text and ``text`` is that span.
    """

    doc_id: str
    category: str
    low: int | None
    best: int | None
    high: int | None
    qualifier: str | None = None  # as written: "at least", "nearly", "dozens", ...
    subgroup: str | None = None  # None = everybody (a total); "civilians", "children", ...
    victims: str | None = None  # the noun naming them, as written: "people", "militants", "policemen"
    attribution: str | None = None  # who said it, as written
    as_of: str | None = None  # ISO date the figure refers to
    negated: bool = False  # "no one was killed" -> 0
    hypothetical: bool = False  # "could kill thousands"
    other_event: bool = False  # "killed 50 in a 2019 attack", cumulative background tolls
    text: str = ""
    start: int = 0
    end: int = 0
    sentence: int = 0  # index of the sentence in the document
    parent: int | None = None  # index (within the document's claims) of the claim this is part of
    in_title: bool = False
    location: str | None = None
    rule: str | None = None  # which extraction rule found it ("passive", "active", "toll", ...)
    trigger: int | None = None  # offset of the casualty word; claims sharing it are one statement
    toll: bool = False  # stated as an overall toll ("the death toll rose to 27", "coded as 12")
    # the figure is stated for this many related attacks, the report's own among them ("This was the
    # first of two bombs ... 264 others were wounded in the two attacks"): the summary's best is its even share
    shared_by: int | None = None

    @property
    def counts(self) -> bool:
        """Whether the claim speaks about the document's own incident."""
        return not (self.hypothetical or self.other_event)

    @property
    def key(self) -> str:
        """The flat summary key: ``killed`` or ``civilians_killed``."""
        return f"{self.subgroup}_{self.category}" if self.subgroup else self.category


@dataclass(frozen=True)
class Interval(_DictMixin):
    low: int | None
    best: int | None
    high: int | None

    def __post_init__(self) -> None:
        lo, b, hi = self.low, self.best, self.high
        if b is not None and ((lo is not None and lo > b) or (hi is not None and hi < b)):
            raise ValueError(f"interval out of order: {lo} <= {b} <= {hi}")


@dataclass(frozen=True)
class Summary(_DictMixin):
    """A report's overall figure per category (and per subgroup under flat keys)."""

    id: str
    figures: dict[str, Interval]
    notes: dict[str, str] = field(default_factory=dict)  # per key, how a figure was read (an even share)

    def to_dict(self) -> dict[str, Any]:  # type: ignore[override]
        out: dict[str, Any] = {"id": self.id}
        for key, iv in self.figures.items():
            out[key] = iv.to_dict()
        if self.notes:
            out["notes"] = dict(self.notes)
        return out


@dataclass(frozen=True)
class Figure(_DictMixin):
    """One event's reconciled figure for a category and subgroup (see docs/reconcile.md).

    ``timeline`` lists the claims behind the figure, oldest first, each a plain dict with the
    report it comes from (``doc_id``, ``source_group``, ``site``, ``published``), its ``as_of``
    date, ``attribution`` and ``side``, its interval, and the ``quote`` (the sentence stating
    it) with ``start``/``end`` offsets of the claim in the report's clean text. ``first`` and
    ``latest`` are the oldest and newest entries of the timeline. ``sides`` holds each side's
    current figure; when ``contested`` is set, the sides disagree and the interval spans them.
    """

    key: str  # the flat summary key: "killed", "civilians_killed"
    category: str
    subgroup: str | None
    low: int | None
    best: int | None
    high: int | None
    contested: bool = False
    articles: int = 0  # reports stating a figure for this key
    sources: int = 0  # independent sources among them (syndicated copies count once)
    sides: tuple[dict[str, Any], ...] = ()
    timeline: tuple[dict[str, Any], ...] = ()
    first: dict[str, Any] | None = None
    latest: dict[str, Any] | None = None

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.best, self.high)


@dataclass(frozen=True)
class Event(_DictMixin):
    """A real-world incident: the reports about it and its reconciled figures.

    ``to_dict()`` is the shape ``newstally events --format json`` prints: every field, with
    ``figures`` reduced to ``{"low", "best", "high"}`` per key.
    """

    id: str
    date_start: str | None
    date_end: str | None
    country: str | None  # country name
    country_code: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    title: str | None
    articles: int
    independent_sources: int
    contested: bool
    figures: dict[str, Figure] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:  # type: ignore[override]
        d = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "figures"}
        d["figures"] = {k: {"low": f.low, "best": f.best, "high": f.high} for k, f in self.figures.items()}
        return d
