"""Number expressions: digits, number words, qualifiers, ranges and vague amounts.

:func:`find_quantities` scans a sentence for every expression that could count people and turns
each into an interval ``low <= best <= high`` (``None`` = open on that side)::

    >>> [(q.text, q.low, q.best, q.high, q.kind) for q in find_quantities(
    ...     "At least 27 people were killed and dozens of others hurt in 2019.")]
    [('At least 27', 27, 27, None, 'min'), ('dozens of', 12, 12, 99, 'vague')]

What is *not* returned, because the number's own shape says it is no count: years standing as
years ("in 2019", "the 2020 ceasefire"), dates ("September 19, 2023", "3 May 2020", "01/24/2000",
"2023-09-20"), clock times ("07:45", "10 a.m."), ages ("a 27-year-old", "aged 27", "27 years
old"), money ("$18,000", "18,000 dollars", "€5m"), percentages ("40%", "40 per cent"),
ordinals ("2nd"; ordinal words are never matched), names and positions ("F-16", "AK-47",
"Highway 115", "Resolution 2334", "No. 5", "kilometer 44+500"), measurements ("5 km",
"14.5mm", "24-hour"), decimals without a scale word ("3.5", "1.5m"), fractions ("one and a
half"). Durations ("24 hours") and other nouns are left to the caller, which reads the noun.

Intervals
---------
For a number ``N`` (the table of qualifier words is ``qualifiers`` in
``lang/<code>/numbers.json``):

===========================================================  ========  ===========  =========  ======
written                                                      low       best         high       kind
===========================================================  ========  ===========  =========  ======
"27", "twenty-seven", "a dozen", "3 million"                 N         N            N          exact
"at least", "more than", "over", "in excess of",             N         N            open       min
"upwards of", "no fewer than", "N or more", "N+",
"N-plus", "200-odd"
"nearly", "almost", "just under", "fewer than",              open      N            N          max
"less than", "under", "up to", "as many as"
"about", "around", "approximately", "roughly", "some",       N - 20 %  N            N + 20 %   approx
"an estimated", "N or so"                                    (floor)                (ceiling)
"between 20 and 30", "20-30", "20 to 30", "20 or 30"         20        20 (low)     30         range
vague: "dozens", "several", "a few", ...                     table     table        table      vague
===========================================================  ========  ===========  =========  ======

"More than N" gives ``low = N`` by project convention (not ``N + 1``). A range's best is its low
end, as ACLED codes the lower figure of a range. The approximate margin is
``approx_margin_percent`` in the language table. A qualifier before a vague amount keeps the
vague interval and opens one side: "at least dozens" is ``12, 12, open``.

Vague amounts (:data:`VAGUE`, English; ``vague`` in the table)
--------------------------------------------------------------
================  =======  =======  ========
phrase            low      best     high
================  =======  =======  ========
a couple (of)     2        2        3
a few             2        3        5
a handful (of)    2        3        9
several           3        3        9
a number of       2        3        open
many, numerous    3        10       open
countless         10       10       open
tens of           10       10       99
dozens (of)       12       12       99
scores of         20       20       99
hundreds (of)     100      100      999
thousands (of)    1000     1000     9999
millions (of)     10^6     10^6     10^7 - 1
================  =======  =======  ========

Plural counting words follow ACLED's published convention of coding one unit ("tens" 10,
"dozens" 12, "hundreds" 100), which is also the most conservative reading; ACLED also codes the
most conservative figure when reports are vague, which is why the other words take the smallest
count they normally denote as ``best``. A vague word followed by counting words multiplies:
"several hundred" is ``300, 300, 999``, "tens of thousands" is ``10000, 10000, 99999``
(high becomes ``(high + 1) * unit - 1``).

Set phrases with one value ("half a dozen" = 6) are the ``fixed`` table.

Speed: the regexes are built once per language from the tables and each is compiled on first use. A
trigger pattern that opens with a character set finds digit runs and words that can begin a
number; a reversed look-back picks up the qualifier or designator before each; the full
pattern is then matched only there. ``text2num`` runs (cached) on spelled-out numbers only.
About 25 µs of CPU per 117-character news sentence here.
"""
from __future__ import annotations

import json
import operator
import re
from dataclasses import asdict, dataclass, field
from fractions import Fraction
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Mapping

from text_to_num import text2num

__all__ = ["Quantity", "VAGUE", "find_quantities", "parse_number", "parse_ordinal", "parse_quantity"]

Bounds = tuple[int | None, int | None, int | None]


