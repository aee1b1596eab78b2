"""Harm-sense checks: whether a casualty word in a sentence speaks of physical harm to people.

Casualty words have other senses, and news uses them all the time: figures of speech ("she is
dead wrong", "the scandal shattered 100 lives"), economic harm ("the tariffs are hurting
millions of farmers"), illness and natural death ("he died of pneumonia", "hospitalized for
depression", "the death of her father"), a suicide that is no attack, and things rather than
people ("the van was the same one seized by police"). A claim needs a harmed person and a
casualty sense; these checks turn the other senses away. The words come from the ``senses``
table of the language's lexicon; the rules here are language-free.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import Lexicon, PhraseIndex
from .sentences import split_sentences, tokenize

if TYPE_CHECKING:
    from .claims import RawClaim, SentenceRules

_ONE_PERSON = frozenset({"one", "named", "pronoun"})


def _lede(text: str) -> str:
    """The report's title and first paragraph (its first two non-blank lines)."""
    return "\n".join([line for line in text.splitlines() if line.strip()][:2])


def _mentions(index: PhraseIndex, text: str) -> bool:
    """Whether a phrase of ``index`` is in ``text``."""
    lowers = [t.lower for t in tokenize(text)]
    return any(index.match(lowers, i) for i in range(len(lowers)))


def _incident_and_illness(lex: Lexicon, text: str) -> tuple[bool, bool]:
    """Whether ``text`` tells of an incident, and whether of an illness. A casualty verb in the
    perfect ('the program has killed hundreds') tells of a running total, not of an incident."""
    told = lex.senses.perfect_harm.sub(" ", text)
    return _mentions(lex.senses.incident, told), _mentions(lex.senses.illness, text)


def lede_context(lex: Lexicon, text: str) -> bool:
    """Whether a sentence of the report's first lines (its title and first paragraph) tells of
    violence, an accident or a disaster, and not of a disease: then one person's death told
    with an everyday word ("she died on Friday") belongs to it even when its own sentence says
    nothing of the cause."""
    lede = _lede(text)
    # 'the pandemic that killed 25 million' tells of no incident
    return any(_incident_and_illness(lex, lede[a:b]) == (True, False) for a, b in split_sentences(lede, lex.language))


def lede_disease(lex: Lexicon, text: str) -> bool:
    """Whether the report's title and first paragraph tell of a disease, or of a person taken
    ill ('A runner died after collapsing near the finish'), and of no incident ('Vaping illness
    spreads'): then deaths and hospital stays told with everyday words ('39 had died', 'taken
    to hospitals', 'where he was pronounced dead') are the disease's, not casualties."""
    lede = _lede(text)
    incident, illness = _incident_and_illness(lex, lede)
    return not incident and (illness or any(p.search(lede) for p in lex.senses.taken_ill))


def obituary(lex: Lexicon, text: str) -> bool:
    """Whether the report is an obituary of a natural death: its title tells of a death at an
    age ('..., Dies at 88', 'Former Congressman Dead at 76'), or its first lines tell of one
    ('... died on Monday at his home. He was 88.'), with no word of violence, accident or
    disaster (the ``incident`` words) in the title or in the sentence of the death, outside a
    clause on the person's life (', who led the department during the 1992 riots,'). Everything
    else it tells (a life's wars, old attacks, relatives killed long ago) is of other times."""
    senses = lex.senses
    lines = [line for line in text.splitlines() if line.strip()][:3]
    if not lines or not (senses.obituary_title or senses.obituary_lede):
        return False

    def violent(part: str) -> bool:  # (not in a clause on the person's life: ', who led ... during the riots,')
        return _mentions(senses.incident, senses.life_clause.sub(",", part))

    title = lines[0]
    if violent(title):
        return False
    if any(p.search(title) for p in senses.obituary_title):
        return True
    for line in lines[:2]:
        m = next((m for p in senses.obituary_lede for m in [p.search(line)] if m), None)
        if m and not violent(line[:m.end("death")]):
            return True
    return False


def sport_accident(lex: Lexicon, text: str) -> bool:
    """Whether the report's title and first paragraph tell of a sport's own accident: a match, a
    race, a bout or training, or its players, riders and jockeys (the ``sport_lede`` words), with
    no word of violence, accident or disaster but the falls and crashes a sport has (``sport_harm``:
    'broke his collarbone in a crash on the final stage', 'retired hurt after being struck', 'died
    after a fall during a race'), and no one but the competitors there (no ``crowd`` word: fans,
    spectators, a stand). Its injured and dead are the sport's, no casualties; a crush at the
    gates, a car in the crowd, a stand that collapses, a player shot after the game or a team's
    bus that crashes tell of an incident and are kept."""
    senses = lex.senses
    if senses.sport_lede.is_empty():
        return False
    lowers = [t.lower for t in tokenize(_lede(text))]
    sport = False
    i = 0
    while i < len(lowers):
        if senses.crowd.match(lowers, i):
            return False
        allowed = senses.sport_harm.match(lowers, i)
        harm = senses.physical.match(lowers, i) or senses.incident.match(lowers, i)
        if harm and not (allowed and allowed[0] >= harm[0]):
            return False  # ('Gunmen attack team bus', 'Stand collapses at cup final', 'struck by lightning')
        sport = sport or bool(senses.sport_lede.match(lowers, i))
        i += max(allowed[0] if allowed else 1, 1)
    return sport


def page_of_no_incident(lex: Lexicon, text: str) -> bool:
    """Whether the text is a page that reports no incident of its own: a law firm's ('Car
    Accident Lawyers | ...', 'Case Results', 'We obtained a $1.2 million settlement'), whose harm
    is its clients' past cases, or a review or recap of a book, film or show ('Book review: A
    grim but gripping war memoir'), whose harm is the work's."""
    return any(p.search(text) for p in lex.senses.page_kinds)


def continues_a_total(lex: Lexicon, sentence: str, trigger: int | None) -> bool:
    """'The ministry says more than 35,000 people have been killed since the war began. Israel
    says it has killed about 14,000 militants.': a figure in the perfect ('has killed', 'have
    been detained') right after a sentence whose figures are all of other times or totals, in a
    sentence naming no day of the week around the report, goes on with that total (the caller
    checks the sentence before)."""
    if trigger is None or not lex.senses.perfect_total.search(sentence[:trigger]):
        return False
    return not _mentions(lex.senses.recent_days, sentence)


#: Categories whose figures in the perfect are news of the report's own ('Police have arrested
#: three men in connection with the burglary'), whatever its lede.
_PERFECT_NEWS = frozenset({"arrested", "kidnapped"})


def news_of_its_own(category: str) -> bool:
    """Whether figures of the category are usually the report's own news even beside figures of
    other times: arrests and abductions ('The suspect, now 61, was arrested' in a cold case)."""
    return category in _PERFECT_NEWS


