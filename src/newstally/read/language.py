"""Which language a report is written in.

:func:`detect_language` asks lingua, restricted to :data:`DETECTABLE_LANGUAGES` (the languages
in which the events newstally follows are commonly reported) and in its fast mode: low accuracy
mode (trigram models only), models loaded on first use rather than all at once, and only the
first :data:`SAMPLE_CHARS` characters of the text. The detector is built once, lazily, on the
first call: importing this module costs nothing. A text that is plainly English (unaccented
words, a tenth of them words no other detectable language writes: "the", "and", "said",
"killed", ...) is answered without lingua: loading its models is most of the cost of reading
one report, and on such texts lingua answers "en" anyway.

Length does not decide everything. A text written mostly in a script that no language newstally
extracts from uses (:data:`SCRIPT_LANGUAGES`: Chinese, Japanese, Korean, Arabic, Greek, ...) gets
that script's language however short it is ("東京で火災、2人死亡" is Japanese, so unsupported,
never English by default). A text in Latin or Cyrillic letters too short for the trigram models
(fewer than :data:`MIN_LETTERS` letters, a headline of a few words) gets the language whose
word frequencies (wordfreq) its words fit clearly best, when it has at least
:data:`SHORT_MIN_WORDS` words; else ``None``, which the extraction reads as English.

Extraction knows the languages registered in :mod:`newstally.lang`
(:data:`SUPPORTED_EXTRACTION_LANGUAGES`); the readers still fill ``Document.language`` for every
report so that the extraction layer can skip and count the others.
"""
from __future__ import annotations

import dataclasses
import functools
import re
import threading
import unicodedata
from typing import TYPE_CHECKING

from ..lang import supported_languages

if TYPE_CHECKING:
    from lingua import LanguageDetector

    from ..model import Document

#: ISO 639-1 codes lingua may answer with. Other languages come out as the nearest of these,
#: or as ``None`` when the text is too short or ambiguous. Bosnian and Croatian are left out:
#: in low accuracy mode lingua cannot tell them from Serbian, so all three come out as ``"sr"``.
DETECTABLE_LANGUAGES: tuple[str, ...] = (
    "en", "fr", "es", "de", "it", "pt", "nl", "pl", "ro", "el",
    "ru", "uk", "sr", "sq", "tr", "ar", "fa", "he", "ur", "hi",
    "so", "sw", "id", "zh", "ja", "ko",
)

#: Languages the extraction layer knows: those registered in ``newstally.lang.REGISTRY``.
SUPPORTED_EXTRACTION_LANGUAGES: frozenset[str] = frozenset(supported_languages())

#: How much of a text is looked at: enough for a confident answer, cheap on long reports.
SAMPLE_CHARS = 1000

#: Texts with fewer letters than this get ``None`` rather than a guess.
MIN_LETTERS = 20

#: English words no other language of :data:`DETECTABLE_LANGUAGES` writes as a common word
#: (not "in", "of", "was", "is", "to", "by", "on", "an", "had", "been": German, Dutch, Polish or
#: French words too).
ENGLISH_MARKERS: frozenset[str] = frozenset("""the and that with from were have has said which their
they would who this these those there about into than other while where when after also not but
his her him she he people police killed wounded injured died attack attacked gunmen militants
civilians soldiers""".split())

#: A sample of at least this many words, all unaccented, with at least this share of
#: :data:`ENGLISH_MARKERS`, is English without asking lingua. (Over the dev sets' 1,368 texts,
#: the non-English texts written in unaccented letters have none of them.)
ENGLISH_MIN_WORDS = 12
ENGLISH_MARKER_SHARE = 0.1

#: Scripts no language of the extraction layer is written in, by the first word of the Unicode
#: name of their letters, with the languages that write them. A script of one language names it
#: at any length; a short text in a script of several gets the first unless its words clearly
#: fit another. Han ideographs alone are Chinese; any kana makes a text Japanese.
SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "CJK": ("zh",), "HIRAGANA": ("ja",), "HANGUL": ("ko",),
    "ARABIC": ("ar", "fa", "ur"), "HEBREW": ("he",), "GREEK": ("el",), "DEVANAGARI": ("hi",),
    "THAI": ("th",), "GEORGIAN": ("ka",), "ARMENIAN": ("hy",), "ETHIOPIC": ("am",), "BENGALI": ("bn",),
    "TAMIL": ("ta",), "TELUGU": ("te",), "GUJARATI": ("gu",), "GURMUKHI": ("pa",), "KANNADA": ("kn",),
    "MALAYALAM": ("ml",), "SINHALA": ("si",), "MYANMAR": ("my",), "KHMER": ("km",), "LAO": ("lo",),
    "TIBETAN": ("bo",),
}

