"""Claims of one event -> reconciled figures. Pure functions, no I/O.

The rules, in full in ``docs/reconcile.md``:

1. Only claims about the event count: not flagged (``claim.counts``), not a subset of a figure
   already counted ("two of the wounded died"), not in a paragraph about another incident
   (:func:`event_claims` marks those); a title figure only when the body states none for the
   same category and subgroup.
2. Per report, the figure of each category is the per-report summary
   (:mod:`newstally.extract.summary`). A category given only as victims on top of an earlier
   toll ("six more bodies were recovered") adds them to the toll that stood before the report.
3. Reports are ordered by publication time. A copy restating its source group's earlier figure
   is dated by the first report of the group that gave it: a re-publication is not an update.
4. The best figure is the latest report's (the most-updated source), whoever states it: police,
   then hospital, then ministry counts are one rising toll. Earlier lower bounds still raise the
   low ("at least 27" stays true) up to the best.
5. Each claim's attribution is reduced to a *side* and a *camp* (:func:`side_of`, table
   ``data/sides_en.json``). Opposing camps (the authorities and their accusers, two parties to
   a fight) contest a figure when their current figures do not overlap and the lower one was
   still given after the higher one was out; so do combatant and non-combatant counts of the
   same victims, and a denial (0) of what another side counts. A contested figure spans the
   sides (low = lowest, best and high = the largest); each side's latest figure is kept.
6. Syndicated copies (same source group) count as articles, never as extra sources.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from typing import Any

from .model import CATEGORIES, Claim, Figure, Interval

__all__ = ["Cues", "Report", "SideTable", "camp_of", "event_claims", "figure_key", "load_cues", "load_sides",
           "paragraphs", "reconcile", "side_of", "split_key"]

UNATTRIBUTED = "unattributed"
OTHER = "other"
GOVERNMENT = "government"
OPPOSITION = "opposition"
NEUTRAL = "neutral"
_LAST = "9999-12-31"
_DIED_OF_WOUNDS = "died of wounds"


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

    @property
    def moment(self) -> str:
        """When the report came out, as a sortable UTC ISO string (its day when no time is known)."""
        if self.published:
            try:
                dt = datetime.fromisoformat(str(self.published).strip().replace("Z", "+00:00"))
            except ValueError:
                pass
            else:
                if dt.tzinfo is not None:
                    dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
                return dt.isoformat()
        return self.date or _LAST


# ------------------------------------------------------------------------------------ sides


@dataclass(frozen=True)
class SideTable:
    """Phrase lists mapping an attribution to a side and a camp, in matching order."""

    rules: tuple[tuple[tuple[str, ...], str], ...]
    combatants: frozenset[str]
    non_combatants: frozenset[str]
    camp_rules: tuple[tuple[tuple[str, ...], str], ...] = ()
    armed_groups: frozenset[str] = frozenset()

    def side(self, attribution: str | None) -> str:
        return self._side(attribution or "")

    def camp(self, attribution: str | None) -> str:
        """The side, with ``other`` sorted into ``opposition``, ``neutral`` or ``other`` (no camp)."""
        side = self.side(attribution)
        if side != OTHER:
            return side
        return _match(_words(attribution or ""), self._index("_camps", self.camp_rules)) or OTHER

    def opposed(self, a: str, b: str) -> bool:
        """Whether camps ``a`` and ``b`` are opposing parties whose figures can be in dispute."""
        if a == b:
            return False
        plain = (GOVERNMENT, OPPOSITION, NEUTRAL, OTHER, UNATTRIBUTED)
        if a not in plain and b not in plain:
            return True  # two named parties (countries, armed groups)
        pair = {a, b}
        if pair == {GOVERNMENT, OPPOSITION}:
            return True
        return GOVERNMENT in pair and bool(pair & self.armed_groups)

    @lru_cache(maxsize=4096)  # noqa: B019 - tables are few and live as long as the process
    def _side(self, attribution: str) -> str:
        words = _words(attribution)
        if not words:
            return UNATTRIBUTED
        return _match(words, self._index("_sides", self.rules)) or OTHER

    def _index(self, name: str, rules: Sequence[tuple[tuple[str, ...], str]]
               ) -> dict[str, list[tuple[int, tuple[str, ...], str]]]:
        index = self.__dict__.get(name)
        if index is None:
            index = {}
            for rank, (phrase, side) in enumerate(rules):
                index.setdefault(phrase[0], []).append((rank, phrase, side))
            object.__setattr__(self, name, index)
        return index

    def subgroup_class(self, subgroup: str | None) -> str | None:
        if subgroup in self.combatants:
            return "combatants"
        if subgroup in self.non_combatants:
            return "non_combatants"
        return None


def _match(words: Sequence[str], index: Mapping[str, list[tuple[int, tuple[str, ...], str]]]) -> str | None:
    """The label of the earliest-listed phrase occurring in ``words``."""
    found: list[tuple[int, str]] = []
    for i, w in enumerate(words):
        for rank, phrase, label in index.get(w, ()):
            if tuple(words[i:i + len(phrase)]) == phrase:
                found.append((rank, label))
    return min(found)[1] if found else None


def _words(text: str) -> list[str]:
    text = text.lower().replace("’", "'")
    return [re.sub(r"'s$", "", w) for w in re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", text)]


def _data(kind: str, language: str) -> Any:
    pkg = resources.files("newstally").joinpath("data")
    name = f"{kind}_{language}.json"
    if not pkg.joinpath(name).is_file():
        name = f"{kind}_en.json"
    return json.loads(pkg.joinpath(name).read_text("utf-8"))


@lru_cache(maxsize=None)
def load_sides(language: str = "en") -> SideTable:
    """The side table of ``language`` (falls back to English)."""
    t = _data("sides", language)
    rules: list[tuple[tuple[str, ...], str]] = []
    for side, phrases in t["parties"].items():
        rules += [(tuple(_words(p)), side) for p in phrases]
    rules += [(tuple(_words(p)), OTHER) for p in t["other"]]
    rules += [(tuple(_words(p)), GOVERNMENT) for p in t["government"]]
    camps: list[tuple[tuple[str, ...], str]] = []
    for camp in (OPPOSITION, NEUTRAL):
        camps += [(tuple(_words(p)), camp) for p in t.get("camps", {}).get(camp, ())]
    classes = t["subgroup_classes"]
    return SideTable(tuple(r for r in rules if r[0]), frozenset(classes["combatants"]),
                     frozenset(classes["non_combatants"]), tuple(c for c in camps if c[0]),
                     frozenset(t.get("armed_groups", ())))


def side_of(attribution: str | None, table: SideTable | None = None) -> str:
    """The side an attribution speaks for: a party, ``government``, ``other`` or ``unattributed``.

    >>> side_of("Azerbaijan's defence ministry"), side_of("the army"), side_of(None)
    ('azerbaijan', 'government', 'unattributed')
    """
    return (table or load_sides()).side(attribution)


def camp_of(attribution: str | None, table: SideTable | None = None) -> str:
    """The camp an attribution speaks for: its side, with ``other`` split further.

    >>> camp_of("residents"), camp_of("the Red Cross"), camp_of("JNIM"), camp_of("police")
    ('opposition', 'neutral', 'jnim', 'government')
    """
    return (table or load_sides()).camp(attribution)


def figure_key(category: str, subgroup: str | None) -> str:
    return f"{subgroup}_{category}" if subgroup else category


def split_key(key: str) -> tuple[str, str | None]:
    """``"civilians_killed"`` -> ``("killed", "civilians")``; ``"killed"`` -> ``("killed", None)``."""
    if key in CATEGORIES:
        return key, None
    sub, _, cat = key.rpartition("_")
    return cat, sub or None


# ------------------------------------------------------------------------------ word cues


@dataclass(frozen=True)
class Cues:
    """Words reconciliation reads (table ``data/reconcile_<language>.json``)."""

    increment: frozenset[str]
    partitive: tuple[tuple[str, ...], ...]
    subset_heads: Mapping[str, frozenset[str]]
    openers: tuple[tuple[str, ...], ...]
    among: tuple[tuple[str, ...], ...] = ()
    died: frozenset[str] = frozenset()
    died_within: int = 3
    ordinal_determiners: frozenset[str] = frozenset()
    ordinals: Mapping[str, int] = field(default_factory=dict)
    remaining: Mapping[str, frozenset[str]] = field(default_factory=dict)
    remaining_within: int = 5

    def still_in_care(self, c: Claim, after: str) -> bool:
        """'three injured people remain in hospital': those still in care, part of the injured."""
        words = self.remaining.get(c.category, frozenset())
        return bool(words) and any(w in words for w in _words(after)[:self.remaining_within + 1])

    def died_of_wounds(self, c: Claim, after: str) -> bool:
        """An injured claim followed by a death ("two of the wounded died"): the dead, not the injured."""
        words = _words(after)[:self.died_within + 1]
        return c.category == "injured" and not c.negated and any(w in self.died for w in words)

    def ordinal(self, c: Claim) -> int | None:
        """'A fourth person died': the toll an ordinal brings the count to."""
        words = _words(c.text)
        for i, w in enumerate(words[1:], 1):
            n = self.ordinals.get(w)
            if n is None and re.fullmatch(r"\d+(?:st|nd|rd|th)", w):
                n = int(re.sub(r"\D", "", w))
            if n and n > 1 and words[i - 1] in self.ordinal_determiners:
                return n
        return None

    def increment_claim(self, c: Claim) -> bool:
        """'six more bodies', 'another two deaths': victims on top of an earlier toll."""
        if c.qualifier == _DIED_OF_WOUNDS:
            return True
        if c.toll or c.negated:
            return False
        words = _words(c.text)
        return any(w in self.increment and (i + 1 == len(words) or words[i + 1] != "than")
                   for i, w in enumerate(words))

    def subset(self, c: Claim, before: str = "") -> str | None:
        """How a claim restates part of a figure: ``"partitive"`` for 'two of the wounded
        (died)', 'four of the people abducted (were freed)': part of a figure already counted,
        never a figure; ``"among"`` for 'Among the dead were 10 civilians': a subgroup's figure,
        but not the total. ``before`` is the claim's sentence up to the claim."""
        words = _words(c.text)
        heads = self.subset_heads.get(c.category, frozenset())
        for i in range(1, 3):
            for p in (p for p in self.partitive if tuple(words[i:i + len(p)]) == p):
                head = words[i + len(p):i + len(p) + 2]  # "of the wounded", "of the people abducted"
                return "partitive" if any(w in heads for w in head) else None
        prior = _words(before)
        if any(tuple(prior[i:i + len(p)]) == p and i + len(p) < len(prior) and prior[i + len(p)] in heads
               for p in self.among for i in range(len(prior))):
            return "among"
        return None

    def opens_other_event(self, paragraph: str) -> bool:
        words = _words(paragraph[:80])
        return any(tuple(words[:len(p)]) == p for p in self.openers)


