"""Language tables for claim extraction, from ``lang/<code>/casualties.json``.

The tables are plain data (see :mod:`newstally.lang`); this module only indexes them for fast
token lookups: every entry becomes a tuple of lowercase words, and multi-word entries are found
by their first word. For a language with a lemmatizer (``Language.lemmatizes``) the phrase
indexes compare lemmas: entries and text words both go through ``Language.lemma``.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .grammar import Grammar, build_grammar

if TYPE_CHECKING:
    from ..lang import Language

Phrase = tuple[str, ...]


def _words(entry: str) -> Phrase:
    return tuple(entry.lower().split())


_NEW = object()  # no value yet


class PhraseIndex:
    """Maps phrases (tuples of lowercase words) to values; finds the longest match at a position."""

    def __init__(self, lemma: Callable[[str], str] | None = None) -> None:
        self._by_first: dict[str, list[tuple[Phrase, Any]]] = {}
        self._lemma = lemma  # None: words are compared as written (lowercased)

    def is_empty(self) -> bool:
        """Whether no phrase was added (the language has no such table)."""
        return not self._by_first

    def add(self, phrase: str | Phrase, value: Any) -> None:
        words = _words(phrase) if isinstance(phrase, str) else phrase
        if not words:
            return
        if self._lemma is not None:
            words = tuple(w if w in GAPS else self._lemma(w) for w in words)
        bucket = self._by_first.setdefault(words[0], [])
        for i, (existing, old) in enumerate(bucket):
            if existing == words:
                bucket[i] = (existing, self._merge(old, value))
                return
        bucket.append((words, self._merge(_NEW, value)))
        bucket.sort(key=lambda pv: -len(pv[0]))

    def single_words(self) -> frozenset[str]:
        """The phrases of one word."""
        return frozenset(words[0] for bucket in self._by_first.values() for words, _ in bucket if len(words) == 1)

    def opens(self, word: str) -> bool:
        """Whether some phrase starts with ``word`` (lowercase): where :meth:`match` at a
        position can find anything at all."""
        return bool(word) and (self._lemma(word) if self._lemma is not None else word) in self._by_first

    def _merge(self, old: Any, value: Any) -> Any:
        """The value a phrase keeps when added (again): here the first entry wins."""
        return value if old is _NEW else old

    def match(self, lowers: list[str], i: int) -> tuple[int, Any] | None:
        """Longest phrase starting at ``lowers[i]``: (number of words, value) or None. In an entry
        (never as its first word) ``*`` stands for any one word and ``...`` for up to four
        ("получили * ранения": gunshot, shrapnel, multiple wounds; "жертвами ... стали": victims
        of the night's drone attack on Odesa became)."""
        lemma = self._lemma
        if lemma is None:
            for words, value in self._by_first.get(lowers[i], ()):
                n = len(words)
                if tuple(lowers[i:i + n]) == words:
                    return n, value
                if WILDCARD in words or GAP in words:
                    end = _fits(words, 1, lowers, i + 1, str)
                    if end is not None:
                        return end - i, value
            return None
        for words, value in self._by_first.get(lemma(lowers[i]), ()):
            end = _fits(words, 1, lowers, i + 1, lemma)
            if end is not None:
                return end - i, value
        return None


WILDCARD, GAP, GAP_MAX = "*", "...", 4
GAPS = frozenset({WILDCARD, GAP})


def _fits(words: Phrase, k: int, lowers: list[str], i: int, lemma: Callable[[str], str]) -> int | None:
    """Where the phrase ``words`` from its k-th word on ends when it starts at ``lowers[i]``, or
    None. A gap takes words only (no number, quote mark or punctuation), as few as will do."""
    while k < len(words):
        if words[k] == GAP:
            for skip in range(GAP_MAX + 1):
                end = _fits(words, k + 1, lowers, i + skip, lemma)
                if end is not None:
                    return end
                if i + skip >= len(lowers) or not lowers[i + skip].isalpha():
                    return None
            return None
        if i >= len(lowers):
            return None
        w = lowers[i]
        if words[k] == WILDCARD:
            if not w.isalpha():
                return None
        elif lemma(w) != words[k]:
            return None
        k += 1
        i += 1
    return i


class MultiIndex(PhraseIndex):
    """A phrase index whose values are sets (a word can be several things)."""

    def single_words(self) -> frozenset[str]:
        """The phrases of one word."""
        return frozenset(words[0] for bucket in self._by_first.values() for words, _ in bucket if len(words) == 1)

    def opens(self, word: str) -> bool:
        """Whether some phrase starts with ``word`` (lowercase): where :meth:`match` at a
        position can find anything at all."""
        return bool(word) and (self._lemma(word) if self._lemma is not None else word) in self._by_first

    def _merge(self, old: Any, value: Any) -> Any:
        return frozenset({value}) if old is _NEW else old | {value}


NEVER = r"(?!)"  # a regular expression that matches nothing: the table is absent
CasedPatterns = list[re.Pattern[str]]  # regular expressions that read capitals ("obituary_lede")


def _index(entries: Any, lemma: Callable[[str], str] | None) -> PhraseIndex:
    index = PhraseIndex(lemma)
    for e in entries or ():
        index.add(e, e)
    return index


def _word_set(entries: Any, _lemma: Any) -> frozenset[str]:
    return frozenset(entries or ())


def _pattern(pattern: str | None, _lemma: Any) -> re.Pattern[str]:
    return re.compile(NEVER if pattern is None else pattern, re.I)


#: How a senses table is read, by the type its :class:`Senses` attribute is declared with.
_READERS: dict[str, Callable[[Any, Callable[[str], str] | None], Any]] = {
    "frozenset[str]": _word_set, "frozenset": _word_set,
    "re.Pattern[str]": _pattern, "re.Pattern": _pattern,
    "PhraseIndex": _index,
    "list[re.Pattern[str]]": lambda entries, lemma: [re.compile(p, re.I) for p in entries or ()],
    "CasedPatterns": lambda entries, lemma: [re.compile(p) for p in entries or ()],
    "dict[str, PhraseIndex]": lambda table, lemma: {k: _index(v, lemma) for k, v in (table or {}).items() if k != "_doc"},
    "dict[str, frozenset[str]]": lambda table, lemma: {w: frozenset(after) for w, after in (table or {}).items()},
    "dict[str, str]": lambda table, lemma: dict(table or {}),
    "list[str]": lambda entries, lemma: list(entries or ()),
    "tuple[str, ...]": lambda entries, lemma: tuple(entries or ()),
}


def _tables(cls: type) -> type:
    """Make every annotated attribute of ``cls`` its table of the same name, read by the declared
    type on first use (a default written beside it is ignored: an absent table is empty)."""
    for name, kind in cls.__annotations__.items():
        if kind not in _READERS:
            raise TypeError(f"Senses.{name}: no reader for a table of type {kind!r} (see _READERS)")
        table = cached_property(lambda self, name=name, read=_READERS[kind]: read(self._table.get(name), self._lemma))
        table.__set_name__(cls, name)
        setattr(cls, name, table)
    return cls


@_tables
class Senses:
    """Harm-sense tables: when a casualty word speaks of physical harm to people (see senses.py).

    One attribute per key of the ``senses`` table of ``casualties.json``, read on first use by its
    declared type (:data:`_READERS`: phrase indexes compare lemmas in a lemmatizing language;
    expressions ignore case unless ``CasedPatterns``). A new table is a JSON key and one line here.
    """

    figurative_after: dict[str, frozenset[str]]
    lives_verbs: frozenset[str]
    needs_context: PhraseIndex
    state_needs_context: PhraseIndex
    recent_days: PhraseIndex
    natural_death: PhraseIndex
    physical: PhraseIndex
    incident: PhraseIndex
    illness: PhraseIndex
    suicide: PhraseIndex
    shelter: PhraseIndex  # homes, camps: crowds that flee them are displaced
    shelter_stay: PhraseIndex  # "spent the night in": displaced beside homes, shelters
    search: dict[str, frozenset[str]]  # "rescuers were searching for 40 residents": missing
    went_missing: frozenset[str]  # "seven divers who went missing": the verb before 'missing'
    moved_to: frozenset[str]  # "16,000 had been moved to cyclone shelters": evacuated (to evacuation_places)
    receivers: PhraseIndex  # "Poland registered 21,000 refugees": displaced people arriving
    border_crossing: PhraseIndex  # "45,000 people have crossed into Chad": refugees only with a cue of flight
    refugee_cues: frozenset[str]
    refugee_heads: PhraseIndex  # "3,000 refugees arrived in Chad": displaced on the move
    drill: PhraseIndex  # "rehearsed the evacuation of 1,200 pupils in a drill": no one was in danger
    evacuation_places: PhraseIndex  # "fled to evacuation centres": evacuated, not displaced
    makeshift_shelter: PhraseIndex  # "spent the night in tents": displaced when the lede tells of a disaster
    attacker_context: PhraseIndex
    relation_nouns: frozenset[str]
    event_nouns: frozenset[str]
    attacker_subgroups: frozenset[str]
    event_modifiers: frozenset[str]
    calendar: frozenset[str]
    generic_kill: frozenset[str]
    speculation: frozenset[str]
    prevention: frozenset[str]
    bare_auxiliary: frozenset[str]
    obligation: frozenset[str]
    counterfactual: frozenset[str]
    near_miss: frozenset[str]
    perfect: frozenset[str]
    perfect_passive: frozenset[str]
    said_of_a_body: frozenset[str]
    kin: frozenset[str]
    taken_ill: list[re.Pattern[str]]
    days_not_of_the_news: re.Pattern[str]
    comparison_since: re.Pattern[str]
    tally_span: re.Pattern[str]
    active_objects: frozenset[str]
    suits: frozenset[str]
    suit_sayings: frozenset[str]
    opening_earlier_clause: re.Pattern[str]
    closing_earlier_clause: re.Pattern[str]
    closing_relatives: frozenset[str]  # 'a vigil for a teenager who was killed last month'
    earlier_named: re.Pattern[str]  # 'last month's floods', 'the 2023 shooting'
    family_heads: frozenset[str]  # 'a mother of three': the size of her family
    family_members: frozenset[str]
    family_units: frozenset[str]  # 'members of one family': the people are the members
    running_toll: re.Pattern[str]
    trailing_total: re.Pattern[str]  # ', bringing the number displaced since January to 310,000'
    refuge_words: frozenset[str]  # 'sought refuge', 'are staying in': where the displaced went
    newly_displaced: frozenset[str]  # '8,000 newly displaced people': new displacement, not a standing population
    arrivals: PhraseIndex  # '8,000 displaced people arrived in camps': displaced people on the move
    scenario: re.Pattern[str]
    hedged_link: re.Pattern[str]  # 'two injuries that may be related to the defect'
    custody: PhraseIndex  # prison, jail, custody: a release from them frees no captive
    series_of_incidents: re.Pattern[str]
    campaign_total: re.Pattern[str]
    joint_frame: re.Pattern[str]  # 'This was the first of two bombs': the report's incident as one of N (group 'n')
    joint_scope: re.Pattern[str]  # 'in the two attacks', 'in both blasts': a figure of all N (groups 'n', 'both')
    toll_raised_now: re.Pattern[str]  # '..., raising the death toll to four': with a day of the news, news of now
    news_again: frozenset[str]
    obituary_title: list[re.Pattern[str]]
    obituary_lede: CasedPatterns
    retrospective: list[re.Pattern[str]]
    page_kinds: CasedPatterns
    court_lede: list[re.Pattern[str]]
    perfect_total: re.Pattern[str]
    perfect_harm: re.Pattern[str]
    life_clause: re.Pattern[str]
    allegation: re.Pattern[str]
    anaphora: re.Pattern[str]
    care: PhraseIndex
    escape: PhraseIndex
    pursuers: PhraseIndex  # 'fleeing police', 'fleeing a traffic stop': an escape, not a displacement
    photography: PhraseIndex
    burn_context: PhraseIndex
    missing_from: frozenset[str]
    institutions: frozenset[str]
    things: frozenset[str]
    generic_present: frozenset[str]
    sports: PhraseIndex
    sport_lede: PhraseIndex
    sport_harm: PhraseIndex
    crowd: PhraseIndex
    prison_terms: frozenset[str]
    released_things: frozenset[str]
    economic_roles: frozenset[str]
    term_openers: frozenset[str]
    verbal_agents: frozenset[str]
    weapon_harm: PhraseIndex
    fiction: PhraseIndex
    pronoun_one_after: frozenset[str]
    plural_verbs: PhraseIndex
    proceedings: PhraseIndex
    court_outcomes: PhraseIndex
    background_relatives: frozenset[str]
    object_pronouns: frozenset[str]
    span_openers: frozenset[str]
    others: frozenset[str]
    compound_heads: frozenset[str]
    copula_futures: frozenset[str]
    animals: PhraseIndex
    earlier_event_openers: PhraseIndex
    livelihood: PhraseIndex
    executions: dict[str, PhraseIndex]  # 'words', 'judicial', 'extrajudicial' (senses.py)

    def __init__(self, table: dict[str, Any] | None = None, lemma: Callable[[str], str] | None = None) -> None:
        self._table = table or {}
        self._lemma = lemma

    def __repr__(self) -> str:
        return f"Senses({len([k for k in self._table if not k.startswith('_')])} tables)"


@dataclass
class Lexicon:
    """One language's tables, indexed."""

    language: str  # the Language's code
    lemma: Callable[[str], str] | None = None  # Language.lemma when the language lemmatizes
    triggers: MultiIndex = field(default_factory=MultiIndex)  # values: ("passive"|"active"|"noun", category)
    left_verbs: frozenset[str] = frozenset()
    left_states: dict[str, str] = field(default_factory=dict)
    frame_verbs: frozenset[str] = frozenset()
    self_killed: frozenset[tuple[str, ...]] = frozenset()  # "blew himself up", "took his own life"
    harm: frozenset[tuple[str, ...]] = frozenset()  # "was shot", "stabbed": injured unless death is stated
    harm_not_after: frozenset[str] = frozenset()  # "shot down", "beaten up" is its own phrase
    harm_contest: frozenset[str] = frozenset()  # "beaten in the primary": an election or a game
    harm_figurative: tuple = (frozenset(), [])  # "stabbed in the back by his own party": words, not weapons
    hostage_verbs: frozenset[str] = frozenset()  # "took 12 people hostage"
    hostage_states: dict[str, str] = field(default_factory=dict)
    hostage_captors: frozenset[str] = frozenset()  # "kidnappers holding five engineers"
    taken_agents: dict[str, str] = field(default_factory=dict)  # "taken away by the rebels": kidnapped
    release_heads: frozenset[str] = frozenset()  # "hostages": people set free were kidnapped
    release_lede: frozenset[str] = frozenset()  # words of a kidnapping in the lede: "another 10 were freed" were captives
    taken_along: PhraseIndex = field(default_factory=PhraseIndex)  # "four staff members were also taken"
    taken_along_ends: frozenset[str] = frozenset()
    injury_predicates: dict[str, Any] = field(default_factory=dict)  # "suffered a minor injury", "taken to X Hospital"
    frame_states: PhraseIndex = field(default_factory=PhraseIndex)
    toll_nouns: PhraseIndex = field(default_factory=PhraseIndex)  # value: category
    toll_links: frozenset[str] = frozenset()
    toll_update: frozenset[str] = frozenset()  # "rose from 12 to 15" told as "von 12 auf 15"
    toll_raise: frozenset[str] = frozenset()  # "eleva a 15 el número de fallecidos": the toll told verb first
    aux: frozenset[str] = frozenset()
    including: PhraseIndex = field(default_factory=PhraseIndex)
    conjunctions: PhraseIndex = field(default_factory=PhraseIndex)
    determiners_one: frozenset[str] = frozenset()
    people: PhraseIndex = field(default_factory=PhraseIndex)  # value: subgroup or None
    generic_heads: frozenset[str] = frozenset()  # person nouns that mean "everybody"
    subgroup_parents: dict[str, str] = field(default_factory=dict)
    # pairs that opposing sides give for the same dead: one side's militants, the other's civilians
    contested_subgroups: list[tuple[str, str]] = field(default_factory=list)
    not_people: frozenset[str] = frozenset()
    unquantified: frozenset[str] = frozenset()  # vague amounts that give no figure at all
    negation: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    negation_nouns: dict[str, list[str]] = field(default_factory=dict)
    negation_verbs: dict[str, list[str]] = field(default_factory=dict)
    hypothetical: frozenset[str] = frozenset()
    hypothetical_blockers: frozenset[str] = frozenset()
    other_event: list[re.Pattern[str]] = field(default_factory=list)
    died_of_wounds: re.Pattern[str] = re.compile(r"(?!)")  # "succumbed to his wounds": a later death still counts
    other_event_sentence: list[re.Pattern[str]] = field(default_factory=list)  # cover the sentence even by clause
    senses: Senses = field(default_factory=Senses)
    according: PhraseIndex = field(default_factory=PhraseIndex)
    say_verbs: frozenset[str] = frozenset()
    sayer_nouns: frozenset[str] = frozenset()
    not_speech_after: frozenset[str] = frozenset()  # "claimed responsibility" is not a statement
    candidate: re.Pattern[str] = re.compile(r"$^")  # cheap pre-filter for sentences
    # word-order options of the shared rules ("word_order" in casualties.json; all off for English)
    postposed_subject: bool = False  # victims may follow their verb: "murieron 12 personas"
    implicit_subject: bool = False  # a verb needs no subject: "... y luego se suicidó" is one person
    postnominal_adjectives: bool = False  # "cuatro soldados colombianos y un civil"
    indefinite_one: bool = False  # the indefinite article is the numeral one: "un blessé", "un morto"
    grammar: Grammar = field(default_factory=lambda: Grammar({}))  # function words (lang/<code>/grammar.json)
    # word order and writing of the language (the ``syntax`` table of casualties.json; English needs none)
    capitalised_nouns: bool = False  # every noun is capitalised (German): a name needs two words
    max_gap: int = 0  # verb-final clauses: words between the victims and the participle (0 = none)
    including_reach: int = 0  # words an adverbial may take between the verb and ", including ..."
    bare_nouns: bool = False  # no articles: a person noun alone is one person ("погиб водитель")
    morph: Any = None  # word -> Morph (lemma, number, case, animacy) for a declining language

    def subgroup_within(self, inner: str | None, outer: str | None) -> bool:
        """Whether a count of ``inner`` can be part of a count of ``outer``."""
        if outer is None:
            return True
        seen = inner
        while seen is not None:
            if seen == outer:
                return True
            seen = self.subgroup_parents.get(seen)
        return False


def _stems(words: set[str]) -> str:
    """Any of ``words`` after a word boundary, the longest first, as a trie: one branch per
    character, so the engine follows the text's letters instead of trying every word in turn at
    each position (ten times faster over news sentences than the plain alternation)."""
    root: dict[str, Any] = {}
    for word in {w for w in words if w}:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + branch(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body  # greedy: the longer word first

    return r"\b(?:" + branch(root) + r")"


def _candidate(words: set[str], stems: Any, lemmatizes: bool) -> re.Pattern[str]:
    """The cheap pre-filter: a sentence is read only if one of these words (or word beginnings,
    ``candidate_stems``) occurs. A lemmatizing language without stems reads every sentence (its
    table words are lemmas the text may not contain as written)."""
    alts = []
    if words:
        alts.append(_stems(words) + r"\b")
    if stems:
        alts.append(_stems(set(stems)))
    if lemmatizes and not stems:
        return re.compile(r"\w")
    return re.compile("|".join(alts), re.I) if alts else re.compile(r"(?!)")


_ELIDED_KEYS = ("passive", "active", "nouns", "self_killed", "harm", "taken_by", "release", "person_nouns",
                "including", "conjunctions", "toll", "frames", "attribution")


def _split_elisions(table: dict[str, Any], elisions: Any) -> dict[str, Any]:
    """The casualty table with elided words split off as the tokenizer splits them ("s'est tué"
    -> "s' est tué"), in the phrase lists and keys (not in the regular expressions)."""
    elided = tuple(sorted(elisions, key=len, reverse=True))
    if not elided:
        return table

    def fix(value: Any) -> Any:
        if isinstance(value, str):
            return " ".join(next((e + " " + w[len(e):] for e in elided if len(w) > len(e) and w.lower().startswith(e)), w)
                            for w in value.replace("’", "'").split())
        if isinstance(value, list):
            return [fix(v) for v in value]
        if isinstance(value, dict):
            return {(fix(k) if not k.startswith("_") else k): fix(v) for k, v in value.items()}
        return value

    return {k: (fix(v) if k in _ELIDED_KEYS else v) for k, v in table.items()}


def load_lexicon(language: str = "en") -> Lexicon:
    """The indexed casualty lexicon of ``language`` (a code or tag; cached by its Language).

    Raises :class:`newstally.errors.LanguageError` for a language newstally has no folder for.
    """
    from ..lang import get_language

    return get_language(language).lexicon


def _english_grammar() -> dict[str, Any]:
    """The English grammar table: its keys are the ones every language may fill."""
    from ..lang import get_language

    return get_language("en").grammar


def build_lexicon(lang: Language) -> Lexicon:
    """Index the casualty table of ``lang`` (``Language.lexicon`` calls this once)."""
    t = _split_elisions(lang.casualties, lang.grammar.get("elisions", ()))
    lem = lang.lemma if lang.lemmatizes else None
    lex = Lexicon(language=lang.code, lemma=lem, triggers=MultiIndex(lem), frame_states=PhraseIndex(lem),
                  toll_nouns=PhraseIndex(lem), including=PhraseIndex(lem), conjunctions=PhraseIndex(lem),
                  people=PhraseIndex(lem), according=PhraseIndex(lem))
    english = lang.grammar if lang.code == "en" else _english_grammar()
    lex.grammar = build_grammar(lang.grammar, english)
    first_words: set[str] = set()
    for role in ("passive", "active", "nouns"):
        for cat, entries in t.get(role, {}).items():
            if cat.startswith("_"):
                continue
            for e in entries:
                lex.triggers.add(e, ("noun" if role == "nouns" else role, cat))
                first_words.add(e.split()[0].lower())
    left, frames, self_killed = t.get("left", {}), t.get("frames", {}), t.get("self_killed", {}).get("phrases", ())
    lex.left_verbs = frozenset(left.get("verbs", ()))
    lex.left_states = dict(left.get("states", {}))
    lex.frame_verbs = frozenset(frames.get("verbs", ()))
    key = (lambda p: tuple(lem(w) for w in _words(p))) if lem else _words  # noqa: E731
    lex.self_killed = frozenset(key(p) for p in self_killed)
    for phrase in self_killed:
        lex.triggers.add(phrase, ("passive", "killed"))
        first_words.add(phrase.split()[0].lower())
    harm = t.get("harm", {})
    for role in ("passive", "active"):
        for phrase in harm.get(role, ()):
            lex.triggers.add(phrase, (role, "injured"))
            first_words.add(phrase.split()[0].lower())
    lex.harm = frozenset(key(p) for role in ("passive", "active") for p in harm.get(role, ()))
    lex.harm_not_after = frozenset(harm.get("not_after", ()))
    lex.harm_contest = frozenset(harm.get("contest_words", ()))
    lex.harm_figurative = (frozenset(harm.get("figurative_agents", ())),
                           [_words(p) for p in harm.get("figurative_places", ())])
    frame = t.get("hostage_frame", {})
    lex.hostage_verbs = frozenset(frame.get("verbs", ()))
    lex.hostage_states = {k: v for k, v in frame.get("states", {}).items()}
    lex.hostage_captors = frozenset(frame.get("captors", ()))
    first_words |= set(lex.hostage_states)
    taken = t.get("taken_by", {})
    for phrase in taken.get("phrases", ()):
        lex.triggers.add(phrase, ("taken_by", "kidnapped"))
        first_words.add(phrase.split()[0].lower())
    lex.taken_agents = dict(taken.get("agents", {}))
    release = t.get("release", {})
    for role, key in (("release", "passive"), ("release_active", "active")):
        for phrase in release.get(key, ()):
            lex.triggers.add(phrase, (role, "kidnapped"))
            first_words.add(phrase.split()[0].lower())
    lex.release_heads = frozenset(release.get("heads", ()))
    lex.release_lede = frozenset(w.lower() for w in release.get("lede_words", ()))
    along = t.get("taken_along", {})
    for phrase in along.get("words", ()):
        lex.taken_along.add(phrase, True)
    lex.taken_along_ends = frozenset(w.lower() for w in along.get("ends", ()))
    preds = t.get("injury_predicates", {})
    lex.injury_predicates = {
        "suffer_verbs": frozenset(preds.get("suffer_verbs", ())),
        "care_verbs": frozenset(preds.get("care_verbs", ())),
        "with_verbs": frozenset(preds.get("with_verbs", ())),
        "suffer_nouns": [_words(p) for p in preds.get("suffer_nouns", ())],
        "care_words": [_words(p) for p in preds.get("care_words", ())],
        "exposure": [_words(p) for p in preds.get("exposure", ())],  # (an injury only beside an incident: claims.py)
        "exposure_context": [_words(p) for p in preds.get("exposure_context", ())],
        "not_between": frozenset(preds.get("not_between", ())),
        "illness": frozenset(preds.get("illness", ())),
        "places": [_words(p) for p in preds.get("care_places", ())],
        "agent_verbs": frozenset(preds.get("agent_verbs", ())),
        "agent_subject_verbs": frozenset(preds.get("agent_subject_verbs", ())),
        "agents": [_words(p) for p in preds.get("agents", ())],
        "lede_agents": frozenset(preds.get("lede_agents", ())),
        "outbreak_words": frozenset(preds.get("outbreak_words", ())),
        "ill_verbs": frozenset(preds.get("ill_verbs", ())),
        "ill_words": frozenset(preds.get("ill_words", ())),
        "loss_verbs": frozenset(preds.get("loss_verbs", ())),
        "body_parts": frozenset(preds.get("body_parts", ())),
        "hurt_part_words": frozenset(preds.get("hurt_part_words", ())),
    }
    lex.injury_predicates["verbs"] = frozenset().union(*(lex.injury_predicates[k] for k in (
        "suffer_verbs", "care_verbs", "with_verbs", "agent_verbs", "ill_verbs", "loss_verbs")))  # any of them
    first_words |= lex.injury_predicates["verbs"]
    for state, cat in frames.get("states", {}).items():
        lex.frame_states.add(state, cat)
    for noun, cat in t.get("toll", {}).get("nouns", {}).items():
        lex.toll_nouns.add(noun, cat)
        first_words.add(noun.split()[0].lower())
    lex.toll_raise = frozenset(t.get("toll", {}).get("raise", ()))
    lex.toll_links = frozenset(t.get("toll", {}).get("links", ()))
    lex.toll_update = frozenset(t.get("toll", {}).get("update", ()))
    lex.aux = frozenset(t.get("aux", ()))
    for key in ("including", "conjunctions"):
        index = getattr(lex, key)
        for e in t.get(key, ()):
            index.add(e, e)
    lex.determiners_one = frozenset(t.get("determiners_one", ()))
    person_nouns = t.get("person_nouns", {})
    for sub, entries in person_nouns.items():
        if sub.startswith("_"):
            continue
        for e in entries:
            lex.people.add(e, None if sub == "null" else sub)
    lex.generic_heads = frozenset(e.lower() for e in person_nouns.get("null", ()))
    lex.subgroup_parents = {k: v for k, v in t.get("subgroup_parents", {}).items() if not k.startswith("_")}
    lex.contested_subgroups = [(a, b) for a, b in t.get("contested_subgroups", {}).get("pairs", ())]
    lex.not_people = frozenset(t.get("not_people", ()))
    lex.unquantified = frozenset(t.get("unquantified", ()))
    neg = t.get("negation", {})
    lex.negation = [(re.compile(p, re.I), kind) for p, kind in neg.get("patterns", ())]
    lex.negation_nouns = neg.get("noun_categories", {})
    lex.negation_verbs = neg.get("verb_categories", {})
    lex.hypothetical = frozenset(t.get("hypothetical", ()))
    lex.hypothetical_blockers = frozenset(t.get("hypothetical_blockers", ()))
    lex.other_event = [re.compile(p, re.I) for p in t.get("other_event", {}).get("patterns", ())]
    if t.get("died_of_wounds", {}).get("pattern"):
        lex.died_of_wounds = re.compile(t["died_of_wounds"]["pattern"], re.I)
    lex.other_event_sentence = [re.compile(p, re.I) for p in t.get("other_event", {}).get("sentence_patterns", ())]
    lex.senses = Senses(t.get("senses", {}), lem)
    attribution = t.get("attribution", {})
    for e in attribution.get("according", ()):
        lex.according.add(e, e)
    lex.say_verbs = frozenset(attribution.get("verbs", ()))
    lex.sayer_nouns = frozenset(attribution.get("sayer_nouns", ()))
    lex.not_speech_after = frozenset(attribution.get("not_speech_after", ()))
    first_words |= set(t.get("candidate_words", ()))  # other words that open a sentence worth reading
    first_words |= set(t.get("senses", {}).get("search", {}).get("words", ()))  # "searching for 40 residents"
    first_words |= set(t.get("taken_along", {}).get("words", ()))  # "four staff members were also taken"
    first_words |= {w.split()[0] for w in t.get("senses", {}).get("refugee_heads", ())}  # "registered 21,000 refugees"
    syntax = t.get("syntax", {})
    lex.capitalised_nouns = bool(syntax.get("capitalised_nouns", False))
    lex.max_gap = int(syntax.get("max_gap", 0))
    lex.including_reach = int(syntax.get("including_reach", 0))
    lex.bare_nouns = bool(syntax.get("bare_nouns", False))
    lex.morph = getattr(lang, "morph", None)
    first_words |= set(lex.left_verbs) | set(lex.frame_verbs)
    order = t.get("word_order", {})
    lex.postposed_subject = bool(order.get("postposed_subject"))
    lex.implicit_subject = bool(order.get("implicit_subject"))
    lex.postnominal_adjectives = bool(order.get("postnominal_adjectives"))
    lex.indefinite_one = bool(order.get("indefinite_one"))
    lex.candidate = _candidate(first_words, t.get("candidate_stems", ()), lang.lemmatizes)
    return lex