def running_total_without_incident(lex: Lexicon, sentence: str, starts: tuple[int, int], category: str) -> bool:
    """'The U.N. says it has verified 12,000 civilian deaths', 'more than 3.7 million people have
    been displaced': in a report whose title and first paragraph tell of no incident (an
    analysis, an opinion piece), a figure in the perfect in a sentence naming no day of the week
    around the report is a running total, not an incident's (the caller checks the lede)."""
    if category in _PERFECT_NEWS or not any(lex.senses.perfect_total.search(sentence[max(0, at - 60):at])
                                             or lex.senses.perfect_total.search(sentence[at:at + 5] + " ")
                                             for at in starts):
        return False  # (the victims' start, 'it has verified 12,000 deaths'; the verb's, 'have been displaced',
        # or the verb itself, 'have fled')
    return not _mentions(lex.senses.recent_days, sentence)


def closing_earlier_clauses(lex: Lexicon, sentence: str) -> list[tuple[int, bool]]:
    """Where a clause closing the sentence on an earlier time may begin, in order: a clause on the
    time since an earlier event ('A tornado tore through the town on Sunday night, killing two
    people, less than four years after a far more powerful twister flattened much of it') or a
    relative clause ('Three people were shot dead on Friday night at a vigil for a teenager who was
    killed last month'), each only where the sentence before it names a day of the week around
    the report. The caller keeps the first cut whose head names no other time and whose rest does:
    the time words date only the figures that end in that rest, not the day's figures before it,
    and, after a relative clause (True beside the cut), the figure it opens on ('the death of an
    inmate who was beaten in 2024')."""
    senses = lex.senses
    found = {m.start(): False for m in senses.closing_earlier_clause.finditer(sentence)}
    if senses.closing_relatives:
        for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, sorted(senses.closing_relatives))) + r")\b", sentence, re.I):
            found.setdefault(m.start(), True)
    return sorted((c, rel) for c, rel in found.items() if c > 0 and lede_mentions_recent_day(
        lex, senses.days_not_of_the_news.sub(" ", sentence[:c])))


def lede_mentions_recent_day(lex: Lexicon, text: str) -> bool:
    """Whether ``text`` names a day of the week around the report ('on Friday', 'last night')."""
    return _mentions(lex.senses.recent_days, text)


def news_again(lex: Lexicon, text: str) -> bool:
    """Whether ``text`` tells of a new incident beside an earlier one ('village hit again',
    'another quake struck'): a lede that does is no look back."""
    return any(t.lower in lex.senses.news_again for t in tokenize(text))


def lede_end(text: str) -> int:
    """Where the report's title and first paragraph (its first two non-blank lines) end."""
    seen = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        if line.strip():
            seen += 1
            if seen == 2:
                break
    return pos


def retrospective(lex: Lexicon, text: str, lede_without_figures: bool, lede_without_own_figures: bool) -> bool:
    """Whether the report looks back on an earlier incident: its title or first paragraph marks
    an anniversary or the time since ('Charleston marks one year since church massacre', 'Ten
    years after Katrina') and tells of no figure (``lede_without_figures``, as the caller found
    it), or tells of a plea, a sentence, a verdict, an award, an appeal, parole or a lawsuit ('A
    former officer pleaded guilty on Monday to violating the civil rights of a man he kicked',
    'a jury awarded $25 million to a worker who was badly burned') and of no figure but ones
    flagged as of other times (``lede_without_own_figures``), or holds figures, all of other
    times, or names another time (a war, a decade, 'a week after Storm Claudia'), beside news of
    the day that is no incident (a burial, an opening, a ceremony, a visit), or tells of an
    execution by a state's sentence. Its figures retell the earlier incident."""
    lede = text[:lede_end(text)]
    senses = lex.senses
    if lede_execution(lex, text):
        return True  # ('Texas executes man for 2004 killings ... He was pronounced dead at 6:42 p.m.')
    looks_back = any(p.search(lede) for p in senses.retrospective)
    if lede_without_own_figures and looks_back and not senses.recent_days.is_empty() and not news_again(lex, lede) \
            and not lede_mentions_recent_day(lex, senses.days_not_of_the_news.sub(" ", lede)):
        return True  # ('Ten years after Paris attacks ... Ten years ago this month, gunmen ... killing 130')
    if lede_without_own_figures and (not lede_without_figures or looks_back or any(
            p.search(senses.comparison_since.sub(" ", lede)) for p in lex.other_event)) and _day_of_no_incident(lex, lede):
        return True  # ('A museum dedicated to the 1921 massacre, in which a mob killed 300, opened on Saturday',
        # 'An exhibition of letters from internment camps during World War II opened on Saturday')
    return (lede_without_figures and looks_back) or (
        lede_without_own_figures and any(p.search(lede) for p in senses.court_lede))


def incident_of_the_day(lex: Lexicon, lede: str) -> bool:
    """Whether a clause of ``lede`` that names a day of the week around the report, and no other
    time, tells of an incident ('A fire broke out at a chemical plant on Friday, a year after an
    explosion there killed four workers'): the report's news is a new incident beside the earlier
    one, and figures told after a sentence of the earlier one's may be its own."""
    senses = lex.senses
    if senses.recent_days.is_empty():
        return False
    return any(_mentions(senses.incident, c) and not re.search(r"\b(?:1[5-9]|20)\d\d\b", c)
               and not any(p.search(c) for p in lex.other_event) and not any(p.search(c) for p in senses.retrospective)
               for c in _day_clauses(lex, lede))


def _day_clauses(lex: Lexicon, lede: str) -> list[str]:
    """The clauses of ``lede`` (cut at commas, colons, dashes, brackets and lines) that name a day
    of the week around the report, outside the day something was said or published."""
    senses = lex.senses
    return [c for c in re.split(r"[,;:()\n\u2013\u2014]", senses.days_not_of_the_news.sub(" ", lede))
            if _mentions(senses.recent_days, c)]


def _day_of_no_incident(lex: Lexicon, lede: str) -> bool:
    """Whether the clauses of ``lede`` that name a day of the week around the report tell of no
    incident ('the remains of seven more victims were buried on Friday', 'opened on Saturday'):
    in a lede whose figures are all of another time, the day's news is then a burial, an opening,
    a ceremony, and the report looks back. A lede of a new incident beside an earlier one ('village
    hit again') never does."""
    senses = lex.senses
    if senses.recent_days.is_empty() or news_again(lex, lede):
        return False
    clauses = _day_clauses(lex, lede)
    if any(_tells_of_arrest(lex, c) for c in clauses):
        return False  # ('Police arrested a man on Tuesday in the 1987 killing of a nurse': the arrest is news)
    clauses = [senses.earlier_named.sub(" ", c) for c in clauses]
    return bool(clauses) and not any(_mentions(senses.incident, c) for c in clauses)  # ('raised $2 million on
    # Sunday for families affected by last month's floods': the floods are of another time)