#: A short text needs at least this many words for :func:`_short_text_language` to name its language.
SHORT_MIN_WORDS = 3

#: How much better (in summed Zipf frequency) the best language must fit a short text's words
#: than the next one.
SHORT_MARGIN = 3.0

#: A headline with fewer letters than this (and at least :data:`MIN_LETTERS`) is read by the fit
#: of its words first (:func:`_short_text_language`), and by lingua only when no language clearly
#: fits: on a few words the trigram models misread close languages ("Sismo de magnitude 5 atinge
#: Açores" as Italian, "Alluvione in Toscana, evacuate cento famiglie" as Spanish).
SHORT_FIT_LETTERS = 60

#: The languages a short text in Latin or Cyrillic letters may be read as: those of
#: :data:`DETECTABLE_LANGUAGES` in that script that wordfreq has lists for (Serbian's list is in
#: Latin letters; Albanian, Somali and Swahili have none).
_SHORT_CANDIDATES: dict[str, tuple[str, ...]] = {
    "LATIN": ("en", "fr", "es", "de", "it", "pt", "nl", "pl", "ro", "tr", "id"),
    "CYRILLIC": ("ru", "uk"),
}

_WORD = re.compile(r"[^\W\d_]+")
_detector: LanguageDetector | None = None
_lock = threading.Lock()


def _get_detector() -> LanguageDetector:
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from lingua import IsoCode639_1, LanguageDetectorBuilder

                codes = [getattr(IsoCode639_1, code.upper()) for code in DETECTABLE_LANGUAGES]
                _detector = (
                    LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
                    .with_low_accuracy_mode()
                    .build()
                )
    return _detector


