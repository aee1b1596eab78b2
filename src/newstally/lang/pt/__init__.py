"""Portuguese: the tables in this folder; simplemma gives the lemmas of inflected forms."""
from __future__ import annotations

from .. import Language

# Verbs whose reflexive form with a hyphened clitic means something else: "matou-se" (killed
# himself) keeps its clitic, so it is not read as "matou" (killed someone).
_REFLEXIVE_MEANING = frozenset({"matar"})


def _lemma(word: str) -> str:
    import simplemma  # loaded on first use, never at import

    # low_memory: the dictionary is looked up in its packed file instead of being unpacked into
    # a dict (the same lemmas, in half the start-up time and a sixth of the memory)

    lemma = simplemma.lemmatize(word, lang="pt", low_memory=True)
    if word.endswith("-se") and lemma in _REFLEXIVE_MEANING:
        return lemma + "-se"
    return lemma


LANGUAGE = Language("pt", "Portuguese", __name__, lemmatizer=_lemma)
