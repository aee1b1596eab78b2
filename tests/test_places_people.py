"""A surname that the text gives a person after a given name ("Hillary Clinton", "Christopher
A. Wray") is that person's in the whole text, never a town ("the inquiry into Clinton's
emails"); a frequent word before a place is no given name ("Don't Let Belgrade Drown"), and a
well-known place stays a place. Self-written sentences."""
import pytest

from newstally.places import place_record

PEOPLE = [
    # (text, the surnames that must not be read as the place)
    ("Hillary Clinton spoke to donors on Monday. The inquiry into Clinton's emails was closed "
     "before the vote, her aides said.", {"Clinton"}),
    ("The committee questioned Christopher A. Wray for five hours. Wray defended his agents.",
     {"Wray"}),
    ("Senator Lindsey Graham called for hearings. Graham told reporters the bill would fail.",
     {"Graham"}),
    ("Mitch McConnell blocked the bill. McConnell is its fiercest critic.", {"McConnell"}),
    ("The band will tour with singer Michael McDonald next year. McDonald left the band in 1982.",
     {"McDonald"}),
]


@pytest.mark.parametrize("text,names", PEOPLE)
def test_a_persons_surname_is_no_place(text, names):
    p = place_record(text)
    assert p is None or p["name"] not in names, p


PLACES = [
    # (text, country code, name of the place read)
    ("Hillary Clinton called for new gun laws after a gunman killed eight people in Roseburg, "
     "Oregon. Clinton spoke in Iowa.", "US", "Roseburg"),
    ("Members of the group Don't Let Belgrade Drown protested in Belgrade, Serbia, on Sunday.",
     "RS", "Belgrade"),
    ("Defense Secretary Lloyd Austin said a drone struck a base in Jordan. Austin flew home.",
     "JO", "Jordan"),
    # the period of a title or an initial closes no sentence: the town named later in the same
    # sentence is still in the lead ("Sen. Amy Klobuchar of Minnesota ... in Duluth")
    ("Sen. Amy Klobuchar of Minnesota said a deputy was shot dead in Duluth.", "US", "Duluth"),
    ("Gov. J. B. Pritzker of Illinois said a tornado killed two people in Peoria.", "US", "Peoria"),
    # the governor of a state who speaks: the state is a place, not a person
    ("The governor of Oregon said two firefighters died in a blaze near Medford.", "US", "Medford"),
]


@pytest.mark.parametrize("text,cc,name", PLACES)
def test_the_place_stays_a_place(text, cc, name):
    p = place_record(text)
    assert p is not None and p["country_code"] == cc and p["name"] == name, p
