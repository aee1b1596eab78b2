"""Grouping reports into events.

A report joins the active event it resembles most, or starts a new one. The evidence for
"same incident" is, in order of weight:

* **words**: cosine similarity of TF-IDF vectors over the content words of the title (counted
  twice) and the lead, without links; capitalised words (names of people, groups, places) count
  1.5 times; hyphens are dropped and "-ism"/"-ist" stripped ("eco-terrorists", "ecoterrorism").
  Document frequencies are a running count over every report seen (:meth:`Clusterer.stats`),
  so the clusterer needs no training corpus and can be resumed from a store; a batch can be
  counted before it is clustered (:meth:`Clusterer.observe`, as :func:`cluster_documents` does);
* **time**: the day of occurrence, i.e. the publication date, or an earlier date the lead
  states ("on Tuesday", "yesterday", "on 3 May") resolved against it. Reports a day or two
  apart earn a bonus, reports weeks apart a growing penalty. A follow-up (arrest, charges, plea,
  trial, sentence) within :attr:`ClusterSettings.follow_up_days` that shares a word few other
  reports use (a name, mostly) is spared that penalty and the one for a different stated day;
* **place**: the report's cities and states (:mod:`newstally.places`). Sharing one is
  evidence for, naming only different countries is strong evidence against;
* **figures**: the same non-zero best value for the same category (optional claims).

The score is ``text_weight * cosine + place + time + figures``; a report joins the best event
scoring at least :attr:`ClusterSettings.threshold`. A report that is a near-copy of a member of
a candidate event (shingle Jaccard or containment at or above
:attr:`ClusterSettings.duplicate`) joins that event outright and shares its ``source_group``.

Cost is linear in the number of reports: candidates come from an inverted index on the
report's rarest words and places and from a per-day index, restricted to events active within
:attr:`ClusterSettings.horizon_days` of the newest report; older events leave memory (their
:meth:`Clusterer.event_state` can be kept in a store and loaded back).
"""
from __future__ import annotations

import heapq
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .model import Claim, Document

__all__ = ["Assignment", "ClusterSettings", "Clusterer", "cluster_documents", "report_day"]


@dataclass(frozen=True)
class ClusterSettings:
    """Thresholds and weights of the clusterer, with their defaults."""

    #: Minimum score for a report to join an existing event.
    threshold: float = 0.30
    #: Weight of the TF-IDF cosine (0..1) in the score.
    text_weight: float = 1.0
    #: Bonus by distance in days between the report and the event's date range (0, 1, 2 ...).
    day_bonus: tuple[float, ...] = (0.22, 0.16, 0.08, 0.02)
    #: Beyond a week, the penalty grows by this much per doubling of the distance.
    late_penalty: float = 0.06
    #: The penalty stops growing here: months later, a report may still be a follow-up
    #: (arrest, trial, sentencing) if its words say so.
    max_late_penalty: float = 0.30
    #: Share of the late penalty waived for a follow-up report (arrest, charges, trial,
    #: sentence) that shares a rare word with the event: a name or place few reports use.
    follow_up_relief: float = 1.0
    follow_up_days: int = 730
    #: A word is the event's own when at most this many reports outside it use it.
    rare_outside: int = 1
    #: Bonus for sharing a city or state; penalties when both name only different cities
    #: (or states), or only different countries.
    same_place: float = 0.15
    other_place: float = 0.10
    other_country: float = 0.30
    #: Penalty when report and event both state a day of occurrence, more than a day apart
    #: (a new attack "on Tuesday" a week after the last one).
    other_day: float = 0.25
    #: Bonus for the same non-zero best figure of the same category.
    same_figure: float = 0.10
    #: Shingle Jaccard (or containment) at or above which two reports are copies of one source,
    #: when published at most ``duplicate_days`` apart.
    duplicate: float = 0.8
    duplicate_days: int = 7
    #: Only events with at least this cosine to the report are searched for its original.
    duplicate_cosine: float = 0.4
    #: Extra bonus on the same day when the event is the only one active within a day of the
    #: report: in a sparse stream, reports of one day are most likely about one incident.
    sole_bonus: float = 0.20
    sole_days: int = 2
    #: Events of nearby days are candidates without a shared word only up to this many.
    few_events: int = 5
    #: Words per shingle for near-duplicate detection, and sketch size (bottom-k hashes).
    shingle: int = 5
    sketch_size: int = 48
    #: Characters of the body read as the lead, after the title.
    lead_chars: int = 2000
    #: Events not updated within this many days of the newest report leave the active set.
    horizon_days: int = 400
    #: Index words of a report used to find candidate events (its rarest ones).
    probe_terms: int = 12
    #: Words kept in an event's signature.
    max_terms: int = 80
    #: Source-group fingerprints kept per event.
    max_fingerprints: int = 40
    #: Words in more than this share of reports are not used to find candidates.
    common_share: float = 0.05
    #: Events examined per probe word (most recent first) and per day.
    max_postings: int = 200