def _tells_of_arrest(lex: Lexicon, text: str) -> bool:
    """Whether ``text`` holds a casualty word of the arrested category ('arrested', 'detained')."""
    lowers = [t.lower for t in tokenize(text)]
    return any(m and any(cat == "arrested" for _role, cat in m[1])
               for i in range(len(lowers)) for m in [lex.triggers.match(lowers, i)])


def _prefix(word: str) -> str:
    """The form in which a place is looked for: 'Syrian' and 'Syria' both give 'syria'."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word[:5]


def lede_names(text: str) -> frozenset[str]:
    """The words of the report's title and first paragraph, in the form places are compared in."""
    return frozenset(_prefix(t.text) for t in tokenize(_lede(text)) if t.text[:1].isalpha())


def named_earlier_event(rules: SentenceRules) -> bool:
    """'... following the Riverton school shooting in which 20 children were killed': an
    incident named by a place that the report's title and first paragraph never name is an
    earlier one (without the lede's words, nothing is flagged). When the lede tells of no
    incident at all, so is any incident placed where the lede never goes."""
    senses = rules.lex.senses
    if not rules.lede_words:
        return False
    lo = rules.lowers
    for e in range(1, rules.n):
        if lo[e] not in senses.event_nouns:
            continue
        k = e - 1
        while k >= 0 and e - k <= 2 and lo[k] in senses.event_modifiers:
            k -= 1
        names = []
        while k >= 0 and len(names) < 4 and rules.is_capitalised(k) and lo[k] not in rules.lex.determiners_one:
            names.append(rules.tokens[k].text)
            k -= 1
        if names and (k < 0 or lo[k] not in rules.g.event_name_determiners):
            continue
        if not names and k >= 0 and lo[k] in rules.g.definite_articles:
            names = _place_after(rules, e)  # 'the attack that killed four Americans in Benghazi'
        words = [_prefix(w) for w in names if _prefix(w) not in senses.calendar and len(w) > 2]
        if words and not any(w in rules.lede_words for w in words):
            return True
    return not rules.context and (_place_outside_lede(rules) or _reason_event(rules))


def _reason_event(rules: SentenceRules) -> bool:
    """In a report whose title and first paragraph tell of no incident (a drill, a new law, a
    vigil), an incident named after 'after', 'following' or 'in the wake of' ('The district began
    the drills after a school shooting in a nearby state killed 19 students') is the earlier one
    that moved the report's news, unless the sentence names a day of the week around the report."""
    senses = rules.lex.senses
    lo = rules.lowers
    if any(senses.recent_days.match(lo, i) for i in range(rules.n)):
        return False
    for k in range(rules.n):
        m = senses.earlier_event_openers.match(lo, k)
        if not m:
            continue
        j = k + m[0]
        if j < rules.n and lo[j] in rules.lex.determiners_one | rules.g.definite_articles:
            j += 1
        for e in range(j, min(rules.n, j + 4)):
            if lo[e] in senses.event_nouns:
                return True
            if not (lo[e] in senses.event_modifiers or lo[e].isalpha()):
                break
    return False


def _place_outside_lede(rules: SentenceRules) -> bool:
    """In a report whose title and first paragraph tell of no incident (a rally for gun laws, a
    hearing), a sentence placing its dead somewhere the lede never names ('the 17 people killed
    at a Florida high school in February') tells of an earlier incident, unless it names a day
    of the week around the report ('... in Lagos on Friday')."""
    lo = rules.lowers
    senses = rules.lex.senses
    if any(senses.recent_days.match(lo, i) for i in range(rules.n)):
        return False  # '... in Lagos on Friday': news of the week is the report's own
    for k in range(1, rules.n):  # '"another Iraq," where nearly 4,500 troops were killed'
        if lo[k] == "where" and lo[k - 1] in (",", '"', "”", "'") :
            j = k - 1
            while j > 0 and lo[j] in (",", '"', "”", "'"):
                j -= 1
            if rules.is_capitalised(j) and _prefix(rules.tokens[j].text) not in senses.calendar \
                    and len(rules.tokens[j].text) > 2 and _prefix(rules.tokens[j].text) not in rules.lede_words:
                return True
    for k in range(rules.n - 1):
        if lo[k] not in rules.g.event_place_prepositions:
            continue
        j = k + 1
        while j < rules.n and j <= k + 2 and not rules.is_capitalised(j) and rules.is_word(j) and lo[j].isalpha():
            j += 1
        names = []
        while j < rules.n and len(names) < 4 and rules.is_capitalised(j):
            names.append(rules.tokens[j].text)
            j += 1
        words = [_prefix(w) for w in names if _prefix(w) not in senses.calendar and len(w) > 2]
        if words and not any(w in rules.lede_words for w in words):
            return True
    return False


def told_in_a_proceeding(rules: SentenceRules, rc: RawClaim) -> bool:
    """'The committee questioned the secretary on Thursday about the attacks in which four
    Americans were killed', 'jury selection began in the trial of the tenant of a warehouse
    where 36 people died', 'the case was brought by the family of a teenager who was killed',
    'a man who fatally shot another driver was sentenced on Friday': harm told in a relative
    clause about the subject of a hearing, trial, lawsuit, plea or sentence is the earlier
    incident the proceeding is about, unless the clause itself names a day of the week around
    the report ('... in which two men were hurt on Saturday'). Arrests are left alone: they are
    often the proceeding's own news."""
    senses = rules.lex.senses
    if rc.category == "arrested" or not senses.background_relatives:
        return False
    lo = rules.lowers
    first = min(rc.unit.start, rc.trigger_start)
    if _alleged_in_a_suit(rules, rc.trigger_start) or judicial_execution(rules, rc) or _alleged_before(rules, rc):
        return True
    last = max(rc.unit.end, rc.trigger_end)
    rel = None
    for k in range(rc.trigger_start - 1, max(-1, first - 9), -1):  # ('a teenager who was killed')
        if lo[k] in (";", ":", "."):
            return False
        if lo[k] in senses.background_relatives:
            rel = k
            break
    if rel is None:
        return False
    end = next((k for k in range(last, rules.n) if lo[k] in (",", ";", ":", "(")
                or senses.court_outcomes.match(lo, k)), rules.n)
    if any(senses.recent_days.match(lo, i) for i in range(rel, end)):
        return False
    if any(senses.proceedings.match(lo, i) for i in range(max(0, rel - 25), rel)):
        return True
    return any(senses.court_outcomes.match(lo, i) for i in range(last, min(rules.n, last + 12)))


