"""What the clusterer knows about one report: its days, words, places, figures and shingles.

Everything here is a function of the report alone (and of fixed language tables), never of the
other reports seen: that is what makes clustering independent of the order reports arrive in.
Word weights come from general English word frequencies (:mod:`wordfreq`), not from the corpus.
"""
from __future__ import annotations

import heapq
import math
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..lang import Language
from ..model import Claim, Document
from .settings import ClusterSettings

@dataclass(frozen=True)
class ClusterWords:
    """A language's clustering words (``lang/<code>/cluster.json``; English's when it has none)."""

    stop: frozenset[str]  # stems that carry no topic
    follow_up: re.Pattern[str]  # words of an incident's aftermath: such a report may come weeks later
    court: re.Pattern[str]  # words of a court case: a follow-up naming its incident in ordinary words
    anniversary: re.Pattern[str]  # a piece marking the anniversary of an incident reports no new one
    roundup: re.Pattern[str]  # a headline of a round-up of the day's news ("News in brief from ...")
    kinds: Mapping[str, re.Pattern[str]]  # kinds of attack a headline names in other words
    targets: Mapping[str, re.Pattern[str]]  # who was attacked, or by whom, in other words (police, a mosque)
    aside: re.Pattern[str]  # paragraphs that are not the report's own story: other incidents, links
    furniture_head: re.Pattern[str]  # the head of a list of links
    on_before: re.Pattern[str]  # before a full date: the day of the incident ("on 3 May 2020")
    stem: Any  # the language's stemmer (Language.stem)
    #: words of an aftermath only in a title: a headline about the investigation comes later,
    #: while a first report's lead often says "investigators said"
    follow_up_title: re.Pattern[str] = re.compile(r"(?!)")
    agencies: Mapping[str, re.Pattern[str]] = field(default_factory=dict)  # a country's agencies (the FBI)
    deeds: Mapping[str, re.Pattern[str]] = field(default_factory=dict)  # what was done, as a first paragraph says
    #: words before a weekday in its clause that make it a day to come ("would fly on Thursday")
    future_day: re.Pattern[str] = re.compile(r"(?!)")
    #: a deed that names no device ("blast"), and the deeds it may be when alone (a bomb, shelling)
    either_deeds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: words right before a date that make it the day someone spoke ("officials said on Thursday")
    speech_day: re.Pattern[str] = re.compile(r"(?!)")
    #: a report naming no day of its incident but these ("this week's bombing") tells of an earlier day
    earlier_day: re.Pattern[str] = re.compile(r"(?!)")
    #: a date in a sentence with these words is a later development's ("three days after gunmen ...",
    #: "ended the siege on Saturday")
    later_day: re.Pattern[str] = re.compile(r"(?!)")
    #: words right after a date that make it the day someone spoke ("the Taliban on Wednesday claimed")
    speech_after: re.Pattern[str] = re.compile(r"(?!)")
    #: parts of the day an incident is given ("on Wednesday morning"), in their cycle's order
    day_parts: Mapping[str, re.Pattern[str]] = field(default_factory=dict)


@lru_cache(maxsize=None)
def cluster_words(language: str | None = "en") -> ClusterWords:
    from ..lang import LanguageError, get_language, table_of

    try:
        lang = get_language(language or "en")
    except LanguageError:
        lang = get_language("en")
    t = table_of("cluster", lang.code)
    never = re.compile(r"(?!)")

    def rx(key: str) -> re.Pattern[str]:
        return re.compile(t[key], re.I) if t.get(key) else never

    return ClusterWords(frozenset(t.get("stop_words", ())), rx("follow_up"), rx("court"), rx("anniversary"), rx("roundup"),
                        {k: re.compile(v, re.I) for k, v in t.get("kinds", {}).items()},
                        {k: re.compile(v, re.I) for k, v in t.get("targets", {}).items()},
                        rx("aside"), rx("furniture_head"), rx("on_before"), lang.stem, rx("follow_up_title"),
                        {k: re.compile(v, re.I) for k, v in t.get("agencies", {}).items()},
                        {k: re.compile(v, re.I) for k, v in t.get("deeds", {}).items()}, rx("future_day"),
                        {k: tuple(v) for k, v in t.get("either_deeds", {}).items()}, rx("speech_day"),
                        rx("earlier_day"), rx("later_day"), rx("speech_after"),
                        {k: re.compile(v, re.I) for k, v in t.get("day_parts", {}).items()})


#: A sentence placing the incident beside another one ("The attack came hours after a suicide
#: bombing in neighbouring Bannu district."): its places and words are the other incident's.
#: ("The arrest came two days after the shooting" is about the report's own incident.)
_ASIDE_SENTENCE = re.compile(
    r"(?:(?<=^)|(?<=[.!?][\"”’']\s)|(?<=[.!?]\s))[^.!?]*?\b(?:came|comes|coming)\s+(?:just\s+|only\s+|barely\s+)?"
    r"(?:hours|minutes|days|weeks|months|a\s+day|a\s+week|a\s+month|a\s+year|one\s+day|two\s+days"
    r"|shortly|soon|less\s+than\s+\w+\s+\w+|\w+\s+(?:hours|days|weeks))\s+(?:after|before)"
    r"\s+(?:a|an|another|two|three|four|five|several|similar|\d+)\b[^.!?]*[.!?]\s*",
    re.I)
#: A closing clause placing the incident beside another one ("..., hours after a checkpoint attack
#: in neighbouring Bannu."): its places and words are the other incident's.
_ASIDE_CLAUSE = re.compile(
    r",\s+(?:just\s+|only\s+|barely\s+)?(?:hours|minutes|days|weeks|a\s+day|a\s+week|one\s+day|two\s+days"
    r"|shortly|soon|\w+\s+(?:hours|days|weeks))\s+(?:after|before)"
    r"\s+(?:a|an|another|two|three|four|five|several|similar|\d+)\b[^.!?]*(?=[.!?])",
    re.I)
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?(?=,))?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s*\d{4})?)?"
    r"\s*(?:\([^)\n]{1,40}\))?\s*[-–—:]+\s+")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
#: A quoted passage of a few words or more: independent reports may quote the same statement.
_QUOTED = re.compile(r"[\"“][^\"“”\n]{20,600}[\"”]")
_PARAGRAPH = re.compile(r"\n\s*\n|\r?\n(?=\s*\S)")



@lru_cache(maxsize=None)
def _date_re(language: str | None) -> re.Pattern[str]:
    """Dates a lead states, from the language's ``dates.json``: ISO, "May 3(, 2020)", "3(rd) (of)
    May (2020)", a weekday after "on" / "last" ... or before "'s", "yesterday" ..."""
    from ..dates import _alternation, date_words

    t = date_words(language).table
    mon = r"(" + _alternation(t.get("months", {})) + r")\.?"
    suffix = r"(?:" + _alternation(t["day_suffixes"]) + r")?" if t.get("day_suffixes") else ""
    day_of = r"(?:(?:" + _alternation(t["day_of"]) + r")\s+)?" if t.get("day_of") else ""
    year_of = r"(?:(?:" + _alternation(t["year_of"]) + r")\s+)?" if t.get("year_of") else ""
    weekday = r"(" + _alternation(t.get("weekdays", {})) + r")"
    return re.compile(
        rf"\b(?:(\d{{4}})-(\d{{2}})-(\d{{2}})"
        rf"|{mon}\s+(\d{{1,2}}){suffix}(?:\s*[-–]\s*\d{{1,2}}(?!\d))?(?:,?\s+(\d{{4}}))?"
        rf"|(\d{{1,2}}){suffix}\s+{day_of}{mon}(?:,?\s+{year_of}(\d{{4}}))?"
        rf"|(?:(?:(?:{_alternation(t.get('lead_weekday_before', ()))})\s+){'?' if t.get('lead_weekday_bare') else ''}{weekday}"
        rf"|{weekday}(?=(?:\s+[^\W\d_]+)?(?:{_alternation(t.get('lead_weekday_possessive', ()))})))"
        rf"|({_alternation(t.get('lead_relative_days', {}))}))\b", re.I)


