"""The rules that turn one sentence into claims.

A sentence is tokenised; number expressions found by :mod:`.numbers` become single ``Q``
tokens. Then every casualty word from the lexicon is read in its role:

* passive  -- victims stand before it: "27 people were killed", "200 others wounded";
* active   -- victims follow it: "killing 27", "evacuated more than 10,000 people";
* left     -- "left 27 (people) dead";
* noun     -- "27 deaths", "1 fatality", "the bodies of five men";
* toll     -- "the death toll rose to 27".

Victims are *units*: a quantity with an optional person noun ("21 militants"), a singular noun
phrase ("a police officer", "the assailant"), a name ("Krystle Campbell"), or a pronoun. Units
joined by "and", commas or "as well as" are separate parts; units after "including" are nested
in the unit before them when their subgroup fits in it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..model import DIED_OF_WOUNDS, Claim
from .lexicon import Lexicon
from .numbers import Quantity, find_quantities, parse_number, parse_ordinal
from .senses import (beyond_one_incident, generic_present, named_by_kin, named_earlier_event, physical_harm, speculative,
                     thing_released, told_in_a_proceeding)
from .senses import _prefix as lede_form  # the form of the words of ``lede_names``
from .sentences import Token, tokenize

# The words the rules read come from the language's grammar table (lang/<code>/grammar.json,
# see .grammar); only punctuation and the names of subgroups are written here.
_CLAUSE_BREAKS = frozenset({";", ":", "(", ")", "—", "–", "\"", "“", "”", "?", "!"})
_TOLL_BREAKS = frozenset({",", ";", ".", ":", "(", ")", "!", "?", "\"", "“", "”"})
ATTACKERS = "attackers"
_CROWD = 10  # people on the move in numbers: a displacement, not a few people's own trip
_INJURED_PASSIVE = frozenset({("passive", "injured")})
_KILLED_PASSIVE = frozenset({("passive", "killed")})

def _split_elisions(tokens: list[Token], elisions: frozenset[str]) -> list[Token]:
    """'l'attaque' -> 'l'' + 'attaque', 'dell'acciaieria' -> 'dell'' + 'acciaieria': an elided
    article or preposition is a word of its own."""
    out: list[Token] = []
    for tok in tokens:
        cut = tok.lower.find("'") + 1
        if 0 < cut < len(tok.lower) and tok.lower[:cut] in elisions:
            out.append(Token(tok.text[:cut], tok.lower[:cut], tok.start, tok.start + cut))
            out.append(Token(tok.text[cut:], tok.lower[cut:], tok.start + cut, tok.end))
        else:
            out.append(tok)
    return out


@dataclass
class Unit:
    """A group of victims in a sentence: tokens [start, end)."""

    start: int
    end: int
    low: int | None
    best: int | None
    high: int | None
    qualifier: str | None = None
    subgroup: str | None = None
    head: str | None = None
    kind: str = "count"  # count | one | named | pronoun | reflexive | partitive
    inherit: bool = False  # "others", "of them": take the subgroup of the unit before
    nested: bool = False  # stands after "including"
    held: bool = False  # called kidnapped or abducted: "a kidnapped girl"


@dataclass
class RawClaim:
    """A claim found in a sentence, before document-level context is added."""

    category: str
    unit: Unit
    trigger_start: int  # token indices of the casualty word(s)
    trigger_end: int
    rule: str
    hypothetical: bool = False
    toll: bool = False
    parent: int | None = None  # index into the sentence's raw claims
    extra: dict = field(default_factory=dict)


class SentenceRules:
    """Applies the rules of one :class:`Lexicon` to one sentence."""

    def __init__(self, lex: Lexicon, text: str, offset: int = 0, *, context: bool = False,
                 lede_words: frozenset[str] = frozenset(), disease: bool = False) -> None:
        self.lex = lex
        self.g = lex.grammar  # the language's function words
        self.context = context  # the report's lede tells of violence, accident or disaster (senses.py)
        self.disease = disease  # the report's lede tells of a disease and of no incident (senses.py)
        self.lede_words = lede_words  # the words of its title and first paragraph (senses.lede_names)
        self.text = text
        self.offset = offset
        tokens = tokenize(text, offset)
        if self.g.elisions:
            tokens = _split_elisions(tokens, self.g.elisions)
        self.tokens, self.quantities = self._merge(tokens, find_quantities(text, lex.language))
        self.lowers = [t.lower for t in self.tokens]
        self.n = len(self.tokens)
        self._trig: list = [False] * self.n  # memo of trigger look-ups (False = not looked up)
        self._harm_starts: set[int] = set()  # units said to be shot, stabbed ...: their death may follow
        self._died_after_clause: set[int] = set()  # "a soldier who was wounded ... later died": not injured
        self._passive_starts: set[int] = set()  # subjects of a passive read before: "was wounded and arrested"
        self._passive_verbs: set[int] = set()  # and those passives
        self._ages: frozenset[int] | None = None
        self._last_subgroup: str | None = None  # of the last claim found: "one attacker was killed and two were captured"
        self._agent_harm: set[int] = set()  # "was diagnosed with anthrax": read as harm (rule ``harm``)
        self._across_clause: dict[int, tuple[int, int]] = {}  # subjects read across a relative clause: its span
        self.captives_told = False  # an earlier sentence of the report counted people kidnapped (document.py)

    # --- tokens -------------------------------------------------------------------------
    def _merge(self, tokens: list[Token], qs: list[Quantity]) -> tuple[list[Token], dict[int, Quantity]]:
        """Collapse the tokens of each quantity into one token whose lower form is '<q>'."""
        out: list[Token] = []
        qmap: dict[int, Quantity] = {}
        qi = 0
        i = 0
        off = self.offset
        while i < len(tokens):
            tok = tokens[i]
            while qi < len(qs) and qs[qi].end + off <= tok.start:
                qi += 1
            if qi < len(qs) and qs[qi].start + off <= tok.start < qs[qi].end + off:
                q = qs[qi]
                qmap[len(out)] = q
                out.append(Token(q.text, "<q>", q.start + off, q.end + off))
                while i < len(tokens) and tokens[i].start < q.end + off:
                    i += 1
                qi += 1
                continue
            out.append(tok)
            i += 1
        return out, qmap

    def trigger_at(self, i: int) -> tuple[int, frozenset[tuple[str, str]]] | None:
        """The casualty word starting at token i (memoised lexicon look-up)."""
        got = self._trig[i]
        if got is False:
            got = self._trig[i] = self.lex.triggers.match(self.lowers, i)
        return got

    def _harm_at(self, k: int) -> bool:
        """Whether the casualty word at token k is one of harm ('shot', 'stabbed': injured unless a
        death is told)."""
        m = self.trigger_at(k)
        return bool(m) and self.phrase_key(k, k + m[0]) in self.lex.harm

    def phrase_key(self, t: int, te: int) -> tuple[str, ...]:
        """Tokens [t, te) in the form the lexicon's phrase sets (self_killed, harm) hold: lemmas
        where the language lemmatizes."""
        lemma = self.lex.lemma
        return tuple(lemma(w) for w in self.lowers[t:te]) if lemma else tuple(self.lowers[t:te])

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.lowers[i][:1].isalpha()

    def is_capitalised(self, i: int) -> bool:
        t = self.tokens[i].text
        return t[:1].isupper() and t[:1].isalpha()

    # --- units --------------------------------------------------------------------------
    def person_noun(self, i: int) -> tuple[int, str | None, str] | None:
        """A person noun at i: (words, subgroup, head)."""
        if i >= self.n:
            return None
        m = self.lex.people.match(self.lowers, i)
        if m is None and self.lex.morph is not None and self.is_word(i):
            m = self.lex.people.match(self.lemmas, i)  # "людей", "военнослужащих": by their lemma
        if m is None and self.lex.capitalised_nouns and self.is_capitalised(i):
            m = self._compound_person(i)  # "Bundeswehrsoldaten", "Bauarbeiter"
        if m is None:
            if self.lowers[i] in self.g.head_nouns and i + 2 < self.n and self.lowers[i + 1] in self.g.of and self.is_word(i + 2) \
                    and self.lowers[i + 2] not in self.lex.not_people:
                return 1, None, self.lowers[i]  # "the district head of intelligence" (not "500 head of cattle")
            return None
        n, sub = m
        return n, sub, " ".join(self.lowers[i:i + n])

    def _compound_person(self, i: int) -> tuple[int, str | None] | None:
        """Where nouns are capitalised and written together (German): a noun that ends with a
        person noun of five letters or more after a stem of three or more is that person
        ('Bundeswehrsoldaten', 'Heimbewohner', 'Unfallopfer')."""
        cache = self.__dict__.setdefault("_compounds", {})
        if i not in cache:
            w = self.lowers[i]
            cache[i] = next((m for k in range(3, len(w) - 4) if (m := self.lex.people.match([w[k:]], 0)) is not None
                             and m[0] == 1), None) if self.is_word(i) and not self.trigger_at(i) else None
            # (not a casualty noun: "drei Todesopfer")
        return cache[i]

    @property
    def lemmas(self) -> list[str]:
        """The lemma of every token (for languages with a morphological analyser)."""
        got = getattr(self, "_lemmas", None)
        if got is None:
            got = self._lemmas = [self.lex.morph(w).lemma or w for w in self.lowers]
        return got

    def _plural(self, word: str) -> bool:
        """A plural person noun ('men', 'police', 'officers'; not 'witness')."""
        g = self.g
        return word in g.plural_no_s or (word.endswith(g.plural_suffixes) and not word.endswith(g.not_plural_suffixes))

    def _looks_like_people(self, word: str, token: Token) -> bool:
        if word in self.lex.not_people:
            return False
        if self.lex.morph is not None:
            return self.lex.morph(word).animate  # "жильцов", "горняков"
        if token.text[:1].isupper() and word.endswith(self.g.group_suffixes):
            return True  # a demonym or group: "Palestinians", "Israelis", "Afghans"
        return word.endswith(self.g.person_suffixes) and len(word) > 4

    def unit_at(self, i: int, *, allow_names: bool = True, loose: bool = False) -> Unit | None:
        """Parse one unit starting at token i. ``loose``: a member of a list of people, where a
        singular noun shaped like a person's ('a supervisor', 'the signalman') is one."""
        if i >= self.n:
            return None
        lo = self.lowers
        g = self.g
        start = i
        if lo[i] in g.those_of and i + 2 < self.n and lo[i + 1] in g.of and lo[i + 2] not in g.partitive_pronouns:
            u = self.unit_at(i + 2, allow_names=allow_names, loose=loose)
            if u is not None and u.best is not None:
                u.start = i  # "including those of the four assailants": the people of the phrase after 'of'
                return u
        # "the 27 dead", "his two roommates", "the other five", "another 3"
        j = i
        inherit = False
        at_least = False
        # "A total of 17 people were wounded" (as the subject only: "crashes that killed a total of
        # 346 people" sums up several events)
        total_ok = i == 0 or lo[i - 1] in g.subject_openers
        if not total_ok and i >= 1 and lo[i] in g.indefinite_articles and self.trigger_at(i - 1):
            # "injuring a total of 12 people" by one attack; not "crashes that killed a total
            # of 346", "two crashes killed a total of", "have killed a total of": sums over
            # several events
            total_ok = any(r == "active" for r, _ in self.trigger_at(i - 1)[1]) and not (
                i >= 2 and lo[i - 2] in g.sum_openers) and "<q>" not in lo[:i - 1]
        while j < self.n and j - i < 4 and (lo[j] in g.prefix_determiners or lo[j] in g.at_least_words
                                            or (total_ok and (lo[j] in g.total or (lo[j] in g.of and j > i
                                                                                 and lo[j - 1] in g.total)))):
            nxt = j + 1
            if not any(nxt + k < self.n and lo[nxt + k] == "<q>" for k in range(0, 4 - (j - i))):
                break
            inherit = inherit or lo[j] in g.inherit_words
            at_least = at_least or lo[j] in g.at_least_ends
            j += 1
        if lo[j] == "<q>":
            if j == i and i >= 2 and lo[i - 1] in g.of and lo[i - 2] in self.lex.senses.family_heads:
                return None  # "father of two who was shot": the size of his family, not victims
            unit = self._quantity_unit(start, j, inherit)
            if unit is not None and at_least and unit.qualifier is None:
                unit.low, unit.high, unit.qualifier = unit.best, None, "at least"
            return unit
        j = i
        if lo[j] in g.both and j + 1 < self.n:
            pn = self.person_noun(j + 1)  # "both men": two
            if pn is not None and pn[2] not in g.inherit_heads:
                n, sub, head, end = self._compound(j + 1, pn)
                return Unit(start, self._skip_of_phrase(end), 2, 2, 2, qualifier="both", subgroup=sub, head=head)
            return None
        if lo[j] in g.another and not (j + 1 < self.n and self.is_word(j + 1) and lo[j + 1] not in self.lex.aux
                                       and not self.trigger_at(j + 1)):
            return Unit(start, j + 1, 1, 1, 1, kind="one", head=lo[j], inherit=True)  # "injuring another"
        ordinal = self._ordinal_alone(j)
        if ordinal is not None:
            return ordinal
        if lo[j] in g.definite_articles and j + 2 < self.n and lo[j + 1] in g.other_heads and lo[j + 1] in g.inherit_words \
                and (lo[j + 2] in self.lex.aux or self.trigger_at(j + 2) or self._injury_predicate(j + 2)) \
                and any(lo[k] in g.one_words or (lo[k] == "<q>" and self.quantities[k].best == 1) for k in range(j)):
            return Unit(start, j + 2, 1, 1, 1, kind="one", inherit=True)  # "one was killed and the other was hurt"
        if lo[j] in g.partitive_one or (lo[j] in self.lex.determiners_one and j + 1 < self.n
                                         and lo[j + 1] in g.partitive_one):
            # "uno de ellos", "l'un d'eux", "einer von ihnen", "один из них": one of the people before
            k = j + 1 if lo[j] in g.partitive_one else j + 2
            unit = self._partitive(Unit(start, k, 1, 1, 1, kind="one", head=lo[k - 1]), k)
            if unit is not None:
                return unit
        if lo[j] in g.one_words and j + 1 < self.n and lo[j + 1] in g.how_badly:
            return Unit(start, j + 1, 1, 1, 1)  # "shot two officers, one fatally"
        if lo[j] in g.one_words and j > 0 and (lo[j - 1] == "," or lo[j - 1] in g["and"]) \
                and self.aux_after(j + 1) < self.n and self.trigger_at(self.aux_after(j + 1)):
            # "ficaram feridas e uma morreu", "y una murió": the word for one alone as the subject
            # (English reads "one" as a number)
            return Unit(start, j + 1, 1, 1, 1, kind="one", head=lo[j], inherit=True)
        if lo[j] in self.lex.determiners_one:
            if lo[j] in g.possessive_pronoun_one and j > 0 and self.trigger_at(j - 1) and j + 1 < self.n \
                    and self.lex.conjunctions.match(lo, j + 1) and not self.person_noun(j + 2):
                return Unit(start, j + 1, 1, 1, 1, kind="pronoun", head=lo[j])  # "killed her and wounded her boyfriend"
            return self._singular_unit(start, j + 1, loose=loose)
        if lo[j] in g.pronouns_one and not self.person_noun(j + 1):
            if lo[j] in g.possessive_pronoun_one and j + 1 < self.n and self.is_word(j + 1) and lo[j + 1] not in self.lex.aux:
                return None  # "her son" is a possessive, handled as a determiner
            return Unit(start, j + 1, 1, 1, 1, kind="pronoun", head=lo[j])
        if lo[j] in g.reflexive_one:
            return Unit(start, j + 1, 1, 1, 1, kind="reflexive", subgroup=ATTACKERS, head=lo[j])
        if self.lex.bare_nouns:
            unit = self._bare_noun(start, j)
            if unit is not None:
                return unit
        if allow_names and self.is_capitalised(j):
            unit = self._name_unit(start, j)
            if unit is not None or not self.person_noun(j):
                return unit  # else "Officer Mark Lee": a title, then the name
        pn = self.person_noun(j)
        if allow_names and pn is not None and j + pn[0] < self.n and self.is_capitalised(j + pn[0]):
            unit = self._name_unit(start, j + pn[0])  # "spectator Krystle Campbell"
            if unit is not None:
                unit.subgroup = pn[1]
            return unit
        return None

    def _partitive(self, unit: Unit, k: int) -> Unit | None:
        """``unit`` followed at k by "of them", "of whom", "of the victims", "von ihnen": a part of
        the people named before (it takes their subgroup unless it names its own); else None."""
        lo = self.lowers
        g = self.g
        if k + 2 < self.n and lo[k] in g.of and lo[k + 1] in g.partitive_possessives:
            pn = self.person_noun(k + 2)
            if pn is not None:  # "two of his aides": people of their own, not a part of those before
                _, sub, head, end = self._compound(k + 2, pn)
                unit.subgroup, unit.head, unit.end = sub, head, end
                return unit
            pn = self.person_noun(k + 3) if lo[k + 2] == "<q>" and k + 3 < self.n else None
            if pn is not None:  # "two of his three sons", "4,000 of its 12,000 residents": a part of a counted whole
                _, sub, head, end = self._compound(k + 3, pn)
                unit.subgroup, unit.head, unit.end, unit.kind, unit.inherit = sub, head, end, "partitive", True
                return unit
        if k < self.n and lo[k] in g.partitive_contracted:  # "um deles"
            unit.end = k + 1
        elif k + 1 < self.n and (lo[k] in g.of or lo[k] in g.partitive_of) and lo[k + 1] in g.partitive_after_of:
            unit.end = k + 2
        elif k + 1 < self.n and (unit.best == 1 or lo[k] in g.of_the_plural) \
                and (lo[k] in g.of_the_plural or (lo[k] in g.of and not g.definite_articles)) \
                and (self.trigger_at(k + 1) or self.person_noun(k + 1)):
            unit.end = k + 1  # "l'un des blessés", "uno dei feriti", "um dos feridos", "один из раненых";
            # "deux des blessés", "due dei feriti", "zwei der Verletzten"
        else:
            return None
        unit.kind = "partitive"
        unit.inherit = True
        if unit.end == k + 2 and lo[k + 1] in g.partitive_pronouns and unit.best == 1 and k + 2 < self.n \
                and lo[k + 2] == ",":
            unit.end = self._skip_apposition(k + 2)  # "One of them, a 22-year-old, was pronounced dead"
        if unit.end == k + 2 and lo[k + 1] in g.definite_articles and k + 2 < self.n \
                and lo[k + 2] in g.partitive_pronouns:
            unit.end = k + 3  # "dos de los cuales niños"
        elif unit.end == k + 2 and lo[k + 1] in g.definite_articles and k + 2 < self.n:
            at = k + 2
            pn = self.person_noun(at)
            if pn is None and k + 3 < self.n and (self.is_word(k + 2) or lo[k + 2] == "<q>") \
                    and self.person_noun(k + 3) and lo[k + 2] not in self.lex.aux:
                at = k + 3  # "one of the wounded officers", "two of the three robbers"
                pn = self.person_noun(at)
            if pn and at + pn[0] < self.n and self.trigger_at(at + pn[0]):
                pn = None  # "one of the three soldiers wounded in the ambush died": the participle tells of
                # the whole set, read on its own ("the three soldiers wounded"); the part's verb comes later
            if pn:
                unit.held = at == k + 3 and self._held_modifier(k + 2)  # "15 of the abducted villagers"
                unit.end = self._skip_apposition(at + pn[0])  # "One of the wounded officers, Carl Mertens, died"
                if pn[1] == ATTACKERS:  # "four of the attackers": the attackers' own dead
                    unit.subgroup, unit.head, unit.inherit = pn[1], pn[2], False
                elif pn[1] is not None:  # "one of the two robbers": of their own group
                    unit.subgroup, unit.head = pn[1], pn[2]
        pn = self.person_noun(unit.end)
        if pn is not None:  # "two of them children"
            unit.subgroup, unit.head = pn[1], pn[2]
            unit.end += pn[0]
        return unit

    def _quantity_unit(self, start: int, j: int, inherit: bool) -> Unit | None:
        q = self.quantities[j]
        lo = self.lowers
        g = self.g
        k = j + 1
        unit = Unit(start, k, q.low, q.best, q.high, qualifier=q.qualifier, inherit=inherit)
        if q.kind == "vague":
            unit.kind = "vague"
            if q.qualifier in self.lex.unquantified:
                unit.low = unit.best = unit.high = None  # "a number of soldiers": no figure given
        partitive = self._partitive(unit, k)
        if partitive is not None:
            return partitive
        m = k
        if k + 1 < self.n and lo[k] in g.of and self.person_noun(k + 1):
            m = k + 1  # "1,2 millones de personas", "2,3 millions de personnes"
        mods = 0
        while m < self.n and mods <= 4:
            pn = self.person_noun(m)
            got = self.trigger_at(m) if pn is not None else None
            if got and (got[0] > pn[0] or lo[m] in g.casualty_nouns) and any(r == "noun" for r, _ in got[1]):
                pn = None  # "três vítimas mortais": the longer casualty noun, not the person noun; "four casualties"
            if pn is not None:
                n, sub, head, end = self._compound(m, pn)
                if head in g.other_heads:
                    unit.inherit = True
                    sub = None
                else:
                    end, sub = self._coordinated_heads(end, sub)
                unit.subgroup, unit.head = sub, head
                unit.end = self._skip_apposition(self._skip_of_phrase(end))
                return unit
            w = lo[m]
            if w in g.more_words:
                unit.inherit = True
                m += 1
                continue
            acronym = len(self.tokens[m].text) > 1 and self.tokens[m].text.isupper()  # "AS", "IS", "SNA"
            if not self.is_word(m) or (not acronym and (w in g.stop_modifiers or w in self.lex.aux)):
                break
            if self._held_modifier(m) and m == k:
                unit.held = True  # "12 abducted schoolgirls"
                m += 1
                continue
            got = self.trigger_at(m)
            if got and m == k and self.lex.postposed_subject and any(r == "noun" and c == "injured" for r, c in got[1]) \
                    and self._dies_next(m + got[0]):
                unit.head, unit.end = lo[m], m + got[0]  # "deux blessés ont succombé": the injured who died
                return unit
            if got and got[0] == 1 and all(c in ("displaced",) for _, c in got[1]) and self.person_noun(m + 1):
                mods += 1  # "two homeless men": a modifier of the people, no figure of its own
                m += 1
                continue
            if got or self.lex.conjunctions.match(lo, m) or self.lex.including.match(lo, m) \
                    or (m == k and self._injury_predicate(m)):
                break  # ("two survived with injuries": the predicate of a bare number)
            mods += 1
            m += 1
        if m == k or all(lo[x] in g.more_words for x in range(k, m)):
            unit.end = self._skip_apposition(m)
            return unit  # a bare number: "27 killed", "killing 5", "one other"
        last = m - 1
        if self._looks_like_people(lo[last], self.tokens[last]) and (m >= self.n or lo[m] not in self.lex.not_people):
            unit.head, unit.end = lo[last], m
            return unit
        if unit.best == 1 and m == k + 1 and self._person_shaped(k):
            unit.head, unit.end = lo[k], m  # "The priest and one parishioner died": one person named by a trade or role
            return unit
        return None

    def _coordinated_heads(self, end: int, sub: str | None) -> tuple[int, str | None]:
        """'Seventeen students and staff members were killed', 'five soldiers and police officers':
        one number counts two plural person nouns joined by 'and' (no number or determiner before
        the second), when the verb or the end of the phrase follows them. (The end of the unit and
        its subgroup: none when the two differ.)"""
        lo = self.lowers
        g = self.g
        if end + 1 >= self.n or lo[end] not in g["and"]:
            return end, sub
        pn = self.person_noun(end + 1)
        if pn is None or pn[2] in g.other_heads or pn[2] in g.inherit_heads:
            return end, sub
        _, sub2, head2, end2 = self._compound(end + 1, pn)
        if end + 1 + pn[0] < self.n and lo[end + 1 + pn[0]] in self.lex.hostage_states:
            sub2, head2, end2 = pn[1], pn[2], end + 1 + pn[0]  # "held 170 guests and staff hostage": no compound
        last = head2.split()[-1]
        if not self._plural(last):
            return end, sub
        if end2 < self.n and not (self.is_aux(end2) or self.trigger_at(end2) or lo[end2] in (",", ".", ";")
                                  or lo[end2] in g.place_prepositions or lo[end2] in self.lex.hostage_states):
            return end, sub  # (the state of captives: "held 170 guests and staff hostage")
        return end2, sub if sub == sub2 else None

    def _bare_noun(self, start: int, j: int) -> Unit | None:
        """Languages without articles: a person noun alone in the singular is one person ("погиб
        водитель", "Водитель автомобиля погиб"); adjectives may stand before it."""
        m = j
        modifiers = 0
        while m < self.n and modifiers <= 2:
            pn = self.person_noun(m)
            if pn is not None:
                n, sub, head = pn
                if self.lex.morph is None or self.lex.morph(self.lowers[m]).plural:
                    return None
                end = self._skip_of_phrase(m + n)
                if self.g.age_nouns:
                    end = self._skip_age_phrase(end)  # "Мужчина 42 лет скончался"
                return Unit(start, end, 1, 1, 1, subgroup=sub, head=head, kind="one")
            if self.lowers[m].isdigit() and m + 2 < self.n and self.lowers[m + 1] == "-" \
                    and self.lowers[m + 2].startswith(self.g.year_prefixes):
                m += 3  # "34-летний местный житель"
                continue
            if not self.is_word(m) or self.trigger_at(m) or self.lowers[m] in self.lex.aux:
                return None
            if self.lex.morph is None or not self.lex.morph(self.lowers[m]).adjective:
                return None
            m += 1
            modifiers += 1
        return None

    def _singular_unit(self, start: int, j: int, loose: bool = False) -> Unit | None:
        """'a man', 'the assailant', 'one soldier', 'her son': a person noun in the singular.
        ``loose`` (a list member next to other people): a noun with a person's ending too ('the
        site engineer and a supervisor')."""
        m = j
        mods = 0
        lo = self.lowers
        g = self.g
        ordinal = self.ordinal_at(j) if lo[j - 1] in g.articles else None
        held = False
        if ordinal is not None:
            m += ordinal[1]  # "a fourth person", "the 6th victim"
        while m < self.n and mods <= 3:
            pn = self.person_noun(m)
            if pn is not None:
                n, sub, head, end = self._compound(m, pn)
                words = head.split()  # "preneur d'otages", "member of parliament": the noun before 'of'
                last = words[0] if any(w in g.of for w in words[1:-1]) else words[-1]
                if self._plural(last):
                    return self._plural_attackers(start, j, sub, head, end)
                if head in g.not_singular_heads:
                    return None
                named = self._name_after(end) if lo[j - 1] not in g.articles else None
                if named is not None:  # "her aide Tom Rivera": the person by name
                    named.start, named.subgroup = start, sub
                    return named
                end = self._skip_apposition(self._skip_of_phrase(end, one=True))
                if ordinal is not None and (lo[j - 1] not in g.definite_articles or last in g.ordinal_heads):
                    v = ordinal[0]  # the newest victim tells the toll: "a fourth person died" = 4
                    return Unit(start, end, v, v, v, qualifier="ordinal", subgroup=sub, head=head, held=held)
                if last in g.pair_nouns and lo[j - 1] in g.articles:
                    return Unit(start, end, 2, 2, 2, subgroup=sub, head=head, held=held)  # "the couple were injured"
                return Unit(start, end, 1, 1, 1, subgroup=sub, head=head, kind="one", held=held)
            age = self._age_shape(m)
            if age is not None:
                w, k = age
                if self.person_noun(w) and not self.person_noun(k):
                    m = w  # "ein 31-Jähriger": the age is the noun
                    continue
                if k >= self.n or (not self.person_noun(k) and (
                        not self.is_word(k) or lo[k] in self.lex.aux or lo[k] in g.agent_prepositions
                        or lo[k] in g.stop_modifiers  # "hanno arrestato un 35enne per l'omicidio"
                        or lo[k] in g.place_prepositions or lo[k] in g.of_phrase_openers or self.trigger_at(k)
                        or self.lex.conjunctions.match(lo, k))):
                    # "an unarmed 18-year-old by a police officer", "a 17-year-old was stabbed": the age is the noun
                    return Unit(start, k, 1, 1, 1, kind="one", head=self.tokens[w].text.lower(), held=held)
                m = k  # "a 12-year-old boy"
                mods += 1
                continue
            owner = self._body_owner(start, m)
            if owner is not None:
                return owner
            if m == j and lo[m] in g.prenominal_openers and not (j >= 2 and lo[j - 2] == ","):  # (", der in ...": a relative)
                noun = self._prenominal_noun(m)
                if noun is not None:
                    m = noun  # "ein bei dem Unfall schwer verletzter Motorradfahrer": the person noun after the phrase
                    mods += 1
                    continue
            if m + 2 < self.n and lo[m] in self.lex.aux and lo[m] not in g.stop_modifiers and self.trigger_at(m + 1) \
                    and self.trigger_at(m + 1)[0] == 1 and self.person_noun(m + 2):
                m += 1  # an adverb before the wounds of the person: "the badly injured man", "der schwer verletzte Mann"
                mods += 1
                continue
            if not self.is_word(m) or lo[m] in g.stop_modifiers or lo[m] in self.lex.aux:
                return None
            if m > j and (lo[m] in g.articles or (self.lex.conjunctions.match(lo, m) and m + 1 < self.n and (
                    lo[m + 1] in g.articles or lo[m + 1] in self.lex.determiners_one))):
                return None  # "a signalman and the driver": two phrases (but "a drug and kidnapping suspect")
            if m == j and lo[j - 1] in g.indefinite_articles and self.is_capitalised(m) and lo[m].endswith(g.demonym_suffixes) \
                    and m + 1 < self.n and (lo[m + 1] in self.lex.aux or self.trigger_at(m + 1) or lo[m + 1] == ","
                                            or (lo[m + 1].endswith(g.past_suffixes) and not self.is_capitalised(m + 1))):
                return Unit(start, m + 1, 1, 1, 1, kind="one", head=lo[m], held=held)  # "A Palestinian stabbed ..."
            if loose and self._person_shaped(m):
                return Unit(start, m + 1, 1, 1, 1, kind="one", head=lo[m], held=held)
            if not loose and m - j <= 1 and m + 1 < self.n and lo[m + 1] in g.who and self._person_shaped(m, m + 2):
                return Unit(start, m + 1, 1, 1, 1, kind="one", head=lo[m], held=held)  # "a rubber tapper who was passing by"
            if not loose and m - j <= 1 and m + 1 < self.n and lo[m + 1] in g.singular_aux and self._person_shaped(m) \
                    and self._suffered_next(m + 1):
                return Unit(start, m + 1, 1, 1, 1, kind="one", head=lo[m], held=held)  # "a parishioner was seriously wounded"
            if loose and (m > j + 1 or lo[m] in g.articles or lo[m].endswith(g.past_suffixes)):
                return None  # two plain modifiers at most: "the site engineer", "the public works director"
            if self._held_modifier(m):
                held = True  # "a kidnapped 8-year-old girl"
                m += 1
                continue
            if self.trigger_at(m) and not (self.trigger_at(m)[0] == 1 and self.person_noun(m + 1)):
                return None  # but "a homeless man", "a wounded soldier"
            mods += 1
            m += 1
        return None

    def _prenominal_noun(self, m: int) -> int | None:
        """A participle phrase between a determiner and its noun, opening with a preposition of
        ``prenominal_openers`` at m ('ein **bei dem Unfall auf der A8 schwer verletzter**
        Motorradfahrer'): the token of the person noun after it, when the phrase holds no
        punctuation and no finite auxiliary and its last word, right before the noun, is written
        in lower case (an adjective, where nouns are capitalised)."""
        lo = self.lowers
        for p in range(m + 2, min(self.n, m + 12)):
            w = lo[p - 1]
            if not (self.is_word(p - 1) or w == "<q>" or w.isalnum()) or w in self.g.finite_aux:
                return None
            if self.tokens[p - 1].text[:1].islower() and lo[p - 1] != "<q>" and self.is_word(p - 1) and (
                    (self.person_noun(p) and self.is_capitalised(p)) or self._age_shape(p) is not None):
                return p  # (or an age: "ein ... lebensgefährlich verletzter 25-Jähriger")
        return None

    def _age_shape(self, m: int) -> tuple[int, int] | None:
        """An age written as one word at token m: "12-year-old", "31-Jähriger" (number, hyphen,
        word), "28enne" (the word glued to the number) or a phrase of ``age_phrases`` ("81 Jahre
        alte"). Returns (its last word, the end)."""
        lo = self.lowers
        if not lo[m].isdigit() or m + 1 >= self.n:
            return None
        if m + 2 < self.n and lo[m + 1] == "-" and lo[m + 2].startswith(self.g.year_prefixes):
            return m + 2, m + 3
        if self.tokens[m].end == self.tokens[m + 1].start and lo[m + 1].startswith(self.g.year_prefixes) \
                and lo[m + 1][:1].isalpha():
            return m + 1, m + 2
        for phrase in self.g.age_phrases:  # "eine 81 Jahre alte Frau"
            if tuple(lo[m + 1:m + 1 + len(phrase)]) == phrase:
                return m + len(phrase), m + 1 + len(phrase)
        return None

    def _age_tokens(self) -> frozenset[int]:
        """The tokens of every age written as one word ("12-year-old"): words inside a clause."""
        if self._ages is None:
            self._ages = frozenset(x for k in range(self.n) if (a := self._age_shape(k)) for x in range(k, a[1]))
        return self._ages

    def _body_owner(self, start: int, m: int) -> Unit | None:
        """'(burned) the clerk's hands', '(severed) the guard's fingers': the person whose part of
        the body is named (a person noun with a possessive ending, then the part)."""
        w = self.lowers[m]
        parts = self.lex.injury_predicates.get("body_parts", ()) if self.lex.injury_predicates else ()
        suffix = next((x for x in self.g.possessive_suffixes if w.endswith(x) and len(w) > len(x)), None)
        if suffix is None or m + 1 >= self.n or self.lowers[m + 1] not in parts:
            return None
        stem = w[:-len(suffix)]
        got = self.lex.people.match([stem], 0)
        if got is None:
            return None
        return Unit(start, m + 2, 1, 1, 1, subgroup=got[1], head=stem, kind="one")

    def _name_after(self, end: int) -> Unit | None:
        """A name right after a possessive person noun ('his wife Ann Lee', 'her aide Tom
        Rivera'): two or more capitalised words."""
        if end + 1 < self.n and self.is_capitalised(end) and self.is_capitalised(end + 1):
            unit = self._name_unit(end, end)
            if unit is not None and len((unit.head or "").split()) >= 2:
                return unit
        return None

    def _person_shaped(self, m: int, nxt: int | None = None) -> bool:
        """A singular noun ending as people's names for a trade or role do ('supervisor',
        'signalman', 'conductor'), ending its phrase (a list goes on, or the clause does; or the
        clause goes on at ``nxt``, after a 'who' that tells of a person)."""
        w = self.lowers[m]
        if len(w) <= 4 or w in self.lex.not_people or not w.endswith(self.g.person_one_suffixes) \
                or self.trigger_at(m) or self.is_capitalised(m):
            return False
        nxt = m + 1 if nxt is None else nxt
        return nxt >= self.n or not self.is_word(nxt) or self.lowers[nxt] in self.lex.aux or self.lowers[nxt] in self.g.who \
            or bool(self.lex.conjunctions.match(self.lowers, nxt)) or bool(self.trigger_at(nxt)) \
            or self.lowers[nxt] in self.g.of or self.lowers[nxt] in self.g.place_prepositions

    def _suffered_next(self, k: int) -> bool:
        """Whether auxiliaries and adverbs from k lead to a verb that kills or wounds people in
        the passive ('was seriously wounded', 'were killed'): what makes a noun shaped like a
        person's name for a trade or role the person harmed ('a parishioner was wounded')."""
        got = self.trigger_at(self.aux_after(k))
        return bool(got) and any(r == "passive" and c in ("killed", "injured") for r, c in got[1])

    def _held_modifier(self, m: int) -> bool:
        """'kidnapped' or 'abducted' standing before a person noun, as an adjective."""
        got = self.trigger_at(m)
        if not got or not any(c == "kidnapped" and r == "passive" for r, c in got[1]) or got[0] != 1:
            return False
        k = m + 1
        while k < self.n and k - m <= 4:
            if self.person_noun(k):
                return True
            if not (self.is_word(k) or self.lowers[k] == "-" or self.lowers[k].isdigit()) or self.trigger_at(k) \
                    or self.lowers[k] in self.g.stop_modifiers:
                return False
            k += 1
        return False

    def ordinal_at(self, i: int) -> tuple[int, int] | None:
        """An ordinal at token i: (value, tokens), "fourth" or "6" "th"."""
        if i >= self.n:
            return None
        w = self.lowers[i]
        if w.isdigit() and i + 1 < self.n and self.tokens[i].end == self.tokens[i + 1].start:
            v = parse_ordinal(w + self.lowers[i + 1], self.lex.language)
            return (v, 2) if v else None
        v = parse_ordinal(w, self.lex.language) if w[:1].isalpha() else None
        return (v, 1) if v else None

    def _ordinal_before(self, t: int) -> Unit | None:
        """'a 6th fatality', 'the fourth death': the toll told by its newest death."""
        for n in (1, 2):
            d = t - n - 1
            if d >= 0 and self.lowers[d] in self.g.articles:
                got = self.ordinal_at(d + 1)
                if got is not None and got[1] == n:
                    return Unit(d, t, got[0], got[0], got[0], qualifier="ordinal")
        return None

    def _ordinal_alone(self, start: int) -> Unit | None:
        """'Fourth policeman dies' (a headline), 'a third was beaten': an ordinal with a person
        noun and no determiner, or an ordinal standing for a person before a verb."""
        lo = self.lowers
        j = start + 1 if lo[start] in self.g.indefinite_articles or lo[start] in self.g.definite_articles else start
        got = self.ordinal_at(j)
        if got is None:
            return None
        v, n = got
        k = j + n
        pn = self.person_noun(k) if j == start else None
        if pn is not None:
            _, sub, head, end = self._compound(k, pn)
            return Unit(start, end, v, v, v, qualifier="ordinal", subgroup=sub, head=head)
        if (j > start or self.lex.bare_nouns) and k < self.n and (lo[k] in self.lex.aux or self.trigger_at(k)):
            # "a third was beaten"; without articles "третий скончался в больнице"
            if lo[start] in self.g.definite_articles:  # "Two of the robbers were killed and the third was
                return Unit(start, k, 1, 1, 1, kind="one", inherit=True)  # arrested": one, the last of a set
            return Unit(start, k, v, v, v, qualifier="ordinal", inherit=True)
        return None

    def _plural_attackers(self, start: int, j: int, sub: str | None, head: str, end: int) -> Unit | None:
        """'The assailants were killed': attackers in the plural without a number are at least
        two (the least a plural says; ``high`` open). Only attackers: a report states their
        deaths this way, while a bare plural of victims ("the victims were taken to hospital")
        restates a figure given elsewhere. Only killed and injured read it (see :meth:`find`)."""
        if sub != ATTACKERS or self.lowers[j - 1] not in self.g.plural_attacker_determiners:
            return None
        return Unit(start, self._skip_apposition(end), 2, 2, None, qualifier="plural", subgroup=sub, head=head,
                    kind="plural")

    def _compound(self, m: int, pn: tuple[int, str | None, str]) -> tuple[int, str | None, str, int]:
        """'Separatist suspects', 'civilian woman': consecutive person nouns; the last is the head."""
        n, sub, head = pn
        end = m + n
        while end < self.n:
            nxt = self.person_noun(end)
            if nxt is None or nxt[2] in self.g.compound_breaks:
                break
            n2, sub2, head2 = nxt
            sub = sub2 if sub2 is not None else sub
            head = head2
            end += n2
        return end - m, sub, head, end

    def _skip_parenthesis(self, end: int) -> int:
        """Skip '(including 1 journalist)' or ', including agents and civilians,' after a unit."""
        lo = self.lowers
        if end < self.n and lo[end] == "(":
            k = end + 1
            while k < self.n and k - end < 25 and lo[k] != ")":
                k += 1
            return k + 1 if k < self.n and lo[k] == ")" else end
        if end + 1 < self.n and lo[end] == "," and self._aside_opener(end + 1):
            # the aside may list people with commas of its own ("including six Canadians, two
            # Swiss and an American,"): it closes at the comma before the verb, or before 'and'
            # and more victims of the same verb ("..., and a police officer were killed")
            k = end + 1
            while k < self.n and k - end < 25 and lo[k] not in (";", "."):
                if self.trigger_at(k):
                    return end
                if lo[k] == "," and k + 1 < self.n:
                    nxt = self.aux_after(k + 1)
                    if nxt < self.n and self.trigger_at(nxt):
                        return k + 1
                    if self.lex.conjunctions.match(lo, k + 1) and self._list_goes_on_to_verb(k + 1):
                        return k
                k += 1
        return end

    def _aside_opener(self, k: int) -> bool:
        """Whether token k opens an aside on a part of the people before it: 'including ...',
        'among them ...', '30 of them ...', 'most of them ...'."""
        lo = self.lowers
        if self.lex.including.match(lo, k):
            return True
        while k + 1 < self.n and lo[k] in self.g.aside_hedges:
            k += 1  # "over half of them children"
        if k + 1 < self.n and (lo[k] == "<q>" or lo[k] in self.g.aside_quantifiers):
            m = self.lex.including.match(lo, k + 1)
            return bool(m) and lo[k + 1] in self.g.of
        return False

    def _list_goes_on_to_verb(self, c: int) -> bool:
        """After a closing comma, a conjunction at c and more people whose verb follows them."""
        m = self.lex.conjunctions.match(self.lowers, c)
        chain = self.chain_forward(c + m[0], allow_names=False) if m else []
        if not chain:
            return False
        nxt = self.aux_after(chain[-1].end)
        return nxt < self.n and bool(self.trigger_at(nxt))

    def _parenthetical_parts(self, end: int, b: int) -> list[Unit]:
        """The units of ', including four children,' between the victims and their verb: parts
        of the unit before it ("12 civilians, including 4 children, were injured")."""
        lo = self.lowers
        if not (end + 1 < b and lo[end] == ","):
            return []
        m = self.lex.including.match(lo, end + 1)
        if not m:
            return []
        parts = self.chain_forward(end + 1 + m[0], allow_names=False)
        if not parts or parts[-1].end + 1 != b or lo[parts[-1].end] != ",":
            return []
        for u in parts:
            u.nested = True
        return parts

    def _skip_of_phrase(self, end: int, one: bool = False) -> int:
        """'two members of UPDF', 'a fugitive from the prison': a phrase saying whose or where from;
        with ``one`` (one person), also whose aide: 'an assistant to a news anchor was diagnosed'
        (``role_phrase_openers``, an article or possessive after it, the phrase running up to the
        verb)."""
        lo = self.lowers
        g = self.g
        if self.lex.morph is not None:
            return self._skip_genitive(end)
        if one and end + 2 < self.n and lo[end] in g.role_phrase_openers \
                and (lo[end + 1] in g.articles or lo[end + 1] in g.partitive_possessives or self.is_capitalised(end + 1)):
            k = end + 2
            while k < self.n and k - end <= 6 and (self.is_word(k) or lo[k].endswith(g.possessive_suffixes)) \
                    and lo[k] not in g.of_phrase_breaks and lo[k] not in self.lex.aux and not self.trigger_at(k):
                k += 1
            if k < self.n and (lo[k] in self.lex.aux or self.trigger_at(k)):
                return k
        if end < self.n and lo[end] in g.aboard:
            return end + 1
        for p in g.on_board:
            if tuple(lo[end:end + len(p)]) == p:
                return end + len(p)  # "157 people on board"
        if end >= self.n or lo[end] not in g.of_phrase_openers or (end + 1 < self.n and lo[end + 1] in g.partitive_pronouns):
            return end
        if lo[end] in g.of and end + 2 < self.n and lo[end + 1] == "<q>" and lo[end + 2] in self.lex.senses.family_units \
                and end + 3 < self.n and (lo[end + 3] in self.lex.aux or self.trigger_at(end + 3) or lo[end + 3] == ","):
            return end + 3  # "three members of one family were killed": the people are the members
        if end >= 1 and lo[end] in g.of and end + 1 < self.n and lo[end + 1] == "<q>" \
                and lo[end - 1] in self.lex.senses.family_heads:
            k = end + 2  # "a mother of three was killed": the family's size, not the victims
            while k < self.n and k - end <= 4 and lo[k] in self.lex.senses.family_members:
                k += 1
            return k
        k = end + 1
        while k < self.n and k - end <= 6 and self.is_word(k) and lo[k] not in g.of_phrase_breaks \
                and lo[k] not in self.lex.aux and not self.trigger_at(k):
            k += 1
        if self._places_counted(k):  # "residents of El Rosario and two nearby hamlets", "of three villages"
            k = self._places_counted(k)
        if k < self.n and k > end + 1 and (lo[k] in self.lex.aux or self.trigger_at(k) or lo[k] == "," or lo[k] in g["and"]):
            return k
        return end

    def _places_counted(self, k: int) -> int:
        """The end of '(and) two nearby villages' at token k: a count of places or things (not
        people) inside a phrase saying where the people are from; 0 when there is none."""
        lo = self.lowers
        j = k + 1 if k < self.n and lo[k] in self.g["and"] else k
        if j >= self.n or lo[j] != "<q>":
            return 0
        for m in range(j + 1, min(self.n, j + 4)):
            if lo[m] in self.lex.not_people:
                return m + 1
            if not self.is_word(m) or self.person_noun(m) or self.trigger_at(m):
                return 0
        return 0

    def _skip_genitive(self, end: int) -> int:
        """'водитель легкового автомобиля', 'жители дома': words in the genitive after a person
        noun say whose; they are no part of the count (a person, number or casualty word ends them)."""
        k = end
        while k < self.n and k - end < 4 and self.is_word(k) and not self.trigger_at(k) \
                and self.lowers[k] not in self.lex.aux and not self.lex.people.match(self.lowers, k):
            m = self.lex.morph(self.lowers[k])
            if not m.genitive or m.animate:
                break
            k += 1
        return k

    def _age_at(self, end: int) -> int:
        """', 34,' or ', now 61,' after a person: an age (a bare number closed by a comma, a full
        stop or 'and'; a word of ``age_leads`` may stand before it). The tokens it takes after
        ``end`` up to its closing token, or 0."""
        lo = self.lowers
        if not (end + 1 < self.n and lo[end] == ","):
            return 0
        k = end + 2 if lo[end + 1] in self.g.age_leads else end + 1
        if k >= self.n:
            return 0
        w = lo[k]
        if w == "<q>":
            q = self.quantities[k]
            small = q.kind == "exact" and q.best is not None and q.best <= 110 and q.number_text.isdigit()
        else:
            small = w.isdigit() and len(w) <= 3
        return k + 1 - end if small and (k + 1 >= self.n or lo[k + 1] in (",", ".", ";") or lo[k + 1] in self.g["and"]) else 0

    def _skip_apposition(self, end: int) -> int:
        """Skip ', identified as John Smith,' after a unit; an age (', 34,'); ages told after
        people ('Two men aged 19 and 22 were killed', 'Two boys, aged 15 and 16, were arrested')."""
        lo = self.lowers
        k = end + 1 if end < self.n and lo[end] == "," else end
        if k + 1 < self.n and lo[k] in self.g.age_leads and lo[k + 1].isdigit():
            j = k + 1
            while j < self.n and (lo[j].isdigit() or lo[j] == "<q>" or (lo[j] == "," or lo[j] in self.g["and"])
                                  and j + 1 < self.n and (lo[j + 1].isdigit() or lo[j + 1] == "<q>")):
                j += 1  # (the later ages may read as numbers: "aged 4, 7 and 9")
            if j < self.n and lo[j] == "," and k > end:
                j += 1
            if j < self.n and (self.is_aux(j) or self.trigger_at(j)):
                return j
        if self.lex.postnominal_adjectives:
            after = self._skip_adjectives(end)  # "quatre soldats maliens et deux civils"
            end = self._skip_of_phrase(after) if after > end else end  # "Due militari italiani della missione Unifil"
        if self.g.age_nouns:
            end = self._skip_age_phrase(end)  # "un hombre de 56 años", "l'autista, 48 anni, è morto"
        end = self._decade_age(end)  # "a man in his 30s"
        age = self._age_at(end)
        if age:
            end += age  # "Ana Ruiz, 34, and her son, 6"; "The suspect, now 61, was arrested"
            if end + 1 < self.n and lo[end] == "," and (self.is_aux(end + 1) or self.trigger_at(end + 1)):
                return end + 1  # "John Smith, 27, died"
        if end + 1 < self.n and lo[end] == "," and lo[end + 1] in self.g.apposition_openers:
            k = end + 2
            while k < self.n and k < end + 12 and lo[k] not in (",", ".", ";"):
                k += 1
            if lo[end + 1] in self.g.who and any(self.trigger_at(x) and (any(r in ("passive", "active") for r, _ in self.trigger_at(x)[1])
                                                                    or self._harm_at(x)) for x in range(end + 2, k)):
                return end  # ", who also died in the attack,", ", who was shot in the arm,", ", who was injured
                # in the blast,", ", who had wounded two officers,": a claim of its own
            if k < self.n and lo[k] == ",":
                return k + 1
        if end + 1 < self.n and lo[end] == "," and lo[end + 1] in self.g.apposition_before_verb:
            k = end + 2  # "The four assailants, all members of one family, died in the blast"
            ages = self._age_tokens()  # ("One of the injured, the 60-year-old driver, died": an age is a word)
            while k < self.n and k < end + 12 and (self.is_word(k) or lo[k] == "<q>" or lo[k].isdigit() or k in ages) \
                    and not self.trigger_at(k) and lo[k] not in self.lex.say_verbs and (lo[k] not in self.lex.aux or (
                        lo[k] in self.g.infinitive_markers and k + 1 < self.n
                        and (lo[k + 1] in self.g.definite_articles | self.g.indefinite_articles or self.is_capitalised(k + 1)))):
                k += 1  # ("Ann Marsh, the assistant to a news anchor, was diagnosed": 'to' before a noun or a name)
            if k + 1 < self.n and lo[k] == "," and (self.is_aux(k + 1) or self.trigger_at(k + 1)):
                return k + 1
        if end + 2 < self.n and lo[end] == "," and self.is_capitalised(end + 1):
            k = end + 1  # "the driver, John Smith, was ...", "a doctor, Dr. Ann Lee, was ..."
            while k < self.n and k - end <= 9 and (self.is_capitalised(k) or (
                    lo[k] == "." and lo[k - 1] in self.g.honorifics) or (  # ("two people, John Smith and Ann Lee, were")
                    lo[k] in self.g["and"] and k + 1 < self.n and self.is_capitalised(k + 1))) and not self.trigger_at(k):
                k += 1
            if k < self.n and lo[k] == "," and k + 1 < self.n and (self.is_aux(k + 1) or self.trigger_at(k + 1)
                                                                   or lo[k + 1] in self.g["and"]):
                return k + 1  # "The assailant, Joseph Stack, and one employee were killed"
        return end

    def _decade_age(self, end: int) -> int:
        """Past 'in his 30s', 'in her early twenties' after a person: an age, no part of a place."""
        lo = self.lowers
        g = self.g
        if end + 2 >= self.n or lo[end] not in g.decade_in or lo[end + 1] not in g.partitive_possessives:
            return end
        k = end + 2
        if lo[k] in g.decade_modifiers:
            k += 1
        if k < self.n and (lo[k].isdigit() or lo[k] == "<q>") and k + 1 < self.n and lo[k + 1] == "s" \
                and self.tokens[k].end == self.tokens[k + 1].start:
            return k + 2  # "30s"
        if k < self.n and lo[k] in g.decade_words:
            return k + 1  # "twenties"
        return end

    def _skip_adjectives(self, end: int) -> int:
        """One or two adjectives after a person noun ('soldats maliens', 'escursionista tedesco'),
        where what follows them goes on with the unit or its verb: a conjunction, a comma, an
        auxiliary, a casualty word or an age ('de 59 anni')."""
        lo = self.lowers
        g = self.g
        preds = self.lex.injury_predicates
        k = end
        while k < self.n and k - end < 2 and self.is_word(k) and not self.is_capitalised(k) \
                and lo[k] not in g.stop_modifiers and lo[k] not in self.lex.aux and not self.trigger_at(k) \
                and not self.person_noun(k) and lo[k] not in self.lex.not_people \
                and not self.lex.conjunctions.match(lo, k) and not self.lex.including.match(lo, k) \
                and lo[k] not in preds.get("suffer_verbs", ()) and lo[k] not in preds.get("care_verbs", ()):
            k += 1
        if k == end or k >= self.n:
            return end
        if lo[k] == "," or lo[k] in g.of or self.lex.conjunctions.match(lo, k) or self.is_aux(k) \
                or self.trigger_at(k) or self._injury_predicate(k):
            return k
        return end

    def _skip_age_phrase(self, end: int) -> int:
        """'of 56 years', 'of 4 and 7 years', ', 48 years,' after a person (the age nouns of the
        language's grammar table)."""
        lo = self.lowers
        comma = end < self.n and lo[end] == ","
        k = end + 1 if comma else end
        opener = self._phrase_at(self.g.age_openers, k) if k < self.n else 0
        if k < self.n and lo[k] in self.g.of:
            k += 1
        elif opener:
            k += opener  # "zwei Kinder im Alter von fünf und acht Jahren"
        elif not comma and not (k < self.n and (lo[k] == "<q>" or lo[k].isdigit())):
            return end  # but "мужчина 42 лет", "двое детей 6 и 9 лет": the age in the genitive, no 'of'

        def number(x: int) -> bool:  # "acht Jahren" is an age, left as a word by the number reader
            return lo[x].isdigit() or lo[x] == "<q>" or (
                bool(opener) and parse_number(lo[x], self.lex.language) is not None)

        first = k
        while k < self.n and number(k):
            k += 1
            if k + 1 < self.n and (lo[k] in self.g["and"] or lo[k] == ",") and number(k + 1):
                k += 1
        if k > first and k < self.n and lo[k] in self.g.age_nouns:
            if not comma:
                return k + 1
            if k + 1 < self.n and lo[k + 1] == ",":
                return k + 2
        return end

    def _name_unit(self, start: int, j: int) -> Unit | None:
        g = self.g
        if self.lowers[j] in g.stop_modifiers or self.lowers[j] in self.lex.determiners_one \
                or self.lowers[j] in self.lex.aux or self.lowers[j] in g.not_names:
            return None
        if start > 0 and self.lowers[start - 1] in g.place_prepositions:
            return None  # "in Kabul", "on Monday"
        if start > 1 and self.lowers[start - 1] in g.of and not self.trigger_at(start - 2):
            return None  # "off the coast of Lampedusa and 30 others": the coast's, not a person
        if self.lex.capitalised_nouns and not (j + 1 < self.n and self.is_capitalised(j + 1)):
            return None  # every noun is capitalised: one capitalised word is no name
        k = j
        last = None
        while k < self.n and k - j < 5 and self.is_capitalised(k) and not self.lex.people.match(self.lowers, k) \
                and not self.trigger_at(k):
            if self.lowers[k] in g.honorifics and k + 2 < self.n and self.lowers[k + 1] == "." \
                    and self.is_capitalised(k + 2):
                k += 2  # "Mr. Brown", "Dr. Ann Lee"
                continue
            last = k
            k += 1
        if k == j or last is None:
            return None
        # the whole name, titles' full stops left out ("Mr. Brown"); a later "Brown" restates it
        return Unit(start, self._skip_apposition(k), 1, 1, 1, kind="named",
                    head=" ".join(t.text for t in self.tokens[j:k] if t.lower != "."))

    def chain_forward(self, i: int, *, allow_names: bool = True, object_list: bool = False) -> list[Unit]:
        """Units joined by conjunctions or 'including', starting at token i. ``object_list``: the
        units follow their verb, where a name and a noun phrase may share commas ("killed Maria
        Lopez, her husband and their son"); before a verb such a comma follows a place."""
        first = self.unit_at(i, allow_names=allow_names)
        if first is None:
            first = self._loose_first(i, allow_names)
            if first is None:
                return []
        units = [first]
        joins: list[bool] = []  # per unit after the first: joined by a comma only
        nested = False
        k = self._skip_parenthesis(first.end)
        while k < self.n:
            step = k
            saw = False
            only_comma = True
            comma = False
            while step < self.n:
                if self.lowers[step] == ",":
                    step += 1
                    saw = comma = True
                    continue
                m = self.lex.conjunctions.match(self.lowers, step)
                if m:
                    step += m[0]
                    saw = True
                    only_comma = False
                    if step < self.n and self.lowers[step] in self.g.object_markers:
                        step += 1  # "mató a su esposa y a su hija"
                    continue
                m = self.lex.including.match(self.lowers, step)
                if m:
                    step += m[0]
                    saw = True
                    nested = True
                    only_comma = False
                    continue
                break
            if not saw:
                break
            if step >= self.n:
                break
            if only_comma and self.lowers[step] in self.g.relative_words and step + 1 < self.n and (
                    self.lowers[step + 1] in self.lex.determiners_one or self.lowers[step + 1] == "<q>"):
                break  # "Ein Mann, der seine Frau erstochen hatte": a relative pronoun, not an article
            u = self.unit_at(step, allow_names=allow_names and self.is_capitalised(step) if step < self.n else False)
            if u is None and not only_comma and units[-1].kind in ("one", "named", "count") and (
                    units[-1].head is not None or units[-1].kind == "named"):
                u = self.unit_at(step, allow_names=False, loose=True)  # "the site engineer and a supervisor"
            if u is None and not only_comma and units[-1].kind == "one" and units[-1].head is not None:
                u = self._shared_determiner(step)  # "her father and grandmother"
            if u is None:
                break
            if only_comma and not nested and self.lex.bare_nouns and any(
                    self.trigger_at(x) for x in range(u.end, min(self.n, u.end + 2)) if self.is_word(x)) \
                    and all(self.is_word(x) for x in range(u.end, min(self.n, u.end + 1))):
                break  # "ранен сотрудник полиции, стрелявший мужчина задержан": a clause of its own
            if not only_comma and self._own_state(units[-1]) and u.end < self.n and (
                    self.trigger_at(u.end) or self.lowers[u.end].endswith(self.g.past_suffixes)):
                break  # "3.500 familias damnificadas y 1.200 personas desplazadas": each with its own state
            after = u.end + 1 if u.end < self.n and self.lowers[u.end] == "," else u.end
            if only_comma and after < self.n and self.lowers[after] in self.lex.say_verbs:
                break  # "injuring 17, the head of the regional administration, said": the speaker
            if only_comma and u.head is None and u.kind == "count" and u.end < self.n \
                    and self.lowers[u.end] in self.g.how_badly:
                nested = True  # "wounding seven, three critically": a part of the seven
            if only_comma and not object_list and (u.kind == "named" or units[-1].kind == "named") \
                    and (u.kind != "named" or units[-1].kind != "named") and not self._named_list(units, u):
                break  # "Manaus, Amazonas, a man": a place before the victim
            if comma and not only_comma and not object_list and len(units) == 1 \
                    and (u.kind == "named") != (units[0].kind == "named") and not self._after_age(k):
                break  # "... the Department, and his father was killed": two clauses, not a list
            if u.qualifier == "ordinal" and not only_comma and sum(x.best or 0 for x in units) == (u.best or 0) - 1:
                u.low = u.best = u.high = 1  # "injured two and a third person": one more
                u.qualifier, u.kind = None, "one"
            if u.kind == "named" and units[-1].kind == "named" and u.subgroup is None:
                u.subgroup = units[-1].subgroup  # "Officers Tim Ray and Jon Bell": the title covers both
            u.nested = nested
            units.append(u)
            joins.append(only_comma)
            k = self._skip_parenthesis(u.end)
        units = self._close_name_list(units, joins)
        self._named_apposition(units, joins)
        return units

    def _own_state(self, u: Unit) -> bool:
        """Where adjectives follow the noun: whether the people of u end with a participle that
        is no casualty word ('familias damnificadas', 'familles sinistrées')."""
        last = u.end - 1
        w = self.lowers[last]
        return self.lex.postnominal_adjectives and last > u.start and u.head is not None and w != u.head \
            and w.endswith(self.g.past_suffixes) and len(w) > 4 and not self.trigger_at(last) \
            and not self.person_noun(last)

    def _named_apposition(self, units: list[Unit], joins: list[bool]) -> None:
        """'beheaded two hostages, an American and a Briton', 'killed two people, John Smith and Ann
        Lee': after a comma alone, people named by name or nationality who add up to the count
        before them are those people again (parts, in place)."""
        if len(units) < 3 or not joins[0] or units[0].kind != "count" or units[0].best is None:
            return
        rest = units[1:]
        if sum(u.best or 0 for u in rest) != units[0].best or any(u.nested for u in rest):
            return
        if all(u.kind == "named" or any(self.lowers[x] == u.head and self.is_capitalised(x) for x in range(u.start, u.end))
               for u in rest):
            for u in rest:
                u.nested = True

    def _shared_determiner(self, k: int) -> Unit | None:
        """'her father and grandmother', 'a soldier and civilian': a bare singular person noun
        after a conjunction shares the determiner of the one person before it: one more."""
        pn = self.person_noun(k)
        if pn is None or self.person_noun(k + pn[0]):
            return None
        last = pn[2].split()[-1]
        if self._plural(last) or last in self.g.not_singular_heads or last in self.g.other_heads:
            return None
        return Unit(k, k + pn[0], 1, 1, 1, subgroup=pn[1], head=pn[2], kind="one")

    def _after_age(self, k: int) -> bool:
        """Whether token k, a comma, closes an age after a person ('Ana Ruiz, 34, and her son')."""
        lo = self.lowers
        return k >= 2 and lo[k] == "," and (lo[k - 1] == "<q>" or lo[k - 1].isdigit()) \
            and (lo[k - 2] == "," or lo[k - 2] in self.g.age_leads)

    def _named_list(self, units: list[Unit], u: Unit) -> bool:
        """'Rep. Mark Dillon, a lobbyist and two officers were shot': a person's name (a title
        before it, or two or more words, opening the phrase) then, after a comma only, a person
        noun phrase that 'and' and more people follow: a list, not a place and the victim after
        it ("Texas, a man and his son"; an apposition closes with a comma: "Dillon, a lobbyist,")."""
        first = units[0]
        if len(units) != 1 or first.kind != "named" or u.kind == "named" or u.head is None:
            return False
        s = first.start
        titled = s < self.n and (self.lowers[s] in self.g.honorifics or self.person_noun(s) is not None)
        if not titled and (len((first.head or "").split()) < 2 or (s > 0 and (
                self.is_capitalised(s - 1) or self.lowers[s - 1] in self.g.place_prepositions
                or (self.lowers[s - 1] == "," and s > 1 and self.is_capitalised(s - 2))))):
            return False
        m = self.lex.conjunctions.match(self.lowers, u.end) if u.end < self.n else None
        return bool(m) and self.unit_at(u.end + m[0]) is not None

    def _loose_first(self, i: int, allow_names: bool) -> Unit | None:
        """'a signalman and the driver': a person-shaped noun first in a list is one person when
        'and' and a person the lexicon knows follow it."""
        u = self.unit_at(i, allow_names=False, loose=True)
        if u is None or u.end >= self.n:
            return None
        m = self.lex.conjunctions.match(self.lowers, u.end)
        if not m:
            return None
        nxt = self.unit_at(u.end + m[0], allow_names=allow_names)
        return u if nxt is not None and nxt.kind in ("one", "named", "count") and (nxt.head or nxt.kind == "named") else None

    @staticmethod
    def _close_name_list(units: list[Unit], joins: list[bool]) -> list[Unit]:
        """Names joined by commas are a list only when "and" closes it ("Scalise, Mika, Barth and
        two officers"); without it they are places or a name and its apposition."""
        last_conj = max((i for i, comma in enumerate(joins) if not comma), default=-1)
        for i, comma in enumerate(joins):
            if comma and i > last_conj and "named" in (units[i].kind, units[i + 1].kind):
                return units[:i + 1]
        return units

    # --- triggers -----------------------------------------------------------------------
    def triggers(self) -> list[tuple[int, int, frozenset[tuple[str, str]]]]:
        """(start, end, roles) of every casualty word, longest match first, left to right."""
        out = []
        i = 0
        while i < self.n:
            end = self._injury_predicate(i)
            if end:  # ("sustained fatal injuries": a death)
                fatal = any(self.lowers[k] in self.g.fatal_words for k in range(i + 1, end))
                out.append((i, end, _KILLED_PASSIVE if fatal and self.lowers[i] in self.lex.injury_predicates["suffer_verbs"]
                            else _INJURED_PASSIVE))
                i = end
                continue
            m = self.trigger_at(i)
            if m:
                out.append((i, i + m[0], m[1]))
                i += m[0]
            else:
                if self.lowers[i] in self.lex.frame_verbs:
                    out.append((i, i + 1, frozenset({("frame", "killed")})))
                elif self.lowers[i] in self.lex.left_verbs:
                    out.append((i, i + 1, frozenset({("left", "killed")})))
                elif self.lowers[i] in self.lex.hostage_verbs:
                    out.append((i, i + 1, frozenset({("hostage", "kidnapped")})))
                i += 1
        return out

    def _injury_predicate(self, i: int) -> int | None:
        """'suffered a minor injury', 'were treated for smoke inhalation', 'had been brought in
        with injuries', 'was taken to Mercy Hospital': the end of the predicate, read as 'injured'."""
        p = self.lex.injury_predicates
        w = self.lowers[i]
        if not p or w not in p["verbs"]:
            return None  # (the common case: a word that opens no such predicate)
        if w in p["agent_verbs"] or w in p["loss_verbs"] or w in p["ill_verbs"]:
            end = self._agent_or_loss(i)
            if end:
                if w not in p["loss_verbs"]:
                    self._agent_harm.add(i)  # like 'was shot': a death told of them takes over
                return end
        with_only = w in p["with_verbs"]
        if with_only and w in self.lex.left_verbs and not (i > 0 and self.lowers[i - 1] in self.lex.aux):
            return None  # "were left with gunshot wounds"; the active "left 12 people with injuries" is a frame
        if w not in p["suffer_verbs"] and w not in p["care_verbs"] and not with_only:
            return None
        ill = w in p["care_verbs"] and self._illness()  # "was taken to Walter Reed hospital with pneumonia": no
        # care for an injury, unless one is named ("treated for dehydration and a broken arm")
        if w in self.g.care_alone and not ill and self.context and i > 0 and self.lowers[i - 1] in self.lex.aux \
                and (i + 1 >= self.n or not self.is_word(i + 1) or self.lowers[i + 1] in self.g.place_prepositions):
            return i + 1  # "Twenty-six children are still being treated (on Sunday)." in the report of an incident
        care = w in p["care_verbs"] or with_only
        words = p["care_words"] + p["suffer_nouns"] if care else p["suffer_nouns"] + [(b,) for b in p["body_parts"]]
        # ("suffered a broken arm": a part of the body hurt)
        if with_only or (care and self.trigger_at(i)):
            # "taken to hospital", "evacuated", "rescued": the lexicon's own phrases, or no care
            # at all; only an injury named after 'with' tells of one ("rescued with injuries")
            words = p["suffer_nouns"]
        if ill:
            words = p["suffer_nouns"]
        elif p["exposure"] and self._exposure_context():
            words = words + p["exposure"]  # 'were treated for hypothermia' after a boat capsized; not after a cold snap
        for k in range(i + 1, min(self.n, i + 7 if care else i + 5)):
            lw = self.lowers[k]
            if lw in p["hurt_part_words"] and k + 1 < self.n and self.lowers[k + 1] in p["body_parts"] \
                    and (care or with_only) and (not care or any(x in self.g.care_links for x in self.lowers[i + 1:k])):
                return k + 2  # "rescued with a broken leg", "treated for a fractured hip"
            for phrase in words:
                if tuple(self.lowers[k:k + len(phrase)]) == phrase:
                    if care and phrase not in p["places"] and phrase not in self.g.care_released \
                            and not any(x in self.g.care_links for x in self.lowers[i + 1:k]):
                        return None  # "admitted to lying about his injuries": no care given
                    if with_only and self._death_after(k + len(phrase)):
                        return None  # "found with gunshot wounds and pronounced dead"
                    if care and phrase in p["places"]:
                        return self._injury_after_place(k + len(phrase))  # "treated at a hospital for wounds"
                    return k + len(phrase)
            if lw in p["not_between"] or (not self.is_word(k) and lw != "-") or lw in self.g.verb_aux or self.trigger_at(k):
                return None  # (a hyphen goes on: "non-life-threatening injuries")
        return None

    def _injury_after_place(self, e: int) -> int:
        """The end of the care told after a place of care at ``e``: 'for wounds to his arm', 'with
        burns' right after it make the care one for an injury (the claim then names it); else ``e``."""
        lo = self.lowers
        if e + 1 >= self.n or lo[e] not in self.g.care_links:
            return e
        nouns = self.lex.injury_predicates["suffer_nouns"]
        for k in range(e + 1, min(self.n, e + 5)):
            got = self._phrase_at(nouns, k)
            if got:
                return k + got
            if not self.is_word(k) or self.trigger_at(k) or lo[k] in self.lex.aux:
                break
        return e

    def _exposure_context(self) -> bool:
        """Whether the report's first lines tell of an incident, or the sentence of one, or either
        of a rescue or a mishap ('stranded in a blizzard'): then harm of the cold or shock
        ('treated for hypothermia') is an injury; computed once."""
        if self.context:
            return True
        got = getattr(self, "_exposure", None)
        if got is None:
            incident, rescue = self.lex.senses.incident, self.lex.injury_predicates["exposure_context"]
            got = self._exposure = any(len(r) == 1 and r[0][:5] in self.lede_words for r in rescue) \
                or any(incident.match(self.lowers, k) or self._phrase_at(rescue, k) for k in range(self.n))
        return got

    def _agent_or_loss(self, i: int) -> int | None:
        """'was diagnosed with skin anthrax', 'contracted inhalation anthrax', 'were sickened by the
        gas': harm by an attack agent named within a few words; where the report's first lines
        name an agent, 'were poisoned', 'was later diagnosed with the disease', 'fell ill' are
        that harm too. 'lost two fingers', 'lost an eye': a part of the body lost. (The end of the
        predicate, or None.)"""
        p = self.lex.injury_predicates
        lo = self.lowers
        w = lo[i]
        if w in p["loss_verbs"]:
            for k in range(i + 1, min(self.n, i + 7)):  # "lost the tip of a finger"
                if lo[k] in p["body_parts"]:
                    return k + 1
                if not (self.is_word(k) or lo[k] == "<q>") or self.trigger_at(k) or self.person_noun(k):
                    return None
            return None
        if self._outbreak():
            return None  # ('an outbreak of anthrax among cattle ... three herders contracted anthrax': an illness)
        agent_lede = any(a[:5] in self.lede_words for a in p["lede_agents"])  # (lede_words keeps 5 letters)
        if w in p["ill_verbs"]:
            return i + 2 if agent_lede and i + 1 < self.n and lo[i + 1] in p["ill_words"] else None
        if w not in p["agent_subject_verbs"] and not (i > 0 and self.lowers[i - 1] in self.lex.aux):
            return None  # 'an assailant poisoned the salad bar': the one who did it
        for k in range(i + 1, min(self.n, i + 6)):
            for phrase in p["agents"]:
                if tuple(lo[k:k + len(phrase)]) == phrase:
                    return k + len(phrase)
            if not self.is_word(k) or self.trigger_at(k):
                break
        if not agent_lede:
            return None
        k = i + 1  # the agent named before: 'diagnosed with the disease', 'were poisoned'
        while k < self.n and k - i <= 4 and self.is_word(k) and not self.trigger_at(k) and lo[k] not in self.lex.aux:
            k += 1
        return k

    def _outbreak(self) -> bool:
        """Whether the report's first lines or the sentence tell of an outbreak of a disease
        (``outbreak_words``): then an agent's harm is an illness, not an attack's."""
        words = self.lex.injury_predicates["outbreak_words"]
        return any(w[:5] in self.lede_words for w in words) or any(w in words for w in self.lowers)

    def _death_after(self, k: int) -> bool:
        """Whether a word of death follows in the sentence."""
        for m in range(k, self.n):
            got = self.trigger_at(m)
            if got and any(c == "killed" for _r, c in got[1]):
                return True
        return False

    def _illness(self) -> bool:
        """Whether the sentence names an illness of the care table (``injury_predicates.illness``:
        'taken to hospital with pneumonia', 'treated for heat exhaustion'); computed once."""
        got = getattr(self, "_ill", None)
        if got is None:
            words = f" {' '.join(self.lowers)} "  # (a name of several words too: "heat exhaustion")
            got = self._ill = any(f" {w} " in words for w in self.lex.injury_predicates.get("illness", ()))
        return got

    def _names_illness(self) -> bool:
        """Whether the sentence names an illness of either table: the care table's
        (:meth:`_illness`) or the harm senses' (``senses.illness``: 'food poisoning', 'an
        outbreak'); computed once, for every rule that asks."""
        got = getattr(self, "_ill_any", None)
        if got is None:
            got = self._ill_any = self._illness() or any(self.lex.senses.illness.match(self.lowers, x)
                                                         for x in range(self.n))
        return got

    @property
    def ended_up(self) -> frozenset[int]:
        """The tokens of 'to end up' phrases right before a casualty word ('acabou por morrer',
        'acabó muriendo', 'a fini par succomber'; grammar key ``ended_up``): auxiliaries."""
        got = getattr(self, "_ended_up", None)
        if got is None:
            phrases = self.g.ended_up
            got = frozenset(k for i in range(self.n) for size in (1, 2) if tuple(self.lowers[i:i + size]) in phrases
                            and i + size < self.n and self.trigger_at(i + size) for k in range(i, i + size)) \
                if phrases else frozenset()
            self._ended_up = got
        return got

    def is_aux(self, i: int) -> bool:
        """An auxiliary or an adverb: 'were', 'have been', 'reportedly', 'critically'."""
        w = self.lowers[i]
        return w in self.lex.aux or i in self.ended_up or (w.endswith(self.g.adverb_suffixes) and len(w) > 3 and self.is_word(i)
                                     and w not in self.g.not_adverbs
                                     and not self.is_capitalised(i) and not self.person_noun(i))

    def aux_before(self, t: int, limit: int) -> int:
        """Walk back over auxiliaries and adverbs before token t; returns the first of them."""
        b = t
        while b - 1 >= limit and self.is_aux(b - 1):
            b -= 1
        return b

    def aux_after(self, k: int) -> int:
        """Walk forward over auxiliaries and adverbs from token k; returns the first other token."""
        while k < self.n and self.is_aux(k):
            k += 1
        return k

    def _active_perfect(self, t: int) -> bool:
        """'ha ucciso', 'a tué', 'ha matado': a participle right after an auxiliary of the active
        perfect (``active_perfect_aux``; an adverb between may stand) is active, so the people
        before it did the deed and are no victims ('Il marito ha ferito la moglie'). Where the
        passive takes 'have' too ('a été tué', 'ha sido detenido'), the word before the
        participle is that of the passive ('été', 'sido'), not one of these."""
        lo = self.lowers
        k = t - 1
        if k >= 1 and lo[k].endswith(self.g.adverb_suffixes) and lo[k] not in self.g.active_perfect_aux:
            k -= 1  # "ha gravemente ferito"
        return k >= 0 and lo[k] in self.g.active_perfect_aux

    def passive_units(self, t: int, limit: int) -> tuple[list[Unit], bool]:
        """The unit chain that ends right before token t (after auxiliaries); (units, had_aux)."""
        b = self.aux_before(t, limit)
        had_aux = b < t
        best: list[Unit] = []
        source_end = -1
        for s in range(limit, b):
            if s < source_end:
                continue
            if s > 0 and self.lowers[s - 1] in self.g.agent_prepositions:
                continue  # verb-final: "wurde von Beamten erschossen": the agent, not the victims; "the
                # driver, who had been shot by the assailant, and 56 others were injured": the agent too
            chain = self.chain_forward(s, allow_names=had_aux)
            p = s - 1 if s > 0 and self.lowers[s - 1] not in self.g.articles else s - 2  # ("for the hostages")
            if len(chain) > 1 and p >= 0 and (self.lowers[p] in self.g.place_prepositions
                                              or self.lowers[p] in self.g.object_prepositions):
                continue  # "a police officer who had exchanged himself for a hostage, and 15 were wounded": the
                # object of a preposition in another clause, not the first of the verb's people
            if self._after_according(s):
                # "Según (fuentes de) la policía, cinco personas murieron": who tells it is no
                # victim; but "nach Armeeangaben sieben Soldaten": counted people are
                comma = next((x for x in range(s, min(b, s + 12)) if self.lowers[x] == ","), None)
                if comma is not None:
                    source_end = comma + 1
                    continue
                if chain and chain[0].kind in ("one", "named"):
                    source_end = chain[0].end
                    continue
            if chain and (self._skip_parenthesis(chain[-1].end) == b or self._past_wounds(chain[-1].end) == b
                          or (chain[-1].end + 1 == b and self._spaced_dash(chain[-1].end) and s > 0 and self._spaced_dash(s - 1))
                          # ("Three generations of one family — a grandmother, her daughter and a grandson — died")
                          or (
                    chain[-1].nested and chain[-1].end + 1 == b and self.lowers[chain[-1].end] == ",")):
                # ("Six residents, including a toddler, were taken to hospitals": the part closed by its comma)
                if s > 0 and self.lowers[s - 1] in self.g.no_determiners:
                    break  # "ningún otro participante resultó herido": nobody (a negation reads it)
                best = chain + self._parenthetical_parts(chain[-1].end, b)
                break
        if not best and had_aux:
            best = self._units_before_place(t, b, limit)
        if not best and self.lex.max_gap:
            best = self._units_before_gap(b, limit)
        if not best:
            best = self._relative_subject(b, limit, had_aux)
        if not best and b - 1 > limit and self.lowers[b - 1] in self.g.who and self._other_category(t):
            best = self._who_antecedent(b - 1, limit)  # "searching for 12 fishermen who went missing"
        if not best and b - 1 > limit and self.lowers[b - 1] == "," and b == t and self.lex.morph is not None \
                and self.lex.morph(self.lowers[t]).adjective and self._other_category(t):
            best = self._who_antecedent(b - 1, limit)  # a participle as the relative clause: "поиски трёх рыбаков, пропавших"
        if best and self._none_of(best[0].start):
            best = []  # "none of the seven people inside were hurt": nobody (a negation reads it)
        return best, had_aux

    def _none_of(self, s: int) -> bool:
        """Whether the people at token s follow 'none of' or 'neither of'."""
        lo = self.lowers
        return s > 1 and lo[s - 1] in self.g.of and lo[s - 2] in self.g.no_determiners

    def _after_according(self, s: int) -> bool:
        """Whether token s follows an attribution phrase: "according to", "según", "laut"."""
        for k in range(max(0, s - 4), s):
            m = self.lex.according.match(self.lowers, k)
            if m and k + m[0] == s:
                return True
        return False

    def _other_category(self, t: int) -> bool:
        """Whether the casualty word at t names a category other than killed and injured."""
        m = self.trigger_at(t)
        return bool(m) and any(c not in ("killed", "injured") for _r, c in m[1])

    def _who_antecedent(self, w: int, limit: int) -> list[Unit]:
        """The counted people right before 'who' (token w), wherever they stand: the object of a
        preposition ('looking for the 3 people who were abducted') as well as a subject."""
        for s in range(limit, w):
            chain = self.chain_forward(s, allow_names=False)
            if chain and chain[-1].end == w and chain[-1].best is not None:
                return chain
        return []

    def _units_before_gap(self, b: int, limit: int) -> list[Unit]:
        """Verb-final clauses (German): the victims, then adverbials or the auxiliary, then the
        participle at the end: 'sind vier Polizisten bei dem Angriff getötet worden', 'ein
        Autofahrer ist auf der B 27 gestorben'. The stretch opens with an auxiliary or a word
        of ``gap_openers`` and holds no punctuation, number, person noun or casualty word; of
        several such units the one nearest the verb is taken."""
        lo = self.lowers
        found: list[Unit] = []
        for s in range(max(limit, b - 40), b):
            if s > 0 and (lo[s - 1] in self.g.agent_prepositions or (
                    s > 1 and lo[s - 2] in self.g.agent_prepositions and lo[s - 1] in self.g.articles)):
                continue  # "wurde ... von einem Angreifer mit einem Messer verletzt": the agent
            chain = self.chain_forward(s, allow_names=True)
            if not chain:
                continue
            e = chain[-1].end
            if e + 1 < b and lo[e] == "," and len(chain) > 1 and chain[-1].nested:
                e += 1  # "Zwölf Zivilisten, darunter vier Kinder, wurden ... verletzt"
            if e + 1 < b and lo[e] == "," and lo[e + 1] in self.g.relative_words:
                # "ein 36-Jähriger, der ... gedroht hatte, ist festgenommen worden": past the clause
                # to the comma nearest the verb: "..., der gedroht hatte, hundert Menschen zu töten, ist ..."
                close = next((k for k in range(min(b, e + 40) - 1, e + 1, -1) if lo[k] == ","), None)
                if close is None:
                    continue
                e = close + 1
            if e > b or b - e > self.lex.max_gap or (e == b and e == chain[-1].end) or (
                    e < b and not (lo[e] in self.g.gap_openers or self.is_aux(e))):
                continue
            if found and e <= found[-1].end:
                continue  # a part of a list already found, or farther from the verb
            agent = {x for x in range(e + 1, b) if any(lo[y] in self.g.agent_prepositions for y in range(max(e, x - 4), x))}
            # ("von einem weiteren Beamten": the agent phrase, its adjectives too)
            if any((not self.is_word(k) and not lo[k].isdigit()) or self.trigger_at(k)
                   or (k not in agent and (self.person_noun(k) or self.chain_forward(k, allow_names=False)))
                   or self.lex.conjunctions.match(lo, k)
                   or lo[k] in self.g.no_determiners  # "Von den 200 Fahrgästen wurde niemand verletzt"
                   for k in range(e, b)):
                continue  # (but "wurde von Beamten erschossen": the agent is no victim)
            found = chain
        return found

    def _units_before_place(self, t: int, b: int, limit: int) -> list[Unit]:
        """'At least 106 protesters in 21 cities have been killed': a counted unit, a short
        phrase saying where, then the auxiliary and the casualty word (with no object after it)."""
        m = self.trigger_at(t)
        if m is None and self._injury_predicate(t) is None or m is not None and self._has_object(t + m[0]):
            return []  # (or a word of care: "A passenger in one of the cars was flown to a trauma center")
        for s in range(limit, b):
            chain = self.chain_forward(s, allow_names=False)
            if not chain or chain[-1].low is None and chain[-1].best is None:
                continue
            k = chain[-1].end
            if k < b and self.lowers[k] in self.g.place_phrase_prepositions and 2 <= b - k <= 5 and all(
                    self.lowers[x] == "<q>" or (self.is_word(x) and self.lowers[x] not in self.lex.aux
                                                and not self.trigger_at(x)) for x in range(k + 1, b)):
                return chain
        return []

    def _relative_subject(self, b: int, limit: int, had_aux: bool, harm_ok: frozenset[int] = frozenset()) -> list[Unit]:
        """Victims with a clause between them and the verb: 'a passenger who tried to put the fire
        out was also injured', 'all 16 people who died', 'two hostages held by the group were
        released', 'two men riding a motorcycle were killed'. The clause holds no casualty word
        and no punctuation, and the victims open a clause."""
        lo = self.lowers
        g = self.g
        for s in range(limit, b):
            if s > limit and lo[s - 1] not in g.clause_openers and not self.is_aux(s - 1) and lo[s - 1] not in (
                    g.subject_lead_ins):
                continue
            if harm_ok and s not in self._harm_starts:
                continue
            chain = self.chain_forward(s, allow_names=had_aux or bool(harm_ok))
            if not chain:
                continue
            e = chain[-1].end
            if e >= b or b - e > 16:
                continue
            if lo[e] == "," and e + 1 < b and lo[e + 1] in g.who:
                e += 1  # "the perpetrator, who also died in the attack,"
            w = lo[e]
            relative = w in g.relative_pronouns or w in g.possessive_relatives \
                or (w in g.short_prepositions and b - e <= 4)  # "a bomber on foot"
            participle = self.is_word(e) and not self.trigger_at(e) and not self.person_noun(e) and (
                (w.endswith(g.gerund_suffixes) and len(w) > 4) or ((w.endswith(g.past_suffixes) or w in g.irregular_participles)
                                                                and e + 1 < b and lo[e + 1] in g.participle_links))
            if not (relative or participle) or (w in g.that and chain[-1].kind == "named"):
                continue  # "told NBC News that ...": what was said, not who
            # "three people who were standing near the gate were injured": the clause's own
            # auxiliary right after "who"
            own_aux = {e + 1} if w in g.who and e + 1 < b and lo[e + 1] in g.copulas else set()
            if (w in g.who or w in g.possessive_relatives) and not own_aux:
                # "4,500 people who had been sheltering there have fled", "people whose homes were destroyed"
                k = e + 1
                if w in g.possessive_relatives:  # past what is theirs, to its own verb
                    while k < b and k - e <= 3 and self.is_word(k) and lo[k] not in g.verb_aux:
                        k += 1
                    if k >= b:
                        continue  # the verb is the clause's: "a mother whose son was shot dead"
                while k < b - 1 and lo[k] in g.verb_aux and lo[k] not in g.relative_pronouns | g.who:
                    own_aux.add(k)
                    k += 1
            ages = self._age_tokens()
            if any(not self.is_word(k) and lo[k] != "<q>" and k not in ages or (self.trigger_at(k) and k not in harm_ok)
                   or (lo[k] in g.verb_aux and not harm_ok and k not in own_aux) or lo[k] in g.relative_clause_breaks
                   for k in range(e + 1, b)):  # (an age is a word: "the driver who hit a 12-year-old girl")
                continue
            return chain
        return []

    def _infinitive(self, t: int) -> bool:
        """A casualty verb in the infinitive ('menacé de tuer 50 personnes', 'amenazó con asesinar')
        tells of no deed, unless 'after' stands just before it ('tras matar a su esposa'). People
        made to leave did leave ('obligaron a evacuar a 300 vecinos')."""
        w = self.lowers[t]
        roles = self.trigger_at(t)
        lemma = self.lex.lemma
        if not w.endswith(self.g.infinitive_suffixes) or (lemma(w) if lemma else w) != w or not roles \
                or any(r == "noun" or c in ("evacuated", "displaced") for r, c in roles[1]) or t - 1 in self.ended_up:
            return False  # (nor 'acabou por morrer': ended up dying)
        return not any(x in self.g.after_words for x in self.lowers[max(0, t - 2):t])

    def _implicative(self, k: int) -> bool:
        """Whether the 'to' at k follows a verb saying the deed was done ('managed to evacuate',
        'forced staff to evacuate', 'prompted officials to evacuate';
        ``implicative_verbs``), right before it or before a short object without punctuation."""
        lo = self.lowers
        return any(lo[j] in self.g.implicative_verbs and all(self.is_word(x) for x in range(j + 1, k))
                   for j in range(max(0, k - 3), k))

    def hypothetical_at(self, t: int) -> bool:
        if self.g.infinitive_suffixes and self._infinitive(t):
            return True
        for k in range(t - 1, max(-1, t - 5), -1):
            w = self.lowers[k]
            tok = self.tokens[k].text
            if w in self.lex.hypothetical_blockers:
                return False
            if w in (",", ";", ".") or w == "<q>":
                return False
            if w in self.g.infinitive_markers:
                if k == t - 1 and not self._implicative(k):
                    return True
                if k == t - 1:
                    continue  # 'forced staff to evacuate 140 patients', 'managed to evacuate': done
                if any(self.lowers[j] in self.g.copulas for j in range(k + 1, t)):
                    return False  # 'two drivers who tried to escape were shot': the attempt is the escape's
                if any(self.lowers[j] in self.lex.senses.object_pronouns or self.person_noun(j) for j in range(k + 2, t)):
                    return False  # 'a neighbor who tried to reach them suffered burns': the infinitive has its object
                continue
            if w in self.lex.hypothetical and tok[:1].islower():
                return True
        return False

    def find(self) -> list[RawClaim]:
        """Every claim of the sentence, in order."""
        claims: list[RawClaim] = []
        used_units: set[tuple[int, int]] = set()
        trig = self.triggers()
        prev_end = 0
        for t, te, roles in trig:
            if t < prev_end:
                continue
            if self._either(te):
                prev_end = te  # "were killed or injured", "killed, injured or captured": no figure for either
                continue
            found = [c for c in map(self._stayed_after_evacuation, self._from_trigger(t, te, roles, prev_end))
                     if physical_harm(self, c)]
            if found and self._denied(t):
                found = []  # "The truck driver was not hurt", "did not kill the guard"
            for c in found:
                if t in self._agent_harm and c.category == "injured":
                    c.rule = "harm"  # "was diagnosed with anthrax. She died": the death takes over
                if c.rule in ("passive", "harm") and c.unit.start < c.trigger_start:
                    self._passive_starts.add(c.unit.start)
                    self._passive_verbs.add(c.trigger_start)
            earlier = bool(found) and named_earlier_event(self)
            for c in found:
                c.hypothetical = c.hypothetical or speculative(self, c) or self._drill(c)
                if earlier or beyond_one_incident(c) or told_in_a_proceeding(self, c) or named_by_kin(self, c):
                    c.extra["other_event"] = True
                if generic_present(self, c):
                    c.extra["present"] = True  # generic unless in the title (document.py)
            if found:
                found += self._trailing_including(found)
            for c in found:
                key = (c.unit.start, c.category)
                if key in used_units:
                    continue
                used_units.add(key)
                claims.append(c)
                self._last_subgroup = c.unit.subgroup
            if found:
                prev_end = max(te, max(c.unit.end for c in found))
        found_safe = [t for t, _te, roles in trig if any(r == "release" for r, _c in roles)]
        claims.extend(self._missing_rest(trig))
        breaks = _TOLL_BREAKS | (self.g.clause_openers - self.g["and"] - {"then"})
        claims = [c for c in claims if not (c.category == "missing" and any(
            t > c.trigger_end and not any(self.lowers[k] in breaks for k in range(c.trigger_end, t))
            for t in found_safe))]
        # ('a pensioner who had been reported missing was found safe': missing no longer; but 'four
        # divers remain missing after three of their companions were found alive': other people)
        claims += self._missing_found_dead(trig, claims)
        dead_after = {(c.unit.start, c.unit.end): c.trigger_start for c in claims
                      if c.category == "killed" and not c.hypothetical}
        claims = [c for c in claims if not (c.category == "missing" and dead_after.get(
            (c.unit.start, c.unit.end), -1) > c.trigger_end)]  # ('a hiker who had been missing was found dead': dead)
        if any(any(r in ("release", "release_active") for r, _c in roles) and not thing_released(self, t)
               and self._set_free(t, te, roles) for t, te, roles in trig) or self._escaped(claims) \
                or self._freed_later(claims, trig):
            for c in claims:  # 'freed two of the five aid workers seized last month': the news is their release
                if c.category == "kidnapped":
                    c.extra["captives_now"] = True
        claims.extend(self._as_was(claims))
        claims.extend(self._left_after_evacuation(claims))
        claims.extend(self._held_by(claims))
        claims.extend(self._taken_along(claims))
        claims.extend(self._displaced_arriving(claims))
        claims.extend(self._searched_for(claims))
        claims.extend(self._sought(claims, trig))
        claims.extend(self._moved_to_safety(claims))
        self._refuge_part(claims)
        if self.g.only_words:
            claims.extend(self._only_victims(claims))
        tolls = self._tolls()
        toll_of = {c.unit.start: c.category for c in tolls}
        # the number a toll reads is its figure, no subject of a later verb: "число погибших возросло
        # до пяти, ещё трое числятся пропавшими" (3 missing, not 5 + 3)
        claims = [c for c in claims if toll_of.get(c.unit.start, c.category) == c.category]
        for toll in tolls:  # "число пострадавших выросло до 47, из них 12 детей": its parts too
            claims.append(toll)
            claims.extend(c for c in self._trailing_including([toll]) if (c.unit.start, c.category) not in used_units)
        if self.lex.toll_raise:
            claims.extend(self._raised_tolls())
        claims.extend(self._totals_brought(claims))
        claims.extend(self._with_wounds(claims))
        self._running_totals(claims)
        claims = [c for c in claims if not self._earlier_figure(c.unit.start)]  # "..., up from 14 dead a day earlier"
        if self._tally_line():
            for c in claims:  # "3 fatalities." closing an event note: the coder's total
                if c.unit.start == 0 and c.category == "killed":
                    c.extra["coded"] = True
        claims = [c for c in claims if c.unit.kind != "plural" or c.category in ("killed", "injured")]
        # attackers who flee get away; they are never displaced ("Der Täter ist auf der Flucht")
        claims = [c for c in claims if not (c.category == "displaced" and c.unit.subgroup == ATTACKERS)]
        for c in claims:
            if c.unit.kind == "pronoun" and c.unit.subgroup is None and self._subject_attacker(c.unit.start):
                c.unit.subgroup = ATTACKERS  # "A gunman opened fire ... before he was shot dead"
            span = self._across_clause.get(c.unit.start) \
                if c.category == "killed" and c.unit.subgroup in (None, "civilians") else None  # (not police, soldiers)
            if span is not None and any((d.rule in ("active", "harm") or (  # (verb-final: "der ... verletzt hatte")
                    d.trigger_end < self.n and self.lowers[d.trigger_end] in self.g.acts_aux and self.lex.max_gap))
                    and span[0] < d.trigger_start < span[1] and d.category in ("killed", "injured")
                    and d.unit.start > span[0] for d in claims):
                c.unit.subgroup = ATTACKERS  # "L'uomo che aveva accoltellato tre passanti è stato ucciso": who did the harm
            if c.category == "killed" and c.unit.subgroup in (None, "civilians") and c.unit.best == 1 \
                    and c.unit.kind != "pronoun" and any(
                    d.rule in ("active", "harm") and d.category in ("killed", "injured") and d.trigger_start > c.trigger_end
                    and d.trigger_start >= 2 and self.lowers[d.trigger_start - 1] in self.g.one_pronouns
                    and self.lowers[d.trigger_start - 2] in self.g.gerund_openers for d in claims):
                c.unit.subgroup = ATTACKERS  # "the man who was shot dead by officers after he stabbed two people"
            if c.unit.qualifier == "ordinal" and c.category != "killed" and (c.rule != "noun" or c.unit.end <= c.trigger_start) \
                    and self.lowers[c.unit.start] in self.g.definite_articles:  # (or "The third victim was seriously injured")
                u = c.unit  # "The second victim was transported to a hospital": one of the people told of,
                u.low = u.best = u.high = 1  # not a toll (a death told so counts on: "the fourth victim died")
                u.qualifier, u.kind = None, "one"
            if c.unit.qualifier == "ordinal":
                c.toll = True  # "two died at the scene and a third in hospital": 3 in all, not 2 + 3
        for c in claims:
            if c.unit.subgroup is None and c.unit.head is None and c.unit.kind == "count":
                c.unit.subgroup = self._among_after(max(c.trigger_end, c.unit.end)) or None
        self._noun_left_out(claims)
        self._fronted_part(claims)
        self._wounded_who_died(claims)
        claims += self._part_of_the_hurt_died(claims)
        self._cared_part(claims)
        claims += self._fatal_after(claims)
        self._fatal_part(claims)
        dead = {c.unit.start for c in claims if c.category == "killed"}
        self._counted_parts: set[int] = set()
        for c in claims:
            self._less_the_dead(c, claims)
        for h in claims:  # the people hit, split by what follows, hand their subgroup to the parts ("Deux gendarmes
            if h.rule == "harm" and h.unit.subgroup is not None and self._split_later(h, claims):  # ont été percutés ;
                for c in claims:  # l'un d'eux est mort, l'autre est blessé")
                    if c.unit.start > h.unit.start and c.unit.inherit and c.unit.subgroup is None:
                        c.unit.subgroup = h.unit.subgroup
        claims = [c for c in claims if c.rule != "harm" or (c.unit.start not in dead and not self._split_later(c, claims))]
        claims = [c for c in claims if c.category != "injured" or c.unit.start not in self._died_after_clause]
        # "The gunman died by suicide after being wounded by police": the same people dead are not injured
        claims = [c for c in claims if c.category != "injured" or c.unit.start not in dead or c.unit.best != 1]
        claims.sort(key=lambda c: (c.unit.start, c.trigger_start))
        return self._pronoun_restated(claims)

    def _missing_found_dead(self, trig: list, claims: list[RawClaim]) -> list[RawClaim]:
        """'Un randonneur porté disparu depuis lundi a été retrouvé mort': a passive of death
        with no people of its own after a participle of the missing, only adverbials and its
        auxiliaries between, tells of the missing people (who are then no longer missing)."""
        out: list[RawClaim] = []
        for t, te, roles in trig:
            if ("passive", "killed") not in roles or any(c.trigger_start == t for c in claims):
                continue
            miss = [c for c in claims if c.category == "missing" and c.unit.start < c.trigger_start < t]
            if not miss or self.aux_before(t, 0) == t:
                continue
            m = miss[-1]
            if all(self.is_word(x) and not self.person_noun(x) and not self.trigger_at(x)
                   for x in range(m.trigger_end, t)):
                out.append(RawClaim("killed", m.unit, t, te, "passive", m.hypothetical))
        return out

    def _pronoun_restated(self, claims: list[RawClaim]) -> list[RawClaim]:
        """'A man was found dead ..., and investigators are treating his death as a homicide', 'A
        man sustained stab wounds and was taken to a hospital, where he remains in critical
        condition': a pronoun of one person after one person of the same category in the
        sentence is that person again, not one more (an attacker's own death stays: 'killed a
        woman before he was shot dead'); the one person hurt before a pronoun's death is that
        person, dead ('A woman was taken to the hospital, where she later died')."""
        g = self.g
        died = [c.unit.start for c in claims if c.category == "killed" and c.unit.best == 1 and c.unit.start < c.trigger_start
                and c.unit.head in g.one_pronouns and c.unit.subgroup != ATTACKERS and not c.hypothetical]
        # (its subject: not "shot him dead"; a death that did not happen takes no one: "said he nearly died")
        hurt = [c for c in claims if c.category == "injured" and c.unit.best == 1 and died and c.unit.start < died[0]]
        if len(hurt) == 1:  # "She was taken to a hospital, where she succumbed to her injuries": dead, not injured
            claims = [c for c in claims if c is not hurt[0]]
        out: list[RawClaim] = []
        for c in claims:
            u = c.unit
            if u.best == 1 and u.head in g.one_pronouns and u.subgroup != ATTACKERS and any(
                    d.category == c.category and d.unit.best == 1 and d.unit.start < u.start
                    and d.unit.head not in g.one_pronouns and d.unit.subgroup != ATTACKERS for d in out):
                continue
            out.append(c)
        return out

    def _from_trigger(self, t: int, te: int, roles: frozenset[tuple[str, str]], limit: int) -> list[RawClaim]:
        lo = self.lowers
        g = self.g
        active = sorted({c for r, c in roles if r == "active"})
        passive = sorted({c for r, c in roles if r == "passive"})
        nouns = sorted({c for r, c in roles if r == "noun"})
        hyp = self.hypothetical_at(t)
        # left 27 dead; left the victim with serious injuries
        if lo[t] in self.lex.left_verbs:
            units = self.chain_forward(te, allow_names=False)
            got = self.ordinal_at(te + 1) if not units and te + 1 < self.n and lo[te] in g.indefinite_articles else None
            if got is not None:  # "killed two of his friends and left a third fighting for his life"
                units = [Unit(te, te + 1 + got[1], got[0], got[0], got[0], qualifier="ordinal", inherit=True)]
            st = self._state_at(self.lex.left_states, units[-1].end) if units else None
            if st:  # left 27 dead; left 2,300 people without shelter
                return [RawClaim(st[1], u, t, units[-1].end + st[0], "left", hyp) for u in units]
            if units and units[-1].end < self.n and lo[units[-1].end] in g["with"]:
                nouns_at = self.lex.injury_predicates.get("suffer_nouns", [])
                for k in range(units[-1].end + 1, min(self.n, units[-1].end + 4)):
                    if any(tuple(lo[k:k + len(p)]) == p for p in nouns_at):
                        return [RawClaim("injured", u, t, k + 1, "left", hyp) for u in units]
        # took 12 people hostage, held three employees captive
        if lo[t] in self.lex.hostage_verbs:
            units = self.chain_forward(self._group_of(te), allow_names=True, object_list=True)
            st = self._state_at(self.lex.hostage_states, units[-1].end) if units else None
            if st:  # took 12 people hostage; took nine people into custody
                return [RawClaim(st[1], u, t, units[-1].end + st[0], "frame", hyp) for u in units]
            if units and t > 0 and lo[t - 1] in self.lex.hostage_captors:  # "kidnappers holding five engineers"
                return [RawClaim("kidnapped", u, t, units[-1].end, "frame", hyp) for u in units]
            cat = self._taking_agent(t) if units and units[0].best else None
            if cat and not (cat == "kidnapped" and any(u.subgroup == ATTACKERS for u in units)):
                # "gunmen held a group of 23 worshippers inside a church": armed men keeping people
                # hold captives, police or soldiers hold people arrested
                return [RawClaim(cat, u, t, units[-1].end, "frame", hyp) for u in units]
            if units and lo[units[-1].end - 1] in self.lex.hostage_states and (
                    units[-1].end - 1 > units[-1].start + 1 or lo[units[-1].end - 1] in self.lex.release_heads):
                # (or "holding 40 hostages": the people named by the state itself; not "held 400 prisoners")
                cat = self.lex.hostage_states[lo[units[-1].end - 1]]  # "12 people hostage" read as one noun
                return [RawClaim(cat, u, t, units[-1].end, "frame", hyp) for u in units]
            if not any(r != "hostage" for r, _ in roles):
                return []
        # stabbed a man to death, shot two men dead
        if lo[t] in self.lex.frame_verbs:
            # verb-final languages may put adverbials first: "nahm nach den Krawallen 31 Personen fest"
            start = self._after_object_marker(te)  # "obligó a 300 personas a abandonar sus casas"
            for k in range(start, min(self.n, start + 1 + self.lex.max_gap)):
                if k > start and (not self.is_word(k - 1) or self.trigger_at(k - 1) or self.person_noun(k - 1)):
                    break
                units = self.chain_forward(k, allow_names=True)
                if units:
                    units = self._state_inside(units)  # "drove 2,000 villagers from their homes"
                if len(units) > 1 and units[-1].end < self.n and not self.lex.frame_states.match(lo, units[-1].end):
                    # "forced about 3,500 people from their homes in the valley, and 900 of them spent the
                    # night in evacuation centres": the state after the first people closes them, not a list
                    units = next(([*units[:i], replace(u, end=p)] for i, u in enumerate(units)
                                  for p in range(u.start + 1, u.end + 1)
                                  if p < self.n and self.lex.frame_states.match(lo, p)), units)
                if units and units[-1].end < self.n:
                    st = self.lex.frame_states.match(lo, units[-1].end)
                    end = units[-1].end
                    if not st and units[-1].nested:  # "moved 85 patients, including 12 in intensive care, to ..."
                        end = next((x + 1 for x in range(end, min(self.n - 1, end + 8)) if lo[x] == ","
                                    and all(self.is_word(y) for y in range(end, x))), end)
                        st = self.lex.frame_states.match(lo, end) if end > units[-1].end else None
                    if st and st[1] == "injured" and (self._names_illness() or self.disease or (
                            end + st[0] < self.n and lo[end + st[0]] in self.g.infinitive_markers)):
                        return []  # "sent 40 guests to hospital with food poisoning": care for an illness;
                        # "sent two officers to the hospital to interview the victims": an errand
                    if st:  # attackers forced to flee get away; they are never displaced
                        return [RawClaim(st[1], u, t, end + st[0], "frame", hyp) for u in units
                                if not (st[1] == "displaced" and u.subgroup == ATTACKERS)]
        if self.phrase_key(t, te) in self.lex.harm:
            return self._harm(t, te, roles, limit, hyp)
        if any(r in ("release", "release_active") for r, _ in roles):
            return self._released(t, te, roles, limit, hyp)
        if any(r == "taken_by" for r, _ in roles) and not active and not passive:
            return self._taken_by(t, te, limit, hyp)
        if active and passive and any(lo[x] in g.passive_aux for x in range(self.aux_before(t, limit), t)) \
                and not (t > 0 and lo[t - 1] in g.perfect_aux and self._has_object(te)):
            active = []  # "Two officers were wounded and arrested the suspect": a passive, with no object
            # (but "He is believed to have killed three people": a perfect, with its object)
        if active and passive and self._active_perfect(t):
            passive = []  # "La Juventus ha ucciso la partita": the one before did it, no victim
        # killed and injured 5 / killing and wounding dozens
        cats = list(active)
        k = te
        if active and k + 1 < self.n and lo[k] in g.verb_coordinators:
            m = self.trigger_at(k + 1)
            if m and any(r == "active" for r, _ in m[1]):
                cats += [c for r, c in m[1] if r == "active" and c not in cats]
                k = k + 1 + m[0]
        if active and k < self.n and lo[k] in g.of and t > 0 and lo[t - 1] in g.definite_articles:
            k += 1  # "the killing of 1 member", "the injuring of 3 others"
        if active and 0 < t and k < self.n and lo[t - 1] in _QUOTES and lo[k] in _QUOTES:
            k += 1  # a word in scare quotes: 'said it had "neutralized" 12 attackers'
        if active:
            k = self._past_manner(k)  # "ha ferito a coltellate due carabinieri", "a tué à coups de couteau deux passants"
            k = self._after_object_marker(k)  # "mató a 27 personas"
            k = self._group_of(k)  # "killed a group of 12 villagers"
            units = self._cut_next_subject(self.chain_forward(k, allow_names=True, object_list=True))
            if (self.lex.max_gap or self.lex.bare_nouns) and not (t > 0 and lo[t - 1] in g.articles):
                units = self._verb_second_object(k, units)  # verb-second or free word order (not "den Verletzten")
            if not units and self.context and k < self.n and lo[k] in g.indefinite_articles \
                    and set(cats) <= {"killed", "injured"}:
                u = self.unit_at(k, allow_names=False, loose=True)  # "killed a parishioner who tried to intervene":
                units = [u] if u is not None and u.kind == "one" else []  # a trade or role as the one harmed, in a
                # report whose first lines tell of violence, an accident or a disaster, with "a" (not "killing the
                # filibuster")
            if not units:
                units = self._list_after_plural(k)  # "wounding its occupants, a mayor and his aide"
            if not units:
                units = self._carried_people(k, cats)  # "seized a bus carrying 40 passengers"
            if not units:
                units = self._clitic_object(t)  # "agentes ..., que lo detuvieron": one person
            if units and self.phrase_key(t, te) in g.agent_taking:
                taken = self._taking_agent(t)  # "police picked up two journalists"; "bandits carried off 32 villagers"
                cats = [taken] if taken else []
            if units and cats:
                units += [u for u in self._companions(units[-1].end) if u.start > units[-1].end]  # "killed 13
                # people besides the six bombers"
                units += self._gapped_more(cats, units, units[-1].end)  # "arrested two men on Friday and three more on Saturday"
                return [RawClaim(cat, u, t, te, "active", hyp) for cat in cats for u in units]
        counted = int(self.lex.postposed_subject and t >= 3 and lo[t - 1] == "<q>")  # "Entre os 14 feridos há ..."
        c = te + 1 if self.lex.postposed_subject and te + 1 < self.n and lo[te] == "," else te  # "Parmi les blessés, on compte"
        if self.lex.postposed_subject and c < self.n and lo[c] in g.of_phrase_openers and t >= 2 and lo[t - 1 - counted] in g.definite_articles:
            # "Entre os 18 mortos do ataque estão ...", "Tra i 14 feriti dell'incidente sull'A14 ci sono ..."
            k = c + 1
            while k < self.n and k - c <= 8 and (self.is_word(k) or lo[k].isdigit()) and lo[k] not in g.copulas \
                    and not self.trigger_at(k):
                k += 1
            if k < self.n and lo[k] in g.copulas:
                c = k
        if (nouns or passive) and t >= 2 + counted and lo[t - 2 - counted] in g.among \
                and lo[t - 1 - counted] in g.definite_articles and c < self.n and lo[c] in g.copulas:
            # among the dead were 10 civilians ("tra i feriti ci sono due minorenni": a copula of two words)
            k = c + 2 if c + 1 < self.n and lo[c + 1] in g.copulas else c + 1
            units = self.chain_forward(self._among_fillers(k), allow_names=True, object_list=True)
            if units:
                found = [RawClaim(cat, u, t - 2 - counted, te, "among", hyp) for cat in (nouns or passive) for u in units]
                if counted:
                    for u in units:
                        u.nested = True
                    q = self.quantities[t - 1]
                    total = Unit(t - 1, t, q.low, q.best, q.high, qualifier=q.qualifier)
                    found += [RawClaim(cat, total, t, te, "noun", hyp) for cat in (nouns or passive)]
                return found
        if nouns and t >= 1 and lo[t - 1] in g.among_bare and te < self.n:
            # without articles or copula: "Среди погибших трое детей", "Среди раненых — двое"
            units = self.chain_forward(te + 1 if lo[te] in g.copulas else te, allow_names=True, object_list=True)
            if units:
                return [RawClaim(cat, u, t - 1, te, "among", hyp) for cat in nouns for u in units]
        if passive and t == limit:
            # "Injured in the blast were four employees and a visitor": the participle first
            k = te
            while k < self.n and k - te <= 8 and self.is_word(k) and lo[k] not in g.copulas \
                    and not self.trigger_at(k) and lo[k] not in g.relative_clause_breaks:
                k += 1
            if te - t > 1 and lo[te - 1] in g.copulas:
                k = te - 1  # the trigger ends with its copula: "Getötet wurden vier Soldaten"
            if k < self.n and lo[k] in g.copulas and (k == te or k == te - 1 or lo[te] in g.short_prepositions):
                units = self.chain_forward(self._among_fillers(k + 1), allow_names=True, object_list=True)
                if units:
                    return [RawClaim(cat, u, t, te, "passive", hyp) for cat in passive for u in units]
        if nouns and self.lex.bare_nouns and (t == 0 or lo[t - 1] in (",", ";", ":")) and te < self.n:
            # "Погибших двое, пострадавших — 15": the casualty noun first, its number as the predicate
            k = te + 1 if lo[te] in g.copulas else te
            units = self.chain_forward(k, allow_names=False) if k < self.n and lo[k] == "<q>" else []
            if units:
                return [RawClaim(cat, u, t, te, "noun", hyp) for cat in nouns for u in units]
        among = self._among_before(t, limit)
        if among is not None and (nouns or passive):
            # two police officers were among the 11 dead; a boy was among those killed
            start, units = among
            for u in units:
                u.nested = True
            found = [RawClaim(cat, u, start, te, "among", hyp) for cat in (nouns or passive) for u in units]
            if nouns and t > 0 and lo[t - 1] == "<q>":
                q = self.quantities[t - 1]
                total = Unit(t - 1, t, q.low, q.best, q.high, qualifier=q.qualifier)
                found += [RawClaim(cat, total, t, te, "noun", hyp) for cat in nouns]
            return found
        if nouns and t > 0 and lo[t - 1] in g.definite_articles and te < self.n and self.lex.including.match(lo, te):
            # "the dead included four children and two women": parts of a total given elsewhere
            units = self.chain_forward(te + self.lex.including.match(lo, te)[0], allow_names=True)
            for u in units:
                u.nested = True
            if units:
                return [RawClaim(cat, u, t - 1, te, "included", hyp) for cat in nouns for u in units]
        if passive and t > 0 and self._people_referred(t):
            # "those injured in the attack included three children", "the people killed in the
            # blast included a police officer": parts of people told of elsewhere
            for k in range(te, min(self.n, te + 6)):
                m = self.lex.including.match(lo, k)
                if m:
                    units = self.chain_forward(k + m[0], allow_names=True)
                    for u in units:
                        u.nested = True
                    if units:
                        return [RawClaim(cat, u, t, te, "included", hyp) for cat in passive for u in units]
                    break
                if not self.is_word(k) or self.trigger_at(k) or lo[k] in self.lex.aux:
                    break
        if nouns == ["injured"] and self._dies_next(te):
            one = self._one_injured_who_died(t, te, hyp)  # "El herido falleció", "Раненый скончался"
            if one is not None:
                return [one]
            if self.lex.postposed_subject and not any(u.kind == "partitive" for u in self.passive_units(t, limit)[0]):
                return []  # "un blessé est mort à l'hôpital": no injury figure (but "uno de los heridos murió": one of them)
        if nouns:
            # the deaths of three people, the bodies of five men; injuries to four people
            of = te < self.n and (lo[te] in g.of or (lo[te] in g.injury_to and nouns == ["injured"]))
            if of or (te < self.n and lo[te - 1] in g.genitive_heads):  # "о гибели пяти человек": a case, no 'of'
                units = self.chain_forward(te + 1 if of else te, allow_names=of, object_list=True)
                if not units and of and lo[te] in g.of_articles and te + 1 < self.n:
                    one = self._singular_unit(te, te + 1)  # "la muerte del marido", "il ferimento della moglie"
                    units = [one] if one is not None and one.kind == "one" else []
                if not units and of:
                    units = self._carried_people(te + 1, nouns)  # "the evacuation of a nursing home with 90 residents"
                if units:
                    return [RawClaim(cat, u, t, te, "noun-of", hyp) for cat in nouns for u in units]
            ordinal = self._ordinal_before(t)
            if ordinal is not None:
                return [RawClaim(cat, ordinal, t, te, "noun", hyp) for cat in nouns]
            counted = self._counted_noun(t)
            if counted is not None:  # "un blessé", "1,2 milhões de deslocados", "sono 3,5 milioni gli sfollati"
                return [RawClaim(cat, counted, t, te, "noun", hyp) for cat in nouns]
            one = self._prenominal_one(t, te) if set(nouns) <= {"arrested", "kidnapped"} else None
            if one is not None:  # "Der am Sonntag in Stuttgart festgenommene 28-Jährige"
                return [RawClaim(cat, one, t, te, "noun", hyp) for cat in nouns]
            owner = self._owner_of(t) if lo[t] in g.body_nouns and self._found(te) else None
            if owner is not None:  # "the assailant's body was found", "Smith's death"
                return [RawClaim(cat, owner, t, te, "noun", hyp) for cat in nouns]
            if t > 0 and lo[t - 1] in g.possessive_one and lo[t] in g.body_nouns and self._found(te):
                return [RawClaim(cat, Unit(t - 1, t, 1, 1, 1, kind="one", head=lo[t - 1]), t, te, "noun", hyp)
                        for cat in nouns]  # "His body was found two days later"
            if t > 0 and lo[t - 1] in g.possessive_one and lo[t] in g.death_nouns:
                return [RawClaim(cat, Unit(t - 1, t, 1, 1, 1, kind="one", head=lo[t - 1]), t, te, "noun", hyp)
                        for cat in nouns]
            units, _ = self.passive_units(t, limit)
            if passive and any(u.kind in ("named", "pronoun", "one") for u in units):
                units = []  # "Smith and four others were wounded": the verb reads them all
            if not (len(units) > 1 and any(u.kind == "count" for u in units)):
                units = [u for u in units if u.kind not in ("named", "pronoun", "one")]
            # (a list keeps its single people: "The driver and five passengers survived with injuries")
            if units and passive:
                units = units + self._companions(te)  # "were wounded, as well as a civilian"
            if units:
                units += self._gapped_more(nouns, units, te)  # "three people are missing in Kerala and two in Karnataka"
                return [RawClaim(cat, u, t, te, "noun", hyp) for cat in nouns for u in units]
        if passive:
            units, had_aux = self.passive_units(t, limit)
            if len(units) > 1 and units[-1].kind == "partitive" and lo[units[-1].end - 1] in g.partitive_pronouns \
                    and not any(u.nested for u in units):
                units = units[-1:]  # "charged three men, two of whom are in custody": the two
            across = self._subject_across_clause(t)
            if across is not None and (not units or units[0].start > across[1]):
                # "the man who stabbed two people was shot dead", "a woman who had been stabbed by
                # her husband died": the subject before the relative clause, not a unit inside it
                units, had_aux = across[0], True
                self._across_clause.update((u.start, (across[1], t)) for u in units)
                if passive == ["killed"] and across[2]:
                    self._died_after_clause.update(u.start for u in units)
            if not units and not self._has_object(te):
                units = self._gerund_subject(t)  # "killed two people before being shot dead by police"
                had_aux = had_aux or bool(units)
            if not units and not self._has_object(te):
                units = self._relative_antecedent(t)  # "subdued the attacker, who was then arrested"
                had_aux = had_aux or bool(units)
            if not units and not active and passive == ["killed"] and (
                    self.phrase_key(t, te) in self.lex.self_killed or (lo[t] in g.died and self._violent_death(te))):
                units = self._named_subject(t, limit)  # "before Page died from a self-inflicted gunshot wound"
            if not units and passive == ["killed"] and self._harm_starts:
                # "a man who was shot by police died": the one shot is the one who died
                harm_ok = frozenset(k for k in range(self.n) if self._harm_at(k))
                units = self._relative_subject(self.aux_before(t, 0), 0, True, harm_ok | {-1})
            if not units and self.phrase_key(t, te) in self.lex.self_killed and lo[t].endswith(g.gerund_suffixes) \
                    and t > 0 and lo[t - 1] in g.gerund_openers | g["and"]:
                units = [Unit(t, te, 1, 1, 1, kind="reflexive", subgroup=ATTACKERS)]  # "... before turning the gun on himself"
            if not units and self.lex.implicit_subject and self.phrase_key(t, te) in self.lex.self_killed:
                units = [Unit(t, te, 1, 1, 1, kind="reflexive", subgroup=ATTACKERS)]  # "... avant de se donner la mort"
            if not units and passive == ["killed"]:
                units = self._implicit_one(t, te)  # "Murió horas después en el hospital": the one told of before
            if units and self.phrase_key(t, te) in self.lex.self_killed:
                for u in units:  # "he blew himself up": the attacker, unless the text says who
                    u.subgroup = u.subgroup or ATTACKERS
                also = self.chain_forward(te + 1, allow_names=True, object_list=True) \
                    if te + 1 < self.n and self.lowers[te] in g["and"] else []  # "killed himself and a bystander"
                return [RawClaim("killed", u, t, te, "passive", hyp) for u in units] + \
                    [RawClaim("killed", u, t, te, "active", hyp) for u in also if not u.nested]
            if units and not had_aux and passive == ["kidnapped"] and te < self.n \
                    and lo[te] in self.lex.determiners_one:
                return []  # "A man seized a phone from a tourist": a verb with a thing for its object
            if units and (had_aux or not self._has_object(te)):
                units = units + self._companions(te)  # "Twenty hostages were killed, along with two police officers"
                units += self._gapped_more(passive, units, te)  # "two men were arrested on Friday and three more on
                # Saturday"; "44 were killed at one mosque and seven at the other"
                return [RawClaim(cat, u, t, te, "passive", hyp) for cat in passive for u in units]
            units = self._coordinated_subject(t, limit, acts=passive == ["killed"] and (
                not active or self.aux_before(t, limit) < t))  # "... and then died"; not "... and fled"
            if units and self.phrase_key(t, te) in self.lex.self_killed:
                for u in units:
                    u.subgroup = u.subgroup or ATTACKERS
                return [RawClaim("killed", u, t, te, "passive", hyp) for u in units]
            if units:
                return [RawClaim(cat, u, t, te, "passive", hyp) for cat in passive for u in units]
            if self.lex.postposed_subject:
                units = self._postposed_subject(te)
                if units:
                    return [RawClaim(cat, u, t, te, "passive", hyp) for cat in passive for u in units]
        return []

    def _list_after_plural(self, k: int) -> list[Unit]:
        """'wounding its occupants, a mayor and his aide': people in the plural with no number,
        then after a comma the list that counts them, or their number and 'in all' (``all_told``:
        'abducted the pupils, 80 in all')."""
        lo = self.lowers
        if k + 3 >= self.n or lo[k] not in self.g.prefix_determiners:
            return []
        pn = self.person_noun(k + 1)
        if pn is None or not self._plural(pn[2].split()[-1]) or k + 1 + pn[0] >= self.n or lo[k + 1 + pn[0]] != ",":
            return []
        units = self.chain_forward(k + 2 + pn[0], allow_names=True, object_list=True)
        if len(units) == 1 and units[0].best and units[0].kind == "count" and self._phrase_at(self.g.all_told, units[-1].end):
            units[0].head, units[0].subgroup = units[0].head or pn[2], units[0].subgroup or pn[1]
            return units  # "abducted the pupils, 80 in all": the number of them all
        return units if len(units) > 1 and all(u.best for u in units) else []

    def _group_of(self, k: int) -> int:
        """Past 'a group of' before counted people ('held a group of 23 worshippers'; ``group_nouns``)."""
        lo = self.lowers
        if k + 3 < self.n and lo[k] in self.g.indefinite_articles and lo[k + 1] in self.g.group_nouns \
                and lo[k + 2] in self.g.of and lo[k + 3] == "<q>":
            return k + 3
        return k

    def _carried_people(self, k: int, cats: list[str]) -> list[Unit]:
        """'Gunmen seized a bus carrying 40 passengers', 'hijacked a minibus with 18 people on
        board', 'evacuated a hospital with 140 patients': a vehicle or building taken or emptied
        (categories of ``carried_categories``) with the people in it, counted after a word of
        ``carrying_words``: those people are the ones kidnapped or evacuated. Kidnapped only
        with a vehicle (``vehicle_nouns``; 'seized a village with 2,000 residents' is no
        kidnapping) and not when police or soldiers seize it ('police seized a boat carrying 40
        migrants')."""
        lo, g = self.lowers, self.g
        if not set(cats) & g.carried_categories or k >= self.n or (lo[k] not in g.prefix_determiners and lo[k] != "<q>"):
            return []
        c = next((x for x in range(k + 1, min(self.n, k + 5)) if lo[x] in g.carrying_words), None)
        if c is None or c == k + 1 or any(not self.is_word(x) or self.person_noun(x) or self.trigger_at(x)
                                          for x in range(k + 1, c)):
            return []
        units = self.chain_forward(c + 1, allow_names=False, object_list=True)  # ("19 children and their driver")
        if not units or any(u.best is None or u.kind == "partitive" for u in units) or units[0].kind != "count":
            return []
        if "kidnapped" in cats and (self._taking_agent(k) == "arrested"
                                    or not any(lo[x] in g.vehicle_nouns for x in range(k + 1, c))):
            return []  # (a village or a town seized is no one kidnapped: "seized a village with 2,000 residents")
        return units

    def _agent_before(self, t: int) -> str | None:
        """The subgroup of the nearest person noun before token t in its clause (up to twenty
        words back, not across ';' or ':'), none for rescuers (``rescue_agents``: 'the coast
        guard'), or of an institution that acts (``acting_bodies``:
        'the authorities', 'the army'): the one who did what the verb at t tells. People named
        armed (``armed_words``: 'armed men', 'masked men') are attackers. Right after a relative
        pronoun, the agent is the noun the clause is about ('the gang that had held him'), or
        none."""
        lo = self.lowers
        r = t - 1
        while r > 0 and self.is_aux(r):
            r -= 1
        if r > 0 and lo[r] in self.g.relative_pronouns:  # "the gang that had held him": the clause's antecedent
            for k in range(r - 1, max(-1, r - 4), -1):
                pn = self.person_noun(k)
                if pn is not None:
                    return ATTACKERS if pn[1] is None and k > 0 and lo[k - 1] in self.g.armed_words else pn[1]
                if not self.is_word(k):
                    break
            return None
        for k in range(t - 1, max(-1, t - 21), -1):
            if lo[k] in (";", ":"):
                return None
            if lo[k] in self.g.rescue_agents:
                return None  # "the coast guard picked up 64 migrants", "a lifeboat picked up ...": a rescue
            if lo[k] in self.g.acting_bodies:
                return "police"
            pn = self.person_noun(k)
            if pn is not None and (k == 0 or self.person_noun(k - 1) is None):
                if k > 0 and lo[k - 1] in self.g.rescue_agents:
                    return None
                w, nxt = lo[k + pn[0] - 1], lo[k + pn[0]] if k + pn[0] < self.n else ""
                if w.endswith(("'", "’")) or nxt in ("'", "’") or any(
                        x.endswith(y) and len(x) > len(y) for x in (w, w + nxt) for y in self.g.possessive_suffixes):
                    continue  # "a girls' school", "the victims' relatives": no agent
                j = k - 1
                while j >= 0 and (lo[j] == "<q>" or lo[j] in self.g.prefix_determiners):
                    j -= 1
                if j >= 0 and (lo[j] in self.g.place_prepositions or lo[j] in self.g.of
                               or lo[j] in self.g.agent_prepositions or self.trigger_at(j)):
                    continue  # "near the villagers", "killed two guards and carried off ...": no subject
                sub = pn[1]
                return ATTACKERS if sub is None and k > 0 and lo[k - 1] in self.g.armed_words else sub  # "armed men"
        return None

    def _taking_agent(self, t: int) -> str | None:
        """'Police picked up two journalists' (arrested), 'Bandits carried off 32 villagers'
        (kidnapped): the category that the agent of the verb at t gives people taken away, as
        in 'taken away by' (``taken_by.agents``); none without one ('the bus picked up 40
        passengers')."""
        return self.lex.taken_agents.get(self._agent_before(t) or "")

    def _companions(self, te: int) -> list[Unit]:
        """'... were killed along with two police officers', 'died, together with his son': people
        after the casualty word (and a short adverbial) who share its fate."""
        lo = self.lowers
        k = te
        while k < self.n and k - te < 6 and self.is_word(k) and not self.trigger_at(k) and lo[k] not in self.lex.aux \
                and not self._phrase_at(self.g.companion_openers, k):
            k += 1
        if k < self.n and lo[k] == ",":
            k += 1
        m = self._phrase_at(self.g.companion_openers, k)
        if not m:
            return []
        units = self._cut_next_subject(self.chain_forward(k + m, allow_names=True, object_list=True))
        return [u for u in units if not u.nested]  # (", and 139 were wounded": the subject of a clause of its own)

    def _as_was(self, claims: list[RawClaim]) -> list[RawClaim]:
        """'Two firefighters were killed and two others were wounded, as was an off-duty police
        officer': the people after ', as was' share the category of the clause before."""
        lo = self.lowers
        out = []
        for i in range(1, self.n - 3):
            if lo[i] != "," or lo[i + 1] not in self.g.as_was or lo[i + 2] not in self.g.passive_aux:
                continue
            before = [c for c in claims if c.trigger_end <= i and c.rule in ("passive", "harm", "noun")]
            if not before:
                continue
            last = max(before, key=lambda c: c.trigger_end)
            units = self.chain_forward(i + 3, allow_names=True, object_list=True)
            if units and (units[-1].end >= self.n or not self.is_word(units[-1].end)):
                out += [RawClaim(last.category, u, last.trigger_start, last.trigger_end, last.rule, last.hypothetical)
                        for u in units]
        return out

    def _denied(self, t: int) -> bool:
        """Whether a word of ``not_words`` stands among the auxiliaries and adverbs right before
        the casualty word at t ('was not hurt', 'were not seriously injured', 'did not kill')."""
        if not self.g.not_words:
            return False
        lo = self.lowers
        return any(lo[k] in self.g.not_words and lo[k + 1] not in self.g.only_words  # (not "not only killed",
                   and lo[k + 1] not in self.g.how_badly  # nor "was not seriously injured": hurt, less badly)
                   for k in range(self.aux_before(t, 0), t))

    def _only_victims(self, found: list[RawClaim]) -> list[RawClaim]:
        """'The bomber was the only fatality', 'A guard was the only person killed', 'the driver
        was the only one hurt': the subject before the copula is every victim of the category, a
        toll (with its own subgroup: a bomber is the attacker, not one more dead). A claim read
        from the words after 'the only' ('the only person killed') gives way to it."""
        lo, g = self.lowers, self.g
        out: list[RawClaim] = []
        for c in range(1, self.n - 3):
            if lo[c] not in g.copulas or lo[c + 1] not in g.definite_articles or lo[c + 2] not in g.only_words:
                continue
            k = c + 3
            pn = self.person_noun(k)
            if pn or lo[k] in g.one_words:
                k += pn[0] if pn else 1
                if k < self.n and (lo[k] in g.who or lo[k] in g.infinitive_markers):
                    k += 1  # "the only person who died", "the only one to die"
            m = self.trigger_at(k) if k < self.n else None
            cats = sorted({cat for role, cat in m[1] if role in ("passive", "noun", "active")}) if m else []
            if len(cats) != 1 or cats[0] not in ("killed", "injured"):
                continue
            units, _ = self.passive_units(c, 0)
            if len(units) != 1 or units[0].best != 1:
                continue
            found[:] = [f for f in found if not (f.category == cats[0] and c < f.unit.start <= k)]
            cat = cats[0]
            if cat == "injured" and lo[k] in g.casualty_nouns and units[0].subgroup == ATTACKERS and (
                    any(w[:5] in self.lede_words for w in g.suicide_attack_words) or any(w in g.suicide_attack_words for w in lo)):
                cat = "killed"  # "a suicide bomber detonated explosives ... The bomber was the only casualty": his death
            out.append(RawClaim(cat, units[0], k, k + m[0], "only", toll=True))
        return out

    def _gerund_subject(self, t: int) -> list[Unit]:
        """'The gunman killed two people before being shot dead by police', 'stabbed a guard
        before being arrested': a passive gerund after 'before', 'after' or 'while' tells of the
        subject of the clause it hangs on (the first units of the sentence, or after its opening
        phrase or a verb of saying)."""
        lo = self.lowers
        b = self.aux_before(t, 0)
        being = next((x for x in range(b, t) if lo[x] in self.g.gerund_aux), None)
        if being is None and self._arrest_gerund(t):
            being = t  # "took three employees hostage before surrendering to police": the one who surrendered
        if being is None or being < 2 or lo[being - 1] not in self.g.gerund_openers:
            return []
        for s in range(0, being - 1):
            if s > 0 and lo[s - 1] != "," and lo[s - 1] not in self.lex.say_verbs and not self._spaced_dash(s - 1):
                continue  # (a dash set off by spaces ends a dateline: "JERUSALEM (Reuters) - A man stabbed ...")
            chain = self.chain_forward(s, allow_names=True)
            if chain and chain[-1].end < being - 1 and self.is_word(chain[-1].end) \
                    and not self.lex.conjunctions.match(lo, chain[-1].end):
                k = chain[-1].end
                scan = [self.trigger_at(x) for x in range(k, being - 1)]  # one look-up a token, for both readings
                if any(got and any(r == "active" and c in ("killed", "injured") for r, c in got[1]) for got in scan):
                    for u in chain:  # "A man killed two passers-by before being shot dead": the attacker
                        u.subgroup = u.subgroup or ATTACKERS
                elif len(chain) == 1 and chain[0].subgroup is None and chain[0].best == 1 and (
                        (scan[0] and any(r == "active" for r, _ in scan[0][1])) or self.phrase_key(k, k + 1) in self.lex.harm):
                    chain[0].subgroup = ATTACKERS  # "A man stabbed two Israelis before being shot dead": who did the harm
                return chain
        return []

    def _arrest_gerund(self, t: int) -> bool:
        """'... before surrendering to police', '... after turning himself in': an arrest told by
        an active gerund right after a word of ``gerund_openers`` (only arrests: 'before fleeing'
        or 'before dying' say nothing of who)."""
        m = self.trigger_at(t)
        return bool(m) and t >= 2 and self.lowers[t - 1] in self.g.gerund_openers \
            and self.lowers[t].endswith(self.g.gerund_suffixes) \
            and {c for r, c in m[1] if r == "passive"} == {"arrested"}

    def _spaced_dash(self, k: int) -> bool:
        """A dash with a space on each side ('PARIS (AFP) - A man ...'), not the hyphen of '30-year-old'."""
        tok = self.tokens
        return 0 < k < self.n - 1 and not self.lowers[k][:1].isalnum() and set(self.lowers[k]) <= set("-–—") \
            and tok[k - 1].end < tok[k].start and tok[k].end < tok[k + 1].start

    def _subject_across_clause(self, t: int) -> tuple[list[Unit], int, bool] | None:
        """Victims, then a relative clause that holds a casualty word or a person of its own, then
        the verb: 'The man who stabbed two people was shot dead', 'The driver, who was injured in
        the blast, was arrested', 'A security guard who tried to stop the gunman was wounded'.
        (units, index of the relative pronoun, whether the clause tells of injuries to them) or
        None. The clause holds no other punctuation; a clause set off by commas is closed by one."""
        lo = self.lowers
        b = self.aux_before(t, 0)
        if self.lex.max_gap:  # verb-final: ", wurde von Bundespolizisten erschossen": the auxiliary after the clause
            x = next((x for x in range(b - 1, max(0, b - 7), -1) if not self.is_word(x) or lo[x] in self.g.finite_aux), None)
            if x is not None and x > 0 and lo[x] in self.g.finite_aux and lo[x - 1] == ",":
                b = x
        k = b - 1
        commas = k >= 0 and lo[k] == ","
        if commas:
            k -= 1
        ages = self._age_tokens()  # an age is a word: "the driver who hit a 12-year-old girl"

        def who(x: int) -> bool:  # (German: the article after a comma opens a relative clause, ", der ...")
            return lo[x] in self.g.who or (bool(self.lex.max_gap) and commas and x > 0 and lo[x - 1] == ","
                                           and lo[x] in self.g.relative_words)  # (closed by a comma before the verb)
        r = next((x for x in range(k, max(-1, k - 16), -1) if who(x) or not (
            self.is_word(x) or lo[x] == "<q>" or self._glued_digits(x) or x in ages)), None)
        participle = commas and r is not None and r + 1 < k and lo[r] == "," and self.trigger_at(r + 1) is not None \
            and (self.lex.morph(lo[r + 1]).adjective if self.lex.morph is not None else lo[r + 1].endswith(self.g.past_suffixes))
        if participle:
            r += 1  # "Мужчина, пострадавший при взрыве, скончался", "Le suspect, blessé par les policiers, est décédé"
        if r is None or (not who(r) and not participle) or r >= k or r < 1:
            return None
        end = r - 1 if commas else r
        if commas != (lo[r - 1] == ","):
            return None
        inner = range(r if participle else r + 1, k + 1)
        if not any(self.trigger_at(x) or self.person_noun(x) for x in inner):
            return None  # a clause without casualty words or people: the rules before read it
        if not (self.lex.max_gap and commas) and any(  # (a clause closed by its comma: its verbs are its own)
                x in self._passive_verbs and any(lo[y] in self.g["and"] for y in range(x, k + 1)) for x in inner):
            return None  # "A janitor who moved the bag was killed and three commuters nearby were hurt": its verb came
        hurt = any(self.trigger_at(x) and (any(c == "injured" for _, c in self.trigger_at(x)[1]) or self._harm_at(x))
                   for x in inner)
        for s in range(0, end):
            if s > 0 and lo[s - 1] not in self.g.clause_openers and lo[s - 1] not in self.g.subject_lead_ins \
                    and lo[s - 1] not in self.lex.say_verbs:
                continue  # ("police said the man who ...")
            chain = self.chain_forward(s, allow_names=True)
            if chain and chain[-1].end == end:
                return chain, r, hurt
        return None

    def _glued_digits(self, x: int) -> bool:
        """Digits glued to the word before them: a road or a route ('na A1', 'auf der B27')."""
        return x > 0 and self.lowers[x].isdigit() and self.is_word(x - 1) and self.tokens[x - 1].end == self.tokens[x].start

    def _people_referred(self, t: int) -> bool:
        """'those' or 'the people' right before a participle: people the report tells of."""
        lo = self.lowers
        if lo[t - 1] in self.g.those:
            return True
        pn = self.person_noun(t - 1) if t >= 2 and lo[t - 2] in self.g.definite_articles else None
        return pn is not None and pn[0] == 1 and pn[1] is None and lo[t - 1] in self.lex.generic_heads

    def _fatal_after(self, claims: list[RawClaim]) -> list[RawClaim]:
        """'Five people were shot, one fatally': the part named after the verb of the people hit
        is a part of them, which :meth:`_fatal_part` then reads as dead."""
        out = []
        for c in claims:
            k = c.trigger_end
            if c.category != "injured" or c.rule not in ("harm", "passive") or c.unit.start >= c.trigger_start \
                    or k + 1 >= self.n or self.lowers[k] != ",":
                continue
            part = self.unit_at(k + 1, allow_names=False)
            if part is not None and part.end < self.n and self.lowers[part.end] in self.g.fatal_adverbs:
                part.nested = True
                out.append(RawClaim("injured", part, c.trigger_start, c.trigger_end, c.rule, c.hypothetical))
        return out

    def _noun_left_out(self, claims: list[RawClaim]) -> None:
        """'leaving five inmates dead and 23 wounded': after a verb that leaves people in a state, a
        bare number right after 'and', its state right after it, shares the noun of the people of
        the other state told just before 'and' (the noun left out): the same group, so people named
        by another noun later are others ('Three guards sustained injuries')."""
        lo = self.lowers
        for c in claims:
            u = c.unit
            if u.kind != "count" or u.head is not None or u.subgroup is not None or u.inherit or u.start < 2 \
                    or lo[u.start - 1] not in self.g["and"] or c.trigger_start != u.end:
                continue
            d = next((d for d in claims if d is not c and d.category != c.category and d.trigger_end == u.start - 1
                      and d.rule in ("left", "frame")  # (one verb over both: "Two soldiers were killed and three
                      # injured" leaves the three unnamed)
                      and d.unit.head is not None and d.unit.end < u.start and d.unit.kind == "count"
                      and d.unit.head not in self.lex.generic_heads), None)
            if d is not None:
                u.subgroup, u.head = d.unit.subgroup, d.unit.head

    def _wounded_who_died(self, claims: list[RawClaim]) -> None:
        """'One of the wounded died later in hospital', 'Two of the injured later died', 'One of
        the officers wounded in the shootout died on Wednesday': a part of the people hurt (the
        participle right after the part) whose clause goes on to a verb of dying is dead, not
        injured (a part of the hurt told before; no injured figure of its own)."""
        lo = self.lowers
        for c in claims:
            u = c.unit
            if c.category != "injured" or not (u.kind == "partitive" and u.end <= c.trigger_start <= u.end + 1 or (
                    u.kind in ("one", "count") and self._participle_after(u.end, c.trigger_start)
                    and not (u.start and self.lowers[u.start - 1] == "of"))):
                continue  # (or people named by a participle right after them: 'A man injured in the blast died')
            k = c.trigger_end
            pn = self.person_noun(k)
            if pn:
                k += pn[0]  # "one of the wounded officers"
            elif k + 1 < self.n and self.is_word(k) and lo[k + 1] == "," and not self.trigger_at(k) \
                    and lo[k] not in self.lex.aux:
                k += 1  # "One of the injured stallholders, a woman, died": a noun the lexicon lacks
            k = self._skip_apposition(k)  # "One of the injured, a woman, died"
            for m in range(k, min(self.n, k + 14)):
                got = self.trigger_at(m)
                if got:
                    if any(w in self.g.died for w in lo[m:m + got[0]]) and any(r == "passive" and cat == "killed" for r, cat in got[1]):
                        c.category, c.rule = "killed", "fatal"
                        u.qualifier = DIED_OF_WOUNDS  # (the ledger adds them to the toll before)
                        c.trigger_start, c.trigger_end = m, m + got[0]
                        if pn and u.subgroup is None:
                            u.subgroup, u.head = pn[1], pn[2]
                    break
                if not (self.is_word(m) or self._glued_digits(m)) or lo[m] in self.g.who or (
                        u.kind != "partitive" and lo[m] in self.g.coordination_openers):
                    break  # ('A firefighter injured in the blaze said he nearly died': another clause)
        for c in claims:  # "One of the injured officers, Ray Collins, succumbed to his injuries": the
            u = c.unit  # participle of the wounds before the part's noun makes it a part of the hurt
            if c.category == "killed" and c.rule == "passive" and u.kind == "partitive" and u.qualifier != DIED_OF_WOUNDS \
                    and self._part_of_the_hurt(u) and any(w in self.g.died for w in lo[c.trigger_start:c.trigger_end]):
                c.rule, u.qualifier = "fatal", DIED_OF_WOUNDS

    def _part_of_the_hurt_died(self, claims: list[RawClaim]) -> list[RawClaim]:
        """'One of the three people injured in Friday's gas explosion at a restaurant has died': a
        part ('one of', 'two of') of people named by the participle of their wounds, with the
        phrase of the incident after it, then a verb of dying: that part is dead (the people hurt
        are then less of them)."""
        lo = self.lowers
        out: list[RawClaim] = []
        if any(d.toll for d in claims):
            return out  # ("..., raising the number of soldiers killed to five": the toll tells it)
        for c in claims:
            u = c.unit
            if c.category != "injured" or u.kind != "count" or u.best is None or u.start < 2 or c.trigger_start < u.end:
                continue
            s = u.start - 1
            if lo[s] not in self.g.of and not (lo[s] in self.g.definite_articles and s > 0 and lo[s - 1] in self.g.of):
                continue
            s = s if lo[s] in self.g.of else s - 1  # ("One of the three people injured")
            if s < 1 or lo[s - 1] != "<q>" or s - 1 != 0 and lo[s - 2] not in self.g.clause_openers \
                    and lo[s - 2] not in self.lex.say_verbs and lo[s - 2] not in self.g.that:
                continue
            part = self.quantities[s - 1]
            if part.best is None or part.best >= u.best:
                continue
            for m in range(c.trigger_end, min(self.n, c.trigger_end + 16)):
                got = self.trigger_at(m)
                if got:
                    if any(w in self.g.died for w in lo[m:m + got[0]]) and any(r == "passive" and cat == "killed" for r, cat in got[1]) \
                            and not any(d.category == "killed" and d.trigger_start == m for d in claims):
                        out.append(RawClaim("killed", Unit(s - 1, c.trigger_end, part.low, part.best, part.high,
                                                           qualifier=DIED_OF_WOUNDS, kind="partitive", inherit=True),
                                            m, m + got[0], "fatal", c.hypothetical))
                        u.best -= part.best  # the people hurt are the rest
                        u.low = None if u.low is None else max(0, u.low - part.best)
                        u.high = None if u.high is None else max(u.best, u.high - part.best)
                    elif lo[m - 1] in self.g.articles or lo[m - 1].endswith(self.g.possessive_suffixes):
                        continue  # the incident named by a noun: "in Friday's shooting", "in the blast"
                    break
                if not (self.is_word(m) or lo[m] == "<q>") or lo[m] in self.g.who or lo[m] in self.g["and"]:
                    break
        return out

    def _part_of_the_hurt(self, u: Unit) -> bool:
        """Whether the partitive ``u`` reads '<part> of the <participle of the wounds> <people>'
        ('one of the injured officers', 'two of the wounded passengers')."""
        lo = self.lowers
        k = u.start + 1
        if k + 2 >= min(self.n, u.end) or lo[k] not in self.g.of or lo[k + 1] not in self.g.definite_articles:
            return False
        got = self.trigger_at(k + 2)
        return bool(got) and got[0] == 1 and any(cat == "injured" for _, cat in got[1]) \
            and self.person_noun(k + 3) is not None

    def _participle_after(self, end: int, t: int) -> bool:
        """Whether the casualty word at t is a participle right after the people ending at
        ``end``: 'A man injured in the blast', 'L'uomo rimasto gravemente ferito' (a participle of
        state or an adverb of the table's auxiliaries between, not a finite one:
        ``finite_aux``)."""
        return end <= t and all(self.lowers[x] in self.lex.aux and self.lowers[x] not in self.g.finite_aux
                                for x in range(end, t))

    def _fatal_part(self, claims: list[RawClaim]) -> None:
        """'shot two officers, one fatally', 'wounding three, two of them mortally': the part hurt
        fatally is dead (a partitive that the people hit are then less of)."""
        for c in claims:
            u = c.unit
            if c.category == "injured" and (u.nested or u.kind == "partitive") and u.end < self.n \
                    and self.lowers[u.end] in self.g.fatal_adverbs and u.best is not None \
                    and (u.head is None or u.kind == "partitive"):
                c.category, c.rule = "killed", "fatal"
                u.kind, u.inherit, u.nested = "partitive", True, False
                c.trigger_start, c.trigger_end = u.end, u.end + 1

    def _cared_part(self, claims: list[RawClaim]) -> None:
        """'Eleven people were treated for injuries, and two were admitted to the hospital': a bare
        number given care after people injured in the same sentence is a part of them."""
        care = self.lex.injury_predicates.get("care_verbs", ()) if self.lex.injury_predicates else ()
        for i, c in enumerate(claims):
            u = c.unit
            if c.category != "injured" or u.kind != "count" or u.head is not None or self.lowers[c.trigger_start] not in care:
                continue
            before = [d for d in claims[:i] if d.category == "injured" and d.unit.end <= u.start and d.unit.head is not None
                      and u.best is not None and d.unit.best is not None and u.best <= d.unit.best]
            if any(not self._on_the_spot(d.trigger_start, u.start) for d in before):
                u.kind, u.inherit = "partitive", True
            elif before:
                u.inherit = True  # more of the same people: "Fourteen children were treated at the scene, and two ..."

    def _on_the_spot(self, a: int, b: int) -> bool:
        """Whether the words from a to b say the care was given where it happened ('were treated at
        the scene'): the people taken to hospital after them are others ('Fourteen children were
        treated at the scene, and two were taken to hospital' is 16)."""
        words = " " + " ".join(self.lowers[a:b]) + " "
        return any(f" {p} " in words for p in self.g.on_the_spot)

    def _fronted_part(self, claims: list[RawClaim]) -> None:
        """'Of the 20 people wounded, five were in critical condition': a bare number opening the
        clause after a fronted 'of the ...' phrase is a part of the people named there (a
        partitive), not more people."""
        lo = self.lowers
        if self.n < 4 or lo[0] not in self.g.of or lo[1] not in self.g.definite_articles:
            return
        comma = next((k for k in range(2, min(self.n, 16)) if lo[k] == ","), None)
        if comma is None or not any(c.unit.start < comma for c in claims):
            return
        self._fronted = {id(c) for c in claims if c.unit.start < comma}  # "of the 12 injured, two died": 10
        for c in claims:
            u = c.unit
            if u.start > comma and u.kind in ("count", "vague") and u.head is None:
                u.kind, u.inherit = "partitive", True

    def _one_injured_who_died(self, t: int, te: int, hyp: bool) -> RawClaim | None:
        """'El herido falleció en el hospital', 'Der Verletzte starb', 'Раненый скончался': one
        person named by the noun of their injury (a determiner of one before it,
        ``singular_determiners``; or, in a language without articles, the noun in the singular
        opening its clause) as the subject of a verb of dying is dead of the wounds, and no longer
        injured (the person hurt told before: :func:`_injured_who_died`)."""
        lo = self.lowers
        part = next((u for u in map(self.unit_at, range(t - 2, max(-1, t - 4), -1)) if u is not None
                     and u.kind == "partitive" and u.end == t), None) if t > 1 and lo[t - 1] in self.g.of_the_plural else None
        if part is not None:  # "Einer der Verletzten starb", "Zwei der Verletzten starben": a part of the injured
            k = self.aux_after(te)
            m = self.trigger_at(k)
            if m is None:
                return None
            part.qualifier = DIED_OF_WOUNDS
            return RawClaim("killed", part, k, k + m[0], "fatal", hyp)
        if t > 0 and lo[t - 1] in self.g.singular_determiners:
            start = t - 1
        elif self.lex.morph is not None and (t == 0 or not self.is_word(t - 1)) and not self.lex.morph(lo[t]).plural:
            start = t
        else:
            return None
        k = self.aux_after(te)
        m = self.trigger_at(k)
        if m is None:
            return None
        return RawClaim("killed", Unit(start, te, 1, 1, 1, qualifier=DIED_OF_WOUNDS, kind="one", head=lo[t]),
                        k, k + m[0], "fatal", hyp)

    def _dies_next(self, te: int) -> bool:
        """Whether a verb of dying follows (auxiliaries between): 'otro herido murió'."""
        k = self.aux_after(te)
        m = self.trigger_at(k) if k < self.n else None
        return bool(m) and any(r == "passive" and c == "killed" for r, c in m[1])

    def _raised_tolls(self) -> list[RawClaim]:
        """The toll told verb first: 'eleva a 15 el número de fallecidos', 'Sobe para 12 o
        número de mortos', 'Salgono a 15 i morti': a raising verb (the table's ``toll.raise``),
        the word before the new figure, the figure, then a toll noun or a casualty noun."""
        out = []
        lo = self.lowers
        g = self.g
        for i in range(self.n - 2):
            if lo[i] not in self.lex.toll_raise:
                continue
            k = i + 1
            if lo[k] in g.toll_to:
                k += 1
            elif k + 3 < self.n and lo[k + 1] == "<q>" and lo[k + 2] in g.toll_to and lo[k + 3] == "<q>":
                k += 3  # "elevaron de 12 a 19 el número de muertos": the newer figure
            if k >= self.n or lo[k] != "<q>":
                continue
            j = k + 1
            while j < self.n and j - k <= 2 and lo[j] in g.articles:
                j += 1
            if j >= self.n:
                continue
            m = self.lex.toll_nouns.match(lo, j)
            cat = m[1] if m else None
            if cat is None:
                got = self.trigger_at(j)
                cats = sorted({c for r, c in got[1] if r == "noun"}) if got else []
                cat = cats[0] if len(cats) == 1 else None
            if cat is None:
                continue
            q = self.quantities[k]
            unit = Unit(k, k + 1, q.low, q.best, q.high, qualifier=q.qualifier)
            out.append(RawClaim(cat, unit, i, k, "toll", self.hypothetical_at(i), toll=True))
        return out

    def _past_manner(self, k: int) -> int:
        """Past a phrase of how the harm was done between a verb and its object (grammar key
        ``manner_phrases``: 'a coltellate', 'à coups de couteau', 'par balle'); else ``k``."""
        phrases = self.g.manner_phrases
        if phrases:
            for size in (5, 4, 3, 2, 1):
                if tuple(self.lowers[k:k + size]) in phrases:
                    return k + size
        return k

    def _after_object_marker(self, k: int) -> int:
        """Past a word marking a person as the object ('mató a 27 personas', 'ha desplazado ya a
        1,2 millones'), auxiliaries and adverbs before it; else ``k``."""
        if not self.g.object_markers:
            return k
        m = self.aux_after(k)
        if m < self.n and self.lowers[m] in self.g.object_markers:
            return m + 1
        # a time or place phrase first: "detuvo el martes a 15 personas", "mató en Cali a dos hombres"
        for j in range(m, min(self.n, m + 5)):
            if not self.is_word(j) or self.trigger_at(j) or self.person_noun(j) or self.lowers[j] in self.lex.aux:
                break
            if j > m and self.lowers[j] in self.g.object_markers and self.unit_at(j + 1, allow_names=False):
                return j + 1
        return k

    def _postposed_subject(self, te: int) -> list[Unit]:
        """'murieron 12 personas', 'resultaron heridas otras tres', 'sono morte due persone': where
        the language lets the subject follow an intransitive or passive verb, the victims after it
        (auxiliaries and adverbs between)."""
        k = self.aux_after(te)
        if k >= self.n or self.trigger_at(k):
            return []
        units = self._cut_next_subject(self.chain_forward(k, allow_names=True, object_list=True))
        if not units and self.lowers[k] in self.g.short_prepositions:
            # "Ont été tués dans l'attaque deux soldats": a short phrase saying where, then the victims
            q = next((j for j in range(k + 1, min(self.n, k + 6)) if self.lowers[j] == "<q>"), None)
            if q is not None and all(self.is_word(j) and not self.trigger_at(j) for j in range(k, q)):
                units = self._cut_next_subject(self.chain_forward(q, allow_names=False, object_list=True))
        return units

    def _counted_noun(self, t: int) -> Unit | None:
        """A casualty noun counted in ways the chain of units does not read: a number with 'of'
        ('1,2 milhões de deslocados'), a number and an article after a copula ('sono 3,5 milioni gli
        sfollati'), and where the indefinite article is the numeral one, the article ('un blessé')."""
        lo = self.lowers
        g = self.g
        if t >= 2 and lo[t - 1] in g.of and lo[t - 2] == "<q>" and self.quantities[t - 2].kind != "vague":
            q = self.quantities[t - 2]
            return Unit(t - 2, t, q.low, q.best, q.high, qualifier=q.qualifier)
        if self.lex.postposed_subject and t >= 2 and lo[t - 1] in g.definite_articles and lo[t - 2] == "<q>" \
                and (t == 2 or lo[t - 3] in self.lex.aux or lo[t - 3] in g.copulas or (
                    lo[t - 3] in g["and"] and any(lo[x] in g.copulas for x in range(t - 3)))):
            q = self.quantities[t - 2]  # (and the second of two: "Sono 16 i morti e quasi 50 i feriti")
            return Unit(t - 2, t, q.low, q.best, q.high, qualifier=q.qualifier)
        if self.lex.indefinite_one and t >= 1 and lo[t - 1] in g.indefinite_articles \
                and (t < 2 or (lo[t - 2] not in g.of and lo[t - 2] not in g.definite_articles)):
            return Unit(t - 1, t, 1, 1, 1, kind="count")
        return None

    def _implicit_one(self, t: int, te: int) -> list[Unit]:
        """Where a verb needs no subject (``implicit_subject``): a verb of dying in the singular
        opening a sentence, with no people after it, tells of one person told of before ('Murió
        horas después en el hospital', 'È morto poco dopo', 'Morreu no local'). The unit stands
        for that person by a pronoun of one of the language (``pronouns_one``), so that the
        report reads it as a pronoun's death ('He died hours later')."""
        lo, g = self.lowers, self.g
        if not self.lex.implicit_subject or not g.pronouns_one or self.aux_before(t, 0) != 0 \
                or any(lo[x].endswith(g.plural_verb_suffixes) for x in range(0, te)) or self._postposed_subject(te):
            return []
        return [Unit(t, te, 1, 1, 1, kind="pronoun", head=min(g.pronouns_one))]

    def _clitic_object(self, t: int) -> list[Unit]:
        """An object pronoun of one person before its verb (``object_clitics_one``), an auxiliary
        of the active perfect between: 'que lo detuvieron', 'la policía la detuvo', 'les
        policiers l'ont interpellé', 'i carabinieri lo hanno arrestato'."""
        lo, g = self.lowers, self.g
        k = t - 1
        if k >= 1 and lo[k] in g.active_perfect_aux:
            k -= 1
        roles = self.trigger_at(t)
        if k < 0 or lo[k] not in g.object_clitics_one or roles is None or (
                k == t - 1 and any(r != "active" for r, _c in roles[1])):
            return []  # (not "o detido": the article of a participle)
        return [Unit(k, k + 1, 1, 1, 1, kind="pronoun", head=lo[k])]

    def _prenominal_one(self, t: int, te: int) -> Unit | None:
        """Where nouns are capitalised: a participle in the singular between an article and the
        person it tells of, adverbials opening with ``prenominal_openers`` before it ('Der am
        Sonntag in Stuttgart festgenommene 28-Jährige', 'ein entführter Geschäftsmann') is one
        person (a plural participle, 'die festgenommenen Männer', is counted by the chain)."""
        lo, g = self.lowers, self.g
        if not self.lex.capitalised_nouns or te >= self.n or self.is_capitalised(t) \
                or not lo[t].endswith(("e", "er")) or lo[t].endswith("en"):
            return None
        if not (self.person_noun(te) and self.is_capitalised(te)) and self._age_shape(te) is None:
            return None
        for a in range(t - 1, max(-1, t - 2 - self.lex.max_gap), -1):
            if (lo[a] in g.singular_determiners or lo[a] in ("die", "das")) and not (
                    a > 0 and lo[a - 1] in g.prenominal_openers):  # (not "in der Nacht")
                if (a + 1 < t and lo[a + 1] not in g.prenominal_openers) or (
                        a + 1 == t and lo[a] not in g.indefinite_articles):
                    return None  # ("der festgenommene Mann" alone is one told of before)
                end = te + 1 if self.person_noun(te) else self._age_shape(te)[1]
                return Unit(a, end, 1, 1, 1, kind="one", head=lo[te])
            if not self.is_word(a) or self.trigger_at(a) or lo[a] in g.finite_aux or self.person_noun(a):
                return None
        return None

    def _state_inside(self, units: list[Unit]) -> list[Unit]:
        """The last unit cut before a frame state it swallowed as a phrase of origin
        ('2,000 villagers from their homes' read like 'villagers from Mopti')."""
        last = units[-1]
        for p in range(last.start + 1, last.end):
            st = self.lex.frame_states.match(self.lowers, p)
            if st and p + st[0] == last.end:
                return units[:-1] + [replace(last, end=p)]
        return units

    def _state_at(self, states: dict[str, str], k: int) -> tuple[int, str] | None:
        """(length, category) of the state phrase of ``states`` at token k ('dead', 'into
        custody', 'without shelter'), the longest first."""
        for state in sorted(states, key=lambda p: -len(p.split())):
            words = tuple(state.lower().split())
            if tuple(self.lowers[k:k + len(words)]) == words:
                return len(words), states[state]
        return None

    def _released(self, t: int, te: int, roles: frozenset[tuple[str, str]], limit: int, hyp: bool) -> list[RawClaim]:
        """'Two hostages were released', 'troops freed 12 captives', 'a kidnapped girl was
        rescued': people set free had been kidnapped. Anybody else set free ('rescued from the
        rubble', 'released on bail') is no figure."""
        units: list[Unit] = []
        after = te
        if any(r == "release_active" for r, _ in roles):
            units = self._cut_next_subject(self.chain_forward(te, allow_names=False, object_list=True))
            after = units[-1].end if units else te
        if not units and any(r == "release" for r, _ in roles):
            units, had_aux = self.passive_units(t, limit)
            if not had_aux:
                units = []
        wholes = [self._captives_of_part(u) if u.kind == "partitive" else u for u in units]
        kept = [u for u in wholes if u.held or (u.head or "") in self.lex.release_heads or self._more_captives(u)
                or self._held_after(u)]
        if len(wholes) == 1 and wholes[0] is units[0] and kept and kept[0].head is not None:
            # (not "4 of the 9 hostages": the rest are among the 9; not "twelve were freed": no captives named)
            kept += self._gapped(after, kept[0])
        units = kept
        return [RawClaim("kidnapped", u, t, te, "released", hyp) for u in units]

    def _evacuation_lede(self) -> bool:
        """Whether the report's title or first paragraph tells of an evacuation (``evacuation_lede``)."""
        return bool(self.g.evacuation_lede) and bool(self.lede_words & {lede_form(w) for w in self.g.evacuation_lede})

    def _release_lede(self) -> bool:
        """Whether the report's title or first paragraph tells of a kidnapping (``release.lede_words``)."""
        return bool(self.lex.release_lede) and bool(self.lede_words & {lede_form(w) for w in self.lex.release_lede})

    def _stayed_after_evacuation(self, c: RawClaim) -> RawClaim:
        """'Police evacuated two apartment blocks after a gas leak. About 150 residents spent the
        night in a gymnasium': people staying away from home for the night (``senses.shelter_stay``)
        with no word of lost homes are displaced by nothing; in a report whose lede tells of an
        evacuation they are the evacuated."""
        if c.category == "displaced" and self.lex.senses.shelter_stay.match(self.lowers, c.trigger_start) \
                and not physical_harm(self, c) and self._evacuation_lede():
            c.category = "evacuated"
        if c.category == "displaced" and self.lowers[c.trigger_start] in self.g.flee_words and self._to_evacuation(c.trigger_end):
            c.category = "evacuated"  # "48,000 people had fled to evacuation centres before the storm hit"
        return c

    def _drill(self, c: RawClaim) -> bool:
        """'Officials rehearsed the evacuation of 1,200 pupils in a drill': an evacuation in a
        sentence with a word of ``senses.drill`` is an exercise, no one moved out of danger."""
        drill = self.lex.senses.drill
        return c.category == "evacuated" and any(drill.match(self.lowers, k) for k in range(self.n))

    def _to_evacuation(self, k: int) -> bool:
        """Whether 'to' and a place people are evacuated to (``senses.evacuation_places``: 'to
        evacuation centres', 'to higher ground'; an article or adjective may come first) stand
        at token k."""
        lo, places = self.lowers, self.lex.senses.evacuation_places
        if k >= self.n or lo[k] not in self.g.total_to:
            return False
        return any(places.match(lo, x) for x in range(k + 1, min(self.n, k + 4)))

    def _left_after_evacuation(self, claims: list[RawClaim]) -> list[RawClaim]:
        """'About 4,000 of its 12,000 residents had left by Sunday evening' in a report whose title
        or first paragraph tells of an evacuation (``evacuation_lede``): people counted who have
        left (a perfect of ``leaving_words``), or who left their homes, were evacuated (not 'the
        owner had left the house before the fire')."""
        lo, g = self.lowers, self.g
        if not self._evacuation_lede():
            return []
        taken = {c.unit.start for c in claims}
        out = []
        for t in range(1, self.n):
            if lo[t] not in g.leaving_words or self.hypothetical_at(t):
                continue
            if lo[t - 1] not in g.perfect_aux and not self._homes_after(t + 1):
                continue  # ('About 3,200 residents left their homes overnight': left what they were moved from)
            units, _ = self.passive_units(t, 0)
            out += [RawClaim("evacuated", u, t, t + 1, "passive", False) for u in units
                    if u.best and u.kind in ("count", "partitive") and u.start not in taken and u.subgroup != ATTACKERS]
        return out

    def _homes_after(self, k: int) -> bool:
        """Whether 'their homes', 'the village' (a possessive or article, then a word of
        ``senses.shelter``) stands at token k."""
        lo = self.lowers
        if k + 1 >= self.n or not (lo[k] in self.g.definite_articles or lo[k] in self.g.partitive_possessives):
            return False
        return bool(self.lex.senses.shelter.match(lo, k + 1))

    def _held_by(self, claims: list[RawClaim]) -> list[RawClaim]:
        """'A man was held by police overnight' (arrested), 'three aid workers were held by
        gunmen' (kidnapped): a word of ``held_words`` after an auxiliary, then 'by' and the agent,
        read as 'taken away by' (:meth:`_taken_by`). Not a casualty word of its own, so that 'two
        hostages held by the group were released' still reads its clause."""
        taken = {c.unit.start for c in claims}
        out: list[RawClaim] = []
        for t in range(1, self.n - 1):
            if self.lowers[t] in self.g.held_words and not self.trigger_at(t):
                out += [c for c in self._taken_by(t, t + 1, 0, self.hypothetical_at(t)) if c.unit.start not in taken]
        return out

    def _taken_along(self, claims: list[RawClaim]) -> list[RawClaim]:
        """'Four staff members were also taken', 'two drivers were seized too': people taken
        (``taken_along.words``, after an auxiliary, nothing after the verb but a clause break or a
        word of ``taken_along.ends``: not 'taken to hospital', 'taken into custody') in a report
        whose title and first paragraph tell of a kidnapping, or after a sentence that counted
        people kidnapped (``captives_told``): more captives."""
        lex, lo = self.lex, self.lowers
        if lex.taken_along.is_empty() or not (self.captives_told or self._release_lede()):
            return []
        seen = {c.unit.start for c in claims}
        out: list[RawClaim] = []
        for t in range(1, self.n):
            got = lex.taken_along.match(lo, t)
            if got is None or self.aux_before(t, 0) == t:
                continue
            te = t + got[0]
            if te < self.n and self.is_word(te) and lo[te] not in lex.taken_along_ends:
                continue
            units, had_aux = self.passive_units(t, 0)
            out += [RawClaim("kidnapped", u, t, te, "passive", self.hypothetical_at(t)) for u in units
                    if had_aux and u.start not in seen and u.best is not None]
        return out

    def _searched_for(self, claims: list[RawClaim]) -> list[RawClaim]:
        """'Rescuers were still searching the rubble for about 40 residents', 'the search for the
        remaining 17 continues': people searched for (a word of ``search.words``, up to four words
        of what is searched, then 'for') by rescuers (a word of ``search.agents`` before it in its
        clause) or named as the rest of a group (``search.rest``) are missing; never attackers or
        suspects (police searching for two men are not rescuers)."""
        table = self.lex.senses.search
        words, agents = table.get("words", frozenset()), table.get("agents", frozenset())
        rest, links = table.get("rest", frozenset()), table.get("links", frozenset())
        if not words or not links:
            return []
        lo = self.lowers
        seen = {c.unit.start for c in claims}
        out: list[RawClaim] = []
        for t in range(self.n):
            if lo[t] not in words:
                continue
            f = next((k for k in range(t + 1, min(self.n, t + 6)) if lo[k] in links), None)
            if f is None or any(not self.is_word(k) or self.trigger_at(k) or self.person_noun(k) for k in range(t + 1, f)):
                continue
            chain = self.chain_forward(f + 1, allow_names=False)
            q = next((x for x in range(f + 1, min(self.n, f + 4)) if lo[x] == "<q>"), None)
            if not chain and q is not None and all(lo[x] in rest or lo[x] in self.g.definite_articles
                                                   for x in range(f + 1, q)):
                v = self.quantities[q]  # "the search for the remaining 17 continues"
                chain = [Unit(f + 1, q + 1, v.low, v.best, v.high, qualifier=v.qualifier)]
            if not chain or chain[0].best is None or chain[0].kind not in ("count", "partitive") \
                    or chain[0].subgroup in (ATTACKERS, "militants") or chain[0].start in seen:
                continue
            u = chain[0]
            by_rescuers = False
            for k in range(t - 1, max(-1, t - 31), -1):
                if lo[k] in _CLAUSE_BREAKS:
                    break  # (over commas: "Rescuers found four more bodies, ..., and were still searching for 20 people")
                if lo[k] in agents:
                    by_rescuers = True
                    break
            if u.qualifier == "ordinal":  # "searching for a sixth man": one more person
                u.low = u.best = u.high = 1
                u.qualifier, u.kind = None, "one"
            if (by_rescuers and u.head is not None) or any(lo[k] in rest for k in range(f + 1, u.end)):
                # (people, not "searched the rubble for more than 12 hours")
                out.append(RawClaim("missing", u, t, f + 1, "search", self.hypothetical_at(t)))
                seen.add(u.start)
        return out

    def _missing_rest(self, trig: list) -> list[RawClaim]:
        """'Eight of the 12 fishermen missing off Port Elm were found alive', 'Three of the seven
        divers who went missing were found alive': a part of the missing found (a passive release,
        a part 'N of the M' for its subject, the M called missing right after them) leaves the
        rest missing, M - N (the claim spans the part)."""
        lo = self.lowers
        out: list[RawClaim] = []
        seen: set[int] = set()  # (the part's own missing claim, read before, is dropped for its release)
        for t, te, roles in trig:
            if not any(r == "release" for r, _c in roles):
                continue
            if self.aux_before(t, 0) == t:
                continue
            x = next((x for x in range(t - 1, -1, -1) if x == 0 or lo[x - 1] in _CLAUSE_BREAKS), 0)
            part = self.unit_at(x, allow_names=False)  # the part opening the clause of the release
            if part is None or part.kind != "partitive" or part.best is None:
                continue
            inner = next((k for k in range(min(part.end, self.n - 1), part.start, -1) if lo[k] == "<q>"), None)
            whole = self.chain_forward(inner, allow_names=False) if inner is not None else []
            if not whole or whole[0].best is None or whole[0].best <= part.best or part.start in seen:
                continue
            k = whole[0].end
            while k < t and (lo[k] in self.g.who or self.is_aux(k) or lo[k] in self.lex.senses.went_missing):
                k += 1  # ("who went missing", "who had been reported missing")
            got = self.trigger_at(k) if k < t else None
            if not got or not any(c == "missing" for _r, c in got[1]) \
                    or any(self.trigger_at(y) for y in range(k + got[0], self.aux_before(t, 0))):
                continue
            rest = whole[0].best - part.best
            u = Unit(part.start, part.end, rest, rest, rest, head=whole[0].head)  # (a total: what is left of them all)
            out.append(RawClaim("missing", u, t, te, "found_rest", self.hypothetical_at(t)))
            seen.add(part.start)
        return out

    def _sought(self, claims: list[RawClaim], trig: list[tuple[int, int, frozenset[tuple[str, str]]]]) -> list[RawClaim]:
        """'Four hikers ... were found alive; a fifth is still being sought': people searched for,
        told in the passive (``search.passive`` after an auxiliary), in a sentence that tells of
        people missing or found are missing (not 'two men are being sought in connection with
        the robbery')."""
        passive = self.lex.senses.search.get("passive", frozenset())
        lo = self.lowers
        if not passive or not any(c == "missing" or r == "release" for _t, _te, roles in trig for r, c in roles):
            return []
        seen = {c.unit.start for c in claims}
        out: list[RawClaim] = []
        for t in range(1, self.n):
            if lo[t] not in passive or self.aux_before(t, 0) == t:
                continue
            if t + 1 < self.n and lo[t + 1] in self.g.agent_prepositions:
                continue  # ("sought by police")
            units, had_aux = self.passive_units(t, 0)
            for u in units:
                if u.qualifier == "ordinal":
                    u.low = u.best = u.high = 1
                    u.qualifier, u.kind = None, "one"
            out += [RawClaim("missing", u, t, t + 1, "search", self.hypothetical_at(t)) for u in units
                    if had_aux and u.best is not None and u.start not in seen and u.subgroup not in (ATTACKERS, "militants")]
        return out

    def _moved_to_safety(self, claims: list[RawClaim]) -> list[RawClaim]:
        """'By Thursday evening 16,000 had been moved to cyclone shelters': people moved (a
        participle of ``senses.moved_to`` after an auxiliary) to a place of evacuation
        (:meth:`_to_evacuation`) were evacuated."""
        moved, lo = self.lex.senses.moved_to, self.lowers
        seen = {c.unit.start for c in claims}
        out: list[RawClaim] = []
        for t in range(1, self.n):
            if lo[t] not in moved or self.aux_before(t, 0) == t or not self._to_evacuation(t + 1):
                continue
            units, had_aux = self.passive_units(t, 0)
            out += [RawClaim("evacuated", u, t, t + 1, "passive", self.hypothetical_at(t)) for u in units
                    if had_aux and u.best is not None and u.start not in seen]
        return out

    def _refuge_part(self, claims: list[RawClaim]) -> None:
        """'More than 30,000 people fled their homes ..., while 1,500 sought refuge in the UN
        compound': people told of by where they found shelter (a word of ``senses.refuge_words``
        in the casualty phrase) after a larger group that lost or fled their homes in the same
        sentence are a part of it, where some of them went (``extra['part']``: document.py)."""
        words = self.lex.senses.refuge_words
        if not words:
            return
        lo = self.lowers

        def refuge(c: RawClaim) -> bool:
            return any(lo[k] in words for k in range(c.trigger_start, c.trigger_end))

        for c in claims:
            if c.category != "displaced" or not refuge(c) or c.unit.best is None:
                continue
            if any(d.category == "displaced" and d.trigger_start < c.trigger_start and not refuge(d)
                   and (d.unit.best or 0) > c.unit.best and d.unit.kind == "count" for d in claims):
                c.extra["part"] = True

    def _displaced_arriving(self, claims: list[RawClaim]) -> list[RawClaim]:
        """'About 8,000 newly displaced people arrived in camps', 'some 1,200 displaced families
        have reached the town', 'some 3,000 refugees arrived in Chad' (``senses.refugee_heads``):
        people named displaced by a word before their noun (read as a
        modifier, a standing population: 'the camp shelters 40,000 displaced people') are newly
        displaced when a word of ``senses.newly_displaced`` stands before it or a verb of
        ``senses.arrivals`` follows them."""
        senses, lo = self.lex.senses, self.lowers
        if senses.arrivals.is_empty() and not senses.newly_displaced:
            return []
        seen = {c.unit.start for c in claims}
        out: list[RawClaim] = []
        for j in sorted(self.quantities):
            u = self.unit_at(j, allow_names=False)
            if u is None or u.head is None or u.best is None or u.start in seen or u.kind != "count":
                continue
            mod = next((m for m in range(j + 1, u.end) if (got := self.trigger_at(m))
                        and all(c == "displaced" for _r, c in got[1])), None)
            if mod is None and senses.refugee_heads.match(u.head.split(), 0):
                mod = next((m for m in range(j + 1, u.end) if senses.refugee_heads.match(lo, m)), j + 1)
                # "Some 3,000 refugees arrived in Chad this week"
            elif mod is None:
                continue
            k = u.end
            while k < self.n and self.is_aux(k):
                k += 1  # ("have arrived", "have also reached")
            received = u.start > 0 and any(senses.receivers.match(lo, x) and x + senses.receivers.match(lo, x)[0] == u.start
                                           for x in range(max(0, u.start - 2), u.start))
            if lo[mod - 1] in senses.newly_displaced or ((senses.arrivals.match(lo, k) or received) and u.best >= _CROWD):
                out.append(RawClaim("displaced", u, mod, mod + 1, "noun", self.hypothetical_at(mod)))
                seen.add(u.start)
        return out

    def _escaped(self, claims: list[RawClaim]) -> bool:
        """'Three of the 19 aid workers kidnapped last month escaped from their captors': a word
        of escape (``escape_words``) right after captives told of in the sentence (an auxiliary or
        adverb between) tells of their escape, news of now as a release is."""
        lo = self.lowers
        for c in claims:
            if c.category != "kidnapped":
                continue
            k = c.trigger_end
            while k < self.n and k - c.trigger_end < 8 and lo[k] not in self.g.escape_words and lo[k] not in _TOLL_BREAKS \
                    and not self.trigger_at(k):
                k += 1
            if k < self.n and lo[k] in self.g.escape_words:
                return True
        return False

    def _held_after(self, u: Unit) -> bool:
        """'freed 40 migrants who had been held in a warehouse', 'rescued 12 women held by the
        gang': people set free that a clause right after them calls held (``held_words``) were
        captives, unless held by police or soldiers ('freed two men who had been held by police')."""
        lo, k = self.lowers, u.end
        if k < self.n and lo[k] in self.g.who:
            k = self.aux_after(k + 1)
        if k >= self.n or lo[k] not in self.g.held_words:  # (a kidnapping word there reads them itself)
            return False
        by = k + 1 < self.n and lo[k + 1] in self.g.agent_prepositions
        agent = next((pn[1] for x in range(k + 2, min(self.n, k + 5)) if (pn := self.person_noun(x))), None) if by else None
        return self.lex.taken_agents.get(agent or "") != "arrested"

    def _freed_later(self, claims: list[RawClaim], trig: list) -> bool:
        """'Seven aid workers kidnapped in Ituri in May have been released': the people of a
        kidnapping told after them ('Seven aid workers kidnapped ...') are the subject of a
        passive release later in the same clause (nothing between but words of time and place:
        no clause break, conjunction or other casualty word)."""
        lo = self.lowers
        breaks = _TOLL_BREAKS | self.g["and"] | self.g.who
        for t, _te, roles in trig:
            if not any(r == "release" for r, _c in roles) or thing_released(self, t):
                continue
            b = self.aux_before(t, 0)
            if b == t:
                continue
            for c in claims:
                if c.category == "kidnapped" and c.rule == "passive" and c.unit.start < c.trigger_start < t \
                        and not any(lo[k] in breaks or self.trigger_at(k) for k in range(c.trigger_end, b)):
                    return True
        return False

    def _set_free(self, t: int, te: int, roles: frozenset[tuple[str, str]]) -> bool:
        """Whether the release word at t tells of people set free ('freed two of the five aid
        workers', 'the hostages were released'), not of a thing ('a video released by their
        captors')."""
        if any(r == "release_active" for r, _ in roles) and self.chain_forward(te, allow_names=False, object_list=True):
            return True
        if any(r == "release" for r, _ in roles):
            units, had_aux = self.passive_units(t, 0)
            return had_aux and (bool(units) or self._captives_before(t))
        return False

    def _captives_before(self, t: int) -> bool:
        """'Los tres cooperantes secuestrados en 2023 en Somalia fueron liberados': people right
        before a participle of their taking, a phrase of time or place after it, then the release
        word at t."""
        for k in range(max(0, t - 12), t):
            m = self.trigger_at(k)
            if m is None or not any(c == "kidnapped" and r in ("passive", "noun") for r, c in m[1]):
                continue
            if any(self.lowers[x] in (";", ":", ".") for x in range(k, t)):
                return False
            return any(chain and chain[-1].end == k for chain in (self.chain_forward(s, allow_names=False)
                                                                 for s in range(max(0, k - 6), k)))
        return False

    def _gapped(self, k: int, like: Unit | None = None) -> list[Unit]:
        """'Forty-four worshippers were killed at one mosque and seven at the other', 'released
        eight of the hostages on Monday and the other five on Wednesday', 'twelve were freed on
        Monday and eight more on Tuesday', 'three are missing in Kerala and two in Karnataka':
        after a phrase of time, place or means (opened by a word of ``place_prepositions`` or
        ``gap_prepositions``: 'evacuated 95 residents by helicopter and 30 more by boat'; words and
        numbers, no verb, auxiliary or person noun), 'and' and right after it a second group
        whose verb is left out. The group ends its clause, or only another such phrase follows it (no verb up to
        the clause's end: "... and the other five escaped" has a verb of its own). Without a noun
        of its own it is of the same people as the first group (``like``, when there is one)."""
        lo, g = self.lowers, self.g
        opens = g.place_prepositions | g.gap_prepositions
        if k >= self.n or lo[k] not in opens:
            return []
        a = next((x for x in range(k + 1, min(self.n, k + 9)) if lo[x] in g["and"]), None)
        if a is None or any(not (self.is_word(x) or lo[x] == "<q>") or self.trigger_at(x) or self.is_aux(x)
                            or self.person_noun(x) for x in range(k, a)):
            return []
        chain = self.chain_forward(a + 1, allow_names=False)  # (right after 'and': "and forced 15,000 from
        if not chain:  # their homes" is a verb of its own)
            return []
        e = chain[-1].end
        if len(chain) != 1 or chain[0].best is None or chain[0].qualifier == "ordinal" or (
                e < self.n and self.is_word(e) and lo[e] not in opens):
            return []
        for x in range(e, self.n):  # "... and seven at the other": to the clause's end, no verb
            if lo[x] in (",", ".", ";"):
                break
            if self.trigger_at(x) or lo[x] in self.lex.aux or lo[x] in g["and"]:
                return []
        u = chain[0]
        if u.head is None and like is not None:  # "the other five": of the same people
            u.head, u.subgroup, u.held = like.head, like.subgroup, like.held
        return [u]

    def _gapped_more(self, cats: list[str], units: list[Unit], k: int) -> list[Unit]:
        """A second group, its verb left out (:meth:`_gapped`), after the people of a casualty
        word ending at k; of the same people as the first when that is one group. Not after a
        part of a whole ("4 of the 9 hostages on Monday and the remaining five": among the 9)."""
        if not units or not cats or units[-1].kind == "partitive":
            return []
        return self._gapped(k, units[0] if len(units) == 1 else None)

    def _more_captives(self, u: Unit) -> bool:
        """'Another 10 were freed on Wednesday', 'Eight more were released' in a report whose
        title and first paragraph tell of a kidnapping (table ``release.lede_words``): more of the
        captives."""
        if u.head is not None or not self._release_lede():
            return False
        return any(w in self.g.additional_words for w in self.lowers[u.start:u.end + 1])

    def _captives_of_part(self, part: Unit) -> Unit:
        """'freed 4 of the 9 hostages', 'freed 11 of the 30 passengers they had seized': the
        people the part is taken from were all captives (held when so called, or when a
        kidnapping verb follows them)."""
        inner = next((k for k in range(min(part.end, self.n - 1), part.start, -1) if self.lowers[k] == "<q>"), None)
        whole = self.chain_forward(inner, allow_names=False) if inner is not None else []
        if not whole or whole[0].best is None:
            return part
        u = whole[0]
        for k in range(u.end, min(self.n, u.end + 4)):  # "... they had seized", "... who were abducted"
            got = self.trigger_at(k)
            if got and any(c == "kidnapped" for _r, c in got[1]):
                u.held = True
                break
            if not self.is_word(k):
                break
        return u

    def _taken_by(self, t: int, te: int, limit: int, hyp: bool) -> list[RawClaim]:
        """'nine people were taken away by the rebels' (kidnapped), '... by police' (arrested)."""
        lo = self.lowers
        if lo[t] in self.g.capture_words and (te >= self.n or lo[te] not in self.g.agent_prepositions):
            caught = [u for u in self.chain_forward(te, allow_names=False, object_list=True)
                      if u.subgroup in (ATTACKERS, "militants") or (
                          u.subgroup is None and u.inherit and self._last_subgroup in (ATTACKERS, "militants"))]
            if caught and self.aux_before(t, limit) == t:  # "troops freed 62 hostages and captured 5 fighters"
                return [RawClaim("arrested", u, t, te, "active", hyp) for u in caught]
            # "One attacker was killed and two were captured": attackers caught are arrested
            units, had_aux = self.passive_units(t, limit)
            units = [u for u in units if u.subgroup in (ATTACKERS, "militants") or (
                u.subgroup is None and u.head is None and self._last_subgroup == ATTACKERS)]
            ok = had_aux or lo[t] in self.g.surrender_words  # "The assailant surrendered after a standoff"
            return [RawClaim("arrested", u, t, te, "passive", hyp) for u in units] if ok else []
        if te >= self.n or lo[te] not in self.g.agent_prepositions:
            return []
        cat = None
        for k in range(te + 1, min(self.n, te + 5)):
            pn = self.person_noun(k)
            if pn is not None:
                cat = self.lex.taken_agents.get(pn[1] or "")
                break
            if not self.is_word(k):
                break
        if cat is None:
            return []
        units, had_aux = self.passive_units(t, limit)
        if not units and t > limit and self.lowers[t - 1] in self.lex.aux:
            units, had_aux = self._coordinated_subject(t, limit, acts=False), True  # "fled but was caught by police"
        return [RawClaim(cat, u, t, te, "passive", hyp) for u in units] if had_aux else []

    def _figurative_harm(self, te: int) -> bool:
        agents, places = self.lex.harm_figurative
        lo = self.lowers
        for k in range(te, min(self.n, te + 8)):
            if lo[k] in (".", ";"):
                break
            if lo[k] in self.g.agent_prepositions and any(w in agents for w in lo[k + 1:k + 5]):
                return True
            if any(tuple(lo[k:k + len(p)]) == p for p in places):
                return True
        return False

    def _beating(self, t: int, te: int) -> bool:
        """'Beaten' as harm: 'badly beaten', 'beaten with a bat', 'beaten unconscious', 'beaten by
        a mob / two men / police'; not 'beaten in the primary' or 'beaten by a novice'."""
        lo = self.lowers
        if any(w in self.lex.harm_contest for w in lo[te:te + 6]):
            return False
        g = self.g
        if t > 0 and lo[t - 1] in g.beating_adverbs:
            return True
        if te < self.n and lo[te] in g.beating_after:
            return True
        if te + 1 < self.n and lo[te] in g.agent_prepositions:
            for k in range(te + 1, min(self.n, te + 5)):
                if lo[k] in g.crowd_nouns or (
                        self.person_noun(k) and (lo[k].endswith(g.plural_suffixes) or lo[k] in g.plural_no_s)):
                    return True
        return False

    def _less_the_dead(self, hit: RawClaim, claims: list[RawClaim]) -> None:
        """'shot three people, one of whom died', 'five were wounded; two of them later died':
        the dead of a partitive after the people hit are no longer injured; the rest are (the
        hit claim becomes injured N - M and stays)."""
        if hit.category != "injured" or hit.unit.best is None or (
                hit.rule not in ("harm", "active", "passive", "noun") and id(hit) not in getattr(self, "_fronted", ())):
            return
        if self.lowers[hit.trigger_start] in self.g.casualty_nouns:
            return  # ("58 casualties, 15 of them fatal": the dead are taken out once, by casualties_less_the_dead)
        parts = [c for c in claims if c is not hit and c.trigger_start > hit.trigger_start
                 and c.unit.start > hit.unit.start and c.unit.kind == "partitive"]
        if id(hit) in getattr(self, "_fronted", ()):
            parts = [c for c in parts if c.category == "killed"]  # the rest of the parts stay injured
        # "Twenty patrons were burned, three of them critically, and two later died": a part told
        # by how badly is still injured, and a bare number dying after them is a part of them
        parts = [c for c in parts if not (c.category == "injured" and c.unit.end < self.n
                                          and self.lowers[c.unit.end] in self.g.how_badly)]
        parts += [c for c in claims if c.category == "killed" and c.unit.kind == "count" and c.unit.head is None
                  and c.unit.start > max(hit.trigger_end, hit.unit.end) and c.rule == "passive"
                  and c.unit.best is not None and hit.unit.best is not None and c.unit.best < hit.unit.best
                  and any(self.lowers[k] in self.g.how_badly for k in range(hit.trigger_end, c.unit.start))]
        if not parts or any(c.category != "killed" or c.unit.best is None for c in parts):
            return
        gone = sum(c.unit.best for c in parts)
        u = hit.unit
        if not 0 < gone < u.best or u.low != u.best or u.high != u.best:
            return
        self._counted_parts.update(id(c) for c in parts)  # not a split of the people hit
        u.low = u.best = u.high = u.best - gone

    def _split_later(self, harm: RawClaim, claims: list[RawClaim]) -> bool:
        """'shot 6 women, killing one of them and injuring the other five', 'stabbed a man,
        critically injuring the man': what follows in the sentence splits or restates the people
        hit; the shot are not injured on top of it."""
        for c in claims:
            if c is harm or c.rule == "harm" or c.trigger_start <= harm.trigger_start or id(c) in self._counted_parts \
                    or c.unit.start <= harm.trigger_start or c.category not in ("killed", "injured"):
                continue
            u = c.unit
            if u.kind == "partitive" or (u.kind in ("count", "vague") and u.head is None) \
                    or self.lowers[u.start] in self.g.restating_words:
                return True
        return False

    def _found(self, k: int) -> bool:
        """'... body was found / recovered / pulled from the river': a dead body, not anatomy (past
        a phrase between commas: 'His body, bearing gunshot wounds, was found')."""
        lo = self.lowers
        if k < self.n and lo[k] == ",":
            close = next((x for x in range(k + 1, min(self.n, k + 10)) if lo[x] in (",", ".", ";")), None)
            if close is not None and lo[close] == ",":
                k = close + 1
        k = self.aux_after(k)
        return k < self.n and self.lowers[k] in self.g.found_words

    def _owner_of(self, t: int) -> Unit | None:
        """'the assailant's body', 'a soldier's body': one person, named by a possessive person noun
        (not a name: 'Mr. X's father's death' and the like tell of other deaths too often)."""
        if t < 1:
            return None
        w = self.lowers[t - 1]
        suffix = next((x for x in self.g.possessive_suffixes if w.endswith(x) and len(w) > len(x)), None)
        if suffix is None:
            return None
        stem = w[:-len(suffix)]
        m = self.lex.people.match([stem], 0)
        if m is not None:
            start = t - 2 if t >= 2 and self.lowers[t - 2] in self.g.articles else t - 1
            return Unit(start, t, 1, 1, 1, subgroup=m[1], head=stem, kind="one")
        return None

    def _either(self, te: int) -> bool:
        """A casualty word followed by 'or' and another one: the count covers them together."""
        lo = self.lowers
        k = te
        listed = False
        while k + 1 < self.n and lo[k] == ",":
            m = self.trigger_at(k + 1)
            if not m:
                return False
            k, listed = k + 1 + m[0], True
        if k + 1 >= self.n or lo[k] not in self.g["or"]:
            return False
        m = self.trigger_at(k + 1)
        return listed or (bool(m) and any(r in ("passive", "noun", "active") for r, _ in m[1]))

    def _subject_attacker(self, end: int) -> bool:
        """Whether the sentence opens with an attacker as its subject, before token ``end``:
        the one a later 'he' or 'she' stands for."""
        for k in range(0, min(end, 8)):
            pn = self.person_noun(k)
            if pn is not None:
                return pn[1] == ATTACKERS
            if self.trigger_at(k) or self.lowers[k] in self.lex.aux:
                return False
        return False

    def _harm(self, t: int, te: int, roles: frozenset[tuple[str, str]], limit: int, hyp: bool) -> list[RawClaim]:
        """'Two people were shot', 'stabbed a guard', 'was set on fire': the victims are injured
        (rule ``harm``; a death stated for them elsewhere takes over, see :meth:`find` and
        :func:`drop_harm_restated_as_deaths`). Before the victims an auxiliary is needed ("The
        gunman shot at police" is the attacker), and "shot at" with nobody after it is a miss."""
        lo = self.lowers
        if te < self.n and lo[te] in self.lex.harm_not_after:
            return []
        if te < self.n and lo[te] in self.g.harm_at and (te + 1 >= self.n or not self.is_word(te + 1)
                                                         or lo[te + 1] in self.g.agent_prepositions):
            return []  # "officers were shot at (by ...)"
        if self._figurative_harm(te):
            return []  # "stabbed in the back by his own party", "set on fire by critics on Twitter"
        if lo[t] in self.g.beating_verbs and not self._beating(t, te):
            return []  # "was beaten in the primary", "beaten Tuesday by a novice": a contest
        if any(r == "active" for r, _ in roles) and not self._perfect_infinitive(t):
            k = self._after_object_marker(self._past_manner(te))  # "apuñaló a un hombre"
            units = self._cut_next_subject(self.chain_forward(k, allow_names=True, object_list=True))
            units = [u for u in units if u.kind != "reflexive"]  # "shot himself" is its own phrase
            if units and units[0].kind in ("count", "vague") and units[0].head is None:
                units = []  # "shot 68", "struck 12": a score or a clock, not people
            if units:
                return [RawClaim("injured", u, t, te, "harm", hyp) for u in units]
        if any(r == "passive" for r, _ in roles):
            units, had_aux = self.passive_units(t, limit)
            if not units and not self._has_object(te):
                units = self._gerund_subject(t)  # "was paralyzed after being shot by police"
                had_aux = bool(units)
            if units and (had_aux or self.lex.max_gap):  # verb-final: "ist ... in Köln niedergestochen worden"
                self._harm_starts.update(u.start for u in units)
                return [RawClaim("injured", u, t, te, "harm", hyp) for u in units]
        return []

    def _perfect_infinitive(self, t: int) -> bool:
        """'suspeito de ter esfaqueado a ex-companheira': a participle after an auxiliary in the
        infinitive tells, as an infinitive does (:meth:`_infinitive`), of no deed, unless 'after'
        stands before it ('após ter esfaqueado')."""
        lo, g = self.lowers, self.g
        if t < 1 or not lo[t].endswith(g.past_suffixes) or not g.infinitive_suffixes:
            return False
        aux = lo[t - 1]
        lemma = self.lex.lemma
        return lemma is not None and aux.endswith(g.infinitive_suffixes) and lemma(aux) == aux \
            and any(lemma(a) == aux for a in g.active_perfect_aux) \
            and not any(x in g.after_words for x in lo[max(0, t - 3):t - 1])  # ('ter', 'haber', 'avoir', 'avere')

    def _violent_death(self, te: int) -> bool:
        """'died in the attack / of his wounds / at the scene': a death from harm, not old age; 'died
        of inhalation anthrax' in a report whose first lines tell of an incident and name an attack agent."""
        if any(w in self.g.violent_cues for w in self.lowers[te:te + 6]):
            return True
        p = self.lex.injury_predicates
        return bool(p) and any(w in p["lede_agents"] for w in self.lowers[te:te + 6]) \
            and self.context and any(a[:5] in self.lede_words for a in p["lede_agents"]) and not self._outbreak()

    def _named_subject(self, t: int, limit: int) -> list[Unit]:
        """A name right before a verb of dying that takes no object, at the start of a clause:
        "before Page died", "Smith and Jones died". (Names before other casualty verbs need an
        auxiliary: "Kabul killed" is no victim.)"""
        for s in range(limit, t):
            if s > limit and self.lowers[s - 1] not in self.g.clause_openers:
                continue
            if s > limit and self.lowers[s - 1] == "," and s > 1 and self.lowers[s - 2] == "<q>":
                continue
            chain = self.chain_forward(s, allow_names=True)
            if chain and chain[0].kind == "named" and self._skip_parenthesis(chain[-1].end) == t:
                return chain
        return []

    def _coordinated_subject(self, t: int, limit: int, acts: bool = True) -> list[Unit]:
        """'A civilian was hit by a stray bullet and died': the subject of the clause whose
        second verb is the casualty word."""
        b = self._gap_before(self.aux_before(t, limit), limit)
        preds = self.lex.injury_predicates
        suffers = bool(preds) and (self.lowers[t] in preds["suffer_verbs"] or self.lowers[t] in preds["agent_subject_verbs"]
                                   or self.lowers[t] in self.g.surrender_words)
        own = self.trigger_at(t)
        cared = bool(preds) and self.lowers[t] in preds["care_verbs"] and not (
            own and any(c != "injured" for _, c in own[1]))  # "crashed ... and were taken to hospital": care alone
        # (but "hid under a desk and was taken into custody")
        if b >= 1 and b - 1 >= limit and self.lowers[b - 1] in self.g.clause_coordinators and not cared \
                and (suffers or any(self.lowers[x] in (self.g.passive_aux or self.g.past_aux)
                                    for x in range(b, min(self.n, t + 2)))):  # (verb-final: "festgenommen worden")
            # (a language without passive auxiliaries makes its passive with the past one: "и был задержан")
            fallback = self._clause_subject(b - 1)  # after the readings below
        else:
            fallback = []
        if b < 1 or b - 1 < limit or self.lowers[b - 1] not in self.g["and"]:
            return fallback
        nearest: list[Unit] = []
        first = max((x + 1 for x in range(0, b - 1) if self.lowers[x] == ";"), default=0)  # (a semicolon
        for s in range(first, b - 1):  # bounds the clause: "The priest died; the other parishioner was wounded and died")
            if s > first and self.lowers[s - 1] not in self.g.coordination_openers and not (
                    s == 1 and self.is_capitalised(0) and self._lone_first_word()):
                continue  # (a title opening the sentence: "Photo editor Mark Hale was diagnosed with anthrax and died")
            chain = self.chain_forward(s, allow_names=True)
            if not chain or chain[-1].end >= b:
                continue
            if (s >= limit or s in self._harm_starts) and self.lowers[chain[-1].end] in self.g.past_aux:
                return chain  # "... was shot by police and later died of his injuries"
            if s in self._passive_starts and self.lowers[chain[-1].end] in self.g.past_aux \
                    and not self._has_object(t + (self.trigger_at(t) or (1,))[0]):
                nearest = chain  # "The gunman was wounded by guards and taken into custody" (the last such subject)
                continue
            if acts and self._acts(chain[-1].end):  # the subject of a clause that did the harm stated before
                return chain  # (not before "... and killed people": that subject did the killing)
        return nearest or fallback

    def _lone_first_word(self) -> bool:
        """Whether the sentence's first word is no person of its own: nothing, or a name of that
        one word alone ('Photo' of 'Photo editor Mark Hale')."""
        first = self.chain_forward(0, allow_names=True)
        return not first or (len(first) == 1 and first[0].kind == "named" and first[0].end == 1)

    def _gap_before(self, b: int, limit: int) -> int:
        """Verb-final clauses (``max_gap``): the adverbials between 'und' (and an auxiliary) and
        the participle at b ('und wurde noch am Tatort festgenommen', 'und noch an der
        Unfallstelle gestorben') are stepped back over to the auxiliary or to the word after 'und'."""
        lo = self.lowers
        if not self.lex.max_gap or (b >= 1 and lo[b - 1] in self.g.clause_coordinators):
            return b
        for k in range(b - 1, max(limit, b - 1 - self.lex.max_gap), -1):
            agent = lo[k - 1] in self.g.agent_prepositions or (
                k >= 2 and lo[k - 2] in self.g.agent_prepositions and lo[k - 1] in self.g.articles)
            if not self.is_word(k) or self.trigger_at(k) or (self.person_noun(k) and not agent):
                return b  # (but "von der Polizei festgenommen": the agent)
            a = k - 1 if self.is_aux(k - 1) else k  # ("und wurde noch ...", "und noch ...")
            if a >= 1 and a > limit and lo[a - 1] in self.g.clause_coordinators and (
                    lo[k] in self.g.gap_openers or a < k):
                return a
        return b

    def _relative_antecedent(self, t: int) -> list[Unit]:
        """'Bystanders subdued the attacker, who was then arrested', 'shot a guard, who died
        later', 'named the man who was shot dead': the people right before '(,) who' and a passive
        or a verb of dying."""
        lo = self.lowers
        b = self.aux_before(t, 0)
        if b < 3 or lo[b - 1] not in self.g.who:
            return []
        if lo[b - 2] == ",":
            end = b - 2
        elif any(c == "killed" for _r, c in (self.trigger_at(t) or (0, ()))[1]):
            end = b - 1  # (or no comma before a death: "Police named the man who was shot dead by officers")
        else:
            return []
        for s in range(0, end):
            chain = self.chain_forward(s, allow_names=True)
            if chain and chain[-1].end == end:
                return chain
        return []

    def _clause_subject(self, c: int) -> list[Unit]:
        """'The driver fled the scene but was caught by police', 'The assailant hid under a desk and
        was taken into custody', 'The assailant also suffered burns and was arrested': a passive
        joined by 'and' or 'but' (token c) to the clause before tells of that clause's subject,
        the nearest one that opens a clause (the sentence, a comma, a verb of saying) and has a
        verb after it."""
        lo = self.lowers
        for s in range(c - 1, -1, -1):
            if s > 0 and lo[s - 1] not in self.g.coordination_openers:
                continue
            if s > 0 and lo[s - 1] in self.g["and"]:
                continue  # "... and the third was ...": a subject of its own
            chain = self.chain_forward(s, allow_names=True)
            if not chain or chain[-1].end >= c:
                continue
            k = self.aux_after(chain[-1].end)
            if k < c and self.is_word(k) and not self.person_noun(k) and not self.lex.conjunctions.match(lo, k) \
                    and lo[k] not in self.g.who:
                return chain
        return []

    def _acts(self, k: int) -> bool:
        """A verb in the past that the subject did: 'The shooter killed two teachers (and then died)',
        'The man opened fire (and then shot himself)'."""
        w = self.lowers[k]
        m = self.trigger_at(k)
        if m and any(r == "active" for r, _ in m[1]):
            return True
        if w in self.g.acts_aux or (self.lex.morph is not None and self.lex.morph(w).verb):
            return True  # "Ein Mann hat ... erschossen und sich dann selbst getötet", "Преступник угрожал ..."
        return (w in self.lex.frame_verbs or (w.endswith(self.g.past_suffixes) and len(w) > 3)) and not self.person_noun(k)

    def _among_before(self, t: int, limit: int) -> tuple[int, list[Unit]] | None:
        """'X were among the (11) dead': the units before 'were among' and where 'among' starts."""
        lo = self.lowers
        k = t - 1
        if k >= 0 and lo[k] == "<q>":
            k -= 1
        if k < 1 or lo[k] not in self.g.among_determiners or lo[k - 1] not in self.g.among:
            return None
        among = k - 1
        units, had_aux = self.passive_units(among, limit)
        return (among, units) if units and had_aux else None

    def _verb_second_object(self, k: int, units: list[Unit]) -> list[Unit]:
        """Verb-second clauses (German): the subject may follow the verb before its object ("Am
        Sonntag tötete ein Attentäter zwölf Menschen") and adverbials or an attribution may stand
        between the verb and the victims ("entführten im Norden des Landes 15 Schüler", "starben
        nach Angaben der Behörden 20 Menschen"). Counted victims only, within a few words."""
        lo = self.lowers
        if units:
            e = units[-1].end
            if units[0].best == 1 and units[0].kind in ("one", "count") and e < self.n and lo[e] == "<q>":
                return self._cut_next_subject(self.chain_forward(e, allow_names=False, object_list=True)) or units
            return units
        j = self._among_fillers(k)
        for j in range(j, min(self.n, j + 7)):
            if not self.is_word(j) and lo[j] != "<q>" or self.trigger_at(j) or lo[j] in self.g["and"] \
                    or lo[j] in self.g.clause_openers or self.lex.conjunctions.match(lo, j):
                break  # "погибли и ещё трое получили ранения": the next clause's subject
            if lo[j] == "<q>":
                return self._cut_next_subject(self.chain_forward(j, allow_names=False, object_list=True))
            pn = self.person_noun(j)
            if pn and lo[j] not in self.lex.sayer_nouns:
                break
        return []

    def _among_after(self, k: int) -> str | None:
        """'a fait 14 morts parmi les soldats', 'dejó 12 heridos entre los civiles': the subgroup
        named after a count of casualties with no person noun of its own."""
        lo = self.lowers
        if not (k + 2 < self.n and lo[k] in self.g.among and lo[k + 1] in self.g.definite_articles):
            return None
        for j in (k + 2, k + 3):  # one adjective before the noun: "unter den ukrainischen Soldaten"
            pn = self.person_noun(j) if j < self.n else None
            if pn:
                return pn[1]
            if j >= self.n or not self.is_word(j):
                break
        return None

    def _among_fillers(self, k: int) -> int:
        """After 'among the dead were': the words of ``among_fillers`` ("unter den Toten sind
        auch zwei Kinder") and an attribution ("... sind nach Angaben der Behörden drei Kinder")
        before the victims. English lists no fillers and reads the victims right after the copula."""
        if not self.g.among_fillers:
            return k
        lo = self.lowers
        for _ in range(3):
            if k < self.n and lo[k] in self.g.among_fillers:
                k += 1
                continue
            m = self.lex.according.match(lo, k) if k < self.n else None
            if not m:
                break
            j = k + m[0]  # the source's own words: "der Polizei", "des Gesundheitsministeriums"
            while j < self.n and j - k < m[0] + 3 and self.is_word(j) and lo[j] != "<q>" \
                    and (lo[j] in self.lex.sayer_nouns or not self.person_noun(j)):
                if lo[j] not in self.lex.sayer_nouns and self.chain_forward(j, allow_names=False):
                    break
                j += 1
            k = j
        return k

    def _trailing_including(self, found: list[RawClaim]) -> list[RawClaim]:
        """'7 civilians were killed, including 2 children': parts named after the trigger."""
        last = found[-1]
        k = max(last.trigger_end, last.unit.end)
        lo = self.lowers
        reach = self.lex.including_reach  # "погибли при пожаре на рынке, среди погибших трое детей"
        reached = None
        if reach and k < self.n and lo[k] != ",":
            comma = next((x for x in range(k, min(self.n, k + reach + 1)) if not self.is_word(x)), None)
            if comma is not None and lo[comma] == "," and not any(
                    self.trigger_at(x) or self.person_noun(x) for x in range(k, comma)):
                k = reached = comma
        if k < self.n and lo[k] == ",":
            k += 1
        m = self.lex.including.match(lo, k) if k < self.n else None
        if m:
            k += m[0]
        elif not (k + 2 < self.n and lo[k] == "<q>" and (lo[k + 1] in self.g.of or lo[k + 1] in self.g.partitive_of)
                  and (lo[k + 2] in self.g.partitive_pronouns or (  # "dos de los cuales niños"
                      k + 3 < self.n and lo[k + 2] in self.g.definite_articles and lo[k + 3] in self.g.partitive_pronouns))):
            return []  # neither "including ..." nor "two of them ..."
        units = self._cut_next_subject(self.chain_forward(k, allow_names=False))
        if units and units[0].kind == "partitive":
            after = self.aux_after(units[0].end)
            m = self.trigger_at(after) if after < self.n else None
            if m and any(r == "passive" and c != last.category for r, c in m[1]):
                return []  # "shot three people, one of whom died": the subject of its own verb
        for u in units:
            u.nested = True
            if u.head is None and u.end + 1 < self.n and self.lowers[u.end] in self.g.copulas:
                # "de los cuales 12 son niños", "dont 12 sont des enfants": the part named after a copula
                k = u.end + 1 + (self.lowers[u.end + 1] in self.g.articles)
                pn = self.person_noun(k) if k < self.n else None
                if pn is not None and pn[1] is not None:
                    u.subgroup, u.head, u.inherit = pn[1], pn[2], False
        # (past an adverbial, the part's span opens after it: "killed in the raid, among them 4 women"
        # is "among them 4 women", not a span over the head claim's own words)
        extra = {"span_start": reached + 1} if reached is not None else {}
        return [RawClaim(last.category, u, last.trigger_start, last.trigger_end, last.rule, last.hypothetical,
                         extra=dict(extra)) for u in units]

    def _cut_next_subject(self, units: list[Unit]) -> list[Unit]:
        """Drop the units, after the first, that are the subject of a following verb:
        'killing 2 children, and at least 35 others were wounded'."""
        lo = self.lowers
        for idx in range(1, len(units)):
            k = units[idx].end
            if k + 1 < self.n and lo[k] == "," and self.lex.including.match(lo, k + 1):
                close = next((x for x in range(k + 2, min(self.n, k + 12)) if lo[x] == ","), None)
                k = close + 1 if close is not None else k  # "ещё 12 человек, в том числе четверо детей, получили ранения"
            k = self.aux_after(k)
            m = self.trigger_at(k) if k < self.n else None
            if m and any(r == "passive" for r, _ in m[1]):
                return units[:idx]
        return units

    def _has_object(self, i: int) -> bool:
        return self.unit_at(self._after_object_marker(i), allow_names=False) is not None

    def _number_of(self, i: int) -> tuple[int, str] | None:
        """'the number of policemen killed', 'the number of confirmed deaths': a toll noun built
        from 'number of', a few modifiers or a person noun, and a casualty word."""
        lo = self.lowers
        n = self._phrase_at(self.g.number_of, i)
        if not n or i + n >= self.n:
            return None
        relative = False
        for k in range(i + n, min(self.n, i + n + 6)):
            m = self.trigger_at(k) if lo[k] not in self.lex.senses.event_nouns else None
            if m:
                cats = sorted({c for r, c in m[1] if r in ("passive", "noun")})
                return (k + m[0] - i, cats[0]) if len(cats) == 1 else None
            if k > i + n and lo[k] in self.g.who and self.person_noun(k - 1):
                relative = True  # "the number of people who died ... had climbed to 38"
                continue
            if relative and lo[k] in self.lex.aux:
                continue  # "the number of people who were killed"
            if not self.is_word(k) or lo[k] in self.g.stop_modifiers or lo[k] in self.g.verb_aux:
                return None
        return None

    def _phrase_at(self, phrases: frozenset[tuple[str, ...]], i: int) -> int:
        """The length of the (first listed) phrase of ``phrases`` at token i, or 0."""
        for p in phrases:
            if tuple(self.lowers[i:i + len(p)]) == p:
                return len(p)
        return 0

    def _with_wounds(self, claims: list[RawClaim]) -> list[RawClaim]:
        """'a 22-year-old clerk with stab wounds to the neck', 'Two men with gunshot wounds were
        taken to hospital': people, then 'with', a few words and a noun of injury, are hurt (rule
        ``harm``: their death, told elsewhere, takes over). Not a sports injury ('a knee injury')."""
        lo = self.lowers
        told = {(c.unit.start, c.unit.end) for c in claims}
        hurt = {c.unit.end for c in claims if c.category == "injured"}  # (the same people, read by another rule:
        # "a fight outside a bar left another man with a broken jaw")
        out = []
        for w in range(1, self.n - 1):
            end = self._wounds_after(w)
            if end is None:
                continue
            for s in range(max(0, w - 12), w):
                chain = self.chain_forward(s, allow_names=True)
                if chain and chain[-1].end == w:
                    u = chain[-1]
                    if (u.start, u.end) not in told and u.end not in hurt and u.kind in ("one", "count") and u.best \
                            and not (u.start > 0 and lo[u.start - 1] in self.g.of):  # (not "a photo of X with bruises")
                        out.append(RawClaim("injured", u, w, end, "harm", self.hypothetical_at(w)))
                    break
        return out

    def _past_wounds(self, end: int) -> int:
        """Past 'with gunshot wounds (to the chest)' after people: 'A man with gunshot wounds was
        pronounced dead'."""
        k = self._wounds_after(end)
        if k is None:
            return end
        x = k
        while x < self.n and x - k < 4 and self.is_word(x) and not self.trigger_at(x) and (
                self.lowers[x] not in self.lex.aux or (x == k and self.lowers[x] in self.g.injury_to)):
            x += 1  # ('to the chest')
        return x if x < self.n and self.lowers[x] in self.lex.aux else k

    def _wounds_after(self, w: int) -> int | None:
        """The end of 'with stab wounds', 'with a gunshot wound' at token w (a noun of injury
        within four words of 'with', none of a sport's parts of the body between), or None."""
        lo = self.lowers
        if w >= self.n or lo[w] not in self.g["with"]:
            return None
        preds = self.lex.injury_predicates
        nouns = preds.get("suffer_nouns", [])
        for k in range(w + 1, min(self.n, w + 5)):
            got = next((len(p) for p in nouns if tuple(lo[k:k + len(p)]) == p), 0)
            if got:
                return k + got
            if not (self.is_word(k) or lo[k] == "<q>") or lo[k] in preds.get("not_between", ()) or lo[k] in self.g["and"]:
                return None
        return None

    def _tally_line(self) -> bool:
        """Whether the sentence is an event note's closing tally: '3 fatalities.', '1 fatality, 2
        injured' (numbers and tally or casualty words only)."""
        lo = self.lowers
        if self.n < 2 or lo[0] != "<q>" or lo[1] not in self.g.tally_nouns:
            return False
        return all(w in (",", ".", ";", "<q>") or w in self.g.tally_nouns or self.trigger_at(k) for k, w in enumerate(lo))

    def _earlier_figure(self, s: int) -> bool:
        """Whether the people at token s follow 'up from', 'down from': an earlier figure of the
        toll the sentence gives ('Nineteen people are now known to have died, up from 14 dead')."""
        return any(s - len(p) >= 0 and tuple(self.lowers[s - len(p):s]) == p for p in self.g.earlier_figure_openers)

    def _running_totals(self, claims: list[RawClaim]) -> None:
        """'Typhoon Mara has now killed 160 people after rescuers found 10 more bodies': a figure
        told in the perfect up to now, beside people counted on ('more') of the same category in
        its sentence, is the total that holds them: a toll (in place)."""
        lo = self.lowers
        g = self.g
        more = [c for c in claims if any(lo[x] in g.counting_on_words for x in range(c.unit.start, c.unit.end))]
        if not more:
            return
        for c in claims:
            if c.toll or c in more or c.unit.nested:
                continue
            k = c.trigger_start - 1
            while k > 0 and lo[k] in g.running_total_adverbs:
                k -= 1
            if k >= 0 and lo[k] in g.running_total_aux and any(
                    m.category == c.category and m.trigger_start != c.trigger_start and (m.unit.best or 0) < (c.unit.best or 0)
                    for m in more):
                c.toll = True

    def _totals_brought(self, claims: list[RawClaim]) -> list[RawClaim]:
        """'6 people have died, bringing the total across three states to 9': a gerund of raising,
        a word of a total, then 'to' and the number (or 'to' and the number first: 'bringing to
        seven the number of people held'): the total of the category of the claim before it in
        the sentence (a toll)."""
        lo = self.lowers
        g = self.g
        out = []
        for i in range(1, self.n - 3):
            if lo[i] not in g.total_raisers or lo[i - 1] != ",":
                continue
            if lo[i + 1] in g.total_to and lo[i + 2] == "<q>":  # "bringing to seven the number of people held"
                k = i + 3 + (i + 3 < self.n and lo[i + 3] in g.definite_articles)
                before = [c for c in claims if c.trigger_start < i and not c.unit.nested and not c.toll]
                if k < self.n and lo[k] in g.total_nouns and before:
                    q = self.quantities[i + 2]
                    unit = Unit(i + 2, i + 3, q.low, q.best, q.high, qualifier=q.qualifier)
                    out.append(RawClaim(before[-1].category, unit, i, k + 1, "toll", before[-1].hypothetical, toll=True))
                continue
            k = i + 1 + (lo[i + 1] in g.definite_articles)
            if k >= self.n or lo[k] not in g.total_nouns:
                continue
            before = [c for c in claims if c.trigger_start < i and not c.unit.nested and not c.toll]
            if not before:
                continue
            j = k + 1
            while j + 1 < self.n and j - k < 10 and lo[j] not in _TOLL_BREAKS and not self.trigger_at(j):
                if lo[j] in g.total_to and lo[j + 1] == "<q>":
                    q = self.quantities[j + 1]
                    unit = Unit(j + 1, j + 2, q.low, q.best, q.high, qualifier=q.qualifier)
                    last = before[-1]
                    out.append(RawClaim(last.category, unit, i, k + 1, "toll", last.hypothetical, toll=True))
                    break
                j += 1
        return out

    def _tolls(self) -> list[RawClaim]:
        out = []
        lo = self.lowers
        i = 0
        while i < self.n:
            m = self.lex.toll_nouns.match(lo, i) or self._number_of(i)
            if not m:
                i += 1
                continue
            n, cat = m
            k = i + n
            hedged = self.hypothetical_at(i)
            # "the death toll from a fire that destroyed a building in the city's old district has
            # risen to 2,053": any words of one clause, then a link
            while k < self.n and k - (i + n) < 24 and lo[k] not in _TOLL_BREAKS and not (
                    k > i + n and self.trigger_at(k) and lo[k - 1] not in self.g.relative_pronouns  # (not "that struck")
                    and lo[k] not in self.lex.senses.event_nouns):  # (nor "the death toll in the shooting")
                if lo[k] == "<q>" and (lo[k - 1] in self.lex.toll_links or lo[i + n - 1] in self.g.coded_as
                                       or self.person_noun(k + 1) or k + 1 >= self.n or lo[k + 1] in _TOLL_BREAKS):
                    break  # (a number that is no toll's, 'a magnitude 6.4 earthquake', is passed over)
                hedged = hedged or (lo[k] in self.lex.hypothetical and lo[k] not in self.g.infinitive_markers)
                k += 1
            linked = k > i + n and lo[k - 1] in self.lex.toll_links
            if k < self.n and lo[k] == "<q>" and (linked or lo[i + n - 1] in self.g.coded_as):
                if k + 2 < self.n and (lo[k + 1] in self.lex.toll_update or lo[k + 1] in self.g.toll_to) \
                        and lo[k + 2] == "<q>":
                    k += 2  # "von 12 auf 15", "subió de 12 a 15": the newer figure
                elif k + 1 < self.n and lo[k + 1] == "<q>" and self.quantities[k + 1].qualifier in self.lex.toll_update:
                    k += 1  # "с пяти до восьми"
                q = self.quantities[k]
                unit = Unit(k, k + 1, q.low, q.best, q.high, qualifier=q.qualifier)
                if q.qualifier in self.lex.toll_update:  # "возросло до 45": risen to, not up to
                    unit.low = unit.high = q.best
                    unit.qualifier = None
                pn = self.person_noun(k + 1)
                if pn:
                    unit.subgroup, unit.head, unit.end = pn[1], pn[2], k + 1 + pn[0]
                else:  # "the number of policemen killed rose to four"
                    of = self._phrase_at(self.g.number_of, i)
                    inner = next((p for p in map(self.person_noun, range(i + of, i + n)) if p), None) if of else None
                    if inner is not None:
                        unit.subgroup, unit.head = inner[1], inner[2]
                out.append(RawClaim(cat, unit, i, i + n, "toll", hedged, toll=True,
                                    extra={"coded": lo[i + n - 1] in self.g.coded_as}))
                i = k + 1
            else:
                i += n
        return out