def judicial_execution(rules: SentenceRules, rc: RawClaim) -> bool:
    """'Saudi Arabia executed three men who had been convicted of smuggling', 'Texas executed a
    man by lethal injection', 'was put to death for the 1994 murder of a clerk': a death by a
    state's sentence is the end of a proceeding, no casualty of a violent event (ACLED, UCDP and
    GTD code none). A killed claim whose casualty word is an execution word, in a sentence with
    a word of the courts or of a way of execution, or with 'for' and a crime right after the
    word, is flagged; one done by militants, soldiers, a mob or captors (named just before the
    word or just after it: 'executed by militants', 'soldiers summarily executed 12 civilians',
    'killed execution-style') stays a killing."""
    return rc.category == "killed" and _judicial(rules.lex, rules.lowers, rc.trigger_start, rc.trigger_end,
                                                 subject=rc.rule == "active")


def _judicial(lex: Lexicon, lo: list[str], start: int, end: int, subject: bool = False) -> bool:
    """Whether words [start, end) of the sentence ``lo`` tell of an execution by a state's
    sentence (see :func:`judicial_execution`). ``subject``: the word is active, so a word of the
    courts right before it is the one who did it ('Inmates executed two guards during a riot')."""
    table = lex.senses.executions
    words, judicial, crimes, extra = (table.get(k) for k in ("words", "judicial", "crimes", "extrajudicial"))
    if words is None or not any(words.match(lo, i) for i in range(start, end)):
        return False
    n = len(lo)
    if extra is not None and any(extra.match(lo, i) for i in range(max(0, start - 5), min(n, end + 4))):
        return False  # ('militants executed seven hostages', 'executed by the rebels')
    g = lex.grammar
    if start > 0 and lex.people.match(lo, start - 1) and end < n and (lo[end].isalnum() or lo[end] == "<q>") \
            and lo[end] not in g.agent_prepositions and lo[end] not in g.event_place_prepositions:
        return False  # ('Inmates executed two guards during a riot at a state prison': people, not a state, did it)
    if judicial is not None and any(m and not (subject and i + m[0] == start)
                                    for i in range(n) for m in [judicial.match(lo, i)]):
        return True
    return crimes is not None and any(  # ('for the 1994 murder of a delivery driver', 'for drug smuggling')
        lo[k] in lex.senses.term_openers and any(crimes.match(lo, j) for j in range(k + 1, min(n, k + 6)))
        for k in range(end, min(n, end + 8)))


def lede_execution(lex: Lexicon, text: str) -> bool:
    """Whether the report's title and first paragraph tell of an execution by a state's sentence
    ('The federal government put to death a man convicted of killing a family of three'): then
    the deaths it tells ('He was pronounced dead at 8:07 p.m.', the crime's victims) are no
    casualties of an incident of its own."""
    words = lex.senses.executions.get("words")
    if words is None:
        return False
    lede = _lede(text)
    for a, b in split_sentences(lede, lex.language):
        lo = [t.lower for t in tokenize(lede[a:b])]
        if any((m := words.match(lo, i)) and _judicial(lex, lo, i, i + m[0]) for i in range(len(lo))):
            return True
    return False


def named_by_kin(rules: SentenceRules, rc: RawClaim) -> bool:
    """"We cannot bring them back," said the son of one woman who was killed': a victim named
    through a relative or friend who speaks ('the mother of a boy who was shot', 'friends of a
    man killed in the attack') is one of an earlier incident the story goes back to (a signing,
    a hearing, a vigil), unless the sentence names a day of the week around the report ('the
    father of a boy who was shot on Saturday') other than that of a proceeding ('reached a
    settlement on Thursday'). Arrests are left alone."""
    senses = rules.lex.senses
    if rc.category == "arrested" or not senses.kin or rc.unit.head is None or rc.unit.start >= rc.trigger_start:
        return False  # ('a family of five was killed': the family itself)
    lo = rules.lowers
    k = rc.unit.start - 1
    if k < 1 or lo[k] not in rules.g.of:
        return False
    if not (lo[k - 1] in senses.kin or (k >= 2 and lo[k - 1] in ("one", "two", "three") and lo[k - 2] in senses.kin)):
        return False
    # ('Families of 12 people killed in the collapse reached a settlement on Thursday': the day is the settlement's)
    return not any(senses.recent_days.match(lo, i) and not any(senses.proceedings.match(lo, j)
                                                               for j in range(max(0, i - 3), i))
                   for i in range(rules.n))


def _tally_ordinal(rules: SentenceRules, rc: RawClaim) -> bool:
    """'A journalist was shot dead ..., the fifth journalist killed in Mexico this year': a victim
    counted as the nth of a tally of the year or since a year is one told already: no new
    claim (never added to the report's own, never making it another time's)."""
    u = rc.unit
    lo = rules.lowers
    if u.start + 1 >= rules.n or lo[u.start] not in rules.g.definite_articles or rules.ordinal_at(u.start + 1) is None:
        return False
    after = " ".join(rules.tokens[k].text for k in range(max(rc.trigger_end, u.end), rules.n))
    return bool(rules.lex.senses.tally_span.search(re.split(r"[;.]", after)[0]))


def _active_with_object(rules: SentenceRules, rc: RawClaim) -> bool:
    """'He killed them on the counterattack': a casualty verb with an object pronoun right after
    it is active, so the one before it did the deed and is no victim (read as a headline's
    passive, 'Man killed', it would be)."""
    te = rc.trigger_end
    return rc.rule == "passive" and rc.unit.end <= rc.trigger_start and te == rc.trigger_start + 1 and te < rules.n \
        and rules.lowers[te] in rules.lex.senses.active_objects


def _alleged_before(rules: SentenceRules, rc: RawClaim) -> bool:
    """'A real estate heir suspected of three killings', 'a nurse accused in the deaths of seven
    babies': harm told as what someone is suspected, accused or convicted of (``allegation``, right
    before the people or the casualty word) is the incident a case is about, unless the rest of
    the clause names a day around the report ('a man suspected of killing two people on Saturday
    was arrested')."""
    senses = rules.lex.senses
    first = min(rc.unit.start, rc.trigger_start)
    if first >= rules.n:
        return False
    at = rules.tokens[first].start - rules.offset
    if not senses.allegation.search(rules.text[max(0, at - 50):at]):
        return False
    lo = rules.lowers
    end = next((k for k in range(max(rc.unit.end, rc.trigger_end), rules.n) if lo[k] in (",", ";", ":", "(", ".")), rules.n)
    return not any(senses.recent_days.match(lo, i) for i in range(first, end))