@dataclass(frozen=True)
class Quantity:
    """One number expression found in a text.

    ``start``/``end`` index the input string (``text[start:end] == quantity.text``) and cover the
    qualifier, the number and, for vague amounts, a trailing "of". ``low <= best <= high`` with
    ``None`` meaning open. ``qualifier`` is the qualifying word as written, lowercased ("at
    least", "+", "between", "dozens"); ``kind`` is one of ``exact``, ``min``, ``max``,
    ``approx``, ``range``, ``vague``; ``number_text`` is just the number part ("twenty-seven",
    "20 to 30", "a dozen").
    """

    start: int
    end: int
    low: int | None
    best: int | None
    high: int | None
    qualifier: str | None
    kind: str
    text: str
    number_text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------

def _load(language: str) -> dict[str, Any] | None:
    """The number table of ``language`` (``lang/<code>/numbers.json``); None for a language
    newstally has no folder for."""
    from ..lang import LanguageError, get_language

    try:
        return get_language(language).numbers
    except LanguageError:
        return None


def _load_common() -> dict[str, Any]:
    ref = resources.files("newstally.lang").joinpath("numbers_common.json")
    return json.loads(ref.read_text(encoding="utf-8"))


def _fold(s: str) -> str:
    """The lookup form of a phrase: case-folded, white space collapsed."""
    return " ".join(s.casefold().split())


def _trie(phrases: list[str] | Any) -> str:
    """A regex matching any of ``phrases``, longest first, branching on one character at a time.

    A space in a phrase matches any run of white space. Returns ``(?!)`` for no phrases.
    """
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub)
                for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(root) if phrases else "(?!)"


_COMMON: dict[str, Any] = _load_common()


class _Compiled:
    """A regular expression of :class:`_Lexicon`, compiled from its source on first use (a run
    that never parses a range or a street number never compiles their expressions)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, lex: _Lexicon | None, owner: type | None = None) -> Any:
        if lex is None:
            return self
        source = lex.sources.get(self.name)
        value = None if source is None else re.compile(source)
        lex.__dict__[self.name] = value  # the instance's value shadows this from now on
        return value


@dataclass
class _Lexicon:
    """A language's tables and the regexes built from them (compiled on first use)."""

    language: str
    sources: dict[str, str | None]  # the source of each expression below; None: the language has none
    months: frozenset[str]  # as written: "May" is a month, "may" is not
    day_of: str  # "19th of May"
    decimal: str
    group: tuple[str, ...]
    qualifiers: dict[str, str]
    postfixes: dict[str, str]
    vague: dict[str, Bounds]
    fixed: dict[str, int]
    vague_units: dict[str, int]
    scales: dict[str, int]
    multipliers: dict[str, tuple[int, bool]]
    articles: frozenset[str]
    article_value: str
    margin: int
    aliases: dict[str, str]
    year_min: int
    year_max: int
    year_ok: frozenset[str]
    vague_of: frozenset[str]
    words_parser: Any  # the language's own number-word reader (Language.number_words), or None: text2num
    values: dict[str, int] = field(default_factory=dict)
    bare_scales: frozenset[str] = frozenset()  # scale words that count alone: "hundert Menschen"  # word -> value where text2num has no such language

    scan = _Compiled()  # skip shapes | qualifier? core, matched at a candidate position
    trigger = _Compiled()  # finds candidate positions fast
    lead = _Compiled()  # a trigger word at the very start of the text
    prefix = _Compiled()  # words before a trigger, matched on the reversed text before it
    core = _Compiled()  # a bare number expression (for ranges and parse_number)
    after_reject = _Compiled()
    money_before = _Compiled()
    postfix = _Compiled()  # or None
    range_sep = _Compiled()
    between_sep = _Compiled()  # or None
    range_block = _Compiled()  # or None
    name_age = _Compiled()
    street = _Compiled()  # a street name just before a house number: "via Roma 18" (or None)


def _plurals(words: list[str]) -> list[str]:
    return sorted({w for w in words} | {w + "s" for w in words})


def _digit_pattern(group: tuple[str, ...], decimal: str, scales: list[str]) -> str:
    g = "[" + "".join(re.escape(c) for c in group) + "]" if group else None
    whole = r"[0-9]{1,3}(?:" + g + r"[0-9]{3})+(?![0-9])|" if g else ""
    whole += r"[0-9]{1,15}(?![0-9])"
    dec = "(?:" + re.escape(decimal) + r"[0-9]{1,6}(?![0-9]))?"
    scale = r"(?:\s*(?P<dscale>" + _trie(scales) + r")\b)?"  # _trie([]) never matches; "10mila" glued
    return "(?:" + whole + ")" + dec + scale