@lru_cache(maxsize=None)
def load_cues(language: str = "en") -> Cues:
    """The reconciliation word table of ``language`` (falls back to English)."""
    t = _data("reconcile", language)
    return Cues(frozenset(t["increment"]["words"]),
                tuple(tuple(_words(p)) for p in t["subset"]["partitive"]),
                {cat: frozenset(ws) for cat, ws in t["subset"]["heads"].items() if not cat.startswith("_")},
                tuple(tuple(_words(p)) for p in t["other_event"]["openers"]),
                tuple(tuple(_words(p)) for p in t["subset"].get("among", ())),
                frozenset(t.get("died_of_wounds", {}).get("verbs", ())),
                int(t.get("died_of_wounds", {}).get("words_between", 3)),
                frozenset(t.get("ordinal", {}).get("determiners", ())),
                dict(t.get("ordinal", {}).get("words", {})),
                {cat: frozenset(t["remaining"]["words"]) for cat in t.get("remaining", {}).get("categories", ())},
                int(t.get("remaining", {}).get("words_between", 5)))


# ---------------------------------------------------------------------- claims of the event


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines (single lines when there are none)."""
    sep = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    out, pos = [], 0
    for m in re.finditer(sep, text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _headline_line(line: str) -> bool:
    """A short line with no closing punctuation: a headline or link in the page around the article."""
    line = line.strip()
    return bool(line) and len(line.split()) <= 20 and line[-1] not in ".!?\"”’')…;:,"


def event_claims(report: Report, elsewhere: Callable[[str, str], bool] | None = None,
                 cues: Cues | None = None) -> tuple[Claim, ...]:
    """The report's claims, with those about another incident flagged ``other_event``.

    After the first paragraph with a figure (the lead, with its dateline), a paragraph turns to
    another incident when it opens with a cue such as "Separately," or "Earlier on Thursday,"
    (table ``other_event``), or when ``elsewhere(paragraph, lead)`` says it is about places away
    from the event (the caller knows the event's place); a headline-like line (short, no closing
    punctuation: "Peru: 7 killed as lorry falls into river") is the site's, not the article's.
    The title is always the event's.
    """
    text = report.text or ""
    if not text or not report.claims:
        return report.claims
    cues = cues or load_cues((report.language or "en").split("-")[0].lower())
    body = [c for c in report.claims if not c.in_title]
    foreign: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if _headline_line(line) and any(pos <= c.start < pos + len(line) for c in body):
            foreign.append((pos, pos + len(line)))
        pos += len(line) + 1
    paras = paragraphs(text)
    lead = next(((a, b) for a, b in paras if any(a <= c.start < b and not any(x <= c.start < y for x, y in foreign)
                                                 for c in body)), None)
    for a, b in paras if lead is not None else ():
        if a <= lead[0] or not any(a <= c.start < b and c.counts for c in body):
            continue
        para = text[a:b]
        if cues.opens_other_event(para) or (elsewhere is not None and elsewhere(para, text[lead[0]:lead[1]])):
            foreign.append((a, b))
    if not foreign:
        return report.claims
    return tuple(replace(c, other_event=True) if not c.in_title and any(a <= c.start < b for a, b in foreign)
                 else c for c in report.claims)


def _before(text: str | None, c: Claim) -> str:
    """The sentence of ``c`` up to the claim (roughly: from the last full stop or line break)."""
    if not text or c.start <= 0:
        return ""
    head = text[max(0, c.start - 300):c.start]
    cut = max(head.rfind(". "), head.rfind("\n"), head.rfind("? "), head.rfind("! "))
    return head[cut + 1:]


def _after(text: str | None, c: Claim) -> str:
    return text[c.end:c.end + 80] if text and c.end > 0 else ""


def _usable(claims: Sequence[Claim], cues: Cues | None = None, text: str | None = None) -> list[Claim]:
    """Claims that count; a title figure only when the body has none for its key; no partitive
    subsets ("two of the wounded"). The wounded who died are the dead: "two injured people died"
    becomes a killed claim of two on top of the toll (qualifier ``"died of wounds"``); "a fourth
    person died" becomes a toll of four."""
    usable = []
    for c in claims:
        if not c.counts or c.category not in CATEGORIES:
            continue
        if cues is not None:
            if not c.in_title and cues.died_of_wounds(c, _after(text, c)):
                c = replace(c, category="killed", qualifier=_DIED_OF_WOUNDS, toll=False)
            elif cues.subset(c, "" if c.in_title else _before(text, c)) == "partitive":
                continue
            elif c.category == "killed" and c.best == 1 and (n := cues.ordinal(c)):
                c = replace(c, low=n, best=n, high=n, toll=True)
        usable.append(c)
    body = {(c.category, c.subgroup) for c in usable if not c.in_title and not c.negated}
    return [c for c in usable if not c.in_title or (c.category, c.subgroup) not in body]


