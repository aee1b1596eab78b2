"""Document-level extraction: sentences -> claims with context.

For each sentence that can hold a figure (a cheap regex pre-filter), :class:`.claims.SentenceRules`
finds the raw claims; this module adds what needs the document: nesting ("including"), the
subgroup of "others", negation, attribution (also from an "According to X." fragment before),
the as-of date, the title flag, and the flags for hypotheticals and other events.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from ..dates import as_of as resolve_as_of
from ..dates import date_words, read_date
from ..model import Claim, Document
from .attribution import clause_attributions, find_attribution, is_attribution_fragment, source_after
from .claims import (RawClaim, SentenceRules, casualties_less_the_dead, drop_harm_restated_as_deaths,
                     fighters_who_attacked, resolve_ordinals)
from .lexicon import Lexicon, load_lexicon
from .numbers import parse_number, parse_ordinal
from .senses import (closing_earlier_clauses, continues_a_total, incident_of_the_day, lede_context, lede_disease, lede_end, lede_mentions_recent_day,
                     lede_names, news_again, news_of_its_own, obituary, page_of_no_incident, retrospective,
                     running_total_without_incident, sport_accident)
from .sentences import first_word, split_sentences, tokenize

@dataclass(frozen=True)
class ExtractSettings:
    """Options for claim extraction, with their defaults.

    language: the lexicon to use when a document does not say its language.
    max_chars: longer texts are cut (a claim past this is not looked for).
    """

    language: str = "en"
    max_chars: int = 200_000


def _title_end(doc: Document) -> int:
    """Characters of ``doc.text`` that are its title (0 when the text does not start with it)."""
    text = doc.text
    if doc.title:
        return len(doc.title.strip()) if text.startswith(doc.title.strip()) else 0
    first, sep, rest = text.partition("\n")
    if sep and rest.startswith("\n") and len(first) < 250 and rest.strip():
        return len(first)  # a first line standing alone above a blank line
    return 0


@dataclass(frozen=True)
class _Times:
    """The patterns of times a sentence names, from the language's ``dates.json`` (see there)."""

    year_ref: re.Pattern[str]
    month_ref: re.Pattern[str]
    full_date: re.Pattern[str]
    months: dict[str, int]


@lru_cache(maxsize=None)
def _times(language: str) -> _Times:
    words = date_words(language)
    never = re.compile(r"(?!)")
    rx = {k: re.compile(words.table[k]) if words.table.get(k) else never for k in ("year_ref", "month_ref", "full_date")}
    return _Times(rx["year_ref"], rx["month_ref"], rx["full_date"], words.months)


_LONG_PAST_DAYS = 60  # a day named without its year further back than this is another time


def _days_back(m: re.Match[str], published: date, months: dict[str, int]) -> int:
    """How many days before publication the latest day a month (and day) named without its
    year can mean lies: "in April" in a November report is 200 days back."""
    written = m.group(1).rstrip(".").lower()
    month = months.get(written) or months[written[:3]]
    year = published.year if month <= published.month else published.year - 1
    last = calendar.monthrange(year, month)[1]
    day = min(int(m.group(2)), last) if m.group(2) else last
    return max(0, (published - date(year, month, day)).days)


def _months_back(m: re.Match[str], published: date, months: dict[str, int]) -> int:
    """How many calendar months before the report's a month named without a day lies ("the
    hurricane that struck in September" in a November report: 2); 0 when a day is named. A
    report tells of its own incident by the day ("on Sept. 28") or as "last month", and of an
    earlier one by the month alone."""
    if m.group(2):
        return 0
    written = m.group(1).rstrip(".").lower()
    month = months.get(written) or months[written[:3]]
    return (published.month - month) % 12


def _reference_year(text: str) -> date | None:
    """For a report without a publication date: the end of the latest year it names."""
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)]
    return date(max(years), 12, 31) if years else None


def _after_the_report(lex: Lexicon, sentence: str, published: date | None) -> bool:
    """A full date days after the report's own ('On April 19, 2013' in a report dated 15 April
    2013) tells what followed the incident: a later shootout, a raid, a trial. A death of the
    wounds then still counts."""
    if published is None or lex.died_of_wounds.search(sentence):
        return False
    times = _times(lex.language)
    for m in times.full_date.finditer(sentence):
        month, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        try:
            when = date(int(year), times.months[month.lower()], int(day))
        except (ValueError, KeyError):
            continue
        if (when - published).days > 1:
            return True
    return False


def _elsewhere_in_time(lex: Lexicon, part: str, published: date | None, reference: date | None) -> bool:
    """Whether a part of a sentence tells of another time: an earlier event (:func:`_other_event`)
    or a day after the report's own (:func:`_after_the_report`)."""
    return _other_event(lex, part, published, reference) or _after_the_report(lex, part, published)