def _build(language: str) -> _Lexicon:
    table = _load(language)
    if table is None:  # digits and language-independent shapes only
        table = {}
    seps = _COMMON.get("separators", {})
    sep = table.get("separators") or seps.get(language) or seps.get("default") or {"group": [","], "decimal": "."}
    group, decimal = tuple(sep["group"]), sep["decimal"]

    nw = table.get("number_words", {})
    scales: dict[str, int] = {k: int(v) for k, v in nw.get("scales", {}).items() if not k.startswith("_")}
    values = {_fold(k): int(v) for k, v in nw.get("values", {}).items() if not k.startswith("_")}
    tokens = list(nw.get("units", [])) + list(nw.get("tens", [])) + list(scales) + list(values) + list(nw.get("aliases", {}))
    for glue in nw.get("glued", ()):  # words written as one: "einundzwanzig", "zweihundert"
        tokens += [f + glue.get("joiner", "") + s for f in glue["first"] for s in glue["second"]]
    mults = {k: (int(v["value"]), bool(v.get("needs_count"))) for k, v in table.get("multipliers", {}).items()
             if not k.startswith("_")}
    articles = list(nw.get("articles", []))
    conj = nw.get("conjunction")
    vague = {_fold(k): (v[0], v[1], v[2]) for k, v in table.get("vague", {}).items() if not k.startswith("_")}
    fixed = {_fold(k): int(v) for k, v in table.get("fixed", {}).items() if not k.startswith("_")}
    vunits = {k: int(v) for k, v in table.get("vague_units", {}).items() if not k.startswith("_")}
    quals = {_fold(k): v for k, v in table.get("qualifiers", {}).items() if not k.startswith("_")}
    posts = {k: v for k, v in table.get("postfixes", {}).items() if not k.startswith("_")}
    ranges = table.get("ranges", {})
    years = table.get("years", {})
    months = table.get("months", {})
    month_names = list(months.get("names", []))
    day_of = _fold(months.get("day_of", ""))

    # --- the number core: vague | words | digits -------------------------------------------
    digit = _digit_pattern(group, decimal, list(scales))
    # Every named group exists in every language (an empty table gives a never-matching group).
    alts = [r"(?P<fixed>\b(?:" + _trie(list(fixed)) + r")\b)"]
    unit_re = _trie(_plurals(list(vunits)))
    vague_of = [_fold(w) for w in table.get("vague_of", [])]  # "dozens of", "decenas de"
    of_re = "(?:" + _trie(vague_of) + ")"
    alts.append(
        r"(?P<vague>\b(?P<vphrase>" + _trie(list(vague)) + r")\b"
        r"(?P<vunits>(?:\s+(?:" + of_re + r"\s+)?(?:" + unit_re + r")\b)*)"
        r"(?:\s+" + of_re + r"\b)?)")
    tok = r"(?:" + _trie(tokens + list(mults)) + r")\b"
    heads = _trie(list(scales) + list(mults))
    art = r"(?:(?:" + _trie(articles) + r")\s+(?=(?:" + heads + r")\b))?" if articles else ""
    # "vingt et un" and, in the 1990 spelling, "vingt-et-un"
    join = r"(?:(?:\s+|-)" + re.escape(conj) + r"(?:\s+|-)(?=" + tok + r")|-|\s+)" if conj else r"(?:-|\s+)"
    alts.append(r"(?P<word>\b" + art + tok + r"(?:" + join + tok + r")*)")
    alts.append(r"(?P<digit>" + digit + r")")
    core_body = "|".join(alts)

    # --- word-led shapes to step over whole (the number after them is no count) -----------------
    # Digit-led shapes (dates, times, "F-16", "$5") never start a match: the look-behind before
    # the digits and the checks after them (``after_reject``) turn them down.
    syms = "".join(re.escape(c) for c in _COMMON.get("currency_symbols", ["$"]))
    amount = r"[0-9][0-9.,\u00a0\u202f\u2009]*"
    skip = []
    codes = [_fold(c) for c in _COMMON.get("currency_codes", [])]
    if codes:
        skip.append(r"(?:" + _trie(codes) + r")\.?\s?" + amount)                   # USD 500
    designators = [_fold(d) for d in table.get("designators", {}).get("words", [])]
    if designators:
        skip.append(r"(?:" + _trie(designators) + r")\s*(?:no\.\s*)?[0-9][0-9+.,:/-]*")  # Highway 115
    ages_before = [_fold(a) for a in table.get("ages", {}).get("before", [])]
    if ages_before:
        skip.append(r"(?:" + _trie(ages_before) + r")\s+[0-9]+(?:\s*(?:-|–|to|and)\s*[0-9]+)?")
    not_counts = [_fold(p) for p in table.get("not_counts", {}).get("phrases", [])]
    if not_counts:
        skip.append(r"(?:" + _trie(not_counts) + r")\b")

    street = _street_pattern(table.get("designators", {}))
    qual = r"(?:(?P<qual>" + _trie(list(quals)) + r")\s+)?"
    lookbehind = r"(?<![\w.,#+/:'" + syms + r"])(?<![^\W_]-)"
    # Candidates are found in two steps. A trigger is a digit run or a word that can begin a
    # number ("twenty", "dozens", "few"); the trigger pattern opens with a character set, so the
    # engine skips in C to separators and digits. From a trigger, a reversed look-back finds the
    # words that may stand before it (a qualifier, an article, a designator: "at least", "a",
    # "Highway") and the full pattern is matched from there.
    core_words = set(tokens) | set(mults)
    for phrase in vague:
        words = phrase.split()
        core_words.add(words[1] if words[0] in articles and len(words) > 1 else words[0])
    prefixes: set[str] = set()
    for q in quals:
        prefixes.add(q + " ")
        prefixes.update(q + " " + a + " " for a in articles)
    prefixes.update(a + " " for a in articles)
    prefixes.update(a + " " for a in ages_before)
    for d in [*designators, *codes]:
        prefixes.update((d, d + " ", d + " no. ", d + " no."))
    for phrase in [*not_counts, *quals, *fixed]:  # "no one", "as many as": look back past their start
        words = phrase.split()
        for k, w in enumerate(words):
            if w in core_words:
                if k:
                    prefixes.add(" ".join(words[:k]) + " ")
                break
    seps = r"\s(\[{\"'“‘«\-–—/,;:.!?…"
    word_trie = _trie(sorted(core_words)) if core_words else "(?!)"
    trigger = (r"[" + seps + r"0-9](?:(?<=[0-9])(?<![0-9][0-9])|(?=(?:" + word_trie + r")(?![^\W_])))")
    lead = r"(?:" + word_trie + r")(?![^\W_])"
    prefix = (r"(?:" + _trie(sorted(p[::-1] for p in prefixes)) + r")(?![^\W_])") if prefixes else "(?!)"
    skip_re = r"(?P<skip>\b(?:" + "|".join(skip) + r"))|" if skip else ""
    scan = skip_re + r"(?:\b" + qual + r")?" + lookbehind + r"(?P<core>" + core_body + r")"

    # --- what may not follow a number ----------------------------------------------------------
    times = [_fold(t) for t in table.get("times", {}).get("suffixes", [])]
    post_hyphen = [k[1:] for k in posts if k.startswith("-")]
    after_words: list[str] = []
    after_words += [_fold(w) for w in table.get("units", {}).get("words", [])]
    after_words += [_fold(w) for w in table.get("money", {}).get("words", [])]
    after_words += [_fold(w) for w in table.get("ages", {}).get("after", [])]
    after_words += times
    after_words += [_fold(w) for w in table.get("fraction_after", [])]
    pct = [_fold(w) for w in table.get("percent", []) if w != "%"]
    after = [
        r"[^\W\d_]",                                              # 2nd 14.5mm 1990s 10am
        r"[.,:/][0-9]",                                           # 2,5 in English, 10:30, 24/7
        r"-(?!(?:" + _trie(post_hyphen) + r")\b)[^\W\d_]" if post_hyphen else r"-[^\W\d_]",  # 24-hour
        r"-[0-9]{1,2}-[0-9]",                                     # 2023-09-20
        r"\s*[%‰°" + syms + "]",                                  # 40%  5 $
    ]
    if pct:
        after.append(r"\s*(?:" + _trie(pct) + r")\b")
    if after_words:
        after.append(r"[\s-]*(?:" + _trie(sorted(set(after_words))) + r")(?!\w)")
    after_reject = "(?:" + "|".join(after) + ")"

    postfix = None
    if posts:
        keys = []
        for k in posts:
            body = re.escape(_fold(k) or k.strip()).replace(r"\ ", r"\s+")
            keys.append((r"\s+" if k.startswith(" ") else "") + body)
        postfix = r"(?:" + "|".join(sorted(keys, key=len, reverse=True)) + r")(?![\w+])"
    rwords = [re.escape(_fold(w)) for w in ranges.get("words", [])]
    range_sep = r"\s*[-–‒]\s*(?=[0-9])" + ("|\\s+(?:" + "|".join(rwords) + r")\s+" if rwords else "")
    bj = ranges.get("between_joiner")
    joiners = [bj] if isinstance(bj, str) else list(bj or ())  # "e", "e le" ("tra le 20 e le 25")
    between_sep = r"\s+(?:" + "|".join(re.escape(_fold(j)).replace(r"\ ", r"\s+")
                                       for j in sorted(joiners, key=len, reverse=True)) + r")\s+" \
        if joiners else None
    blockers = [_fold(b) for b in ranges.get("not_after", [])]
    range_block = r"\b(?:" + _trie(blockers) + r")\s+$" if blockers else None

    return _Lexicon(
        language=language,
        sources={"scan": scan, "trigger": trigger, "lead": lead, "prefix": prefix,
                 "core": r"(?P<core>" + core_body + r")", "after_reject": after_reject,
                 "money_before": r"[" + syms + r"]\s*$", "postfix": postfix, "range_sep": range_sep,
                 "between_sep": between_sep, "range_block": range_block, "name_age": r"[A-Z][a-z]+,\s$",
                 "street": street},
        months=frozenset(month_names),
        day_of=day_of,
        decimal=decimal,
        group=group,
        qualifiers=quals,
        postfixes={_fold(k) or k.strip(): v for k, v in posts.items()},
        vague=vague,
        fixed=fixed,
        vague_units=vunits,
        scales=scales,
        multipliers=mults,
        articles=frozenset(articles),
        article_value=nw.get("article_value", "one"),
        aliases={_fold(k): _fold(v) for k, v in nw.get("aliases", {}).items()},
        margin=int(table.get("approx_margin_percent", 20)),
        year_min=int(years.get("min", 1900)),
        year_max=int(years.get("max", 2100)),
        year_ok=frozenset(_fold(q) for q in years.get("count_qualifiers", [])),
        values=values,
        bare_scales=frozenset(nw.get("bare_scales", ())),
        vague_of=frozenset(vague_of),
        words_parser=_words_parser(language),
    )


