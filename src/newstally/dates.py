"""The one date reader: every stage reads dates here, so a date gives one answer everywhere.

:func:`read_datetime` / :func:`read_date` read a publication timestamp or a written date:

1. ISO 8601 ("2024-05-02", "2024-05-02T10:00:00Z", and "2024-05-02 ..." with anything after);
2. e-mail / RSS style ("Thu, 02 May 2024 10:00:00 GMT");
3. a written date in the report's language, through dateparser ("Friday, 22 September 2023",
   "22 de septiembre de 2023", "22 сентября 2023"): day, month and year required, at most 60
   characters. English is tried too (metadata is often in English whatever the page). A date
   written with dots ("14.03.2031") is day first; with slashes, ``date_order`` of the
   language's ``dates.json`` ("DMY"), else dateparser's default (month first in English).

A timestamp keeps its own offset: its date is the day where it was written ("2024-05-02T23:30-05:00"
is 2 May). :func:`as_of` resolves the day a sentence's figures refer to against the publication
date, from the words of the language's ``dates.json`` ("yesterday", "on Tuesday", "el martes",
"вчера") and explicit dates (through dateparser with the language).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

__all__ = ["DateWords", "as_of", "date_words", "read_date", "read_datetime"]

_ISO_PREFIX = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DOTTED = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")


def _languages(language: str | None) -> list[str]:
    """The dateparser languages to try for ``language``: it and English (dateparser must know it)."""
    code = (language or "en").strip().replace("_", "-").split("-", 1)[0].lower()
    out = [code] if code and _dateparser_knows(code) else []
    return out + ["en"] if "en" not in out else out


@lru_cache(maxsize=None)
def _dateparser_knows(code: str) -> bool:
    from dateparser.data.languages_info import language_order

    return code in language_order


@lru_cache(maxsize=4096)
def read_datetime(value: str | None, language: str | None = None) -> datetime | None:
    """The moment a timestamp or written date stands for (naive, or aware with its offset when
    it gives one); None when unreadable. A date without a time is midnight."""
    if not value:
        return None
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    m = _ISO_PREFIX.match(text)
    if m:
        try:
            return datetime(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    if len(text) > 60 or not re.search(r"\d", text):
        return None
    import dateparser

    settings: dict[str, Any] = {"REQUIRE_PARTS": ["day", "month", "year"]}
    if _DOTTED.search(text):
        settings["DATE_ORDER"] = "DMY"
    elif date_words(language).table.get("date_order"):
        settings["DATE_ORDER"] = date_words(language).table["date_order"]
    return dateparser.parse(text, languages=_languages(language), settings=settings)


def read_date(value: str | None, language: str | None = None) -> date | None:
    """The day of a timestamp or written date (see :func:`read_datetime`); None when unreadable.

    >>> read_date("Thu, 02 May 2024 10:00:00 GMT"), read_date("2024-05-02T23:30:00-05:00")
    (datetime.date(2024, 5, 2), datetime.date(2024, 5, 2))
    """
    got = read_datetime(value, language)
    return got.date() if got is not None else None


# ------------------------------------------------------------------------------ as-of dates


@dataclass(frozen=True)
class DateWords:
    """A language's date words (``lang/<code>/dates.json``) and the patterns built from them."""

    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]
    explicit: re.Pattern[str]  # a written date in a sentence
    relative_re: re.Pattern[str]
    weekday_re: re.Pattern[str]
    table: dict[str, Any]


def _alternation(words: Any) -> str:
    """Longest first; a space matches any white space."""
    alts = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in alts) if alts else "(?!)"


@lru_cache(maxsize=None)
def date_words(language: str | None = "en") -> DateWords:
    """The date words of ``language``; English's for a language without a ``dates.json``."""
    from .lang import table_of

    t: dict[str, Any] = table_of("dates", language)
    months = {k.lower(): int(v) for k, v in t.get("months", {}).items()}
    weekdays = {k.lower(): int(v) for k, v in t.get("weekdays", {}).items()}
    relative = {" ".join(k.lower().split()): int(v) for k, v in t.get("relative_days", {}).items()}
    mon = r"(?:" + _alternation(months) + r")\.?"
    suffix = r"(?:" + _alternation(t["day_suffixes"]) + r")?" if t.get("day_suffixes") else ""
    day_of = r"(?:(?:" + _alternation(t["day_of"]) + r")\s+)?" if t.get("day_of") else ""
    year_of = r"(?:(?:" + _alternation(t["year_of"]) + r")\s+)?" if t.get("year_of") else ""
    explicit = re.compile(
        r"\b(?:\d{4}-\d{2}-\d{2}"
        r"|\d{1,2}" + suffix + r"\s+" + day_of + mon + r"(?:,?\s+" + year_of + r"\d{4})?"
        r"|" + mon + r"\s+\d{1,2}" + suffix + r"(?:,?\s+\d{4})?"
        r"|\d{1,2}/\d{1,2}/\d{4})\b", re.I)
    return DateWords(months, weekdays, relative, explicit,
                     re.compile(r"\b(?:" + _alternation(relative) + r")\b", re.I),
                     re.compile(r"\b(" + _alternation(weekdays) + r")\b", re.I), t)


@lru_cache(maxsize=4096)
def _dateparse(text: str, base: date | None, language: str) -> date | None:
    import dateparser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    got = dateparser.parse(text, languages=_languages(language)[:1], settings=settings)
    return got.date() if got else None


def as_of(sentence: str, published: date | None, language: str | None = "en") -> date | None:
    """The date a sentence's figures refer to, or the publication date when it names none.

    An explicit date ("3 May 2020", "September 19") is read with dateparser in the language,
    relative to publication; a relative day ("yesterday", "last night") or a weekday ("on
    Tuesday": the latest Tuesday on or before publication) from the language's date words.
    """
    words = date_words(language)
    m = words.explicit.search(sentence)
    if m:
        got = _dateparse(m.group(), published, language or "en")
        if got is not None and (published is None or got <= published + timedelta(days=1)):
            return got
    if published is None:
        return None
    m = words.relative_re.search(sentence)
    if m:
        return published + timedelta(days=words.relative[" ".join(m.group().lower().split())])
    m = words.weekday_re.search(sentence)
    if m:
        back = (published.weekday() - words.weekdays[m.group(1).lower()]) % 7
        return published - timedelta(days=back)
    return published
