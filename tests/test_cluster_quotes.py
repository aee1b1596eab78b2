"""A statement quoted word for word by independent reports does not make them copies."""
from __future__ import annotations

from newstally.cluster import Clusterer
from newstally.model import Document

_STATEMENT = ("\"Forty-two fire engines and eleven ambulances were sent to the depot, and the injured "
              "were taken to Harwick General Hospital and the Saint Brendan clinic,\" the regional fire "
              "service said in a statement.")


def _groups(*docs: Document) -> dict[str, str]:
    c = Clusterer()
    for d in docs:
        c.add(d)
    [(_key, members)] = c.events.items()
    return c.groups(c._root(members[0]))


def test_short_reports_sharing_a_long_quote_are_separate_sources():
    local = Document(
        id="q1", site="harwickherald.example", published="2031-05-11T18:00:00Z",
        title="Harwick Bay depot fire: toll rises to seven",
        text="The number of people killed in a fire at the Harwick Bay bus depot rose to seven on "
             "Sunday evening, the regional fire service said, and 23 people were injured.\n\n"
             + _STATEMENT + "\n\nThe town council said it would open a help line for relatives.")
    capital = Document(
        id="q2", site="capitalpost.example", published="2031-05-12T09:00:00Z",
        title="Driver held after Harwick Bay bus depot fire",
        text="Police in Harwick Bay on Monday detained the driver of the coach where Sunday's depot "
             "fire began; the fire killed seven people, the regional fire service said.\n\n"
             "Twenty-three people were injured. " + _STATEMENT + "\n\nInvestigators said the coach's "
             "fuel line had been reported faulty a week earlier.")
    groups = _groups(local, capital)
    assert set(groups) == {"q1", "q2"}  # one event
    assert groups["q1"] != groups["q2"]  # two sources


def test_a_copy_of_a_report_full_of_quotes_is_still_a_copy():
    text = ("Seven people were killed in a fire at the Harwick Bay bus depot on Sunday evening, the "
            "regional fire service said.\n\n" + _STATEMENT + "\n\n\"We will not rest until we know how "
            "this happened,\" the regional governor said.\n\nThe depot will stay closed while "
            "investigators work.")
    wire = Document(id="c1", site="wire.example", published="2031-05-11T19:00:00Z",
                    title="Seven killed in Harwick Bay bus depot fire", text=text)
    copy = Document(id="c2", site="digest.example", published="2031-05-12T06:00:00Z",
                    title="Bus depot fire kills seven", text="World > Europe\n\n" + text
                    + "\n\nSource: Wire\n\nLeave a Reply")
    groups = _groups(wire, copy)
    assert groups["c1"] == groups["c2"]
