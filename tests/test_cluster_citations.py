"""How citations and headlines of one incident relate: the words, names and days they share
even when they share little else (self-written headlines; no outlet's text)."""
from __future__ import annotations

import pytest

from newstally.cluster import cluster_documents
from newstally.cluster.features import compound_parts
from newstally.model import Document


def _together(*docs: Document) -> bool:
    return len(cluster_documents(list(docs))) == 1


def _cite(i: str, day: str, title: str, outlet: str = "Valley Courier") -> Document:
    """A bibliographic citation: the headline is all there is of the report."""
    return Document(id=i, title=title, text=f'"{title}," {outlet}, {day}.', published=day, site=outlet)


@pytest.mark.parametrize("word, parts", [
    ("Vartani-American", ["Vartani", "American"]),
    ("Muslim-owned", ["Muslim", "owned"]),
    ("e-mail", ["e-mail"]),  # English writes it as one word
    ("firebomb", ["firebomb"]),
])
def test_a_hyphenated_compound_is_its_words(word, parts):
    assert compound_parts(word) == parts


_M = "Metro Ledger"
_ROUNDUP = ("r1", "2031-05-05", "News in brief from Northern California", "Wire Service")
_YAZIDI = ("f1", "2031-01-15", "Yazidi shop owner says police ignored hate crime")
_LIBRARY = ("q1", "2031-03-10", "Man who set fire at county library 'wanted to start a war,' police say")
_ABRIN = ("p1", "2031-02-03", "Letter laced with abrin poison found in town hall mailroom")

#: (first citation, second citation, one incident?): each as ``_cite``'s arguments
PAIRS = [
    pytest.param(("c1", "2031-06-04", "Vartani-American offices are struck by firebombers"),
                 ("c2", "2031-06-04", "Vartani exile groups' headquarters attacked in Selby", _M), True,
                 id="a hyphenated name shares its words with the other headline"),
    pytest.param(("c1", "2031-06-04", "Vartani-American offices are struck by firebombers"),
                 ("c2", "2031-06-04", "American tourists robbed of passports at Selby hotel", _M), False,
                 id="the ordinary word of a hyphenated name links nothing"),
    pytest.param(_ROUNDUP, ("r2", "2031-05-05", "Incendiary device left at Holloway Auto Center"), True,
                 id="a round-up of the day joins the headline of that day"),
    pytest.param(_ROUNDUP, ("r2", "2031-05-07", "Incendiary device left at Holloway Auto Center"), False,
                 id="a round-up of another day stays apart"),
    pytest.param(_ROUNDUP, ("r3", "2031-05-05", "Pipe bomb found outside courthouse in Reno, Nevada"), False,
                 id="a round-up of another region stays apart"),
    pytest.param(("r1", "2031-05-05", "Metro digest", "Valley Courier"),
                 ("r2", "2031-05-05", "News in brief from the region", "Wire Service"), False,
                 id="two round-ups do not join each other"),
    pytest.param(_YAZIDI, ("f2", "2031-03-03", "Man charged in racially motivated attack on Yazidi shop owner, "
                                               "prosecutors say", _M), True,
                 id="a charge weeks later naming the victim in the same words is one incident"),
    pytest.param(("f1", "2031-02-25", "Amputee arrested in alleged bomb attempt"),
                 ("f2", "2032-08-20", "Maximum sentence in bomb attempt", _M), False,
                 id="a sentence sharing only an ordinary kind of attack stays apart"),
    pytest.param(_YAZIDI, ("f2", "2031-03-03", "Yazidi activist sentenced for tax fraud", _M), False,
                 id="a sentence sharing only an uncommon word stays apart"),
    pytest.param(("f1", "2031-01-15", "Arson suspected at Selby mosque"),
                 ("f2", "2031-07-03", "Man pleads guilty in mosque arson", _M), False,
                 id="a plea naming only a kind of attack and target stays apart"),
    pytest.param(("f1", "2031-01-15", "Pipe bomb explodes at Hartwell mosque during prayers"),
                 ("f2", "2031-08-03", "Two men charged in Hartwell mosque bombing", _M), True,
                 id="a charge months later naming the town, the target and the kind of attack"),
    pytest.param(("f1", "2031-01-15", "Three wounded in Modesto shooting"),
                 ("f2", "2031-08-03", "Man pleads guilty in Modesto shooting", _M), False,
                 id="a plea months later naming only the town and the kind of attack stays apart"),
    pytest.param(_LIBRARY, ("q2", "2031-06-20", "Library arsonist who wanted to 'start a war' pleads guilty", _M),
                 True, id="a plea repeating the suspect's quoted words joins its incident"),
    pytest.param(_LIBRARY, ("q2", "2031-06-20", "Man who attacked library guard pleads guilty", _M), False,
                 id="a plea sharing two ordinary words stays apart"),
    pytest.param(_ABRIN, ("p2", "2031-03-12", "Investigators struggle in abrin poisoning probe", _M), True,
                 id="an investigation weeks later naming a rare substance joins its incident"),
    pytest.param(_ABRIN, ("p2", "2031-03-12", "Second abrin poison letter found at county office", _M), False,
                 id="a rare substance weeks later without an aftermath stays apart"),
    pytest.param(("i1", "2031-02-03", "Police probe arson at Dunsire feed store"),
                 ("i2", "2031-02-04", "Feed store fire in Dunsire ruled arson", _M), True,
                 id="an early investigation headline and the next day's fire report"),
    pytest.param(("g1", "2031-12-09", "Muslim group asks FBI to investigate arson at Lagos"),
                 ("g2", "2031-12-13", "Vandals scrawl slurs on Muslim-owned diner in US, then set it ablaze", _M),
                 True, id="a national agency places a headline whose town reads as abroad"),
    pytest.param(("b1", "2031-07-08", "Before Tulsa, another shooting targeting police"),
                 ("b2", "2031-07-10", "Tulsa shooter had planned a larger attack, police say", _M), False,
                 id="a headline set beside an earlier incident is not about its town"),
    pytest.param(("s1", "2031-07-09", "Gunman in Tulsa trained for months before ambush", _M),
                 ("s2", "2031-07-08", "Kentucky shooter may have been inspired by recent ambushes"), False,
                 id="headlines in different states stay apart"),
    pytest.param(("s1", "2031-07-09", "Gunman in Louisville trained for months before ambush", _M),
                 ("s2", "2031-07-08", "Kentucky shooter may have been inspired by recent ambushes"), True,
                 id="a town and its own state stay together"),
    # a town of many states: the gazetteer's likelier reading (Missouri, Texas) is no proof of another state
    *(pytest.param(("s1", "2031-07-09", f"Gunman in {town} trained for months before ambush", _M),
                   ("s2", "2031-07-08", f"{state} shooter may have been inspired by recent ambushes"), True,
                   id=f"{town} may lie in {state}")
      for town, state in (("Springfield", "Illinois"), ("Arlington", "Virginia"))),
    pytest.param(("k1", "2031-03-01", "Kowalczyk family home firebombed"),
                 ("k2", "2031-06-20", "Kowalczyk sentenced for tax fraud", _M), False,
                 id="a rare surname alone does not make a sentence months later a follow-up"),
]