def _opening_clause_only(lex: Lexicon, sentence: str, offset: int, published: date | None,
                         reference: date | None) -> Callable[[int, int], bool] | None:
    """'A year after an earthquake killed 50,000 people in the region, another quake struck,
    killing 12': a clause opening the sentence on an earlier event marks only its own figures,
    when the rest of the sentence names no other time."""
    m = lex.senses.opening_earlier_clause.match(sentence)
    if not m:
        return None
    cut = m.end()
    while True:  # the clause runs on over ', killing 11 people,' and ', in which ...'
        comma = sentence.find(",", cut)
        if comma < 0:
            return None
        nxt = re.match(r"\s*(\w+)", sentence[comma + 1:])
        word = nxt.group(1).lower() if nxt else ""
        cut = comma + 1
        if not (word.endswith(lex.grammar.gerund_suffixes) or word in lex.grammar.relative_pronouns
                or word in lex.grammar.clause_run_on_words):
            break
    rest = sentence[cut:]
    if _elsewhere_in_time(lex, rest, published, reference):
        return None
    end = offset + cut
    return lambda start, _end: start < end


def _closing_clause_only(lex: Lexicon, sentence: str, offset: int, published: date | None,
                         reference: date | None) -> Callable[[int, int], bool] | None:
    """'A tornado struck the town on Sunday, killing two, less than four years after a twister
    flattened it', 'Three people were shot dead on Friday at a vigil for a teenager who was killed
    last month': a clause closing the sentence on an earlier time marks only the figures that end
    in it, when the sentence before it names the report's day and no other time."""
    for cut, relative in closing_earlier_clauses(lex, sentence):
        head, rest = sentence[:cut], sentence[cut:]
        if _elsewhere_in_time(lex, head, published, reference):
            continue
        if not _other_event(lex, rest, published, reference):
            continue
        end = offset + cut
        return lambda _start, stop: stop > end or (relative and not sentence[stop - offset:cut].strip(" ,"))
    return None


def _trailing_total_only(lex: Lexicon, sentence: str, offset: int, published: date | None,
                         reference: date | None) -> Callable[[int, int], bool] | None:
    """'Clashes have uprooted about 12,000 people in the past week, bringing the number displaced
    since January to 310,000': a closing clause that brings a running total up to date marks
    only its own figures, when the sentence before it names no other time (the news is the
    12,000)."""
    m = lex.senses.trailing_total.search(sentence)
    if not m:
        return None
    head = sentence[:m.start()]
    if _elsewhere_in_time(lex, head, published, reference):
        return None
    cut = offset + m.start()
    return lambda start, _end: start >= cut


def _other_event(lex: Lexicon, sentence: str, published: date | None, reference: date | None = None) -> bool:
    # 'A gunman killed five people, in the deadliest shooting since 2019': the comparison dates nothing
    sentence = lex.senses.comparison_since.sub(" ", sentence)
    if lex.senses.toll_raised_now.search(sentence) and lede_mentions_recent_day(lex, sentence):
        return False  # "A man hurt in last month's shooting died on Saturday, raising the death toll to four"
    if not lex.grammar.other_event_clause_openers and any(p.search(sentence) for p in lex.other_event):
        return True
    if any(p.search(sentence) for p in lex.other_event_sentence):
        return True  # "el aniversario de los atentados, en los que murieron 191 personas"
    times = _times(lex.language)
    if published is not None and any(_days_back(m, published, times.months) > _LONG_PAST_DAYS
                                     for m in times.month_ref.finditer(sentence)):
        return True  # "he was arrested in April" in a November report
    if published is not None and any(_months_back(m, published, times.months) >= 2
                                     for m in times.month_ref.finditer(sentence)) \
            and not lede_mentions_recent_day(lex, lex.senses.days_not_of_the_news.sub(" ", sentence)) \
            and not lex.senses.running_toll.search(sentence):
        return True  # "the hurricane that struck in September" in a November report ('... in July were
        # released on Sunday' is news of the week; '..., a firm said on Monday' dates only the saying;
        # 'the storm that hit in September has now killed 160' is a running toll)
    if lex.grammar.other_event_clause_openers:
        return False  # years are read clause by clause (_other_event_by_clause)
    return bool(_other_years(lex, sentence, published or reference))


def _other_years(lex: Lexicon, sentence: str, published: date | None, dated_only: bool = False) -> list[int]:
    """Where the sentence names a year of another time than the report's: a year before
    publication (last year's only once the new year is well under way: a report of 3 January
    may still tell of 31 December) or after it (what followed the incident). ``dated_only``:
    not a year that opens a stretch up to now ('the deadliest attack since 2019')."""
    if published is None:
        return []
    out = []
    wounds = None
    for m in _times(lex.language).year_ref.finditer(sentence):
        if dated_only and m.group().split()[0].lower() in lex.senses.span_openers:
            continue
        year = int(m.group(1) or m.group(2))
        if year > published.year:
            if wounds is None:
                wounds = bool(lex.died_of_wounds.search(sentence))
            if wounds:
                continue  # "One of the injured officers succumbed to his injuries on April 10, 2014": a
                # death of the incident's wounds, however much later, is still its toll
        if year < published.year - 1 or (year == published.year - 1 and published.month > 2) \
                or year > published.year:
            out.append(m.start())
    return out