@dataclass(frozen=True)
class Assignment:
    """Where one report went."""

    event: str  # the event key: the id of the event's first report
    source_group: str  # id of the report this one copies, or its own id
    new_event: bool


_STOP = frozenset("""
a about above according across after afternoon again against ago all almost along also
although always am among an and another any are around as at away back be became because
been before being below between both but by came can could day days did do does done down
during each early earlier either else evening even ever every few first for former from
further get got had has have having he her here hers him his how however i if in including
into is it its itself just last late later least less like made make many may me might more
morning most much must my near nearly never new news next night no nor not now of off on once
one only or other others our out over own per perhaps put rather really report reported
reports said same saw say says see seen several she should since so some still such than that
the their them then there these they this those though three through thus time times to today
told too toward towards two under until up upon us very via was way we week weeks well were
what when where whether which while who whom whose why will with within without would year
years yesterday yet you your monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec com www http https html htm
""".split())

#: Words of the legal aftermath of an incident: such a report may come months after it.
_FOLLOW_UP = re.compile(
    r"\b(?:arrest\w*|charg(?:e|es|ed|ing)|indict\w*|plead\w*|plea|pled|sentenc\w*|convict\w*"
    r"|trials?|verdicts?|accused|suspects?|guilty|courts?|jail\w*|prison\w*|arraign\w*|jury"
    r"|judge|prosecut\w*|bail|testif\w*|acquit\w*"
    r"|(?:gets|given|receives|faces)\s+(?:life|[\d\s/½-]+\s*(?:years?|months?)))\b", re.I)
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
_MONTHS = {m: i for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), 1) for m in names}
_WEEKDAYS = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_RE = re.compile(
    rf"\b(?:(\d{{4}})-(\d{{2}})-(\d{{2}})"
    rf"|{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?"
    rf"|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+(\d{{4}}))?"
    r"|(?:on|last|this|early|late)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(yesterday|today|tonight|this morning|last night))\b", re.I)


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _stated_dates(text: str, base: date | None) -> Iterable[tuple[date, bool]]:
    """Dates written in ``text``, resolved against the publication date ``base``.

    Each comes with whether it is a full date with its year: in a lead that is more often a
    dateline or a citation than the day something happened.
    """
    for m in _DATE_RE.finditer(text):
        g = m.groups()
        try:
            if g[0]:
                yield date(int(g[0]), int(g[1]), int(g[2])), True
            elif g[3] or g[6]:
                month = _month(g[3] or g[7])
                day = int(g[4] or g[6])
                year = g[5] or g[8]
                if year:
                    yield date(int(year), month, day), True
                elif base:
                    d = date(base.year, month, day)
                    yield (d if d <= base + timedelta(days=1) else date(base.year - 1, month, day)), False
            elif g[9] and base:
                back = (base.weekday() - _WEEKDAYS[g[9].lower()]) % 7
                yield base - timedelta(days=back), False
            elif g[10] and base:
                rel = 1 if g[10].lower() in ("yesterday", "last night") else 0
                yield base - timedelta(days=rel), False
        except (ValueError, KeyError):
            continue


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return _MONTHS.get(name) or _MONTHS[name[:3]]


