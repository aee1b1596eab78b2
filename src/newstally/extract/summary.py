"""A report's overall figure per category: the ``extract --summary`` line.

Rules, in order (documented in docs/extraction.md):

1. Only claims about the report's own incident count (not hypotheticals, not other events).
2. A figure stated in the title is used only when the body gives none for the same
   category and subgroup (titles repeat and round the body's figures).
3. "Fatalities coded as N" (event-note style) is the coder's final figure and wins.
4. Within one sentence, separate claims of the same category and subgroup add up ("1 person
   died and 6 men were found shot dead" = 7); an overall toll in a sentence replaces them.
   Across sentences the largest figure of each subgroup stands (reports restate and update
   figures; tolls rise); a later sentence that tells only of more people ("two others were
   hurt", "a resident was also injured") or of another moment of the same attack ("He then
   drove to a motel and killed a guest") adds to the figure before it (see _added_sentences).
5. The total is the largest of: the figure for everybody (no subgroup), and the sum of the
   disjoint subgroups (soldiers + militants + civilians, where children, women and aid workers
   count only when no civilian figure as large covers them). Claims nested under another ("including 2 children")
   are never added. The attackers' own deaths ("the gunman killed himself") are added on top.
   Parts listed in one statement ("4 people as well as 2 policemen were killed") are disjoint,
   so their sum is a candidate total too. Restatements of the same victims are never added: a
   named victim restated by part of the name is one person; people named by a noun outside the
   lexicon ("two Americans") repeating, in another sentence, the number of a known group ("two
   soldiers") are the same dead (but not one person introduced with "a": "injured a cyclist ...
   The driver was treated" is 2); a nationality cuts across soldiers, police and civilians and
   adds only to other nationalities. Parts stated by different named sources add up when they are
   different dead (a rights group's protesters, state media's security forces), not when
   opposing sides give them for the same dead (an army's "3 militants", a rights group's "14
   civilians": the larger stands); each source's own total, with the unattributed claims, is a
   candidate too, and the largest stands.
6. Nobody (0) only when the report gives no positive figure for the category.
"""
from __future__ import annotations

import re as re1
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..model import CATEGORIES, DIED_OF_WOUNDS, Claim, Interval, Summary
from .lexicon import Lexicon

ATTACKERS = "attackers"
RELEASED = "released"  # the rule of captives told by their release ("two hostages were freed")
# categories whose attackers are others than the victims, added on top of them ("the gunman killed
# two people and then himself" is 3); the people arrested are mostly the attackers themselves
_ATTACKERS_APART = ("killed", "injured")


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _interval(claims: Sequence[Claim]) -> Interval:
    """The interval of several claims added together."""
    low: int | None = 0
    best = 0
    high: int | None = 0
    for c in claims:
        b = c.best or 0
        best += b
        low = _add(low, c.low)
        high = _add(high, c.high)
    if low is not None and low > best:
        low = best
    if high is not None and high < best:
        high = best
    return Interval(low, best, high)


def _sentence_figure(claims: Sequence[Claim]) -> Interval:
    tolls = [c for c in claims if c.toll]
    if tolls:
        return _interval([max(tolls, key=lambda c: c.best or 0)])
    return _interval(claims)


def _largest(figures: Iterable[Interval]) -> Interval | None:
    best: Interval | None = None
    for f in figures:
        if best is None or (f.best or 0) > (best.best or 0):
            best = f
    return best


