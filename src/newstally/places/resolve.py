"""Place names in a report's text, resolved with the help of the rest of the text.

Matching is a single pass over the capitalised runs of the text, longest name first, against
the place index (:mod:`newstally.places.gazetteer`): countries, provinces (first-level
divisions), districts (second-level divisions) and populated places down to villages.

Which names are places:

* Whole names only: each word of a name starts with a capital letter in the text ("Nice" the
  city, never "nice day"); connectors such as "de", "al", "of" may sit inside a name.
* Never a place: months and weekdays ("in May"); an outlet ("Kabul Times", "Times of India");
  a person ("Mr Houston", "General Jackson", "Houston said", "Jackson, 34,"); a name inside a
  longer capitalised name ("Paris Hilton", "Tripoli Airport Road") counts only with support.
* A single word that is also a common English word ("Nice", "Mobile") or that the text itself
  uses in lower case needs support; so does, in a headline or at a sentence's start, a frequent
  English word whose readings are all small towns ("Arrest Made After Shooting at Airport").

Which place a name is: each candidate scores its kind and size, the countries the text names
(country names, demonyms, armed groups and forces of one country), and its support from the other names of the text: a candidate
in the same country as another name's candidate gains, more so in the same province, more still
in the same district, and most from names written right next to it ("Morideni (Logobou,
Tapoa)", "Nong Chik district of Pattani"). A word after the name says its kind ("Sirwah
district", "Kunar province", "Paka village"). A candidate with neither a named country nor
support is taken only when it is the obvious reading of a well-known name (a big city, a
country), so a rare name never lands in a random far country. Names still unknown next to
found places are compared with the provinces and districts of the text's countries by spelling
("Urozgan" for "Uruzgan").
"""
from __future__ import annotations

import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import gazetteer
from .gazetteer import Entry
from .normalize import ARTICLES, PLACE_WORDS as _PLACE_WORDS, folded_keys, loose_key, norm, skeleton, variants, without_article
from .tables import (ACTOR_NOUNS, AFTERMATH_PREPOSITIONS, AFTERMATH_VERB_OBJECTS, AFTERMATH_VERBS, AFTERMATH_VISITS,
                     AFTERMATH_WORDS, CUE_ARTICLES, HARM_WORDS, MOURNER_PREPOSITIONS, TIME_OPENERS, CALENDAR, FACILITY_WORDS, FUNCTION_WORDS, GROUP_REGIONS, GROUPS, HONORIFICS, INSTITUTIONS, COMMON_WORDS, DEMONYMS, DIVISION1_WORDS, DIVISION2_WORDS,
                     LOCALITY_WORDS, MEDIA_WORDS, PERSON_TITLES, PERSON_VERBS, PLACE_MODIFIERS,
                     LOCAL_SPEAKERS, QUARTER_WORDS, STATE_ABBREVIATIONS, STREET_WORDS)

__all__ = ["Place", "country_codes", "country_level", "main_place", "place_record", "resolve_places"]

#: Longest place name, in words.
MAX_WORDS = 6
#: The weight of a country named only as an actor or a modifier ("US forces", "Turkish
#: drones", "the US dollar"): context for reading names, never the place by itself.
ACTOR_WEIGHT = 0.9
#: The weight of a country implied by an armed group or force of that country ("Taliban",
#: "FARDC"): context for reading the names of the text, more than a people's demonym (people
#: travel, a group fights where it is), less than the country's name.
GROUP_WEIGHT = 1.5
#: A city this big is taken without support (its country named or another place of it).
KNOWN_CITY = 50_000
#: The same for a city known by another of its names ("Bombay", "Saigon").
KNOWN_ALTERNATE = 1_000_000
#: The same for another name known in one country only ("Idleb" for Idlib).
KNOWN_UNIQUE_ALTERNATE = 100_000
#: Lower-case words allowed inside a name ("Rio de Janeiro", "Dera Ismail Khan").
CONNECTORS = frozenset({"de", "del", "da", "do", "dos", "la", "le", "les", "el", "al", "of",
                        "on", "upon", "am", "an", "der", "di", "y", "e", "sur", "en", "ar",
                        "as", "ad", "ash", "az", "at", "wa", "bin", "ibn", "i", "er", "es", "ed", "ez", "ech",
                        "et", "ul", "and"})  # "Sistan and Baluchestan", "Jammu and Kashmir"
#: Connectors that continue a name after a known part ("Ain er Roummaneh").
INNER_CONNECTORS = frozenset({"er", "el", "al", "ed", "es", "ez", "ash", "ad", "ar", "as", "at",
                              "az", "wa", "bin", "ibn", "ul", "de", "del", "da", "do", "dos",
                              "la", "le", "di", "der"})
#: How specific each kind is, for the main place.
SPECIFIC = {"city": 1.0, "admin2": 0.8, "admin1": 0.4, "country": 0.0}
_KIND_PRIOR = {"country": 1.0, "admin1": 0.6, "admin2": 0.45, "city": 0.4}
#: A division's population is the sum of its places'; it counts as this share of it when
#: weighed against a town's.
_DIVISION_SHARE = 0.25
_HINT_KIND = {"admin2": {"admin2"}, "admin1": {"admin1"}, "city": {"city"},
              "division": {"admin1", "admin2"}}
#: Names within this many characters of each other support each other more.
NEAR = 100
#: Places this close (km) support each other even across a province's border.
NEAR_KM = 150
#: Support a reading needs when its country is not named (1: a place of the same country).
SUPPORTED = 1.0
#: The most that places elsewhere in the same country add to a reading's support.
COUNTRY_SUPPORT = 0.9
#: A city this big in a country bordering one the text names (even as an actor: "Russian
#: drones") gains this much over readings in countries the text points nowhere near.
NEIGHBOUR_CITY, NEIGHBOUR_WEIGHT = 100_000, 0.7
#: A name whose readings all lie in one country is taken without support when it names a
#: province or district, or a town at least this big.
UNIQUE_TOWN = 10_000
#: A city this big, a capital or a province keeps its name from much smaller towns of that
#: name elsewhere in its country unless the text puts the town in its province.
FAMOUS_CITY = 100_000
#: A province this populous keeps its name from the villages (below ``UNIQUE_TOWN``) of that
#: name in other countries ("Texas" in a report on Mexico is the state, not a hamlet in
#: Hidalgo), unless the text puts the village in a province of its own.
BIG_PROVINCE = 1_000_000


@dataclass(frozen=True)
class Place:
    """One place mention. ``start``/``end`` are character offsets into the text resolved."""

    name: str  # as written
    canonical: str
    country: str
    country_code: str
    latitude: float | None
    longitude: float | None
    kind: str  # "city" (down to villages), "admin2" (district), "admin1" (province), "country"
    start: int
    end: int
    admin: str | None = None  # first-level division code (GeoNames), when known
    admin1: str | None = None  # province / state name
    admin2: str | None = None  # district name

    @property
    def key(self) -> str:
        """A stable identity for comparing places across reports (districts and villages
        of the same name in different provinces differ)."""
        return (f"{self.kind}:{self.country_code}:{self.admin1 or self.admin or ''}:"
                f"{self.admin2 or ''}:{self.canonical}")

    def to_dict(self) -> dict[str, object]:
        from dataclasses import asdict

        return asdict(self)


@dataclass
class _Mention:
    start: int
    end: int
    written: str
    key: str
    entries: list[Entry]
    sentence: int
    common: bool = False  # an ordinary word too: needs support
    weak: bool = False  # inside a longer capitalised name: needs support
    beside: bool = False  # a country named as a border ("near the border with Mali")
    surname: bool = False  # after a capitalised word that is no part of a place's name
    # ("Mitt Romney"): needs support and gives none
    hint: str | None = None  # "admin1", "admin2" or "city" from a word next to it
    fuzzy: bool = False
    folded: bool = False  # found only under its folded key ("Ain Issa" for Ayn Isa)
    loose: bool = False  # a division found only under its loose key ("Ninewa" for Nineveh)
    specifier: bool = False  # a state after its town ("Newtown, Conn."): supports that town only
    alone: bool = False  # a dateline town written without its state or country ("WASHINGTON —")
    container: bool = False  # closes a parenthesis after a place: "X (district, province)"
    placed: bool = False  # followed by a comma and a province holding a town of its name
    # ("Lebanon, Tennessee")
    similarity: float = 100.0
    spoken: dict[str, float] = field(default_factory=dict)  # the report's language's countries
    regions: frozenset[tuple[str, str]] = frozenset()  # (country, province) of the groups named
    choice: Entry | None = None
    accepted: bool = False
    support: dict[int, float] = field(default_factory=dict)


#: Words around a country's name that make it a neighbour of the place, not the place.
_BORDER_WORDS = frozenset({"border", "borders", "frontier"})
_BORDER_WITH = re.compile(r"\b(?:border|borders|frontier)\s+(?:with|of)\s+(?:the\s+)?$|"
                          r"\bbordering\s+(?:the\s+)?$", re.I)
_TOKEN = re.compile(r"[^\W\d_](?:[\w’'.&]*\w|\.)?(?:-[\w’']+)*\.?|[,.;:!?()\"“”\-–—\n]")
_POSSESSIVE = re.compile(r"['’]s$")
_AGE = re.compile(r"\s*,\s*(?:aged\s+)?\d{1,3}\s*,")
_SENTENCE_END = frozenset(".!?\n")
_NAMED = re.compile(r"\b(?:identified as|(?:man|woman|boy|girl|suspect|gunman|victim|officer|"
                    r"soldier|person|teenager|driver|student)\s+named)\s+(?:[A-Z][\w.'’-]*\s+)*$")


#: Short words written with a period that close no sentence before a name ("St. Louis").
_NAME_ABBREVIATIONS = frozenset({"st", "mt", "ft"})


def _abbreviation_dot(toks: list[tuple[str, int, int]], i: int) -> bool:
    """The period at ``i`` closes a title or an initial before a name, not a sentence: "Sen.
    Tim Kaine", "Christopher A. Wray", "St. Louis"."""
    if toks[i][0] != "." or i == 0 or i + 1 >= len(toks) or toks[i - 1][2] != toks[i][1]:
        return False
    prev, nxt = toks[i - 1][0], toks[i + 1][0]
    if not (nxt[:1].isupper() and nxt[:1].isalpha()):
        return False
    low = prev.lower()
    return low in PERSON_TITLES or low in _NAME_ABBREVIATIONS or (len(prev) == 1 and prev.isupper())


