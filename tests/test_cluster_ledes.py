"""A report's own incident is the one of its first paragraph: two incidents on the same day in
two cities stay apart even when a wire's headline or closing paragraph names the other one."""
from __future__ import annotations

import pytest

from newstally.cluster import cluster_documents
from newstally.model import Document


def _groups(*docs: Document) -> set[frozenset[str]]:
    return {frozenset(g) for g in cluster_documents(list(docs))}


# Two drone strikes on one day, in Odesa and in Dnipro; each wire ends with the other strike.
ODESA_LOCAL = Document(
    id="o1", site="blackseapost.example", published="2031-03-04T15:00:00Z",
    title="Drone hits grain warehouse in Odesa port, killing two",
    text="A drone struck a grain warehouse in the port of Odesa on Tuesday morning, killing two "
         "dock workers and injuring nine, the regional governor said.\n\nFirefighters put out the "
         "blaze by noon. The warehouse held wheat awaiting export.")
ODESA_WIRE = Document(
    id="o2", site="lanternwire.example", published="2031-03-05T08:00:00Z",
    title="Drone strike on Odesa warehouse kills three as Dnipro mourns its dead",
    text="ODESA, March 5 (Lantern) - The number of people killed by a drone strike on a grain "
         "warehouse in Odesa rose to three on Wednesday after an injured worker died in hospital, "
         "the regional governor said.\n\nNine people were injured in Tuesday's strike on the port.\n\n"
         "In Dnipro, a missile hit a bus station on Tuesday afternoon, killing five people, the "
         "city's mayor said.")
DNIPRO_LOCAL = Document(
    id="d1", site="riverbankdaily.example", published="2031-03-04T17:30:00Z",
    title="Missile hits Dnipro bus station, five dead",
    text="A missile struck the central bus station in Dnipro on Tuesday afternoon, killing five "
         "people and injuring 23, the mayor said.\n\nTwo buses were destroyed and the station's "
         "roof collapsed onto the waiting hall.")
DNIPRO_WIRE = Document(
    id="d2", site="northstarwire.example", published="2031-03-05T07:00:00Z",
    title="Five killed in missile strike on Dnipro bus station",
    text="DNIPRO, March 5 (Northstar) - A missile strike on the central bus station in Dnipro on "
         "Tuesday afternoon killed five people and injured 23, the mayor said.\n\nRescuers searched "
         "the collapsed waiting hall through the night.\n\nElsewhere, a drone killed two dock "
         "workers at a grain warehouse in Odesa, officials said.")


# A report whose first paragraph names a district of the city.
ODESA_DISTRICT = Document(
    id="o3", site="portnews.example", published="2031-03-04T16:00:00Z",
    title="Two killed as drone hits warehouse in Odesa port",
    text="Two dock workers were killed and nine injured when a drone hit a grain warehouse in "
         "the Odeskyi Raion port area of Odesa on Tuesday, officials said.\n\nThe wheat stored "
         "there burned for hours.")
# Reports whose own story links the two cities: the second paragraph names the other city.
WAVE_DNIPRO = Document(
    id="r1", site="eveningroundup.example", published="2031-03-04T20:00:00Z",
    title="Missile hits Dnipro bus station, five dead",
    text="A missile struck the central bus station in Dnipro on Tuesday afternoon, killing five "
         "people and injuring 23, the mayor said.\n\nThe strike came in the same wave of attacks "
         "that hit a grain warehouse in Odesa, killing two dock workers, the air force said.")
WAVE_ODESA = Document(
    id="o4", site="blackseapost.example", published="2031-03-04T21:00:00Z",
    title="Missile and drone wave kills five in Dnipro and two in Odesa",
    text="A drone struck a grain warehouse in the port of Odesa on Tuesday, killing two dock "
         "workers, in the same wave of attacks in which a missile hit the central bus station in "
         "Dnipro, killing five people, the air force said.")
# "Osmania" (a hospital in Hyderabad) is also read as Osmaniye in Turkey: the report is about
# India, so that reading is not the place of its incident.
WALL_LATER = Document(
    id="h1", site="deccanline.example", published="2031-06-03T12:00:00Z",
    title="Second labourer dies after wall collapse at building site",
    text="A second labourer hurt when a half-built wall fell on workers at a building site on "
         "Monday died at Osmania General Hospital on Tuesday, police said.\n\nBoth men were "
         "migrant workers from Bihar employed by a Telangana builder.")
