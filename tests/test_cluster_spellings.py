"""One name or town spelled two ways, a group named by its acronym or in full, and villages named
before the district they lie in (self-written sentences)."""
from __future__ import annotations

import pytest

from newstally.cluster import cluster_documents
from newstally.cluster.features import initialisms, same_name_word, sound_key, villages
from newstally.model import Document


def _one_name(a: str, b: str) -> bool:
    return same_name_word(a, b)


def _spells_out(text: str, acronym: str) -> bool:
    return acronym in initialisms(text)


def _same_sound(a: str, b: str) -> bool:
    return sound_key(a) is not None and sound_key(a) == sound_key(b)


#: (check, left, right, expected): one name, group or town written two ways, in one table
SPELLINGS = [
    # names and towns transliterated or misspelled
    (_one_name, "mohammed", "muhammad", True),
    (_one_name, "qaeda", "qaida", True),
    (_one_name, "kandahar", "qandahar", True),
    (_one_name, "baquba", "baqubah", True),
    (_one_name, "tombouctou", "timbuktu", True),
    (_one_name, "bengaluru", "bangalore", True),
    (_one_name, "shabaab", "shabab", True),
    (_one_name, "tehreek", "tehrik", True),
    (_one_name, "birtwhistle", "birtwistle", True),  # a letter left out of a long name
    (_one_name, "hollins", "collins", False),
    (_one_name, "kowalski", "kowalczyk", False),
    (_one_name, "wardak", "wardaki", False),
    (_one_name, "ridgeway", "ridgely", False),
    # a word shorter than five letters has no sound key (too many words would share one)
    (_same_sound, "Qaida", "Qaeda", True),
    (_same_sound, "Alf", "Alf", False),
    # a group's name in full spells out its acronym; ordinary words spell out none
    (_spells_out, "Fighters of the Islamic State West Africa Province attacked the base.", "iswap", True),
    (_spells_out, "It was claimed by al-Qaida in the Islamic Maghreb on Tuesday.", "aqim", True),
    (_spells_out, "The Tehrik-i-Taliban Pakistan said it carried out the bombing.", "ttp", True),
    (_spells_out, "A message from the Animal Liberation Front said it set the fire.", "alf", True),
    (_spells_out, "Police said the fire was set overnight.", "psf", False),
]


@pytest.mark.parametrize("check, left, right, expected", SPELLINGS,
                         ids=[f"{c.__name__[1:]}-{r}" for c, _l, r, _e in SPELLINGS])
def test_spellings(check, left, right, expected):
    assert check(left, right) is expected


def test_ordinary_words_spell_out_no_acronym():
    assert not initialisms("Police said the fire was set overnight.")


def _doc(i: str, day: str, title: str, text: str, site: str) -> Document:
    return Document(id=i, title=title, text=text, published=day, site=site)