def _alleged_in_a_suit(rules: SentenceRules, trigger: int) -> bool:
    """'A woman has sued a gym chain, saying she broke her wrist': harm told as what a lawsuit
    says (a word of a suit, then a word of saying, before the harm) is the earlier incident the
    suit is about."""
    senses = rules.lex.senses
    lo = rules.lowers
    suit = next((k for k in range(trigger) if lo[k] in senses.suits), None)
    return suit is not None and any(lo[k] in senses.suit_sayings for k in range(suit + 1, trigger))


def _place_after(rules: SentenceRules, e: int) -> list[str]:
    """The capitalised words after 'in' or 'at' in a relative clause right after the event noun
    at ``e`` ('the attack that killed four Americans in Benghazi')."""
    lo = rules.lowers
    if e + 1 >= rules.n or lo[e + 1] not in rules.g.event_relatives:
        return []
    for k in range(e + 2, min(rules.n - 1, e + 12)):
        if lo[k] in (",", ";", ".", ":", "(", ")"):
            break
        if lo[k] in rules.g.event_place_prepositions and rules.is_capitalised(k + 1):
            names = []
            while k + 1 < rules.n and len(names) < 4 and rules.is_capitalised(k + 1):
                names.append(rules.tokens[k + 1].text)
                k += 1
            return names
    return []


def physical_harm(rules: SentenceRules, rc: RawClaim) -> bool:
    """Whether the raw claim ``rc`` speaks of physical harm to people."""
    checks = (_figurative, _lives_without_death, _without_context, _care, _not_displaced_or_missing,
              _pictures_or_burns, _sports_or_fiction, _illness, _natural_death_of_one, _not_a_person,
              _active_with_object, _tally_ordinal, _prison_term, _verbal_agent, _freed_from_custody)
    return not any(check(rules, rc) for check in checks)


def _freed_from_custody(rules: SentenceRules, rc: RawClaim) -> bool:
    """'A judge freed a man who had been held in prison for 30 years', 'was released on bail': a
    release with a word of prison or of the courts' hold (``custody``) within eight words after
    it sets free no captive of a kidnapping (not 'A kidnapped boy was rescued in Fresno on
    Wednesday, and a man was taken into custody': the custody is the arrest's)."""
    if rc.category != "kidnapped":
        return False
    m = rules.trigger_at(rc.trigger_start)
    if not m or not any(r in ("release", "release_active") for r, _c in m[1]):
        return False
    custody = rules.lex.senses.custody
    return any(custody.match(rules.lowers, i) for i in range(rc.trigger_end, min(rules.n, rc.trigger_end + 8)))


def _prison_term(rules: SentenceRules, rc: RawClaim) -> bool:
    """'Two brothers were jailed for 12 years', 'was jailed for life at Bristol Crown Court': a verb
    of jailing followed by 'for' and a term (a ``prison_terms`` word within five words) tells of a
    sentence passed, not of an arrest ('Police jailed 30 protesters on Saturday' is one)."""
    if rc.category != "arrested":
        return False
    return _opened_then(rules, rc.trigger_end, rules.lex.senses.term_openers, rules.lex.senses.prison_terms, 5)


def thing_released(rules: SentenceRules, t: int) -> bool:
    """'A woman told her story in a new book released on Tuesday', 'the report, released on
    Monday': a word of release right after a thing that is published (a book, a report, a video;
    ``released_things``) tells of no captive set free."""
    lo = rules.lowers
    k = t - 1
    if k >= 0 and lo[k] in (",",) and k - 1 >= 0:
        k -= 1  # ('the report, released on Monday')
    return k >= 0 and lo[k] in rules.lex.senses.released_things


def _verbal_agent(rules: SentenceRules, rc: RawClaim) -> bool:
    """'He had been assassinated by briefings from inside his own party', 'killed off by the
    critics': harm whose agent, after 'by', is words (leaks, briefings, critics, the polls), not a
    weapon or an attacker, is a figure of speech."""
    if rc.category not in ("killed", "injured") or rc.rule != "passive":
        return False
    return _opened_then(rules, rc.trigger_end, rules.g.agent_prepositions, rules.lex.senses.verbal_agents, 4)


def _opened_then(rules: SentenceRules, te: int, openers, words, reach: int) -> bool:
    """Whether the word at ``te`` (right after a casualty word) is one of ``openers`` and one of
    ``words`` follows it within ``reach`` words, before any punctuation ('jailed for 12 years',
    'assassinated by briefings')."""
    lo = rules.lowers
    if te >= rules.n or lo[te] not in openers:
        return False
    for k in range(te + 1, min(rules.n, te + 1 + reach)):
        if lo[k] in (",", ";", ".", ":"):
            return False
        if lo[k] in words:
            return True
    return False


def _found(rules: SentenceRules, index: PhraseIndex, start: int, end: int, skip: tuple[int, int]) -> bool:
    """Whether a phrase of ``index`` starts in tokens [start, end), outside the span ``skip``
    (and, for words of violence, outside a name of an illness: 'heart attack')."""
    illness = rules.lex.senses.illness
    i = max(0, start)
    while i < min(rules.n, end):
        if index is not illness:
            m = illness.match(rules.lowers, i)
            if m:
                i += m[0]
                continue
        if skip[0] <= i < skip[1]:
            i += 1
            continue
        m = index.match(rules.lowers, i)
        if m and not (i < skip[0] < i + m[0]):
            return True
        i += 1
    return False


def _trigger(rc: RawClaim) -> tuple[int, int]:
    return rc.trigger_start, rc.trigger_end


def _phrase(rules: SentenceRules, rc: RawClaim) -> str:
    return " ".join(rules.lowers[rc.trigger_start:rc.trigger_end])


def speculative(rules: SentenceRules, rc: RawClaim) -> bool:
    """'Some reports suggesting as many as 200 have been killed', 'rumours that 40 died': a
    figure offered as a guess or rumour (a word of the ``speculation`` table within three words
    before its victims, or a hedged cause right after them: 'two injuries that may be related to
    the defect', ``hedged_link``) is flagged hypothetical, never counted."""
    senses = rules.lex.senses
    start = min(rc.unit.start, rc.trigger_start)
    before = rules.lowers[max(0, start - 3):start]
    if any(w in senses.speculation or w in senses.prevention for w in before):
        return True  # (and 'the bill will prevent thousands of injuries': harm that is averted)
    if _wished_or_required(rules, rc.trigger_start) or _counterfactual(rules, rc.trigger_start):
        return True
    last = max(rc.unit.end, rc.trigger_end)
    if senses.hedged_link.search(" ".join(rules.lowers[last:last + 10])):
        return True  # 'aware of three crashes and two injuries that may be related to the defect': a guessed cause
    if senses.scenario.search(" ".join(rules.lowers)):
        return True  # 'In the worst case, 3,000 homes could be destroyed and 500 people hurt': a planning scenario
    # 'the policy could cost thousands of lives': the modal stands before the victims, not the noun
    return rc.rule == "noun" and rc.unit.start < rc.trigger_start and rules.hypothetical_at(rc.unit.start)