def _group(lex: Lexicon, c: Claim) -> str | None:
    """The group a claim counts in: its subgroup; for people named by a noun outside the
    lexicon ("5 Palestinians", a misspelt "policmen"), that noun, so it adds to other parts."""
    if c.subgroup is None and c.victims in lex.generic_heads and not c.toll \
            and lex.grammar.total_heads and c.victims not in lex.grammar.total_heads:
        return "~" + c.victims  # "a bartender was hit ... a customer was grazed": a part, not everybody
    if c.subgroup is None and c.best == 1 and not c.toll and c.victims in lex.grammar.total_heads \
            and c.victims not in lex.grammar.everybody_heads and c.category in ("killed", "injured") and _introduced(lex, c):
        return "~" + c.victims  # "left a 22-year-old man with a fractured skull. A bouncer was treated for cuts": one
        # person introduced with "a", a part beside the others, not everybody
    if c.subgroup is not None or c.victims is None or c.victims in lex.generic_heads or c.toll:
        return c.subgroup
    if c.victims in lex.grammar.pronouns_one or not c.victims[:1].isalpha():
        return None
    return "~" + c.victims


def _name_words(name: str, titles: frozenset[str]) -> set[str]:
    return {w for w in re1.findall(r"[\w'’-]+", name.lower()) if w not in titles and len(w) > 1}


def _one_person_per_name(groups: dict[str | None, dict[int, list[Claim]]], titles: frozenset[str]) -> None:
    """Named victims restated by part of their name ('John Smith' ... 'Smith') are one person:
    their groups merge (in place)."""
    names = [g for g in groups if g is not None and g.startswith("~") and g[1:2].isupper()]
    for i, a in enumerate(names):
        for b in names[:i]:
            if a in groups and b in groups and _name_words(a[1:], titles) & _name_words(b[1:], titles):
                for sentence, cs in groups.pop(a).items():
                    groups[b][sentence].extend(cs)
                break