@lru_cache(maxsize=None)
def _since_re(language: str | None) -> re.Pattern[str] | None:
    """The words of the language's ``lead_since`` ("since"): a date after them in its clause is
    when a lasting situation began."""
    from ..dates import _alternation, date_words

    words = date_words(language).table.get("lead_since")
    return re.compile(rf"\b(?:{_alternation(words)})\b", re.I) if words else None


# ------------------------------------------------------------------------------------ dates


def parse_date(value: str | None, language: str | None = None) -> date | None:
    """The day of a publication timestamp (the one date reader, :func:`newstally.dates.read_date`)."""
    from ..dates import read_date

    return read_date(value, language)


def _month(name: str, months: Mapping[str, int]) -> int:
    name = name.lower().rstrip(".")
    return months.get(name) or months[name[:3]]


def _stated_dates(text: str, base: date | None, language: str | None = None) -> Iterable[tuple[date, str]]:
    """Dates written in ``text``, resolved against the publication date ``base``.

    Each comes with its kind: ``"cite"`` for a full date with its year not introduced by "on"
    or "around" (in a lead, more often a dateline or a citation than the day something
    happened), ``"exact"`` for one so introduced ("On 3 May 2020"), ``"speech"`` for the day
    someone spoke ("officials said on Thursday": the incident may be days earlier) or of a later
    development ("visited on Wednesday, three days after ..."),
    ``"relative"`` otherwise.
    """
    from ..dates import date_words

    words = date_words(language)
    lead_relative = {" ".join(k.lower().split()): v for k, v in words.table.get("lead_relative_days", {}).items()}
    on_before = cluster_words(language).on_before
    speech, later = cluster_words(language).speech_day, cluster_words(language).later_day
    spoke, earlier = cluster_words(language).speech_after, cluster_words(language).earlier_day
    last = 0  # the end of the date before: what precedes it in the clause is that date's
    since = _since_re(language)
    for m in _date_re(language).finditer(text):
        g = m.groups()
        try:
            # a full date after "on" / "around" is a day of occurrence, not a dateline or citation
            full = "exact" if on_before.search(text, max(0, m.start() - 12), m.start()) else "cite"
            relative = "relative"
            if g[10]:
                pass  # "Tuesday night's attack": the incident's day, whatever the sentence says
            elif (speech.search(re.split(r"[.!?;\n]", text[max(0, m.start() - 60):m.start()])[-1])
                    or spoke.match(text[m.end():m.end() + 60])):
                # "killing 15 people, officials said on Tuesday": the day of the statement
                full = relative = "speech"
            elif (later.search(re.split(r"[.!?;\n]", text[max(0, m.start() - 200, last):m.start()])[-1])
                  or earlier.match(text[m.end():m.end() + 60].lstrip(" ,"))):
                # "ended the siege on Saturday", "died in hospital on Wednesday", "visited the
                # village on Wednesday, three days after gunmen killed 31": a later day (a full
                # date, "On 5 May 2020, families continued their sit-in", is a coder's day of the
                # event)
                relative = "speech"
            elif since is not None and since.search(re.split(r"[.!?;\n]", text[max(0, m.start() - 120):m.start()])[-1]):
                # "has burnt 30,000 hectares since it was sparked on Tuesday" (in its clause): when a
                # lasting situation began, not the day of the news
                full = relative = "since"
            if g[0]:
                yield date(int(g[0]), int(g[1]), int(g[2])), full
            elif g[3] or g[6]:
                month = _month(g[3] or g[7], words.months)
                day = int(g[4] or g[6])
                year = g[5] or g[8]
                if year:
                    yield date(int(year), month, day), full
                elif base:
                    d = date(base.year, month, day)
                    yield (d if d <= base + timedelta(days=1) else date(base.year - 1, month, day)), relative
            elif (g[9] or g[10]) and base:
                if cluster_words(language).future_day.search(re.split(r"[.!?;\n]", text[max(0, m.start() - 120):m.start()])[-1]):
                    continue  # "flags would fly at half mast on Thursday": a day to come
                back = (base.weekday() - words.weekdays[(g[9] or g[10]).lower()]) % 7
                yield base - timedelta(days=back), relative
            elif g[11] and base:
                rel = -lead_relative[" ".join(g[11].lower().split())]
                yield base - timedelta(days=rel), relative
        except (ValueError, KeyError):
            continue
        finally:
            last = m.end()


def report_days(doc: Document, lead: str | None) -> tuple[int | None, int | None, str | None]:
    """(day of occurrence, day of publication) as ordinals, and how the lead states the day
    (``"exact"``: "On 3 May 2020", ``"relative"``: "on Tuesday", None: not stated).

    The publication date comes from ``doc.published``, else from the first full date written
    in the text. The day of occurrence is the earliest date the lead states within two weeks
    before publication ("on Tuesday", "Tuesday's attack", "yesterday", "on 3 May"; a later
    one is mostly the day someone spoke), else the publication day.
    """
    lead = lead if lead is not None else (doc.title or "") + "\n" + doc.text[:600]
    pub = parse_date(doc.published, doc.language)
    if pub is None:
        for d, _full in _stated_dates(doc.text[:3000], None, doc.language):
            pub = d
            break
    if pub is None:
        return None, None, None
    dated = [(d, kind) for d, kind in _stated_dates(lead, pub, doc.language)
             if pub - timedelta(days=14) <= d <= pub and kind != "cite"]
    # a beginning comes last; the day someone spoke is no day of the incident
    stated = [(d, kind) for d, kind in dated if kind not in ("since", "speech")] or [
        (d, kind) for d, kind in dated if kind != "speech"]
    if stated:
        d, kind = min(stated, key=lambda dk: (dk[0], dk[1] != "exact"))
        return d.toordinal(), pub.toordinal(), kind
    for d, _kind in _stated_dates(lead, pub, doc.language):  # a dateline or citation of the day itself
        if pub - timedelta(days=14) <= d <= pub:
            return d.toordinal(), pub.toordinal(), None
    return pub.toordinal(), pub.toordinal(), None


def report_day(doc: Document, lead: str | None = None) -> tuple[int | None, int | None]:
    """(day of occurrence, day of publication) as proleptic ordinals, or None if unknown."""
    day, pub, _how = report_days(doc, lead)
    return day, pub


# ------------------------------------------------------------------------------------ words


def stem(word: str, language: str | None = "en") -> str:
    """The lower-case stem of a word in ``language`` (its Language's stemmer)."""
    return cluster_words(language).stem(word)


def _frequencies() -> dict[str, float]:
    from ..lang.en import frequencies  # one copy per process (the stemmer reads it too)

    return frequencies()


def zipf(word: str) -> float:
    """How common a word is in English (Zipf scale: 7 = "the", 3 = once per million words, 0 = unknown)."""
    w = word.lower().replace("’", "'")
    freq = _frequencies()
    f = freq.get(w) or (freq.get(w.replace("-", "")) if "-" in w else None)  # "E-Mail" = "email"
    return math.log10(f) + 9.0 if f else 0.0