def _other_event_by_clause(lex: Lexicon, sentence: str, offset: int, made: list[Claim],
                           published: date | None = None) -> list[Claim]:
    """Where the language's grammar lists clause openers, an other-event marker covers its own
    clause: 'Tres operarios resultaron heridos ... donde hace dos años una explosión causó la
    muerte de ocho trabajadores' flags the eight, not the three. Clauses end at ; : , and before
    the clause openers; a marker in a clause without figures that opens the sentence ('En 2019,
    ...') or follows a lone clause opener ('onde, em 2022, morreram ...') covers the next clause."""
    marks = [m.start() for p in lex.other_event for m in p.finditer(sentence)] + _other_years(lex, sentence, published)
    if not marks:
        return made
    words = sorted(lex.grammar.other_event_clause_openers, key=len, reverse=True)
    breaks = list(re.finditer(r"[;:]|,(?!\d)|\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", sentence, re.I))
    cuts = sorted({0, len(sentence), *(m.start() for m in breaks)})
    openers = {m.start() for m in breaks if m.group()[:1].isalpha()}

    def clause(pos: int) -> int:
        return max(i for i, c in enumerate(cuts) if c <= pos)

    def only_an_opener(i: int) -> bool:
        return i >= 0 and cuts[i] in openers and len(sentence[cuts[i]:cuts[i + 1]].split()) <= 2

    with_claims = {clause(c.start - offset) for c in made}
    covered: set[int] = set()
    relative: set[int] = set()  # covered clauses that are relative clauses ('donde ...', 'où, en 2018, ...')
    for pos in marks:
        i = clause(pos)
        covered.add(i)
        if cuts[i] in openers:
            relative.add(i)
        if i not in with_claims and (i == 0 or only_an_opener(i - 1) or sentence[cuts[i]] == ";"):
            # (a semicolon opens a main clause as a sentence does: '...; en octobre 2020, la tempête avait fait dix morts')
            covered.add(i + 1)
            if i > 0:
                relative.add(i + 1)
            if i + 2 < len(cuts) - 1 and i + 1 not in with_claims and cuts[i + 2] in openers \
                    and len(sentence[cuts[i + 1]:cuts[i + 2]].split()) <= 3:
                covered.add(i + 2)  # ('Diez años después del accidente de Spanair, en el que murieron 154 personas')
                relative.add(i + 2)
    # a relative clause inside the subject runs on into the main verb with no comma: 'El incendio
    # en la fábrica donde en 2019 murieron cinco obreros dejó ayer tres heridos'. After the first
    # figure of such a clause, a figure reached by other words than 'and' or a gerund is the main
    # clause's, of the report's own incident.
    first_end: dict[int, int] = {}
    for c in sorted(made, key=lambda c: c.start):
        i = clause(c.start - offset)
        if i in relative and i not in first_end:
            first_end[i] = c.end - offset
    g = lex.grammar

    def resumed(c: Claim) -> bool:
        i = clause(c.start - offset)
        if i not in first_end or c.start - offset <= first_end[i]:
            return False
        between = [w.lower() for w in re.findall(r"\w+", sentence[first_end[i]:c.start - offset])]
        return bool(between) and not any(w in g["and"] or w in g.relative_pronouns or w.endswith(g.gerund_suffixes)
                                         for w in between)  # "... en un incendio que dejó 20 heridos"

    return [replace(c, other_event=True) if clause(c.start - offset) in covered and not resumed(c) else c
            for c in made]


