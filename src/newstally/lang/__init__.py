"""One place for each language: its data tables and the little code that is its own.

As in spaCy's ``lang/``, every language newstally reads lives in a folder
``newstally/lang/<code>/``: JSON data tables (casualty words, number words, sides, ...) and a tiny
``__init__.py`` that builds its :class:`Language`. The rule machinery (``extract``, ``cluster``,
``reconcile``, ...) is shared and asks the :class:`Language` for what it needs::

    >>> from newstally.lang import get_language
    >>> en = get_language("en-GB")
    >>> en.code, en.name, en.lemma("killed")
    ('en', 'English', 'killed')
    >>> "en" in supported_languages()
    True

A language is supported when :data:`REGISTRY` lists it, never because some file exists. Adding
one is a folder plus one registry line (see ``docs/languages.md``).
"""
from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from functools import cached_property, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from ..errors import LanguageError

if TYPE_CHECKING:
    from ..extract.lexicon import Lexicon

__all__ = ["REGISTRY", "TABLES", "Language", "LanguageError", "get_language", "normalise_code", "table_of",
           "supported_languages"]

#: Language code -> the module that builds it (its folder holds the tables). One line per language.
REGISTRY: dict[str, str] = {
    "de": "newstally.lang.de",
    "en": "newstally.lang.en",
    "ru": "newstally.lang.ru",
    "es": "newstally.lang.es",
    "fr": "newstally.lang.fr",
    "it": "newstally.lang.it",
    "pt": "newstally.lang.pt",
}

#: The data tables a language may have, each a JSON file ``<name>.json`` in its folder and an
#: attribute of :class:`Language`. A missing file is an empty table: a new language starts small.
TABLES: dict[str, str] = {
    "casualties": "casualty words by role, person nouns by subgroup, negation, hypothetical and "
                  "other-event cues, attribution phrases (read by extract.lexicon)",
    "numbers": "number words, qualifiers, vague amounts, ordinals, digit separators (extract.numbers)",
    "grammar": "function words the claim and attribution rules read: auxiliaries, determiners, "
               "prepositions, honorifics, person-noun suffixes (extract.claims, extract.attribution)",
    "sentences": "sentence-splitting exceptions: abbreviations (extract.sentences)",
    "dates": "relative day words ('yesterday', 'on Tuesday') for as-of dates (newstally.dates)",
    "sides": "who an attribution speaks for: parties, government, camps (reconcile.sides)",
    "reconcile": "reconciliation cues: increments, partitives, other-event openers (reconcile.claims)",
    "cleaning": "junk-line cues for plain-text cleaning (clean)",
    "cluster": "clustering stop words and follow-up words (cluster)",
    "places": "common capitalised words that are no places, demonyms (places)",
}


def normalise_code(code: str | None) -> str:
    """The registry key of a language tag: ``"pt-BR"`` -> ``"pt"``, ``"EN_us"`` -> ``"en"``."""
    return (code or "").strip().replace("_", "-").split("-", 1)[0].lower()


def _identity(word: str) -> str:
    return word


def _lower(word: str) -> str:
    return word.lower()