@pytest.mark.parametrize("first, second, together", PAIRS)
def test_two_citations(first, second, together):
    assert _together(_cite(*first), _cite(*second)) is together


@pytest.mark.parametrize("title, roundup", [
    ("News in brief from Northern California", True),
    ("Metropolitan Digest", True),
    ("State news in brief", True),
    ("Brief fire at mill injures two", False),
    ("Arsons and attacks at a glance", False),  # a list of many incidents, not one day's news
])
def test_a_round_up_headline_names_no_incident(title, roundup):
    from newstally.cluster.features import features
    from newstally.cluster.settings import ClusterSettings

    assert features(_cite("r", "2031-05-05", title), (), ClusterSettings()).roundup is roundup


def test_round_ups_and_court_reports_cluster_alike_in_any_order():
    from itertools import permutations

    docs = [_cite("o1", "2031-05-05", "News in brief from Northern California", "Wire Service"),
            _cite("o2", "2031-05-05", "Incendiary device left at Holloway Auto Center"),
            _cite("o3", "2031-05-05", "Gunman wounds two at casino in Reno, Nevada", "Metro Ledger"),
            _cite("o4", "2031-01-15", "Yazidi shop owner says police ignored hate crime"),
            _cite("o5", "2031-03-03", "Man charged in attack on Yazidi shop owner", "Metro Ledger")]
    seen = {frozenset(frozenset(g) for g in cluster_documents(list(p))) for p in permutations(docs)}
    assert len(seen) == 1
    assert frozenset({"o1", "o2"}) in next(iter(seen))


def test_an_early_investigation_headline_makes_no_later_fire_in_its_town_a_follow_up():
    a = _cite("i1", "2031-02-03", "Police probe arson at Dunsire feed store")
    b = _cite("i2", "2031-02-04", "Feed store fire in Dunsire ruled arson", "Metro Ledger")
    later = _cite("i3", "2031-05-20", "Arson at Dunsire post office", "Metro Ledger")
    assert len(cluster_documents([a, b, later])) == 2


def test_a_national_agency_places_a_headline_in_its_country():
    # "at Lagos" reads as Nigeria; the FBI's investigation places the fire in the US
    from newstally.cluster.features import features
    from newstally.cluster.settings import ClusterSettings

    a = _cite("g1", "2031-12-09", "Muslim group asks FBI to investigate arson at Lagos")
    assert "US" in features(a, (), ClusterSettings()).countries