# ------------------------------------------------------------------------------ per report


@dataclass(frozen=True)
class _Stated:
    """What one report (or one side in it) says about one key."""

    key: str
    side: str
    camp: str
    iv: Interval
    when: str  # as-of date shown to users: the claims' latest as-of date, else the report's date
    time: str  # when it was first published in its source group (orders statements)
    report: Report
    attribution: str | None
    increment: bool = False
    partial: bool = False  # a total made of subgroup counts only ("two children", "the bomber")
    classes: frozenset[str | None] = frozenset()  # subgroup classes of the victims counted

    def others_victims(self) -> bool:
        """Whether the figure may count the other side's dead: a total, or combatants only. A
        party's count of civilians alone is mostly its own ("on our side of the line")."""
        return not self.partial and None in self.classes or self.classes == {"combatants"}

    def order(self) -> tuple[str, str, int, str]:
        return (self.time, self.report.moment, self.iv.best or 0, self.report.id)


def _split_increments(claims: Sequence[Claim], cues: Cues) -> tuple[list[Claim], set[str]]:
    """The claims to summarise, and the categories the report gives only as increments."""
    out: list[Claim] = []
    only: set[str] = set()
    for cat in CATEGORIES:
        cs = [c for c in claims if c.category == cat]
        inc = [c for c in cs if cues.increment_claim(c)]
        rest = [c for c in cs if not cues.increment_claim(c)]
        if any(not c.negated for c in rest) or not inc:
            out += rest
        else:
            out += inc
            only.add(cat)
    return out, only


