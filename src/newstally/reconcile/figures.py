"""Reconciling an event's figures from its reports' claims (the rules: docs/reconcile.md)."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..model import CATEGORIES, Claim, Figure, Interval
from .claims import Cues, after_claim, before_claim, load_cues, usable_claims
from .people import distinct_people, person_keys
from .report import LAST, Report, figure_key, split_key
from .sides import GOVERNMENT, UNATTRIBUTED, SideTable, load_sides


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
    added: tuple[int, ...] = ()  # the report's "N more" figures for the category, used or not
    partial: bool = False  # a total made of subgroup counts only ("two children", "the bomber")
    classes: frozenset[str | None] = frozenset()  # subgroup classes of the victims counted
    vague: bool = False  # only vague amounts ("dozens", "several")

    def others_victims(self) -> bool:
        """Whether the figure may count the other side's dead: a total, or combatants only. A
        party's count of civilians alone is mostly its own ("on our side of the line")."""
        return (not self.partial and None in self.classes) or self.classes == {"combatants"}

    def order(self) -> tuple[str, str, int, str]:
        return (self.time, self.report.moment, self.iv.best or 0, self.report.id)


def _split_increments(claims: Sequence[Claim], cues: Cues
                      ) -> tuple[list[Claim], set[str], dict[str, tuple[int, ...]]]:
    """The claims to summarise, the categories the report gives only as increments, and the
    increments of each category (also those left out because the report states a toll)."""
    out: list[Claim] = []
    only: set[str] = set()
    added: dict[str, tuple[int, ...]] = {}
    for cat in CATEGORIES:
        cs = [c for c in claims if c.category == cat]
        inc = [c for c in cs if cues.increment_claim(c)]
        rest = [c for c in cs if not cues.increment_claim(c)]
        added[cat] = tuple(sorted(c.best or 0 for c in inc))
        if any(not c.negated for c in rest) or not inc:
            out += rest
        else:
            out += inc
            only.add(cat)
    return out, only, added


