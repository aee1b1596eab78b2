"""The events do not depend on the order reports arrive in, nor on how many runs they come in."""
from __future__ import annotations

import random

import pytest

from newstally.cluster import Clusterer, cluster_documents
from newstally.ledger import event_detail, ingest, list_events
from newstally.model import Document
from newstally.store import open_store

_W = "Lakeview Wire"


def _doc(i: str, day: str, title: str, text: str, site: str) -> Document:
    return Document(id=i, title=title, text=text, published=day, site=site)


_ORIGINAL = ("Gunmen killed nine villagers in an overnight raid on Karowa village in Dunsire district "
             "on Saturday, the district commissioner, Elias Brannock, said. Six people were wounded "
             "and several houses were burned.\n\nResidents said the attackers arrived on motorcycles "
             "and fired on people leaving a wedding. Troops were sent to the area on Sunday.")

REPORTS = [
    # one incident: a wire story, two copies (one without its last paragraph), a rewrite
    _doc("k1", "2031-03-02", "Gunmen kill nine in Karowa village raid", _ORIGINAL, _W),
    _doc("k2", "2031-03-02", "Nine killed as gunmen raid Karowa", "Home | World\n\n" + _ORIGINAL
         + "\n\nRead more\n\nFloods force 2,000 from homes in Tesmore", "dailyroundup.example"),
    _doc("k3", "2031-03-03", "Raid on Karowa village leaves nine dead", _ORIGINAL.split("\n\n")[0],
         "morningpost.example"),
    _doc("k4", "2031-03-03", "Karowa mourns nine killed in raid on wedding guests",
         "Villagers in Karowa, in Dunsire district, buried nine people killed when gunmen attacked "
         "wedding guests on Saturday night. Commissioner Elias Brannock said six wounded people were "
         "in hospital in Dunsire town.", "northernherald.example"),
    # the same day, the same kind of attack, another district: another incident
    _doc("t1", "2031-03-02", "Gunmen kill five in Tolvane district attack",
         "Gunmen killed five villagers in an overnight raid on Marsh Hill village in Tolvane district "
         "on Saturday, police said. Two people were wounded and several houses were burned.", _W),
    _doc("t2", "2031-03-03", "Five dead after raid on Marsh Hill",
         "Five people were killed when gunmen raided Marsh Hill village in Tolvane district late on "
         "Saturday, a police spokesman, Orrin Vale, said. Two others were wounded.", "morningpost.example"),
    # a follow-up months later joins the Karowa incident through its rare names
    _doc("k5", "2031-06-20", "Three charged over Karowa wedding raid",
         "Prosecutors charged three men with murder over the March raid on Karowa village in Dunsire "
         "district in which nine wedding guests were killed, commissioner Elias Brannock said.",
         "northernherald.example"),
    # an unrelated incident elsewhere
    _doc("f1", "2031-03-05", "Ferry fire on Lake Orsun injures 14",
         "Fourteen passengers were injured when fire broke out on a ferry crossing Lake Orsun on "
         "Wednesday, the port authority in Velmar said. All 230 passengers were rescued.", _W),
    _doc("f2", "2031-03-06", "Velmar ferry blaze: port authority orders inquiry",
         "The Velmar port authority ordered an inquiry into Wednesday's fire on a Lake Orsun ferry "
         "that injured 14 passengers. The ferry's operator said it would cooperate.",
         "coastnews.example"),
    # a piece marking the first anniversary is its own event
    _doc("k6", "2032-03-02", "A year after the Karowa wedding raid, villagers remember",
         "One year after gunmen killed nine wedding guests in Karowa village in Dunsire district, "
         "families gathered on Tuesday for a memorial service led by Elias Brannock.",
         "northernherald.example"),
]


def _events(groups) -> set[frozenset[str]]:
    return {frozenset(g) for g in groups}


def test_cluster_documents_ignores_input_order():
    expected = _events(cluster_documents(REPORTS))
    rng = random.Random(8)
    for _ in range(6):
        docs = REPORTS[:]
        rng.shuffle(docs)
        assert _events(cluster_documents(docs)) == expected


def test_the_fixture_events():
    events = _events(cluster_documents(REPORTS))
    assert frozenset({"k1", "k2", "k3", "k4", "k5"}) in events
    assert frozenset({"t1", "t2"}) in events
    assert frozenset({"f1", "f2"}) in events
    assert frozenset({"k6"}) in events


def test_a_report_joining_two_events_merges_them_whatever_the_order():
    """k4 alone may not be linked to k3; the union of links is what counts."""
    a = Clusterer()
    for d in REPORTS:
        a.add(d)
    b = Clusterer()
    for d in reversed(REPORTS):
        b.add(d)
    assert {frozenset(m) for m in a.events.values()} == {frozenset(m) for m in b.events.values()}
    assert a.events.keys() == b.events.keys()  # keys: the first report of each event


def _ledger(db: str, runs: list[list[Document]]):
    with open_store(db) as store:
        for run in runs:
            ingest(store, run)
    with open_store(db) as store:
        events = list_events(store)
        out = {}
        for e in events:
            detail = event_detail(store, e.id)
            members = frozenset(d["id"] for d in detail.documents)
            groups = frozenset(frozenset(d["id"] for d in detail.documents if d["source_group"] == g)
                               for g in {d["source_group"] for d in detail.documents})
            out[members] = (e.id, e.articles, e.independent_sources, groups)
        return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_three_runs_in_any_order_give_the_events_of_one_run(tmp_path, seed):
    one = _ledger(str(tmp_path / "one.db"), [REPORTS])
    docs = REPORTS[:]
    random.Random(seed).shuffle(docs)
    three = _ledger(str(tmp_path / "three.db"), [docs[:3], docs[3:7], docs[7:]])
    assert three == one
    # the wire story and its two copies are one source; k4 and k5 come from one site: another
    assert one[frozenset({"k1", "k2", "k3", "k4", "k5"})][1:3] == (5, 2)


def test_a_late_first_report_renames_nothing_but_the_event(tmp_path):
    """A report published before an event's first report arrives in a later run: the event's key
    becomes that report's id and every member follows."""
    first = [d for d in REPORTS if d.id != "k1"]
    got = _ledger(str(tmp_path / "late.db"), [first, [REPORTS[0]]])
    assert got == _ledger(str(tmp_path / "one.db"), [REPORTS])
    assert got[frozenset({"k1", "k2", "k3", "k4", "k5"})][0] == "k1"


def test_events_stored_by_an_older_version_go_on_growing(tmp_path):
    """An event whose stored state lacks its reports' features (an older version's) is rebuilt
    from its stored reports, and a later report joins it."""
    import json as _json

    import sqlalchemy as sa

    db = str(tmp_path / "old.db")
    with open_store(db) as store:
        ingest(store, [d for d in REPORTS if d.id in ("k1", "t1", "f1")])
        with store.engine.begin() as c:
            for eid, state in c.execute(sa.text("SELECT id, state FROM events")).all():
                old = {k: v for k, v in _json.loads(state).items() if k != "members"}
                c.execute(sa.text("UPDATE events SET state = :s WHERE id = :i"),
                          {"s": _json.dumps(old), "i": eid})
    with open_store(db) as store:
        ingest(store, [d for d in REPORTS if d.id == "k3"])
        detail = event_detail(store, "k1")
        assert {d["id"] for d in detail.documents} == {"k1", "k3"}
