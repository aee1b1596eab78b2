"""Sentence splitting with character offsets, and word tokens with offsets.

A rule-based splitter is enough for news text and keeps offsets exact: paragraphs (line breaks)
always end a sentence; ``. ! ?`` end one when followed by white space and an upper-case letter
(any script: Latin, Cyrillic, Greek), a digit or an opening quote or bracket (``"“‘«„(``,
Spanish ``¿¡``), except after the language's abbreviations (``abbreviations`` in
``lang/<code>/sentences.json``), initials and a day number before a month where the language
writes ordinals with a full stop ("am 22. Juli": ``ordinal_before``). Closing quotes after the mark stay with the
sentence, French ``»`` also after a space ("tués. »").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

_END = re.compile(r"[.!?]+(?:[\"'”’)\]»]|[ \u00a0\u202f]»)*(?=\s+(?:[\"'“‘(\[„¿¡]|«[ \u00a0\u202f]?)?(\w))")
_LINE = re.compile(r"[^\n]+")
_WORD_BEFORE = re.compile(r"([^\W\d_](?:[^\W\d_]|\.)*)$")


class Span(NamedTuple):
    start: int
    end: int


@lru_cache(maxsize=None)
def abbreviations(language: str | None = None) -> frozenset[str]:
    """Words that a full stop follows without ending the sentence (lower-case, without their
    last full stop: "mr", "u.s"). The language's own table; English's for a language that has
    none or is not registered."""
    from ..lang import table_of

    table: dict = table_of("sentences", language)
    return frozenset(w.lower().rstrip(".") for w in table.get("abbreviations", ()))


@lru_cache(maxsize=None)
def ordinal_before(language: str | None = None) -> frozenset[str]:
    """Words before which a day number's full stop is an ordinal, not the end of a sentence
    (German "am 22. Juli"): ``ordinal_before`` in the language's table."""
    from ..lang import table_of

    table: dict = table_of("sentences", language)
    return frozenset(w.lower() for w in table.get("ordinal_before", ()))


def _ordinal_dot(text: str, dot: int, nxt: int, ordinals: frozenset[str]) -> bool:
    """'22. Juli': a full stop right after a day number, before a word of ``ordinals``."""
    if not ordinals or text[dot] != "." or not re.search(r"(?<!\d)\d{1,2}$", text[max(0, dot - 3):dot]):
        return False
    m = re.match(r"\w+", text[nxt:])
    return bool(m) and m.group().lower() in ordinals


def _is_abbreviation(text: str, dot: int, abbrevs: frozenset[str]) -> bool:
    if text[dot] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in abbrevs:
        return True
    return len(word) == 1 and word.isalpha() and text[dot - 1].isupper()  # an initial: "John F. Kennedy"


def split_sentences(text: str, language: str | None = None) -> Iterator[Span]:
    """Yield the (start, end) of every sentence of ``text``, trimmed of surrounding space.

    ``language`` picks the abbreviation table (None: English)."""
    abbrevs = abbreviations(language)
    ordinals = ordinal_before(language)
    for line in _LINE.finditer(text):
        start = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            nxt = m.group(1)
            if not (nxt.isupper() or nxt.isdigit()) or _is_abbreviation(text, m.start(), abbrevs) \
                    or _ordinal_dot(text, m.start(), m.start(1), ordinals):
                continue
            yield from _trim(text, start, m.end())
            start = m.end()
        yield from _trim(text, start, line.end())


def _trim(text: str, start: int, end: int) -> Iterator[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield Span(start, end)


class Token(NamedTuple):
    text: str
    lower: str
    start: int
    end: int


_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,:]\d+)*|[^\w\s]")


def first_word(text: str) -> str:
    """The first token of ``text`` as :func:`tokenize` lowercases it ('' when there is none)."""
    m = _TOKEN.search(text)
    return m.group().lower().replace("’", "'") if m else ""


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words, numbers and single punctuation marks, with offsets shifted by ``offset``."""
    low = text.lower().replace("’", "'")
    if len(low) != len(text):  # a few characters change length when lower-cased
        return [Token(m.group(), m.group().lower().replace("’", "'"), m.start() + offset, m.end() + offset)
                for m in _TOKEN.finditer(text)]
    return [Token(m.group(), low[m.start():m.end()], m.start() + offset, m.end() + offset)
            for m in _TOKEN.finditer(text)]
