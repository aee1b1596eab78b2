"""Place choice rules for notes from anywhere: division words, other spellings of provinces,
headline words, towns named after countries. Self-written sentences only."""
import pytest

from newstally.places import main_place, place_record


def where(text, title=None):
    got = place_record(text, title)
    return None if got is None else (got["name"], got["country_code"])


@pytest.mark.parametrize(
    "text, country",
    [
        # the word after the name says it is a division, and only one country has a division
        # of that name (the towns of that name elsewhere do not count)
        ("Two men were shot dead in Gedo region on Monday.", "SO"),
        ("Clashes in Lahij governorate left two fighters dead.", "YE"),
        ("A roadside bomb killed a driver in Faryab province.", "AF"),
    ],
)
def test_division_word_settles_a_name_known_as_one_division(text, country):
    got = place_record(text)
    assert got is not None and got["country_code"] == country


def test_compass_names_written_in_one_word_or_two():
    # "Northwest" for Cameroon's North-West region, next to a town inside it
    got = place_record("Separatists killed a gendarme in Bamenda, Northwest region.")
    assert got is not None and got["country_code"] == "CM"


def test_place_written_after_a_district_names_where_it_lies():
    # a district of this name is known in one country only, but the province after it is
    # elsewhere: the province wins over the far district
    got = main_place("Two militants died when a mine exploded in a village of Daman district, "
                     "Kandahar.")
    assert got is not None and got.country_code == "AF"