#: (first report, second report, one incident?)
PAIRS = [
    pytest.param(
        _doc("a", "2033-05-03", "Gunmen kill six at wedding in Zabul",
             "Gunmen killed six wedding guests in Qalat, the capital of Zabul province, on Tuesday, police "
             "spokesman Mohammed Rahim Stanikzai said.", "Kabul Monitor"),
        _doc("b", "2033-05-04", "Qalat wedding attack toll rises",
             "The toll from Tuesday's attack on a wedding in Qalat rose to eight, spokesman Muhammad Rahim "
             "Stanekzai said on Wednesday.", "Southern Star"),
        True, id="a spokesman's name spelled two ways"),
    pytest.param(
        _doc("a", "2033-07-10", "Bomb kills four at bus stop in Fallujah",
             "A roadside bomb killed four people at a bus stop in Fallujah, in Anbar province, on Sunday, "
             "police said.", "Tigris Wire"),
        _doc("b", "2033-07-10", "Four dead in Falluja bus stop blast",
             "Four people died when a bomb hidden in rubbish exploded at a crowded bus stop in Falluja on "
             "Sunday morning, a local official said.", "Mesopotamia Herald"),
        True, id="one town spelled two ways is not two towns"),
    pytest.param(
        _doc("a", "2033-09-02", "Raid on army post in Gao region",
             "Fighters of the Islamic State Sahel Province killed nine soldiers in a raid on an army post "
             "near Ansongo, in the Gao region, on Friday, the army said.", "Sahel Report"),
        _doc("b", "2033-09-03", "ISSP claims deadly Ansongo raid",
             "ISSP claimed on Saturday the raid on the army post near Ansongo in which nine soldiers were "
             "killed, in a statement on its channels.", "Bamako Herald"),
        True, id="a group's acronym and its name in full"),
    pytest.param(
        _doc("a", "2033-04-12", "Shelling hits positions near Tartar",
             "On 12 April 2033, armed forces located at Borsunlu fired with mortars on positions near "
             "Hasanqaya, Tartar.", "Border Monitor"),
        _doc("b", "2033-04-12", "Shelling hits positions near Tartar",
             "On 12 April 2033, armed forces located at Qaradagli fired with mortars on positions near "
             "Seysulan, Tartar.", "Border Monitor"),
        False, id="a template naming other villages of one district"),
    pytest.param(
        _doc("a", "2033-06-01", "Militants raid village in Cabo Delgado",
             "On 1 June 2033, militants attacked Namaluco (Quissanga, Cabo Delgado) and burned 30 houses.",
             "Coast Monitor"),
        _doc("b", "2033-06-01", "Militants raid village in Cabo Delgado",
             "On 1 June 2033, militants attacked Litamanda (Macomia, Cabo Delgado) and burned 12 houses.",
             "Coast Monitor"),
        False, id="villages named with their district in brackets"),
    pytest.param(
        _doc("a", "2033-03-02", "Hostel fire kills three in Leeds",
             "Three people died in a fire at a hostel in Leeds on Wednesday night, West Yorkshire Fire and "
             "Rescue Service said. Hostel manager Grahame Pickersgill said the alarm sounded at 11pm.",
             "Pennine Courier"),
        _doc("b", "2033-05-20", "Hostel manager Graham Pickersgill charged over fatal Leeds fire",
             "The manager of a Leeds hostel where three people died in a fire in March has been charged with "
             "gross negligence manslaughter, police said. Graham Pickersgill, 51, will appear in court in June.",
             "Yorkshire Argus"),
        True, id="a charge months later naming the manager in another spelling"),
    pytest.param(
        _doc("a", "2033-08-14", "Nail salon owner pleads guilty in Lakewood fire",
             "The owner of a nail salon pleaded guilty on Monday to setting the fire that destroyed his shop "
             "and two neighbouring stores in Lakewood, Colorado, in May.", "Front Range Post"),
        _doc("b", "2033-09-20", "Fire damages two stores in Lakewood",
             "A fire damaged two stores in a strip mall in Lakewood, Colorado, on Tuesday night, fire officials "
             "said. No arrests have been made and the cause is under investigation.", "Front Range Post"),
        False, id="a fire in the same town weeks after a plea shares only the town"),
    pytest.param(
        _doc("a", "2033-10-05", "Shelling kills two in Kharkiv's Kyivskyi district",
             "Russian shelling killed two people in the Kyivskyi district of Kharkiv on Thursday, the "
             "regional governor said.", "Continental Wire"),
        _doc("b", "2033-10-05", "Two dead as shells hit Kharkov",
             "Two people were killed when shells hit a residential area of Kharkov on Thursday, officials "
             "said.", "Evening Wire"),
        True, id="a city's district and the city in another spelling"),
]


@pytest.mark.parametrize("first, second, together", PAIRS)
def test_two_reports(first, second, together):
    assert (len(cluster_documents([first, second])) == 1) is together


def test_a_village_before_its_district_is_the_finest_place():
    from newstally.cluster.features import features
    from newstally.cluster.settings import ClusterSettings

    f = features(PAIRS[3].values[0], (), ClusterSettings())
    assert "n:hasanqaya" in f.local