def extract_document(doc: Document, settings: ExtractSettings | None = None) -> list[Claim]:
    """All claims of one document, in text order."""
    settings = settings or ExtractSettings()
    lang = (doc.language or settings.language or "en").split("-")[0].lower()
    lex = load_lexicon(lang)
    text = doc.text[: settings.max_chars]
    published = read_date(doc.published, lang)
    title_end = _title_end(doc)
    claims: list[Claim] = []
    links: dict[int, Claim] = {}  # id(claim) -> the claim it is part of
    prev_attribution_fragment: str | None = None
    prev_claims: list[Claim] = []
    prev_sidx = -10
    lede_looks_back: bool | None = None  # (found once the first paragraph is read: _lede_looks_back)
    lede = lede_end(text)
    lede_again = news_again(lex, text[:lede]) or incident_of_the_day(lex, text[:lede])  # the lede tells of a new
    # incident beside an earlier one ('village hit again', 'A fire broke out on Friday, a year after an explosion ...')
    context = lede_context(lex, text)
    disease = lede_disease(lex, text)
    lede_words = lede_names(text)
    reference = None if published else _reference_year(text)
    spans = list(split_sentences(text, lang))
    marks: dict[int, bool] = {}

    def marked(i: int) -> bool:
        """Whether sentence i names another time or event (read once, and only when asked:
        the markers are many and most sentences hold no figure)."""
        if i not in marks:
            marks[i] = _marks_other_time(lex, text[spans[i][0]:spans[i][1]], published, reference)
        return marks[i]

    def quiet_marked(i: int) -> bool:
        """Sentence i names another time or event in a report whose lede tells of none (only
        where the language says which days are recent; 'On Tuesday ...' is the news)."""
        return marked(i) and not context and title_end > 0 and not lex.senses.recent_days.is_empty() \
            and not lede_mentions_recent_day(lex, text[spans[i][0]:spans[i][1]])

    for sidx, (s, e) in enumerate(spans):
        sentence = text[s:e]
        made: list[Claim] = []
        rules = SentenceRules(lex, sentence, s, context=context, lede_words=lede_words, disease=disease) \
            if lex.candidate.search(sentence) else None
        if rules is not None:
            rules.captives_told = any(c.category == "kidnapped" and c.counts for c in claims)
            raw = rules.find()
            negs = _negations(lex, sentence, s, {c.category for c in raw})
            if raw or negs:
                attribution = find_attribution(lex, sentence, rules.tokens, s) or prev_attribution_fragment
                as_of = resolve_as_of(sentence, published, lang)
                other = marked(sidx) or _after_the_report(lex, sentence, published)
                if other and lex.grammar.relative_words:
                    other = _other_by_clause(lex, sentence, s, published, reference)
                elif other:
                    other = _opening_clause_only(lex, sentence, s, published, reference) \
                        or _closing_clause_only(lex, sentence, s, published, reference) \
                        or _trailing_total_only(lex, sentence, s, published, reference) or other
                made = _to_claims(rules, raw, doc.id, links, sidx, attribution, as_of, other, title_end, text,
                                  clause_attributions(lex, sentence, rules.tokens, s))
                made += [Claim(doc_id=doc.id, category=cat, low=0, best=0, high=0, qualifier="none",
                               attribution=attribution, as_of=as_of.isoformat() if as_of else None,
                               negated=True, other_event=other(a, b) if callable(other) else other,
                               text=text[a:b], start=a, end=b,
                               sentence=sidx, in_title=b <= title_end, rule="negation")
                         for cat, (a, b) in negs]
                if lex.grammar.other_event_clause_openers:
                    now = [i for i, c in enumerate(made) if c.category == "kidnapped" and not c.other_event] \
                        if any(rc.extra.get("captives_now") for rc in raw) else []
                    made = _other_event_by_clause(lex, sentence, s, made, published or reference)
                    for i in now:  # captives freed now are news whenever they were taken ('enlevés en 2022 ...
                        made[i] = replace(made[i], other_event=False)  # ont été libérés')
                made.sort(key=lambda c: c.start)
        if not made and prev_claims and sidx - prev_sidx <= 2:
            made = _elliptic(lex, sentence, s, prev_claims, doc, sidx, links)
        if made and prev_claims and sidx - prev_sidx <= 3 and _running_total(lex, text, prev_claims):
            made = [replace(c, other_event=True) if continues_a_total(lex, sentence, c.trigger - s) else c
                    for c in made]
        if made and not context and title_end > 0:  # (an article with a title: an analysis, an opinion)
            made = [replace(c, other_event=True) if running_total_without_incident(
                lex, sentence, (c.start - s,) if c.start < lede else
                (c.start - s, (c.trigger if c.trigger is not None else c.start) - s), c.category)
                else c for c in made]  # (in the lede only a perfect before the victims: 'it has verified 12,000 deaths')
            if sidx > 0 and quiet_marked(sidx - 1) and not lede_mentions_recent_day(lex, sentence):
                made = [replace(c, other_event=True) for c in made]  # 'Carjackings fell last year. Officers arrested 150 ...'
        if made and title_end > 0 and s >= lede and lede_looks_back is None:
            lede_looks_back = _lede_looks_back(lex, claims, lede, text[:lede], lede_again, lambda: any(
                marked(i) for i, (a, _e) in enumerate(spans) if a < lede))
        if made and lede_looks_back and not lede_mentions_recent_day(lex, sentence):
            made = [replace(c, other_event=True) for c in made]  # ('Falls killed 865 workers', 'hundreds of deaths')
        told_of = bool(made) and any(_told_of_before(lex, sentence, c.start - s, c.end - s) for c in made)
        if made and told_of and sidx > 0 and marked(sidx - 1):
            made = [replace(c, other_event=True) for c in made]  # ('The group counted 400 shootings last year.')
        told_before = [c for c in prev_claims if not c.negated]
        if made and told_before and sidx - prev_sidx == 1 and all(c.other_event for c in told_before):
            own_yet = any(not c.other_event and not c.negated for c in claims)
            plain = not own_yet and not lex.senses.recent_days.is_empty() and not lede_mentions_recent_day(lex, sentence) \
                and not any(c.in_title for c in told_before) and marked(prev_sidx) \
                and not any(marked(i) for i in range(prev_sidx + 1, sidx)) and not lede_again  # (the last naming one)
            # (only where the language says which days are recent, and after a sentence naming another time: a
            # date after the report's is what followed the incident, not another one)
            made = [replace(c, other_event=True) if _of_them(lex, c.text) or told_of or (
                plain and not news_of_its_own(c.category)) else c for c in made]  # ('More than 200 others were injured in the fire', 'Dozens are still missing',
            # right after figures of another time and before any of the report's own)
        if not made and prev_claims and prev_sidx == sidx - 1 and _dates_the_event_before(lex, sentence, published,
                                                                                          reference):
            flagged = {id(c) for c in prev_claims}
            claims = [replace(c, other_event=True) if id(c) in flagged else c for c in claims]
            prev_claims = [c for c in claims if c.sentence == prev_sidx]
        if made and sidx > 0:
            made = _attacker_pronoun(lex, text[spans[sidx - 1][0]:spans[sidx - 1][1]], s, made)
        if made:
            claims.extend(made)
            prev_claims, prev_sidx = made, sidx
            prev_attribution_fragment = None
        elif rules is None and not lex.according.opens(first_word(sentence)):
            prev_attribution_fragment = None  # (no "According to X." fragment: no need to tokenize it)
        else:
            toks = rules.tokens if rules is not None else tokenize(sentence, s)
            prev_attribution_fragment = (find_attribution(lex, sentence, toks, s)
                                         if is_attribution_fragment(lex, toks) else None)
    out = casualties_less_the_dead(
        _link_parents(resolve_ordinals(drop_harm_restated_as_deaths(claims, text, lex, links), lex.grammar.total_heads), links), text, lex)
    out = fighters_who_attacked(out, text, lex)
    out = _restatements(lex, out)
    out = _series_totals(lex, text, spans, _joint_figures(lex, text, spans, out))
    lede_quiet = _lede_flagged(out, lede)
    lede_own_quiet = _lede_flagged([c for c in out if not (c.other_event or _alleged(lex, text, c))], lede)
    if out and (obituary(lex, text) or retrospective(lex, text, lede_quiet, lede_own_quiet) or page_of_no_incident(lex, text)
                or (not any(c.in_title for c in out) and _history(lex, text, published, title_end, lede_quiet))):
        out = [replace(c, other_event=True) for c in out]  # a life's story, an anniversary, a firm's cases
    if out and sport_accident(lex, text):  # a player's injury, a jockey's fall (arrests stay news)
        out = [c if news_of_its_own(c.category) else replace(c, other_event=True) for c in out]
    return out