def idf(word: str) -> float:
    """A fixed inverse document frequency: rarer words in English weigh more."""
    return max(0.5, 7.5 - zipf(word))


# -------------------------------------------------------------------------------- the text


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARAGRAPH.split(text) if p.strip()]


def own_paragraphs(text: str, title: str = "", language: str | None = "en") -> list[str]:
    """The report's own story: its paragraphs without links, headline lists, site furniture
    and asides about other incidents ("Separately, ...", "Earlier on Thursday, ...")."""
    out: list[str] = []
    in_list = False
    words = cluster_words(language)
    for p in paragraphs(_URL.sub(" ", text)):
        if title and p == title.strip():
            continue
        if words.furniture_head.match(p):
            in_list = True
            continue
        sentence_like = bool(re.search(r"[.!?][\"”’')]?\s*$", p)) and len(p.split()) >= 6
        if in_list and not sentence_like:
            continue  # a headline under "Read more" / "Related"
        in_list = False
        if words.aside.match(p):
            continue
        if not sentence_like and len(p.split()) < 12:
            continue  # bylines, breadcrumbs, tag lines, headline lists
        p = _ASIDE_CLAUSE.sub("", _ASIDE_SENTENCE.sub("", p)).strip()
        if p:
            out.append(p)
    return out


#: A headline opening on an earlier incident it is not about ("Before Dallas, another shooting
#: targeting police", "Days after the Selby bombing, a second blast ..."): the earlier
#: incident's words are left out, and a report about its place is another incident.
_OTHER_BEFORE = re.compile(
    r"^\s*(?:(?:just|only|hours|days|weeks|months|a\s+day|a\s+week|a\s+month)\s+)?(?:before|after)"
    r"\s+([^,;:]{2,60})[,;:]\s*(?=(?:another|a\s+(?:second|third|new|similar|separate)|an\s+earlier)\b)", re.I)


def _citation(paragraph: str, title: str) -> bool:
    """The paragraph is a bibliographic citation of the title: the title in quotes, and little else."""
    i = paragraph.find(title[:40])
    return i > 0 and paragraph[i - 1] in "\"“'‘" and len(paragraph) < len(title) + 300


#: A citation without a title of its own: "(Author, )(\")Title,\" Outlet, date." The title runs to
#: the closing quote before the outlet; an author is a few capitalised words before a comma.
_CITED = re.compile(r"^\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?:\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})?,\s*)?"
                    r"[\"“]?(?P<title>[^\"“”\n]{12,300}?),?[\"”]\s*,?\s+[^\n]{2,120}?\d{4}\)?\.?\s*$")


def cited_title(text: str) -> str | None:
    """The title of a report that is one bibliographic citation and has no title of its own
    ("Jo Doe, Fire Probed at Lake Home,\" Valley Courier, May 2, 2031."), else None."""
    text = text.strip()
    if "\n" in text or len(text) > 500:
        return None
    m = _CITED.match(text)
    return m.group("title").strip() if m else None


def strip_dateline(p: str) -> str:
    """A paragraph without its dateline ("KINSHASA, Aug 15 (Crossroads) -"): the agency's
    bureau, not the place of the incident."""
    return _DATELINE.sub("", p, count=1)


def weighted_terms(title: str, lead: str, site: str | None,
                   language: str | None = "en") -> tuple[dict[str, float], dict[str, float]]:
    """Word stems of the title (counted twice) and the lead with their weights, without the
    outlet's name; a capitalised word inside a sentence (a name) counts 1.5 times. A report in
    another language than English uses that language's stop words, stems and word
    frequencies."""
    from .languages import language_of

    lang = language_of(language)
    if lang is not None:
        return _weighted_terms_in(title, lead, site, lang)
    words = cluster_words(language)
    stem, stop = words.stem, words.stop
    site_words = {stem(w) for w in _WORD.findall(_URL.sub(" ", site or "").replace(".", " "))}
    terms: dict[str, float] = {}
    rarity: dict[str, float] = {}
    for text, weight in ((title, 2.0), (lead, 1.0)):
        for m in _WORD.finditer(text):
            mid_sentence = m.start() > 1 and text[m.start() - 2] not in ".!?\n"
            for w in compound_parts(m.group()):
                s = stem(w)
                if len(s) < 3 or s in stop or s in site_words:
                    continue
                terms[s] = terms.get(s, 0.0) + weight * (1.5 if w[0].isupper() and mid_sentence else 1.0)
                rarity[s] = max(rarity.get(s, 0.0), idf(w))
    return {s: (1.0 + math.log(w)) * rarity[s] for s, w in terms.items()}, rarity


_HYPHEN = re.compile(r"[-‐‑–]")


def compound_parts(word: str) -> list[str]:
    """The words of a hyphenated compound that English does not write as one common word
    ("Cuban-American" -> Cuban, American; "Muslim-owned" -> Muslim, owned), so that it shares
    them with "Cuban exiles" or "a Muslim cafe"; "e-mail" stays one word (``email``)."""
    if not _HYPHEN.search(word):
        return [word]
    if zipf(_HYPHEN.sub("", word)) >= 3.0:
        return [word]
    return [p for p in _HYPHEN.split(word) if p]


#: An elided article or preposition written onto its word ("l'attaque", "d'un", "dell'esercito",
#: "all'ospedale"): the word is what follows it.
_ELIDED = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|dell|all|dall|nell|sull|coll|quell|un)['’]", re.I)


def _weighted_terms_in(title: str, lead: str, site: str | None,
                       lang: Language) -> tuple[dict[str, float], dict[str, float]]:
    from .languages import idf as idf_in
    from .languages import stop_words

    stop = cluster_words("en").stop | stop_words(lang.code)
    site_words = {lang.stem(w.lower()) for w in _WORD.findall(_URL.sub(" ", site or "").replace(".", " "))}
    terms: dict[str, float] = {}
    rarity: dict[str, float] = {}
    for text, weight in ((title, 2.0), (lead, 1.0)):
        for m in _WORD.finditer(text):
            w = _ELIDED.sub("", m.group())
            low = w.lower()
            if low in stop or not w:
                continue
            s = lang.stem(low)
            if len(s) < 3 or s in stop or s in site_words:
                continue
            mid_sentence = m.start() > 1 and text[m.start() - 2] not in ".!?\n"
            terms[s] = terms.get(s, 0.0) + weight * (1.5 if w[0].isupper() and mid_sentence else 1.0)
            rarity[s] = max(rarity.get(s, 0.0), idf_in(low, lang.code))
    return {s: (1.0 + math.log(w)) * rarity[s] for s, w in terms.items()}, rarity


# ------------------------------------------------------------------------------------- names

_CAPS_RUN = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’.-]*|[A-Z]{2,})(?:\s+(?:(?:of|for|the|and|de|du|la|al|el)\s+)*"
    r"(?:[A-Z][\w'’.-]*))*")
_ACRONYM = re.compile(r"(?<![\w.])[A-Z]{2,5}(?![\w.])")
_NAME_INNER = frozenset("of for the and de du la al el".split())
_LOWER_NEXT = re.compile(r" [a-z]")
#: A run of capitalised words, with the small words and particles names are written with
#: ("al-Qaida in the Islamic Maghreb", "Tehrik-i-Taliban Pakistan"): what an acronym spells out.
_SPELLED_OUT = re.compile(
    r"(?:\b(?:al|el)[-‐‑])?[A-Z][\w'’]*(?:(?:[-‐‑]|\s+)(?:(?:in|the|of|for|and|on|e|i|ul|al|el)(?:[-‐‑]|\s+))*"
    r"(?:(?:al|el)[-‐‑])?[A-Z][\w'’]*)+")