def _street_pattern(designators: dict[str, Any]) -> str | None:
    """What stands before a house number: a street word and a capitalised name ("via Roma 18",
    "Rua das Flores, 120", "улице Ленина, 15") or a street compound ("Hauptstraße 14"). Matched
    on the text as written, ending where the number starts."""
    words = [" ".join(w.lower().split()) for w in designators.get("streets", [])]  # as written: "ß" stays
    suffixes = [w.lower() for w in designators.get("street_suffixes", [])]
    if not words and not suffixes:
        return None
    alts = []
    if words:
        alts.append(r"\b(?i:" + _trie(words) + r")\s+(?:[^\W\d_]{1,4}['’]?\s*){0,2}"
                    r"(?:[^\W\d_a-zà-ÿа-яё][\w'’.-]*,?\s+){1,3}")
    if suffixes:
        alts.append(r"\b[^\W\d_]+(?i:" + _trie(suffixes) + r"),?\s+")
    return r"(?:" + "|".join(alts) + r")(?:(?i:n\.?|nº|n\.º|n°|№)\s*)?$"


def _words_parser(language: str) -> Any:
    from ..lang import LanguageError, get_language

    try:
        return get_language(language).number_words
    except LanguageError:
        return None


@lru_cache(maxsize=None)
def _lexicon(language: str) -> _Lexicon:
    lang = (language or "en").lower().split("-")[0].split("_")[0]
    if lang != language:
        return _lexicon(lang)
    return _build(lang)


