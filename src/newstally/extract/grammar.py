"""Function words the shared claim rules read, from ``lang/<code>/grammar.json``.

The rules in :mod:`.claims` are written once for every language; the words they look for
("were", "among", "of whom", "Mr", the "-ers" of "protesters") come from this table. Each key of
the English table is an attribute (``grammar.among``; ``grammar["and"]`` for Python keywords):
a frozenset of lower-case words (or of word tuples, for entries of several words); a tuple of
endings (beginnings) for keys ending in ``_suffixes`` (``_prefixes``); an ordered tuple for the
few keys that build regular expressions. A key a language leaves out is empty: the rule that
reads it never fires. ``_keys`` in the English table says what each key is for.
"""
from __future__ import annotations

import re
from functools import cached_property
from typing import Any

_ORDERED = frozenset({"death_nouns_of", "death_statements", "counting_on"})
_AFFIXES = ("_suffixes", "_prefixes")


def _entry(value: Any) -> str | tuple[str, ...]:
    if isinstance(value, list):
        return tuple(w.lower() for w in value)
    return value.lower() if isinstance(value, str) else value


class Grammar:
    """A language's function-word table; see the module docstring."""

    def __init__(self, table: dict[str, Any], known: frozenset[str] = frozenset()) -> None:
        self._known = known | {k for k in table if not k.startswith("_")}
        for key, value in table.items():
            if key.startswith("_"):
                continue
            if key.endswith(_AFFIXES) or key in _ORDERED:
                setattr(self, key, tuple(_entry(v) for v in value))
            else:
                setattr(self, key, frozenset(_entry(v) for v in value))

    def __getitem__(self, name: str) -> Any:
        """``grammar["and"]``: the keys that are Python keywords ("and", "or", "with")."""
        return getattr(self, name)

    def __getattr__(self, name: str) -> Any:  # only for keys the language's table leaves out
        if name.startswith("_") or name not in self._known:
            raise AttributeError(name)
        return () if name.endswith(_AFFIXES) or name in _ORDERED else frozenset()

    @cached_property
    def at_least_words(self) -> frozenset[str]:
        """Every word of the ``at_least`` phrases."""
        return frozenset(w for p in self.at_least for w in p)

    @cached_property
    def at_least_ends(self) -> frozenset[str]:
        """The last words of the ``at_least`` phrases."""
        return frozenset(p[-1] for p in self.at_least if p)

    @cached_property
    def death_nouns_re(self) -> str:
        """``death_nouns_of`` as a regular-expression alternation."""
        return _alternation(self.death_nouns_of)

    @cached_property
    def death_statements_re(self) -> str:
        """``death_statements`` as a regular-expression alternation."""
        return _alternation(self.death_statements)


def _alternation(phrases: tuple[str, ...]) -> str:
    if not phrases:
        return "(?!)"
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases) + ")"


def build_grammar(table: dict[str, Any], english: dict[str, Any] | None = None) -> Grammar:
    """The Grammar of a table; ``english`` (the English table) names the keys that exist."""
    known = frozenset(k for k in (english or {}) if not k.startswith("_"))
    return Grammar(table, known)