def report_day(doc: Document, lead: str | None = None) -> tuple[int | None, int | None]:
    """(day of occurrence, day of publication) as proleptic ordinals, or None if unknown.

    The publication date comes from ``doc.published``, else from the first full date written
    in the text. The day of occurrence is the first date the lead states within two weeks
    before publication ("on Tuesday", "yesterday", "on 3 May"), else the publication day.
    """
    day, pub, _stated = _report_days(doc, lead)
    return day, pub


def _report_days(doc: Document, lead: str | None) -> tuple[int | None, int | None, bool]:
    """:func:`report_day`, plus whether the day of occurrence is stated in the lead."""
    lead = lead if lead is not None else (doc.title or "") + "\n" + doc.text[:600]
    pub = _parse_date(doc.published)
    if pub is None:
        for d, _full in _stated_dates(doc.text[:3000], None):
            pub = d
            break
    if pub is None:
        return None, None, False
    for d, full in _stated_dates(lead, pub):
        if pub - timedelta(days=14) <= d <= pub:
            return d.toordinal(), pub.toordinal(), not full
    return pub.toordinal(), pub.toordinal(), False


# ---------------------------------------------------------------------------------- features


def _stem(word: str) -> str:
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


def _shingle_sketch(text: str, size: int, k: int) -> tuple[int, tuple[int, ...]]:
    """(number of distinct shingles, bottom-k hashes) of ``size``-word shingles of ``text``."""
    words = [zlib.crc32(w.encode()) for w in re.findall(r"\w+", text.lower())]
    size = min(size, len(words))
    shingles: set[int] = set()
    # a polynomial hash over word hashes: stable across processes and Python versions
    for i in range(len(words) - size + 1) if words else ():
        h = 0
        for w in words[i:i + size]:
            h = (h * 1_000_003 + w) & 0xFFFFFFFFFFFF
        shingles.add(h)
    return len(shingles), tuple(heapq.nsmallest(k, shingles))


def _resemblance(a: tuple[int, tuple[int, ...]], b: tuple[int, tuple[int, ...]], k: int) -> float:
    """Estimated max(Jaccard, containment) of two shingle sets from their bottom-k sketches."""
    (na, sa), (nb, sb) = a, b
    if not na or not nb:
        return 0.0
    union = heapq.nsmallest(k, set(sa) | set(sb))
    both = set(sa) & set(sb)
    j = sum(1 for h in union if h in both) / len(union)
    inter = j * (na + nb) / (1 + j)
    return max(j, min(1.0, inter / min(na, nb)))


@dataclass
class _Features:
    id: str
    day: int | None
    pub: int | None
    stated: bool  # the day of occurrence is written in the lead
    terms: Counter[str]
    places: frozenset[str]  # city / state keys
    countries: frozenset[str]
    figures: dict[str, int]
    sketch: tuple[int, tuple[int, ...]]
    follow_up: bool = False  # the title or lead speaks of arrests, charges, trials, sentences


def _texts(doc: Document, s: ClusterSettings) -> tuple[str, str]:
    """The report's title and lead, without links."""
    title = _URL.sub(" ", doc.title or "")
    body = _URL.sub(" ", doc.text[: s.lead_chars])
    if title and body.startswith(title):
        body = body[len(title):]
    return title, body


def _terms(doc: Document, title: str, body: str) -> Counter[str]:
    """Weighted word stems of the title (twice) and the lead, without the outlet's name."""
    site_words = {_stem(w) for w in _WORD.findall(_URL.sub(" ", doc.site or ""))}
    terms: Counter[str] = Counter()
    for text, weight in ((title, 2.0), (body, 1.0)):
        for m in _WORD.finditer(text):
            w = m.group()
            stem = _stem(w)
            if len(stem) < 3 or stem in _STOP or stem in site_words:
                continue
            mid_sentence = m.start() > 1 and text[m.start() - 2] not in ".!?\n"
            terms[stem] += weight * (1.5 if w[0].isupper() and mid_sentence else 1.0)
    return terms