#: English vague amounts: phrase -> (low, best, high); ``None`` = open. See the module docstring.
VAGUE: Mapping[str, Bounds] = MappingProxyType(dict(_lexicon("en").vague))  # its expressions wait for first use


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _words_value(folded: str, language: str) -> int | None:
    """Value of a run of number words ("twenty-seven", "a dozen", "two dozen"), or None."""
    lex = _lexicon(language)
    parts = folded.replace("-", " ").split()
    if not parts:
        return None
    if parts[0] in lex.articles:
        if len(parts) == 1:
            return None
        parts[0] = lex.article_value
        article = True
    else:
        article = False
    factor = 1
    if parts[-1] in lex.multipliers:
        value, needs_count = lex.multipliers[parts[-1]]
        parts = parts[:-1]
        if not parts and needs_count and not article:
            return None
        factor = value
        if not parts:
            return factor
    if any(p in lex.multipliers for p in parts):
        return None
    if lex.aliases:  # "veintiún" is "veintiuno" before a noun
        parts = [lex.aliases.get(p, p) for p in parts]
    if len(parts) == 1 and parts[0] in lex.scales and not article and parts[0] not in lex.bare_scales:
        return None  # "million" alone: the tail of "one and a half million"
    if lex.words_parser is not None:
        value = lex.words_parser(" ".join(parts))
        return None if value is None else int(value) * factor
    if lex.values:
        v = _table_value(parts, lex)
        return None if v is None else v * factor
    try:
        return int(text2num(" ".join(parts), language)) * factor
    except (ValueError, TypeError, KeyError, IndexError, AssertionError, NotImplementedError):
        return None


def _table_value(parts: list[str], lex: _Lexicon) -> int | None:
    """The value of number words from the language's own table (units, tens and hundreds add
    up; a scale multiplies what stands before it): "двадцать один" 21, "три тысячи" 3000."""
    total = current = 0
    last = None  # the value of the previous word: "двадцать двадцать" is no number
    for p in parts:
        if p in lex.scales:
            current = (current or 1) * lex.scales[p]
            total, current, last = total + current, 0, None
            continue
        v = lex.values.get(p)
        if v is None or (last is not None and (v >= last or len(str(v)) == len(str(last)))):
            return None
        current += v
        last = v
    return total + current