def _report_figures(report: Report, table: SideTable, lex: Any, cues: Cues
                    ) -> tuple[list[_Stated], list[_Stated]]:
    """(the report's figure per key, each side's figure per key) as stated, not yet dated."""
    from ..extract.summary import summarize_claims

    claims, increments, added = _split_increments(usable_claims(report.claims, cues, report.text), cues)
    if not claims:
        return [], []
    parts = {id(c) for c in claims if not c.in_title and cues.subset(c, before_claim(report.text, c)) == "among"}
    in_care = {id(c) for c in claims if not c.in_title and cues.still_in_care(c, after_claim(report.text, c))}

    def stated(side: str, camp: str, mine: list[Claim]) -> list[_Stated]:
        figs = dict(summarize_claims(lex, report.id, mine, report.text).figures)
        if any(id(c) in parts for c in mine):  # "among the dead were ...": subgroups, not the total
            totals = summarize_claims(lex, report.id, [c for c in mine if id(c) not in parts], report.text).figures
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
            when = max(dates) if dates else (report.date or LAST)
            named = [c.attribution for c in about if c.attribution]
            counted = [c for c in about if not c.negated and (sub is not None or id(c) not in parts)] or about
            partial = sub is None and all(c.subgroup is not None or id(c) in in_care for c in counted)
            classes = frozenset(table.subgroup_class(c.subgroup) for c in counted)
            vague = all(_vague(c) for c in counted)
            out.append(_Stated(key, side, camp, iv, when[:10], report.moment, report, named[0] if named else None,
                               cat in increments, added.get(cat, ()) if sub is None else (), partial, classes,
                               vague))
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
    group may already include them), else the group's own latest. When an earlier report told
    the same news ("two more bodies") together with a toll, that toll is the figure: a later
    retelling is no new victims.
    """
    whole = sorted(whole, key=_Stated.order)
    seen: dict[str, list[_Stated]] = defaultdict(list)
    resolved: dict[tuple[str, str], Interval] = {}
    out = []
    for s in whole:
        earlier = [e for e in seen[s.key] if e.order() < s.order()]
        if s.increment and earlier:
            told = [e for e in earlier if not e.increment and s.added and e.added == s.added]
            others = [e for e in earlier if e.report.group != s.report.group]
            iv = told[-1].iv if told else _plus((others or earlier)[-1].iv, s.iv)
            s = replace(s, iv=iv, partial=False)
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
                "high": self.iv.high, "as_of": None if self.current.when == LAST else self.current.when,
                "attribution": self.current.attribution, "doc_id": self.current.report.id,
                "articles": len({s.report.id for s in self.stated}),
                "sources": len({s.report.group for s in self.stated})}


def _vague(c: Claim) -> bool:
    from ..extract.numbers import VAGUE

    q = (c.qualifier or "").lower()
    return q in VAGUE or q.removesuffix(" of") in VAGUE


def _current(stated: Sequence[_Stated]) -> _Stated:
    """The latest statement, except that a lower count of some subgroups only ("the bomber was
    killed") does not replace a total: it tells part of the toll, not a revision of it; and a
    vague amount ("dozens") never replaces a number: a number replaces it."""
    cur: _Stated | None = None
    for s in sorted(stated, key=_Stated.order):
        if cur is None or not ((s.partial and (s.iv.best or 0) < (cur.iv.best or 0)) or (s.vague and not cur.vague)):
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
    from ..extract.sentences import split_sentences

    spans = cache.get(report.id)
    if spans is None:
        spans = cache[report.id] = [(s.start, s.end) for s in split_sentences(report.text, report.language)]
    for start, end in spans:
        if start <= claim.start < end:
            return report.text[start:max(end, claim.end)]
    return claim.text


def _timeline(key: str, reports: Sequence[Report], table: SideTable, cues: Mapping[str, Cues],
              cache: dict[str, list[tuple[int, int]]]) -> list[dict[str, Any]]:
    cat, sub = split_key(key)
    pairs = [(r, c) for r in reports for c in usable_claims(r.claims, cues[r.id], r.text) if c.category == cat]
    mine = [(r, c) for r, c in pairs if c.subgroup == sub]
    if not mine and sub is None:
        mine = [(r, c) for r, c in pairs if c.parent is None]
    mine.sort(key=lambda rc: (rc[0].moment, rc[0].id, rc[1].start))
    return [{"doc_id": r.id, "source_group": r.group, "site": r.site, "published": r.published,
             "as_of": c.as_of or r.date, "attribution": c.attribution, "side": table.side(c.attribution),
             "subgroup": c.subgroup, "low": c.low, "best": c.best, "high": c.high,
             "qualifier": c.qualifier, "negated": c.negated, "text": c.text,
             "quote": _sentence(r, c, cache), "start": c.start, "end": c.end} for r, c in mine]


def _with_named(iv: Interval, people: int) -> Interval:
    """The figure, raised to the number of different people named one by one across the
    reports (arrests over several days: :mod:`.people`)."""
    if people <= (iv.best or 0):
        return iv
    return Interval(max(iv.low or 0, people) if iv.low is not None else people, people,
                    None if iv.high is None else max(iv.high, people))


def _key_order(key: str) -> tuple[int, int, str]:
    cat, sub = split_key(key)
    return (CATEGORIES.index(cat) if cat in CATEGORIES else len(CATEGORIES), sub is not None, sub or "")


def _overtaken_parts(per_report: Mapping[str, Sequence[_Stated]], contested: set[str]) -> list[str]:
    """Subgroup keys whose figure is larger than their category's total and older than the
    statement the total stands on: 'ordered 30,000 residents to evacuate', then a later report's
    'about 18,000 people had been evacuated': the later total replaces its parts too, so 30,000
    residents is no figure beside 18,000 people."""
    out = []
    for key, stated in per_report.items():
        cat, sub = split_key(key)
        if sub is None or key in contested or cat in contested or cat not in per_report:
            continue
        total, part = _current(per_report[cat]), _current(stated)
        if (part.iv.best or 0) > (total.iv.best or 0) and part.order()[:2] < total.order()[:2]:
            out.append(key)
    return out


_CLAUSE_END = re.compile(r"[.!?;][\"')\u201d\u2019]*\s+|\n")


def _found_dead(report: Report, lex: Any, cues: Cues) -> bool:
    """Whether the report tells of its dead as bodies found ('divers recovered four more bodies',
    'two more victims were found dead'): a word of ``found_words`` in the clause of each of its
    counted deaths."""
    text = report.text or ""
    dead = [c for c in usable_claims(report.claims, cues, report.text) if c.category == "killed" and not c.negated]
    if not text or not dead:
        return False
    words = lex.grammar.found_words

    def clause(c: Claim) -> set[str]:
        before = _CLAUSE_END.split(text[max(0, c.start - 80):c.start])[-1]
        after = _CLAUSE_END.split(text[c.end:c.end + 80])[0]
        return set(re.findall(r"[^\W\d_]+", f"{before} {c.text} {after}".lower()))

    return all(clause(c) & words for c in dead)


def _missing_less_found(per_report: Mapping[str, Sequence[_Stated]], lex: Mapping[str, Any],
                        cues: Mapping[str, Cues]) -> Interval | None:
    """The missing figure once later reports told of bodies found: 'about 20 missing' on Monday,
    then on Tuesday 'divers recovered four more bodies, bringing the toll to 9' (5 dead before):
    20 - 4 = 16 still missing. Only the rises of the toll after the latest missing figure that
    their reports tell as bodies found count ('two more died in hospital' are other people), and
    only when the dead found are no more than the missing (more are not all of the missing).
    None: no change."""
    missing, killed = per_report.get("missing"), per_report.get("killed")
    if not missing or not killed:
        return None
    m = _current(missing)
    when = m.order()[:2]
    before = [s for s in killed if s.order()[:2] <= when]
    later = sorted((s for s in killed if s.order()[:2] > when), key=_Stated.order)
    if not later or not m.iv.best:
        return None
    toll = (_current(before).iv.best or 0) if before else 0
    gone = 0
    for s in later:
        rise = (s.iv.best or 0) - toll
        if rise > 0 and _found_dead(s.report, lex[s.report.id], cues[s.report.id]):
            gone += rise  # (a rise told otherwise, 'two more died in hospital', is of other people)
        toll = max(toll, s.iv.best or 0)
    if not gone or gone > m.iv.best:
        return None
    iv = _latest(missing)
    return Interval(None if iv.low is None else max(0, iv.low - gone), max(0, (iv.best or 0) - gone),
                    None if iv.high is None else max(0, iv.high - gone))


def reconcile(reports: Iterable[Report], *, sides: SideTable | None = None,
              lexicon: Any = None, timelines: bool = True) -> list[Figure]:
    """The reconciled figures of one event's reports, totals first, in category order.

    The result does not depend on the order of ``reports``; report ids should be unique.
    ``timelines=False`` leaves ``timeline``, ``first`` and ``latest`` empty (faster).
    """
    from ..extract.lexicon import load_lexicon

    table = sides or load_sides()
    uniq = {r.id: r for r in sorted(reports, key=lambda r: r.id, reverse=True)}
    ordered = sorted(uniq.values(), key=lambda r: r.id)
    lex_cache: dict[str, Any] = {}
    whole: list[_Stated] = []
    by_side: list[_Stated] = []
    cues_of: dict[str, Cues] = {}  # per report id
    lex_of: dict[str, Any] = {}  # per report id
    named: dict[str, list] = defaultdict(list)  # category -> person keys of the people named one by one
    for r in ordered:
        lang = (r.language or "en").split("-")[0].lower()
        lex = lexicon or lex_cache.get(lang)
        if lex is None:
            try:
                lex = lex_cache[lang] = load_lexicon(lang)
            except Exception:  # no lexicon for the language: the English rules still apply
                lex = lex_cache[lang] = load_lexicon("en")
        cues = cues_of[r.id] = load_cues(lang)
        lex_of[r.id] = lex
        w, s = _report_figures(r, table, lex, cues)
        for c in usable_claims(r.claims, cues, r.text):
            if c.category in cues.named_categories:
                named[c.category].append(person_keys(c, lex, cues.anonymous, after_claim(r.text, c), cues.ages))
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
    for key in _overtaken_parts(per_report, contested):
        per_report.pop(key)
    for key in sorted(per_report, key=_key_order):
        sides_here = per_key.get(key, {})
        is_contested = key in contested and bool(sides_here)
        iv = _spanned(list(sides_here.values())) if is_contested else _latest(per_report[key])
        if key in named and not is_contested:
            iv = _with_named(iv, distinct_people(named[key]))
        if key == "missing" and not is_contested and "killed" not in contested:
            iv = _missing_less_found(per_report, lex_of, cues_of) or iv
        stated = per_report[key]
        timeline = _timeline(key, ordered, table, cues_of, cache) if timelines else []
        cat, sub = split_key(key)
        figures.append(Figure(
            key=key, category=cat, subgroup=sub, low=iv.low, best=iv.best, high=iv.high,
            contested=is_contested, articles=len({s.report.id for s in stated}),
            sources=len({s.report.group for s in stated}),
            sides=tuple(f.to_dict() for _s, f in sorted(sides_here.items())),
            timeline=tuple(timeline), first=timeline[0] if timeline else None,
            latest=timeline[-1] if timeline else None))
    return figures
