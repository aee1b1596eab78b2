"""How citations and headlines of one incident relate: the words, names and days they share
even when they share little else (self-written headlines; no outlet's text)."""
from __future__ import annotations

import pytest

from newstally.cluster import cluster_documents
from newstally.cluster.features import compound_parts
from newstally.model import Document


def _together(*docs: Document) -> bool:
    return len(cluster_documents(list(docs))) == 1


def _cite(i: str, day: str, title: str, outlet: str = "Valley Courier") -> Document:
    """A bibliographic citation: the headline is all there is of the report."""
    return Document(id=i, title=title, text=f'"{title}," {outlet}, {day}.', published=day, site=outlet)


@pytest.mark.parametrize("word, parts", [
    ("Vartani-American", ["Vartani", "American"]),
    ("Muslim-owned", ["Muslim", "owned"]),
    ("e-mail", ["e-mail"]),  # English writes it as one word
    ("firebomb", ["firebomb"]),
])
def test_a_hyphenated_compound_is_its_words(word, parts):
    assert compound_parts(word) == parts


def test_a_hyphenated_name_shares_its_words_with_the_other_headline():
    a = _cite("c1", "2031-06-04", "Vartani-American offices are struck by firebombers")
    b = _cite("c2", "2031-06-04", "Vartani exile groups' headquarters attacked in Selby", "Metro Ledger")
    assert _together(a, b)


def test_the_ordinary_word_of_a_hyphenated_name_links_nothing():
    a = _cite("c1", "2031-06-04", "Vartani-American offices are struck by firebombers")
    b = _cite("c2", "2031-06-04", "American tourists robbed of passports at Selby hotel", "Metro Ledger")
    assert not _together(a, b)