def _wished_or_required(rules: SentenceRules, t: int) -> bool:
    """'Protesters demanded that the officer be arrested': the bare auxiliary right before a
    casualty participle, with no infinitive marker before it, tells of a demand or a wish, never
    of a deed ('were reported to be injured' is a deed). 'Would have to be evacuated': an
    obligation under a modal is no deed either ('had to be evacuated' is)."""
    senses = rules.lex.senses
    lo = rules.lowers
    if t < 2 or lo[t - 1] not in senses.bare_auxiliary:
        return False
    if lo[t - 2] not in rules.g.infinitive_markers:
        return True
    return t >= 3 and lo[t - 3] in senses.obligation and any(
        w in rules.lex.hypothetical and w not in rules.g.infinitive_markers for w in lo[max(0, t - 6):t - 3])


def _counterfactual(rules: SentenceRules, t: int) -> bool:
    """'The weapons could have killed hundreds', 'he would have died', 'two men could have been
    killed': a modal of the ``counterfactual`` table with a perfect tells of what did not happen,
    and so does an adverb of the ``near_miss`` table right before the casualty word ('he nearly
    died')."""
    senses = rules.lex.senses
    lo = rules.lowers
    k = t - 1
    if k >= 0 and lo[k] in senses.perfect_passive:
        k -= 1
    if k >= 0 and lo[k] in senses.near_miss:
        return True  # 'he nearly died', 'was almost killed': what did not happen
    return k >= 1 and lo[k] in senses.perfect and lo[k - 1] in senses.counterfactual


#: No single incident kills, injures, abducts or loses this many people: a figure this large is
#: a cumulative or historical one ("Stalin killed millions of people").
_NO_INCIDENT_THAT_LARGE = 1_000_000
_PEOPLE_HARMED = frozenset({"killed", "injured", "missing", "kidnapped", "arrested"})


def beyond_one_incident(rc: RawClaim) -> bool:
    """A toll of a million or more dead, hurt, missing, abducted or arrested is history or a
    statistic, never one incident's (displacement and evacuation can be that large)."""
    return rc.category in _PEOPLE_HARMED and (rc.unit.best or 0) >= _NO_INCIDENT_THAT_LARGE


def generic_present(rules: SentenceRules, rc: RawClaim) -> bool:
    """'Drunk drivers kill thousands of Americans', 'guns kill people': a casualty verb in the
    simple present before its victims states what happens in general. (Headlines tell of
    incidents in the present tense too: the caller keeps such claims when they are in the title,
    and a sentence in title case, such as a headline quoted in a citation, is kept here.)"""
    if not (rc.rule == "active" and rc.trigger_end == rc.trigger_start + 1
            and rules.lowers[rc.trigger_start] in rules.lex.senses.generic_present):
        return False
    words = [t.text for t in rules.tokens[1:] if t.text[:1].isalpha()]
    return sum(w[:1].isupper() for w in words) < len(words) / 2


def _care(rules: SentenceRules, rc: RawClaim) -> bool:
    """'The patient was hospitalized': care words said of one person count as an injury only
    beside a word of violence, accident or disaster in the sentence or in the report's lede."""
    senses = rules.lex.senses
    if rc.unit.kind not in _ONE_PERSON or not senses.care.match(rules.lowers, rc.trigger_start) or rules.context:
        return False
    if _found(rules, senses.physical, rc.trigger_start + 1, rc.trigger_end, (0, 0)):
        return False  # the care names its injury: 'was treated at a hospital for wounds to his arm'
    return not _found(rules, senses.physical, 0, rules.n, _trigger(rc))


def _not_displaced_or_missing(rules: SentenceRules, rc: RawClaim) -> bool:
    """'The suspect fled the scene', 'two gunmen fled on foot': attackers getting away are not
    displaced, nor are people leaving for work or a better life with no word of harm near;
    'two senators were missing from the vote' is an absence, not missing people."""
    senses = rules.lex.senses
    lo = rules.lowers
    if rc.category == "displaced" and senses.border_crossing.match(lo, rc.trigger_start):
        # '45,000 people have crossed into Chad', fleeing fighting: refugees; a crowd crossing a
        # border with no word of flight or conflict near (or in the lede) is a journey
        return rc.unit.kind != "count" or (rc.unit.best or 0) < 10 or not (
            rules.context or any(w in senses.refugee_cues for w in lo))
    if rc.category == "displaced" and lo[rc.trigger_start] in rules.g.flee_words:
        if rc.unit.subgroup in senses.attacker_subgroups or rc.unit.subgroup == "militants":
            return True
        if _found(rules, senses.livelihood, 0, rules.n, (0, 0)) and not _found(rules, senses.physical, 0, rules.n,
                                                                               _trigger(rc)):
            return True  # 'lost their jobs, and many young people fled to the cities': people moving for work
        if rc.trigger_start > 0 and lo[rc.trigger_start - 1] in rules.lex.determiners_one | rules.g.definite_articles:
            return True  # 'the driver of the fleeing car': an adjective
        k = rc.trigger_end + (rc.trigger_end < rules.n and lo[rc.trigger_end] in rules.g.flee_from)
        if k < rules.n and senses.pursuers.match(lo, k):
            return True  # 'a driver fleeing a traffic stop', 'fled from police': getting away from the law
        if rc.unit.kind == "count" and (rc.unit.best or 0) >= 10 and _found(rules, senses.shelter, 0, rules.n, (0, 0)):
            return False  # '3,000 people who had sheltered in the school fled after the attack': a crowd leaving its shelter
        return bool(senses.escape.match(lo, rc.trigger_start))
    if rc.category == "displaced" and senses.shelter_stay.match(lo, rc.trigger_start):
        # 'spent the night in schools after the earthquake damaged their homes', '... in shelters':
        # out of their homes; 'spent the night in a leisure centre after a fire broke out' says not
        if rules.context and rc.trigger_end < rules.n and senses.makeshift_shelter.match(lo, rc.trigger_end):
            return False  # 'about 9,000 people spent the night in tents' after an earthquake; not campers at a festival
        return not _found(rules, senses.shelter, 0, rules.n, _trigger(rc))  # (not 'took shelter' itself)
    if rc.category == "missing" and rc.trigger_end + 1 < rules.n and lo[rc.trigger_end] in rules.g.missing_from:
        k = rc.trigger_end + 1
        while k < rules.n and k <= rc.trigger_end + 3 and lo[k] not in senses.missing_from:
            k += 1
        return k < rules.n and lo[k] in senses.missing_from
    return False