def _tokens(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _TOKEN.finditer(text):
        tok, start, end = m.group(), m.start(), m.end()
        if len(tok) > 1 and tok.endswith(".") and tok.count(".") == 1:
            out.append((tok[:-1], start, end - 1))
            out.append((".", end - 1, end))
            continue
        if _POSSESSIVE.search(tok) and len(tok) > 3:
            # "Kabul's": the name is "Kabul"; a longer name may still run on ("Cox's Bazar")
            tok, end = tok[:-2], end - 2
        parts = tok.split("-")
        if len(parts) > 1 and all(len(p) >= 4 and p[:1].isupper() for p in parts):
            # "Mogadishu-Bondhere", "Tunapuna-Piarco": each part may be a name of its own
            at = start
            for part in parts:
                out.append((part, at, at + len(part)))
                at += len(part) + 1
            continue
        out.append((tok, start, end))
    return out


def _is_cap(tok: str) -> bool:
    """Capitalised, or an article joined to a capitalised word ("ez-Zor", "al-Numan"), or a
    name after a one-letter Nguni prefix ("eThekwini", "uMhlathuze", "iLembe")."""
    if tok[:1].isupper():
        return True
    if len(tok) > 3 and tok[0] in "eiu" and tok[1].isupper() and tok[2:].islower():
        return True
    head, _, rest = tok.partition("-")
    return bool(rest) and head in CONNECTORS and rest[:1].isupper()


def _is_word(tok: str) -> bool:
    return tok[:1].isalpha()


def _title_case_lines(text: str, toks: list[tuple[str, int, int]]) -> set[int]:
    """Start offsets of lines written in title case (headlines): every word capitalised."""
    lines: dict[int, list[str]] = defaultdict(list)
    for tok, start, _ in toks:
        if _is_word(tok):
            lines[text.rfind("\n", 0, start) + 1].append(tok)
    out = set()
    for line_start, words in lines.items():
        long = [w for w in words if len(w) > 3]
        if len(long) >= 3 and sum(_is_cap(w) for w in long) >= 0.9 * len(long):
            out.add(line_start)
    return out


def _find(text: str) -> tuple[list[_Mention], dict[str, float], list[tuple[int, int, str, int]]]:
    """Mentions of indexed names, the demonym countries, and unknown capitalised runs."""
    toks = _tokens(text)
    n = len(toks)
    lower_words = {t.lower() for t, _, _ in toks if t[:1].islower() and not _is_cap(t)}
    headline = _title_case_lines(text, toks)
    sentence = [0] * n
    starts = [False] * n  # the token begins a sentence
    s, fresh = 0, True
    for i, (tok, _, _) in enumerate(toks):
        if _is_word(tok):
            sentence[i], starts[i] = s, fresh
            fresh = False
        if tok in _SENTENCE_END and not _abbreviation_dot(toks, i):
            s, fresh = s + 1, True
    word = [_is_word(t) for t, _, _ in toks]  # each token's kind, once
    cap = [_is_cap(t) for t, _, _ in toks]
    spans: dict[tuple[int, int], str] = {}
    for i in range(n):
        if not (cap[i] and word[i]):
            continue
        for j in range(i + 1, min(n, i + MAX_WORDS) + 1):
            if not word[j - 1] or not (cap[j - 1] or toks[j - 1][0] in CONNECTORS):
                break
            if cap[j - 1]:
                spans[(i, j)] = norm(text[toks[i][1]:toks[j - 1][2]])
    keys = set()
    for key in spans.values():
        keys.update(variants(key))
        keys.update(folded_keys(key, text=True))
        keys.add(loose_key(key) or "")
    for (i, j), key in spans.items():
        tok = toks[i][0]
        if j == i + 1 and tok.isupper() and 2 <= len(tok) <= 3 and tok.isalpha():
            keys.add("#" + tok.lower())
        code = STATE_ABBREVIATIONS.get(_abbreviation_key(tok)) if j == i + 1 else None
        if code:
            keys.add("#" + code.split("-", 1)[1].lower())
    found = gazetteer.lookup(keys)
    demonyms = _demonyms()
    groups = _groups()

    mentions: list[_Mention] = []
    countries: dict[str, float] = {}  # in the order the text names them, with their weight
    unknown: list[tuple[int, int, str, int]] = []
    person_keys: set[str] = set()  # names the text uses for a person somewhere
    set_aside: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if word[i] and cap[i] and not starts[i]:
            j = i + 1
            while j < n and word[j] and cap[j] and j - i < 3:
                j += 1
            unknown.append((toks[i][1], toks[j - 1][2], text[toks[i][1]:toks[j - 1][2]], i))
            i = j
        else:
            i += 1
    i = 0
    while i < n:
        tok = toks[i][0]
        if not (cap[i] and word[i]):
            i += 1
            continue
        hit, hit_folded, hit_loose = None, False, False
        state = _state_after_town(toks, i, mentions, found)
        if state:  # "Springfield, Ill.", "Springfield, IL": the town's state
            hit = (i + 1, norm(tok), state, False)
        for j in range(min(n, i + MAX_WORDS), i, -1):
            if hit is not None:
                break
            key = spans.get((i, j))
            if key is None:
                continue
            group = groups.get(key)
            if group and (not group[1] or text[toks[i][1]:toks[j - 1][2]].isupper()):
                hit = (j, key, [], group[0])  # "Taliban", "FARDC": the country they fight in
                break
            if key in demonyms:
                after = toks[j][0].lower() if j < n else ""
                divisions = [e for v in variants(key) for e in found.get(v, ())
                             if e.kind in ("admin1", "admin2")]
                if divisions and (after in DIVISION1_WORDS or after in DIVISION2_WORDS):
                    # "Somali region", "Afar State": a division named after a people, in
                    # whatever country it lies
                    hit = (j, key, divisions, False)
                else:
                    hit = (j, key, [], True)
                break
            entries = [e for v in variants(key) for e in found.get(v, ())]
            if entries and j - i >= 2 and (toks[j - 1][0].lower() in DIVISION1_WORDS
                                           or toks[j - 1][0].lower() in DIVISION2_WORDS):
                # "Adamawa State": also the divisions named without their kind word, in
                # whatever country ("Adamawa" in Nigeria, "Adamawa State" for Cameroon's)
                entries += [e for v in variants(spans.get((i, j - 1), "")) for e in found.get(v, ())
                            if e.kind in ("admin1", "admin2")]
            if not entries:
                # another transliteration of a known name ("Ain Issa" for Ayn Isa)
                entries = [replace(e, alternate=True) for v in folded_keys(key, text=True)
                           for e in found.get(v, ())]
                loose_hit = False
                if not entries and key not in COMMON_WORDS:
                    # a province or district transliterated otherwise ("Ninewa" for Nineveh)
                    entries = [replace(e, alternate=True) for e in found.get(loose_key(key) or "", ())
                               if e.kind in ("admin1", "admin2")]
                    loose_hit = bool(entries)
                folded_hit = bool(entries)
            else:
                folded_hit = loose_hit = False
            if (not entries and j == i + 1 and tok.isupper() and 2 <= len(tok) <= 3 and i
                    and toks[i - 1][0] == "("):
                # a province's short form in parentheses: "Amethi (UP)"
                entries = [replace(e, alternate=True) for e in found.get("#" + tok.lower(), ())]
            if entries:
                hit = (j, key, entries, False)
                hit_folded, hit_loose = folded_hit, loose_hit
                break
        if hit is None or (hit[0] == i + 1 and tok.lower() in CONNECTORS):
            i += 1
            continue
        j, key, entries, is_demonym = hit
        if isinstance(is_demonym, str):
            countries[is_demonym] = max(countries.get(is_demonym, 0.0), GROUP_WEIGHT)
            i = j
            continue
        if is_demonym:
            cc = demonyms[key]
            # "Turkish forces", "US-led": the actor's country, not the place
            weight = ACTOR_WEIGHT if (toks[j][0] if j < n else "") in ACTOR_NOUNS else 1.0
            countries[cc] = max(countries.get(cc, 0.0), weight)
            i = j
            continue
        start, end = toks[i][1], toks[j - 1][2]
        nxt_word = toks[j][0] if j < n else ""
        beside = any(e.kind == "country" for e in entries) and (
            nxt_word.lower() in _BORDER_WORDS or bool(_BORDER_WITH.search(text, max(0, start - 30), start)))
        if beside:
            # "near the border with Burkina Faso", "the Lebanon border": context, and the
            # place only when the text names no other
            for e in entries:
                if e.kind == "country":
                    countries[e.country_code] = max(countries.get(e.country_code, 0.0), ACTOR_WEIGHT)
        if nxt_word in ACTOR_NOUNS and any(e.kind == "country" for e in entries):
            # "US forces", "Turkish army": the country acts here, the place is elsewhere
            for e in entries:
                if e.kind == "country":
                    countries[e.country_code] = max(countries.get(e.country_code, 0.0),
                                                    ACTOR_WEIGHT)
            i = j
            continue
        # "Salvador" is a town more than El Salvador: a country named without its article is
        # one of its other names
        entries = [replace(e, alternate=True) if e.kind == "country" and not e.alternate
                   and without_article(norm(e.name)) == key else e for e in entries]
        m = _Mention(start, end, text[start:end], key, _dedupe(entries), sentence[i],
                     folded=hit_folded, loose=hit_loose, specifier=bool(state), beside=beside)
        reason = _excluded(text, toks, i, j, key)
        if reason:
            set_aside.append((start, end))
            if reason == "person":
                person_keys.add(key)
            i = j
            continue
        prev = toks[i - 1][0] if i else ""
        nxt = toks[j][0] if j < n else ""
        title_line = text.rfind("\n", 0, start) + 1 in headline
        single = j - i == 1
        abbreviation = "." in tok or tok.isupper()
        # where every word is capitalised (a headline, a sentence's first word) an everyday
        # English word is read as one ("Arrest Made After Shooting at Airport")
        m.common = single and not abbreviation and (
            key in COMMON_WORDS or key in lower_words
            or ((title_line or starts[i]) and _ordinary(key, m.entries)))
        if m.common and nxt.lower() in DIVISION1_WORDS | DIVISION2_WORDS and any(
                e.kind in ("admin1", "admin2") for e in m.entries):
            m.common = False  # "Bay region", "Centre province": the word names a division
        if prev == "the" and not any(e.kind != "city" or e.population >= 100_000
                                     for e in m.entries):
            m.common = True  # "the White House", "the Pentagon": a building, not a town
        if title_line:
            # every word is capitalised: only a name word before it ("Micah Johnson, ...")
            low = prev.lower()
            m.weak = (_is_word(prev) and low not in FUNCTION_WORDS and low not in COMMON_WORDS
                      and low not in lower_words and low not in PLACE_MODIFIERS
                      and text[toks[i - 1][2]:toks[i - 1][2] + 2] not in ("'s", "’s")
                      and not any(spans.get((k, i)) in found for k in range(max(0, i - 3), i)))
            m.surname = m.weak and _name_word(prev)
        else:
            possessive = text[toks[i - 1][2]:toks[i - 1][2] + 2] in ("'s", "’s")
            ordinary = (prev.lower() in COMMON_WORDS or prev.lower() in lower_words
                        or prev.lower() in FUNCTION_WORDS)
            # a country before it: "U.S.-Mexico border", "Iraqi Mosul"
            prev_place = (norm(prev) in demonyms
                          or any(e.kind == "country" for k in range(max(0, i - 3), i)
                                 for e in found.get(spans.get((k, i), ""), ())))
            inside = (_is_word(prev) and _is_cap(prev) and not (starts[i - 1] and ordinary)
                      and prev.lower() not in PLACE_MODIFIERS and not possessive
                      and not prev_place)  # "U.S.-Mexico border" names two places

            before = (_is_word(nxt) and _is_cap(nxt) and nxt.lower() not in DIVISION1_WORDS
                      and nxt.lower() not in DIVISION2_WORDS and nxt.lower() not in LOCALITY_WORDS
                      and nxt.lower() not in PERSON_TITLES  # "Pullman Mayor", "Kabul Governor"
                      and text[end:end + 2] not in ("'s", "’s")
                      and text[end:end + 1] != "-")  # "Beirut-Mazraa": a city, a quarter
            if nxt in INNER_CONNECTORS and j + 1 < n and _is_cap(toks[j + 1][0]):
                before = True  # "Ain er Roummaneh" when only "Ain" is known
            if before and nxt.lower() in _COMPASS and not inside and any(
                    e.kind != "country" for e in m.entries):
                # "Baringo North", "Rumbek East": a district named after the province or town
                # it lies in, which stands for it when the district is not known
                before = False
            m.weak = inside or before
            m.surname = inside and _name_word(prev)
        given = i - 1
        if i >= 3 and prev == "." and len(toks[i - 2][0]) == 1 and toks[i - 2][0].isupper() \
                and _first_name(toks[i - 3][0], i - 3, starts, lower_words, found, spans, demonyms):
            # "Christopher A. Wray", "Joseph M. Sellers": a given name and an initial before it
            m.weak = m.surname = True
            given = i - 3
        if m.surname and not any(e.kind in ("country", "admin1") or e.population >= KNOWN_CITY
                                 for e in m.entries) and \
                _first_name(toks[given][0], given, starts, lower_words, found, spans, demonyms):
            # "Hillary Clinton", "Mitch McConnell": the name is that person's in the whole text
            # ("the investigation into Clinton's emails")
            person_keys.add(key)
        if nxt in STREET_WORDS or nxt in QUARTER_WORDS:
            # "Raju street of Afrin city", "the Alberdi neighbourhood": a street or a part of a
            # town, named after a town elsewhere
            m.weak = True
        m.hint = _hint(toks, i, j)
        m.container = nxt == ")" and _in_parentheses_after_name(toks, i)
        if m.common and m.container and any(e.kind in ("admin1", "admin2") for e in m.entries):
            m.common = False  # "Mirebalais (Centre)", "Dori (Sahel)": a division after its town
        if m.hint is None and (m.container or _after_comma(toks, i, j, mentions, found, spans)):
            m.hint = "division"
        if m.hint not in ("admin1", "admin2") and _own_country_name(toks, i, m, mentions):
            # "Mexico", "Panama": a country's own name is the country, not its province or
            # district of that name, unless a word says so ("Mexico state", "the state of
            # Mexico") or it follows a town of that province ("Toluca, Mexico")
            own = {e.country_code for e in m.entries if e.kind == "country"}
            m.entries = [e for e in m.entries
                         if not (e.kind in ("admin1", "admin2") and e.country_code in own)]
            if not any(e.kind in ("admin1", "admin2") for e in m.entries):
                m.hint = None
        mentions.append(m)
        i = j
    # a name the text gives a person ("Rep. Jesse Jackson Jr.") is that person elsewhere too
    # ("Jackson pleads guilty")
    people = [m for m in mentions if m.key in person_keys and " " not in m.key]
    set_aside += [(m.start, m.end) for m in people]
    mentions = [m for m in mentions if not (m.key in person_keys and " " not in m.key)]
    # names set aside as people, outlets or months are not respelled into places
    unknown = [u for u in unknown if not any(a < u[1] and u[0] < b for a, b in set_aside)]
    return mentions, countries, unknown


#: A single word at least this frequent in English (Zipf scale: 4.3 is about twice in 100,000
#: words) is an ordinary word when all its readings are small towns ("Airport", "Arrest").
ORDINARY_ZIPF = 4.3


def _name_word(word: str) -> bool:
    """A capitalised word before a name that is no part of a place's written name ("Mitt" in
    "Mitt Romney", but not "Jebel" in "Jebel Marra" nor "Wadi" in "Wadi Hadramawt")."""
    key = norm(word)
    return key not in _PLACE_WORDS and key not in ARTICLES and key not in PLACE_MODIFIERS


#: A word this frequent in English (Zipf scale) is no given name ("Let", "Will", "May"; "John"
#: is 5.4).
FIRST_NAME_ZIPF = 5.5


def _first_name(word: str, at: int, starts: list[bool], lower_words: set[str],
                found: dict[str, list[Entry]], spans: dict[tuple[int, int], str],
                demonyms: dict[str, str]) -> bool:
    """A capitalised word before a surname that is a given name: no everyday word, no
    abbreviation, no word of a place's kind, no demonym, and no place of any size ("Christopher"
    in "Christopher Wray" names only villages; "Kabul" in "Kabul Kandahar highway" is a city).
    The surname is then that person's in the whole text, when it names no well-known place
    (never "Washington", "Austin", "Jordan")."""
    low = word.lower()
    if not word[:1].isupper() or word.isupper() or len(word) < 3 or "." in word:
        return False
    if low in COMMON_WORDS or low in lower_words or low in FUNCTION_WORDS or low in DIVISION1_WORDS \
            or low in DIVISION2_WORDS or low in LOCALITY_WORDS or low in PERSON_TITLES:
        return False
    key = spans.get((at, at + 1))
    if key is None or key in demonyms or key in _groups():
        return False
    from ..lang.en import _zipf

    if _zipf(low) >= FIRST_NAME_ZIPF:
        return False  # "Don't Let Belgrade Drown": a word far more frequent than any name
    return not any(e.kind == "country" or e.population >= UNIQUE_TOWN for e in found.get(key, ()))


def _ordinary(key: str, entries: list[Entry]) -> bool:
    """An everyday English word that names only small towns."""
    if " " in key or any(e.kind != "city" or e.population >= KNOWN_CITY for e in entries):
        return False
    from ..lang.en import _zipf

    return _zipf(key) >= ORDINARY_ZIPF


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Look-up key -> country of every demonym, and of its plural ("Somalis", "Afghans")."""
    out = {norm(k): v for k, v in DEMONYMS.items()}
    for k, v in list(out.items()):
        if not k.endswith(("s", "sh", "ch", "ese")):  # not "Swiss", "British", "Chinese"
            out.setdefault(k + "s", v)
    return out


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str, bool]]:
    """Look-up key -> (country, written in capitals only) of the groups of one country."""
    return {norm(k): (v, k.isupper()) for k, v in GROUPS.items()}


def _dedupe(entries: list[Entry]) -> list[Entry]:
    best: dict[int, Entry] = {}
    for e in entries:
        if e.id not in best or ((best[e.id].alternate, best[e.id].foreign)
                                > (e.alternate, e.foreign)):
            best[e.id] = e
    return list(best.values())


#: Words between the people of a place and its name: "police in Orlando said", "officials
#: across Nineveh told".
_PLACE_PREPOSITIONS = frozenset({"in", "across", "throughout", "outside"})


def _excluded(text: str, toks: list[tuple[str, int, int]], i: int, j: int,
              key: str) -> str | None:
    """Months, weekdays, outlets and people are never places: the reason, or None."""
    n = len(toks)
    if j == i + 1 and (key in CALENDAR or key in MEDIA_WORDS or key in PERSON_TITLES):
        return "word"  # "in May"; "the Globe", "the Star"; "Sens."
    if key in INSTITUTIONS:
        return "word"  # "the White House", "the Pentagon"
    nxt = toks[j][0] if j < n else ""
    if nxt.lower() in MEDIA_WORDS and _is_cap(nxt):
        return "outlet"  # "Kabul Times"
    if i >= 2 and toks[i - 1][0] == "of" and toks[i - 2][0].lower() in MEDIA_WORDS:
        return "outlet"  # "Times of India"
    prev = toks[i - 1][0].lower() if i else ""
    if i >= 2 and prev == ".":
        prev = toks[i - 2][0].lower()
    if prev in PERSON_TITLES:
        # "General Jackson", "Mr. Houston"; an office before a town is the town's officer
        # ("District Police Officer Bannu"): no place here, but the town's name stays one
        return "person" if prev in HONORIFICS else "office"
    # "police in Orlando said", "the governor of Maine said": a place
    speakers = i >= 2 and ((prev in _PLACE_PREPOSITIONS and toks[i - 2][0].lower() in LOCAL_SPEAKERS)
                           or (prev == "of" and (toks[i - 2][0].lower() in PERSON_TITLES
                                                 or toks[i - 2][0].lower() in LOCAL_SPEAKERS)))
    if (nxt in PERSON_VERBS and not speakers) or _AGE.match(text, toks[j - 1][2]):
        # "Houston said", "Jackson, 34,"; but "police in Orlando said": a place
        return "person"
    if _NAMED.search(text, max(0, toks[i][1] - 30), toks[i][1]):
        return "person"  # "identified as Christopher Harper-Mercer", "a man named Lewis"
    return None


def _abbreviation_key(tok: str) -> str:
    return "".join(tok.lower().replace(".", " ").split())


def _state_after_town(toks: list[tuple[str, int, int]], i: int, mentions: list[_Mention],
                      found: dict[str, list[Entry]]) -> list[Entry]:
    """The provinces an abbreviation names right after a town and a comma ("Springfield, Ill.",
    "Springfield, IL"): those that hold a town of that name, or none."""
    tok = toks[i][0]
    if i < 2 or toks[i - 1][0] not in (",", "(") or not mentions or mentions[-1].end != toks[i - 2][2]:
        return []  # "Springfield, Ill.", "Springfield (Ill.)"
    code = STATE_ABBREVIATIONS.get(_abbreviation_key(tok))
    if code is None and not (tok.isupper() and tok.isalpha() and 2 <= len(tok) <= 3):
        return []
    short = (code.split("-", 1)[1] if code else tok).lower()
    towns = [e for e in mentions[-1].entries if e.kind == "city"]
    return [replace(e, alternate=False) for e in found.get("#" + short, ())
            if e.kind == "admin1" and (code is None or e.country_code == code.split("-", 1)[0])
            and any(_contains(e, t) for t in towns)]


def _own_country_name(toks: list[tuple[str, int, int]], i: int, m: _Mention,
                      mentions: list[_Mention]) -> bool:
    """The mention is a country's own name (not another name of it) that also names a
    province or district of that country, and is not written after a name and a comma
    ("Nezahualcoyotl, Mexico": the State of Mexico, as coders write a town and its province)
    unless that name's largest town of the country lies outside that province ("Chilpancingo,
    Mexico", "Juarez, Mexico": the country)."""
    own = {e.country_code for e in m.entries if e.kind == "country" and not e.alternate}
    divisions = [e for e in m.entries if e.kind in ("admin1", "admin2") and e.country_code in own]
    if not divisions:
        return False
    if i < 2 or toks[i - 1][0] != "," or not _is_cap(toks[i - 2][0]):
        return True
    prev = mentions[-1] if mentions and mentions[-1].end == toks[i - 2][2] else None
    towns = [t for t in (prev.entries if prev else ()) if t.kind == "city" and t.country_code in own]
    # the town's best-known reading decides ("Juarez, Mexico": Ciudad Juárez, not a hamlet
    # of the State of Mexico)
    return bool(towns) and not any(_contains(d, max(towns, key=lambda t: t.population))
                                   for d in divisions)


def _after_comma(toks: list[tuple[str, int, int]], i: int, j: int, mentions: list[_Mention],
                 found: dict, spans: dict) -> bool:
    """"Princeton, Oregon": a name right after a place and a comma names its province, unless
    it is one of a list ("Sidon, Tripoli, Matn and Zahle")."""
    if i < 2 or toks[i - 1][0] != "," or not mentions or mentions[-1].end != toks[i - 2][2]:
        return False
    if j + 1 < len(toks) and toks[j][0] == "," and _is_cap(toks[j + 1][0]):
        # "..., Oregon, United States" still names a province; "..., Tripoli, Matn" does not
        return any(e.kind == "country" for k in range(j + 2, j + 6)
                   for e in found.get(spans.get((j + 1, k), ""), ()))
    return not (j < len(toks) and toks[j][0] == "and")


def _in_parentheses_after_name(toks: list[tuple[str, int, int]], i: int) -> bool:
    """The name at ``i`` sits in parentheses opened right after a capitalised word."""
    k = i - 1
    while k >= 0 and k > i - 12:
        tok = toks[k][0]
        if tok == "(":
            before = toks[k - 1][0] if k > 0 else ""
            return _is_word(before) and (_is_cap(before) or before.lower() in DIVISION1_WORDS
                                         or before.lower() in DIVISION2_WORDS
                                         or before.lower() in LOCALITY_WORDS)
        if tok in (")", ".", ";", "\n"):
            return False
        k -= 1
    return False


def _hint(toks: list[tuple[str, int, int]], i: int, j: int) -> str | None:
    """The kind a word next to the name gives it: "X district", "the province of X" (but "a
    southern Arizona town" is a town in Arizona)."""
    nxt = toks[j][0].lower() if j < len(toks) else ""
    for t in reversed(toks[max(0, i - 3):i]):
        low = t[0].lower()
        if low in ("a", "an"):
            nxt = ""  # "a southern Arizona town" (but "a driver in Faryab province")
            break
        if low in FUNCTION_WORDS or not _is_word(t[0]):
            break
    for words, kind in ((DIVISION2_WORDS, "admin2"), (DIVISION1_WORDS, "admin1"),
                        (LOCALITY_WORDS, "city")):
        if nxt in words:
            return kind
    if i >= 3 and toks[i - 1][0] == "of" and toks[i - 3][0].lower() == "the":
        word = toks[i - 2][0].lower()
        for words, kind in ((DIVISION2_WORDS, "admin2"), (DIVISION1_WORDS, "admin1"),
                            (LOCALITY_WORDS, "city")):
            if word in words:
                return kind
    return None


# ---------------------------------------------------------------------------------- scoring


def _km(e: Entry, f: Entry) -> float | None:
    if e.latitude is None or f.latitude is None or e.kind == "country" or f.kind == "country":
        return None
    p1, p2 = math.radians(e.latitude), math.radians(f.latitude)
    dl = math.radians(f.longitude - e.longitude)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _contains(division: Entry, e: Entry) -> bool:
    if division.kind == "admin1":
        return e.kind in ("admin2", "city") and e.admin1_name == division.admin1_name
    if division.kind == "admin2":
        return (e.kind == "city" and e.admin2_name == division.admin2_name
                and e.admin1_name == division.admin1_name)
    return False


#: The most one place can support another (:func:`_rel`: the same district).
_REL_MAX = 2.5


def _rel(e: Entry, f: Entry) -> float:
    """How much one place supports another: one inside the other ("Princeton, Oregon"), the
    same district, nearby, the same province, the same country."""
    if e.country_code != f.country_code or e.id == f.id:
        return 0.0
    if e.admin2_name and e.admin2_name == f.admin2_name and e.kind != "admin1":
        return _REL_MAX
    if _contains(e, f) or _contains(f, e):
        return 1.8
    d = _km(e, f)
    if d is not None and d <= NEAR_KM:
        return 1.5
    if e.admin1_name and e.admin1_name == f.admin1_name:
        return 1.2
    return 1.0 if d is None else 0.6


#: How much a report's language favours the countries where it is the first language, and
#: those where it is spoken too; the other names of places in a report that is not in English.
SPOKEN_FIRST, SPOKEN_TOO, _EXONYM = 0.5, 0.25, 0.2
#: How much a town comes before other places of its name when its province bears it too.
_NAMESAKE = 0.2


@lru_cache(maxsize=16)
def _spoken(language: str | None) -> dict[str, float]:
    """Country code -> how much a report in ``language`` favours its places. English favours
    none: it is written about every country."""
    from ..lang import normalise_code

    code = normalise_code(language)
    if not code or code == "en":
        return {}
    out: dict[str, float] = {}
    for cc, langs in gazetteer.spoken_languages().items():
        codes = [normalise_code(x) for x in langs]
        if codes and codes[0] == code:
            out[cc] = SPOKEN_FIRST
        elif code in codes:
            out[cc] = SPOKEN_TOO
    return out


#: How much a country's capital comes before other places of its name.
_CAPITAL = 0.8


#: How much a place in a province where a group the text names acts comes before its
#: namesakes elsewhere in the country.
_GROUP_REGION = 0.5


@lru_cache(maxsize=1)
def _group_pattern() -> tuple[re.Pattern[str], dict[str, frozenset[tuple[str, str]]]]:
    regions = {name: frozenset((v[0], a1) for a1 in v[1:]) for name, v in GROUP_REGIONS.items()}
    names = sorted(regions, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])"), regions