def _grouped(claims: Sequence[Claim], lex: Lexicon | None) -> dict[str | None, dict[int, list[Claim]]]:
    per: dict[str | None, dict[int, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        per[_group(lex, c) if lex else c.subgroup][c.sentence].append(c)
    if lex:
        _one_person_per_name(per, lex.grammar.name_titles)
    return per


def _by_subgroup(claims: Sequence[Claim], lex: Lexicon | None = None) -> dict[str | None, Interval]:
    """Per subgroup: per sentence the sum, across sentences the largest."""
    out: dict[str | None, Interval] = {}
    for sub, sentences in _grouped(claims, lex).items():
        got = _largest(_sentence_figure(cs) for cs in sentences.values())
        if got is not None:
            out[sub] = got
    return out


def _restated(lex: Lexicon, tops: Sequence[Claim], groups: dict[str | None, Interval]) -> set[str]:
    """Groups of people named outside the lexicon ("two Americans", "Sgt. John Smith") that
    restate, in another sentence, the same number of a group the lexicon knows ("two
    soldiers"): the same victims in other words, never added to them."""
    sentences: dict[str | None, set[int]] = defaultdict(set)
    wounds: set[str | None] = set()  # groups told only as people hurt who died later ("one of the injured officers")
    for sub, per in _grouped(tops, lex).items():
        sentences[sub] = set(per)
        if all(c.qualifier == DIED_OF_WOUNDS for cs in per.values() for c in cs):
            wounds.add(sub)
    out: set[str] = set()
    for sub, iv in groups.items():
        if sub is None or not sub.startswith("~"):
            continue
        if iv.best == 1 and all(_introduced(lex, c) for c in tops if _group(lex, c) == sub):
            continue  # "injured a cyclist ... The driver was treated": one more person, introduced by "a"
        for other, oiv in groups.items():
            if other is None or other.startswith("~") or other == sub or other in wounds:
                continue  # (the wounded who died later are not the dead told before them)
            if oiv.best == iv.best and not (sentences[sub] & sentences[other]):
                out.add(sub)
    return out


def _introduced(lex: Lexicon, c: Claim) -> bool:
    """Whether the one person of ``c`` is named with an indefinite article ("a cyclist", "A man in
    his 40s"): a new person, not one told of before in other words."""
    if not c.victims:
        return False
    words = _words(c.text)
    head = c.victims.split()[0].lower()
    at = next((i for i, w in enumerate(words) if w == head), None)
    return at is not None and any(w in lex.grammar.indefinite_articles for w in words[max(0, at - 3):at])


def _by_source(tops: Sequence[Claim]) -> list[list[Claim]]:
    """Claims grouped by who states them; unattributed claims go with every named source."""
    named: dict[str, list[Claim]] = defaultdict(list)
    loose: list[Claim] = []
    for c in tops:
        (named[c.attribution.lower()] if c.attribution else loose).append(c)
    if len(named) <= 1:
        return [list(tops)]
    return [cs + loose for cs in named.values()]


def _total(lex: Lexicon, tops: Sequence[Claim]) -> Interval:
    coded = [c for c in tops if c.rule == "coded"]
    if coded:
        return _interval(coded[:1])
    by_source = _by_source(tops)
    totals = [_source_total(lex, cs) for cs in by_source]
    if len(by_source) > 1:  # different sources telling of different dead add up
        totals.append(_source_total(lex, tops, contested=True))
    return _largest(totals) or Interval(0, 0, 0)


def _source_total(lex: Lexicon, tops: Sequence[Claim], contested: bool = False) -> Interval:
    """The total of claims that may add up. With ``contested``, they come from several named
    sources: then of two groups that opposing sides give for the same dead ("militants" and
    "civilians") only the larger stands."""
    groups = _by_subgroup(tops, lex)
    for sub in _restated(lex, tops, groups):
        groups.pop(sub)
    generic = groups.pop(None, None)
    among = [c for c in tops if c.subgroup == ATTACKERS]
    # ("Both bombers were among the dead": attackers named as part of a toll are in it, not on top)
    perp = groups.pop(ATTACKERS, None) if not among or any(c.rule not in ("among", "included") for c in among) else None
    if contested:
        for a, b in lex.contested_subgroups:
            if a in groups and b in groups:
                groups.pop(a if (groups[a].best or 0) < (groups[b].best or 0) else b)
    nations = _nationalities(tops, groups)
    # a group within another ("children" within "civilians") is covered by it only when the
    # other's figure can hold it: "two firefighters ... a resident was also injured" is 3
    parts = [iv for sub, iv in groups.items() if sub not in nations
             and not any(other != sub and lex.subgroup_within(sub, other) and (groups[other].best or 0) >= (iv.best or 0)
                         for other in groups)]
    total: Interval | None = generic
    for candidate in (parts, [groups[sub] for sub in nations]):
        if candidate:
            part_sum = _sum(candidate)
            if total is None or (part_sum.best or 0) > (total.best or 0):
                total = part_sum
    if perp is not None and tops and tops[0].category not in _ATTACKERS_APART:
        # the people arrested are mostly the attackers: "two men were arrested ... the suspect" is
        # no third arrest, but one sentence's claims are different people ("detained a suspect and
        # were holding two other people"); different people named one by one add up: _named_people
        per_sentence: dict[int, list[Claim]] = defaultdict(list)
        for c in tops:
            per_sentence[c.sentence].append(c)
        return _largest([total or Interval(0, 0, 0), perp, *(iv for iv, _ in _statement_sums(tops, lex)),
                         *(_sentence_figure(cs) for cs in per_sentence.values())]) or Interval(0, 0, 0)
    if perp is not None:
        total = perp if total is None else _sum([total, perp])
    # a statement's parts, and the attackers' own deaths stated apart ("killed his wife and his
    # daughter and then killed himself")
    sums = [iv if perp is None or with_perp else _sum([iv, perp]) for iv, with_perp in _statement_sums(tops, lex)]
    return _largest([total or Interval(0, 0, 0), *sums]) or Interval(0, 0, 0)


def _nationalities(tops: Sequence[Claim], groups: dict[str | None, Interval]) -> set[str]:
    """Groups named by a nationality or another capitalised people ("two Americans", "five
    Palestinians"). A nationality cuts across soldiers, police and civilians, so it is added
    to other nationalities only, never to those groups (parts of one statement still add up)."""
    out: set[str] = set()
    for c in tops:
        sub = "~" + c.victims if c.victims else None
        if sub in groups and c.victims[:1].islower() and c.victims.capitalize() in c.text:
            out.add(sub)
    return out


def _statement_sums(tops: Sequence[Claim], lex: Lexicon | None = None) -> list[tuple[Interval, bool]]:
    """Parts listed in one statement ("4 people as well as 2 policemen were killed") are
    disjoint: their sum is a total, whatever their subgroups (with whether attackers are among
    them)."""
    by: dict[tuple[int, int | None], list[Claim]] = defaultdict(list)
    for c in tops:
        if c.trigger is not None:
            by[(c.sentence, c.trigger)].append(c)
    # one sentence's statements of different people, each named by a noun ("A boy was critically
    # injured and two of his friends suffered injuries"), or each after the first told as more
    # people ("48 people were treated ..., and two officers were also hospitalised"): disjoint
    # too, unless one is a toll or a bare figure ("one soldier was killed [1 fatality]")
    per_sentence: dict[int, list[Claim]] = defaultdict(list)
    for c in tops:
        per_sentence[c.sentence].append(c)
    def part(c: Claim) -> bool:  # a group of its own, not a total ("eleven people") nor "among the injured"
        if c.toll or not c.victims or c.rule in ("among", "included"):
            return False
        if lex is None or c.victims not in lex.generic_heads:
            return True
        return bool(lex.grammar.everybody_heads) and c.victims not in lex.grammar.everybody_heads

    def more(cs: list[Claim]) -> bool:  # "27 others suffered burns, and five firefighters were also hurt"
        first = min(cs, key=lambda c: c.start)
        return lex is not None and not any(c.toll for c in cs) \
            and all(c is first or (c.victims and _adds(lex.grammar, c)) for c in cs)

    sentences = [cs for cs in per_sentence.values() if len({c.trigger for c in cs}) > 1
                 and len({c.victims for c in cs}) == len(cs) and (all(part(c) for c in cs) or more(cs))]
    return [(_interval(cs), any(c.subgroup == ATTACKERS for c in cs)) for cs in [*by.values(), *sentences] if len(cs) > 1]


def _sum(intervals: Sequence[Interval]) -> Interval:
    low: int | None = 0
    high: int | None = 0
    best = 0
    for iv in intervals:
        best += iv.best or 0
        low = _add(low, iv.low)
        high = _add(high, iv.high)
    return Interval(low, best, high)


def _added_sentences(lex: Lexicon, tops: Sequence[Claim], every: Sequence[Claim], text: str | None = None,
                     sequels: set[int] | None = None) -> set[int]:
    """Sentences whose every claim tells of more people than the report stated before: "Two
    others were hurt", "A resident was also injured", "Another three soldiers were wounded"
    (a word of ``additional_words`` before the casualty word, and no definite article first: "the
    other two" restates). Such a sentence adds to the figure before it. A claim of another
    category before it in its sentence is what "others" or "also" sets it apart from ("seven were
    killed and 35 others were wounded"): no addition then. With the report's ``text``, a sentence
    telling of another moment of the attack adds too (noted in ``sequels``)."""
    g = lex.grammar
    sequels = set() if sequels is None else sequels
    if not g.additional_words:
        return set()
    by: dict[int, list[Claim]] = defaultdict(list)
    for c in tops:
        by[c.sentence].append(c)
    first = min(by, default=0)
    out: set[int] = set()
    for sentence, cs in by.items():
        if sentence == first:
            continue
        if text is not None and _sequel(lex, text, cs):
            out.add(sentence)
            sequels.add(sentence)
            continue
        told = {c.victims for c in tops if c.sentence < sentence and c.victims}
        if all(_adds(g, c) or _also_another(g, c, told, text) for c in cs) and not any(
                o.sentence == sentence and o.category != cs[0].category and o.start < min(c.start for c in cs) for o in every):
            out.add(sentence)
    return out


_SENTENCE_END = re1.compile(r"[.!?][\"')\u201d\u2019]*\s+|\n")
_WORD = re1.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    """The words of ``text``, lower-cased (letters only: no digits, no punctuation)."""
    return _WORD.findall(text.lower())


def _sequel(lex: Lexicon, text: str, cs: Sequence[Claim]) -> bool:
    """A sentence telling of harm done by the same attack at another moment, on other people:
    "He then drove to a retirement home and killed a woman", "A second bomb exploded an hour
    later, killing a medic", "Earlier that morning the same assailant had killed two students",
    "Hours later, a firefighter was hurt when the tanker caught fire". A word of ``sequel_cues``
    before its first claim, no speech verb there ("Later, officials said 41 people had been
    treated" updates a figure), and claims that are neither tolls nor people told of before
    ("the three", "one of the wounded")."""
    g = lex.grammar
    if not g.sequel_cues:
        return False
    first = min(cs, key=lambda c: c.start)
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, first.start - 400), first.start)]
    before = _words(text[cuts[-1] if cuts else max(0, first.start - 400):first.start])
    if not before or any(w in lex.say_verbs for w in before):
        return False
    joined = f" {' '.join(before)} "
    if not any(f" {cue} " in joined for cue in g.sequel_cues):
        return False
    for c in cs:
        words = _words(c.text)
        if c.toll or c.negated or c.subgroup == ATTACKERS or not words or c.victims is None \
                or c.victims[:1].isupper() or (c.victims in g.pronouns_one and c.rule != "active") or c.rule == "noun" \
                or words[0] in g.restating_openers or words[0] in g.restating_words or words[0] in g.pronouns_one \
                or (len(words) > 2 and words[1] in g.of and words[2] in g.restating_openers | g.partitive_pronouns):
            return False  # (not the attacker's own death, "he later died", "Smith", "bodies", "the three"; but
            # "where he killed her": the attacker's new victim)
    return True