# --- across sentences --------------------------------------------------------------------------

def drop_harm_restated_as_deaths(claims: list[Claim], text: str, lex: Lexicon | None = None,
                                 links: dict[int, Claim] | None = None) -> list[Claim]:
    """An injury read from 'was shot' / 'stabbed' is dropped when the report states the death of
    the same victim: a name it gives ("Brown was shot" ... "Brown died", "the death of Michael
    Brown"), or the same singular noun or pronoun ("a man was stabbed" ... "the man died")."""
    if lex is None:
        from .lexicon import load_lexicon

        lex = load_lexicon("en")
    g = lex.grammar
    died_later = _injured_who_died(claims, g.victim_heads, g.state_before_death, g.definite_articles,
                                   lambda d: _wounded_subject(d, lex), lambda c, d: _aged_then_named(c, d, lex))
    if died_later:
        claims = [c for c in claims if id(c) not in died_later]
    claims = _shot_then_dead(claims, g, links if links is not None else {},
                             lambda d: bool(lex.died_of_wounds.search(text[d.end:d.end + 40].split(".")[0]))
                             or _hurt_by_clause(lex, d))
    told_dead = {d.best for d in claims if d.category == "killed" and not d.negated and d.best and d.counts
                 and d.subgroup != ATTACKERS}
    claims = [c for c in claims if not (
        c.rule == "harm" and c.category == "injured" and c.best and c.best > 1 and c.best in told_dead
        and c.parent is None and c.text.split()[0].lower() in g.definite_articles
        and any(d.category == "killed" and d.best == c.best and d.start < c.start for d in claims))]
    # ("killed three people ... Police said the three were shot at close range": the dead told again)
    claims = [c for c in claims if not (
        c.rule == "harm" and c.category == "injured" and c.best == 1 and c.victims in g.one_pronouns and c.parent is None
        and any(d.category == "killed" and d.best == 1 and not d.negated and d.sentence == c.sentence and d.start < c.start
                and d.subgroup != ATTACKERS and d.victims not in g.one_pronouns for d in claims))]
    # ("A cyclist was killed when he was struck by a dump truck": the one dead, told again by a pronoun)
    claims = [c for c in (_less_next_dead(c, claims, g) for c in claims) if c is not None]
    # "Officers found a man suffering from gunshot wounds. Medics pronounced him dead": the one
    # person hurt in the sentence before a pronoun's death is that person, dead
    pronoun_deaths = [d for d in claims if d.category == "killed" and d.best == 1 and not d.negated and d.counts
                      and d.victims in g.one_pronouns and d.subgroup != ATTACKERS and not _perfect_of_killing(d, g)]
    hurt_one = [c for c in claims if c.category == "injured" and c.rule != "harm" and c.best == 1 and not c.negated
                and c.parent is None and any(d.sentence == c.sentence + 1 for d in pronoun_deaths)]
    claims = [c for c in claims if not (c in hurt_one and sum(1 for h in hurt_one if h.sentence == c.sentence) == 1
                                        and not any(o.category == "injured" and o.sentence == c.sentence + 1
                                                    and o.best for o in claims))]
    harmed = [c for c in claims if c.rule == "harm" and c.category == "injured" and c.best == 1]
    if not harmed:
        return claims
    death_nouns = g.death_nouns_re
    deaths = [c for c in claims if c.category == "killed" and not c.negated and c.best]
    hurt_named = [c for c in claims if c.category == "injured" and c.rule != "harm" and c.victims]
    drop: set[int] = set()
    for c in harmed:
        if c.victims and c.victims[:1].isupper() and any(_same_name(d.victims, c.victims, g.not_name_words) for d in hurt_named):
            drop.add(id(c))  # "stabbed Lieutenant Jeff Neville. Neville ... was injured": one person
            continue
        names = [w for w in _CAPITALISED.findall(c.text) if w.lower() not in g.not_name_words]
        if c.victims and c.victims[:1].isupper() and names:
            alts = "|".join(re.escape(n) for n in names)
            name = rf"\b(?:{alts})\b"
            if any(re.search(name, d.text) for d in deaths) or re.search(
                    rf"{death_nouns}\s+of\s+(?:[\w.]+\s+){{0,3}}?{name}|{name}(?:'s|’s)\s+(?:\w+\s+){{0,2}}?{death_nouns}\b"
                    rf"|{name}[^.;]{{0,40}}?\b{g.death_statements_re}\b", text):
                drop.add(id(c))
        elif c.victims and any(d.victims == c.victims and d.best == 1 and not d.text.lower().startswith(g.counting_on)
                               for d in deaths):
            drop.add(id(c))
        elif c.victims and any(d.victims and d.best == 1 and d.start > c.start and d.text.split()[0].lower() in g.definite_articles
                               and (d.victims.split()[-1] == c.victims.split()[-1]
                                    or (d.victims.split()[-1] in g.victim_heads and d.sentence > c.sentence))
                               for d in deaths):
            drop.add(id(c))  # "shot a security guard ... The guard, identified as ..., was pronounced dead"
            # ("stabbed a man ... The victim succumbed to his injuries")
        if any(d.victims in g.one_pronouns and d.sentence in (c.sentence, c.sentence + 1) for d in deaths):
            drop.add(id(c))  # "shot a civilian, resulting in his death"; "He died hours later."
    drop |= _named_among_the_dead(claims, [c for c in harmed if id(c) not in drop], deaths, g.not_name_words)
    return [c for c in claims if id(c) not in drop]