_INITIAL_SKIP = frozenset("in the of for and on e i ul".split())


def initialisms(text: str) -> set[str]:
    """The acronyms that runs of capitalised words of the text spell out, in lower case
    ("Islamic State West Africa Province" -> ``iswap``, "al-Qaida in the Islamic Maghreb" ->
    ``aqim``, "Tehrik-i-Taliban Pakistan" -> ``ttp``): a report naming a group in full shares
    its acronym with one that writes only the acronym. Every run of three to six of the words is
    read, as a sentence's first word or a word before the name may be capitalised too."""
    out: set[str] = set()
    for m in _SPELLED_OUT.finditer(text):
        letters = [w[0].lower() for w in re.split(r"[-‐‑\s]+", m.group()) if w and w.lower() not in _INITIAL_SKIP]
        for i in range(len(letters)):
            for j in range(i + 3, min(len(letters), i + 6) + 1):
                out.add("".join(letters[i:j]))
    return out


_VOWEL_RUN = re.compile(r"[aeiouy]+")
_LATIN = re.compile(r"[a-z'’-]+")
_DOUBLE = re.compile(r"([^aeiouy])\1+")
_RESPELL = (("ph", "f"), ("ck", "k"), ("q", "k"), ("c", "k"))


@lru_cache(maxsize=100_000)
def sound_key(word: str) -> str | None:
    """What the spellings of one name in Latin letters share (Mohammed / Muhammad, Qaeda / Qaida,
    Kandahar / Qandahar, Tombouctou / Timbuktu, Bengaluru / Bangalore, Baquba / Baqubah): q and
    c read as k, doubled letters once, every run of vowels as one, a closing h after a vowel
    dropped. None for a word shorter than five letters (too many words share a key)."""
    w = re.sub(r"[^a-z]", "", _plain(word))
    if len(w) < 5:
        return None
    for x, y in _RESPELL:
        w = w.replace(x, y)
    w = _VOWEL_RUN.sub("*", _DOUBLE.sub(r"\1", w))
    w = w[:-1] if w.endswith("*h") else w
    return w if sum(c != "*" for c in w) >= 2 else None


#: Two long words spelled this much alike (rapidfuzz ratio) are one name misspelled
#: ("Birtwhistle", "Birtwistle").
_MISSPELT = 88.0


def same_name_word(a: str, b: str) -> bool:
    """Two uncommon words (plain, lower case) are spellings of one name."""
    if a == b:
        return True
    ka = sound_key(a)
    if ka is not None and ka == sound_key(b):
        return True
    if min(len(a), len(b)) >= 7 and a[0] == b[0]:
        from rapidfuzz import fuzz

        return fuzz.ratio(a, b) >= _MISSPELT
    return False


def _title_case(text: str) -> bool:
    """Most longer words are capitalised (a headline in title case): capitals say nothing there."""
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _name_key(words: Sequence[str], stop: frozenset[str]) -> str | None:
    words = [w.lower().replace("’", "'").removesuffix("'s") for w in words]
    while words and (words[0] in _NAME_INNER or words[0] in stop):
        words = words[1:]
    while words and (words[-1] in _NAME_INNER or words[-1] in stop):
        words = words[:-1]
    content = [w for w in words if w not in _NAME_INNER]
    if len(content) < 2:
        return None
    return " ".join(words)


def name_units(text: str, s: ClusterSettings, language: str | None = "en") -> tuple[set[str], set[str]]:
    """Names of several words written as names ("Family Research Council", "Black Lives
    Matter") and rare acronyms ("BYU"): each is one unit, however ordinary its words.

    Returns (names, candidates): ``names`` come from lines whose capitals mark names
    (sentence case); in a title-case or all-capitals line every capitalised word sequence of
    two to four words is only a ``candidate``, which confirms a name the other report writes
    as one but never makes one itself. Names of places and outlets are left out (places have
    their own evidence; an outlet is no part of the story)."""
    names: set[str] = set()
    candidates: set[str] = set()
    stop = cluster_words(language).stop
    for line in paragraphs(_OUTLET.sub(" | ", text)):
        upper = line.upper() == line
        titled = upper or _title_case(line)
        if not upper:
            for m in _ACRONYM.finditer(line):
                # a line's first word in capitals is a dateline ("KABUL -"), unless a verb or
                # another lower-case word follows it as its subject's ("ISWAP claimed ...")
                if (m.start() > 0 or _LOWER_NEXT.match(line, m.end())) and idf(m.group()) >= s.acronym_weight:
                    names.add(m.group().lower())
        for m in _CAPS_RUN.finditer(line):
            words = m.group().split()
            if titled:
                for i in range(len(words)):
                    for j in range(i + 2, min(len(words), i + 4) + 1):
                        key = _name_key(words[i:j], stop)
                        if key:
                            candidates.add(key)
                continue
            key = _name_key(words, stop)
            if key and sum(idf(w) for w in key.split() if w not in _NAME_INNER) >= s.name_weight:
                names.add(key)
    return names, candidates


# ---------------------------------------------------------------------------------- shingles


def shingle_sketch(text: str, size: int, k: int) -> tuple[int, tuple[int, ...]]:
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
    return len(shingles), tuple(sorted(heapq.nsmallest(k, shingles)))


def resemblance(a: tuple[int, tuple[int, ...]], b: tuple[int, tuple[int, ...]], k: int) -> float:
    """Estimated max(Jaccard, containment) of two shingle sets from their bottom-k sketches."""
    (na, sa), (nb, sb) = a, b
    if not na or not nb:
        return 0.0
    union = heapq.nsmallest(k, set(sa) | set(sb))
    both = set(sa) & set(sb)
    j = sum(1 for h in union if h in both) / len(union)
    inter = j * (na + nb) / (1 + j)
    return max(j, min(1.0, inter / min(na, nb)))


# ---------------------------------------------------------------------------------- places

_NAME = r"[A-Z][\w'’-]+(?:\s+(?:al-|el-|de\s+|da\s+)?[A-Z][\w'’-]+){0,3}"
#: Kinds of named area: towns and districts tell incidents apart, provinces and states do not.
_SPECIFIC_NOUNS = (r"village|town|city|district|county|municipality|territory|commune|township|"
                   r"local government area|LGA|tehsil|camp|neighbou?rhood|suburb|locality|settlement|area|island")
_GENERAL_NOUNS = r"province|state|region|governorate|department|prefecture|oblast"
_NAMED_BEFORE = re.compile(rf"\b({_NAME})\s+((?i:{_SPECIFIC_NOUNS}|{_GENERAL_NOUNS}))\b")
_NAMED_AFTER = re.compile(rf"\b((?i:{_SPECIFIC_NOUNS}|{_GENERAL_NOUNS}))\s+of\s+({_NAME})")
_GENERAL = re.compile(rf"^(?:{_GENERAL_NOUNS})$", re.I)
_LOCAL_NOUN = re.compile(r"^(?:village|district|county|municipality|territory|commune|township|tehsil"
                         r"|local government area|LGA|neighbou?rhood|suburb|locality|settlement|camp|island)$", re.I)
