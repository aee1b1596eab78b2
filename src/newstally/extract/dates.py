"""As-of dates: the day a figure refers to, resolved against the publication date.

Weekday names ("on Tuesday", "since Sunday"), "yesterday", "today", "last night" are resolved
with plain date arithmetic (the latest such day on or before publication). Explicit dates
("3 May 2020", "September 19, 2023", "2023-09-20") go through dateparser with the language
given and ``RELATIVE_BASE`` set to the publication date (auto-detection is 3x slower).
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

WEEKDAYS = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
RELATIVE = {"yesterday": -1, "today": 0, "tonight": 0, "last night": -1, "this morning": 0,
            "this afternoon": 0, "this evening": 0, "earlier today": 0, "overnight": 0}
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_EXPLICIT = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"(?:,?\s+\d{4})?"
    r"|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|\d{1,2}/\d{1,2}/\d{4})\b", re.I)
_RELATIVE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, RELATIVE), key=len, reverse=True)) + r")\b", re.I)
_WEEKDAY = re.compile(r"\b(?:on\s+|since\s+|last\s+|this\s+)?(" + "|".join(WEEKDAYS) + r")\b", re.I)


@lru_cache(maxsize=4096)
def parse_published(value: str | None) -> date | None:
    """The date of a publication timestamp: ISO 8601 first, then e-mail/RSS style ("Thu, 02 May
    2024 10:00:00 GMT"), then written dates ("Friday, 22 September 2023"); None when unreadable."""
    if not value:
        return None
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    if len(text) > 60 or not re.search(r"\d", text):
        return None
    import dateparser

    got = dateparser.parse(text, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return got.date() if got else None


@lru_cache(maxsize=4096)
def _dateparse(text: str, base: date | None, language: str) -> date | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    got = dateparser.parse(text, languages=[language], settings=settings)
    return got.date() if got else None


def resolve_as_of(sentence: str, published: date | None, language: str = "en") -> date | None:
    """The date a sentence's figures refer to, or the publication date when it names none."""
    m = _EXPLICIT.search(sentence)
    if m:
        got = _dateparse(m.group(), published, language)
        if got is not None and (published is None or got <= published + timedelta(days=1)):
            return got
    if published is None:
        return None
    m = _RELATIVE.search(sentence)
    if m:
        return published + timedelta(days=RELATIVE[m.group().lower()])
    m = _WEEKDAY.search(sentence)
    if m:
        back = (published.weekday() - WEEKDAYS[m.group(1).lower()]) % 7
        return published - timedelta(days=back)
    return published