def _less_next_dead(c: Claim, claims: list[Claim], g) -> Claim | None:
    """People hurt ('stabbed two people', 'shot three men': rule ``harm``) whose fate the next
    sentence tells: 'One victim died and the other was seriously injured' (as many in all, some
    dead) splits them, they are not hurt on top (None: dropped); 'Two died at the scene' (a bare
    number dead, fewer than were hurt) leaves the rest hurt (the claim less the dead)."""
    if c.rule != "harm" or c.category != "injured" or not c.best or c.best < 2 or c.parent is not None or c.negated \
            or c.low != c.best or c.high != c.best:
        return c
    nxt = [d for d in claims if d.sentence == c.sentence + 1 and d.category in ("killed", "injured")
           and d.parent is None and not d.negated and d.best and d.subgroup != ATTACKERS]
    dead = [d for d in nxt if d.category == "killed"]
    if not dead:
        return c
    if any(d.category == "injured" for d in nxt):
        return None if sum(d.best or 0 for d in nxt) == c.best else c
    gone = sum(d.best or 0 for d in dead)
    bare = all(d.victims is None and d.qualifier != DIED_OF_WOUNDS and d.trigger is not None
               and not any(w in g.of for w in d.text[:max(0, d.trigger - d.start)].lower().split()) for d in dead)
    if bare and 0 < gone < c.best:  # (not "One of them later died": a part of the hurt, taken out elsewhere)
        return replace(c, low=c.best - gone, best=c.best - gone, high=c.best - gone)
    return c