def _group_home(text: str) -> tuple[str, str] | None:
    """(country, first province) of the first group named in ``text`` that acts in a few
    provinces of one country, or None."""
    if not GROUP_REGIONS:
        return None
    hit = _group_pattern()[0].search(text)
    if hit is None:
        return None
    v = GROUP_REGIONS[hit.group()]
    return v[0], v[1]


def _group_regions(text: str) -> frozenset[tuple[str, str]]:
    """(country, province) of the groups that act in a few provinces named in ``text``."""
    if not GROUP_REGIONS:
        return frozenset()
    pattern, regions = _group_pattern()
    out: set[tuple[str, str]] = set()
    for hit in pattern.finditer(text):
        out |= regions[hit.group()]
    return frozenset(out)


#: Words before a town's name in its official form, left out in the news ("Heroica
#: Matamoros", "Ciudad Obregón").
_TOWN_TITLES = ("heroica", "ciudad", "heroica ciudad de")


def _prior(e: Entry, m: _Mention) -> float:
    size = e.population * (_DIVISION_SHARE if e.kind in ("admin1", "admin2") else 1.0)
    p = _KIND_PRIOR[e.kind] + 1.5 * min(math.log10(size + 1), 7.0) / 7.0
    if e.alternate and norm(e.name) not in (m.key + " city", *(f"{w} {m.key}" for w in _TOWN_TITLES)) \
            and not _district_named(m.key, e):
        # "New York" for New York City, "Matamoros" for Heroica Matamoros: the name as used
        # a report in another language writes the names of its language, which the index
        # mostly has as other names ("Odessa" for Odesa)
        p -= _EXONYM if m.spoken and not m.folded else 0.8
    p += m.spoken.get(e.country_code, 0.0)
    if m.regions and e.kind != "country" and (e.country_code, e.admin1_name) in m.regions:
        p += _GROUP_REGION  # "the OSCE SMM ... near Pervomaisk": the one in Luhansk
    if e.kind == "city" and any(x.kind == "admin1" and x.country_code == e.country_code
                                and x.admin1_name == e.admin1_name for x in m.entries):
        p += _NAMESAKE  # "Córdoba": the city of Córdoba province more than a province elsewhere
    if e.capital and not any(x.kind == "country" for x in m.entries):
        p += _CAPITAL  # "Washington" in the news is the capital more than the state ("Mexico"
        # stays the country)
    if m.hint:
        p += 1.0 if e.kind in _HINT_KIND[m.hint] else -0.5
    elif e.kind in ("admin1", "admin2"):
        # "Kabul": the city more than its province, unless "Kabul province"
        # (a division read without the words of its name, "Buffalo" for Buffalo City
        # Metropolitan Municipality, yields to a town of that name in any country)
        stripped = norm(e.name) != m.key
        towns = [x for x in m.entries if x.kind == "city" and (x.country_code == e.country_code
                                                                or stripped)]
        if any((not x.alternate or e.name in (x.admin1_name, x.admin2_name))
               and x.population >= 0.25 * e.population for x in towns):
            p -= 0.6
    return p


