"""Portuguese: the tables in this folder; simplemma gives the lemmas of inflected forms."""
from __future__ import annotations

from .. import Language

# Verbs whose reflexive form with a hyphened clitic means something else: "matou-se" (killed
# himself) keeps its clitic, so it is not read as "matou" (killed someone).
_REFLEXIVE_MEANING = frozenset({"matar"})


def _lemma(word: str) -> str:
    import simplemma  # loaded on first use, never at import

    lemma = simplemma.lemmatize(word, lang="pt")
    if word.endswith("-se") and lemma in _REFLEXIVE_MEANING:
        return lemma + "-se"
    return lemma


LANGUAGE = Language("pt", "Portuguese", __name__, lemmatizer=_lemma)
