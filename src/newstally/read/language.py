"""Which language a report is written in.

:func:`detect_language` asks lingua, restricted to :data:`DETECTABLE_LANGUAGES` (the languages
in which the events newstally follows are commonly reported) and in its fast mode: low accuracy
mode (trigram models only), models loaded on first use rather than all at once, and only the
first :data:`SAMPLE_CHARS` characters of the text. The detector is built once, lazily, on the
first call: importing this module costs nothing. A text that is plainly English (unaccented
words, a tenth of them words no other detectable language writes: "the", "and", "said",
"killed", ...) is answered without lingua: loading its models is most of the cost of reading
one report, and on such texts lingua answers "en" anyway.

Extraction knows the languages registered in :mod:`newstally.lang`
(:data:`SUPPORTED_EXTRACTION_LANGUAGES`); the readers still fill ``Document.language`` for every
report so that the extraction layer can skip and count the others.
"""
from __future__ import annotations

import dataclasses
import functools
import re
import threading
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
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    if _plainly_english(sample):
        return "en"
    language = _get_detector().detect_language_of(sample)
    if language is None:
        return None
    code = language.iso_code_639_1.name.lower()
    if code != "en" and _reads_as_english(sample, code):
        return "en"  # "On 28 April, in Ciudad Juarez, Chihuahua, a man was found ...": place names
    return code


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