def _perfect_of_killing(d: Claim, g) -> bool:
    """'he had killed two persons' read with its subject as the one dead: a perfect of a verb of
    killing (not of dying: 'he has died'), told by its doer."""
    if d.trigger is None or d.trigger <= d.start:
        return False
    before = d.text[:d.trigger - d.start].lower().split()
    verb = d.text[d.trigger - d.start:].lower().split()[:1]
    return bool(before) and before[-1] in g.past_aux and before[-1] not in g.copulas and not (verb and verb[0] in g.died)


def _shot_then_dead(claims: list[Claim], g, links: dict[int, Claim],
                    of_wounds: Callable[[Claim], bool] | None = None) -> list[Claim]:
    """'An assailant shot two police officers ... Both officers died', 'shot three members of a
    family ... The mother and her daughter were killed', 'Two officers were shot; Officer Dean
    Morris died at the scene', 'stabbed three people ... One of the children later died': people
    shot (rule ``harm``) whose deaths later statements give, naming them again ('the', 'both',
    'her', a name, 'one of the'), are dead; the rest of them stay injured. (``links``, the parent
    of each nested claim, follows the claim replaced.) People wounded or injured by other words are
    less those of them a later sentence tells died ('wounding 12 civilians ... One of the wounded
    died later in hospital': 11; rule ``fatal`` of :meth:`SentenceRules._wounded_who_died`), or
    fewer victims a later sentence tells died ('found two men with gunshot wounds. One victim was
    pronounced dead': 1)."""
    out = list(claims)
    parts = {id(p) for p in links.values()}
    used: set[int] = set()  # deaths already taken out of one figure of the hurt
    hurt = [c for c in claims if c.category == "injured" and c.best and c.parent is None and not c.negated]

    def of_others(c: Claim, d: Claim) -> bool:  # "wounding seven policemen and two passers-by. One of the
        # wounded policemen later died": the part of the policemen, not of the passers-by
        return d.rule == "fatal" and bool(d.victims) and not _kin(c.victims, d.victims) \
            and any(_kin(h.victims, d.victims) for h in hurt)

    for i, c in enumerate(claims):
        if c.category != "injured" or not c.best or c.best < 2 or c.parent is not None or c.negated:
            continue
        if c.rule != "harm" and id(c) in links:
            continue  # a part of a figure ("18 heridos, entre ellos 15 niños"): the figure loses the dead
        if c.rule != "harm":
            died = [d for d in claims if d.category == "killed" and d.sentence > c.sentence and d.counts and not d.negated
                    and id(d) not in used and not of_others(c, d)
                    and d.best and d.parent is None and ((d.rule == "fatal" and _partitive_opening(d.text, g)) or (
                        of_wounds is not None and d.best < c.best and d.subgroup != ATTACKERS and _kin(d.victims, c.victims)
                        and of_wounds(d)) or (
                        d.victims in g.victim_heads and d.best < c.best and d.subgroup != ATTACKERS) or (
                        _partitive_of(d.text) is not None and _partitive_of(d.text) in (c.victims, *g.partitive_pronouns)
                        and d.best < c.best) or (_of_them_opening(d.text, g) and d.best < c.best))]
            # ("found three men suffering from gunshot wounds. One of the men was pronounced dead")
            # ("located two men suffering from gunshot wounds. One victim was pronounced deceased")
            dead = sum(d.best for d in died)
            if died and dead < c.best:
                if not c.in_title:  # (a title restates the body's figure: both lose the dead)
                    used.update(id(d) for d in died)
                out[i] = replace(c, low=None if c.low is None else max(0, c.low - dead), best=c.best - dead,
                                 high=None if c.high is None else c.high - dead)
                for k, parent in list(links.items()):
                    if parent is c:
                        links[k] = out[i]
            continue
        if id(c) not in parts and any(d is not c and d.sentence == c.sentence and d.trigger == c.trigger for d in claims):
            continue  # parts of it that are not linked to it

        def restates(d: Claim) -> bool:
            first = d.text.split()[0].lower() if d.text.split() else ""
            if d.sentence == c.sentence:  # (a part of them in the same sentence is read there: "two of them fatally")
                return not _partitive_opening(d.text, g) and (first in g.restating_openers or (d.victims or "")[:1].isupper())
            return first in g.restating_openers or _partitive_opening(d.text, g) or (d.victims or "")[:1].isupper() \
                or (of_wounds is not None and d.sentence > c.sentence and of_wounds(d))
            # ("stabbed three people ... A 24-year-old woman and a 19-year-old man died of their wounds": of those hurt)

        later = [d for d in claims if d.category == "killed" and (d.sentence > c.sentence or (
                     d.sentence == c.sentence and d.start >= c.end)) and d.counts and not d.negated
                 and d.best and d.parent is None and d.subgroup != ATTACKERS and d.rule != "toll" and restates(d)]
        dead = sum(d.best for d in later)
        if not later or dead > c.best:
            continue
        left = c.best - dead
        out[i] = replace(c, low=left, best=left, high=left)
        for k, parent in list(links.items()):
            if parent is c:
                links[k] = out[i]
    return [c for c in out if c.best != 0 or c.negated or c.category != "injured" or c.rule != "harm"]


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»"})
_PARTITIVE_OPENING = re.compile(r"(?i)^\w+\s+of\s+(?:the|them|those|these)\b")