def _joint_figures(lex: Lexicon, text: str, spans: list[tuple[int, int]], claims: list[Claim]) -> list[Claim]:
    """'This was the first of two similar bombs ... Approximately 264 others were wounded in the
    two attacks': a report that tells of its incident as one of N related attacks gives, in a
    sentence that puts its figures on all N ('in the two attacks', 'in both blasts'), a joint
    figure. Its claims keep the figure with ``shared_by`` = N; the summary takes the even share
    (a report telling all N as its own incident has no such frame, and keeps its figures whole)."""
    if not claims:
        return claims
    frame, scope = lex.senses.joint_frame, lex.senses.joint_scope

    def number(word: str | None) -> int | None:
        return parse_number(word, lex.language) if word else None

    ns = {n for m in frame.finditer(text) if (n := number(m.group("n"))) and n > 1}
    if len(ns) != 1:
        return claims
    n = ns.pop()
    joint = set()
    for i, (a, b) in enumerate(spans):
        for m in scope.finditer(text, a, b):
            if (2 if m.group("both") else number(m.group("n"))) == n:
                joint.add(i)
    return [replace(c, shared_by=n) if c.sentence in joint and c.best and not c.negated else c for c in claims]


def _attacker_pronoun(lex: Lexicon, before: str, s: int, made: list[Claim]) -> list[Claim]:
    """'L'assaillant ... a été neutralisé. Il est décédé sur place': a pronoun of one person
    opening a sentence, dead, is the subject of the sentence before; when that is an attacker,
    the attacker died."""
    g = lex.grammar
    dead = [c for c in made if c.category == "killed" and c.subgroup is None and c.best == 1 and c.start == s
            and c.victims in g.one_pronouns | g.pronouns_one and not c.hypothetical]
    if not dead:
        return made
    rules = SentenceRules(lex, before)
    first = next((i for i in range(min(rules.n, 4)) if rules.person_noun(i)), None)
    if first is None or rules.person_noun(first)[1] != "attackers" or any(
            not rules.is_word(i) and rules.lowers[i] not in g.elisions for i in range(first)):
        return made  # (the subject opens the sentence: not "Police shot the gunman.")
    return [replace(c, subgroup="attackers") if c in dead else c for c in made]


def _series_totals(lex: Lexicon, text: str, spans: list[tuple[int, int]], claims: list[Claim]) -> list[Claim]:
    """'This was one of six coordinated attacks in the city that night, which together killed 130
    people': a report that tells of its incident as one of several gives, in the clause of a word
    of a total and after it, the figures of the whole series, not of its own incident (a clause
    before it keeps its own: 'Five people were killed in the blast, and both attacks together
    killed 14')."""
    senses = lex.senses
    if not claims or not senses.series_of_incidents.search(text):
        return claims
    cuts: dict[int, int] = {}  # per sentence, where the clause of its first word of a total opens
    for i, (a, b) in enumerate(spans):
        m = senses.campaign_total.search(text, a, b)
        if m:
            cuts[i] = max((text.rfind(p, a, m.start()) + 1 for p in ",;:"), default=a) or a
    # ('Five people were killed in the blast, and both attacks together killed 14': the attack's own five stand)
    return [replace(c, other_event=True) if c.sentence in cuts and c.shared_by is None and c.end > cuts[c.sentence]
            else c for c in claims]