def _features(doc: Document, claims: Sequence[Claim], s: ClusterSettings) -> _Features:
    from .places import resolve_places

    title, body = _texts(doc, s)
    terms = _terms(doc, title, body)
    day, pub, stated = _report_days(doc, title + "\n" + body[:600])
    places = resolve_places(title + "\n" + body)
    specific = frozenset(p.key for p in places if p.kind != "country")
    countries = frozenset(p.country_code for p in places)
    figures: dict[str, int] = {}
    for c in claims:
        if c.counts and c.best and not c.subgroup and not c.negated:
            figures[c.category] = max(figures.get(c.category, 0), c.best)
    sketch = _shingle_sketch(title + " " + doc.text, s.shingle, s.sketch_size)
    follow_up = bool(_FOLLOW_UP.search(title + "\n" + body[:600]))
    return _Features(doc.id, day, pub, stated, terms, specific, countries, figures, sketch,
                     follow_up)


# ----------------------------------------------------------------------------------- events


@dataclass
class _Event:
    key: str
    first: int | None
    last: int | None
    terms: Counter[str] = field(default_factory=Counter)
    term_docs: Counter[str] = field(default_factory=Counter)  # members using each word
    places: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    figures: dict[str, list[int]] = field(default_factory=dict)
    fingerprints: list[tuple[str, int, tuple[int, ...]]] = field(default_factory=list)
    occurred: list[int] = field(default_factory=list)  # days of occurrence stated by members
    docs: int = 0
    touched: int = 0  # the newest day seen when the event last changed

    def to_state(self) -> dict[str, Any]:
        iso = lambda d: date.fromordinal(d).isoformat() if d else None  # noqa: E731
        return {"first": iso(self.first), "last": iso(self.last), "docs": self.docs,
                "terms": {t: round(w, 4) for t, w in self.terms.most_common()},
                "term_docs": {t: n for t, n in self.term_docs.items() if t in self.terms},
                "places": dict(self.places), "countries": dict(self.countries),
                "figures": {k: list(v) for k, v in self.figures.items()},
                "occurred": [iso(d) for d in self.occurred],
                "fingerprints": [[g, n, list(sk)] for g, n, sk in self.fingerprints]}

    @classmethod
    def from_state(cls, key: str, st: Mapping[str, Any]) -> _Event:
        day = lambda v: _parse_date(v).toordinal() if _parse_date(v) else None  # noqa: E731
        ev = cls(key, day(st.get("first")), day(st.get("last")),
                 Counter(st.get("terms", {})), Counter(st.get("term_docs", {})),
                 Counter(st.get("places", {})),
                 Counter(st.get("countries", {})),
                 {k: list(v) for k, v in st.get("figures", {}).items()},
                 [(g, int(n), tuple(sk)) for g, n, sk in st.get("fingerprints", [])],
                 [d for d in map(day, st.get("occurred", [])) if d], int(st.get("docs", 0)))
        ev.touched = ev.last or 0
        return ev


# -------------------------------------------------------------------------------- clusterer


