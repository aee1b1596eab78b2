"""Words for full-text search: what the ledger indexes of each report, and how a query is read.

Both sides go through :func:`words`, so that a search matches the same way on SQLite (FTS5) and
PostgreSQL (``tsvector``) and in every language: the text is case-folded (``Straße`` ->
``strasse``), compatibility forms are unified (``ﬁ`` -> ``fi``, full-width digits -> digits),
accents and other marks written over letters are dropped (``Kraków`` -> ``krakow``, ``ё`` ->
``е``, Arabic and Hebrew vowel marks), and the words are the runs of letters and digits between
anything else (``saint-étienne`` -> ``saint etienne``). Chinese and Japanese, written without
spaces, have each character as a word, so that a word of several characters is found as a
phrase of them.

A query (:func:`parse_query`) is a list of terms, each of which an event must contain: a word,
words joined by signs (``market-fire``, read as a phrase), a phrase in double quotes (an unclosed
quote runs to the end), each optionally ending in ``*`` to match the beginning of its last
word (``kra*``). Nothing else in a query is an operator: ``OR``, ``NOT``, ``NEAR``, ``%`` and the
like are words or nothing.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["MAX_INDEX_BYTES", "MAX_INDEX_WORDS", "Term", "fold", "index_text", "parse_query", "words"]

#: Words of one report indexed at most (PostgreSQL keeps word positions up to 16,383 only).
MAX_INDEX_WORDS = 50_000
#: UTF-8 bytes of one report's indexed words at most (a ``tsvector`` holds less than 1 MB).
MAX_INDEX_BYTES = 500_000
#: Characters of a report read for its words at most (enough for :data:`MAX_INDEX_WORDS`).
_MAX_READ = 2_000_000

# marks written over or under letters, dropped after the letters are decomposed: combining
# diacritics (Latin, Greek, Cyrillic), Hebrew points, Arabic vowel marks
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
                    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670]")
# scripts written without spaces between words: each character is a word
_UNSPACED = re.compile("([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f])")
_WORD = re.compile(r"[^\W_]+")
_TERM = re.compile(r'"([^"]*)"?(\*?)|([^\s"]+)')


def fold(text: str) -> str:
    """``text`` case-folded, in compatibility form, without marks over letters."""
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold())))


def words(text: str) -> list[str]:
    """The searchable words of ``text``, in order (see the module's description)."""
    folded = fold(text)
    if _UNSPACED.search(folded):
        folded = _UNSPACED.sub(r" \1 ", folded)
    return _WORD.findall(folded)


def index_text(title: str | None, text: str | None) -> str:
    """What the search index holds of a report: the words of its title and text, separated by
    spaces, at most :data:`MAX_INDEX_WORDS` words and :data:`MAX_INDEX_BYTES` bytes."""
    found = words(title or "") + words((text or "")[:_MAX_READ])
    joined = " ".join(found[:MAX_INDEX_WORDS])
    raw = joined.encode("utf-8")
    if len(raw) > MAX_INDEX_BYTES:  # cut at the last whole word
        joined = raw[:MAX_INDEX_BYTES + 1].decode("utf-8", "ignore").rsplit(" ", 1)[0]
    return joined


@dataclass(frozen=True)
class Term:
    """One term of a query: words in a row (one word, or a phrase); with ``prefix``, the last
    word matches any word it begins."""

    words: tuple[str, ...]
    prefix: bool = False


def parse_query(q: str | None) -> list[Term]:
    """The terms of a search query (see the module's description); parts without a letter or a
    digit are left out."""
    terms = []
    for m in _TERM.finditer(q or ""):
        phrase, star, bare = m.groups()
        raw = phrase if bare is None else bare
        found = tuple(words(raw))
        if found:
            terms.append(Term(found, prefix=bool(star) if bare is None else bare.endswith("*")))
    return terms