def _report_figures(report: Report, table: SideTable, lex: Any, cues: Cues
                    ) -> tuple[list[_Stated], list[_Stated]]:
    """(the report's figure per key, each side's figure per key) as stated, not yet dated."""
    from .extract.summary import summarize_claims

    claims, increments = _split_increments(_usable(report.claims, cues, report.text), cues)
    if not claims:
        return [], []
    parts = {id(c) for c in claims if not c.in_title and cues.subset(c, _before(report.text, c)) == "among"}
    in_care = {id(c) for c in claims if not c.in_title and cues.still_in_care(c, _after(report.text, c))}

    def stated(side: str, camp: str, mine: list[Claim]) -> list[_Stated]:
        figs = dict(summarize_claims(lex, report.id, mine).figures)
        if any(id(c) in parts for c in mine):  # "among the dead were ...": subgroups, not the total
            totals = summarize_claims(lex, report.id, [c for c in mine if id(c) not in parts]).figures
            figs.update({k: v for k, v in totals.items() if k in CATEGORIES})
        for c in mine:  # a side's denial for a subgroup ("no civilians died") is its 0 there
            key = figure_key(c.category, c.subgroup)
            if c.negated and c.subgroup and key not in figs and not any(
                    o.category == c.category and o.subgroup == c.subgroup and not o.negated for o in mine):
                figs[key] = Interval(0, 0, 0)
        out = []
        for key, iv in figs.items():
            cat, sub = split_key(key)
            about = [c for c in mine if c.category == cat and (sub is None or c.subgroup == sub)]
            dates = [c.as_of for c in about if c.as_of]
            when = max(dates) if dates else (report.date or _LAST)
            named = [c.attribution for c in about if c.attribution]
            counted = [c for c in about if not c.negated and (sub is not None or id(c) not in parts)] or about
            partial = sub is None and all(c.subgroup is not None or id(c) in in_care for c in counted)
            classes = frozenset(table.subgroup_class(c.subgroup) for c in counted)
            out.append(_Stated(key, side, camp, iv, when[:10], report.moment, report, named[0] if named else None,
                               cat in increments, partial, classes))
        return out

    whole = stated("*", "*", claims)
    by_side: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        by_side[(table.side(c.attribution), table.camp(c.attribution))].append(c)
    loose = by_side.pop((UNATTRIBUTED, UNATTRIBUTED), [])
    if len(by_side) == 1:  # one named source: its unattributed sentences are its own
        (only,) = by_side
        by_side[only] += loose
    elif loose:
        by_side[(UNATTRIBUTED, UNATTRIBUTED)] = loose
    sides = [s for (side, camp), cs in sorted(by_side.items()) for s in stated(side, camp, cs)]
    return whole, sides


