"""Incidents told by several reports over weeks and months (``fixtures/cluster/fresh_incidents*.jsonl``,
self-written, the gold grouping written before the clusterer first saw them).

Each incident's reports form one event: follow-ups (arrest, charges, plea, trial, sentence,
inquest, funeral, release) weeks or months later; names transliterated or misspelled (Mohammed /
Muhammad, Qaeda / Qaida, Mertz / Merz); a group named by its acronym in one report and in full in
another; one town spelled two or three ways (Kandahar / Qandahar, Baquba / Baqubah, Kharkiv /
Kharkov). Pieces marking an anniversary, another incident in the same town months later, and
other incidents on the same day in the same country are events of their own.

First runs (before any change each led to):

* ``fresh_incidents.jsonl`` (49 reports, 19 incidents): B-cubed P 1.000, R 0.810, F1 0.895: a
  town spelled two ways read as two towns, a group's acronym and full name and names
  transliterated two ways shared nothing, a chargesheet and a hostages' release were not read as
  an aftermath.
* ``fresh_incidents2.jsonl`` (29 reports, 15 incidents, written after the first set was clustered
  right): B-cubed P 0.945, R 0.966, F1 0.955: a city's district read by the gazetteer as a
  namesake elsewhere kept "Kharkov" from "Kharkiv", and a shooting in the same town months later
  joined a court case through the town's name alone ("No arrests have been made" read as an
  aftermath).
* ``fresh_citations.jsonl`` (25 headline citations, 10 incidents): B-cubed P 1.000, R 0.900,
  F1 0.947: a charge seven months later naming "the Bloomington mosque bombing" shared only the
  town's name (taken as no word of the incident) besides the target and the kind of attack; now
  a town's name counts when both name the target. Still apart: a verdict naming only "Minnesota
  mosque bombing" 16 months later, while the charge read "Illinois militia members" as placing
  Bloomington in Illinois.
* ``wire_week.jsonl`` (34 reports, 11 incidents in Pakistan in one week: two bombings in Peshawar
  three days apart, a shopkeeper shot there the morning of the first, same-day attacks in
  neighbouring districts, one bombing told with tolls of 12 to 17 and two spellings of its
  bazaar): B-cubed P 0.593, R 1.000, F1 0.745: the city's name carried every report of the week
  into one event, and closing clauses ("hours after a checkpoint attack in neighbouring Bannu")
  placed reports in the other incident's district.
* ``follow_ups.jsonl`` (36 reports, 12 events: vigils, funerals, charges, trials, inquests, arrests
  up to 14 months later; anniversary and memorial pieces; another tavern shooting, knife fight or
  bombing in the same city months later): B-cubed P 0.926, R 0.907, F1 0.916: the town's rare
  name was taken for a surname linking arrests to another bombing in the city.
* ``acled_day.jsonl`` (35 coder's notes, 32 incidents, most on one day in one city or district:
  Mogadishu, Culiacan, Beni, a Sagaing township, Maiduguri, Daraa): B-cubed P 0.263, R 1.000,
  F1 0.417: notes of one city's day shared their weight through its name and took the bonuses of
  headlines.
"""
from __future__ import annotations

import random

import pytest

from newstally.cluster import cluster_documents
from newstally.model import Document

from cluster_sets import b_cubed, event_of, events_in_three_runs, gold_events, records

SETS = ("fresh_incidents.jsonl", "fresh_incidents2.jsonl", "fresh_citations.jsonl",
        "wire_week.jsonl", "follow_ups.jsonl", "acled_day.jsonl")
#: (set, incident) not yet one event, and why
KNOWN_SPLIT = {
    (SETS[2], "C3"): "a state, a target and a kind of attack 16 months later",
}




def _docs(name: str) -> list[Document]:
    return [Document(id=r["id"], text=r["text"], title=r["title"], published=r["published"], site=r["source"])
            for r in records(name)]


@pytest.fixture(scope="module")
def clustered() -> dict[str, list[list[str]]]:
    return {name: cluster_documents(_docs(name)) for name in SETS}



_GOLD = {name: gold_events(name) for name in SETS}


@pytest.mark.parametrize("name, gold", [
    pytest.param(n, g, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_SPLIT[n, g])] if (n, g) in KNOWN_SPLIT else [])
    for n in SETS for g, ids in sorted(_GOLD[n].items()) if len(ids) > 1])
def test_the_reports_of_one_incident_are_one_event(clustered, name, gold):
    group = event_of(clustered[name])
    ids = _GOLD[name][gold]
    assert {i: group[i] for i in ids} == {i: group[ids[0]] for i in ids}