class Clusterer:
    """Incremental clustering of reports into events.

    >>> c = Clusterer()
    >>> a = c.add(doc)            # doctest: +SKIP
    >>> a.event, a.source_group, a.new_event  # doctest: +SKIP

    Reports are best added in order of publication: events that have not changed within
    ``horizon_days`` of the newest report leave the active set.
    """

    def __init__(self, settings: ClusterSettings | None = None) -> None:
        self.settings = settings or ClusterSettings()
        self.events: dict[str, _Event] = {}
        self.df: Counter[str] = Counter()
        self.n_docs = 0
        self._postings: dict[str, list[str]] = defaultdict(list)
        self._by_day: dict[int, list[str]] = defaultdict(list)
        self._today = 0
        self._added_since_prune = 0
        self._vectors: dict[str, tuple[int, int, dict[str, float], float]] = {}
        self._observed: set[str] = set()  # ids counted by observe() and not yet added

    # -- persistence ----------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Running document frequencies (JSON-serialisable), for :meth:`load_stats`."""
        return {"docs": self.n_docs, "df": dict(self.df)}

    def load_stats(self, stats: Mapping[str, Any]) -> None:
        """Add document frequencies saved by :meth:`stats` (e.g. from an earlier run)."""
        self.n_docs += int(stats.get("docs", 0))
        self.df.update(stats.get("df", {}))

    def event_state(self, event: str) -> dict[str, Any]:
        """The JSON-serialisable signature of an event, for :meth:`load_events`."""
        return self.events[event].to_state()

    def load_events(self, states: Iterable[tuple[str, Mapping[str, Any]]]) -> None:
        """Make events saved with :meth:`event_state` active again."""
        for key, st in states:
            ev = _Event.from_state(key, st)
            self.events[key] = ev
            self._index(ev, ev.terms, ev.places)
            if ev.last:
                self._today = max(self._today, ev.last)

    # -- scoring --------------------------------------------------------------------------
    def _idf(self, term: str) -> float:
        return math.log((self.n_docs + 1) / (self.df.get(term, 0) + 1)) + 1.0

    def _vector(self, terms: Mapping[str, float]) -> dict[str, float]:
        return {t: (1.0 + math.log(w)) * self._idf(t) if w >= 1 else w * self._idf(t)
                for t, w in terms.items()}

    def _cosine(self, dv: dict[str, float], dnorm: float, ev: _Event) -> float:
        if not dnorm or not ev.terms:
            return 0.0
        # the event's weighted vector is cached until it changes or the corpus grows by 10%
        cached = self._vectors.get(ev.key)
        if cached is None or cached[0] != ev.docs or cached[1] * 1.1 < self.n_docs:
            scale = 1.0 / ev.docs if ev.docs else 1.0
            vec = self._vector({t: w * scale for t, w in ev.terms.items()})
            cached = (ev.docs, self.n_docs, vec, math.sqrt(sum(v * v for v in vec.values())))
            self._vectors[ev.key] = cached
        ew, enorm = cached[2], cached[3]
        dot = sum(v * ew[t] for t, v in dv.items() if t in ew)
        return dot / (dnorm * enorm) if enorm else 0.0

    @staticmethod
    def _gap(f: _Features, ev: _Event) -> int:
        """Days between the report's dates and the event's date range (big when unknown)."""
        if f.day is None or ev.first is None or ev.last is None:
            return 10**6 if f.day is None and ev.first is None else 8  # unknown: neutral
        lo, hi = min(f.day, f.pub or f.day), max(f.day, f.pub or f.day)
        return max(0, ev.first - hi, lo - ev.last)

    def _near_days(self, f: _Features) -> set[str]:
        """Active events with a report within a day of this report's dates."""
        if f.day is None:
            return set()
        lo, hi = min(f.day, f.pub or f.day), max(f.day, f.pub or f.day)
        w = self.settings.sole_days
        return {k for d in range(lo - w, hi + w + 1) for k in self._by_day.get(d, ())
                if k in self.events}

    def _time(self, gap: int) -> float:
        s = self.settings
        if gap == 10**6:
            return 0.0
        if gap < len(s.day_bonus):
            return s.day_bonus[gap]
        if gap <= 7:
            return 0.0
        return -min(s.max_late_penalty, s.late_penalty * math.log2(gap / 7))

    def _follows(self, f: _Features, ev: _Event, gap: int) -> bool:
        """The report is a follow-up (arrest, charges, trial, sentence) within
        ``follow_up_days`` of the event and shares a word with it that few other reports use:
        a name of a person, group or place, mostly."""
        s = self.settings
        if not f.follow_up or gap > s.follow_up_days:
            return False
        return any(t in ev.terms and self.df.get(t, 0) - ev.term_docs.get(t, 0) - 1 <= s.rare_outside
                   for t in f.terms)

    def _place(self, f: _Features, ev: _Event) -> float:
        s = self.settings
        if f.countries and ev.countries and not (f.countries & ev.countries.keys()):
            return -s.other_country
        if f.places and ev.places:
            return s.same_place if f.places & ev.places.keys() else -s.other_place
        return 0.0

    @staticmethod
    def _other_day(f: _Features, ev: _Event) -> bool:
        """Both state a day of occurrence, and they are more than a day apart."""
        return bool(f.stated and f.day and ev.occurred
                    and min(abs(f.day - d) for d in ev.occurred) > 1)

    def _figures(self, f: _Features, ev: _Event) -> float:
        for cat, best in f.figures.items():
            if best in ev.figures.get(cat, ()):
                return self.settings.same_figure
        return 0.0

    def _candidates(self, f: _Features, near: set[str]) -> list[_Event]:
        """Events sharing a rare word or a place with the report, plus the events of nearby
        days when there are only a few (in a sparse stream, time alone is evidence)."""
        s = self.settings
        keys: dict[str, None] = {}
        limit = max(1.0, s.common_share * self.n_docs)
        probes = sorted((t for t in f.terms if self.df.get(t, 0) <= limit),
                        key=lambda t: (self.df.get(t, 0), t))[: s.probe_terms]
        for t in list(f.places) + probes:
            for k in reversed(self._postings.get(t, ())[-s.max_postings:]):
                keys[k] = None
        if len(near) <= s.few_events:
            keys.update(dict.fromkeys(sorted(near)))
        return [self.events[k] for k in keys if k in self.events]

    # -- adding ---------------------------------------------------------------------------
    def observe(self, docs: Iterable[Document]) -> None:
        """Count the words of reports that will be added next, before adding them.

        Document frequencies then cover the whole batch, so that the first reports of a batch
        are weighed as the last ones are (:func:`cluster_documents` does this). Each observed
        report is counted once, when observed; :meth:`add` does not count it again.
        """
        self._observe((d.id, _terms(d, *_texts(d, self.settings))) for d in docs)

    def _observe(self, items: Iterable[tuple[str, Mapping[str, float]]]) -> None:
        for doc_id, terms in items:
            if doc_id not in self._observed:
                self._observed.add(doc_id)
                self.n_docs += 1
                self.df.update(terms.keys())

    def add(self, doc: Document, claims: Sequence[Claim] = ()) -> Assignment:
        """Assign one report to an event (existing or new) and a source group."""
        return self._add(_features(doc, claims, self.settings))

    def _add(self, f: _Features) -> Assignment:
        s = self.settings
        if f.id in self._observed:
            self._observed.discard(f.id)  # counted by observe()
        else:
            self.n_docs += 1
            self.df.update(f.terms.keys())
        if f.day is not None and f.day > self._today:
            self._today = f.day
        near = self._near_days(f)
        candidates = self._candidates(f, near)
        dv = self._vector(f.terms)
        dnorm = math.sqrt(sum(v * v for v in dv.values()))
        best, best_score, group = None, s.threshold, f.id
        sole = next(iter(near)) if len(near) == 1 else None
        for ev in candidates:
            gap = self._gap(f, ev)
            cosine = self._cosine(dv, dnorm, ev)
            # copies share most words, so only close events are searched for a copy
            close = gap <= s.duplicate_days and cosine >= s.duplicate_cosine
            for g, n, sk in ev.fingerprints if close else ():
                if _resemblance(f.sketch, (n, sk), s.sketch_size) >= s.duplicate:
                    best, best_score, group = ev, math.inf, g
                    break
            if best_score == math.inf:
                break
            time = self._time(gap)
            other_day = s.other_day if self._other_day(f, ev) else 0.0
            if (time < 0 or other_day) and self._follows(f, ev, gap):
                # the day a follow-up states is the court's or the arrest's, not the incident's
                time *= 1.0 - s.follow_up_relief
                other_day *= 1.0 - s.follow_up_relief
            score = (s.text_weight * cosine + time - other_day
                     + self._place(f, ev) + self._figures(f, ev))
            if ev.key == sole and gap <= s.sole_days:
                score += s.sole_bonus
            if score >= best_score:
                best, best_score = ev, score
        new = best is None
        if best is None:
            best = _Event(f.id, f.day, f.day)
            self.events[f.id] = best
        self._merge(best, f, group)
        self._added_since_prune += 1
        if self._added_since_prune >= 1000:
            self.prune()
        return Assignment(best.key, group, new)

    def _merge(self, ev: _Event, f: _Features, group: str) -> None:
        s = self.settings
        ev.docs += 1
        ev.terms.update(f.terms)
        ev.term_docs.update(f.terms.keys())
        if len(ev.terms) > s.max_terms * 2:
            keep = heapq.nlargest(s.max_terms, ev.terms.items(),
                                  key=lambda tw: tw[1] * self._idf(tw[0]))
            ev.terms = Counter(dict(keep))
            ev.term_docs = Counter({t: ev.term_docs[t] for t in ev.terms})
        ev.places.update(f.places)
        ev.countries.update(f.countries)
        for cat, best in f.figures.items():
            vals = ev.figures.setdefault(cat, [])
            if best not in vals and len(vals) < 20:
                vals.append(best)
        if group == f.id and len(ev.fingerprints) < s.max_fingerprints:
            ev.fingerprints.append((f.id, f.sketch[0], f.sketch[1]))
        if f.stated and f.day and f.day not in ev.occurred and len(ev.occurred) < 20:
            ev.occurred.append(f.day)
        for d in (f.day, f.pub):
            if d is not None:
                ev.first = d if ev.first is None else min(ev.first, d)
                ev.last = d if ev.last is None else max(ev.last, d)
        ev.touched = self._today
        self._index(ev, f.terms, f.places)
        for d in {f.day, f.pub} - {None}:
            if not self._by_day[d] or self._by_day[d][-1] != ev.key:  # type: ignore[index]
                self._by_day[d].append(ev.key)  # type: ignore[index]

    def _index(self, ev: _Event, terms: Iterable[str], places: Iterable[str]) -> None:
        for t in list(places) + list(terms):
            posting = self._postings[t]
            if not posting or posting[-1] != ev.key:
                posting.append(ev.key)

    def prune(self) -> list[str]:
        """Drop events untouched within ``horizon_days`` of the newest report; return their keys."""
        self._added_since_prune = 0
        cutoff = self._today - self.settings.horizon_days
        gone = [k for k, ev in self.events.items() if max(ev.touched, ev.last or 0) < cutoff]
        for k in gone:
            del self.events[k]
            self._vectors.pop(k, None)
        if gone:
            live = self.events
            for t in list(self._postings):
                kept = [k for k in self._postings[t] if k in live]
                if kept:
                    self._postings[t] = kept
                else:
                    del self._postings[t]
            for d in [d for d in self._by_day if d < cutoff]:
                del self._by_day[d]
        return gone