def _date_copies(stated: list[_Stated]) -> list[_Stated]:
    """A figure restated by a later report of the same source group keeps its first time."""
    first: dict[tuple[str, str, str, int | None, bool], str] = {}
    for s in stated:
        k = (s.report.group, s.key, s.side + "/" + s.camp, s.iv.best, s.increment)
        first[k] = min(first.get(k, s.time), s.time)
    return [replace(s, time=first[(s.report.group, s.key, s.side + "/" + s.camp, s.iv.best, s.increment)])
            for s in stated]


def _plus(a: Interval, b: Interval) -> Interval:
    def add(x: int | None, y: int | None) -> int | None:
        return None if x is None or y is None else x + y

    return Interval(add(a.low, b.low), (a.best or 0) + (b.best or 0), add(a.high, b.high))


def _resolve_increments(whole: list[_Stated], sides: list[_Stated]) -> tuple[list[_Stated], list[_Stated]]:
    """Victims on top of an earlier toll become the toll: the figure before them plus them.

    The figure before is the latest from another source group (a copy or write-through of the
    group may already include them), else the group's own latest.
    """
    whole = sorted(whole, key=_Stated.order)
    seen: dict[str, list[_Stated]] = defaultdict(list)
    resolved: dict[tuple[str, str], Interval] = {}
    out = []
    for s in whole:
        earlier = [e for e in seen[s.key] if e.order() < s.order()]
        if s.increment and earlier:
            others = [e for e in earlier if e.report.group != s.report.group]
            s = replace(s, iv=_plus((others or earlier)[-1].iv, s.iv), partial=False)
            resolved[(s.report.id, s.key)] = s.iv
        seen[s.key].append(s)
        out.append(s)
    sides = [replace(s, iv=resolved[(s.report.id, s.key)], partial=False)
             if s.increment and (s.report.id, s.key) in resolved else s for s in sides]
    return out, sides


