"""A province's or a big city's name is not a small town of that name elsewhere in the country
just because the text names that town's province ("Senator Sanders of Vermont" in a report
naming Illinois is the state, not Vermont, Illinois), unless the text puts the town there
("Washington, Indiana", "the town of Vermont, Illinois"). Self-written sentences."""
import pytest

from newstally.places import resolve_places

CASES = [
    # (text, the name as written, its province as read)
    ("The candidates debated in Indianapolis, Indiana, on Monday before flying to Atlanta.",
     "Atlanta", "Georgia"),
    ("Governors from Indiana, Ohio and Missouri traveled to Washington to meet the president.",
     "Washington", "District of Columbia"),
    ("Farmers in Missouri and Kansas said the drought in California had raised prices.",
     "California", "California"),
    # the text puts the town in its province
    ("A man was shot dead in Washington, Indiana, on Sunday.", "Washington", "Indiana"),
    ("A tornado destroyed homes in the town of Vermont, Illinois.", "Vermont", "Illinois"),
]


@pytest.mark.parametrize("text,written,admin1", CASES)
def test_a_famous_name_keeps_its_famous_reading(text, written, admin1):
    places = [p for p in resolve_places(text) if p.name == written]
    assert places and places[0].country_code == "US", places
    read = places[0].canonical if places[0].kind == "admin1" else places[0].admin1
    assert read == admin1, places[0]


def test_a_state_is_no_village_of_a_province_named_elsewhere():
    text = ("Lawmakers from Illinois met in Springfield, Illinois, on Monday. Senator Bernie "
            "Sanders of Vermont joined them by video.")
    assert not [p for p in resolve_places(text) if p.name == "Vermont" and p.admin1 == "Illinois"]


OTHER_NAMES = [
    # (text, country code): a division read without the words of its own name yields to a
    # town so named; a big city under another transliteration of its name beats villages
    ("A man was shot dead outside a bar in Buffalo on Sunday night.", "US"),
    ("Heavy rain flooded the streets of Derna on Monday, killing three people.", "LY"),
]


@pytest.mark.parametrize("text,cc", OTHER_NAMES)
def test_the_town_named_as_written(text, cc):
    from newstally.places import place_record

    p = place_record(text)
    assert p is not None and p["country_code"] == cc, p


def test_a_district_town_called_by_the_districts_name():
    from newstally.places import place_record

    p = place_record("Gunmen shot dead a polio worker in Lakki Marwat on Tuesday, police said.")
    assert p is not None and p["name"] == "Lakki", p  # the town, not the tribal area beside it
