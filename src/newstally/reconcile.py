"""Claims of one event -> reconciled figures. Pure functions, no I/O.

The rules, in full in ``docs/reconcile.md``:

1. Only claims that count (``claim.counts``) are used; a title figure is dropped when the body
   states one for the same category and subgroup.
2. Each claim's attribution is reduced to a *side* (:func:`side_of`, table
   ``data/sides_en.json``). Per report and side, the figures are those of the per-report
   summary (:mod:`newstally.extract.summary`): in-sentence sums, nesting, denials only when
   nothing else.
3. Per side, the latest figure (by as-of date, then publication date) supersedes earlier
   ones: tolls rise. An earlier figure's lower bound still holds ("at least 27" stays true).
4. Across sides that do not contest each other, the best is the largest current figure (the
   most complete count); the low is raised by every side's lower bound; the high is that of the
   figure giving the best. Nothing is averaged, added or subtracted across sides.
5. Two named sides contest a category when one counts only combatants and the other only
   non-combatants with figures that do not overlap (the same victims described differently),
   or when one denies (0) what the other counts. A contested figure spans the sides: low = the
   lowest side's low, best and high = the largest; each side's figure is kept.
6. Syndicated copies (same source group) count as articles, never as extra sources.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from .model import CATEGORIES, Claim, Figure, Interval

__all__ = ["Report", "SideTable", "figure_key", "load_sides", "reconcile", "side_of", "split_key"]

UNATTRIBUTED = "unattributed"
OTHER = "other"
GOVERNMENT = "government"
_LAST = "9999-12-31"


@dataclass(frozen=True)
class Report:
    """One report of an event as reconciliation needs it: metadata, claims and clean text."""

    id: str
    claims: tuple[Claim, ...] = ()
    source_group: str | None = None  # the report this one is a copy of; None = its own
    site: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    day: str | None = None  # ISO date used when ``published`` is missing
    text: str | None = field(default=None, repr=False)  # clean text, for quoting sentences
    language: str | None = None

    @property
    def group(self) -> str:
        return self.source_group or self.id

    @property
    def date(self) -> str | None:
        """The report's ISO date: its publication day ("Friday, 22 September 2023" is read too)."""
        from .extract.dates import parse_published

        if self.day:
            return self.day[:10]
        got = parse_published(self.published)
        return got.isoformat() if got else None


# ------------------------------------------------------------------------------------ sides


@dataclass(frozen=True)
class SideTable:
    """Phrase lists mapping an attribution to a side, in matching order."""

    rules: tuple[tuple[tuple[str, ...], str], ...]
    combatants: frozenset[str]
    non_combatants: frozenset[str]

    def side(self, attribution: str | None) -> str:
        return self._side(attribution or "")

    @lru_cache(maxsize=4096)  # noqa: B019 - tables are few and live as long as the process
    def _side(self, attribution: str) -> str:
        words = _words(attribution)
        if not words:
            return UNATTRIBUTED
        found: list[tuple[int, str]] = []
        for i, w in enumerate(words):
            for rank, phrase, side in self._by_first.get(w, ()):
                if tuple(words[i:i + len(phrase)]) == phrase:
                    found.append((rank, side))
        return min(found)[1] if found else OTHER

    @property
    def _by_first(self) -> dict[str, list[tuple[int, tuple[str, ...], str]]]:
        index = self.__dict__.get("_index")
        if index is None:
            index = {}
            for rank, (phrase, side) in enumerate(self.rules):
                index.setdefault(phrase[0], []).append((rank, phrase, side))
            object.__setattr__(self, "_index", index)
        return index

    def subgroup_class(self, subgroup: str | None) -> str | None:
        if subgroup in self.combatants:
            return "combatants"
        if subgroup in self.non_combatants:
            return "non_combatants"
        return None


