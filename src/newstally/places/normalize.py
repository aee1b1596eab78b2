"""The look-up form of a place name, shared by the index builder and the text matcher."""
from __future__ import annotations

import re
import unicodedata

#: Letters that Unicode does not decompose into a Latin base letter plus a mark.
_FOLD = str.maketrans({"ə": "e", "Ə": "e", "ǝ": "e", "Ǝ": "e", "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o",
                       "đ": "d", "Đ": "d", "ħ": "h", "ß": "ss", "æ": "ae", "Æ": "ae",
                       "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d"})
_DROP = re.compile(r"[.'’‘ʻʼʿʾ`´\u02bb\u02bc]")
_SPACE = re.compile(r"[\s\-–_/]+")
_ASCII_DROP = str.maketrans({".": None, "'": None, "`": None, "-": " ", "/": " ", "_": " "})

#: Arabic and similar articles written before a name ("Al Hudaydah", "Ar-Raqqa", "Ad Dali").
ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "at", "ad", "adh", "an", "az", "ath", "ul"})


def norm(name: str) -> str:
    """Case-folded, accents stripped, apostrophes and dots dropped, hyphens as spaces."""
    if name.isascii():
        plain = name.lower().translate(_ASCII_DROP)
        return " ".join(plain.split())
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = _DROP.sub("", plain.casefold())
    return _SPACE.sub(" ", plain).strip()


def without_article(key: str) -> str | None:
    """The key without a leading article ("al hudaydah" -> "hudaydah"), or None."""
    head, _, rest = key.partition(" ")
    if head in ARTICLES and rest and len(rest) >= 3:
        return rest
    return None


def latin(name: str) -> bool:
    """Written in Latin letters (alternate names in other scripts are not indexed)."""
    if name.isascii():
        return True
    return all(c.isascii() or not c.isalpha() or unicodedata.name(c, "").startswith("LATIN")
               for c in name)


_DIRECTIONS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west",
               "central": "central", "janub": "south", "shamal": "north", "gharb": "west",
               "sharq": "east", "nord": "north", "sud": "south", "ouest": "west",
               "norte": "north", "oeste": "west", "leste": "east", "este": "east"}


def variants(key: str) -> list[str]:
    """Other look-up forms of a key: without its article, with "Southern" as "South"."""
    out = [key]
    words = key.split()
    if words and words[0] in _DIRECTIONS and len(words) > 1:
        out.append(" ".join([_DIRECTIONS[words[0]]] + words[1:]))
    bare = without_article(key)
    if bare:
        out.append(bare)
    for k in list(out):
        if k.endswith("ah") and len(k) > 5:  # "Ar Raqqah" / "Ar-Raqqa"
            out.append(k[:-1])
    return out


_VOWELS = re.compile(r"[aeiouyhw ]+")
_DOUBLE = re.compile(r"(.)\1+")


def skeleton(key: str) -> str:
    """Consonants only, doubles collapsed: one form for transliterations of a name
    ("hadramawt" and "hadramaout" -> "drmt", "uruzgan" and "oruzgan" -> "rzgn")."""
    k = key.replace("kh", "x").replace("gh", "g").replace("sh", "s").replace("th", "t")
    k = k.replace("dh", "d").replace("q", "k").replace("c", "k").replace("j", "g")
    return _DOUBLE.sub(r"\1", _VOWELS.sub("", k))