def _adds(g, c: Claim) -> bool:
    cut = (c.trigger - c.start) if c.trigger is not None and c.trigger > c.start else len(c.text)
    words = _words(c.text)
    before = _words(c.text[:cut]) if cut < len(c.text) else words
    if c.qualifier == DIED_OF_WOUNDS and c.category == "killed" and words:
        return True  # "One of the injured passengers died in hospital": a death besides the dead told before
    if not words or words[0] in g.definite_articles or words[0] in g.restating_words:
        return False
    if c.qualifier == "ordinal" and not c.toll and c.best == 1:
        return True  # "A second employee was later diagnosed": one more person, read so by resolve_ordinals
    seen = words if c.rule == "active" else before
    qualifier = _words(c.qualifier or "")
    if qualifier and seen[:len(qualifier)] == qualifier:
        seen = seen[len(qualifier):]  # "More than 70 people were injured": the qualifier adds no one
    return any(w in g.additional_words for w in seen)


def _also_another(g, c: Claim, told: set[str], text: str | None = None) -> bool:
    """'The councilman's wife, who ran outside, was also shot': a definite person named by a noun
    that no figure before named, with a word of ``also_words`` before the casualty word, is one
    more ('The driver was also killed' after 'two passengers died'; 'The attackers also killed the
    imam' after 'Three worshippers were killed')."""
    if not g.also_words or not c.victims or c.victims in told or c.victims in g.pronouns_one or c.victims[:1].isupper():
        return False
    if c.rule == "active" and text is not None and c.trigger is not None and c.trigger == c.start:
        after = _words(c.text)
        before = _words(text[max(0, c.start - 30):c.start])[-2:]
        return len(after) > 1 and after[1] in g.definite_articles and any(w in g.also_words for w in before)
    if c.rule not in ("passive", "harm") or c.trigger is None or c.trigger <= c.start:
        return False
    words = _words(c.text[:c.trigger - c.start])
    if text is not None and words and words[0] in g.definite_articles and g.also_after:
        after = " ".join(_words(text[c.end:c.end + 20])[:2])  # "The son of a producer contracted anthrax as well"
        if any(after == p or after.startswith(p + " ") for p in g.also_after):
            return True
    return bool(words) and words[0] in g.definite_articles and any(w in g.also_words for w in words)


