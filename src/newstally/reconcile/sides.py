"""Who a claim's attribution speaks for: its side and camp (table ``lang/<code>/sides.json``)."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

UNATTRIBUTED = "unattributed"
OTHER = "other"
GOVERNMENT = "government"
OPPOSITION = "opposition"
NEUTRAL = "neutral"


@dataclass(frozen=True)
class SideTable:
    """Phrase lists mapping an attribution to a side and a camp, in matching order."""

    rules: tuple[tuple[tuple[str, ...], str], ...]
    combatants: frozenset[str]
    non_combatants: frozenset[str]
    camp_rules: tuple[tuple[tuple[str, ...], str], ...] = ()
    armed_groups: frozenset[str] = frozenset()

    def side(self, attribution: str | None) -> str:
        return self._side(attribution or "")

    def camp(self, attribution: str | None) -> str:
        """The side, with ``other`` sorted into ``opposition``, ``neutral`` or ``other`` (no camp)."""
        side = self.side(attribution)
        if side != OTHER:
            return side
        return _match(words_of(attribution or ""), self._index("_camps", self.camp_rules)) or OTHER

    def opposed(self, a: str, b: str) -> bool:
        """Whether camps ``a`` and ``b`` are opposing parties whose figures can be in dispute."""
        if a == b:
            return False
        plain = (GOVERNMENT, OPPOSITION, NEUTRAL, OTHER, UNATTRIBUTED)
        if a not in plain and b not in plain:
            return True  # two named parties (countries, armed groups)
        pair = {a, b}
        if pair == {GOVERNMENT, OPPOSITION}:
            return True
        return GOVERNMENT in pair and bool(pair & self.armed_groups)

    @lru_cache(maxsize=4096)  # noqa: B019 - tables are few and live as long as the process
    def _side(self, attribution: str) -> str:
        words = words_of(attribution)
        if not words:
            return UNATTRIBUTED
        return _match(words, self._index("_sides", self.rules)) or OTHER

    def _index(self, name: str, rules: Sequence[tuple[tuple[str, ...], str]]
               ) -> dict[str, list[tuple[int, tuple[str, ...], str]]]:
        index = self.__dict__.get(name)
        if index is None:
            index = {}
            for rank, (phrase, side) in enumerate(rules):
                index.setdefault(phrase[0], []).append((rank, phrase, side))
            object.__setattr__(self, name, index)
        return index

    def subgroup_class(self, subgroup: str | None) -> str | None:
        if subgroup in self.combatants:
            return "combatants"
        if subgroup in self.non_combatants:
            return "non_combatants"
        return None


def _match(words: Sequence[str], index: Mapping[str, list[tuple[int, tuple[str, ...], str]]]) -> str | None:
    """The label of the earliest-listed phrase occurring in ``words``."""
    found: list[tuple[int, str]] = []
    for i, w in enumerate(words):
        for rank, phrase, label in index.get(w, ()):
            if tuple(words[i:i + len(phrase)]) == phrase:
                found.append((rank, label))
    return min(found)[1] if found else None


_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


def words_of(text: str) -> list[str]:
    """Lower-case words of any script, possessive 's dropped: "Russia's defence ministry" ->
    ["russia", "defence", "ministry"]; "министерство обороны России" -> its three words."""
    text = text.lower().replace("’", "'")
    return [w[:-2] if w.endswith("'s") else w for w in _WORD.findall(text)]


def data_table(kind: str, language: str) -> Any:
    """The ``kind`` table (``sides``, ``reconcile``) of ``language``; English's when the language
    has none or is not registered."""
    from ..lang import table_of

    return table_of(kind, language)


@lru_cache(maxsize=None)
def load_sides(language: str | None = None) -> SideTable:
    """The side table of ``language`` (English's when it has none); by default (None) the tables
    of every registered language together, so that an attribution in any language finds its side
    ("Russia's defence ministry", "министерство обороны России"). In the merged table every
    language's parties come before every language's other and government phrases, English first."""
    from ..lang import supported_languages

    codes = [language] if language else ["en"] + [c for c in supported_languages() if c != "en"]
    tables = [data_table("sides", c) for c in codes]
    tables = list({id(t): t for t in tables}.values())  # a language without sides.json gives English's
    rules: list[tuple[tuple[str, ...], str]] = []
    for t in tables:
        for side, phrases in t.get("parties", {}).items():
            if not side.startswith("_"):
                rules += [(tuple(words_of(p)), side) for p in phrases]
    for t in tables:
        rules += [(tuple(words_of(p)), OTHER) for p in t.get("other", ())]
    for t in tables:
        rules += [(tuple(words_of(p)), GOVERNMENT) for p in t.get("government", ())]
    camps: list[tuple[tuple[str, ...], str]] = []
    for t in tables:
        for camp in (OPPOSITION, NEUTRAL):
            camps += [(tuple(words_of(p)), camp) for p in t.get("camps", {}).get(camp, ())]
    combatants = frozenset(w for t in tables for w in t.get("subgroup_classes", {}).get("combatants", ()))
    non_combatants = frozenset(w for t in tables for w in t.get("subgroup_classes", {}).get("non_combatants", ()))
    armed = frozenset(w for t in tables for w in t.get("armed_groups", ()))
    return SideTable(tuple(r for r in rules if r[0]), combatants, non_combatants, tuple(c for c in camps if c[0]), armed)


def side_of(attribution: str | None, table: SideTable | None = None) -> str:
    """The side an attribution speaks for: a party, ``government``, ``other`` or ``unattributed``.

    >>> side_of("Azerbaijan's defence ministry"), side_of("the army"), side_of(None)
    ('azerbaijan', 'government', 'unattributed')
    """
    return (table or load_sides()).side(attribution)


def camp_of(attribution: str | None, table: SideTable | None = None) -> str:
    """The camp an attribution speaks for: its side, with ``other`` split further.

    >>> camp_of("residents"), camp_of("the Red Cross"), camp_of("JNIM"), camp_of("police")
    ('opposition', 'neutral', 'jnim', 'government')
    """
    return (table or load_sides()).camp(attribution)