def _partitive_opening(text: str, g) -> bool:
    """Whether ``text`` opens with a part of people told of: 'One of the wounded', 'Uno de los
    heridos', 'L'un des blessés', 'Um dos feridos', 'Один из раненых'."""
    if _PARTITIVE_OPENING.match(text):
        return True
    words = re.findall(r"\w+", text.lower())[:4]
    if len(words) > 1 and words[0] in g.definite_articles | {a.rstrip("'’") for a in g.definite_articles}:
        words = words[1:]  # "L'un des blessés"
    if len(words) < 2:
        return False
    w1, w2 = words[1], words[2] if len(words) > 2 else ""
    return w1 in g.partitive_contracted or w1 in g.of_the_plural or (not g.definite_articles and w1 in g.of) or (
        (w1 in g.of or w1 in g.partitive_of) and (w2 in g.definite_articles or w2 in g.partitive_after_of))


def _wounded_subject(d: Claim, lex: Lexicon) -> bool:
    """Whether a death's subject opens with a word of injury: 'The injured man died', 'Der
    schwer verletzte Mann erlag', 'El herido falleció', 'Раненый скончался' (its first three words)."""
    if d.trigger is None or d.trigger <= d.start:
        return False
    words = re.findall(r"\w+", d.text[:d.trigger - d.start].lower())
    head = words.index(d.victims) if d.victims in words else -1
    for i in (*range(min(3, len(words))), head - 1):  # (or right before the person: "Ein bei dem
        m = lex.triggers.match(words, i) if i >= 0 else None  # Unfall schwer verletzter Mann starb")
        if m and any(cat == "injured" for _, cat in m[1]):
            return True
    return False


