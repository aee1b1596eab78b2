"""The senses tables of the casualty lexicon: one attribute per JSON key, read by its declared
type on first use."""
from __future__ import annotations

import re

import pytest

from newstally.extract.lexicon import PhraseIndex, Senses, _stems, _tables
from newstally.lang import get_language, supported_languages

TABLE = {
    "_doc": "notes are no table",
    "kin": ["mother", "father"],
    "sports": ["scored a goal", "the match"],
    "scenario": r"\bwhat if\b",
    "taken_ill": [r"\bfell ill\b"],
    "page_kinds": [r"^OPINION\b"],
    "figurative_after": {"killed": ["it", "the mood"]},
}


def test_each_table_is_read_by_its_declared_type() -> None:
    s = Senses(TABLE)
    assert s.kin == frozenset({"mother", "father"})
    assert isinstance(s.sports, PhraseIndex) and s.sports.match("he scored a goal".split(), 1) == (3, "scored a goal")
    assert s.scenario.search("And WHAT IF they had died?")  # one expression, case ignored
    assert [p.search("She Fell Ill") is not None for p in s.taken_ill] == [True]
    assert s.page_kinds[0].search("OPINION: a column") and not s.page_kinds[0].search("opinion: a column")  # capitals read
    assert s.figurative_after == {"killed": frozenset({"it", "the mood"})}


def test_a_table_the_language_lacks_is_empty() -> None:
    s = Senses({})
    assert s.calendar == frozenset()
    assert s.needs_context.is_empty() and s.needs_context.match(["anything"], 0) is None
    assert not s.tally_span.search("any text at all") and s.court_lede == []
    assert s.figurative_after == {}


def test_tables_are_read_once_and_only_when_used() -> None:
    s = Senses(TABLE)
    assert "kin" not in vars(s) and "scenario" not in vars(s)
    first = s.scenario
    assert s.scenario is first and vars(s)["scenario"] is first
    assert "kin" not in vars(s)  # never asked for, never built


def test_phrase_tables_compare_lemmas_for_a_lemmatizing_language() -> None:
    s = Senses({"sports": ["score goal"]}, lemma=lambda w: w.rstrip("ds") if w.isalpha() else w)
    assert s.sports.match("they scored goals".split(), 1) == (2, "score goal")


def test_plain_tables_are_read_as_written() -> None:
    @_tables
    class Plain:
        names: dict[str, str]
        order: list[str]

        def __init__(self, table: dict) -> None:
            self._table, self._lemma = table, None

    t = Plain({"names": {"a": "b"}, "order": ["y", "x"]})
    assert t.names == {"a": "b"} and t.order == ["y", "x"]
    assert Plain({}).names == {} and Plain({}).order == []


def test_a_table_of_a_type_without_a_reader_fails_at_once() -> None:
    class Odd:
        weights: dict[str, float]

    with pytest.raises(TypeError, match="weights"):
        _tables(Odd)


def test_every_senses_key_of_every_language_is_an_attribute() -> None:
    for code in supported_languages():
        table = get_language(code).casualties.get("senses", {})
        s = get_language(code).lexicon.senses
        for key in table:
            if not key.startswith("_"):
                value = getattr(s, key)
                assert value is not None, (code, key)
                if isinstance(value, re.Pattern):
                    assert value.flags & re.I, (code, key)


WORDS = {"kill", "killed", "killing", "wound", "wounded", "hostage", "into custody", "shot", "shoot-out", "Über"}


def _flat(words: set[str]) -> re.Pattern[str]:
    """The plain alternation, longest word first: what the trie must match exactly like."""
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b", re.I)


@pytest.mark.parametrize("sentence", [
    "Two people were killed on Monday.",
    "The KILLINGS went on; a killer was taken into custody.",  # "killings" is no word of the set
    "A shoot-out left one wounded and one shot.",
    "Gunmen took a hostage.",
    "Skilled workers were unwounded.",  # inside other words: no match
    "über alles",
    "Nothing here at all.",
    "",
])
def test_the_candidate_trie_matches_as_the_plain_alternation(sentence: str) -> None:
    trie = re.compile(_stems(WORDS) + r"\b", re.I)
    found, expected = trie.search(sentence), _flat(WORDS).search(sentence)
    assert (found and found.span()) == (expected and expected.span())


def test_the_candidate_filter_reads_only_sentences_with_a_casualty_word() -> None:
    candidate = get_language("en").lexicon.candidate
    assert candidate.search("Police said three people were killed and 12 wounded.")
    assert candidate.search("THE GUNMAN WAS SHOT DEAD")
    assert not candidate.search("The council approved the new budget on Tuesday.")