# (set, one incident, another): the same day and country, an anniversary, the same town months later
APART = [
    (SETS[0], "K", "G"),  # Kandahar market bombing / Ghazni checkpoint attack, the same Tuesday
    (SETS[0], "T", "M"),  # kidnapping near Timbuktu / landmine near Douentza, the same Sunday in Mali
    (SETS[0], "L", "B"),  # Leicester stabbing / Bradford stabbing, the same Saturday
    (SETS[0], "Z", "D"),  # Zanesville church shooting / Dayton bar shooting, the same Saturday in Ohio
    (SETS[0], "N", "S"),  # Monguno base attack / Kajuru school kidnapping, the same Sunday in Nigeria
    (SETS[0], "K", "K-anniv"),
    (SETS[0], "A", "A-anniv"),
    (SETS[0], "Z", "Z-anniv"),
    (SETS[0], "L", "L2"),  # another stabbing in Leicester three months later
    (SETS[1], "F", "X"),  # Fresno gurdwara arson / Sacramento nightclub shooting, the same day
    (SETS[1], "B1", "B2"),  # notes of one day in one province naming other villages
    (SETS[1], "B2", "B3"),
    (SETS[1], "B1", "B3"),
    (SETS[1], "K", "R"),  # Mandera quarry attack / Nakuru bus crash, the same Wednesday in Kenya
    (SETS[1], "J", "J-anniv"),
    (SETS[1], "H", "S"),  # Kharkiv school / Sumy apartment block, the same Thursday
    (SETS[1], "G", "G-anniv"),
    (SETS[1], "G", "G2"),  # another shooting in Grand Forks four months later
    (SETS[2], "C1", "C2"),  # Missoula clinic arson / Billings officer shot, the same day in Montana
    (SETS[2], "C3", "C6"),
    (SETS[2], "C7", "C8"),  # Baton Rouge ambush / Shreveport shootout, the same day in Louisiana
    # one country, one week: one city, other incidents; neighbouring districts, one day
    (SETS[3], "QK", "SK"),  # Peshawar bazaar bombing / a shopkeeper shot dead in the city, the same morning
    (SETS[3], "HY", "SK"),
    (SETS[3], "BN", "LM"),  # Bannu checkpoint / Lakki Marwat polio workers ("hours after ... in neighbouring Bannu")
    (SETS[3], "BN", "DI"),
    (SETS[3], "LM", "DI"),
    (SETS[3], "HY", "LK"),  # Peshawar police station / Landi Kotal ("hours after ... in nearby Peshawar")
    (SETS[3], "QT", "SW"),  # Quetta grenade / Swat van crash, the same Wednesday
    # months later: anniversaries, memorials, another incident of the kind in the same city
    (SETS[4], "TS", "TSA"),
    (SETS[4], "TS", "TSM"),
    (SETS[4], "TS", "TK"),  # a knife fight in Tampere nine months later
    (SETS[4], "DB", "DT"),  # another Durban tavern shooting five months later
    (SETS[4], "HL", "HLA"),
    (SETS[4], "MZ", "MX"),  # another bombing in Mazar-i-Sharif a month before the arrests
    (SETS[4], "SP", "SPA"),
    # notes of one day in one city or district
    (SETS[5], "mg1", "mg5"),  # a grenade at a police station / mortars at the airport, Mogadishu
    (SETS[5], "mg1", "mg8"),  # the same district: a grenade / soldiers exchanging fire at a checkpoint
    (SETS[5], "mg3", "mg4"),  # the same district: an elder shot in the morning / a base attacked at night
    (SETS[5], "mg2", "mg5"),
    (SETS[5], "cu1", "cu2"),  # Culiacan: a driver shot / bodies found
    (SETS[5], "cu3", "cu4"),
    (SETS[5], "be1", "be5"),  # Beni: a village massacre / a protest in town
    (SETS[5], "sg1", "sg4"),  # Tabayin township: an air strike / an administrator shot
    (SETS[5], "bo1", "bo4"),  # Maiduguri: a suicide bombing / a thief beaten to death
    (SETS[5], "dr1", "dr2"),  # Daraa: a commander shot / a roadside bomb
    (SETS[3], "QK", "HY"),  # two bombings in one city three days apart; a toll dated on the day officials spoke
    (SETS[5], "cu5", "cu6"),  # gunmen set fire to a pharmacy / an officer shot by gunmen
    pytest.param(SETS[5], "dr1", "dr4", marks=pytest.mark.xfail(
        strict=True, reason="two men shot dead by gunmen in one neighbourhood on one day")),
    (SETS[5], "sg2", "sg4"),  # an ambush and a shooting in one township on one day: little in common but the town
]


@pytest.mark.parametrize("name, one, other", APART)
def test_other_incidents_stay_apart(clustered, name, one, other):
    group = event_of(clustered[name])
    assert not {group[i] for i in _GOLD[name][one]} & {group[i] for i in _GOLD[name][other]}


#: (precision, recall) floors of the later sets, a little under their figures once fixed
FLOORS = {SETS[3]: (0.82, 0.97), SETS[4]: (0.97, 0.93), SETS[5]: (0.92, 0.97)}


@pytest.mark.parametrize("name", SETS)
def test_b_cubed_on_the_whole_set(clustered, name):
    p, r = b_cubed(_GOLD[name], clustered[name])
    floor_p, floor_r = FLOORS.get(name, (0.95, 0.93))
    assert p >= floor_p and r >= floor_r


@pytest.mark.parametrize("name", SETS)
def test_any_order_gives_the_same_events(clustered, name):
    docs = _docs(name)
    expected = {frozenset(g) for g in clustered[name]}
    rng = random.Random(21)
    for _ in range(2):
        rng.shuffle(docs)
        assert {frozenset(g) for g in cluster_documents(docs)} == expected


@pytest.mark.parametrize("name", SETS)
def test_three_runs_in_any_order_give_the_events_of_one_run(clustered, name):
    """Spellings of names and the gazetteer's readings of towns are kept with an event's stored
    state (a JSON round trip): reports arriving in later runs join as they would in one."""
    assert events_in_three_runs([(d, ()) for d in _docs(name)], 5) == {frozenset(g) for g in clustered[name]}
