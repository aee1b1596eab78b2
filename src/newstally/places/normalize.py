"""The look-up form of a place name, shared by the index builder and the text matcher."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


_COMPASS = {f"{a}{b}": f"{a} {b}" for a in ("north", "south") for b in ("east", "west")}
_COMPASS.update({v: k for k, v in list(_COMPASS.items())})


#: Words of place names that are transliterated in several ways, and one form for each
#: ("Ain al Arab", "Ayn al Arab", "Ein el Arab").
_TRANSLITERATED = {
    "ain": "ayn", "ein": "ayn", "ayn": "ayn", "aïn": "ayn",
    "el": "al", "al": "al", "ul": "al", "il": "al",
    "abou": "abu", "abu": "abu", "abo": "abu",
    "deir": "dayr", "dair": "dayr", "dayr": "dayr", "deyr": "dayr",
    "tell": "tal", "tel": "tal", "tal": "tal", "tall": "tal",
    "kafr": "kafr", "kfar": "kafr", "kufr": "kafr", "kfr": "kafr",
    "jabal": "jabal", "jebel": "jabal", "jabel": "jabal", "djebel": "jabal", "jbel": "jabal",
    "oued": "wadi", "wadi": "wadi", "ouadi": "wadi",
    "umm": "umm", "um": "umm", "oum": "umm", "om": "umm",
    "khirbet": "khirbat", "khirbat": "khirbat", "khirbit": "khirbat",
    "qasr": "qasr", "kasr": "qasr", "ksar": "qasr",
    "beit": "bayt", "bait": "bayt", "bayt": "bayt",
    "sheikh": "shaykh", "shaikh": "shaykh", "shaykh": "shaykh", "cheikh": "shaykh",
    "sidi": "sidi", "sedi": "sidi",
}
_DOUBLED = re.compile(r"([a-z])\1+")
#: Words that open many place names ("Jebel Marra", "Ras Kamboni", "Bir Hakeim"): before a
#: name they are part of it, never a person's first name.
PLACE_WORDS = frozenset(_TRANSLITERATED) | frozenset(
    "ras bir wad hai hay nahr jabal mount mt lake port fort cape camp san santa santo saint st "
    "sao colonia barrio villa vila ciudad puerto porto nueva nuevo nova novo nouvelle bab ban "
    "kampung desa nong bandar qarya mahalla".split())


def fold(key: str) -> str:
    """One form for spellings of a name that differ by transliteration: its words as in
    ``_TRANSLITERATED``, doubled letters single ("Ain Issa" and "Ayn Isa" -> "ayn isa",
    "Kismaayo" and "Kismayo" -> "kismayo")."""
    words = [_TRANSLITERATED.get(w, w) for w in key.split()]
    return _DOUBLED.sub(r"\1", " ".join(words))


_FINAL_H = re.compile(r"(?<=[aeiou])h\b")
_LOOSE = str.maketrans({"q": "k", "v": "u", "w": "u", "e": "a", "o": "u", "y": "i"})


def loose(key: str) -> str:
    """A looser form than :func:`fold` for the names of provinces and districts, whose
    transliterations differ in vowels, w/v and a final h ("Nineveh", "Ninewa", "Ninawa" ->
    "ninaua"; "Paktia", "Paktiya"; "Oruzgan", "Uruzgan"). Only for names found nowhere
    else."""
    k = _FINAL_H.sub("", fold(key).replace("ou", "u").replace("ee", "i"))
    return _DOUBLED.sub(r"\1", k.translate(_LOOSE))


@lru_cache(maxsize=1 << 16)
def loose_key(key: str) -> str | None:
    """The look-up key of a division's loose form ("≈" + it), or None for short names."""
    k = loose(key)
    return "≈" + k if len(k.replace(" ", "")) >= 5 else None


def folded_keys(key: str, text: bool) -> list[str]:
    """Keys under which another spelling of a name is found: "~" + its folded form. The index
    stores one for each name that folding changes; a name in a text looks up its folded form
    both ways (a name as written in the index, or folded)."""
    return list(_folded_keys(key, text))


@lru_cache(maxsize=1 << 16)  # the same names come back in every text
def _folded_keys(key: str, text: bool) -> tuple[str, ...]:
    out = []
    for k in variants(key):
        f = fold(k)
        if len(f) < 4:
            continue
        if f != k or text:
            out.append("~" + f)
        if text and f != k:
            out.append(f)
    return tuple(dict.fromkeys(out))


def variants(key: str) -> list[str]:
    """Other look-up forms of a key: without its article, with "Southern" as "South"."""
    return list(_variants(key))


@lru_cache(maxsize=1 << 16)
def _variants(key: str) -> tuple[str, ...]:
    out = [key]
    words = key.split()
    if words and words[0] in _DIRECTIONS and len(words) > 1:
        out.append(" ".join([_DIRECTIONS[words[0]]] + words[1:]))
    # "Northwest" and "North-West" (Cameroon's region), "South East" and "Southeast"
    if words and words[0] in _COMPASS:
        out.append(" ".join([_COMPASS[words[0]]] + words[1:]))
    elif len(words) >= 2 and f"{words[0]} {words[1]}" in _COMPASS:
        out.append(" ".join([_COMPASS[f"{words[0]} {words[1]}"]] + words[2:]))
    bare = without_article(key)
    if bare:
        out.append(bare)
    for k in list(out):
        if k.endswith("ah") and len(k) > 5:  # "Ar Raqqah" / "Ar-Raqqa"
            out.append(k[:-1])
    return tuple(out)


_VOWELS = re.compile(r"[aeiouyhw ]+")
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 18)  # the same division and town names come back in every text
def skeleton(key: str) -> str:
    """Consonants only, doubles collapsed: one form for transliterations of a name
    ("hadramawt" and "hadramaout" -> "drmt", "uruzgan" and "oruzgan" -> "rzgn")."""
    k = key.replace("kh", "x").replace("gh", "g").replace("sh", "s").replace("th", "t")
    k = k.replace("dh", "d").replace("q", "k").replace("c", "k").replace("j", "g")
    return _DOUBLE.sub(r"\1", _VOWELS.sub("", k))
