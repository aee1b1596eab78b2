"""Cues for reading place names: common words, demonyms, other country names, words that mark a
name as a division, a village, an outlet, a date or a person.

The words live in ``lang/<code>/places.json``. Places are read without knowing the report's
language, so the tables of every registered language are merged (word lists united; for the
demonym and country-name maps the first language listing a form wins, English first).
"""
from __future__ import annotations

from typing import Any


def _tables() -> list[dict[str, Any]]:
    from ..lang import get_language, supported_languages

    codes = ["en"] + [c for c in supported_languages() if c != "en"]
    return [get_language(c).places for c in codes]


def _words(key: str) -> frozenset[str]:
    return frozenset(w for t in _tables() for w in t.get(key, ()))


def _map(key: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for t in _tables():
        for k, v in t.get(key, {}).items():
            out.setdefault(k, v)
    return out


#: Single words that are place names somewhere but mostly ordinary words in news text.
COMMON_WORDS = _words("common_words")
#: Demonyms and other adjectival forms that point to a country (ISO alpha-2).
DEMONYMS: dict[str, str] = _map("demonyms")
#: Armed groups, forces and missions that operate in one country ("Taliban", "FARDC"): context.
GROUPS: dict[str, str] = _map("groups")
#: Other ways news text names a country.
COUNTRY_ALIASES: dict[str, str] = _map("country_aliases")
#: Month and weekday names: never places ("in May", "on Sunday").
CALENDAR = _words("calendar")
#: Words after a name that say which kind of place it is ("Nong Chik district").
DIVISION2_WORDS = _words("division2_words")
DIVISION1_WORDS = _words("division1_words")
LOCALITY_WORDS = _words("locality_words")
#: Words that make a name before them an outlet ("Kabul Times", "Jerusalem Post").
MEDIA_WORDS = _words("media_words")
#: Words before a name that make it a person's ("Mr Houston", "General Jackson").
PERSON_TITLES = _words("person_titles")
#: Words after a name that make it a person's ("Houston said", "Jackson, 34,").
PERSON_VERBS = _words("person_verbs")
#: Capitalised words that may stand before a place as part of its written name.
PLACE_MODIFIERS = _words("place_modifiers")
#: Nouns after a country's name that make it an actor, not a place ("US forces").
ACTOR_NOUNS = _words("actor_nouns")
#: Words that open a sentence without being part of a name after them ("Before Dallas, ...").
FUNCTION_WORDS = _words("function_words")
#: Institutions and buildings whose names are also towns somewhere ("White House", Tennessee).
INSTITUTIONS = _words("institutions")
#: Titles that only people bear: the name after one is a person's in the whole text.
HONORIFICS = _words("honorifics")
#: Words that end the name of a facility named after its town ("Donetsk Filtration Station",
#: "Kabul Airport"): the town is where it is.
FACILITY_WORDS = _words("facility_words")
#: Groups and missions that act in a few provinces of one country -> [country, province, ...].
GROUP_REGIONS: dict[str, list[str]] = _map("group_regions")
#: Lower-case words after a name that make it a street's ("Raju street", "the Kandahar highway").
STREET_WORDS = _words("street_words")
#: Lower-case words after a name that make it a part of a town ("the Alberdi neighbourhood").
QUARTER_WORDS = _words("quarter_words")
#: People who speak for or from a place: "police in Orlando said" names a place, not a person.
LOCAL_SPEAKERS = _words("local_speakers")
#: Words a few words before "in"/"at"/"to" and a place that make it where the dead were mourned
#: or buried, or where someone spoke or visited ("a funeral in Peshawar", "told reporters in
#: Georgia"); verbs right after "in" and a place whose subject mourns there ("relatives in
#: Peshawar buried"); words of harm that keep a place where the harm happened ("gunmen attacked
#: a vigil in X").
AFTERMATH_WORDS = _words("aftermath_words")
AFTERMATH_VERBS = _words("aftermath_verbs")
HARM_WORDS = _words("harm_words")
#: Words right before a place that make it where someone visited ("a delegation visited
#: Poland"); the prepositions between an aftermath word and its place ("a funeral in X"); those
#: between people and their place before an aftermath verb ("mourners in X buried"); words
#: opening a time phrase between such a place and its verb ("in X on Sunday buried");
#: aftermath verbs that need one of some nouns after them ("observed a moment of silence");
#: articles.
AFTERMATH_VISITS = _words("aftermath_visits")
AFTERMATH_PREPOSITIONS = _words("aftermath_prepositions")
MOURNER_PREPOSITIONS = _words("mourner_prepositions")
TIME_OPENERS = _words("time_openers")
AFTERMATH_VERB_OBJECTS: dict[str, list[str]] = _map("aftermath_verb_objects")
CUE_ARTICLES = _words("articles")
#: Abbreviated province and state names written after a town and a comma ("Springfield,
#: Ill."), by look-up key, with their ISO 3166-2 code.
STATE_ABBREVIATIONS: dict[str, str] = {}
for _written, _code in _map("state_abbreviations").items():
    STATE_ABBREVIATIONS["".join(_written.lower().replace(".", " ").split())] = _code
