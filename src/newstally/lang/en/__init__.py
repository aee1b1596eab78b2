"""English: the tables in this folder; no lemmatizer (the tables list the inflected forms), and
a crude suffix stemmer for clustering's word overlap."""
from __future__ import annotations

from .. import Language


def stem(word: str) -> str:
    """'shootings' -> 'shoot', 'terrorist' -> 'terror', "Brown's" -> 'brown' (lower-cased)."""
    w = word.lower().replace("’", "'").replace("-", "")  # "eco-terrorist" = "ecoterrorist"
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed", "ism", "ist"):  # "terrorism", "terrorist" -> "terror"
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # "shooting" -> "shoot", "stabbed" -> "stab"
            break
    return w


LANGUAGE = Language("en", "English", __name__, stemmer=stem)