class Language:
    """Everything newstally knows about one language.

    Attributes (stable; new ones may be added, none renamed):

    ``code``
        ISO 639-1 code, the :data:`REGISTRY` key ("en").
    ``name``
        English name of the language ("English").
    ``package``
        The module whose folder holds the JSON tables.
    one attribute per name in :data:`TABLES` (``casualties``, ``numbers``, ``grammar``, ...)
        The parsed ``<name>.json`` of the folder, loaded on first use; ``{}`` when the file is
        missing. Treat as read-only.
    ``lexicon``
        The indexed casualty lexicon the claim rules use (:class:`newstally.extract.lexicon.Lexicon`),
        built once from ``casualties`` on first use.
    ``lemma(word)``
        The lookup form of a lower-case word. Casualty-lexicon look-ups compare lemmas on both
        sides (table entries and text), so tables may list base forms and the lemmatizer covers
        the inflections. Identity unless the language passes ``lemmatizer`` (e.g. simplemma,
        pymorphy3); it is called only on tokens that start with a letter, its answer is
        lower-cased and cached per word.
    ``lemmatizes``
        Whether ``lemma`` is more than the identity (rules skip the calls when it is not).
    ``number_words``
        None, or the language's own reader of a run of number words ("двадцать один" -> 21;
        lower-case, hyphens turned to spaces; None when it is no number). Without it the words
        the ``numbers`` table lists are valued by text2num in the language (en, es, fr, de, pt,
        it, nl).
    ``stem(word)``
        A crude stem for clustering word overlap (any case in, lower case out); the word
        lower-cased unless ``stemmer`` is passed.

    Build one in ``lang/<code>/__init__.py``::

        LANGUAGE = Language("xx", "Example", __name__, lemmatizer=my_lemma)
    """

    def __init__(self, code: str, name: str, package: str, *,
                 lemmatizer: Callable[[str], str] | None = None,
                 stemmer: Callable[[str], str] | None = None,
                 number_words: Callable[[str], int | None] | None = None) -> None:
        self.code = code
        self.name = name
        self.package = package
        self.lemmatizes = lemmatizer is not None
        if lemmatizer is not None:
            def lemma(word: str) -> str:  # only words; the result lower-cased ("Tote" -> "tote")
                return (lemmatizer(word) or word).lower() if word[:1].isalpha() else word

            self._lemma = lru_cache(maxsize=65536)(lemma)
        else:
            self._lemma = _identity
        self._stem = stemmer or _lower
        self.number_words = number_words

    def __repr__(self) -> str:
        return f"Language({self.code!r}, {self.name!r})"

    def lemma(self, word: str) -> str:
        """The lookup form of a lower-case word (see the class docstring)."""
        return self._lemma(word)

    def stem(self, word: str) -> str:
        """A crude stem for word overlap in clustering."""
        return self._stem(word)

    def table(self, name: str) -> dict[str, Any]:
        """The parsed ``<name>.json`` of the language's folder; ``{}`` when there is none."""
        cache = self.__dict__.setdefault("_tables", {})
        if name not in cache:
            try:
                raw = resources.files(self.package).joinpath(f"{name}.json").read_text("utf-8")
            except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
                cache[name] = {}
            else:
                try:
                    cache[name] = json.loads(raw)
                except ValueError as exc:
                    raise LanguageError(f"{self.code}: {name}.json is not valid JSON: {exc}") from exc
        return cache[name]

    def has_table(self, name: str) -> bool:
        """Whether the folder has a non-empty ``<name>.json``."""
        return bool(self.table(name))

    @cached_property
    def lexicon(self) -> Lexicon:
        from ..extract.lexicon import build_lexicon

        return build_lexicon(self)

    # one read-only attribute per table (listed in TABLES)
    casualties = property(lambda self: self.table("casualties"))
    numbers = property(lambda self: self.table("numbers"))
    grammar = property(lambda self: self.table("grammar"))
    sentences = property(lambda self: self.table("sentences"))
    dates = property(lambda self: self.table("dates"))
    sides = property(lambda self: self.table("sides"))
    reconcile = property(lambda self: self.table("reconcile"))
    cleaning = property(lambda self: self.table("cleaning"))
    cluster = property(lambda self: self.table("cluster"))
    places = property(lambda self: self.table("places"))


def supported_languages() -> tuple[str, ...]:
    """The codes of every registered language, sorted."""
    return tuple(sorted(REGISTRY))


def is_supported(code: str | None) -> bool:
    """Whether ``code`` (a code or a tag such as ``"pt-BR"``) names a registered language."""
    return normalise_code(code) in REGISTRY


def get_language(code: str | None) -> Language:
    """The :class:`Language` of ``code``: an ISO 639-1 code or a tag (``"pt-BR"`` -> ``"pt"``).

    Cached: every call for one language returns the same object. Raises :class:`LanguageError`
    for a language that is not in :data:`REGISTRY`.
    """
    key = normalise_code(code)
    if key not in REGISTRY:
        known = ", ".join(supported_languages())
        raise LanguageError(f"unsupported language {code!r} (supported: {known})")
    return _load(key, REGISTRY[key])


def table_of(kind: str, code: str | None) -> Any:
    """The ``kind`` table (``dates``, ``sentences``, ``sides`` ...) of language ``code``;
    English's when that language has none or is not registered (None: English)."""
    try:
        table = get_language(code or "en").table(kind)
    except LanguageError:
        table = None
    return table or get_language("en").table(kind)


@lru_cache(maxsize=None)
def _load(code: str, module: str) -> Language:
    lang = getattr(importlib.import_module(module), "LANGUAGE", None)
    if not isinstance(lang, Language):
        raise LanguageError(f"{module} defines no LANGUAGE = Language(...)")
    if lang.code != code:
        raise LanguageError(f"{module} builds language {lang.code!r}, registered as {code!r}")
    return lang


def clear_cache() -> None:
    """Forget loaded languages (after changing :data:`REGISTRY` or a table, e.g. in tests)."""
    _load.cache_clear()