def _with_additions(lex: Lexicon, tops: Sequence[Claim], every: Sequence[Claim], figure,
                    text: str | None = None) -> Interval | None:
    """The figure of the claims before the added sentences, plus each added sentence's own."""
    sequels: set[int] = set()
    added = _added_sentences(lex, tops, every, text, sequels)
    if not added:
        return None
    base = [c for c in tops if c.sentence not in added]
    if any(c.toll for c in base):
        return None  # a toll counts everyone: "a third resident has died ... two other residents"
    got = figure(base)
    if got is None:
        return None
    parts = [got]
    for sentence in sorted(added):
        cat = next(c.category for c in tops if c.sentence == sentence)
        prev = max(c.sentence for c in every if c.category == cat and c.sentence < sentence and not c.negated)
        if prev not in added and sentence not in sequels:
            said = figure([c for c in tops if c.sentence == prev])
            if said is None or said.best != got.best:
                continue  # others than a part told just before ("three died ... the woman died in
                # hospital. Two other residents were found dead"): among the figure before
        more = figure([c for c in tops if c.sentence == sentence])
        if more is not None:
            parts.append(more)
    return _sum(parts) if len(parts) > 1 else None


def _told_also(lex: Lexicon, tops: Sequence[Claim], text: str | None) -> Interval | None:
    """'A suspect was arrested on Monday. Police also arrested the driver of the getaway car':
    where arrested attackers are not added to the others (they are mostly the same people), a
    word of ``also_words`` in the clause of a later claim of the other kind tells of one more, as
    does a word of ``additional_words`` in a claim after the others in their sentence ('arrested
    47 people, while the department had detained 12 more suspects')."""
    words = lex.grammar.also_words
    if not text or not words:
        return None
    perp = [c for c in tops if c.subgroup == ATTACKERS]
    rest = [c for c in tops if c.subgroup != ATTACKERS]
    if not perp or not rest:
        return None

    def also(c: Claim) -> bool:
        at = c.trigger if c.trigger is not None else c.start
        clause = re1.split(r"[.;:!?,]", text[max(0, at - 60):at])[-1]
        return any(w in words for w in _words(clause))

    def more(c: Claim, b: Claim) -> bool:  # "arrested 47 people, while ... it had detained 12 more suspects"
        return b.sentence == c.sentence and b.start < c.start and _adds(lex.grammar, c)

    for later, before in ((perp, rest), (rest, perp)):
        if any((also(c) and all(b.sentence < c.sentence for b in before)) or (before and all(more(c, b) for b in before))
               for c in later):
            return _sum([_largest(_sentence_figure([c]) for c in g) or Interval(0, 0, 0) for g in (perp, rest)])
    return None


