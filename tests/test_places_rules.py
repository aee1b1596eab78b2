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


@pytest.mark.parametrize(
    "text, country, admin1",
    [
        # other transliterations of a province, written with its kind word and no country
        ("Clashes erupted in Salahuddin governorate overnight.", "IQ", "Salah ad Din"),
        ("Clashes erupted in Salah al-Din Governorate overnight.", "IQ", "Salah ad Din"),
        ("Fighters shelled a market in Hadramawt governorate.", "YE", None),
        ("A checkpoint came under fire in Hilmand province.", "AF", "Helmand"),
    ],
)
def test_province_spelled_otherwise_with_its_kind_word(text, country, admin1):
    got = place_record(text)
    assert got is not None and got["country_code"] == country
    if admin1:
        assert got["admin1"] == admin1


def test_kind_word_alone_does_not_respell_ordinary_words():
    # no division word, no country: an unknown capitalised word stays unread
    assert place_record("Clashes erupted in Hilmandia overnight.") is None
    assert place_record("The Minister visited on Monday.") is None


def test_division_word_after_a_common_word():
    # "Bay" is an ordinary word, "Bay region" a Somali province
    got = place_record("Gunmen killed two herders in Bay region.")
    assert got is not None and got["country_code"] == "SO"
    assert place_record("Boats waited in the bay for hours.") is None


def test_state_written_with_its_kind_word_and_the_same_name_elsewhere():
    # "Adamawa State" is Nigeria's state; Cameroon's Adamaoua is "Adamawa" only in English
    got = place_record("Bandits abducted four farmers in Adamawa State.")
    assert got is not None and got["country_code"] == "NG"


@pytest.mark.parametrize(
    "text, town, state",
    [
        ("A man was shot dead in Lebanon, Tennessee, on Monday night.", "Lebanon", "Tennessee"),
        ("A fire killed two people in an apartment in Peru, Indiana.", "Peru", "Indiana"),
        ("A man was killed in Mexico, Missouri, police said.", "Mexico", "Missouri"),
    ],
)
def test_town_named_like_a_country_before_its_state(text, town, state):
    got = place_record(text)
    assert got is not None
    assert (got["name"], got["country_code"], got["admin1"]) == (town, "US", state)


def test_country_before_its_own_province_stays_the_country_context():
    got = place_record("Gunmen killed two traders in Lebanon, in the north of the country.")
    assert got is not None and got["country_code"] == "LB"


@pytest.mark.parametrize(
    "title, text",
    [
        ("Arrest Made After Shooting at Airport",
         "A man opened fire near the terminal on Friday, officials said."),
        ("Victory For Families After Long Fight", "He was found dead at home."),
    ],
)
def test_everyday_words_in_a_headline_are_not_small_towns(title, text):
    assert place_record(text, title) is None


def test_everyday_word_in_a_headline_yields_to_the_named_city():
    got = place_record("A man opened fire near the terminal in Denver on Friday.",
                       "Arrest Made After Shooting at Airport")
    assert got is not None and got["name"] == "Denver"


def test_everyday_word_opening_a_sentence_is_not_the_place():
    got = place_record("Union leaders said two workers died at the plant in Gary, Indiana.")
    assert got is not None and (got["name"], got["admin1"]) == ("Gary", "Indiana")
    got = place_record("Airport officials said a plane skidded off the runway in Charlotte.")
    assert got is not None and got["name"] == "Charlotte"


@pytest.mark.parametrize(
    "text, country",
    [
        # a group of one country gives its country to the names of the note
        ("Taliban fighters attacked a checkpoint in Hilmand.", "AF"),
        ("Militants of al-Shabaab attacked a base in Xyzwq district.", "SO"),
        ("Two Houthis were killed near Xyzwq.", "YE"),
        # the group alone, with a village the index does not know: the group's country
        ("FARDC soldiers clashed with militiamen near Xyzwq.", "CD"),
        # a demonym in the plural
        ("Two Somalis were shot dead near Xyzwq.", "SO"),
    ],
)
def test_groups_of_one_country_give_it(text, country):
    got = place_record(text)
    assert got is not None and got["country_code"] == country


def test_group_acronyms_count_only_in_capitals():
    # "Ola" is a name, "OLA" the Oromo Liberation Army
    assert place_record("Ola said the meeting near Xyzwq was over.") is None


@pytest.mark.parametrize(
    "text, country",
    [
        ("Malian soldiers arrested two men in Xyzwq on Monday.", "ML"),
        ("Cameroonian troops killed three separatists near Xyzwq.", "CM"),
    ],
)
def test_forces_country_when_the_village_is_unknown(text, country):
    got = place_record(text)
    assert got is not None and got["country_code"] == country


def test_forces_country_is_no_place_without_a_place_named():
    assert place_record("Malian soldiers arrested two men on Monday.") is None


def test_village_elsewhere_yields_to_the_country_of_the_group():
    # "Ansongo" is a small town of Mali only; a note about the Taliban is about Afghanistan
    got = place_record("Taliban fighters killed two men in the village of Ansongo.")
    assert got is not None and got["country_code"] == "AF"
    # a people's demonym does not move the village: people travel
    got = place_record("Two Afghan traders were robbed in the village of Ansongo.")
    assert got is not None and got["country_code"] == "ML"


def test_national_police_forces_give_their_country():
    # "Birmingham" alone is England's; the FBI investigates in the United States
    got = place_record("A gunman killed three people in Birmingham on Sunday, the FBI said.")
    assert got is not None and got["country_code"] == "US"


def test_and_inside_a_name():
    got = place_record("Protesters clashed with police in Sistan and Baluchestan province.")
    assert got is not None and got["country_code"] == "IR"
    got = place_record("Police in Trinidad and Tobago arrested two men.")
    assert got is not None and got["country_code"] == "TT"
    # "and" between two names keeps them two
    got = main_place("Fighting in Kabul and Kandahar killed five.")
    assert got is not None and got.canonical == "Kabul"


def test_division_word_does_not_respell_a_known_town_into_a_division_abroad():
    # "Beni" is a Congolese town; Bolivia's Beni department is no reading of "Beni territory"
    got = place_record("Militants killed twelve civilians in Xyzwq, Beni territory.")
    assert got is None or got["country_code"] != "BO"


def test_capital_comes_first_only_when_the_text_points_nowhere_else():
    got = place_record("Lebanese troops clashed with gunmen in Tripoli on Monday.")
    assert got is not None and got["country_code"] == "LB"
    got = place_record("Gunmen clashed in Tripoli on Monday.")
    assert got is not None and got["country_code"] == "LY"