def _words(text: str) -> list[str]:
    text = text.lower().replace("’", "'")
    return [re.sub(r"'s$", "", w) for w in re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", text)]


@lru_cache(maxsize=None)
def load_sides(language: str = "en") -> SideTable:
    """The side table of ``language`` (falls back to English)."""
    pkg = resources.files("newstally").joinpath("data")
    name = f"sides_{language}.json"
    if not pkg.joinpath(name).is_file():
        name = "sides_en.json"
    t = json.loads(pkg.joinpath(name).read_text("utf-8"))
    rules: list[tuple[tuple[str, ...], str]] = []
    for side, phrases in t["parties"].items():
        rules += [(tuple(_words(p)), side) for p in phrases]
    rules += [(tuple(_words(p)), OTHER) for p in t["other"]]
    rules += [(tuple(_words(p)), GOVERNMENT) for p in t["government"]]
    classes = t["subgroup_classes"]
    return SideTable(tuple(r for r in rules if r[0]), frozenset(classes["combatants"]),
                     frozenset(classes["non_combatants"]))


def side_of(attribution: str | None, table: SideTable | None = None) -> str:
    """The side an attribution speaks for: a party, ``government``, ``other`` or ``unattributed``.

    >>> side_of("Azerbaijan's defence ministry"), side_of("the army"), side_of(None)
    ('azerbaijan', 'government', 'unattributed')
    """
    return (table or load_sides()).side(attribution)


def figure_key(category: str, subgroup: str | None) -> str:
    return f"{subgroup}_{category}" if subgroup else category


def split_key(key: str) -> tuple[str, str | None]:
    """``"civilians_killed"`` -> ``("killed", "civilians")``; ``"killed"`` -> ``("killed", None)``."""
    if key in CATEGORIES:
        return key, None
    sub, _, cat = key.rpartition("_")
    return cat, sub or None


# ------------------------------------------------------------------------- per report, side


@dataclass(frozen=True)
class _Stated:
    """What one side says in one report about one key."""

    key: str
    side: str
    iv: Interval
    when: str  # as-of date, or the report's date, or _LAST when unknown
    report: Report
    attribution: str | None

    def order(self) -> tuple[str, str, str]:
        return (self.when, self.report.published or _LAST, self.report.id)


def _usable(claims: Sequence[Claim]) -> list[Claim]:
    """Claims that count; a title figure only when the body has none for its key."""
    usable = [c for c in claims if c.counts and c.category in CATEGORIES]
    body = {(c.category, c.subgroup) for c in usable if not c.in_title and not c.negated}
    return [c for c in usable if not c.in_title or (c.category, c.subgroup) not in body]


def _report_figures(report: Report, table: SideTable, lex: Any) -> Iterable[_Stated]:
    from .extract.summary import summarize_claims

    by_side: dict[str, list[Claim]] = defaultdict(list)
    for c in _usable(report.claims):
        by_side[table.side(c.attribution)].append(c)
    for side, claims in sorted(by_side.items()):
        figs = dict(summarize_claims(lex, report.id, claims).figures)
        for c in claims:  # a side's denial for a subgroup ("no civilians died") is its 0 there
            key = figure_key(c.category, c.subgroup)
            if c.negated and c.subgroup and key not in figs and not any(
                    o.category == c.category and o.subgroup == c.subgroup and not o.negated for o in claims):
                figs[key] = Interval(0, 0, 0)
        for key, iv in figs.items():
            cat, sub = split_key(key)
            mine = [c for c in claims if c.category == cat and (sub is None or c.subgroup == sub)]
            dates = [c.as_of for c in mine if c.as_of]
            when = max(dates) if dates else (report.date or _LAST)
            named = [c.attribution for c in mine if c.attribution]
            yield _Stated(key, side, iv, when[:10], report, named[0] if named else None)


# ------------------------------------------------------------------------------ reconciling


@dataclass(frozen=True)
class _SideFigure:
    side: str
    iv: Interval
    current: _Stated
    stated: tuple[_Stated, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"side": self.side, "low": self.iv.low, "best": self.iv.best, "high": self.iv.high,
                "as_of": None if self.current.when == _LAST else self.current.when,
                "attribution": self.current.attribution, "doc_id": self.current.report.id,
                "articles": len({s.report.id for s in self.stated}),
                "sources": len({s.report.group for s in self.stated})}


def _side_figure(side: str, stated: list[_Stated]) -> _SideFigure:
    stated.sort(key=_Stated.order)
    cur = stated[-1].iv
    best = cur.best or 0
    lows = [s.iv.low for s in stated if s.iv.low is not None]
    low = min(max(lows), best) if lows else cur.low
    high = cur.high if cur.high is None else max(cur.high, best)
    return _SideFigure(side, Interval(low, best, high), stated[-1], tuple(stated))


def _disjoint(a: Interval, b: Interval) -> bool:
    if a.high is not None and b.low is not None and a.high < b.low:
        return True
    return b.high is not None and a.low is not None and b.high < a.low


def _contested_keys(per_key: Mapping[str, dict[str, _SideFigure]], table: SideTable) -> set[str]:
    """Keys of figures that named sides contest (rule 5), with their categories' totals."""
    out: set[str] = set()
    items = [(k, s, f) for k, sides in per_key.items() for s, f in sides.items() if s != UNATTRIBUTED]
    classes: dict[tuple[str, str], set[str | None]] = defaultdict(set)
    for k, s, _f in items:
        cat, sub = split_key(k)
        if sub is not None:
            classes[(cat, s)].add(table.subgroup_class(sub))
    for i, (ka, sa, fa) in enumerate(items):
        cat_a, sub_a = split_key(ka)
        for kb, sb, fb in items[i + 1:]:
            cat_b, sub_b = split_key(kb)
            if sa == sb or cat_a != cat_b:
                continue
            ca, cb = table.subgroup_class(sub_a), table.subgroup_class(sub_b)
            opposite = (ca and cb and ca != cb and classes[(cat_a, sa)] == {ca}
                        and classes[(cat_b, sb)] == {cb} and _disjoint(fa.iv, fb.iv))
            denial = ka == kb and ((fa.iv.best == 0) != (fb.iv.best == 0))
            if opposite or denial:
                out |= {ka, kb, cat_a}
    return out


def _reconciled(sides: Mapping[str, _SideFigure], contested: bool) -> Interval:
    figs = sorted(sides.values(), key=lambda f: (f.iv.best or 0, f.current.order(), f.side))
    top = figs[-1].iv
    best = top.best or 0
    if contested:
        lows = [f.iv.low for f in figs]
        low = None if None in lows else min(lows)  # type: ignore[type-var]
        highs = [f.iv.high for f in figs]
        high = None if None in highs else max(max(highs), best)  # type: ignore[type-var]
        return Interval(low if low is None else min(low, best), best, high)
    lows = [f.iv.low for f in figs if f.iv.low is not None]
    low = min(max(lows), best) if lows else None
    return Interval(low, best, top.high if top.high is None else max(top.high, best))


def _sentence(report: Report, claim: Claim, cache: dict[str, list[tuple[int, int]]]) -> str:
    if not report.text:
        return claim.text
    from .extract.sentences import split_sentences

    spans = cache.get(report.id)
    if spans is None:
        spans = cache[report.id] = [(s.start, s.end) for s in split_sentences(report.text)]
    for start, end in spans:
        if start <= claim.start < end:
            return report.text[start:max(end, claim.end)]
    return claim.text


def _timeline(key: str, reports: Sequence[Report], table: SideTable,
              cache: dict[str, list[tuple[int, int]]]) -> list[dict[str, Any]]:
    cat, sub = split_key(key)
    pairs = [(r, c) for r in reports for c in _usable(r.claims) if c.category == cat]
    mine = [(r, c) for r, c in pairs if c.subgroup == sub]
    if not mine and sub is None:
        mine = [(r, c) for r, c in pairs if c.parent is None]
    mine.sort(key=lambda rc: ((rc[1].as_of or rc[0].date or _LAST)[:10], rc[0].published or _LAST,
                              rc[0].id, rc[1].start))
    return [{"doc_id": r.id, "source_group": r.group, "site": r.site, "published": r.published,
             "as_of": c.as_of or r.date, "attribution": c.attribution, "side": table.side(c.attribution),
             "subgroup": c.subgroup, "low": c.low, "best": c.best, "high": c.high,
             "qualifier": c.qualifier, "negated": c.negated, "text": c.text,
             "quote": _sentence(r, c, cache), "start": c.start, "end": c.end} for r, c in mine]


def _key_order(key: str) -> tuple[int, int, str]:
    cat, sub = split_key(key)
    return (CATEGORIES.index(cat) if cat in CATEGORIES else len(CATEGORIES), sub is not None, sub or "")


def reconcile(reports: Iterable[Report], *, sides: SideTable | None = None,
              lexicon: Any = None, timelines: bool = True) -> list[Figure]:
    """The reconciled figures of one event's reports, totals first, in category order.

    The result does not depend on the order of ``reports``; report ids should be unique.
    ``timelines=False`` leaves ``timeline``, ``first`` and ``latest`` empty (faster).
    """
    from .extract.lexicon import load_lexicon

    table = sides or load_sides()
    uniq = {r.id: r for r in sorted(reports, key=lambda r: r.id, reverse=True)}
    ordered = sorted(uniq.values(), key=lambda r: r.id)
    lex_cache: dict[str, Any] = {}
    stated: dict[str, dict[str, list[_Stated]]] = defaultdict(lambda: defaultdict(list))
    for r in ordered:
        lang = (r.language or "en").split("-")[0].lower()
        lex = lexicon or lex_cache.get(lang)
        if lex is None:
            try:
                lex = lex_cache[lang] = load_lexicon(lang)
            except Exception:  # no lexicon for the language: the English rules still apply
                lex = lex_cache[lang] = load_lexicon("en")
        for s in _report_figures(r, table, lex):
            stated[s.key][s.side].append(s)
    per_key = {k: {side: _side_figure(side, list(v)) for side, v in by_side.items()}
               for k, by_side in stated.items()}
    contested = _contested_keys(per_key, table)
    cache: dict[str, list[tuple[int, int]]] = {}
    figures: list[Figure] = []
    for key in sorted(per_key, key=_key_order):
        sides_here = per_key[key]
        is_contested = key in contested
        iv = _reconciled(sides_here, is_contested)
        all_stated = [s for f in sides_here.values() for s in f.stated]
        timeline = _timeline(key, ordered, table, cache) if timelines else []
        cat, sub = split_key(key)
        figures.append(Figure(
            key=key, category=cat, subgroup=sub, low=iv.low, best=iv.best, high=iv.high,
            contested=is_contested, articles=len({s.report.id for s in all_stated}),
            sources=len({s.report.group for s in all_stated}),
            sides=tuple(f.to_dict() for _s, f in sorted(sides_here.items())),
            timeline=tuple(timeline), first=timeline[0] if timeline else None,
            latest=timeline[-1] if timeline else None))
    return figures
