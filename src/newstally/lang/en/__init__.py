"""English: the tables in this folder; no lemmatizer (the tables list the inflected forms), and
a crude suffix stemmer for clustering's word overlap."""
from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache

from .. import Language


def stem(word: str) -> str:
    """A word's stem, shared by its variants (lower-cased): "shootings", "shooting" and
    "shooter" -> "shoot"; "terrorist" -> "terror"; "charged", "charges" -> "charge"; "knifed" ->
    "knife"; "gunmen" -> "gunman"; "Brown's" -> "brown"."""
    w = word.lower().replace("’", "'").replace("-", "")  # "eco-terrorist" = "ecoterrorist"
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("men"):
        return w[:-3] + "man"  # "gunmen" = "gunman"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed", "ism", "ist"):  # "terrorism", "terrorist" -> "terror"
        if len(w) >= len(suffix) + 3 and w.endswith(suffix):
            base = w[: -len(suffix)]
            if len(w) == len(suffix) + 3 and not (suffix in ("ing", "ed") and _zipf(base + "e") >= 3.5):
                break  # "speed", "thing", "during"; but "fired" = "fire"
            return _verb_stem(base, suffix in ("ing", "ed"))
    if len(w) > 5 and w.endswith("er") and _zipf(w[:-2] + "ing") > _zipf(w):
        return _verb_stem(w[:-2], True)  # the one who does it: "shooter", "attacker", "stabber"
    return w


def _verb_stem(base: str, e_dropped: bool) -> str:
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
        return base[:-1]  # "shooting" -> "shoot", "stabbed" -> "stab"
    if e_dropped and _zipf(base + "e") > _zipf(base):
        return base + "e"  # "charged" -> "charge", "knifed" -> "knife", "firing" -> "fire"
    return base


def frequencies() -> Mapping[str, float]:
    """English word frequencies (wordfreq), one reader per process for every reader of them;
    each word is read from a file in the cache when first asked for (see
    :mod:`newstally.lang.frequencies`)."""
    from ..frequencies import word_frequencies

    return word_frequencies("en")


def _zipf(word: str) -> float:
    f = frequencies().get(word)
    return math.log10(f) + 9.0 if f else 0.0


LANGUAGE = Language("en", "English", __name__, stemmer=lru_cache(maxsize=200_000)(stem))