def _digits_value(text: str, scale: str | None, lex: _Lexicon) -> int | None:
    """Value of "1,200", "1.200" (dot grouping), "1.5 million"; None for a bare decimal."""
    if scale is None and text.isdigit():
        return int(text) if text.isascii() else None
    num = text[: len(text) - len(scale)].rstrip() if scale else text
    if lex.decimal in num and num.rfind(lex.decimal) > max((num.rfind(g) for g in lex.group), default=-1):
        whole, frac = num.rsplit(lex.decimal, 1)
    else:
        whole, frac = num, ""
    for g in lex.group:
        whole = whole.replace(g, "")
    if not whole.isdigit() or not whole.isascii():
        return None
    value = Fraction(int(whole))
    if frac:
        value += Fraction(int(frac), 10 ** len(frac))
    if scale:
        value *= lex.scales.get(_fold(scale), 1)
    if value.denominator != 1:
        return None
    return int(value)


def _core_value(m: re.Match[str], lex: _Lexicon) -> tuple[Bounds, str | None, int] | None:
    """(interval, vague phrase or None, end of the number) for a core match, or None."""
    end = m.end("core")
    if m.group("fixed") is not None:
        v = lex.fixed.get(_fold(m.group("fixed")))
        return None if v is None else ((v, v, v), None, end)
    if m.group("digit") is not None:
        text = m.group("digit")
        scale = m.group("dscale")
        bare = text[: len(text) - len(scale)].rstrip() if scale else text
        if len(bare) > 1 and bare[0] == "0" and bare[1].isdigit():  # 07, 0700: codes and times
            return None
        v = _digits_value(text, scale, lex)
        return None if v is None else ((v, v, v), None, end)
    if m.group("word") is not None:
        text = m.group("word")
        folded = _fold(text)
        v = _words_value(folded, lex.language)
        if v is not None:
            return (v, v, v), None, end
        # the longest leading run of words that is a number ("two and three" -> "two")
        cuts = [w.start() for w in re.finditer(r"(?:\s+and\s+|\s+|-)", text)]
        for cut in reversed(cuts):
            v = _words_value(_fold(text[:cut]), lex.language)
            if v is not None:
                return (v, v, v), None, m.start("core") + cut
        return None
    if m.group("vague") is not None:
        phrase = _fold(m.group("vphrase"))
        bounds = lex.vague.get(phrase)
        if bounds is None:
            return None
        lo, best, hi = bounds
        units = m.group("vunits") or ""
        for word in re.findall(r"[^\W\d_]+", units):
            w = _fold(word)
            if w in lex.vague_of:
                continue
            unit = lex.vague_units.get(w) or lex.vague_units.get(w[:-1] if w.endswith("s") else w)
            if unit is None:
                return None
            lo = None if lo is None else lo * unit
            best = None if best is None else best * unit
            hi = None if hi is None else (hi + 1) * unit - 1
        number_end = max(m.end("vphrase"), m.end("vunits"))
        return (lo, best, hi), _fold(m.string[m.start("vphrase"):number_end]), end
    return None