def _of_them_opening(text: str, g) -> bool:
    """Whether ``text`` opens with a part of people told of before by a pronoun: 'Uno de ellos',
    'L'un d'eux', 'Einer von ihnen', 'Una di loro', 'Um deles', 'Один из них'."""
    words = re.findall(r"\w+", text.lower())[:4]
    if len(words) > 2 and words[0] in {a.rstrip("'’") for a in g.definite_articles}:
        words = words[1:]  # "L'un d'eux"
    if len(words) < 2:
        return False
    of = {w.rstrip("'’") for w in (*g.of, *g.partitive_of)}
    return words[1] in g.partitive_contracted or (len(words) > 2 and words[1] in of and words[2] in g.partitive_pronouns)


def _partitive_of(text: str) -> str | None:
    """'One of the men was pronounced dead' -> 'men'; 'One of them died' -> 'them'."""
    m = re.match(r"(?i)^\w+\s+of\s+(?:(them|those|these)\b|the\s+([\w-]+))", text)
    return None if m is None else (m.group(1) or m.group(2)).lower()


def _injured_who_died(claims: list[Claim], victim_heads: frozenset[str] = frozenset(),
                      before_death: frozenset[str] = frozenset(), definite: frozenset[str] = frozenset({"the"}),
                      wounded_subject: Callable[[Claim], bool] | None = None,
                      renamed: Callable[[Claim, Claim], bool] | None = None) -> set[int]:
    """'The rabbi and four guests were wounded; the rabbi later died', 'A soldier was wounded ...
    The soldier died in hospital': one person told of as injured whose death a later statement
    tells, naming them again with the definite article, is dead and no longer injured. 'The
    victim had been shot' in a report of one death is the dead victim. One person's state told
    in the past perfect right after a death (``before_death``: 'A second person has died ... The
    61-year-old man had been in critical condition since the attack') is the dead person's
    state before dying. The article is the language's (``definite``: 'Ein Mann wurde verletzt ...
    Der Mann erlag'), and the same noun may be inflected ('41-Jähriger' ... 'Der 41-Jährige'). A
    death of 'the injured one' (``wounded_subject``: 'Der Verletzte starb', 'Раненый скончался')
    is the one person a single injury figure told before it, and so is 'the man' after a person
    named by their age ('ein 41-Jähriger ... Der Mann erlag': ``renamed``)."""
    out: set[int] = set()
    deaths = [d for d in claims if d.category == "killed" and not d.negated and d.best and d.counts]
    hurt = [c for c in claims if c.category == "injured" and c.best and c.counts and not c.negated and c.parent is None]
    for d in deaths:
        before = [c for c in hurt if c.start < d.start]
        if d.best == 1 and len(before) == 1 and before[0].best == 1 and wounded_subject is not None \
                and d.subgroup != ATTACKERS and wounded_subject(d):
            out.add(id(before[0]))  # "Ein Mann wurde verletzt. Der Verletzte starb im Krankenhaus"
    for c in claims:
        if c.category == "injured" and c.best == 1 and c.parent is None and before_death and any(
                re.search(rf"\b{re.escape(p)}\b", c.text.lower()) for p in before_death) and any(
                d.subgroup != ATTACKERS and d.start < c.start and c.sentence - d.sentence <= 1 for d in deaths):
            out.add(id(c))
            continue
        if c.category != "injured" or c.best != 1 or not c.victims or c.victims[:1].isupper() or c.parent is not None:
            continue
        if c.rule == "harm" and c.victims in victim_heads and c.text.lower().startswith("the ") and any(
                d.subgroup != ATTACKERS and not d.other_event for d in deaths):
            out.add(id(c))  # "... for the murder of a shop owner. The victim had been shot five times."
            continue
        c_definite = c.text.split()[0].lower() in definite if c.text.split() else False
        for d in deaths:
            d_definite = d.text.split()[0].lower() in definite if d.text.split() else False
            same = d.victims == c.victims or _inflected(d.victims, c.victims) or (renamed is not None and renamed(c, d)) \
                or _same_head(d.victims, c.victims)  # ("A police officer was wounded ... The officer died")
            if d.best == 1 and same and d.start > c.start and d_definite and not c_definite:
                out.add(id(c))  # (but "a man was killed ... the man was wounded" are told the other way round)
            elif d.best == 1 and same and d.start > c.start and d_definite and c_definite and (
                    d.sentence == c.sentence or d.sentence == c.sentence + 1):
                out.add(id(c))  # "The rabbi and four guests were wounded; the rabbi later died"; "The officer
                # was wounded in the leg. The officer died of complications from the wound"
    return out