def _carried_out(lex: Lexicon, cat: str, claims: list[Claim], text: str | None) -> list[Claim]:
    """An order and what was done: "Authorities ordered the evacuation of about 30,000 residents
    ... By evening some 11,000 had been moved to evacuation centres" is 11,000. Claims of the
    categories of table ``orders`` (``casualties.json``) with one of its words in their clause,
    up to their end, tell of an order; when the report also says how many were actually
    moved, the orders are left out (an order alone stands: "ordered the evacuation of 12,000")."""
    from ..lang import table_of

    orders = (table_of("casualties", lex.language) or {}).get("orders") or {}
    if not text or cat not in orders.get("categories", ()):
        return claims
    words = frozenset(orders.get("words", ()))

    def ordered(c: Claim) -> bool:
        end = max(c.end, c.trigger or 0)  # ("were ordered to evacuate": the order is in the claim)
        before = re1.split(r"[.;:!?]", text[max(0, c.start - 60):end])[-1]
        return any(w in words for w in _words(before))

    done = [c for c in claims if not ordered(c)]
    return done if any(not c.in_title for c in done) else claims


def _named_people(lex: Lexicon, cat: str, tops: Sequence[Claim], figure: Interval, text: str | None) -> Interval:
    """For the categories of the ``named_people`` table (arrests), the figure is at least the
    number of different people the report names one by one, in any of its sentences ("police
    arrested the chief executive, Paolo Ferri ... The site manager was detained"); the same role
    or surname again is the same person, and people named by a count or an anonymous noun ("a
    man", "the suspect") are never added (:mod:`newstally.reconcile.people`)."""
    from ..reconcile.claims import load_cues
    from ..reconcile.people import named_count, person_keys

    try:
        cues = load_cues(lex.language)
    except Exception:  # no reconciliation table for the language
        return figure
    if cat not in cues.named_categories:
        return figure
    body = [c for c in tops if not c.in_title]
    after = {id(c): text[c.end:c.end + 80] for c in body} if text else {}
    people = named_count(body, lex, cues.anonymous, after, cues.ages)
    if people:  # and more people told of by a count ("... and two more staff members were taken into custody")
        people += sum(c.best or 0 for c in body if _adds(lex.grammar, c)
                      and not person_keys(c, lex, cues.anonymous, after.get(id(c), ""), cues.ages))
    if people <= (figure.best or 0):
        return figure
    return Interval(people if figure.low is None else max(figure.low, people), people,
                    None if figure.high is None else max(figure.high, people))