def _qualify(bounds: Bounds, cls: str, exact: bool, margin: int) -> Bounds:
    lo, best, hi = bounds
    if best is None:
        return bounds
    if cls == "min":
        return (lo if not exact else best), best, None
    if cls == "max":
        return None, best, (hi if not exact else best)
    if cls == "approx" and exact:
        low = (best * (100 - margin)) // 100
        return (max(low, 1) if best >= 1 else low), best, -((-best * (100 + margin)) // 100)
    return bounds


def _ordered(b: Bounds) -> bool:
    lo, best, hi = b
    if best is None:
        return False
    return (lo is None or lo <= best) and (hi is None or best <= hi)


# --------------------------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------------------------

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _lower(text: str) -> str:
    """``text`` lowercased, every character in its place (offsets stay valid)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def _next_word(text: str, end: int, skip: str = "") -> str:
    """The word after ``end`` (``skip`` passed over: "19 of May"), trailing punctuation cut."""
    words = text[end:end + 24].split(None, 2)
    if skip and len(words) > 1 and words[0] == skip:
        words = words[1:]
    return words[0].split("-", 1)[0].rstrip(".,;:)") if words else ""


def _previous_word(text: str, start: int) -> str:
    """The word before the white space ending at ``start``, a trailing "." cut ("Sept.")."""
    words = text[max(0, start - 16):start].split()
    return words[-1].rstrip(".") if words else ""


def _second(text: str, pos: int, lex: _Lexicon) -> tuple[Bounds, int] | None:
    """The number closing a range at ``pos`` ("30" in "20 to 30"): (interval, end) or None."""
    m = lex.core.match(text, pos)
    if m is None:
        return None
    digits = m.group("digit")
    if digits is not None and len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
        return None
    value = _core_value(m, lex)
    return None if value is None else (value[0], value[2])


def _at(text: str, low: str, m: re.Match[str], lex: _Lexicon) -> tuple[Quantity | None, int]:
    """The quantity at a scan match (or None) and where scanning resumes.

    ``low`` is ``text`` lowercased with every character kept in place; the patterns run on it,
    while the spans and the case-sensitive checks (months) use ``text``.
    """
    value = _core_value(m, lex)
    if value is None:
        return None, m.end()
    bounds, vague_phrase, end = value
    core_start = m.start("core")
    if lex.after_reject.match(low, end):  # "2nd", "24-hour", "40%", "5 km", "27 years old"
        return None, end
    qual_text = m.group("qual")
    qual = _fold(qual_text) if qual_text else None
    cls = lex.qualifiers.get(qual) if qual else None
    start = m.start() if qual else core_start

    digits = m.group("digit")
    if digits is not None and m.group("dscale") is None:
        if (len(digits) == 4 and digits.isdigit() and lex.year_min <= int(digits) <= lex.year_max
                and (qual is None or qual not in lex.year_ok)):
            return None, end  # "in 2019", "the 2020 ceasefire"
        if (qual is None and bounds[1] is not None and bounds[1] <= 110 and text[end:end + 1] == ","
                and lex.name_age.search(text, max(0, core_start - 30), core_start)):
            return None, end  # "John Smith, 27, died"
    if (digits is not None and core_start > 1 and low[core_start - 1].isspace()
            and lex.money_before.search(low, max(0, core_start - 3), core_start)):
        return None, end  # "$ 18,000"
    if digits is not None and lex.months:
        if text[end:end + 1].isspace() and _next_word(text, end, lex.day_of) in lex.months:
            return None, end  # "19 September", "around 3 May 2020"
        if qual is None and core_start > 1 and text[core_start - 1].isspace() and _previous_word(text, core_start) in lex.months:
            return None, end  # "September 19", "Sept. 19"

    kind = "exact" if vague_phrase is None else "vague"
    qualifier = vague_phrase
    number_end = end if vague_phrase is None else max(m.end("vphrase"), m.end("vunits"))

    post = lex.postfix.match(low, end) if lex.postfix is not None else None
    if post is not None:  # "27+", "27 or more", "200-odd", "50 or so"
        written = _fold(post.group())
        pcls = lex.postfixes.get(written) or lex.postfixes.get("-" + written.lstrip("-"), "min")
        end = post.end()
        if cls is None or cls == "between":
            cls, qual = pcls, written.lstrip("-")
    else:  # "20-30", "20 to 30", "two or three", "between 20 and 30"
        sep = lex.between_sep.match(low, end) if cls == "between" and lex.between_sep else None
        if sep is None:
            sep = lex.range_sep.match(low, end)
            if (sep is not None and sep.group().strip() not in ("-", "–", "‒") and lex.range_block
                    and lex.range_block.search(low, max(0, start - 12), start)):
                sep = None  # "rose from 20 to 30" is a change, not a range
        second = _second(low, sep.end(), lex) if sep is not None else None
        if sep is not None and second is not None:
            (lo2, best2, hi2), end2 = second
            hyphen = sep.group().strip() in ("-", "–", "‒")
            rising = best2 is not None and bounds[1] is not None and best2 > bounds[1]
            if lex.after_reject.match(low, end2) or (
                    lex.months and text[end2:end2 + 1].isspace() and _next_word(text, end2, lex.day_of) in lex.months):
                if rising or hyphen:
                    return None, end2  # "20-30%", "20 to 30 km"
            elif rising:
                lo = bounds[0] if bounds[0] is not None else bounds[1]
                bounds = (lo, bounds[1], hi2)
                end = number_end = end2
                kind = "range"
                qualifier = qual
                if cls == "between":
                    cls = None
            elif hyphen:
                return None, end2  # "3-1", "2019-20": scores, seasons, codes
        if cls == "between":
            cls, qual, start = None, None, core_start  # "between" without a closing number

    if kind == "range" and cls == "approx":
        qualifier = qual  # "about 20-30" stays a range
    elif cls in ("min", "max", "approx"):
        bounds = _qualify(bounds, cls, kind == "exact", lex.margin)
        kind, qualifier = cls, qual
    elif kind == "exact" or (kind == "vague" and qual is not None and cls is None):
        start = core_start
    if not _ordered(bounds):
        return None, end
    lo, best, hi = bounds
    q = Quantity(start=start, end=end, low=lo, best=best, high=hi, qualifier=qualifier, kind=kind,
                 text=text[start:end], number_text=text[core_start:number_end])
    return q, end


_start = operator.methodcaller("start")


def find_quantities(text: str, language: str = "en") -> list[Quantity]:
    """Every expression in ``text`` that could count people, in order and non-overlapping.

    ``language`` selects the number table (``lang/<code>/numbers.json``) and the digit
    separators ("1.200" is 1200 in German, 1.2 in English). A language without a number table
    gets digits and language-independent shapes only.

        >>> [(q.low, q.best, q.high, q.kind) for q in find_quantities("between 20 and 30 died")]
        [(20, 20, 30, 'range')]
    """
    if not text:
        return []
    lex = _lexicon(language)
    low = _lower(text)
    match = lex.scan.match
    prefix = lex.prefix.match
    out: list[Quantity] = []
    pos = 0
    starts = [0] if lex.lead.match(low) else []
    starts += [i if "0" <= low[i] <= "9" else i + 1 for i in map(_start, lex.trigger.finditer(low))]
    for c in starts:
        if c < pos:
            continue
        m = None
        if c > pos:
            pm = prefix(low[max(pos, c - 48):c][::-1])
            if pm is not None:
                m = match(low, c - pm.end())
        if m is None:
            m = match(low, c)
            if m is None:
                continue
        if m.group("skip") is not None:
            pos = m.end()
            continue
        q, resume = _at(text, low, m, lex)
        if q is not None and lex.street is not None and q.number_text[:1].isdigit() \
                and lex.street.search(text, max(0, q.start - 60), q.start):
            q = None  # a house number: "in via Roma 18 a Torino"
        if q is not None:
            out.append(q)
        pos = max(resume, c + 1)
    return out


def parse_quantity(text: str, language: str = "en") -> Quantity | None:
    """The quantity that is the whole of ``text`` (surrounding white space aside), or None.

        >>> q = parse_quantity("more than 400")
        >>> (q.low, q.best, q.high, q.kind)
        (400, 400, None, 'min')
    """
    if not text:
        return None
    stripped = text.strip()
    if not stripped:
        return None
    first = text.find(stripped)
    qs = find_quantities(text, language)
    if len(qs) == 1 and qs[0].start == first and qs[0].end == first + len(stripped):
        return qs[0]
    return None


def parse_number(token: str, language: str = "en") -> int | None:
    """The integer a number token stands for, or None.

    Digits ("27", "1,200", "1.200" where the language groups with dots, "1.5 million"), number
    words ("twenty-seven", "one hundred and five", "a dozen", "two dozen") and both. Vague
    amounts ("dozens") and decimals without a scale word ("3.5") are not numbers; use
    :func:`parse_quantity` for those.

        >>> parse_number("twenty-seven"), parse_number("1.200", "de"), parse_number("1.5 million")
        (27, 1200, 1500000)
    """
    if not token:
        return None
    lex = _lexicon(language)
    s = _lower(token.strip())
    m = lex.core.fullmatch(s)
    if m is None or m.group("vague") is not None:
        return None
    value = _core_value(m, lex)
    if value is None or value[2] != len(s):
        return None
    return value[0][1]


@lru_cache(maxsize=None)
def _ordinal_table(language: str) -> dict[str, Any]:
    lang = (language or "en").lower().split("-")[0].split("_")[0]
    table = (_load(lang) or {}).get("ordinals", {})
    return {
        "words": {k: int(v) for k, v in table.get("words", {}).items() if not k.startswith("_")},
        "tens": {k: int(v) for k, v in table.get("tens", {}).items()},
        "tens_ordinal": {k: int(v) for k, v in table.get("tens_ordinal", {}).items()},
        "suffixes": tuple(table.get("suffixes", ())),
    }


def parse_ordinal(token: str, language: str = "en") -> int | None:
    """The number an ordinal stands for ("fourth" 4, "6th" 6, "twenty-first" 21), or None.

    Ordinals are never quantities (:func:`find_quantities` skips them); the claim rules read
    them where a toll is told by its newest victim ("a fourth person died").

        >>> parse_ordinal("fourth"), parse_ordinal("6th"), parse_ordinal("twenty-first"), parse_ordinal("four")
        (4, 6, 21, None)
    """
    t = _ordinal_table(language)
    s = _lower(token.strip())
    if not s:
        return None
    for suffix in t["suffixes"]:
        if s.endswith(suffix) and s[: -len(suffix)].isdigit() and s[: -len(suffix)].isascii():
            value = int(s[: -len(suffix)])
            return value if 0 < value < 10_000 else None
    if s in t["words"]:
        return t["words"][s]
    if s in t["tens_ordinal"]:
        return t["tens_ordinal"][s]
    tens, _, unit = s.partition("-")
    if tens in t["tens"] and unit in t["words"] and t["words"][unit] < 10:
        return t["tens"][tens] + t["words"][unit]
    return None
