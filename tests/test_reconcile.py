"""Reconciliation of an event's claims into figures: rules, sides, and properties."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstally.model import CATEGORIES, Claim
from newstally.reconcile import Report, reconcile, side_of, split_key


def claim(doc: str, best: int | None, *, category: str = "killed", low: int | None = None,
          high: int | None = None, exact: bool = True, subgroup: str | None = None,
          attribution: str | None = None, as_of: str | None = None, sentence: int = 0,
          negated: bool = False, hypothetical: bool = False, parent: int | None = None,
          start: int = 0) -> Claim:
    if exact:
        low = best if low is None else low
        high = best if high is None else high
    return Claim(doc_id=doc, category=category, low=low, best=best, high=high, subgroup=subgroup,
                 attribution=attribution, as_of=as_of, sentence=sentence, negated=negated,
                 hypothetical=hypothetical, parent=parent, text=f"{best} {category}", start=start,
                 end=start + 5)


def report(doc: str, *claims: Claim, published: str | None = None, group: str | None = None,
           site: str | None = None) -> Report:
    return Report(id=doc, claims=claims, published=published, source_group=group, site=site)


def figures(*reports: Report) -> dict:
    return {f.key: f for f in reconcile(reports)}


# ------------------------------------------------------------------------------------ sides


@pytest.mark.parametrize("attribution, side", [
    ("Azerbaijani authorities", "azerbaijan"),
    ("Azerbaijan's defence ministry", "azerbaijan"),
    ("Azerbaijani prosecutors", "azerbaijan"),
    ("an official of the region's Armenian administration", "armenia"),
    ("the army", "government"),
    ("The military", "government"),
    ("local authorities", "government"),
    ("police", "government"),
    ("a local rights group", "other"),
    ("the Karabakh human rights ombudsman", "other"),
    ("the ombudsman’s office", "other"),
    ("villagers", "other"),
    ("hospital officials", "other"),
    ("Gegham Stepanyan", "other"),
    (None, "unattributed"),
    ("", "unattributed"),
])
def test_side_of(attribution: str | None, side: str) -> None:
    assert side_of(attribution) == side


def test_split_key() -> None:
    assert split_key("killed") == ("killed", None)
    assert split_key("civilians_killed") == ("killed", "civilians")
    assert split_key("aid_workers_injured") == ("injured", "aid_workers")


# ------------------------------------------------------------------------------------ rules


def test_later_figure_from_same_side_supersedes_and_at_least_raises_low() -> None:
    f = figures(
        report("a", claim("a", 27, high=None, attribution="police", as_of="2023-09-20"), published="2023-09-20"),
        report("b", claim("b", 200, low=None, exact=False, high=200, attribution="the police",
                          as_of="2023-09-21"), published="2023-09-21"),
    )["killed"]
    assert (f.low, f.best, f.high) == (27, 200, 200)
    assert not f.contested
    assert [t["best"] for t in f.timeline] == [27, 200]
    assert f.first["best"] == 27 and f.latest["best"] == 200


def test_rising_toll_across_sides_is_not_a_dispute() -> None:
    f = figures(
        report("a", claim("a", 27, high=None, attribution="an Armenian official"), published="2023-09-20"),
        report("b", claim("b", 200, attribution="local authorities"), published="2023-09-21"),
    )["killed"]
    assert (f.low, f.best, f.high) == (200, 200, 200) and not f.contested
    assert {s["side"] for s in f.sides} == {"armenia", "government"}


def test_other_side_figure_kept_apart_never_averaged_or_subtracted() -> None:
    figs = figures(report(
        "b",
        claim("b", 10, subgroup="civilians", attribution="the human rights ombudsman", sentence=1),
        claim("b", 2, subgroup="civilians", attribution="Azerbaijani prosecutors", sentence=2, start=40),
        published="2023-09-21"))
    f = figs["civilians_killed"]
    assert (f.low, f.best, f.high) == (10, 10, 10)
    assert not f.contested
    assert {s["side"]: s["best"] for s in f.sides} == {"other": 10, "azerbaijan": 2}
    assert [(t["best"], t["attribution"]) for t in f.timeline] == [
        (10, "the human rights ombudsman"), (2, "Azerbaijani prosecutors")]


def test_opposing_sides_describing_the_same_victims_differently_contest() -> None:
    figs = figures(report(
        "r",
        claim("r", 3, subgroup="militants", attribution="The army", sentence=0),
        claim("r", 14, subgroup="civilians", attribution="a local rights group", sentence=1, start=50),
        published="2024-03-12"))
    assert figs["killed"].contested and figs["civilians_killed"].contested and figs["militants_killed"].contested
    k = figs["killed"]
    assert (k.low, k.best, k.high) == (3, 14, 14)  # spans the sides, never 17 and never 8.5
    assert {s["side"]: s["best"] for s in k.sides} == {"government": 3, "other": 14}


def test_a_denial_contests_a_count() -> None:
    figs = figures(report(
        "r",
        claim("r", 14, subgroup="civilians", attribution="villagers", sentence=0),
        claim("r", 0, subgroup="civilians", attribution="the army", negated=True, sentence=1, start=40)))
    assert figs["civilians_killed"].contested
    assert figs["civilians_killed"].best == 14 and figs["civilians_killed"].low == 0


def test_unattributed_never_contests() -> None:
    figs = figures(report(
        "r",
        claim("r", 3, subgroup="militants", attribution="the army"),
        claim("r", 14, subgroup="civilians", sentence=1, start=40)))
    assert not any(f.contested for f in figs.values())


def test_overlapping_figures_do_not_contest() -> None:
    figs = figures(report(
        "r",
        claim("r", 10, low=8, high=12, exact=False, subgroup="militants", attribution="the army"),
        claim("r", 11, subgroup="civilians", attribution="villagers", sentence=1, start=40)))
    assert not figs["killed"].contested


def test_syndicated_copies_count_as_articles_not_sources() -> None:
    f = figures(
        report("a", claim("a", 5), published="2024-01-01", site="Wire"),
        report("b", claim("b", 5), published="2024-01-01", group="a", site="Paper"),
        report("c", claim("c", 6), published="2024-01-02", site="Other"),
    )["killed"]
    assert f.articles == 3 and f.sources == 2


def test_negated_only_when_nothing_else() -> None:
    assert figures(report("a", claim("a", 0, negated=True)))["killed"].best == 0
    f = figures(report("a", claim("a", 0, negated=True)), report("b", claim("b", 4)))["killed"]
    assert f.best == 4


def test_hypothetical_claims_do_not_count() -> None:
    figs = figures(report("a", claim("a", 5000, hypothetical=True), claim("a", 3, sentence=1, start=30)))
    assert figs["killed"].best == 3


def test_undated_reports_come_last_in_the_timeline() -> None:
    f = figures(report("z", claim("z", 200)), report("y", claim("y", 27), published="2023-09-20"))["killed"]
    assert [t["best"] for t in f.timeline] == [27, 200]


# ------------------------------------------------------------------------------- properties

_ATTRS = [None, "the army", "police", "villagers", "a rights group", "Azerbaijani officials", "Armenian officials"]
_SUBS = [None, "civilians", "children", "militants", "soldiers"]


@st.composite
def _claims(draw: st.DrawFn, doc: str) -> list[Claim]:
    out = []
    for i in range(draw(st.integers(0, 4))):
        best = draw(st.integers(0, 500))
        shape = draw(st.sampled_from(["exact", "at least", "nearly", "range"]))
        low, high = {"exact": (best, best), "at least": (best, None), "nearly": (None, best),
                     "range": (max(0, best - 5), best + 5)}[shape]
        out.append(Claim(doc_id=doc, category=draw(st.sampled_from(CATEGORIES[:3])), low=low, best=best,
                         high=high, subgroup=draw(st.sampled_from(_SUBS)),
                         attribution=draw(st.sampled_from(_ATTRS)),
                         as_of=draw(st.sampled_from([None, "2023-09-19", "2023-09-20", "2023-09-21"])),
                         negated=best == 0 and draw(st.booleans()), sentence=draw(st.integers(0, 3)),
                         text="x", start=i * 10, end=i * 10 + 5))
    return out


@st.composite
def _reports(draw: st.DrawFn) -> list[Report]:
    n = draw(st.integers(1, 5))
    reps = []
    for i in range(n):
        doc = f"d{i}"
        group = draw(st.sampled_from([None] + [f"d{j}" for j in range(i)]))
        reps.append(Report(id=doc, claims=tuple(draw(_claims(doc))), source_group=group,
                           published=draw(st.sampled_from([None, "2023-09-20", "2023-09-21"]))))
    return reps


@settings(max_examples=150, deadline=None)
@given(_reports(), st.randoms(use_true_random=False))
def test_reconciliation_is_ordered_and_independent_of_input_order(reps: list[Report], rnd: random.Random) -> None:
    first = reconcile(reps)
    shuffled = list(reps)
    rnd.shuffle(shuffled)
    assert reconcile(shuffled) == first
    for f in first:
        assert f.best is not None
        assert f.low is None or f.low <= f.best
        assert f.high is None or f.best <= f.high
        assert f.sources <= f.articles
