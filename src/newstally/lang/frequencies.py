"""Word frequencies (wordfreq's "best" lists), read a word at a time from a file in the cache.

Loading wordfreq's English list takes half a second (importing wordfreq, then unpacking 321,000
words), more than everything else a one-report ingest does; a report asks for a few hundred
words. So each language's list is written once, on first use, into a SQLite file in the user's
cache folder (the place index's: ``$NEWSTALLY_CACHE_DIR`` or ``~/.cache/newstally``), keyed by
wordfreq's version, and read a word at a time; each word read is kept for the rest of the
process. The numbers are wordfreq's own, bit for bit. When the cache folder cannot be written,
the list is loaded from wordfreq as before.

    >>> from newstally.lang.frequencies import word_frequencies
    >>> word_frequencies("en").get("the", 0.0) > word_frequencies("en").get("shooting", 0.0) > 0
    True
"""
from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator, Mapping
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

log = logging.getLogger(__name__)

#: Bumped when the file's layout changes.
SCHEMA = 1


class WordFrequencies(Mapping[str, float]):
    """A word's frequency in a language (a fraction of all words, as wordfreq gives it); a dict
    for reading: ``get``, ``[]``, ``in``, ``len``, iteration."""

    def __init__(self, code: str) -> None:
        self.code = code
        self._known: dict[str, float | None] = {}
        self._whole: dict[str, float] | None = None
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._opened = False

    def _open(self) -> None:
        with self._lock:
            if self._opened:
                return
            try:
                self._db = _connect(self.code)
            except (OSError, sqlite3.Error) as exc:  # a read-only or full cache folder
                log.info("word frequencies for %r loaded whole (%s)", self.code, exc)
                self._whole = _load(self.code)
            self._opened = True

    def _lookup(self, word: str) -> float | None:
        if not self._opened:
            self._open()
        if self._whole is not None:
            return self._whole.get(word)
        with self._lock:  # one connection per list, shared by threads
            assert self._db is not None
            row = self._db.execute("SELECT f FROM word WHERE w = ?", (word,)).fetchone()
        return row[0] if row else None

    def get(self, word: str, default: float | None = None) -> float | None:  # type: ignore[override]
        try:
            f = self._known[word]
        except KeyError:
            f = self._known[word] = self._lookup(word)
        return default if f is None else f

    def __getitem__(self, word: str) -> float:
        f = self.get(word)
        if f is None:
            raise KeyError(word)
        return f

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def _all(self) -> dict[str, float]:
        if not self._opened:
            self._open()
        if self._whole is not None:
            return self._whole
        with self._lock:
            assert self._db is not None
            return dict(self._db.execute("SELECT w, f FROM word"))

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        if not self._opened:
            self._open()
        if self._whole is not None:
            return len(self._whole)
        with self._lock:
            assert self._db is not None
            return self._db.execute("SELECT count(*) FROM word").fetchone()[0]


@lru_cache(maxsize=None)
def word_frequencies(code: str) -> WordFrequencies:
    """The word frequencies of a language (ISO 639-1 code), one reader per process. A language
    wordfreq does not know has none (every ``get`` is ``None``)."""
    return WordFrequencies(code)


def _load(code: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict

    try:
        return get_frequency_dict(code, wordlist="best")
    except LookupError:
        return {}


def _path(code: str) -> Path:
    from ..places.gazetteer import cache_dir

    return cache_dir() / f"words-{code}-{SCHEMA}-wordfreq-{version('wordfreq')}.sqlite"


def _connect(code: str) -> sqlite3.Connection:
    """The language's file, written first when missing (to a temporary file, then moved into
    place: processes that write it at once each write a whole file, and the last one stays)."""
    path = _path(code)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        words = _load(code)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        os.close(fd)
        try:
            db = sqlite3.connect(tmp)
            db.execute("CREATE TABLE word (w TEXT PRIMARY KEY, f REAL NOT NULL) WITHOUT ROWID")
            db.executemany("INSERT INTO word VALUES (?, ?)", words.items())
            db.commit()
            db.close()
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    db.execute("SELECT f FROM word LIMIT 1").fetchall()  # a damaged file raises here, not later
    return db


__all__ = ["WordFrequencies", "word_frequencies"]