# ------------------------------------------------------------------------------ reconciling


@dataclass(frozen=True)
class _SideFigure:
    side: str
    camp: str
    iv: Interval
    current: _Stated
    stated: tuple[_Stated, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"side": self.side, "low": self.iv.low, "best": self.iv.best,
                "high": self.iv.high, "as_of": None if self.current.when == _LAST else self.current.when,
                "attribution": self.current.attribution, "doc_id": self.current.report.id,
                "articles": len({s.report.id for s in self.stated}),
                "sources": len({s.report.group for s in self.stated})}


def _current(stated: Sequence[_Stated]) -> _Stated:
    """The latest statement, except that a lower count of some subgroups only ("the bomber was
    killed") does not replace a total: it tells part of the toll, not a revision of it."""
    cur: _Stated | None = None
    for s in sorted(stated, key=_Stated.order):
        if cur is None or not (s.partial and (s.iv.best or 0) < (cur.iv.best or 0)):
            cur = s
    assert cur is not None
    return cur


def _latest(stated: Sequence[_Stated]) -> Interval:
    """The current figure; earlier lower bounds still raise its low, up to its best."""
    cur = _current(stated).iv
    best = cur.best or 0
    lows = [s.iv.low for s in stated if s.iv.low is not None]
    low = min(max(lows), best) if lows else cur.low
    return Interval(low, best, cur.high if cur.high is None else max(cur.high, best))


def _side_figure(side: str, camp: str, stated: list[_Stated]) -> _SideFigure:
    stated = sorted(stated, key=_Stated.order)
    return _SideFigure(side, camp, _latest(stated), _current(stated), tuple(stated))


def _disjoint(a: Interval, b: Interval) -> bool:
    if a.high is not None and b.low is not None and a.high < b.low:
        return True
    return b.high is not None and a.low is not None and b.high < a.low


def _held_against(low: _SideFigure, high: _SideFigure) -> bool:
    """Whether the lower side still gave its figure once the higher one was out (a dispute),
    rather than having been overtaken by a later, larger count (a rising toll)."""
    top = low.iv.high if low.iv.high is not None else low.iv.best or 0
    out = [s.time for s in high.stated if (s.iv.low if s.iv.low is not None else s.iv.best or 0) > top]
    return bool(out) and low.current.time >= min(out)


def _contested_keys(per_key: Mapping[str, Mapping[tuple[str, str], _SideFigure]], table: SideTable) -> set[str]:
    """Keys of figures that opposing sides contest (rule 5), with their categories' totals."""
    out: set[str] = set()
    items = [(k, f) for k, sides in per_key.items() for f in sides.values() if f.side != UNATTRIBUTED]
    classes: dict[tuple[str, str], set[str | None]] = defaultdict(set)
    for k, f in items:
        cat, sub = split_key(k)
        if sub is not None:
            classes[(cat, f.side)].add(table.subgroup_class(sub))
    for i, (ka, fa) in enumerate(items):
        cat_a, sub_a = split_key(ka)
        for kb, fb in items[i + 1:]:
            cat_b, sub_b = split_key(kb)
            if cat_a != cat_b or (fa.side, fa.camp) == (fb.side, fb.camp):
                continue
            if fa.side != fb.side:
                ca, cb = table.subgroup_class(sub_a), table.subgroup_class(sub_b)
                if (ca and cb and ca != cb and classes[(cat_a, fa.side)] == {ca}
                        and classes[(cat_b, fb.side)] == {cb} and _disjoint(fa.iv, fb.iv)):
                    out |= {ka, kb, cat_a}  # the same victims described differently
                    continue
                if ka == kb and (fa.iv.best == 0) != (fb.iv.best == 0):
                    out |= {ka, kb, cat_a}  # one denies what the other counts
                    continue
            if (ka == kb and table.opposed(fa.camp, fb.camp) and _disjoint(fa.iv, fb.iv)
                    and fa.current.others_victims() and fb.current.others_victims()):
                lo, hi = (fa, fb) if (fa.iv.best or 0) < (fb.iv.best or 0) else (fb, fa)
                if _held_against(lo, hi) or (lo.camp == GOVERNMENT and hi.camp != GOVERNMENT):
                    out.add(ka)  # the authorities' count and a higher one from those they oppose
    return out


