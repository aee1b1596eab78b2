"""A country's town keys, kept whole in the place index, are the keys its rows give."""
from __future__ import annotations

from newstally.places import gazetteer


def test_a_countrys_kept_town_keys_are_those_of_its_rows() -> None:
    db = gazetteer.connect()
    for cc in ("US", "AF", "SO", "AM", "FR"):
        kept = gazetteer.town_keys([cc])
        assert kept, cc
        assert kept == gazetteer._town_rows(db, [cc]), cc  # same keys, same order
    assert gazetteer.town_keys(["XX"]) == []  # no such country
    assert gazetteer.town_keys([]) == []


def test_several_countries_and_provinces_are_read_from_the_rows() -> None:
    both = gazetteer.town_keys(["AM", "AZ"])
    assert set(both) == set(gazetteer.town_keys(["AM"])) | set(gazetteer.town_keys(["AZ"]))
    province = gazetteer.town_keys(["AF"], ["Kunduz"])
    assert province and set(province) < set(gazetteer.town_keys(["AF"]))