def _well_known(e: Entry, m: _Mention) -> bool:
    if m.fuzzy:
        # a close spelling of a province, written where a province goes: "(Hiraan)"; another
        # spelling of a division written with its kind word ("Hilmand province")
        return (m.similarity >= 88 and e.kind == "admin1" and len(m.entries) == 1) or bool(
            m.hint and e.kind in _HINT_KIND[m.hint]
            and len({x.country_code for x in m.entries}) == 1)
    if m.loose:
        # a loose spelling names a division only with its kind word ("Ninewa province"), or
        # with its country or support (a surname may spell like a district somewhere)
        return bool(m.hint and m.hint != "city" and e.kind in _HINT_KIND[m.hint])
    if e.foreign and m.container and e.kind in ("admin1", "admin2") and not (m.weak or m.common) \
            and len({x.country_code for x in m.entries}) == 1:
        return True  # "Kolofata (Mayo-Sava, Extreme-Nord)": a province's French name in its place
    if m.weak or m.common or e.foreign or (m.folded and e.kind == "city"):
        return False  # a name in another language ("Karen"), a town in another spelling
        # ("Shots" for Shotts) needs its country or support
    if e.kind == "country":
        return True
    if m.hint and m.hint != "city" and e.kind in _HINT_KIND[m.hint] and len(
            {x.country_code for x in m.entries if x.kind in _HINT_KIND[m.hint]}) == 1 and not any(
            x.kind == "city" and x.country_code != e.country_code and x.population >= KNOWN_CITY
            for x in m.entries):
        # "Gedo region", "Lahij governorate": the only division of that name (but "Beni
        # territory" may be named after a big town elsewhere whose division is not indexed)
        return True
    # a big city known by another of its names counts among a name's countries ("Derna": the
    # Libyan city Darnah, besides a Romanian commune)
    unique = len({x.country_code for x in m.entries
                  if not x.alternate or x.population >= KNOWN_UNIQUE_ALTERNATE} | {e.country_code}) == 1
    if e.alternate and (_respelling(m.key, e) or _district_named(m.key, e)):
        e = replace(e, alternate=False)  # "Bossaso" for Bosaso: the same name, spelled otherwise
    if e.alternate:
        # the name is known in one country only, or it is another transliteration of this
        # city's name and every other reading of it is a village beside it ("Derna", Darnah)
        dominant = _respelling(m.key, e, TRANSLITERATION) and all(
            x.country_code == e.country_code or 10 * x.population <= e.population
            for x in m.entries)
        return e.population >= (KNOWN_UNIQUE_ALTERNATE if unique or dominant else KNOWN_ALTERNATE)
    if m.container and e.kind in ("admin1", "admin2"):
        return True  # "Gaskinde (Pobe-Mengao, Soum)": the province written after a place
    if unique:
        # the name is known in one country only
        if e.kind in ("admin1", "admin2"):
            return True
        if e.population >= UNIQUE_TOWN:
            return True
    return e.population >= (KNOWN_CITY if e.kind == "city" else 10 * KNOWN_CITY)


def _district_named(key: str, e: Entry) -> bool:
    """A district's town of 10,000 or more called by the district's name: no other name of it
    ("Lakki Marwat" for Lakki, the town of Lakki Marwat District)."""
    return e.kind == "city" and bool(e.admin2_name) and e.population >= UNIQUE_TOWN and \
        key in (norm(e.admin2_name), gazetteer.generic_free(norm(e.admin2_name)))


#: How alike (rapidfuzz ratio) a name must be to a place's main name to be another
#: transliteration of it ("Derna", Darnah), not another name.
TRANSLITERATION = 70


def _respelling(key: str, e: Entry, cutoff: float = 80) -> bool:
    """The name as written is a spelling of the entry's main name, not another name."""
    from rapidfuzz import fuzz

    return fuzz.ratio(key, norm(e.name)) >= cutoff


def _spread(m: _Mention) -> float:
    """How much weight a mention's support carries: less when its name is in many countries."""
    k = len({e.country_code for e in m.entries})
    w = 1.0 / math.sqrt(max(k, 1))
    # a name read only through another spelling ("Shots" as Shotts) supports nothing
    folded_town = m.folded and all(e.kind == "city" for e in m.entries)
    # nor does a surname ("Mitt Romney" is no sign of West Virginia)
    return 0.0 if m.common or folded_town or m.surname else w * (0.5 if m.weak else 1.0)


_RELATIONS: dict[str, dict[tuple[int, int], float]] = {}


def _relations() -> dict[tuple[int, int], float]:
    """(reading, reading) -> :func:`_rel` of the two, kept for the process (the same places
    come back in text after text), for the index in use."""
    path = gazetteer.index_key()
    rels = _RELATIONS.get(path)
    if rels is None or len(rels) > 1 << 20:
        _RELATIONS.clear()
        rels = _RELATIONS[path] = {}
    return rels