WALL_FIRST = Document(
    id="h2", site="cityreporter.example", published="2031-06-02T15:00:00Z",
    title="Wall collapse at Hyderabad building site injures four",
    text="A half-built wall collapsed on workers at a building site in Hyderabad on Monday, "
         "injuring four labourers, police said.\n\nThe injured were taken to hospital, where one "
         "was in a critical condition.")

#: (reports, the events they form)
CASES = [
    pytest.param((ODESA_LOCAL, ODESA_WIRE, DNIPRO_LOCAL, DNIPRO_WIRE), [{"o1", "o2"}, {"d1", "d2"}],
                 id="same-day strikes in two cities stay apart despite closing paragraphs"),
    pytest.param((ODESA_WIRE, DNIPRO_LOCAL), [{"o2"}, {"d1"}],
                 id="a headline naming the other city does not link the incidents"),
    pytest.param((ODESA_LOCAL, ODESA_DISTRICT), [{"o1", "o3"}],
                 id="a report whose lede names a district of the city joins the city report"),
    pytest.param((WAVE_DNIPRO, WAVE_ODESA), [{"r1", "o4"}],
                 id="a report linking the two cities in its story is not kept apart"),
    pytest.param((WALL_LATER, WALL_FIRST), [{"h1", "h2"}],
                 id="a namesake abroad in the first paragraph is not the report's place"),
]


@pytest.mark.parametrize("docs, events", CASES)
def test_the_events_of_first_paragraphs(docs, events):
    assert _groups(*docs) == {frozenset(e) for e in events}


def test_a_demonym_before_city_is_not_the_name_of_a_town():
    from newstally.cluster.features import named_areas

    specific, general, local = named_areas(
        "A fire gutted a market in the eastern Bolivian city of Santa Cruz, and a Nigerian town "
        "council met in the Pakistani Kurram district.")
    assert "n:bolivian" not in specific | general and "n:nigerian" not in specific | general
    assert "n:santa cruz" in specific | general
    assert "n:kurram" in local


def test_two_runs_in_either_order_keep_the_two_cities_apart(tmp_path):
    """The first-paragraph places are kept with an event's stored state: a wire arriving in a
    later run is still kept apart from the other city's event."""
    from newstally.ledger import event_detail, ingest, list_events
    from newstally.store import open_store

    def events(db: str, runs: list[list[Document]]) -> set[frozenset[str]]:
        with open_store(db) as store:
            for run in runs:
                ingest(store, run)
        with open_store(db) as store:
            return {frozenset(d["id"] for d in event_detail(store, e.id).documents)
                    for e in list_events(store)}

    want = {frozenset({"o1", "o2"}), frozenset({"d1", "d2"})}
    assert events(str(tmp_path / "a.db"), [[ODESA_LOCAL, DNIPRO_LOCAL], [ODESA_WIRE, DNIPRO_WIRE]]) == want
    assert events(str(tmp_path / "b.db"), [[DNIPRO_WIRE, ODESA_WIRE], [DNIPRO_LOCAL], [ODESA_LOCAL]]) == want


def test_first_paragraphs_naming_towns_of_one_district_are_not_other_places():
    from newstally.cluster.features import features
    from newstally.cluster.score import _other_ledes
    from newstally.cluster.settings import ClusterSettings

    s = ClusterSettings()

    def lede(i: str, town: str) -> Document:
        return Document(id=i, site=f"{i}.example", published="2031-04-07T18:00:00Z",
                        title="Drone hits fuel depot, two dead",
                        text=f"A drone struck a fuel depot in {town} on Monday evening, killing two "
                             "workers, the regional administration said.\n\nThe fire burned all night.")

    merefa, kharkiv, odesa = (features(lede(i, t), (), s) for i, t in
                              (("m", "Merefa"), ("k", "Kharkiv"), ("o", "Odesa")))
    assert not _other_ledes(merefa, kharkiv, s)  # both in Kharkiv Raion
    assert _other_ledes(merefa, odesa, s) and _other_ledes(kharkiv, odesa, s)
    # the province both name is context: towns of other districts in it are other places
    bannu, lakki = (features(lede(i, t), (), s) for i, t in
                    (("b", "Bannu, Khyber Pakhtunkhwa province,"),
                     ("l", "Lakki Marwat, Khyber Pakhtunkhwa province,")))
    assert _other_ledes(bannu, lakki, s)
