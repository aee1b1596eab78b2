"""What the clusterer needs to compare reports in other languages than English.

Reports of one incident in two languages share no words, but they share what words stand for:
the places (a gazetteer key, whatever the spelling: Kyiv, Kiew, Киев), the figures, the days and
the names of people. This module gives a report's language (None for English and unknown, which
keep the English path unchanged), its stop words and word weights, and its text in the form
places are looked up in: country names in the language replaced by their English names
(pycountry's translations), and, for a language written in another script, each capitalised word
in its dictionary form and in Latin letters ("в Киеве" -> "в Kiev").
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from ..lang import Language, get_language, is_supported, normalise_code

_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
_NEXT_WORD = re.compile(r"[ \t]+(\w)")


def language_of(code: str | None) -> Language | None:
    """The registered language of a report other than English; None for English or unknown."""
    key = normalise_code(code)
    if not key or key == "en" or not is_supported(key):
        return None
    return get_language(key)


@lru_cache(maxsize=None)
def stop_words(code: str) -> frozenset[str]:
    """The clustering stop words of a language (its ``cluster.json``)."""
    lang = get_language(code)
    return frozenset(w.lower() for w in lang.cluster.get("stop_words", ()))


@lru_cache(maxsize=None)
def follow_up(code: str) -> re.Pattern[str] | None:
    """Words of the aftermath of an incident in a language (arrest, trial, funeral), or None."""
    words = get_language(code).cluster.get("follow_up_words", ())
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)",
                      re.I)


def _frequencies(code: str) -> Mapping[str, float]:
    """The language's word frequencies, read a word at a time (see :mod:`newstally.lang.frequencies`)."""
    from ..lang.frequencies import word_frequencies

    return word_frequencies(code)


def idf(word: str, code: str) -> float:
    """A fixed inverse document frequency from the language's word frequencies (as for English)."""
    f = _frequencies(code).get(word.lower())
    return max(0.5, 7.5 - (math.log10(f) + 9.0 if f else 0.0))


@lru_cache(maxsize=None)
def _exonyms(code: str) -> tuple[tuple[str, str], ...]:
    """(country name in the language, in the lookup form of its words; English name), longest first."""
    import gettext

    import pycountry

    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code])
    except OSError:
        return ()
    lang = get_language(code)
    out: dict[str, str] = {_formed(k, lang): v for k, v in lang.places.get("exonyms", {}).items()
                           if not k.startswith("_")}
    for c in pycountry.countries:
        english = getattr(c, "common_name", None) or c.name
        for name in {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}:
            local = tr.gettext(name)
            if local and local != name:
                out.setdefault(_formed(local, lang), english)
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


def _formed(text: str, lang: Language) -> str:
    form = getattr(lang, "place_form", None)
    if form is None:
        return text
    return _WORD.sub(lambda m: form(m.group()) if m.group()[:1].isupper() else m.group(), text)


#: A capitalised common noun of a language that capitalises nouns ("Brand", "Erdbeben") is taken
#: for a place only when a preposition of place stands before it or the gazetteer knows a place
#: of at least this many people by that name ("München", "Kiew").
_BIG_PLACE = 100_000


def _big_place(entries: Iterable[Any]) -> bool:
    """A division, or a town of at least _BIG_PLACE people, among a name's gazetteer entries."""
    return any(e.kind != "city" or e.population >= _BIG_PLACE for e in entries)


def _lowered(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the words at ``spans`` (in order) lower-cased."""
    out, last = [], 0
    for a, b in spans:
        out += [text[last:a], text[a:b].lower()]
        last = b
    out.append(text[last:])
    return "".join(out)


def _common_nouns_lowered(text: str, lang: Language) -> str:
    from ..places.gazetteer import lookup
    from ..places.normalize import norm

    before = frozenset(lang.places.get("place_prepositions", ()))
    words = [(m, norm(m.group())) for m in _WORD.finditer(text) if m.group()[:1].isupper()]
    known = lookup(k for _m, k in words)
    spans = []
    for m, key in words:
        prev = text[max(0, m.start() - 12):m.start()].split()
        if (prev and prev[-1].lower() in before) or _big_place(known.get(key, ())):
            continue
        if idf(m.group(), lang.code) > 4.5:
            continue  # a rare word: a name, most likely
        spans.append(m.span())
    return _lowered(text, spans)


_OPENER = re.compile(r"(?:^|(?<=[.!?…:»\"”])\s+|\n\s*)([^\W\d_][\w'’-]*)")
#: A word opening a sentence is taken for a place only when it is no common word of the language
#: (its inverse frequency above this) or a place of at least _BIG_PLACE people has its name:
#: "Vers 21 h 30, un incendie ..." (a French village), "Salvador" stays.
_COMMON_IDF = 3.0


def _openers_lowered(text: str, lang: Language) -> str:
    from ..places.gazetteer import lookup
    from ..places.normalize import norm

    found = [m for m in _OPENER.finditer(text) if m.group(1)[:1].isupper()
             and idf(m.group(1), lang.code) <= _COMMON_IDF]
    if not found:
        return text
    known = lookup({norm(m.group(1)) for m in found})
    return _lowered(text, [m.span(1) for m in found if not _big_place(known.get(norm(m.group(1)), ()))])


def place_text(text: str, lang: Language) -> str:
    """``text`` with its place names in the form the gazetteer knows (see the module docstring)."""
    phrases = getattr(lang, "place_phrases", None)
    out = _formed(phrases(text) if phrases else text, lang)
    if lang.places.get("capitalised_nouns"):
        out = _common_nouns_lowered(out, lang)
    else:
        out = _openers_lowered(out, lang)
    for local, english in _exonyms(lang.code):
        if local in out:
            out = re.sub(r"(?<!\w)" + re.escape(local) + r"(?!\w)", english, out)
    latin = getattr(lang, "latin", None)
    if latin is not None:
        def written(m: re.Match[str]) -> str:
            word = m.group()
            if not word[:1].isupper() or word.isascii():
                return word
            after = _NEXT_WORD.match(out, m.end())
            # the first word of a name of two ("Нижний Новгород", "Великие Луки") is one too
            return latin(word, name=bool(after and after.group(1)[:1].isupper()))

        out = _WORD.sub(written, out)
    return out


@lru_cache(maxsize=64)  # an event's place and its other-incident check read the same reports
def gazetteer_form(text: str | None, language: str | None) -> str | None:
    """``text`` as the place reader needs it: a report in another language than English gets
    its place names in the gazetteer's form ("в Херсоне" -> "в Kherson"); English as it is."""
    code = normalise_code(language) if language else None
    if not text or not code or code == "en" or not is_supported(code):
        return text
    return place_text(text, get_language(code))