def _hurt_by_clause(lex: Lexicon, d: Claim) -> bool:
    """Whether the people of ``d`` are named by a clause of their wounds: 'The soldier who was
    critically injured died a week later' (a relative word, then within three words a participle
    of injury)."""
    if d.trigger is None or d.trigger <= d.start:
        return False
    words = [w.lower() for w in re.findall(r"[\w'’-]+", d.text[:d.trigger - d.start])]
    g = lex.grammar
    for i, w in enumerate(words):
        if w in g.who:
            for k in range(i + 1, min(len(words), i + 4)):
                got = lex.triggers.match(words, k)
                if got and any(r == "passive" and cat == "injured" for r, cat in got[1]):
                    return True
    return False


def _kin(a: str | None, b: str | None) -> bool:
    """Whether two nouns name the same people: equal, or one the other's head noun."""
    return bool(a and b) and (a.lower() == b.lower() or _one_head(a) == _one_head(b) or _same_head(a, b))


def _same_head(a: str | None, b: str | None) -> bool:
    """Whether one noun phrase is the other's head noun: 'police officer' and 'officer'."""
    if not a or not b or a[:1].isupper() or b[:1].isupper() or a == b:
        return False
    short, long = sorted((a.lower(), b.lower()), key=len)
    return " " not in short and long.endswith(" " + short)