def _pictures_or_burns(rules: SentenceRules, rc: RawClaim) -> bool:
    """'Two reporters were shot by a photographer' (pictures taken), 'Obama was
    burned by the leak' (a figure of speech): no one hurt."""
    senses = rules.lex.senses
    word = rules.lowers[rc.trigger_start]
    if rc.category != "injured":
        return False
    te = rc.trigger_end
    g = rules.g
    if word in g.shoot_words and te + 1 < rules.n and rules.lowers[te] in g.photo_links:
        k = te + 2 if rules.lowers[te + 1] in g.photo_determiners else te + 1
        return k < rules.n and bool(senses.photography.match(rules.lowers, k))  # 'shot by a photographer'
    if word in g.burn_words:
        return not (_found(rules, senses.burn_context, 0, rules.n, _trigger(rc)) or _fire_in_lede(rules))
    return False


def _fire_in_lede(rules: SentenceRules) -> bool:
    """Whether the report's title and first paragraph tell of an incident and name fire ('threw a
    firebomb into a crowded bar ... Twenty patrons were burned')."""
    if not rules.context or not rules.lede_words:
        return False
    return any(_prefix(w) in rules.lede_words for w in rules.lex.senses.burn_context.single_words())


def _sports_or_fiction(rules: SentenceRules, rc: RawClaim) -> bool:
    """'Two players were hurt during practice' (a sports injury), 'in the film, the hero kills
    40 henchmen' (fiction): no casualty of a real incident. A player shot or stabbed is hurt
    by violence, whatever the sentence says of the game."""
    senses = rules.lex.senses
    if _found(rules, senses.fiction, 0, rules.n, (0, 0)) or _score_after(rules, max(rc.unit.end, rc.trigger_end)):
        return True  # ('The Chiefs killed the Raiders 42-3', 'Bayern massacred Bochum 7-0': a game's score)
    if rc.category != "injured" or any(senses.weapon_harm.match(rules.lowers, i)
                                       for i in range(rc.trigger_start, rc.trigger_end)):
        return False  # 'a player was stabbed outside the stadium after the game' is an attack
    return _found(rules, senses.sports, 0, rules.n, _trigger(rc)) \
        and not _found(rules, senses.physical, 0, rules.n, _trigger(rc))


def _score_after(rules: SentenceRules, end: int) -> bool:
    """Whether a game's score ('42-3', '7–0', '120 - 98') follows within two words of ``end``."""
    lo = rules.lowers
    for k in range(end, min(rules.n - 2, end + 3)):
        if lo[k] in (",", ";", ":", "(", "."):
            return False  # ('killed 12 people, 3-4 of them children')
        if lo[k].isdigit() and len(lo[k]) <= 3 and lo[k + 1] in ("-", "–") and lo[k + 2].isdigit() and len(lo[k + 2]) <= 3:
            return True
    return False


def _figurative(rules: SentenceRules, rc: RawClaim) -> bool:
    """'dead wrong', 'dead set against', 'killing time'."""
    t, te = rc.trigger_start, rc.trigger_end
    after = rules.lex.senses.figurative_after.get(rules.lowers[t]) if te == t + 1 else None
    return bool(after) and te < rules.n and rules.lowers[te] in after


def _lives_without_death(rules: SentenceRules, rc: RawClaim) -> bool:
    """'lives' is a toll only with a verb of losing or taking: 'claimed 27 lives', '12 lives were
    lost'; 'shattered 100 lives', 'saved thousands of lives' and 'stolen too many lives' are not."""
    if _phrase(rules, rc) not in rules.g.lives_nouns:
        return False
    verbs = rules.lex.senses.lives_verbs
    first = min(rc.unit.start, rc.trigger_start)
    last = max(rc.unit.end, rc.trigger_end)
    around = rules.lowers[max(0, first - 4):first] + rules.lowers[last:last + 4]
    return not any(w in verbs for w in around)


def _without_context(rules: SentenceRules, rc: RawClaim) -> bool:
    """'The tariffs are hurting millions of farmers': a verb with an everyday sense names a
    casualty only beside a word of violence, accident or disaster, and never of people named by a
    role of money ('killed by regulators, hurting thousands of shareholders'). 'About 700,000 people are
    homeless': a state that is also a social one counts only beside such a word or in a report
    whose lede tells of an incident."""
    senses = rules.lex.senses
    if senses.state_needs_context.match(rules.lowers, rc.trigger_start):
        return not (rules.context or _found(rules, senses.physical, 0, rules.n, _trigger(rc)))
    if rc.rule != "active":
        return False
    m = senses.needs_context.match(rules.lowers, rc.trigger_start)
    if not m:
        return False
    if rc.unit.head is not None and rc.unit.head.lower() in senses.economic_roles:
        return True  # 'The deal was killed by regulators, hurting thousands of shareholders': a role of money
    return not _found(rules, senses.physical, 0, rules.n, _trigger(rc))


def _window(rules: SentenceRules, rc: RawClaim) -> tuple[int, int]:
    first = min(rc.unit.start, rc.trigger_start)
    last = max(rc.unit.end, rc.trigger_end)
    return first - 6, last + 12


def _illness(rules: SentenceRules, rc: RawClaim) -> bool:
    """'Two inmates died of pneumonia', 'hospitalized for depression', 'flu deaths', 'the plague
    killed 25 million': illness is no casualty, unless a word of violence is near too ('died of
    complications from gunshot wounds'). Hospital care is an illness's anywhere in a sentence
    that names one; in a report whose lede tells of a disease and no incident, so are deaths
    and hospital stays told with everyday words."""
    if rc.category not in ("killed", "injured"):
        return False
    senses = rules.lex.senses
    a, b = _window(rules, rc)
    if senses.care.match(rules.lowers, rc.trigger_start):
        a, b = 0, rules.n  # 'treated for heat exhaustion ..., and 12 were taken to hospitals'
    if rules.disease and (senses.care.match(rules.lowers, rc.trigger_start) or _phrase(rules, rc) in
                                             _natural_phrases(senses.natural_death, rules, rc)):
        return not _found(rules, senses.incident, 0, rules.n, _trigger(rc))  # "... and that 39 had died"
    if not _found(rules, senses.illness, a, b, _trigger(rc)):
        return False
    words = rules.lowers[rc.trigger_start:rc.trigger_end]
    violent_trigger = any(senses.physical.match(words, i) and words[i] not in senses.generic_kill
                          for i in range(len(words)))  # 'stabbed a man to death'
    return not (violent_trigger or _found(rules, senses.physical, a, b, _trigger(rc)))


