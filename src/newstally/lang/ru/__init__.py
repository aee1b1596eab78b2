"""Russian: the tables in this folder, and pymorphy3 for the forms of declined words.

Russian nouns come in a dozen forms ("человек", "людей", "военнослужащих"): the person nouns of
``casualties.json`` are listed by lemma, and the claim rules ask :data:`LANGUAGE` ``.morph`` what a
word of the text is (its lemma, number, case, animacy). Casualty verbs have few forms and are
listed as written, so the lexicon does not lemmatize every look-up (a participle such as
"погибших", "the dead", shares its lemma with the verb "погибли" but not its role).
"""
from __future__ import annotations

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
    return Morph(p.normal_form, tag.POS in ("ADJF", "PRTF"), tag.number == "plur",
                 tag.case in ("gent", "gen2"), tag.POS == "NOUN" and tag.animacy == "anim", tag.POS == "VERB")


LANGUAGE = Language("ru", "Russian", __name__)
LANGUAGE.morph = morph  # read by extract.lexicon for the rules on declined words
