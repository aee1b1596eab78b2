"""Russian: the tables in this folder, and pymorphy3 for the forms of declined words.

Russian nouns come in a dozen forms ("человек", "людей", "военнослужащих"): the person nouns of
``casualties.json`` are listed by lemma, and the claim rules ask :data:`LANGUAGE` ``.morph`` what a
word of the text is (its lemma, number, case, animacy). Casualty verbs have few forms and are
listed as written, so the lexicon does not lemmatize every look-up (a participle such as
"погибших", "the dead", shares its lemma with the verb "погибли" but not its role).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import Language


class Morph(NamedTuple):
    """What the rules need to know of one word form."""

    lemma: str
    adjective: bool  # an adjective or participle ("мирных", "легкового")
    plural: bool
    genitive: bool
    animate: bool  # a person (or an animal): "жильцов", "горняков"
    verb: bool  # a finite verb: "угрожал", "застрелил"
    proper: bool = False  # a name: a place, a person, an organisation, or a word the dictionary lacks
    known: bool = True  # the dictionary has the word (else its lemma is a guess)


_NONE = Morph("", False, False, False, False, False)


@lru_cache(maxsize=1)
def _analyzer():  # loaded on first use (about 0.4 s), never at import
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def morph(word: str) -> Morph:
    """What a lower-case Russian word form is (the most likely analysis)."""
    if not word[:1].isalpha():
        return _NONE
    p = _analyzer().parse(word)[0]
    tag = p.tag
    proper = bool({"Geox", "Name", "Surn", "Patr", "Orgn", "Abbr"} & tag.grammemes) or not p.is_known
    return Morph(p.normal_form, tag.POS in ("ADJF", "PRTF"), tag.number == "plur",
                 tag.case in ("gent", "gen2"), tag.POS == "NOUN" and tag.animacy == "anim", tag.POS == "VERB",
                 proper, p.is_known)


def _stem(word: str) -> str:
    return morph(word.lower()).lemma or word


LANGUAGE = Language("ru", "Russian", __name__, stemmer=_stem)  # clustering compares lemmas
LANGUAGE.morph = morph  # read by extract.lexicon for the rules on declined words


#: Russian letters in Latin (BGN/PCGN without diacritics), the way gazetteers write Russian and
#: Ukrainian places: "Харьков" -> "Khar'kov", "Махачкала" -> "Makhachkala".
_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "'", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g"})


def place_form(word: str) -> str:
    """A capitalised word in the form place names are looked up in: its nominative ("Киеве" ->
    "Киев", "Мексике" -> "Мексика"), capitalised as written. A name the dictionary lacks keeps
    its form unless the gazetteer knows the guessed nominative ("Омдурмане" -> "Омдурман")."""
    m = morph(word.lower())
    lemma = m.lemma if word[:1].isalpha() else ""
    if lemma and not m.known and not _known_place(lemma):
        lemma = ""
    return (lemma[:1].upper() + lemma[1:]) if lemma else word


def _known_place(lemma: str, people: int = 0) -> bool:
    """Whether the gazetteer knows the name (a division, or a town of at least ``people``)."""
    from ...places.gazetteer import lookup
    from ...places.normalize import norm

    key = norm(lemma.translate(_LATIN))
    return bool(key) and any(e.kind != "city" or e.population >= people for e in lookup([key]).get(key, ()))


#: Region adjectives whose stem is not the town's name in the gazetteer.
_IRREGULAR = {"москов": "Moscow", "ленинград": "Leningrad", "нижегород": "Nizhny Novgorod",
              "калуж": "Kaluga", "архангель": "Arkhangelsk", "ярослав": "Yaroslavl"}


#: A region named by its adjective ("Курской области", "Краснодарского края"): the stem and the
#: kind of division.
_REGION = re.compile(
    r"(?<![\w-])([А-ЯЁ][а-яё-]+?)(с|ц)к(?:ой|ая|ую|ом|ого|ий|ому|им)\s+"
    r"(област(?:ь|и|ью)|обл\.|кра(?:й|я|ю|е|ем)|район(?:а|е|у|ом)?|республик(?:а|и|е|у|ой))(?![\w])")
_KINDS = {"о": "Oblast", "к": "Krai", "р": "District"}


def place_phrases(text: str) -> str:
    """Regions named by their adjective in the gazetteer's form: "в Курской области" -> "в Kursk
    Oblast", "Краснодарского края" -> "Krasnodar Krai"; the town alone when only it is known
    ("Харьковской области" -> "Khar'kov"); unchanged when neither is."""
    def name(m: re.Match[str]) -> str:
        base, letter, head = m.group(1), m.group(2), m.group(3)
        kind = _KINDS.get(head[0].lower())
        irregular = _IRREGULAR.get(base.lower())
        if irregular and kind:
            return f"{irregular} {kind}"
        stems = [base + letter + "к"] if letter == "ц" else [base, base + "ск", base + "ь", base + "а", base + "ье"]
        towns = [latin(stem[:1].upper() + stem[1:], name=True) for stem in stems]
        for town in towns:
            if kind and _known_place(f"{town} {kind}"):
                return f"{town} {kind}"
        for town in towns:
            if _known_place(town, people=50_000):
                return town
        return m.group()

    return _REGION.sub(name, text)


def latin(word: str, name: bool = False) -> str:
    """A name in Latin letters, capitalised as written ("Киев" -> "Kiev"); another word (one
    capitalised to open a sentence: "Взрыв") lower-cased, so that it is taken for no name, unless
    ``name`` says it opens a name of several words ("Нижний Новгород" -> "Nizhniy Novgorod")."""
    if not name and not morph(word.lower()).proper:
        return word.lower()
    out = word.lower().translate(_LATIN)
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


LANGUAGE.place_form = place_form  # read by cluster.languages
LANGUAGE.place_phrases = place_phrases
LANGUAGE.latin = latin