def _choose(mentions: list[_Mention], countries: dict[str, float], settled: bool,
            memo: dict[tuple[int, int], float] | None = None) -> None:
    """Pick each mention's entry; ``settled``: other mentions count by their choice only.
    ``memo``: kept across the rounds of one text, each reading's best relation to each other
    mention (by the mention's identity: the mentions of one text live as long as it)."""
    # What does not change while choosing, worked out once: each mention's weight, its readings
    # by country, the mentions with a reading in each country (a mention with none in a
    # reading's country adds nothing to it), and each pair of readings' relation (a long text
    # names the same places again and again). Mentions are still added up in text order.
    spread = [0.0 if settled else _spread(o) for o in mentions]
    by_country: list[dict[str, list[Entry]]] = []
    in_country: dict[str, list[int]] = {}
    for i, o in enumerate(mentions):
        cc_entries: dict[str, list[Entry]] = {}
        for f in o.entries:
            cc_entries.setdefault(f.country_code, []).append(f)
        by_country.append(cc_entries)
        for cc in cc_entries:
            in_country.setdefault(cc, []).append(i)
    rels = _relations()
    best_rel = memo if memo is not None else {}

    def rel_of(e: Entry, f: Entry) -> float:
        pair = (e.id, f.id)
        r = rels.get(pair)
        if r is None:
            r = rels[pair] = _rel(e, f)
        return r

    for m in mentions:
        best, best_score, best_support = None, -1e9, 0.0
        big = set() if m.placed or m.hint == "city" else {
            x.country_code for x in m.entries
            if x.kind == "admin1" and not x.alternate and x.population >= BIG_PROVINCE}
        famous = [] if m.placed or m.hint == "city" or m.alone else [
            x for x in m.entries if not x.alternate and not x.foreign and (
                x.kind == "admin1" or (x.kind == "city" and (x.population >= FAMOUS_CITY or x.capital)))]
        for e in m.entries:
            support = country_level = 0.0
            for i in in_country.get(e.country_code, ()):
                o = mentions[i]
                if o is m or o.key == m.key or (o.specifier and not 0 < o.start - m.end <= 3):
                    continue
                near = 1.5 if abs(o.start - m.start) <= NEAR else 1.0
                if settled:
                    if not (o.accepted and o.choice is not None and not o.common and not o.surname):
                        continue
                    rel, w = rel_of(e, o.choice), near * (0.5 if o.weak else 1.0)
                else:
                    at = (e.id, id(o))
                    rel = best_rel.get(at)
                    if rel is None:
                        rel = 0.0
                        for f in by_country[i][e.country_code]:
                            r = rel_of(e, f)
                            if r > rel:
                                rel = r
                                if r >= _REL_MAX:
                                    break  # nothing relates more
                        best_rel[at] = rel
                    w = near * spread[i]
                if 0 < o.start - m.end <= 2 and any(
                        f.kind == "country" and f.country_code == e.country_code
                        for f in o.entries):
                    rel = 3.0  # "Nice, France": the country written right after the town
                if rel > 1.0:
                    support += w * rel
                else:
                    country_level += w * rel
            # places merely of the same country never add up to support on their own: a
            # report full of American places does not make "Congress" a town in Arizona
            support += min(country_level, COUNTRY_SUPPORT)
            if e.kind == "city" and e.population < UNIQUE_TOWN and big and e.country_code not in big:
                # a big province's name is no village elsewhere ("Texas officials" in a report
                # on Mexico; "lawmakers in Indiana" in one on Peru), unless the text puts it in
                # a province of its own ("Mexico, Indiana")
                continue
            if e.kind == "city" and e.population < KNOWN_CITY and any(
                    f.country_code == e.country_code and f.id != e.id and not _contains(f, e)
                    and 10 * e.population < f.population for f in famous):
                # nor is a province's or a big city's name a small town of it elsewhere in the
                # country because the text names that town's province ("Senator Sanders of
                # Vermont" in a report naming Illinois; a debate in Atlanta in one on Indiana),
                # unless the text puts it there ("Washington, Indiana", "Mexico (Pampanga)")
                continue
            named = countries.get(e.country_code, 0.0)
            score = _prior(e, m) + (0.0 if m.alone else support) + named
            score += _beside(e, countries)
            if e.capital and not named and any(x.country_code in countries for x in m.entries):
                # a capital is the obvious reading only when the text points nowhere else
                # ("Lebanese troops in Tripoli")
                score -= _CAPITAL
            m.support[e.id] = support
            if score > best_score:
                best, best_score, best_support = e, score, support
        if best is not None and best.kind == "city" and not m.placed and not m.hint:
            # a country's name is the country, not a town of that name abroad ("a drone attack
            # in Jordan" in a report full of American places), unless the text puts the town
            # in its province ("Lebanon, Tennessee")
            country = next((e for e in m.entries if e.kind == "country" and not e.alternate
                            and not e.foreign), None)
            if country is not None and country.country_code != best.country_code:
                best, best_support = country, m.support.get(country.id, 0.0)
        m.choice = best
        if best is None:
            m.accepted = False
            continue
        named = best.country_code in countries
        if not named and best_support < SUPPORTED:
            # no context: only the obvious reading of a well-known name
            biggest = max(m.entries, key=lambda e: _prior(e, m) + _beside(e, countries))
            local = [e for e in m.entries if e.kind != "country"
                     and (e.country_code, e.admin1_name) in m.regions]
            if local and not (m.common or m.weak or m.surname) and (
                    biggest.country_code in {cc for cc, _ in m.regions}
                    or not _well_known(biggest, m)):
                # a group the text names acts there ("the OSCE SMM ... in Pervomaisk")
                m.choice = max(local, key=lambda e: _prior(e, m))
                m.accepted = True
                continue
            if not _well_known(biggest, m):
                # another reading in the same country may be well known ("Tombouctou": the
                # region, when the town is known as Timbuktu)
                known = [e for e in m.entries if e.country_code == biggest.country_code
                         and _well_known(e, m)]
                # else a well-known reading elsewhere ("Derna": Darnah, not a Romanian village)
                known = known or [e for e in m.entries if _well_known(e, m)]
                biggest = max(known, key=lambda e: _prior(e, m)) if known else biggest
            m.choice = biggest
            m.accepted = _well_known(biggest, m)
        else:
            # a named country vouches for the names of its places, not for ordinary words
            vouched = named and not (m.weak or m.common or (
                m.fuzzy and m.similarity < _TOWN_CLOSE))
            m.accepted = best_support >= SUPPORTED or vouched or _well_known(best, m)
            if m.accepted and m.regions and best_support < SUPPORTED and best.kind == "city" \
                    and (best.country_code, best.admin1_name) not in m.regions \
                    and best.country_code in {cc for cc, _ in m.regions} \
                    and not _well_known(best, m):
                # a village of that name far from where the group the text names acts: most
                # likely one the index does not know in the group's provinces ("the OSCE SMM
                # observed explosions near Viktorivka": not the Viktorivka near Odesa)
                m.accepted = False


def _beside(e: Entry, countries: dict[str, float]) -> float:
    """"Russian drones attacked Odessa": a big city in a country the text does not name but
    that borders one it names comes before its namesakes far away (``NEIGHBOUR_WEIGHT``)."""
    if e.kind != "city" or e.population < NEIGHBOUR_CITY or not countries or \
            e.country_code in countries:
        return 0.0
    return NEIGHBOUR_WEIGHT if gazetteer.neighbours(e.country_code) & countries.keys() else 0.0


def _drop_strays(mentions: list[_Mention], countries: dict[str, float]) -> None:
    """A reading taken only for being well known yields to places of another country written
    right next to it ("near Badengaido (Mambasa, Ituri)": not Mombasa in Kenya)."""
    for m in mentions:
        e = m.choice
        if not m.accepted or e is None or e.country_code in countries or e.kind == "country":
            continue
        if m.support.get(e.id, 0.0) >= SUPPORTED:
            continue
        for o in mentions:
            f = o.choice
            if o is m or not o.accepted or f is None or f.country_code == e.country_code:
                continue
            # ("Daman district, Kandahar": a place written right after a district names where
            # it lies)
            if abs(o.start - m.start) <= 40 and (o.support.get(f.id, 0.0) >= SUPPORTED
                                                  or f.kind in ("admin1", "admin2")
                                                  or o.start > m.end):
                m.accepted = False
                break


def _spelled(text: str, unknown: list[tuple[int, int, str, int]], mentions: list[_Mention],
             countries: dict[str, float]) -> list[_Mention]:
    """Unknown names next to found places, matched to the provinces and districts of the
    text's countries by spelling ("Urozgan" for "Uruzgan", "Hadramawt" for "Hadramaout");
    with no country in sight, to provinces anywhere (close spellings only)."""
    codes = sorted(set(countries) | {m.choice.country_code for m in mentions
                                     if m.accepted and m.choice})
    taken = [(m.start, m.end) for m in mentions if m.accepted]
    known = [(m.start, m.end) for m in mentions]
    spelled = [(m.start, m.end) for m in mentions if m.fuzzy]
    candidates = []
    for start, end, written, _i in unknown:
        if any(a < end and start < b for a, b in taken + spelled):
            continue
        words = written.split()
        if len(words) > 1 and (words[-1].lower() in DIVISION1_WORDS
                               or words[-1].lower() in DIVISION2_WORDS):
            # "Salah al-Din Governorate": the name, then its kind
            end = start + len(written) - len(words[-1]) - 1
            written = text[start:end].rstrip()
            end = start + len(written)
        key = norm(written)
        if len(key) < 4 or written.isupper() or key in COMMON_WORDS or key in CALENDAR:
            continue
        before = text[max(0, start - 12):start].rstrip().lower()
        after = text[end:end + 12].lstrip().lower()
        nxt = after.split(" ", 1)[0].strip(",.;:)") if after else ""
        hinted = nxt in DIVISION1_WORDS or nxt in DIVISION2_WORDS
        listed = before.endswith(("(", ",")) or before.endswith((" in", " near", " of"))
        if not (hinted or listed):
            continue
        if not codes and any(a < end and start < b and (not hinted or (a <= start and end <= b))
                             for a, b in known):
            # a known name is not respelled into a province anywhere (a longer name around a
            # known part is: "Salah al-Din Governorate")
            continue
        candidates.append((start, end, written, key, nxt, hinted))
    if codes:
        # the names that may be compared with every town of the text's countries, compared
        # in one pass per country (a short name only when a province is named: see
        # _spelled_town)
        named = any(m.accepted and m.choice and m.choice.kind in ("admin1", "admin2") for m in mentions)
        _compare_towns(codes, [key for *_, key, _n, hinted in candidates
                               if not hinted and (named or len(key) >= 6)])
    out = []
    for start, end, written, key, nxt, hinted in candidates:
        table = _Divisions(tuple(codes))
        if not table:
            continue
        cutoff = 88 if len(key) >= 6 else 92
        name, similarity = table.best(key, cutoff)
        if name is None and (codes or hinted):
            # the same consonants ("Hilmand" for Helmand, "Salahuddin" for Salah ad Din);
            # with no country in sight only after a division word, in one country only
            sk = skeleton(key)
            same = [k for k in table.same_skeleton(sk) if k[:1] == key[:1] or
                    (k[:1] in "aeiou" and key[:1] in "aeiou")]
            if not codes and len({e.country_code for k in same for e in table.entries(k)}) != 1:
                same = []
            if len(sk) >= 4 and same:
                name, similarity = same[0], 80.0
        entries = table.entries(name) if name is not None else []
        if name is None and codes and not hinted:
            entries, similarity = _spelled_town(key, codes, mentions)
        if not entries:
            continue
        m = _Mention(start, end, written, key, entries, -1, fuzzy=True, similarity=similarity)
        m.hint = ("admin2" if nxt in DIVISION2_WORDS else "admin1" if nxt in DIVISION1_WORDS
                  else None)
        out.append(m)
    return out


#: A respelled town needs this similarity (rapidfuzz ratio) within the provinces the text
#: names, and ``_TOWN_CLOSE`` anywhere in the countries it names.
_TOWN_NEAR, _TOWN_CLOSE = 80, 90


def _spelled_town(key: str, codes: list[str], mentions: list[_Mention]) -> tuple[list[Entry], float]:
    """Towns of the text's countries spelled like an unknown name ("Qoryooley" for Qoryoley,
    "Ceel Buur" for Ceelbuur, "Goday" for Gode in a report naming its province). Loose
    spellings count only for towns of a province or district the text names."""
    from rapidfuzz import fuzz, process

    if not any(_town_list(cc)[0] for cc in codes):
        return [], 0.0
    provinces = {(m.choice.country_code, m.choice.admin1_name) for m in mentions
                 if m.accepted and m.choice and m.choice.kind in ("admin1", "admin2")}
    if len(key) < 6 and not provinces:
        return [], 70.0  # too short to be taken anywhere in a country, and no province named
    joined = key.replace(" ", "")

    def alikeness(k: str) -> float:
        return max(fuzz.ratio(key, k), fuzz.ratio(joined, k.replace(" ", "")))

    # the same consonants: "Jawhar", "Jowhar"
    consonants = _town_skeleton(tuple(sorted(provinces)), key) \
        if provinces and len(skeleton(key)) >= 3 else []
    if len(key) < 6 and not consonants and not any(
            _province_alike(cc, a1, key, joined) for cc, a1 in provinces if a1):
        return [], 70.0  # only towns of the provinces named could be taken, and none is alike
    cache_key = (gazetteer.index_key(), tuple(codes), key)
    alike = _ALIKE_TOWNS.get(cache_key)  # a name comes back in the text: the towns are compared once
    if alike is None:
        if len(_ALIKE_TOWNS) > 4096:
            _ALIKE_TOWNS.clear()
        alike = _ALIKE_TOWNS[cache_key] = {k: alikeness(k) for k in _closest_towns(key, codes)}
    scored = dict(alike)
    for k in consonants:
        if k not in scored:
            scored[k] = 0.0
    found = gazetteer.lookup(scored)
    best: list[Entry] = []
    best_score = -1.0
    for k, score in scored.items():
        for e in found.get(k, ()):
            if e.kind != "city" or e.country_code not in codes or e.foreign:
                continue
            inside = (e.country_code, e.admin1_name) in provinces
            close = score >= _TOWN_CLOSE and len(key) >= 6
            near = inside and (score >= _TOWN_NEAR or score == 0.0)
            if not (close or near):
                continue
            if score > best_score:
                best, best_score = [e], score
            elif score == best_score and all(x.id != e.id for x in best):
                best.append(e)
    return best, max(best_score, 70.0)