def _aged_then_named(c: Claim, d: Claim, lex: Lexicon) -> bool:
    """Whether ``c`` names one person by their age ('a 41-year-old', 'ein 41-Jähriger') and ``d``
    by a noun for anybody ('the man', 'der Mann')."""
    return bool(c.victims and d.victims) and c.victims.startswith(lex.grammar.year_prefixes) \
        and d.victims in lex.generic_heads


def _inflected(a: str | None, b: str | None) -> bool:
    """Two forms of one noun: '41-jähriger' and '41-jährige', 'mann' and 'mannes' (one a prefix
    of the other, at most two letters apart)."""
    if not a or not b or a[:1].isupper() or b[:1].isupper():
        return False
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2


def _named_among_the_dead(claims: list[Claim], harmed: list[Claim], deaths: list[Claim],
                          not_name_words: frozenset[str]) -> set[int]:
    """'killing Ann Roe ... instead shot Tom Lee ... Three people were killed': when a death toll
    covers every person named as killed or shot, and the report gives no injury of its own, the
    people shot are among the dead."""
    named = [c for c in harmed if c.victims and c.victims[:1].isupper() and not c.other_event]
    if not named or any(c.category == "injured" and c.rule != "harm" and c.counts and c.best for c in claims):
        return set()
    toll = max((d.best or 0 for d in deaths if d.counts and not (d.victims or "")[:1].isupper()
                and d.subgroup != ATTACKERS), default=0)  # "The gunman died of his wounds": not those shot
    dead_named = {d.victims for d in deaths if d.counts and (d.victims or "")[:1].isupper()}
    named = [c for c in named if not any(_same_name(c.victims, d, not_name_words) for d in dead_named)]
    if toll >= len(dead_named) + len({c.victims for c in named}) and toll > len(dead_named):
        return {id(c) for c in named}
    return set()


def _same_name(a: str | None, b: str | None, not_name_words: frozenset[str]) -> bool:
    """'Jeff Neville' and 'Neville': names sharing a word (titles aside) are one person."""
    if not a or not b or not a[:1].isupper() or not b[:1].isupper():
        return False
    words = lambda n: {w for w in n.lower().split() if w not in not_name_words and len(w) > 1}  # noqa: E731
    return bool(words(a) & words(b))


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def resolve_ordinals(claims: list[Claim], generic: frozenset[str] = frozenset()) -> list[Claim]:
    """'One soldier was killed and a second soldier was injured': an ordinal counts on from
    people of another category told before it, so it is one more person, not a toll of two. It
    is a toll ("a fourth person died" = 4) when nothing of another category accounts for the
    ones before it. People of its own category told before it by other nouns ('Ana Ruiz, a
    clerk, was diagnosed with anthrax. A second employee was later diagnosed'), as many as the
    ordinal counts on from, are the first ones: the ordinal is one more person beside them
    (``generic``: the nouns that may count anybody, 'people', 'a man', which name no group of their own)."""
    out: list[Claim] = []
    for i, c in enumerate(claims):
        if c.qualifier == "ordinal" and c.best and c.best > 1 and c.victims and c.victims.lower() not in generic \
                and c.parent is None and c.counts:
            own = [d for d in claims[:i] if d.category == c.category and d.counts and not d.negated and d.best
                   and d.parent is None and d.sentence < c.sentence and d.subgroup != ATTACKERS]
            if own and sum(d.best or 0 for d in own) == c.best - 1 and all(
                    d.victims and d.victims.lower() not in generic and d.qualifier != "ordinal"
                    and _one_head(d.victims) != _one_head(c.victims) for d in own):
                out.append(replace(c, low=1, best=1, high=1, toll=False))
                continue
        if c.qualifier == "ordinal" and c.best and c.best > 1:
            before = [d for d in claims[:i] if not d.negated and d.best and (d.qualifier != "ordinal" or d.category != c.category)]
            # ("A second firefighter has died ... A third firefighter remains in critical condition": one more)
            same = any(d.category == c.category for d in before)
            others: dict[int, int] = {}  # by sentence: a title's 'Two killed' restates the body's two dead
            for d in before:
                if d.category != c.category and d.category in ("killed", "injured"):
                    others[d.sentence] = others.get(d.sentence, 0) + (d.best or 0)
            named = sum(d.best or 0 for d in before if d.category != c.category and d.category in ("killed", "injured")
                        and d.victims and c.victims and _one_head(d.victims) == _one_head(c.victims))  # "The driver and a passenger were pronounced dead.
            # A second passenger was hospitalized": the second of the passengers
            if (not same and c.best - 1 in (sum(others.values()), *others.values(), named)) or (named and c.best - 1 == named):
                c = replace(c, low=1, best=1, high=1, toll=False)  # ("The bomb killed a policeman. Two passers-by
                # were wounded. A third passer-by later died": one more, the third of the passers-by)
        out.append(c)
    return out


def _one_head(victims: str) -> str:
    """A person noun with its plural ending cut, to compare 'passers-by' with 'passer-by'."""
    return re.sub(r"s\b", "", victims.lower())


def casualties_less_the_dead(claims: list[Claim], text: str, lex: Lexicon) -> list[Claim]:
    """'The bomb caused four casualties': casualties are the dead and the injured together. The
    figure is read as injured, less the dead the report states for its incident (those of the
    same sentence when it gives any: "killed two and caused 10 casualties" is 8 injured); when
    the dead take it all, no injury figure is left. The interval says the reading: ``high`` is
    the whole figure (the stated dead were not among them), ``low`` is open (some may have died
    unreported). "Other casualties" are people besides the dead: the whole figure. When the
    sentence states its injured apart ("31 casualties: six dead and 25 wounded"), they stand and
    the casualties are left out. ``claims``
    carry parent indices; they are kept right when a claim is dropped."""
    nouns = lex.grammar.casualty_nouns
    if not nouns:
        return claims
    word = re.compile(r"[^\W\d_]+")

    def casualty(c: Claim) -> bool:
        if c.category != "injured" or c.negated or not c.best or c.trigger is None or c.parent is not None:
            return False
        m = word.match(text, c.trigger)
        if m is None or m.group().lower() not in nouns:
            return False
        before = word.findall(text[c.start:c.trigger].lower())
        return not any(w in lex.grammar.inherit_words or w in lex.grammar.other_heads for w in before)

    marked = [i for i, c in enumerate(claims) if casualty(c)]
    if not marked:
        return claims
    per_sentence: dict[int, int] = {}
    for c in claims:
        if c.category == "killed" and c.counts and not c.negated and c.best and c.parent is None:
            per_sentence[c.sentence] = per_sentence.get(c.sentence, 0) + c.best
    drop: set[int] = set()
    out = list(claims)
    for i in marked:
        c = claims[i]
        if any(o.category == "injured" and o.sentence == c.sentence and o.parent is None and o.best and not o.negated
               and j not in marked for j, o in enumerate(claims)):
            drop.add(i)  # "left 31 casualties: six dead and 25 wounded": the injured are told apart
            continue
        dead = per_sentence.get(c.sentence) or max(per_sentence.values(), default=0)
        left = (c.best or 0) - dead
        if left <= 0:
            drop.add(i)
            continue
        out[i] = replace(c, low=None, best=left, high=c.high if dead else c.best,
                         qualifier=c.qualifier or "casualties")
    if not drop:
        return out
    index: dict[int, int] = {}
    kept: list[Claim] = []
    for i, c in enumerate(out):
        if i not in drop:
            index[i] = len(kept)
            kept.append(c)
    return [replace(c, parent=index.get(c.parent)) if c.parent is not None else c for c in kept]


def fighters_who_attacked(claims: list[Claim], text: str, lex: Lexicon) -> list[Claim]:
    """'Security forces killed 18 militants who attacked an army post', 'militants ambushed a
    patrol ... Three militants were killed': fighters (subgroups of ``attacker_subgroups``) whom
    the report makes the subject of an attack (their noun, then at most a relative word or an
    auxiliary, then a verb of ``attack_verbs``) are the attackers: their dead and wounded count
    under the attackers' subgroup."""
    g = lex.grammar
    if not g.attack_verbs or not g.attacker_subgroups:
        return claims
    heads = {c.victims.lower() for c in claims if c.subgroup in g.attacker_subgroups and c.victims
             and c.category in ("killed", "injured")}
    if not heads:
        return claims
    words = [w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)]
    fillers = g.who | g.verb_aux | g.past_aux
    attackers: set[str] = set()
    head_forms = {_one_head(h) for h in heads}
    for i, w in enumerate(words):
        if w not in heads and _one_head(w) not in head_forms:
            continue
        k = i + 1
        while k < len(words) and k - i <= 2 and words[k] in fillers:
            k += 1
        if k < len(words) and (words[k] in g.attack_verbs or " ".join(words[k:k + 2]) in g.attack_verbs):
            attackers.add(_one_head(w))
    if not attackers:
        return claims
    return [replace(c, subgroup=ATTACKERS) if c.subgroup in g.attacker_subgroups and c.victims
            and _one_head(c.victims) in attackers and c.category in ("killed", "injured") else c for c in claims]