def _spanned(sides: Sequence[_SideFigure]) -> Interval:
    """A contested figure: from the lowest side's low to the largest side's best and high."""
    best = max(f.iv.best or 0 for f in sides)
    lows = [f.iv.low for f in sides]
    low = None if None in lows else min(min(lows), best)  # type: ignore[type-var]
    highs = [f.iv.high for f in sides]
    high = None if None in highs else max(max(highs), best)  # type: ignore[type-var]
    return Interval(low, best, high)


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


def _timeline(key: str, reports: Sequence[Report], table: SideTable, cues: Cues,
              cache: dict[str, list[tuple[int, int]]]) -> list[dict[str, Any]]:
    cat, sub = split_key(key)
    pairs = [(r, c) for r in reports for c in _usable(r.claims, cues, r.text) if c.category == cat]
    mine = [(r, c) for r, c in pairs if c.subgroup == sub]
    if not mine and sub is None:
        mine = [(r, c) for r, c in pairs if c.parent is None]
    mine.sort(key=lambda rc: (rc[0].moment, rc[0].id, rc[1].start))
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
    whole: list[_Stated] = []
    by_side: list[_Stated] = []
    cues_of: dict[str, Cues] = {}
    for r in ordered:
        lang = (r.language or "en").split("-")[0].lower()
        lex = lexicon or lex_cache.get(lang)
        if lex is None:
            try:
                lex = lex_cache[lang] = load_lexicon(lang)
            except Exception:  # no lexicon for the language: the English rules still apply
                lex = lex_cache[lang] = load_lexicon("en")
        cues = cues_of.setdefault(lang, load_cues(lang))
        w, s = _report_figures(r, table, lex, cues)
        whole += w
        by_side += s
    whole, by_side = _resolve_increments(_date_copies(whole), _date_copies(by_side))
    per_report: dict[str, list[_Stated]] = defaultdict(list)
    for s in whole:
        per_report[s.key].append(s)
    grouped: dict[str, dict[tuple[str, str], list[_Stated]]] = defaultdict(lambda: defaultdict(list))
    for s in by_side:
        grouped[s.key][(s.side, s.camp)].append(s)
    per_key = {k: {sc: _side_figure(sc[0], sc[1], v) for sc, v in g.items()} for k, g in grouped.items()}
    contested = _contested_keys(per_key, table)
    cache: dict[str, list[tuple[int, int]]] = {}
    figures: list[Figure] = []
    for key in sorted(per_report, key=_key_order):
        sides_here = per_key.get(key, {})
        is_contested = key in contested and bool(sides_here)
        iv = _spanned(list(sides_here.values())) if is_contested else _latest(per_report[key])
        stated = per_report[key]
        timeline = _timeline(key, ordered, table, load_cues("en"), cache) if timelines else []
        cat, sub = split_key(key)
        figures.append(Figure(
            key=key, category=cat, subgroup=sub, low=iv.low, best=iv.best, high=iv.high,
            contested=is_contested, articles=len({s.report.id for s in stated}),
            sources=len({s.report.group for s in stated}),
            sides=tuple(f.to_dict() for _s, f in sorted(sides_here.items())),
            timeline=tuple(timeline), first=timeline[0] if timeline else None,
            latest=timeline[-1] if timeline else None))
    return figures