def cluster_documents(docs: Iterable[Document],
                      claims: Mapping[str, Sequence[Claim]] | None = None,
                      settings: ClusterSettings | None = None) -> list[list[str]]:
    """Group reports into events: lists of report ids, each input id exactly once.

    Document frequencies are counted over the whole input first. Reports are clustered in
    order of publication (or of a date their text states; undated ones last, input order among
    equals); groups are returned in input order of their first member. A report id that
    occurs twice is listed once.
    """
    docs = list(docs)
    claims = claims or {}
    clusterer = Clusterer(settings)
    feats: dict[str, _Features] = {}
    for doc in docs:
        if doc.id not in feats:
            feats[doc.id] = _features(doc, claims.get(doc.id, ()), clusterer.settings)
    # a date written in the text (a citation's) orders a report as well as its metadata
    order = sorted(feats, key=lambda i: (0, feats[i].pub) if feats[i].pub is not None else (1, 0))
    clusterer._observe((i, f.terms) for i, f in feats.items())  # frequencies over the input
    event_of = {i: clusterer._add(feats[i]).event for i in order}
    groups: dict[str, list[str]] = {}
    seen: set[str] = set()
    for doc in docs:
        if doc.id not in seen:
            seen.add(doc.id)
            groups.setdefault(event_of[doc.id], []).append(doc.id)
    return list(groups.values())