def _province_alike(cc: str, province: str, key: str, joined: str) -> bool:
    """Whether a town of the province is spelled like ``key`` with a rapidfuzz ratio of
    ``_TOWN_NEAR`` or more, as written or with spaces left out (``joined`` against the towns'
    keys without spaces): one comparison of the name with the province's towns in C."""
    from rapidfuzz import fuzz, process

    keys = _per_country("province keys", f"{cc}\t{province}",
                        lambda at: [k for _, k in _province_towns(*at.split("\t"))])
    if not keys:
        return False
    joined_keys = _per_country("joined province keys", f"{cc}\t{province}",
                               lambda _: [k.replace(" ", "") for k in keys])
    return bool(process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=_TOWN_NEAR)
                or process.extractOne(joined, joined_keys, scorer=fuzz.ratio, score_cutoff=_TOWN_NEAR))


_ALIKE_TOWNS: dict[tuple, dict[str, float]] = {}  # (index, countries, name) -> towns spelled alike
_CLOSEST: dict[tuple, list] = {}  # (index, country, name) -> that country's towns spelled most alike
_COUNTRY_ROWS: dict[tuple, list] = {}  # at most one entry per country and kind


def _per_country(kind: str, cc: str, read: Callable[[str], list]) -> list:
    """``read(cc)`` for one country, kept for the process: texts name countries in ever new
    combinations, and a combination's table is made of its countries' rows."""
    cache_key = (kind, gazetteer.index_key(), cc)
    rows = _COUNTRY_ROWS.get(cache_key)
    if rows is None:
        rows = _COUNTRY_ROWS[cache_key] = read(cc)
    return rows


#: How many towns spelled most like a name are compared with it, and how alike they must be.
_ALIKE_LIMIT, _ALIKE_CUTOFF = 25, _TOWN_NEAR - 15


def _town_list(cc: str) -> tuple[list[str], frozenset[str]]:
    """The look-up keys of one country's towns, in order and as a set."""
    def read(c: str) -> tuple[list[str], frozenset[str]]:
        keys = gazetteer.town_keys([c])
        return keys, frozenset(keys)

    return _per_country("town list", cc, read)


def _closest_in(cc: str, key: str) -> list[tuple[float, int, str]]:
    """(ratio, place in the country's list, town key) of the ``_ALIKE_LIMIT`` towns of one
    country spelled most like ``key``, best first (ties: the first listed)."""
    cache_key = (gazetteer.index_key(), cc, key)
    hits = _CLOSEST.get(cache_key)
    if hits is None:
        _compare_towns([cc], [key])
        hits = _CLOSEST[cache_key]
    return hits


#: Fewer names than this are compared one by one while numpy is not loaded (no numpy to
#: import for a short report).
_BATCH = 4


def _compare_towns(codes: list[str], names: list[str]) -> None:
    """:func:`_closest_in` of each name not yet compared with each country's towns, kept:
    one rapidfuzz ``cdist`` per country over the names (the towns are read into rapidfuzz
    once for all of them: a name costs a fifth of what it costs alone); a few names one by
    one."""
    from rapidfuzz import fuzz, process

    index = gazetteer.index_key()
    for cc in codes:
        todo = list(dict.fromkeys(k for k in names if (index, cc, k) not in _CLOSEST))
        if not todo:
            continue
        if len(_CLOSEST) + len(todo) > 16384:
            _CLOSEST.clear()
        keys = _town_list(cc)[0]
        if not keys:
            for k in todo:
                _CLOSEST[(index, cc, k)] = []
            continue
        if len(todo) < _BATCH and "numpy" not in sys.modules:
            for k in todo:
                _CLOSEST[(index, cc, k)] = [(score, at, t) for t, score, at in process.extract(
                    k, keys, scorer=fuzz.ratio, score_cutoff=_ALIKE_CUTOFF, limit=_ALIKE_LIMIT)]
            continue
        import numpy as np

        for i in range(0, len(todo), 16):  # (a row of scores per name: 0.5 MB for the US)
            chunk = todo[i:i + 16]
            scores = process.cdist(chunk, keys, scorer=fuzz.ratio, score_cutoff=_ALIKE_CUTOFF,
                                   dtype=np.float64, workers=1)
            for k, row in zip(chunk, scores):
                at = np.flatnonzero(row >= _ALIKE_CUTOFF)
                best = at[np.argsort(-row[at], kind="stable")][:_ALIKE_LIMIT]  # ties: first listed
                _CLOSEST[(index, cc, k)] = [(float(row[j]), int(j), keys[j]) for j in best]


def _closest_towns(key: str, codes: list[str]) -> list[str]:
    """The ``_ALIKE_LIMIT`` town keys of these countries spelled most like ``key``, best
    first; ties go to the first in the countries' lists joined in order, each key at its first
    place. Each country is compared once per name for the whole process, whatever other
    countries a text names with it: a key of the joined list's top is in its own country's
    top, where it is listed first."""
    ranked = []
    for pos, cc in enumerate(codes):
        earlier = [_town_list(c)[1] for c in codes[:pos]]
        for score, at, k in _closest_in(cc, key):
            if not any(k in s for s in earlier):  # listed first in an earlier country
                ranked.append((-score, pos, at, k))
    ranked.sort()
    return [k for *_, k in ranked[:_ALIKE_LIMIT]]


def _town_skeleton(provinces: tuple[tuple[str, str], ...], key: str) -> list[str]:
    """Keys of the towns of these provinces with the skeleton of ``key``, its first letter and
    at most two letters more or fewer: of every province name given in every country given,
    each key once, countries in alphabetical order and each country's towns in the order of its
    rows (:func:`gazetteer.town_keys` with provinces gives the same keys)."""
    sk, size = skeleton(key), len(key)
    names = sorted({a1 for _, a1 in provinces if a1 is not None})
    out: list[str] = []
    for cc in sorted({cc for cc, _ in provinces}):
        rows = [r for a1 in names for r in _province_initials(cc, a1).get(key[:1], ())]
        if len(names) > 1:
            rows.sort()
        for _pos, k in rows:
            if abs(len(k) - size) <= 2 and k not in out and skeleton(k) == sk:
                out.append(k)
    return out


def _province_towns(cc: str, province: str) -> list[tuple[int, str]]:
    """(place in the country's rows, key) of the towns of one province, kept for the process."""
    return _per_country("province towns", f"{cc}\t{province}",
                        lambda at: gazetteer.province_towns(*at.split("\t")))


def _province_initials(cc: str, province: str) -> dict[str, list[tuple[int, str]]]:
    """First letter -> (place in the country's rows, key) of the towns of one province."""
    def read(at: str) -> dict[str, list[tuple[int, str]]]:
        out: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for pos, k in _province_towns(*at.split("\t")):
            out[k[:1]].append((pos, k))
        return dict(out)

    return _per_country("province initials", f"{cc}\t{province}", read)


def _division_entries(cc: str) -> dict[str, tuple[Entry, ...]]:
    """Look-up key -> its entries (each once) of the provinces and districts of one country;
    of "": the provinces of every country."""
    rows = gazetteer.divisions([cc]) if cc else gazetteer.divisions(None, kinds=("admin1",))
    entries_of: dict[str, list[Entry]] = defaultdict(list)
    seen: set[tuple[str, int]] = set()
    for k, e in rows:
        if (k, e.id) not in seen:
            seen.add((k, e.id))
            entries_of[k].append(e)
    return {k: tuple(es) for k, es in entries_of.items()}


def _division_skeletons(cc: str) -> dict[str, tuple[str, ...]]:
    """Skeleton -> the keys of :func:`_division_entries` with it, in their order."""
    out: dict[str, list[str]] = defaultdict(list)
    for k in _per_country("division entries", cc, _division_entries):
        out[skeleton(k)].append(k)
    return {sk: tuple(ks) for sk, ks in out.items()}


class _Divisions:
    """The provinces and districts of some countries (none: the provinces of every country),
    read through each country's tables, which are kept for the process: keys in the order of
    the countries, each at its first place; a key's entries those of every country having it,
    in that order."""

    def __init__(self, codes: tuple[str, ...]) -> None:
        self.codes = [cc for cc in codes or ("",) if _per_country("division entries", cc, _division_entries)]

    def __bool__(self) -> bool:
        return bool(self.codes)

    def entries(self, key: str) -> list[Entry]:
        return [e for cc in self.codes
                for e in _per_country("division entries", cc, _division_entries).get(key, ())]

    def best(self, key: str, cutoff: float) -> tuple[str | None, float]:
        """The key spelled most like ``key`` (rapidfuzz ratio at least ``cutoff``; ties: the
        first), as a search of all the countries' keys in order gives it."""
        ranked = []
        for pos, cc in enumerate(self.codes):
            hit = _closest_division(cc, key, cutoff)
            if hit is not None:
                name, score = hit
                first = next(p for p, c in enumerate(self.codes[:pos + 1]) if name in _division_order(c))
                ranked.append((-score, first, _division_order(self.codes[first])[name], name))
        if not ranked:
            return None, 0.0
        score, _, _, name = min(ranked)
        return name, -score

    def same_skeleton(self, sk: str) -> list[str]:
        out: list[str] = []
        for pos, cc in enumerate(self.codes):
            for k in _per_country("division skeletons", cc, _division_skeletons).get(sk, ()):
                if pos == 0 or not any(k in _division_order(c) for c in self.codes[:pos]):
                    out.append(k)
        return out


def _division_order(cc: str) -> dict[str, int]:
    """The place of each key in one country's division table."""
    return _per_country("division order", cc,
                        lambda c: {k: i for i, k in enumerate(_per_country("division entries", c,
                                                                            _division_entries))})


def _closest_division(cc: str, key: str, cutoff: float) -> tuple[str, float] | None:
    """One country's division key spelled most like ``key`` (the first of equals), or None."""
    from rapidfuzz import fuzz, process

    cache_key = (gazetteer.index_key(), cc, key, cutoff)
    if cache_key not in _CLOSEST:
        if len(_CLOSEST) > 16384:
            _CLOSEST.clear()
        keys = _per_country("division keys", cc,
                            lambda c: list(_per_country("division entries", c, _division_entries)))
        hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        _CLOSEST[cache_key] = (hit[0], hit[1]) if hit else None
    return _CLOSEST[cache_key]