def _natural_death_of_one(rules: SentenceRules, rc: RawClaim) -> bool:
    """'The death of her father', 'he died', 'Smith is dead': one person's death told with a word
    that also tells of illness and old age counts only beside a word of violence, accident or
    disaster in the sentence (not one said of the person's own body: 'the reporter collapsed');
    a suicide that is no attack never does."""
    senses = rules.lex.senses
    u = rc.unit
    if rc.category != "killed" or u.kind not in _ONE_PERSON or u.subgroup in senses.attacker_subgroups \
            or u.head in rules.g.victim_heads:  # 'the victim died': a victim of the incident
        return False
    if _found(rules, senses.suicide, 0, rules.n, (0, 0)) and not _found(rules, senses.attacker_context, 0, rules.n,
                                                                        _trigger(rc)):
        return True  # 'before he hanged himself in his cell, ... suggesting he had been murdered'
    if _phrase(rules, rc) not in _natural_phrases(senses.natural_death, rules, rc):
        return False
    if rules.context:
        return False
    # 'the reporter collapsed ... and was pronounced dead': a person who collapses is taken ill
    body = u.end if u.end < rules.n and rules.lowers[u.end] in senses.said_of_a_body else None
    spans = [(0, rules.n)] if body is None else [(0, body), (body + 1, rules.n)]
    return not any(_found(rules, senses.physical, a, b, _trigger(rc)) for a, b in spans if a < b)


def _natural_phrases(index: PhraseIndex, rules: SentenceRules, rc: RawClaim) -> set[str]:
    m = index.match(rules.lowers, rc.trigger_start)
    return {" ".join(rules.lowers[rc.trigger_start:rc.trigger_start + m[0]])} if m else set()


def _not_a_person(rules: SentenceRules, rc: RawClaim) -> bool:
    """Victims that are no person: 'the same one seized by police' (a thing), 'Muslims were
    killed' (a group, not a named person), 'relatives of Americans killed by ...' (the
    participle tells of the Americans, not of the relatives)."""
    senses = rules.lex.senses
    u = rc.unit
    lo = rules.lowers
    if u.kind == "count" and u.head is None and u.end == u.start + 1 and u.start > 0 \
            and rules.tokens[u.start].text.lower() in rules.g.one_words and lo[u.start - 1] in senses.pronoun_one_after:
        return True
    if u.head is not None and (u.head.lower() in senses.things or (
            u.kind == "named" and u.head.split()[0].lower() in senses.institutions)):
        return True  # 'three amendments were killed', 'both bodies of Congress'
    if rc.rule == "frame" and rc.category == "kidnapped" and not _someone_held(rules, rc):
        return True  # 'holding the state budget hostage'
    if rc.rule == "noun" and u.qualifier == "ordinal" and _equated_with_a_thing(rules, rc):
        return True  # 'the first casualty of this fight will be our schools'
    if rc.rule == "noun" and rc.trigger_end < rules.n and lo[rc.trigger_end] in senses.compound_heads \
            and rc.trigger_end == rc.trigger_start + 1:
        return True  # '212 of 350 murder cases': the casualty word names the kind of case, not victims
    if rc.rule == "noun" and _animals_after(rules, rc.trigger_end):
        return True  # 'our center cares for 40 injured and orphaned animals'
    if u.head is None and u.kind == "partitive" and _animals_before(rules, u.start):
        return True  # 'More than 50 pilot whales stranded themselves ..., and 28 of them died'
    if u.head is None and u.kind in ("count", "vague") and (_animals_before(rules, u.start) or _animal_lede(rules)):
        return True  # 'Officers rescued 40 dogs from a home ... Several were injured. Three were found dead.'
    if rc.rule != "passive":
        return False
    if u.kind == "named" and (u.start == 0 or lo[u.start - 1] not in rules.g.list_joins) \
            and u.end < rules.n and senses.plural_verbs.match(lo, u.end) and lo[u.end - 1].endswith(rules.g.plural_suffixes):
        return True
    if u.head in senses.relation_nouns and any(lo[k] in rules.g.of and any(lo[x] in senses.relation_nouns for x in range(u.start, k))
                                               for k in range(u.start, u.end)) \
            and rules.aux_before(rc.trigger_start, u.end) == rc.trigger_start:  # (not "two of his friends")
        return True
    return False


def _animals_before(rules: SentenceRules, start: int) -> bool:
    """Whether the nearest creatures named before ``start`` in the sentence are animals, not
    people: then a bare figure or 'of them' counts the animals."""
    animals = rules.lex.senses.animals
    for k in range(start - 1, max(-1, start - 25), -1):
        if rules.person_noun(k):
            return False
        if animals.match(rules.lowers, k):
            return True
    return False


def _animal_lede(rules: SentenceRules) -> bool:
    """Whether the report's title and first paragraph tell of no incident and name animals ('40
    dogs rescued from hoarding home'): then a bare figure with no one named ('Three were found
    dead') counts the animals."""
    if rules.context or not rules.lede_words:
        return False
    return any(_prefix(w) in rules.lede_words for w in rules.lex.senses.animals.single_words())


def _someone_held(rules: SentenceRules, rc: RawClaim) -> bool:
    """Whether the words between a verb of holding and 'hostage' name people: a person noun, a
    name, a number or a pronoun ('took 12 people hostage', 'held the mayor hostage', 'took him
    hostage'), not a thing ('holding the budget hostage')."""
    senses = rules.lex.senses
    between = range(rc.trigger_start + 1, rc.trigger_end - 1)
    return not between or any(rules.person_noun(k) or rules.is_capitalised(k) or rules.lowers[k] in senses.object_pronouns
                               or rules.lowers[k][:1].isdigit() or k in rules.quantities for k in between)


def _equated_with_a_thing(rules: SentenceRules, rc: RawClaim) -> bool:
    """'The first casualty of this fight will be our schools', 'the first casualty of war is
    truth': an ordinal casualty said to be something that is no person (after its 'of' phrase
    and a copula: no person noun, name or number in the next words)."""
    lo = rules.lowers
    senses = rules.lex.senses
    k = rc.trigger_end
    while k < rules.n and k < rc.trigger_end + 8 and lo[k] not in rules.g.copulas and lo[k] not in senses.copula_futures:
        if lo[k] in (",", ";", ".", ":"):
            return False
        k += 1
    if k >= rules.n or (lo[k] not in rules.g.copulas and lo[k] not in senses.copula_futures):
        return False
    while k < rules.n and (lo[k] in rules.g.copulas or lo[k] in senses.copula_futures):
        k += 1
    after = range(k, min(rules.n, k + 4))
    if not after:
        return False
    return not any(rules.person_noun(j) or rules.is_capitalised(j) or lo[j][:1].isdigit() for j in after)


def _animals_after(rules: SentenceRules, end: int) -> bool:
    """Whether animals are named within three words after a casualty adjective ('40 injured and
    orphaned animals')."""
    animals = rules.lex.senses.animals
    for k in range(end, min(rules.n, end + 4)):
        if animals.match(rules.lowers, k):
            return True
        if rules.person_noun(k) or rules.lowers[k] in (",", ";", ".", ":"):
            return False
    return False