_CAP_BEFORE = re.compile(r"[A-Z][\w'’-]+\s+$")
_LOCAL_UNIT = re.compile(rf"\b(?:Colonia|Barangay|Barrio|Kebele|Mahalla|Mohalla)\s+({_NAME})")
_IN_PAREN = re.compile(rf"\b(?:in|at|near)\s+({_NAME})\s+\(")
_CAP_WORD = re.compile(r"\b[A-Z][\w'’-]{2,}")
_NOT_NAMES = frozenset("""the a an this that local government state federal police army district province
village town city county security islamic eastern western northern southern central middle""".split())
#: A place named right after one of these words is where something happened ("in Peshawar").
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|from|of|across|into|on|to)\s+(?:[\w'’.-]+\s+){0,2}$", re.I)
#: Outlet names ("The Washington Post", "St. Petersburg Times") are not places.
_OUTLET = re.compile(r"\b(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:Times|Post|Herald|Tribune|Journal|Gazette"
                     r"|Chronicle|Courier|Ledger|Daily|Star|Examiner|Sun|Bee|Inquirer|Observer|Record"
                     r"|Register|Dispatch|Press|Telegraph|Guardian|Globe|Mail|News|Express|Courant|Sentinel"
                     r"|Independent|Review|Standard|Bulletin|Leader|Monitor|Eagle|Wire|Free Press)\b")


def _plain(name: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def named_areas(text: str) -> tuple[set[str], set[str], set[str]]:
    """Names the text gives as towns, villages, districts ("Karowa village", "the district of
    Dunsire", "in Qaisar (Faryab)"), as provinces or states, and as villages, districts and
    neighbourhoods only (the finest units), as ``n:<name>`` keys."""
    specific: set[str] = set()
    general: set[str] = set()
    local: set[str] = set()
    for m in _NAMED_BEFORE.finditer(text):
        name, noun = m.group(1), m.group(2)
        _put_name(name, noun, specific, general)
        if _LOCAL_NOUN.match(noun):
            _put_name(name, noun, local, set())
    for m in _NAMED_AFTER.finditer(text):
        if _CAP_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            _put_name(m.group(2), "region", specific, general)  # "the Kalomi district of Kabul"
            continue
        _put_name(m.group(2), m.group(1), specific, general)
        if _LOCAL_NOUN.match(m.group(1)):
            _put_name(m.group(2), m.group(1), local, set())
    for m in _LOCAL_UNIT.finditer(text):
        _put_name(m.group(1), "neighbourhood", specific, general)
        _put_name(m.group(1), "neighbourhood", local, set())
    for m in _IN_PAREN.finditer(text):
        _put_name(m.group(1), "town", specific, general)
    return specific, general, local


#: An unknown name written before a known place it lies in: "near Alxanli, Fizuli", "attacked
#: Nacutuco (Mucojo, Cabo Delgado)" (a village, then its district or province).
_BEFORE_COMMA = re.compile(rf"\b(?:in|at|near|outside)\s+({_NAME})\s*,\s*$")
_BEFORE_PAREN = re.compile(rf"({_NAME})\s*\(\s*(?:({_NAME})\s*,\s*)?$")


def villages(text: str, places: Sequence[Any]) -> set[str]:
    """Names the gazetteer does not know, written right before a known place as the village
    (and district) in it ("near Alxanli, Fizuli"; "Nacutuco (Mucojo, Cabo Delgado)"), as
    ``n:<name>`` keys: the finest units of the text, which tell two incidents apart."""
    known = {_plain(p.name) for p in places}
    out: set[str] = set()
    for p in places:
        if p.kind == "country":
            continue
        before = text[max(0, p.start - 80):p.start]
        for rx in (_BEFORE_COMMA, _BEFORE_PAREN):
            m = rx.search(before)
            if m:
                # "Miangalewa (Muidumbe, Cabo Delgado)": the village is the finest unit; its
                # district, named by every note of the district, tells no two incidents apart
                for name in filter(None, m.groups()[:1]):
                    found: set[str] = set()
                    _put_name(name, "village", found, set())
                    out |= {k for k in found if k[2:] not in known}
    return out


#: A town whose name is also a common English word ("Hull", "Reading", "Bath", "Mobile"), which the
#: gazetteer leaves unread: written where a town is ("in Hull", "a Reading nightclub", "Mobile
#: police") it is one.
_TOWN_SLOTS = (
    re.compile(r"\b(?:in|at|near|outside|from)\s+([A-Z][a-z]{2,})\b(?!\s+[A-Z])"),
    re.compile(r"\b(?:a|an|the)\s+([A-Z][a-z]{2,})\s+(?=[a-z])"),
    re.compile(r"\b([A-Z][a-z]{2,})\s+(?:police|council|coroner|magistrates|crown\s+court|mayor)\b"),
)
#: ... when a city of at least this many people bears it (small namesakes are noise).
_COMMON_TOWN_PEOPLE = 50_000


def common_towns(text: str) -> set[str]:
    """Towns the text names by a common English word in a town's place, as ``n:<name>`` keys."""
    from ..places.gazetteer import lookup
    from ..places.normalize import norm
    from ..places.tables import COMMON_WORDS

    lines = [ln for ln in text.split("\n") if ln.strip() and not _title_case(ln)]
    found = {m.group(1) for ln in lines for rx in _TOWN_SLOTS for m in rx.finditer(ln)}
    found = {w for w in found if norm(w) in COMMON_WORDS}
    if not found:
        return set()
    entries = lookup(norm(w) for w in found)
    return {"n:" + _plain(w) for w in found
            if any(e.kind == "city" and e.population >= _COMMON_TOWN_PEOPLE for e in entries.get(norm(w), ()))}


def named_positions(text: str) -> list[tuple[int, str]]:
    """(offset, key) of the towns and districts :func:`named_areas` finds."""
    out = []
    for rx, grp in ((_NAMED_BEFORE, 1), (_NAMED_AFTER, 2), (_LOCAL_UNIT, 1), (_IN_PAREN, 1)):
        for m in rx.finditer(text):
            found: set[str] = set()
            _put_name(m.group(grp), "town", found, set())
            out += [(m.start(grp), k) for k in found]
    return out


def _put_name(name: str, noun: str, specific: set[str], general: set[str]) -> None:
    from ..places.tables import DEMONYMS

    words = name.split()
    # "the eastern Bolivian city of Santa Cruz": a demonym is no town's name
    while words and (words[0].lower() in _NOT_NAMES or words[0].endswith(("'s", "’s"))
                     or words[0] in DEMONYMS):
        words = words[1:]
    if not words or (len(words) == 1 and _ACRONYM.fullmatch(words[0])):
        return  # "an ISMP camp", "the FDS post": a group's initials, not a place's name
    key = "n:" + _plain(" ".join(words))
    (general if _GENERAL.match(noun) else specific).add(key)


def name_words(text: str) -> set[str]:
    """Capitalised words of the text as ``n:<word>`` keys: what tells whether a report names a place."""
    return {"n:" + _plain(w) for w in _CAP_WORD.findall(text)}


def mentions(names: Iterable[str], words: Iterable[str]) -> bool:
    """Whether any of the place keys ``names`` is named in a text with name keys ``words``."""
    ws = words if isinstance(words, (set, frozenset)) else set(words)
    for n in names:
        if n in ws:
            return True
        parts = _name_parts(n)
        if parts and all(p in ws for p in parts):
            return True
    return False


@lru_cache(maxsize=100_000)
def _name_parts(key: str) -> tuple[str, ...]:
    """``n:marsh hill`` -> (``n:marsh``, ``n:hill``); () for a one-word or gazetteer key."""
    if not key.startswith("n:") or " " not in key:
        return ()
    return tuple("n:" + w for w in key[2:].split())


# ---------------------------------------------------------------------------------- features


def _state(key: str) -> str | None:
    """``US:Virginia`` for a gazetteer key of a place in Virginia (``city:US:Virginia:...``) or of
    Virginia itself; None for a name the gazetteer does not know (``n:...``) or a country."""
    parts = key.split(":")
    if len(parts) < 5 or parts[0] in ("n", "country") or not parts[2]:
        return None
    return f"{parts[1]}:{parts[2]}"


_GENERAL_KINDS = frozenset({"country", "admin", "admin1", "province", "state", "region"})
#: A town's state is sure when no namesake town in another state of its country has this
#: share of its people (Dallas is in Texas; Springfield may be in Missouri or Illinois).
_NAMESAKE_SHARE = 0.1


def _firm_states(places: Sequence[Any]) -> set[str]:
    """The states or provinces (``US:Texas``) of the provinces among ``places`` and of the towns
    whose reading is well known (:data:`_NAMESAKE_SHARE`)."""
    from ..places.gazetteer import lookup
    from ..places.normalize import norm

    out: set[str] = set()
    towns = [p for p in places if p.kind == "city" and p.admin1]
    found = lookup(norm(p.name) for p in towns) if towns else {}
    for p in places:
        st = _state(p.key)
        if st is None:
            continue
        if p.kind in _GENERAL_KINDS:
            out.add(st)
        elif p in towns:
            same = [e for e in found.get(norm(p.name), ()) if e.kind == "city" and e.country_code == p.country_code]
            own = max((e.population for e in same if e.admin1_name == p.admin1), default=0)
            if own and not any(e.admin1_name != p.admin1 and e.population >= _NAMESAKE_SHARE * own
                               for e in same):
                out.add(st)
    return out


@dataclass
class Features:
    """One report as the clusterer sees it (JSON round-trip through :meth:`to_state`)."""

    id: str
    site: str
    day: int | None  # day of occurrence (ordinal)
    pub: int | None  # day of publication (ordinal)
    stated: bool  # the day of occurrence is written in the lead
    vector: dict[str, float]  # stem -> weight (fixed idf)
    norm: float
    probes: tuple[str, ...]  # index words: the rarer words of the vector
    places: tuple[str, ...]  # specific places (towns, districts) of the title and first paragraph
    regions: tuple[str, ...]  # provinces and states named there
    mentioned: tuple[str, ...]  # every place the report's own story names
    countries: tuple[str, ...]
    figures: dict[str, int]
    sketch: tuple[int, tuple[int, ...]]
    follow_up: bool = False
    anniversary: bool = False
    exact: bool = False  # the day is stated as a full date ("On 3 May 2020")
    rare: tuple[str, ...] = ()  # words rare in English (names, mostly)
    primary: str | None = None  # the town or district named first, as ``n:<name>``
    local: tuple[str, ...] = ()  # villages, districts, neighbourhoods named up front
    names: tuple[str, ...] = ()  # names of several words and rare acronyms, each as one unit
    name_candidates: tuple[str, ...] = ()  # word sequences of title-case lines that may be names
    court: bool = False  # a court case: charges, plea, trial, sentence
    kinds: tuple[str, ...] = ()  # kinds of attack the title names (fire, bomb, shooting ...)
    language: str = ""  # a language other than English ("" = English or unknown)
    headline: bool = False  # the title is all there is of the report (a citation, a headline list)
    targets: tuple[str, ...] = ()  # who was attacked or by whom, as the title says (police, mosque ...)
    lede: tuple[str, ...] = ()  # places of the first paragraph (gazetteer keys and ``n:`` names)
    told: tuple[str, ...] = ()  # names the first two paragraphs write (not the title)
    roundup: bool = False  # a headline of a round-up of the day's news, naming no incident of its own
    uncommon: tuple[str, ...] = ()  # words less common in English than ``uncommon_weight`` says
    rarest: tuple[str, ...] = ()  # words at least as rare as ``rarest_weight`` says ("ricin", surnames)
    elsewhere: tuple[str, ...] = ()  # names of an earlier incident the title sets its own beside
    firm_states: tuple[str, ...] = ()  # states of the provinces named up front and of well-known towns
    #: (stem, word as written, plain) of the uncommon words: a name another report spells otherwise
    spellings: tuple[tuple[str, str], ...] = ()
    primary_keys: tuple[str, ...] = ()  # the gazetteer's readings of the ``primary`` town
    #: stems of the words of the places the report's own story names ("Qissa Khwani", "Mogadishu",
    #: "Banadir"): a place both name is evidence as a place, not once more as words
    place_words: tuple[str, ...] = ()
    #: no title, only its own sentences: a coder's note of one incident ("On 6 May 2035, militants
    #: attacked ..."), which tells its incident whole however few its words
    note: bool = False
    deeds: tuple[str, ...] = ()  # what was done, as the first paragraph says (a bomb, a shooting ...)
    #: no day of the incident stated, but one before the report's ("this week's bombing")
    earlier: bool = False
    hour: str = ""  # the part of the day the first paragraph gives the incident ("morning", "night")

    def __post_init__(self) -> None:
        # derived once: the clusterer compares each report with hundreds of others
        #: the last day the incident can have been: the day the report was written, or the day
        #: before it when the report says its incident came earlier
        self.latest: int | None = (None if self.pub is None
                                   else min(self.pub, self.day - 1) if self.earlier and self.day else self.pub)
        self.span: tuple[int, int] | None = (
            None if self.day is None
            else (min(self.day, self.pub or self.day), max(self.day, self.pub or self.day)))
        self.place_set = frozenset(self.places)
        self.region_set = frozenset(self.regions)
        self.local_set = frozenset(self.local)
        self.mention_set = frozenset(self.mentioned)
        self.probe_set = frozenset(self.probes)
        self.name_set = frozenset(self.names)
        self.candidate_set = frozenset(self.name_candidates) | self.name_set
        # the states or provinces (``US:Virginia``) named up front, or of the towns named there
        self.states = frozenset(filter(None, map(_state, self.places + self.regions)))
        # the names of those places and provinces, however the gazetteer read them
        self.place_names = frozenset(_plain(k.rsplit(":", 1)[-1]) for k in self.places + self.regions)
        self.lede_set = frozenset(self.lede)
        self.spelled = dict(self.spellings)
        # names of several words as their words' spellings share them ("Mohammed Nazir Wardak")
        self.name_sounds = frozenset(map(_name_sound, self.name_set))
        self.candidate_sounds = frozenset(map(_name_sound, self.candidate_set))
        self.told_set = frozenset(self.told)
        self.place_word_set = frozenset(self.place_words)
        # the words of the incident itself, without those of its aftermath (arrest, charges,
        # sentence): what a court report months later shares with the first report
        aftermath = cluster_words(self.language or "en").follow_up
        self.topic = {t: w for t, w in self.vector.items()
                      if not (aftermath.fullmatch(t) or aftermath.fullmatch(t + "d"))}
        self.topic_norm = math.sqrt(sum(w * w for w in self.topic.values()))

    @property
    def order(self) -> tuple[int, str]:
        """The canonical order of reports: by publication day, then id."""
        return (self.pub if self.pub is not None else 10**7, self.id)

    def to_state(self) -> dict[str, Any]:
        return {"id": self.id, "site": self.site, "day": self.day, "pub": self.pub,
                "stated": self.stated, "vector": self.vector, "norm": self.norm,
                "probes": list(self.probes), "places": list(self.places),
                "regions": list(self.regions), "mentioned": list(self.mentioned),
                "countries": list(self.countries), "figures": self.figures,
                "sketch": [self.sketch[0], list(self.sketch[1])], "follow_up": self.follow_up,
                "anniversary": self.anniversary, "exact": self.exact,
                "rare": list(self.rare), "primary": self.primary,
                "local": list(self.local), "names": list(self.names),
                "name_candidates": list(self.name_candidates), "court": self.court,
                "kinds": list(self.kinds), "targets": list(self.targets), "headline": self.headline,
                "lede": list(self.lede), "told": list(self.told),
                **({"roundup": True} if self.roundup else {}),
                "uncommon": list(self.uncommon),
                **({"rarest": list(self.rarest)} if self.rarest else {}),
                **({"elsewhere": list(self.elsewhere)} if self.elsewhere else {}),
                **({"firm_states": list(self.firm_states)} if self.firm_states else {}),
                **({"spellings": [list(sw) for sw in self.spellings]} if self.spellings else {}),
                **({"primary_keys": list(self.primary_keys)} if self.primary_keys else {}),
                **({"place_words": list(self.place_words)} if self.place_words else {}),
                **({"note": True} if self.note else {}),
                **({"deeds": list(self.deeds)} if self.deeds else {}),
                **({"earlier": True} if self.earlier else {}),
                **({"hour": self.hour} if self.hour else {}),
                **({"language": self.language} if self.language else {})}

    @classmethod
    def from_state(cls, st: Mapping[str, Any]) -> Features:
        return cls(st["id"], st.get("site") or "", st.get("day"), st.get("pub"),
                   bool(st.get("stated")), dict(st.get("vector") or {}), float(st.get("norm") or 0.0),
                   tuple(st.get("probes") or ()), tuple(st.get("places") or ()),
                   tuple(st.get("regions") or ()), tuple(st.get("mentioned") or ()),
                   tuple(st.get("countries") or ()), dict(st.get("figures") or {}),
                   (int(st["sketch"][0]), tuple(st["sketch"][1])) if st.get("sketch") else (0, ()),
                   bool(st.get("follow_up")), bool(st.get("anniversary")), bool(st.get("exact")),
                   tuple(st.get("rare") or ()), st.get("primary"), tuple(st.get("local") or ()),
                   tuple(st.get("names") or ()), tuple(st.get("name_candidates") or ()), bool(st.get("court")),
                   tuple(st.get("kinds") or ()), st.get("language") or "",
                   bool(st.get("headline")), tuple(st.get("targets") or ()),
                   tuple(st.get("lede") or ()), tuple(st.get("told") or ()), bool(st.get("roundup")),
                   tuple(st.get("uncommon") or ()), tuple(st.get("rarest") or ()),
                   tuple(st.get("elsewhere") or ()), tuple(st.get("firm_states") or ()),
                   tuple((t, w) for t, w in st.get("spellings") or ()), tuple(st.get("primary_keys") or ()),
                   tuple(st.get("place_words") or ()), bool(st.get("note")), tuple(st.get("deeds") or ()),
                   bool(st.get("earlier")), st.get("hour") or "")


@lru_cache(maxsize=100_000)
def _name_sound(name: str) -> str:
    """A name of several words with each word as :func:`sound_key` reads it."""
    return " ".join(sound_key(w) or w for w in name.split())


def _spellings(text: str, uncommon: Iterable[str], language: str | None) -> tuple[tuple[str, str], ...]:
    """(stem, plain word) of the words of ``text`` whose stems are among ``uncommon``: the
    spelling of a name, which its stem may have cut ("Mohammed" -> ``moham``)."""
    from .languages import language_of

    lang = language_of(language)
    stem_of = (lambda w: lang.stem(w.lower())) if lang is not None else cluster_words(language).stem
    wanted = set(uncommon)
    out: dict[str, str] = {}
    for m in _WORD.finditer(text):
        for w in compound_parts(m.group()) if lang is None else (m.group(),):
            st = stem_of(w)
            plain = _plain(w)
            if st in wanted and st not in out and len(plain) >= 5 and _LATIN.fullmatch(plain):
                out[st] = plain
    return tuple(sorted(out.items()))


#: A coder's location in brackets: village, district, province ("(Tabayin, Shwebo, Sagaing)").
_PLACE_TUPLE = re.compile(r"\(\s*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)+)\s*\)")
_VILLAGE = re.compile(rf"\b({_NAME})\s+village\b|\bvillage\s+of\s+({_NAME})")


def _place_words(places: Sequence[Any], named: Iterable[str], vector: Mapping[str, float],
                 language: str | None, text: str, villages_named: Iterable[str] = ()) -> tuple[str, ...]:
    """The stems of the report's words that are words of the towns, districts and provinces it
    names (gazetteer places but countries, places it names as such, a coder's location in
    brackets), as its vector writes them. A village's name is left in the words: so small a
    place says which incident as well as any word."""
    from .languages import language_of

    lang = language_of(language)
    stem_of = (lambda w: lang.stem(w.lower())) if lang is not None else cluster_words(language).stem
    names = [p.name for p in places if p.kind != "country"] + [k[2:] for k in named if k.startswith("n:")]
    names += [n for m in _PLACE_TUPLE.finditer(text) for n in m.group(1).split(",")]
    small = {_plain(n) for m in _VILLAGE.finditer(text) for n in m.groups() if n}
    small |= {k[2:] for k in villages_named if k.startswith("n:")}
    split = [w for n in names if _plain(n) not in small for w in re.split(r"[\s\-‐‑–]+", n.strip()) if w]
    own = {_plain(w) for w in split}
    out = {stem_of(w) for w in split} | {stem_of(w.capitalize()) for w in split}
    # a village's words the gazetteer read as places of their own ("Kone"), unless a town or
    # district is called so too ("Daraa al-Balad (Daraa, Daraa)")
    out -= {stem_of(w) for n in small for w in re.split(r"[\s\-‐‑–]+", n) if w and w not in own}
    return tuple(sorted(t for t in out if t in vector))


def _deeds(text: str, words: ClusterWords) -> tuple[str, ...]:
    """What was done, as ``text`` says: the deeds it names; a word naming no device ("an
    explosion") counts as each deed it may be, unless the text names one of them ("a car bomb
    exploded": a bomb)."""
    found = {k for k, rx in words.deeds.items() if rx.search(text)}
    for generic, kinds in words.either_deeds.items():
        if generic in found:
            found.discard(generic)
            if not found & set(kinds):
                found |= set(kinds)
    return tuple(sorted(found))


def day_part(text: str, words: ClusterWords) -> str:
    """The part of the day (a key of the language's ``day_parts``) the text first gives, leaving
    aside the time someone spoke ("police said on Saturday night"); "" when it gives none."""
    found = []
    for part, rx in words.day_parts.items():
        for m in rx.finditer(text):
            clause = re.split(r"[.!?;\n]", text[max(0, m.start() - 60):m.start()])[-1]
            if words.speech_day.search(clause) or words.speech_after.match(text[m.end():m.end() + 60]):
                continue
            found.append((m.start(), part))
            break
    return min(found)[1] if found else ""


def _main_country(places: list) -> list:
    """The places of the country the text names most (a stray namesake abroad is noise)."""
    counts: dict[str, int] = {}
    for p in places:
        counts[p.country_code] = counts.get(p.country_code, 0) + (2 if p.kind == "country" else 1)
    if len(counts) < 2:
        return places
    top = max(counts.values())
    return [p for p in places if counts[p.country_code] == top]


_LABEL = re.compile(r"^\s*[A-Z][\w.'’ -]{1,30}:\s")


def _without_edition_label(places: list, title: str) -> list:
    """The places without a headline's leading label naming another country than the rest of
    the headline ("Singapore: Hate crime charges over Chicago assault": an edition's label, not
    the place of the incident). A label of the same country, or before a headline naming no
    place ("Washington: Maximum sentence in bomb attempt"), is kept."""
    m = _LABEL.match(title)
    if not m:
        return places
    label = [p for p in places if p.end <= m.end()]
    rest = [p for p in places if m.end() <= p.start < len(title)]
    if label and rest and not {p.country_code for p in label} & {p.country_code for p in rest}:
        return [p for p in places if p.end > m.end()]
    return places


def features(doc: Document, claims: Sequence[Claim], s: ClusterSettings) -> Features:
    from ..places import resolve_places
    from .languages import follow_up as follow_up_in
    from .languages import language_of, place_text

    lang = language_of(doc.language)
    cited = None if doc.title else cited_title(doc.text)
    title = _URL.sub(" ", doc.title or cited or "").strip()
    words = cluster_words(doc.language)
    own = own_paragraphs(doc.text, title, doc.language)
    if title and len(own) == 1 and (cited or _citation(own[0], title)):
        own = []  # a citation ("Author, \"Title,\" Outlet, date."): its words are the title's
    if own:
        own[0] = strip_dateline(own[0])
    beside = _OTHER_BEFORE.match(title)
    elsewhere = beside.group(1) if beside else ""
    title = title[beside.end():] if beside else title
    lead = "\n\n".join(own)[: s.lead_chars]
    first = own[0] if own else ""
    day, pub, how = report_days(doc, title + "\n" + lead[:600])
    raw, rarity = weighted_terms(title, lead, doc.site, doc.language)
    top = heapq.nlargest(s.max_terms, raw.items(), key=lambda tw: (tw[1], tw[0]))
    vector = {t: round(w, 4) for t, w in sorted(top)}
    norm = math.sqrt(sum(w * w for w in vector.values()))
    probes = tuple(sorted(heapq.nsmallest(
        s.probe_terms, (t for t in vector if vector[t] >= s.probe_weight), key=lambda t: (-rarity[t], t))))
    rare = tuple(sorted(t for t in vector if rarity[t] >= s.rare_weight))
    uncommon = tuple(sorted(t for t in vector if rarity[t] >= s.uncommon_weight))
    rarest = tuple(sorted(t for t in vector if rarity[t] >= s.rarest_weight))
    deeds = _deeds(first, words)
    follow_local = False
    if lang is not None:  # places, names and the aftermath in the forms every language shares
        rx = follow_up_in(lang.code)
        follow_local = bool(rx and rx.search(title + "\n" + lead[:600]))
        title = place_text(title, lang)
        own = [place_text(p, lang) for p in own]
        lead = "\n\n".join(own)[: s.lead_chars]
        first = own[0] if own else ""
    blank = lambda m: " " * len(m.group())  # noqa: E731 - outlet names keep their offsets
    head = _OUTLET.sub(blank, title + "\n" + first[:600])
    own_text = _OUTLET.sub(blank, title + "\n" + lead)
    # the first paragraphs (``near`` below) are a beginning of the own text: one look-up for both
    places_own = _without_edition_label(resolve_places(own_text), title)
    places_head = [p for p in _main_country(_without_edition_label(resolve_places(head), title))
                   if len(p.name) > 2 and p.name.lower() not in words.stop]
    named, general, local = named_areas(head)
    named |= common_towns(head)
    hamlets = villages(head, places_head)
    local |= hamlets
    specific = {p.key for p in places_head if p.kind not in _GENERAL_KINDS}
    specific |= {"n:" + _plain(p.name) for p in places_head if p.kind not in _GENERAL_KINDS}
    specific |= named
    regions = {p.key for p in places_head if p.kind in _GENERAL_KINDS and p.kind != "country"} | general
    for key in list(specific):  # "Niger State", "Faryab Province"
        if _GENERAL.match(key.rsplit(" ", 1)[-1]):
            specific.discard(key)
            regions.add(key)
    specific -= regions
    nations = {"n:" + _plain(p.name) for p in places_head if p.kind == "country"}
    specific -= nations
    firsts = [(p.start, "n:" + _plain(p.name)) for p in places_head
              if p.kind not in _GENERAL_KINDS and _LOCATIVE.search(head, max(0, p.start - 30), p.start)]
    firsts += [(i, k) for i, k in named_positions(head)]
    firsts = [(i, k) for i, k in firsts if k in specific]
    primary = min(firsts)[1] if firsts else None
    primary_keys = sorted({p.key for p in places_head if p.kind not in _GENERAL_KINDS
                           and "n:" + _plain(p.name) == primary})
    near = _OUTLET.sub(blank, title + "\n" + "\n\n".join(own[:2]))  # links are stated early
    mentioned = {p.key for p in places_own if p.kind != "country" and p.end <= len(near)} | name_words(near)
    countries = tuple(sorted({p.country_code for p in _main_country(places_own)}
                             | {cc for cc, rx in words.agencies.items() if rx.search(near)}))
    # the report's own incident is the one of its first paragraph (its title may name another),
    # in the country the report is about (a stray namesake abroad is a misreading)
    lede = {k for p in places_head if p.start > len(title) and p.kind != "country"
            and p.country_code in countries for k in (p.key, "n:" + _plain(p.name))}
    told = {k.removesuffix("'s").removesuffix("’s") for k in name_words("\n\n".join(own[:2]))}
    figures: dict[str, int] = {}
    parts: dict[str, int] = {}
    for c in claims:
        if c.counts and c.best and not c.negated:
            into = parts if c.subgroup else figures
            into[c.category] = max(into.get(c.category, 0), c.best)
    for category, best in parts.items():  # "killing 11 passengers": no other toll is stated
        figures.setdefault(category, best)
    # independent reports quote one statement word for word; copies share the rest of the text
    sketch = shingle_sketch(_QUOTED.sub(" | ", title + " " + doc.text), s.shingle, s.sketch_size)
    follow_up = (follow_local or bool(words.follow_up.search(title + "\n" + lead[:600]))
                 or bool(words.follow_up_title.search(title)))
    anniversary = bool(words.anniversary.search(title + "\n" + lead[:600]))
    names, candidates = name_units(title + "\n\n" + lead, s, doc.language)
    candidates |= initialisms(title + "\n\n" + lead)
    place_names = {_plain(p.name) for p in places_own}
    names -= place_names
    candidates -= place_names | names
    return Features(doc.id, (doc.site or "").lower(), day, pub, how is not None, vector, norm, probes,
                    tuple(sorted(specific)), tuple(sorted(regions)), tuple(sorted(mentioned)), countries, figures, sketch, follow_up, anniversary,
                    how == "exact", rare, primary, tuple(sorted(local - regions - nations)),
                    tuple(sorted(names)), tuple(sorted(candidates)),
                    bool(words.court.search(title + "\n" + lead[:600])),
                    tuple(k for k, rx in words.kinds.items() if rx.search(title)), lang.code if lang else "",
                    bool(title) and not own,
                    tuple(k for k, rx in words.targets.items() if rx.search(title)),
                    tuple(sorted(lede)), tuple(sorted(told)),
                    bool(title) and not own and bool(words.roundup.search(title)), uncommon, rarest,
                    tuple(sorted(name_words(elsewhere))), tuple(sorted(_firm_states(places_head))),
                    _spellings(title + "\n" + lead, uncommon, doc.language), tuple(primary_keys),
                    _place_words(places_own, specific | regions | local, vector, doc.language, own_text, hamlets),
                    not title and bool(own), deeds,
                    how is None and bool(words.earlier_day.search(title + "\n" + lead[:600])),
                    day_part(first, words))