def _resolve(text: str, language: str | None = None) -> tuple[list[_Mention], dict[str, float]]:
    mentions, demonym_countries, unknown = _find(text)
    spoken = _spoken(language)
    regions = _group_regions(text)
    for m in mentions:
        m.spoken = spoken
        m.regions = regions
        # a dateline town written alone ("WASHINGTON —") is the well-known one: a lesser town
        # of that name carries its state ("SPRINGFIELD, Ill. —")
        m.alone = _dateline(text, m) and not text.startswith(",", m.end)
    _narrow_parentheses(text, mentions)
    countries = dict(demonym_countries)
    for m in mentions:
        m.placed = _town_before_its_province(text, m, mentions)
        if m.placed:
            # "Lebanon, Tennessee", "Mexico, Missouri": a town, not the country; "Sao Paulo,
            # Sao Paulo": the city, then its state
            m.hint = m.hint or "city"
            continue
        for e in m.entries:
            if e.kind == "country" and not e.alternate and not m.weak and not m.common and \
                    not m.beside and not _origin(text, m):
                countries[e.country_code] = 2.0
    memo: dict[tuple[int, int], float] = {}
    _choose(mentions, countries, settled=False, memo=memo)
    for _ in range(2):  # provinces respelled first can give towns their country
        extra = _spelled(text, unknown, mentions, countries)
        if not extra:
            break
        for x in extra:  # sentence numbers for spelled names
            x.sentence = max((m.sentence for m in mentions if m.start < x.start), default=0)
            x.spoken = spoken
            x.regions = regions
        mentions = sorted(mentions + extra, key=lambda m: m.start)
        _choose(mentions, countries, settled=False, memo=memo)
        for m in mentions:
            if m.fuzzy and m.accepted is False and m.choice is not None:
                # accepted for the next round's countries on support alone
                m.accepted = m.support.get(m.choice.id, 0.0) >= SUPPORTED
    _choose(mentions, countries, settled=True)
    _drop_strays(mentions, countries)
    return mentions, countries


_PAREN_GROUP = re.compile(r"\(([^()\n]{2,80})\)")


def _narrow_parentheses(text: str, mentions: list[_Mention]) -> None:
    """"Bali Nyonga (Mezam, North-West)", "Jordan (Guimaras)", "Oicha (Beni, North Kivu)": the
    names in parentheses after a place name the divisions that hold it, so each name of the
    group keeps only its readings that fit one inside the next where any do (North-West in
    Cameroon, which holds a Bali; the Jordan of Guimaras, not the country)."""
    for hit in _PAREN_GROUP.finditer(text):
        inside = [m for m in mentions if hit.start(1) <= m.start and m.end <= hit.end(1)]
        if not inside or not any(e.kind in ("admin1", "admin2") for m in inside for e in m.entries):
            continue
        # the place before the parenthesis: the rest of its name ("Bali Nyonga (...)") and a
        # word of its kind ("Mangu LGA (Plateau)") may stand between
        heads = []
        for m in mentions:
            if m.end > hit.start() or m.start < hit.start() - 40:
                continue
            between = text[m.end:hit.start()]
            words = between.split()
            if all(_is_cap(w) or w.lower() in DIVISION1_WORDS or w.lower() in DIVISION2_WORDS
                   or w.lower() in LOCALITY_WORDS for w in words) and "," not in between:
                heads.append(m)
        if not heads:
            continue
        group = heads + inside
        # the outermost first ("Rafah (Rafah, North Sinai)": the Rafah of North Sinai, then its
        # district), each holding the names before it
        for k in range(len(group) - 1, len(heads) - 1, -1):
            outer, held = group[k], group[:k]
            pairs = [(a, e, f) for a in held for e in a.entries for f in outer.entries
                     if _contains(f, e)]
            if not pairs:
                continue
            outer.entries = [f for f in outer.entries if any(f is x for _, _, x in pairs)]
            for a in held:
                fits = [e for e in a.entries if any(e is y for b, y, _ in pairs if b is a)]
                if fits:
                    a.entries = fits
                    # an everyday word with the division of one of its towns after it is that
                    # town ("Victoria (Tarlac)")
                    a.common = False


def _town_before_its_province(text: str, m: _Mention, mentions: list[_Mention]) -> bool:
    """A name followed by a comma and a province that holds a town of that name."""
    towns = [e for e in m.entries if e.kind == "city"]
    if not towns:
        return False
    for o in mentions:
        if o.start > m.end:
            if text[m.end:o.start].strip() != ",":
                return False
            return any(f.kind == "admin1" and _contains(f, e) for f in o.entries for e in towns)
    return False


def _to_place(m: _Mention, names: dict[str, str], shift: int = 0) -> Place:
    e = m.choice
    assert e is not None
    return Place(name=m.written, canonical=e.name, country=names.get(e.country_code, e.country_code),
                 country_code=e.country_code, latitude=e.latitude, longitude=e.longitude,
                 kind=e.kind, start=m.start - shift, end=m.end - shift, admin=e.admin1,
                 admin1=e.admin1_name if e.kind != "country" else None,
                 admin2=e.admin2_name if e.kind in ("admin2", "city") else None)


def resolve_places(text: str, language: str | None = None) -> list[Place]:
    """Every place named in ``text``, in order, resolved to country and coordinates;
    ``language`` (the report's, as detected) favours the countries where it is spoken."""
    if not text:
        return []
    mentions, _ = _resolve(text, language)
    names = gazetteer.country_names()
    # a name inside a longer capitalised name ("Sam Stanton", "Kabul University") only helps
    # read the others
    return [_to_place(m, names) for m in mentions
            if m.accepted and m.choice is not None and not m.weak]


def country_codes(text: str) -> set[str]:
    """Countries a text points at: its places' countries and its demonyms."""
    if not text:
        return set()
    mentions, countries = _resolve(text)
    return set(countries) | {m.choice.country_code for m in mentions if m.accepted and m.choice}


def main_place(text: str, title: str | None = None, language: str | None = None) -> Place | None:
    """The place of the report's incident.

    The report's country is the one its places and demonyms point to most (the title and the
    first sentence count double). The main place is the first place of that country named in
    the title or the lead (a dateline such as "KABUL —" only when nothing else is), replaced
    by a more specific place inside it named in the lead ("in Kunar province, ... Asadabad"),
    or anywhere when the first place is only a country. A town whose province differs from
    the province written right after it ("Kamyanka, Donetsk" when the only Kamyanka known is
    elsewhere) yields to that province: a village the index does not know leaves its district
    or province as the main place. Offsets of the returned place point into ``text`` unless
    the place is named only in the title.
    """
    return _main(text, title, language)[0]


def _main(text: str, title: str | None,
          language: str | None = None) -> tuple[Place | None, list[_Mention], dict[str, float]]:
    """The main place (see :func:`main_place`), the text's mentions and named countries."""
    combined = f"{title}\n{text}" if title else text
    shift = len(title) + 1 if title else 0
    if not combined.strip():
        return None, [], {}
    mentions, countries = _resolve(combined, language)
    found = [m for m in mentions if m.accepted and m.choice is not None]
    if not found:
        return None, mentions, countries
    head = _tokens(combined[:shift])
    lead = sum(tok in _SENTENCE_END and not _abbreviation_dot(head, k) for k, (tok, _, _) in enumerate(head))

    def in_lead(m: _Mention) -> bool:
        return m.start < shift or m.sentence <= lead

    votes: Counter[str] = Counter()
    origins = {id(m) for m in found if _origin(combined, m)}
    for m in found:
        votes[m.choice.country_code] += (2.0 if in_lead(m) else 1.0) * (0.5 if m.weak else 1.0) * \
            (0.0 if m.beside or id(m) in origins else 1.0)
    for cc, w in countries.items():
        votes[cc] += w / 2
    country = max(votes, key=lambda cc: (votes[cc], -min(m.start for m in found
                                                         if m.choice.country_code == cc)
                                         if any(m.choice.country_code == cc for m in found)
                                         else 0))
    pool = ([m for m in found if not m.weak and m.choice.country_code == country]
            or [m for m in found if not m.weak] or found)
    pool = [m for m in pool if not _contradicted(m, found)] or pool
    pool = [m for m in pool if not m.beside] or pool  # a border is the place only alone
    # an ordinary word read as a place on support alone ("Union leaders said ... in Gary,
    # Indiana") yields to names that are only names
    pool = [m for m in pool if not m.common] or pool
    plain = [m for m in pool if not _dateline(combined, m) and id(m) not in origins] or pool
    firsts = [m for m in plain if in_lead(m)] or plain
    best = firsts[0]
    if best.fuzzy and best.choice.kind == "city":
        # a town read from a loose spelling yields to a town named as written
        exact = [m for m in firsts if not m.fuzzy and m.choice.kind == "city"
                 and m.choice.country_code == best.choice.country_code]
        best = exact[0] if exact else best
    for m in plain:
        if m.start <= best.start or SPECIFIC[m.choice.kind] <= SPECIFIC[best.choice.kind]:
            continue
        if m.fuzzy and m.choice.kind == "city" and not best.fuzzy and best.choice.kind == "admin2":
            continue  # a loose spelling is not more specific than a district named as written
        if m.choice.country_code != best.choice.country_code:
            continue
        if best.choice.kind == "country" or (in_lead(m) and _inside(m.choice, best.choice)):
            best = m
    # the same place named in the body: point at that mention
    if best.start < shift:
        later = [m for m in pool if m.start >= shift and m.choice.id == best.choice.id]
        if later:
            best = later[0]
    place = _to_place(best, gazetteer.country_names(), shift if best.start >= shift else 0)
    return place, mentions, countries


def _inside(e: Entry, container: Entry) -> bool:
    """``e`` lies in the province or district ``container``."""
    if e.country_code != container.country_code:
        return False
    if container.kind == "admin1":
        return e.admin1_name == container.admin1_name
    if container.kind == "admin2":
        return e.admin2_name == container.admin2_name and e.admin1_name == container.admin1_name
    return container.kind == "country"


_DATELINE_TOWN = re.compile(r"\s*[A-Z][A-Z .'’-]+,\s*")
_DATELINE_MARK = re.compile(r"[^\n]{0,30}?(?:—|–| - |\(\w)")


def _dateline(text: str, m: _Mention) -> bool:
    """A place opening a line and followed by a dash: where the reporter filed from."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if text[line_start:m.start].strip() and not _DATELINE_TOWN.fullmatch(text, line_start, m.start):
        return False  # (the state after the town is part of it: "SPRINGFIELD, Ill. —")
    return bool(_DATELINE_MARK.match(text, m.end))


#: The last word of a district's name that tells its part of a province or town.
_COMPASS = frozenset("""north south east west central northeast northwest southeast southwest
north-east north-west south-east south-west""".split())

#: "from X", and the later names of a list after it ("lawmakers from Ohio and Texas").
_FROM = re.compile(r"\b([A-Za-z]+)\s+from\s+(?:the\s+)?"
                   r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$")
#: Words before "from" that do not make the place a person's origin ("20 km from Gao",
#: "reports from Kidal", "hours from").
_NOT_ORIGIN = frozenset("""km kms kilometres kilometers kilometre kilometer miles mile metres
meters yards feet minutes hours days weeks months years reports images footage videos photos
pictures news accounts sources witnesses as is was has this its his us thus across towns
villages areas parts districts provinces regions""".split())
#: Singular people and movements before "from" that make the place an origin ("a soldier from
#: Kano", "crossing from Mozambique").
_ORIGIN_WORDS = frozenset("""man woman boy girl child soldier officer policeman farmer herder
trader student teacher resident native youth family worker driver fighter militant migrant
refugee journalist pastor priest imam crossing coming travelling traveling arriving returning
hailing originally""".split())
_BASED = re.compile(r"\b(?:based|headquartered|stationed|garrisoned)\s+(?:in|at|near)\s+(?:the\s+)?$")
#: Where the casualties were taken, treated or buried ("were flown to Ouagadougou", "taken to
#: the Federal Medical Centre in Katsina"), not where they were hurt.
_TAKEN = re.compile(
    r"\b(?:taken|flown|evacuated|rushed|transferred|airlifted|referred|admitted|transported|"
    r"treated|hospitali[sz]ed|buried)\s+(?:to|at|in)\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?!streets?\b)[\w'’.-]+\s+){0,4}?(?:(?:in|at)\s+(?:the\s+)?)?$"
    # where people were going: "as they drove toward Afar region", "fled to Chad"
    r"|\b(?:drove|driving|travel(?:l)?ing|travel(?:l)?ed|heading|headed|bound|returning|fleeing|"
    r"fled|walking|en route)\s+(?:back\s+)?(?:to|toward|towards|for|into)\s+(?:the\s+)?$")


def _origin(text: str, m: _Mention) -> bool:
    """Where a person or group comes from or is based, or where casualties were taken, not
    where it happened: "a farmer from North Carolina", "cattle raiders from Warrap",
    "insurgents crossing from Mozambique", "fighters based in Jilib", "the wounded were flown
    to Ouagadougou"."""
    before = text[max(0, m.start - 80):m.start]
    cut = max(before.rfind(c) for c in ".;\n")
    before = before[cut + 1:]
    hit = _FROM.search(before)
    if hit:
        word = hit.group(1).lower()
        if re.search(r"\b(?:a|an|the)\s+[a-z]+\s+from\s+$", before):
            return True
        if word in _ORIGIN_WORDS or (word.endswith("s") and not word.endswith("ss")
                                     and len(word) > 3 and word not in _NOT_ORIGIN):
            return True
    return bool(_BASED.search(before) or _TAKEN.search(before)) or _aftermath(text, m, before) \
        or _speakers_place(text, m, before)


