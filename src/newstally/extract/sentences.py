"""Sentence splitting with character offsets, and word tokens with offsets.

A rule-based splitter is enough for news text and keeps offsets exact: paragraphs (line breaks)
always end a sentence; ``. ! ?`` end one when followed by white space and an upper-case letter,
a digit or a quote, except after common abbreviations and initials.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof st sr jr gen lt col maj capt sgt cpl pvt adm gov sen rep rev fr
no nos vs etc inc ltd co corp dept univ jan feb mar apr jun jul aug sep sept oct nov dec
u.s u.k u.n e.g i.e approx est a.m p.m mt ft ave blvd rd
""".split())

_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Ý])")
_LINE = re.compile(r"[^\n]+")


class Span(NamedTuple):
    start: int
    end: int


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, dot - 12):dot])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha() and text[dot - 1].isupper()  # an initial: "John F. Kennedy"


def split_sentences(text: str) -> Iterator[Span]:
    """Yield the (start, end) of every sentence of ``text``, trimmed of surrounding space."""
    for line in _LINE.finditer(text):
        start = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            if _is_abbreviation(text, m.start()):
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


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words, numbers and single punctuation marks, with offsets shifted by ``offset``."""
    low = text.lower().replace("’", "'")
    if len(low) != len(text):  # a few characters change length when lower-cased
        return [Token(m.group(), m.group().lower().replace("’", "'"), m.start() + offset, m.end() + offset)
                for m in _TOKEN.finditer(text)]
    return [Token(m.group(), low[m.start():m.end()], m.start() + offset, m.end() + offset)
            for m in _TOKEN.finditer(text)]
