"""Syndicated copies are one source; independently written reports are separate sources."""
from __future__ import annotations

from newstally.cluster import Clusterer
from newstally.model import Document

_P1 = ("A fire swept through a crowded bus depot in the town of Harwick Bay on Sunday evening, "
       "killing seven people and injuring 23, the regional fire service said.")
_P2 = ("Firefighters from three stations fought the blaze for more than four hours before bringing it "
       "under control. The cause of the fire was not yet known, fire chief Dora Pellham said.")
_P3 = ("Witnesses said flames spread quickly from a parked coach to the ticket hall, where dozens of "
       "passengers were waiting for the last departures of the day to the coast.")
_P4 = ("The depot, opened in 1968, was due to be rebuilt next year. The town council said it would "
       "open a help line for relatives on Monday morning.")
_QUOTE = ("\"We will not rest until we know how this happened and who is responsible,\" the regional "
          "governor, Amos Treller, said in a statement.")
_WIRE = "\n\n".join([_P1, _P2, _P3, _QUOTE, _P4])


def _doc(i: str, site: str, title: str, text: str, published: str = "2031-05-11") -> Document:
    return Document(id=i, title=title, text=text, site=site, published=published)


def _sources(docs: list[Document]) -> tuple[set[str], dict[str, str]]:
    c = Clusterer()
    for d in docs:
        c.add(d)
    [(_key, members)] = c.events.items()
    root = c._root(members[0])
    return set(members), c.groups(root)


def test_copies_of_a_wire_story_are_one_source():
    docs = [
        _doc("w", "wire.example", "Seven killed in Harwick Bay bus depot fire", _WIRE),
        # a plain copy with a new headline and site furniture around it
        _doc("c1", "copysite.example", "Bus depot blaze kills 7",
             "Home > News > World\n\nBy Staff | 11 May 2031\n\n" + _WIRE
             + "\n\nRead more\n\nStorm cuts power to 40,000 homes\n\nLeave a Reply\n\n© 2031 Copysite",
             "2031-05-12"),
        # a copy without the last paragraph
        _doc("c2", "digest.example", "Harwick Bay: seven dead in depot fire",
             "\n\n".join([_P1, _P2, _P3, _QUOTE])),
        # the agency's write-through: a new first paragraph, the rest as before
        _doc("c3", "wire2.example", "Toll in Harwick Bay bus depot fire rises to nine",
             "The death toll from a fire at a bus depot in Harwick Bay rose to nine on Monday after "
             "two of the injured died in hospital, the regional fire service said.\n\n"
             + "\n\n".join([_P2, _P3, _QUOTE, _P4]), "2031-05-12"),
        # a copy whose first sentence was reworded
        _doc("c4", "pulse.example", "Harwick Bay depot fire",
             "Seven people died and 23 were hurt when fire tore through a busy bus depot in Harwick Bay "
             "on Sunday evening, according to the regional fire service.\n\n"
             + "\n\n".join([_P2, _P3, _QUOTE, _P4])),
    ]
    members, groups = _sources(docs)
    assert members == {"w", "c1", "c2", "c3", "c4"}
    assert len(set(groups.values())) == 1  # keyed by the first report (by day, then id)


def test_independent_reports_quoting_the_same_sentence_are_separate_sources():
    own = _doc("i1", "localnews.example", "Harwick Bay mourns seven killed in depot fire",
               "Seven people were killed and 23 hurt on Sunday evening when a blaze engulfed the bus "
               "depot in Harwick Bay, the fire service said.\n\n" + _QUOTE + "\n\nLocal shopkeeper "
               "Nell Ambry said she saw black smoke over the harbour and heard sirens for hours. The "
               "depot will stay closed while investigators work.")
    other = _doc("i2", "capitalpost.example", "Governor orders inquiry into Harwick Bay bus depot fire",
                 "The governor ordered an inquiry on Monday into the fire that killed seven people at a "
                 "bus depot in Harwick Bay on Sunday.\n\n" + _QUOTE + "\n\nOpposition members asked "
                 "why the depot's fire alarms had not been inspected since 2027.", "2031-05-12")
    wire = _doc("w", "wire.example", "Seven killed in Harwick Bay bus depot fire", _WIRE)
    members, groups = _sources([own, other, wire])
    assert members == {"i1", "i2", "w"}
    assert len(set(groups.values())) == 3


def test_a_site_never_has_two_independent_reports_of_one_event():
    first = _doc("s1", "localnews.example", "Harwick Bay bus depot fire kills seven", _P1 + "\n\n" + _P2)
    update = _doc("s2", "localnews.example", "Names released of seven killed in Harwick Bay fire",
                  "Police on Tuesday named the seven people killed when fire swept through the Harwick "
                  "Bay bus depot on Sunday. Fire chief Dora Pellham said the blaze began in a parked "
                  "coach.", "2031-05-13")
    members, groups = _sources([first, update])
    assert members == {"s1", "s2"}
    assert groups == {"s1": "s1", "s2": "s1"}


def test_identical_undated_copies_are_one_source():
    # a scraped copy often loses its date: two undated copies of one text are still one source
    docs = [_doc("u1", "first.example", "Seven killed in Harwick Bay bus depot fire", _WIRE, None),
            _doc("u2", "second.example", "Seven killed in Harwick Bay bus depot fire", _WIRE, None)]
    members, groups = _sources(docs)
    assert members == {"u1", "u2"}
    assert len(set(groups.values())) == 1