@lru_cache(maxsize=1)
def _speaker_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """People who speak for a place and a preposition right before it ("police in [the]", "the
    mayor of", or
    before the town it follows: "police in Lebanon, [Ohio]");
    the rest of the place's name (its province after a comma), an optional time phrase, and a
    speech verb right after it ("..., Ohio, on Sunday said")."""
    articles = _alternation(CUE_ARTICLES)
    before = re.compile(rf"\b(?:(?i:{_alternation(LOCAL_SPEAKERS)})\s+(?:{_alternation(_PLACE_PREPOSITIONS | {'of'})})"
                        rf"|(?i:{_alternation(PERSON_TITLES)})\s+of)"
                        rf"\s+(?:(?:{articles})\s+)?(?:(?:(?:[A-Z][\w.'’-]*|{_alternation(CONNECTORS)})\s+){{0,3}}"
                        rf"[A-Z][\w.'’-]*\s*,\s*)?$")
    after = re.compile(rf"\.?(?:\s*,?\s+[A-Z][\w.'’-]*)*\s*,?(?:\s+(?:{_alternation(TIME_OPENERS)})\s+[A-Za-z]+)?"
                       rf"\s+(?:{_alternation(PERSON_VERBS)})\b")
    return before, after


def _speakers_place(text: str, m: _Mention, before: str) -> bool:
    """Where the people who tell of the harm are, not where it happened: "police in Abuja said
    gunmen killed ... in Bokkos", "residents in Maiduguri told reporters that ..." (the
    speakers of ``local_speakers`` and a speech verb of ``person_verbs`` right after the place).
    When the text names no other place it is still the place (``main_place`` falls back to
    it: "police in Lebanon, Ohio, said a man was stabbed")."""
    speakers, verb = _speaker_patterns()
    return bool(speakers.search(before) and verb.match(text, m.end))


_WORDS_BEFORE = re.compile(r"[\w'’-]+")


def _alternation(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _aftermath_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, re.Pattern[str]]]:
    """From the tables: people's preposition and an optional article right before a place
    ("mourners in [the] X"); a time phrase and the word after the place ("X on Sunday
    buried"); for the verbs that need them, an article and their nouns after the verb."""
    articles = _alternation(CUE_ARTICLES)
    after_in = re.compile(rf"\b(?:{_alternation(MOURNER_PREPOSITIONS)})\s+(?:(?:{articles})\s+)?$")
    next_words = re.compile(rf"(?:\s*,)?(?:\s+(?:{_alternation(TIME_OPENERS)})\s+[A-Za-z]+)?\s+([a-z]+)")
    objects = {verb: re.compile(rf"\s+(?:{articles})\s+(?:{_alternation(nouns)})\b")
               for verb, nouns in AFTERMATH_VERB_OBJECTS.items()}
    return after_in, next_words, objects


def _aftermath(text: str, m: _Mention, before: str) -> bool:
    """Where the dead were mourned or buried, or where someone spoke or visited, not where the
    harm happened: "relatives in Peshawar buried a man killed in Parachinar", "funeral prayers
    were held in Peshawar", "told reporters in Georgia that a strike in Yemen ...", "as a
    delegation visited Poland" (the table words of ``lang/<code>/places.json``). A word of
    harm between the cue and the place keeps it where the harm happened ("a bomber struck a
    funeral in Dikwa")."""
    after_in, next_words, objects = _aftermath_patterns()
    if after_in.search(before):
        nxt = next_words.match(text, m.end)
        if nxt and nxt.group(1) in AFTERMATH_VERBS:
            needs = objects.get(nxt.group(1))
            if needs is None or needs.match(text, nxt.end()):
                return True  # "mourners in Maiduguri buried ...", "lawmakers in X observed a
                # moment of silence"
    words = [w.lower() for w in _WORDS_BEFORE.findall(before)][-6:]
    if not words:
        return False
    last = words[-1]
    if last in CUE_ARTICLES and len(words) > 1:
        words, last = words[:-1], words[-2]
    if last in AFTERMATH_VISITS:
        return True  # "a delegation visited Poland"
    if last not in AFTERMATH_PREPOSITIONS:
        return False
    cues = words[-5:-1]  # the cue at most three words before the preposition
    for k in range(len(cues) - 1, -1, -1):
        w = cues[k]
        if w in HARM_WORDS:
            return False
        if w in AFTERMATH_WORDS:
            # what buried them is the harm: "a landslide buried 12 people in Shindand"
            return not (k and cues[k - 1] in HARM_WORDS)
    return False


def _contradicted(m: _Mention, found: list[_Mention]) -> bool:
    """A town or district followed closely by a province or district of its own country that
    does not contain it."""
    e = m.choice
    if e.kind not in ("city", "admin2"):
        return False
    for o in found:
        f = o.choice
        if o.start <= m.start or o.start - m.end > 60 or f.country_code != e.country_code \
                or o.sentence != m.sentence:  # (a province in the next sentence is elsewhere)
            continue
        if m.fuzzy and e.kind == "city" and f.kind == "admin2" and e.admin2_name and \
                f.admin2_name != e.admin2_name:
            return True  # a town read from a loose spelling must lie in the district written
        if f.kind == "admin1" and e.admin1_name and f.admin1_name != e.admin1_name:
            return True
        if f.kind == "admin2" and e.kind == "city" and e.admin2_name and \
                f.admin2_name != e.admin2_name and f.admin1_name != e.admin1_name:
            return True
    return False


def place_record(text: str, title: str | None = None,
                 language: str | None = None) -> dict[str, object] | None:
    """The main place as ``extract --summary`` prints it, or None. ``language``: the report's
    (a Portuguese report's "Salvador" is in Brazil)."""
    p, mentions, countries = _main(text, title, language)
    if p is None:
        p = _fallback(text, title, mentions, countries)
    if p is None or p.kind == "country":
        # only a group that acts in a few provinces of one country says where: its province
        p = _group_province(f"{title}\n{text}" if title else text, p) or p
    if p is None:
        return None
    p = country_level(p)
    return {"name": p.canonical, "country": p.country, "country_code": p.country_code,
            "admin1": p.admin1 if p.kind != "admin1" else p.canonical,
            "latitude": p.latitude, "longitude": p.longitude}


def _group_province(text: str, country: Place | None) -> Place | None:
    """The first province of the group named in ``text`` that acts in a few provinces of one
    country ("the OSCE SMM observed explosions near Sieverne", a village the index does not
    know), when the text names no other country."""
    home = _group_home(text)
    if home is None or (country is not None and country.country_code != home[0]):
        return None
    cc, province = home
    key = norm(province)
    for e in gazetteer.lookup([key]).get(key, ()):
        if e.kind == "admin1" and e.country_code == cc:
            names = gazetteer.country_names()
            return Place(name=province, canonical=e.name, country=names.get(cc, cc),
                         country_code=cc, latitude=e.latitude, longitude=e.longitude,
                         kind="admin1", start=0, end=0, admin=e.admin1, admin1=e.admin1_name)
    return None


def country_level(p: Place) -> Place:
    """A place that is only a country, with no point unless the country is no bigger than a
    province (its capital then stands for it): elsewhere a point at the capital claims a
    precision the text does not give. Other places unchanged."""
    if p.kind == "country" and not _small_country(p.country_code):
        return replace(p, latitude=None, longitude=None)
    return p


#: A country this small (km²) stands at its capital when only the country is known: the
#: capital lies within about 100 km of most of it.
SMALL_COUNTRY_KM2 = 30_000


def _small_country(cc: str) -> bool:
    area = gazetteer.country_area(cc)
    return area is not None and area <= SMALL_COUNTRY_KM2


_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around|of|from)\s+(?:the\s+)?$", re.I)


_UNKNOWN_PLACE = re.compile(
    r"\b(?:in|near|outside|around)\s+(?:the\s+)?(?:(?:village|town|locality|area|commune|"
    r"district|city)\s+of\s+)?([A-Z][\w'’-]+)")


def _unknown_place_named(text: str, mentions: list[_Mention]) -> bool:
    """A capitalised name written where a place goes that is none of the names found."""
    found = [(m.start, m.end) for m in mentions]
    for hit in _UNKNOWN_PLACE.finditer(text):
        word = hit.group(1)
        if norm(word) in CALENDAR or norm(word) in COMMON_WORDS:
            continue
        if not any(a <= hit.start(1) < b for a, b in found):
            return True
    return False


def _fallback(text: str, title: str | None, mentions: list[_Mention],
              countries: dict[str, float]) -> Place | None:
    """No place found: a small place written where a place goes ("near X", "in the village of
    X") whose every reading lies in one country, unless the text names another country
    outright or names a group of another country; else the country the text names most
    ("Myanmar military", "a Somali farmer"), standing at its capital; the country of forces
    acting ("Malian soldiers") only when the text names a place the index does not know."""
    names = gazetteer.country_names()
    shift = len(title) + 1 if title else 0
    combined = f"{title}\n{text}" if title else text
    outright = {cc for cc, w in countries.items() if w >= GROUP_WEIGHT}
    for m in mentions:
        if m.common or m.weak or not m.entries or m.start < shift:
            continue
        # readings of no population are often stray duplicates ("Sinjar" in Iraq, 38,000,
        # and a hamlet in Syria)
        codes = {e.country_code for e in m.entries if e.population > 0} or \
            {e.country_code for e in m.entries}
        if len(codes) != 1 or (outright and not codes & outright):
            continue
        if m.regions and codes <= {cc for cc, _ in m.regions} and not any(
                (e.country_code, e.admin1_name) in m.regions for e in m.entries):
            continue  # a village far from where the group the text names acts
        if not _LOCATIVE.search(combined, max(0, m.start - 30), m.start):
            continue
        m.choice = max((e for e in m.entries if e.country_code in codes), key=lambda e: _prior(e, m))
        return _to_place(m, names, shift)
    for m in mentions:  # "near Donetsk Filtration Station": the town of the facility
        if not m.weak or m.common or not m.entries or m.start < shift:
            continue
        words = re.match(r"(?:[\s-]+[A-Z][\w'’-]*){1,3}", combined[m.end:])
        if not words or words.group().split()[-1].lower() not in FACILITY_WORDS:
            continue
        plain = replace(m, weak=False)
        e = max(m.entries, key=lambda e: _prior(e, plain))
        if (e.country_code in countries or not countries) and _well_known(e, plain):
            plain.choice = e
            return _to_place(plain, names, shift)
    actors = countries
    countries = {cc: w for cc, w in countries.items() if w > ACTOR_WEIGHT}
    if not countries and _unknown_place_named(combined, mentions):
        # "Malian soldiers arrested two men in Xyz": a place the index does not know, and
        # only the country of the forces acting there
        countries = actors
    if not countries:
        return None
    cc = max(countries, key=lambda c: countries[c])  # the first of equals
    e = gazetteer.country_entry(cc)
    if e is None:
        return None
    return Place(name=e.name, canonical=e.name, country=names.get(cc, e.name), country_code=cc,
                 latitude=e.latitude, longitude=e.longitude, kind="country", start=0, end=0)
