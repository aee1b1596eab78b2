"""One name or town spelled two ways, a group named by its acronym or in full, and villages named
before the district they lie in (self-written sentences); pairs of reports so written are in the
table of tests/test_cluster_rules.py."""
from __future__ import annotations

import pytest

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


def test_a_village_before_its_district_is_the_finest_place():
    from newstally.cluster.features import features
    from newstally.cluster.settings import ClusterSettings

    note = Document(id="a", title="Shelling hits positions near Tartar", published="2033-04-12", site="Border Monitor",
                    text="On 12 April 2033, armed forces located at Borsunlu fired with mortars on positions near "
                         "Hasanqaya, Tartar.")
    f = features(note, (), ClusterSettings())
    assert "n:hasanqaya" in f.local