def _missing_less_found(lex: Lexicon, figure: Interval, usable: Sequence[Claim], text: str | None) -> Interval:
    """'Fifteen people were reported missing after the floods ... By Tuesday, the bodies of nine
    had been recovered': the missing found dead later are dead, no longer missing (15 - 9 = 6).
    Only when every death of the report is told after the last missing figure, as bodies found
    (a word of ``found_words`` in its clause), and no smaller missing figure follows: dead told
    beside the missing ('three killed and two missing') are other people, and a figure of those
    still missing (``still_missing``) is already what is left."""
    missing = [c for c in usable if c.category == "missing" and not c.negated and c.best]
    dead = [c for c in usable if c.category == "killed" and not c.negated and c.best and not c.in_title]
    if not text or not figure.best or not missing or not dead \
            or min(d.sentence for d in dead) <= max(c.sentence for c in missing):
        return figure
    if any(w in lex.grammar.still_missing for c in missing for w in _words(c.text)):
        return figure  # "32 people were still missing on Thursday ... Divers have recovered 17 bodies": a count of now

    def found(c: Claim) -> bool:
        before = _SENTENCE_END.split(text[max(0, c.start - 80):c.start])[-1]
        after = _SENTENCE_END.split(text[c.end:c.end + 80])[0]
        return any(w in lex.grammar.found_words for w in _words(f"{before} {c.text} {after}"))

    if not all(found(d) for d in dead):
        return figure
    gone = max(d.best or 0 for d in dead)
    if gone >= figure.best:
        return figure
    return Interval(None if figure.low is None else max(0, figure.low - gone), figure.best - gone,
                    None if figure.high is None else max(0, figure.high - gone))


def _missing_now(lex: Lexicon, figure: Interval, usable: Sequence[Claim]) -> Interval:
    """'Twelve fishermen are missing. Rescuers recovered four bodies on Monday; eight remain
    missing': a later sentence saying how many are still missing (a word of ``still_missing``
    in the claim) updates the larger figure before it, as people are found."""
    missing = [c for c in usable if c.category == "missing" and not c.negated and c.best and not c.in_title]
    if not missing:
        return figure
    last = max(c.sentence for c in missing)
    now = [c for c in missing if c.sentence == last and c.parent is None]
    if not any(w in lex.grammar.still_missing for c in now for w in _words(c.text)) \
            or all(c.sentence == last for c in missing):
        return figure
    got = _sentence_figure(now)
    return got if (got.best or 0) < (figure.best or 0) else figure