def _lede_looks_back(lex: Lexicon, claims: list[Claim], lede: int, lede_text: str, lede_again: bool,
                     lede_marked: Callable[[], bool]) -> bool:
    """Whether the report's title and first paragraph look back: they tell of no figure of the
    report's own, but of figures of other times or totals, or name another time ('Workplace deaths
    rose in 2023 ... A total of 5,283 workers died on the job in 2023', 'More than 3,500 people
    were killed during the three decades of conflict', 'The city has recorded 612 shootings this
    year, down from last year'), and name no day of the week around the report but the day
    something was said or published. Its later figures ('Falls killed 865 workers', 'hundreds of
    deaths', 'Eastside: 41 homicides') are parts of those, unless they name such a day (the
    caller checks). ``lede_again``: the lede tells of a new incident beside an earlier one
    (:func:`news_again`, found once by the caller); ``lede_marked`` tells whether a sentence of the
    lede names another time."""
    if lex.senses.recent_days.is_empty() or lede_mentions_recent_day(lex, lex.senses.days_not_of_the_news.sub(" ", lede_text)) \
            or lede_again:
        return False  # ('Two years after floods, village hit again')
    told = [c for c in claims if not c.negated and c.start < lede]
    if any(not c.other_event for c in told):
        return False
    return bool(told) or lede_marked()


def _marks_other_time(lex: Lexicon, sentence: str, published: date | None, reference: date | None) -> bool:
    """Whether the sentence names another time or event (the markers that flag its figures)."""
    return _other_event(lex, sentence, published, reference)


def _alleged(lex: Lexicon, text: str, c: Claim) -> bool:
    """'A man accused of killing his neighbor', 'charged with shooting the man': harm told as
    what someone is accused, charged or convicted of."""
    at = c.trigger if c.trigger is not None else c.start
    return bool(lex.senses.allegation.search(text[max(0, at - 50):at]))


def _dates_the_event_before(lex: Lexicon, sentence: str, published: date | None, reference: date | None) -> bool:
    """'... before he caused a crash that killed four people. The crash happened on an interstate
    in Ohio last spring.': a sentence without figures that opens on the event just told ('The
    crash') and dates it to another time dates the figures before it."""
    words = sentence.split()
    if not lex.senses.span_openers or len(words) < 3 or words[0].lower() not in lex.grammar.definite_articles:
        return False
    if words[1].lower().strip(",.") not in lex.senses.event_nouns:
        return False
    if any(w.lower().strip(",.") in lex.senses.span_openers for w in words):
        return False  # 'The quake was the strongest in the region since 2016' dates nothing
    after = [w.lower().strip(",.") for w in words[2:5]]
    if after[0] in lex.grammar.copulas and any(parse_ordinal(w, lex.language) for w in after[1:]):
        return False  # 'The shooting is the third in which officers have been wounded this year' counts it
    return _other_event(lex, sentence, published, reference)


def _told_of_before(lex: Lexicon, sentence: str, start: int, end: int) -> bool:
    """'Of those, 52 were killed', 'About 480 people were killed in them': the figure's people
    or incidents are ones told before (a pointer opening the sentence, or right after the figure
    in its clause; not 'most of them' or 'two of them children' beside a figure, which speak of
    the sentence's own people)."""
    after = re.split(r"[,;:]", sentence[end:end + 30])[0]
    opening = lex.senses.anaphora.search(sentence[:start])
    return bool((opening and opening.start() < 12) or lex.senses.anaphora.search(after))  # (the pointer opens the sentence)


def _of_them(lex: Lexicon, text: str) -> bool:
    """'Twelve of them died': a part of the people told before (their flags go with it)."""
    words = text.lower().split()
    return len(words) > 2 and words[1] in lex.grammar.of and words[2] in lex.grammar.partitive_pronouns


def _restatements(lex: Lexicon, claims: list[Claim]) -> list[Claim]:
    """A figure that restates one flagged as of another time is of that time too: the title's
    ('Heat killed 47,000 in Europe, study says' over '47,000 people died of heat in Europe in
    2023'), or one told again with a definite article ('... struck a pedestrian' before 'The
    pedestrian was seriously injured in that crash, which happened in October')."""
    out = list(claims)
    for i, c in enumerate(out):
        if c.other_event or c.negated or not c.best:
            continue
        same = [d for d in out if d is not c and not d.negated and d.category == c.category and d.best == c.best]
        if c.in_title:
            body = [d for d in same if not d.in_title]
            if body and all(d.other_event for d in body):
                out[i] = replace(c, other_event=True)
            continue
        if c.victims and any(d.other_event and d.start > c.start and d.victims and d.victims.lower() == c.victims.lower()
                             and d.text.split()[0].lower() in lex.grammar.definite_articles for d in same):
            out[i] = replace(c, other_event=True)
    return out


