"""One incident reported in several languages is one event; other incidents stay apart.

The fixture ``tests/fixtures/cluster/languages.jsonl`` (self-written) holds four incidents, each
reported in two to four of English, German and Russian, a syndicated German copy, and
distractors: the same day in another city, the same city nine days later.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstally import extract_claims
from newstally.cluster import Clusterer
from newstally.cluster.features import features
from newstally.cluster.score import linked
from newstally.cluster.settings import ClusterSettings
from newstally.model import Document

FIXTURE = Path(__file__).parent / "fixtures" / "cluster" / "languages.jsonl"


@pytest.fixture(scope="module")
def reports() -> list[tuple[Document, str, list]]:
    out = []
    for line in FIXTURE.read_text("utf-8").splitlines():
        r = json.loads(line)
        doc = Document(id=r["id"], text=r["title"] + "\n\n" + r["text"], title=r["title"],
                       published=r["published"], language=r["language"], site=r["site"])
        out.append((doc, r["event"], extract_claims(doc)))
    return out


@pytest.fixture(scope="module")
def clustered(reports: list) -> Clusterer:
    c = Clusterer()
    for doc, _event, claims in reports:
        c.add(doc, claims)
    return c


def test_events_across_languages(reports: list, clustered: Clusterer) -> None:
    got: dict[str, set[str]] = {}
    for doc, _event, _claims in reports:
        got.setdefault(clustered.event_of(doc.id), set()).add(doc.id)
    want: dict[str, set[str]] = {}
    for doc, event, _claims in reports:
        want.setdefault(event, set()).add(doc.id)
    assert sorted(map(sorted, got.values())) == sorted(map(sorted, want.values()))


def test_syndicated_copy_is_one_source_within_its_language(reports: list) -> None:
    s = ClusterSettings()
    feats = {doc.id: features(doc, claims, s) for doc, _e, claims in reports}
    assert linked(feats["k-de"], feats["k-de2"], s) == (True, True)  # a copy
    for other in ("k-en", "k-ru"):
        assert linked(feats["k-de"], feats[other], s) == (True, False)  # the same incident, another source


@pytest.mark.parametrize(("doc_id", "place"), [
    ("k-ru", "Kharkiv"), ("k-de", "Kharkiv"), ("m-ru", "Makhachkala"), ("p-ru", "Puebla"), ("t-de", "Tübingen"),
])
def test_places_resolve_in_every_language(reports: list, doc_id: str, place: str) -> None:
    doc, _e, claims = next(r for r in reports if r[0].id == doc_id)
    f = features(doc, claims, ClusterSettings())
    assert any(place.lower() in key.lower() for key in f.places + f.regions), f.places


def test_figures_are_read_in_every_language(reports: list) -> None:
    s = ClusterSettings()
    figs = {doc.id: features(doc, claims, s).figures for doc, _e, claims in reports}
    assert figs["k-en"]["killed"] == figs["k-de"]["killed"] == figs["k-ru"]["killed"] == 7
    assert figs["k-en"]["injured"] == figs["k-de"]["injured"] == figs["k-ru"]["injured"] == 21