def summarize_claims(lex: Lexicon, doc_id: str, claims: Sequence[Claim], text: str | None = None) -> Summary:
    """The summary of one document from its claims (see the module docs for the rules); with
    the document's ``text``, a later sentence that tells of harm at another moment of the same
    attack adds too (see _sequel)."""
    figures: dict[str, Interval] = {}
    notes: dict[str, str] = {}
    usable = [_even_share(c, notes) if c.shared_by else c for c in claims if c.counts]
    for cat in CATEGORIES:
        cs = [c for c in usable if c.category == cat]
        if not cs:
            continue
        positive = [c for c in cs if not c.negated and c.best is not None]
        if not positive:
            if any(c.negated for c in cs):
                figures[cat] = Interval(0, 0, 0)
            continue
        positive = _carried_out(lex, cat, positive, text)
        body_keys = {c.subgroup for c in positive if not c.in_title}
        chosen = [c for c in positive if not c.in_title or c.subgroup not in body_keys]
        tops = [c for c in chosen if c.parent is None]

        def figure_of(cs: Sequence[Claim]) -> Interval:
            got = _total(lex, cs)
            more = _with_additions(lex, cs, usable, lambda xs: _total(lex, xs) if xs else None, text)
            return more if more is not None and (more.best or 0) > (got.best or 0) else got

        released = [c for c in tops if c.rule == RELEASED]
        if released and len(released) < len(tops):
            # captives set free are among those seized ("abducted 20 passengers ... Eight more were
            # released"): the larger of the two counts, never their sum
            figures[cat] = _largest([figure_of([c for c in tops if c.rule != RELEASED]), figure_of(released)]) \
                or Interval(0, 0, 0)
        else:
            figures[cat] = figure_of(tops)
        if cat not in _ATTACKERS_APART:
            also = _told_also(lex, tops, text)
            if also is not None and (also.best or 0) > (figures[cat].best or 0):
                figures[cat] = also
        figures[cat] = _named_people(lex, cat, tops, figures[cat], text)
        if cat == "missing":
            figures[cat] = _missing_less_found(lex, _missing_now(lex, figures[cat], usable), usable, text)
        # a part nested in a claim of its own subgroup ("seven civilians, two of them critically")
        # is no more of that subgroup
        own = [c for c in chosen if c.parent is None or not any(
            d.parent is None and d.subgroup == c.subgroup and d.sentence == c.sentence for d in chosen)]
        for sub, iv in sorted(_by_subgroup(own).items(), key=lambda kv: str(kv[0])):
            if sub is not None:
                more = _with_additions(lex, [c for c in tops if c.subgroup == sub], usable,
                                       lambda cs, sub=sub: _by_subgroup(cs).get(sub), text)
                figures[f"{sub}_{cat}"] = more if more is not None and (more.best or 0) > (iv.best or 0) else iv
    return Summary(id=doc_id, figures=figures, notes={k: v for k, v in notes.items() if k in figures})


def _even_share(c: Claim, notes: dict[str, str]) -> Claim:
    """A figure stated for N related attacks, the report's own among them ('264 others were wounded
    in the two attacks' in a report of the first of two bombs): GTD codes each attack as an
    incident and divides a joint figure evenly among them, so the best figure is the even share
    (rounded half up), the high one the joint figure (all of them could be this attack's), and the
    low one open. The summary's ``notes`` say so."""
    n = c.shared_by or 1
    share = (c.best * 2 + n) // (2 * n) if c.best else c.best
    notes[c.key] = notes[c.category] = f"even share of {c.best} stated for {n} related attacks"
    return replace(c, low=None, best=share, high=c.high)
