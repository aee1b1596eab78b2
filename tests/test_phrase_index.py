"""The phrase index of the casualty tables: longest match, one-word and short gaps."""
import pytest

from newstally.extract.lexicon import PhraseIndex


@pytest.fixture(scope="module")
def index():
    idx = PhraseIndex()
    idx.add("received wounds", "injured")
    idx.add("received * wounds", "injured-modified")
    idx.add("victims ... became", "killed")
    idx.add("were killed", "short")
    idx.add("were killed outright", "long")
    return idx


@pytest.mark.parametrize("text, at, expected", [
    ("two received wounds", 1, (2, "injured")),
    ("two received shrapnel wounds", 1, (3, "injured-modified")),
    ("two received <q> wounds", 1, None),  # a number is no modifier
    ("victims became three", 0, (2, "killed")),  # a gap may be empty
    ("victims of the night attack became three", 0, (6, "killed")),
    ("victims of a very long and winding night attack became three", 0, None),  # more than four words
    ("victims of the attack , became", 0, None),  # a gap stops at punctuation
    ("they were killed outright", 1, (3, "long")),  # the longest phrase wins
    ("they were killed today", 1, (2, "short")),
])
def test_match(index, text, at, expected):
    assert index.match(text.split(), at) == expected


def test_lemmatised_index_matches_gaps():
    idx = PhraseIndex(lemma=lambda w: w.rstrip("s"))
    idx.add("victim ... became", "killed")
    assert idx.match("victims of attacks became".split(), 0) == (4, "killed")
