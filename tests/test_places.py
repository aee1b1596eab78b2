"""Place resolution: whole names, alternate names, ambiguity settled by country context."""
import pytest

from newstally.places import main_place, resolve_places


def names(text):
    return [(p.name, p.canonical, p.country_code, p.kind) for p in resolve_places(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was a nice day for a walk.", []),
        ("We had a nice day. Nice is lovely in spring.", []),
        ("Crowds gathered in Nice, France, on Sunday.",
         [("Nice", "Nice", "FR", "city"), ("France", "France", "FR", "country")]),
        ("Mobile phones were seized while reading the report.", []),
        ("Gunmen attacked a checkpoint near Kabul.", [("Kabul", "Kabul", "AF", "city")]),
        ("Flooding hit Rio de Janeiro overnight.",
         [("Rio de Janeiro", "Rio de Janeiro", "BR", "city")]),
    ],
)
def test_whole_names_only(text, expected):
    assert names(text) == expected


def test_alternate_names_need_country_context():
    shelling = "Shelling hit Stepanakert on Sunday, Azerbaijani officials said."
    assert names(shelling) == [("Stepanakert", "Khankendi", "AZ", "city")]
    # Xankəndi is also the name of the first-level division around the city: either reading
    # is the same place
    xankendi = resolve_places("Residents of Xankəndi, Azerbaijan, returned.")[0]
    assert xankendi.country_code == "AZ" and xankendi.kind in ("city", "admin1")
    assert abs(xankendi.latitude - 39.82) < 0.1 and abs(xankendi.longitude - 46.75) < 0.1


def test_ambiguous_name_follows_the_country_mentioned():
    texas = resolve_places("A tornado tore through Paris, Texas, on Monday night.")
    assert (texas[0].canonical, texas[0].country_code, texas[0].admin) == ("Paris", "US", "TX")
    france = resolve_places("Police in Paris closed the metro after the blast.")
    assert france[0].country_code == "FR"


def test_demonym_is_country_context_not_a_place():
    places = resolve_places("Iraqi forces said a car bomb exploded in Mosul.")
    assert [(p.canonical, p.country_code) for p in places] == [("Mosul", "IQ")]


def test_offsets_point_at_the_name():
    text = "Two people died when a bridge collapsed in Genoa, Italy."
    for p in resolve_places(text):
        assert text[p.start:p.end] == p.name


def test_main_place_prefers_the_city_over_its_country():
    text = "Pakistan mourned on Friday. A bomb in Peshawar killed nine, Pakistani police said."
    place = main_place(text)
    assert place is not None and place.canonical == "Peshawar" and place.kind == "city"
    assert text[place.start:place.end] == "Peshawar"
    assert main_place("No place is named here.") is None


def test_main_place_counts_the_title():
    place = main_place("Officials in Lagos and Abuja gave figures.", title="Abuja blast kills four")
    assert place is not None and place.canonical == "Abuja"