def _running_total(lex: Lexicon, text: str, claims: list[Claim]) -> bool:
    """Whether the figures of a sentence are all flagged and one is told in the perfect ('more
    than 35,000 people have been killed since the war began'): a running total of other times."""
    told = [c for c in claims if not c.negated]
    if not told or not all(c.other_event for c in told):
        return False
    return any(c.trigger is not None and lex.senses.perfect_total.search(text[max(0, c.trigger - 60):c.trigger])
               for c in told)


def _history(lex: Lexicon, text: str, published: date | None, title_end: int, lede_quiet: bool) -> bool:
    """Whether the report's title dates what it tells of to a year of another time ('The great
    flood of 1927, remembered'), or, when its first paragraph holds no figure (``lede_quiet``),
    the first sentence after the title does ('... the battle for Mosul in 2016 and 2017 offers
    lessons'), and its title and first paragraph name no day of the week around the report: a
    history feature, whose figures are of that time (the caller checks that the title holds no
    figure: 'Worst flood since 1927 kills 12' is news). A year after 'since' dates nothing."""
    lede = text[:lede_end(text)]
    if title_end <= 0 or lex.senses.recent_days.is_empty() or not lex.senses.span_openers \
            or lede_mentions_recent_day(lex, lede):
        return False  # (only where the language says which days are recent and which words open a span)
    if _other_years(lex, text[:title_end], published, dated_only=True):
        return True
    body = lede[title_end:].lstrip()
    first = next(iter(split_sentences(body, lex.language)), None)
    return lede_quiet and first is not None and bool(_other_years(lex, body[first[0]:first[1]], published,
                                                                  dated_only=True))


def _lede_flagged(claims: list[Claim], end: int) -> bool:
    """Whether the report's first ``end`` characters hold no figure (a figure there, even one
    flagged, may be the report's own incident told beside the earlier one)."""
    return not any(c.start < end and not c.negated for c in claims)


def _link_parents(claims: list[Claim], parents: dict[int, Claim]) -> list[Claim]:
    """Turn parent links (kept by object identity while extracting) into list indices."""
    from dataclasses import replace

    index = {id(c): i for i, c in enumerate(claims)}
    return [replace(c, parent=index.get(id(parents[id(c)]))) if id(c) in parents else c for c in claims]


def _other_by_clause(lex: Lexicon, sentence: str, offset: int, published: date | None,
                     reference: date | None) -> Callable[[int, int], bool] | bool:
    """Where another time or event is named in a relative clause ('an der vor drei Jahren ein
    Unfall vier Menschenleben gefordert hatte', 'где четыре года назад погибли девять
    горняков'), only the figures of that clause belong to it; named anywhere else, it marks the
    whole sentence (a memorial for the victims 'bei dem 13 Menschen starben')."""
    cuts = [0] + [m.end() for m in re.finditer(r"[,;:–—]", sentence)] + [len(sentence) + 1]
    clauses = list(zip(cuts, cuts[1:]))
    marked: list[tuple[int, int]] = []
    for a, b in clauses:
        part = sentence[a:b]
        if not _elsewhere_in_time(lex, part, published, reference):
            continue
        words = re.findall(r"[^\W\d_]+", part.lower())[:2]
        if not any(w in lex.grammar.relative_words for w in words):
            semi = [m.end() for m in re.finditer(";", sentence)]
            if not semi:
                return True  # named in a main clause: the whole sentence tells of it
            # (or the part of it a semicolon bounds: '400 Anwohner wurden evakuiert; 2021 waren ... gestorben')
            lo_ = max([0, *(x for x in semi if x <= a)])
            hi_ = min([len(sentence) + 1, *(x for x in semi if x > a)])
            marked.append((lo_ + offset, hi_ + offset))
            continue
        marked.append((a + offset, b + offset))
    if not marked:
        return True  # only the sentence as a whole names it
    return lambda start, end: any(a <= start < b or a < end <= b for a, b in marked)


