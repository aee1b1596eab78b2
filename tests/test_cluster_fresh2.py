"""Four more self-written report sets (``fixtures/cluster/``), their gold events written before the
clusterer first saw them, clustered as ``ingest`` does (with each report's claims).

* ``wire_week2.jsonl`` (31 reports, 12 incidents): one week of wire stories, their syndicated
  copies and local rewrites in Nigeria, Colombia and the Philippines: bandit raids in two states on
  one Sunday, a market bombing and a mosque bombing in Maiduguri two days apart (the toll report
  of the first gives only the day officials spoke, the day of the second), a car bomb and an
  ambush on one day in neighbouring provinces, two shootings in Medellin and two in Cotabato City
  on one day (other neighbourhoods, other victims, other hours).
* ``follow_ups2.jsonl`` (28 reports, 13 events): funerals, charges, pleas, trials, sentences,
  inquests and arrests up to 13 months after a stabbing, a party shooting, a house fire, a
  hit-and-run and a church attack, in towns with short common names (Reading, Mobile, Bath, Derby,
  Jos); pieces marking their anniversaries, and other incidents in the same towns weeks later.
* ``acled_province.jsonl`` (24 coder's notes, 24 incidents): one day in Cabo Delgado, several
  notes per district, two per village (other hours, other deeds), protests in one city.
* ``two_languages.jsonl`` (20 reports, 8 incidents): each incident told in English and in
  Spanish, Portuguese, French, Italian, Russian or German; another incident the same day in the
  same province, and another in the same town nine days later.

First runs (B-cubed, before any change each led to):

* ``wire_week2``: P 0.774, R 1.000, F1 0.873: the two Maiduguri bombings were one event (the toll
  report dated on the day officials spoke; the two first reports two days apart, each stating its
  own day), and so were the two shootings in Medellin and the two in Cotabato City.
* ``follow_ups2``: P 1.000, R 0.836, F1 0.911: a sentence, an indictment and a jail term split from
  their incidents (each shares names only with other court reports of it).
* ``acled_province``: P 0.583, R 1.000, F1 0.737: notes naming other villages of other districts in
  one group of eight; two shootings and a clash in one village on one day; two protests in Pemba.
* ``two_languages``: P 0.933, R 0.933, F1 0.933: the English report of a bus attack in Mali apart
  from the French ones, which joined another attack in the same town nine days later.
"""
from __future__ import annotations

import random

import pytest

from newstally import extract_claims
from newstally.cluster import cluster_documents
from newstally.model import Document

from cluster_sets import b_cubed, event_of, events_in_three_runs, gold_events, records

SETS = ("wire_week2.jsonl", "follow_ups2.jsonl", "acled_province.jsonl", "two_languages.jsonl")
#: (set, incident) not yet one event, and why
KNOWN_SPLIT: dict[tuple[str, str], str] = {
}
#: sets with an event of two incidents, and why
KNOWN_MIXED: dict[str, str] = {
    SETS[0]: "two shootings in Medellin on one day: a funeral report of one names only the city and a day",
    SETS[2]: "a clash and two shootings in one village on one day, one of them at no stated hour",
}



def _doc(r: dict) -> Document:
    return Document(id=r["id"], text=r["text"], title=r["title"] or None, published=r["published"],
                    site=r["source"], language=r.get("language"))


_GOLD = {name: gold_events(name) for name in SETS}


@pytest.fixture(scope="module")
def reports() -> dict[str, list[tuple[Document, list]]]:
    out = {}
    for name in SETS:
        docs = [_doc(r) for r in records(name)]
        out[name] = [(d, extract_claims(d)) for d in docs]
    return out


def _cluster(items: list[tuple[Document, list]]) -> list[list[str]]:
    return cluster_documents([d for d, _ in items], {d.id: c for d, c in items})


@pytest.fixture(scope="module")
def clustered(reports) -> dict[str, list[list[str]]]:
    return {name: _cluster(items) for name, items in reports.items()}



@pytest.mark.parametrize("name, gold", [
    pytest.param(n, g, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_SPLIT[n, g])] if (n, g) in KNOWN_SPLIT else [])
    for n in SETS for g, ids in sorted(_GOLD[n].items()) if len(ids) > 1])
def test_the_reports_of_one_incident_are_one_event(clustered, name, gold):
    group = event_of(clustered[name])
    ids = _GOLD[name][gold]
    assert {i: group[i] for i in ids} == {i: group[ids[0]] for i in ids}


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MIXED[n])] if n in KNOWN_MIXED else [])
    for n in SETS])
def test_no_event_holds_two_incidents(clustered, name):
    gold_of = {i: g for g, ids in _GOLD[name].items() for i in ids}
    mixed = [sorted(g) for g in clustered[name] if len({gold_of[i] for i in g}) > 1]
    assert mixed == []


#: (precision, recall) floors, a little under the figures once fixed
FLOORS = {SETS[0]: (0.92, 0.97), SETS[1]: (0.97, 0.97), SETS[2]: (0.90, 0.97), SETS[3]: (0.95, 0.95)}


@pytest.mark.parametrize("name", SETS)
def test_b_cubed_on_the_whole_set(clustered, name):
    p, r = b_cubed(_GOLD[name], clustered[name])
    floor_p, floor_r = FLOORS[name]
    assert p >= floor_p and r >= floor_r


@pytest.mark.parametrize("name", SETS)
def test_any_order_gives_the_same_events(reports, clustered, name):
    items = list(reports[name])
    expected = {frozenset(g) for g in clustered[name]}
    rng = random.Random(13)
    for _ in range(2):
        rng.shuffle(items)
        assert {frozenset(g) for g in _cluster(items)} == expected


@pytest.mark.parametrize("name", SETS)
def test_three_runs_in_any_order_give_the_events_of_one_run(reports, clustered, name):
    assert events_in_three_runs(reports[name], 9) == {frozenset(g) for g in clustered[name]}