def detect_language(text: str | None) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or ``None`` if unsure.

    >>> detect_language("At least 27 people were killed when the bridge collapsed on Tuesday.")
    'en'
    """
    if not text:
        return None
    sample = text[:SAMPLE_CHARS]
    script = _main_script(sample)
    if script is None:
        return None
    if len(SCRIPT_LANGUAGES.get(script, ())) == 1 and script != "CJK":
        return SCRIPT_LANGUAGES[script][0]  # (Korean, Japanese with kana, Greek, Thai, ...: the script tells)
    letters = sum(ch.isalpha() for ch in sample)
    if letters < MIN_LETTERS:
        return _short_text_language(sample, script)
    if letters < SHORT_FIT_LETTERS and script in _SHORT_CANDIDATES:
        fit = _short_text_language(sample, script)
        if fit is not None:
            return fit
    if _plainly_english(sample):
        return "en"
    language = _get_detector().detect_language_of(sample)
    if language is None:
        return None
    code = language.iso_code_639_1.name.lower()
    if code != "en" and _reads_as_english(sample, code):
        return "en"  # "On 28 April, in Ciudad Juarez, Chihuahua, a man was found ...": place names
    return code


def _main_script(sample: str) -> str | None:
    """The script most letters of ``sample`` are written in, by the first word of their Unicode
    names ("LATIN", "CYRILLIC", "CJK", "HANGUL", ...; of full- and half-width forms, the second);
    Japanese kana take the Han ideographs written with them. ``None`` for a text without letters."""
    counts: dict[str, int] = {}
    for ch in sample:
        if ch.isalpha():
            words = unicodedata.name(ch, "?").split(" ")
            if words[0] in ("FULLWIDTH", "HALFWIDTH") and len(words) > 1:
                words = words[1:]
            script = words[0].split("-")[0]
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    if counts.get("HIRAGANA", 0) + counts.get("KATAKANA", 0):
        counts["HIRAGANA"] = counts.get("HIRAGANA", 0) + counts.pop("KATAKANA", 0) + counts.pop("CJK", 0)
    return max(counts, key=counts.__getitem__)


def _short_text_language(sample: str, script: str) -> str | None:
    """The language of a text too short for lingua ("Tres muertos en Gaza", "انفجار في بغداد"):
    the candidate of its script whose word frequencies (wordfreq's small lists: cheap to load)
    fit its words best, by at least :data:`SHORT_MARGIN`. In a script of :data:`SCRIPT_LANGUAGES`
    without a clear winner, the script's first language; in Latin or Cyrillic letters, ``None`` with fewer than
    :data:`SHORT_MIN_WORDS` words or no clear winner."""
    from wordfreq import zipf_frequency

    own = SCRIPT_LANGUAGES.get(script)
    if own and len(own) == 1:
        return own[0]  # (Han ideographs: wordfreq's Chinese needs an extra, and there is no choice)
    words = [w.lower() for w in _WORD.findall(sample)]
    candidates = [c for c in (own or _SHORT_CANDIDATES.get(script, ())) if c in _wordfreq_languages()]
    fits = sorted(((sum(zipf_frequency(w, code, wordlist="small") for w in words), code) for code in candidates),
                  reverse=True)
    clear = bool(fits) and (len(fits) == 1 or fits[0][0] - fits[1][0] >= SHORT_MARGIN)
    if clear and (own or len(words) >= SHORT_MIN_WORDS):
        return fits[0][1]
    return own[0] if own else None


def _plainly_english(sample: str) -> bool:
    """Whether ``sample`` is English beyond doubt: enough words, all in unaccented letters, and
    a share of them :data:`ENGLISH_MARKERS` (cheap: no models to load)."""
    words = _WORD.findall(sample)
    if len(words) < ENGLISH_MIN_WORDS or not sample.isascii() and not all(w.isascii() for w in words):
        return False
    return sum(w.lower() in ENGLISH_MARKERS for w in words) >= ENGLISH_MARKER_SHARE * len(words)


#: How much of a text :func:`_reads_as_english` looks at.
ENGLISH_CHECK_CHARS = 300


def _reads_as_english(sample: str, code: str) -> bool:
    """Whether more words at the start of ``sample`` are more frequent in English than in
    ``code`` than the other way round (wordfreq's lists): short English reports full of foreign place names ("On 28
    April, in Ciudad Juarez, Chihuahua, a man was found ...") fool the trigram models."""
    from wordfreq import zipf_frequency

    head = sample[:ENGLISH_CHECK_CHARS]
    letters = [ch for ch in head if ch.isalpha()]
    if code not in _wordfreq_languages() or sum(ch.isascii() for ch in letters) * 2 < len(letters):
        return False  # another script cannot be English misread (and wordfreq's zh/ja need extras)
    words = _WORD.findall(head.lower())
    votes = [zipf_frequency(w, "en") - zipf_frequency(w, code) for w in words]
    return sum(v > 0 for v in votes) > sum(v < 0 for v in votes)


@functools.lru_cache(maxsize=None)
def _wordfreq_languages() -> frozenset[str]:
    from wordfreq import available_languages

    return frozenset(available_languages())


def normalise_language(tag: str | None) -> str | None:
    """An ISO 639-1 code from a declared language tag: ``"en-US"`` → ``"en"``; junk → ``None``."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-", 1)[0].lower()
    if len(primary) == 2 and primary.isalpha():
        return primary
    return None


def with_language(doc: Document, declared: str | None = None) -> Document:
    """``doc`` with ``language`` filled: as the page said, else ``declared`` (by a feed or an
    HTTP header), else detected from the text; always as an ISO 639-1 code.
    """
    language = normalise_language(doc.language) or normalise_language(declared)
    if language is None:
        language = detect_language(doc.text)
    if language == doc.language:
        return doc
    return dataclasses.replace(doc, language=language)


def is_supported(lang: str | None) -> bool:
    """Whether claims can be extracted from text in ``lang`` (a code or a tag such as ``en-GB``)."""
    code = normalise_language(lang)
    return code is not None and code in supported_languages()


__all__ = [
    "DETECTABLE_LANGUAGES",
    "SAMPLE_CHARS",
    "SUPPORTED_EXTRACTION_LANGUAGES",
    "detect_language",
    "is_supported",
    "normalise_language",
    "with_language",
]