def _to_claims(rules: SentenceRules, raw: list[RawClaim], doc_id: str, links: dict[int, Claim], sidx: int,
               attribution: str | None, as_of: date | None, other: bool | Callable[[int, int], bool], title_end: int,
               text: str, clauses: list[tuple[int, str]] | None = None) -> list[Claim]:
    """Raw claims of one sentence -> Claims, with nesting and inherited subgroups. ``clauses``
    gives the source of each later clause that names its own ("..., while residents said")."""
    out: list[Claim] = []
    heads: dict[tuple[int, str], Claim] = {}  # last top-level claim per trigger/category
    guessed: set[tuple[int, str]] = set()  # heads whose subgroup was inherited ("four others"): a guess
    last_subgroup: str | None = None
    last_category: str | None = None
    last_by_cat: dict[str, Claim] = {}
    for rc in raw:
        u = rc.unit
        sub = u.subgroup
        if sub is None and u.inherit and last_subgroup != "attackers":
            sub = last_subgroup  # (not "killed the bomber and wounded three others", "the bomber and 14 other
            # people were killed": the others are no attackers)
        parent: Claim | None = None
        key = (rc.trigger_start, rc.category)
        if u.nested and key in heads:
            head_claim = heads[key]
            if sub is None or rules.lex.subgroup_within(sub, head_claim.subgroup) or key in guessed:
                parent = head_claim  # "4 soldiers, including a commander": a part of the head
                sub = sub if sub is not None else head_claim.subgroup
        elif rc.extra.get("part") and rc.category in last_by_cat:
            parent = last_by_cat[rc.category]  # "fled their homes, while 1,500 sought refuge in the compound"
        elif u.kind == "partitive" and rc.category in last_by_cat and not (
                sub == "attackers" and last_by_cat[rc.category].subgroup != "attackers"):
            parent = last_by_cat[rc.category]  # (but "four of the attackers" after soldiers killed are other dead)
            if sub is None or not rules.lex.subgroup_within(sub, parent.subgroup):
                sub = sub if sub is not None else parent.subgroup
        start = min(rules.tokens[u.start].start, rules.tokens[rc.trigger_start].start)
        if rc.extra.get("span_start") is not None:
            start = rules.tokens[rc.extra["span_start"]].start  # (a part told past an adverbial)
        end = max(rules.tokens[u.end - 1].end, rules.tokens[rc.trigger_end - 1].end)
        qualifier = u.qualifier or ("including" if parent is not None else None)
        said_by = (source_after(rules.lex, text[rules.tokens[0].start:], rules.tokens,
                                max(u.end, rc.trigger_end), rules.tokens[0].start)
                   or next((who for cut, who in reversed(clauses or ()) if start >= cut), attribution))
        claim = Claim(doc_id=doc_id, category=rc.category, low=u.low, best=u.best, high=u.high,
                      qualifier=qualifier, subgroup=sub, victims=u.head, attribution=said_by,
                      as_of=as_of.isoformat() if as_of else None, negated=False,
                      hypothetical=rc.hypothetical or (bool(rc.extra.get("present")) and end > title_end),
                      other_event=(not rc.extra.get("captives_now") and (other(start, end) if callable(other) else other))
                      or bool(rc.extra.get("other_event")),  # (the time of a kidnapping whose captives are freed now is no other event)
                      text=text[start:end],
                      start=start, end=end, sentence=sidx, in_title=end <= title_end,
                      rule="coded" if rc.extra.get("coded") else rc.rule,
                      trigger=rules.tokens[rc.trigger_start].start,
                      toll=rc.toll or bool(rc.extra.get("coded")))
        if parent is not None:
            links[id(claim)] = parent
        else:
            heads[key] = claim
            if u.subgroup is None and sub is not None:
                guessed.add(key)  # "four others, including a police officer": the officer is one of them
            else:
                guessed.discard(key)
        if parent is None and (sub is not None or u.kind != "partitive"):
            last_subgroup, last_category = sub, rc.category
        last_by_cat[rc.category] = claim
        out.append(claim)
    return out


_LETTERS = re.compile(r"[^\W\d_]+")


def _negations(lex: Lexicon, sentence: str, offset: int, positive: set[str]) -> list[tuple[str, tuple[int, int]]]:
    """(category, span) for every "no one was killed" kind of statement in the sentence."""
    out: list[tuple[str, tuple[int, int]]] = []
    seen: set[str] = set()
    for pattern, kind in lex.negation:
        for m in pattern.finditer(sentence):
            words = _LETTERS.findall(m.group().lower())
            if kind == "from_noun":
                cats = [c for w in words for c in lex.negation_nouns.get(w, ())]
            elif kind == "from_verb":
                cats = [c for w in words for c in lex.negation_verbs.get(w, ())]
            else:
                cats = [kind]
            if any(w in lex.grammar.negation_other for w in words):
                continue  # "no other casualties": the ones before still stand
            for c in cats:
                if c not in seen and c not in positive:
                    seen.add(c)
                    out.append((c, (m.start() + offset, m.end() + offset)))
    return out


def _elliptic(lex: Lexicon, sentence: str, offset: int, prev: list[Claim], doc: Document, sidx: int,
              links: dict[int, Claim]) -> list[Claim]:
    """'10 civilians, including 5 children.' right after a sentence with claims: a verbless list
    of victims that continues the figures before it takes their category."""
    low = sentence.lower()
    if not any(cue in low for cue in lex.grammar.elliptic_cues):
        return []
    rules = SentenceRules(lex, sentence, offset)
    for i in range(rules.n):
        units = rules.chain_forward(i, allow_names=False)
        if len(units) >= 2 and units[0].subgroup is not None and any(u.nested for u in units):
            first = next(c for c in prev if c.parent is None)
            raw = [RawClaim(first.category, u, u.start, u.start + 1, "elliptic") for u in units]
            for rc in raw:
                rc.trigger_end = rc.unit.end
            return _to_claims(rules, raw, doc.id, links, sidx, prev[0].attribution,
                              date.fromisoformat(first.as_of) if first.as_of else None, prev[0].other_event,
                              0, doc.text)
    return []
