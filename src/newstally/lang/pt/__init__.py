"""Portuguese: the tables in this folder; simplemma gives the lemmas of inflected forms."""
from __future__ import annotations

from .. import Language


def _lemma(word: str) -> str:
    import simplemma  # loaded on first use, never at import

    return simplemma.lemmatize(word, lang="pt")


LANGUAGE = Language("pt", "Portuguese", __name__, lemmatizer=_lemma)
