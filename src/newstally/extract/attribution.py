"""Who said it: "according to X", "X said", "as reported by X", ", said X".

Works on the tokens of one sentence; returns the source as written in the text. The words read
here come from the language's tables: ``attribution`` in ``casualties.json`` (the phrases and
saying verbs) and the ``attribution_*`` keys of ``grammar.json``.
"""
from __future__ import annotations

from .lexicon import Lexicon
from .sentences import Token

_BOUNDARY = frozenset({",", ".", ";", ":", "(", ")", "\"", "“", "”", "—", "–", "!", "?"})


def _span(lex: Lexicon, text: str, tokens: list[Token], a: int, b: int, offset: int) -> str | None:
    if b <= a:
        return None
    s = text[tokens[a].start - offset:tokens[b - 1].end - offset].strip(" ,.")
    if not s or s.lower() in lex.grammar.attribution_pronouns or not any(ch.isalpha() for ch in s):
        return None
    return s


def find_attribution(lex: Lexicon, text: str, tokens: list[Token], offset: int = 0) -> str | None:
    """The source a sentence names for its figures, or None."""
    lowers = [t.lower for t in tokens]
    n = len(tokens)
    g = lex.grammar
    # "according to X", "as reported by X"
    for i in range(n):
        m = lex.according.match(lowers, i)
        if not m:
            continue
        a = i + m[0]
        b = a
        while b < n and b - a < 14 and lowers[b] not in _BOUNDARY and lowers[b] != "<q>" and lowers[b] not in g.attribution_breaks \
                and not lex.triggers.match(lowers, b):
            b += 1
        got = _span(lex, text, tokens, a, b, offset)
        if got:
            return got
    # "X said", ", X said." and ", said X"
    for v in range(n):
        if lowers[v] not in lex.say_verbs:
            continue
        if v > 0 and lowers[v - 1] in g.attribution_aux_before:
            continue  # "were reported killed"
        if v + 1 < n and lowers[v + 1] in lex.not_speech_after:
            continue  # "claimed responsibility"
        if v > 0 and (lowers[v - 1] in g.attribution_determiners or tokens[v - 1].text.isdigit()):
            continue  # "a 2018 report found": a noun, not a verb
        a = v
        while a - 1 >= 0 and v - a < 8 and lowers[a - 1] not in _BOUNDARY and lowers[a - 1] != "<q>" \
                and not lex.triggers.match(lowers, a - 1) \
                and (lowers[a - 1] not in g.attribution_np_stop or _joins_sayers(lex, tokens, lowers, a - 1)):
            a -= 1
        got = _span(lex, text, tokens, a, v, offset)
        if got:
            return got
        if v > 1 and lowers[v - 1] == ",":
            got = _before_apposition(lex, text, tokens, lowers, v - 1, offset)
            if got:
                return got  # "Gegham Stepanyan, the region's ombudsman, said"
        if v > 0 and lowers[v - 1] == "," and lowers[v].endswith(g.gerund_suffixes):
            got = _clause_subject(lex, text, tokens, lowers, v - 1, offset)
            if got:
                return got  # "The villagers contest the figure, saying ..."
        if v > 0 and lowers[v - 1] in (",", "\"", "”"):
            b = v + 1
            while b < n and b - v < 10 and lowers[b] not in _BOUNDARY and lowers[b] != "<q>" \
                    and not lex.triggers.match(lowers, b):
                b += 1
            got = _span(lex, text, tokens, v + 1, b, offset)
            if got:
                return got
    return None


def _joins_sayers(lex: Lexicon, tokens: list[Token], lowers: list[str], i: int) -> bool:
    """'and'/'at' inside a source's name: 'police and hospital sources', 'a doctor at the hospital'."""
    if i == 0:
        return False
    before = lowers[i - 1]
    speaker = before in lex.sayer_nouns or bool(lex.people.match(lowers, i - 1)) or tokens[i - 1].text[:1].isupper()
    return lowers[i] in lex.grammar.sayer_joins and speaker


def _clause_subject(lex: Lexicon, text: str, tokens: list[Token], lowers: list[str], comma: int,
                    offset: int) -> str | None:
    """The subject at the start of the clause that ends at ``comma``: a determiner, names and
    nouns that can speak ("The villagers", "Azerbaijani authorities", "Human Rights Watch")."""
    a = comma - 1
    while a > 0 and lowers[a - 1] not in _BOUNDARY:
        a -= 1
    b = a
    if b < comma and lowers[b] in lex.grammar.subject_determiners:
        b += 1
    while b < comma and (tokens[b].text[:1].isupper() or lowers[b] in lex.sayer_nouns
                         or lex.people.match(lowers, b)):
        b += 1
    if b == a or not (lowers[b - 1] in lex.sayer_nouns or lex.people.match(lowers, b - 1) or tokens[b - 1].text[:1].isupper()):
        return None
    return _span(lex, text, tokens, a, b, offset)


def _before_apposition(lex: Lexicon, text: str, tokens: list[Token], lowers: list[str], comma: int,
                       offset: int) -> str | None:
    """The noun phrase before ', an appositive,' that ends at token ``comma``."""
    j = comma - 1
    while j > 0 and comma - j < 10 and lowers[j] not in _BOUNDARY:
        j -= 1
    if j <= 0 or lowers[j] != "," or comma - j < 2:
        return None
    a = j
    while a - 1 >= 0 and j - a < 8 and lowers[a - 1] not in _BOUNDARY and lowers[a - 1] not in lex.grammar.attribution_np_stop \
            and lowers[a - 1] != "<q>" and not lex.triggers.match(lowers, a - 1):
        a -= 1
    return _span(lex, text, tokens, a, j, offset)


def is_attribution_fragment(lex: Lexicon, tokens: list[Token]) -> bool:
    """A sentence that is only "According to X." (its figures follow in the next sentence)."""
    lowers = [t.lower for t in tokens]
    m = lex.according.match(lowers, 0) if lowers else None
    return bool(m) and not any(lex.triggers.match(lowers, i) for i in range(len(lowers))) and len(lowers) <= 16


def clause_attributions(lex: Lexicon, text: str, tokens: list[Token], offset: int = 0) -> list[tuple[int, str]]:
    """Sources of the clauses of a sentence that sets two sources side by side ("police said 9
    were killed, while residents said 14 died"): (start offset of the clause, its source), one
    per clause after the first that names its own. Empty when the sentence has one source."""
    lowers = [t.lower for t in tokens]
    cuts = [i for i in range(1, len(tokens)) if lowers[i] == ";" or (
        lowers[i] in lex.grammar.contrast_openers and lowers[i - 1] == ",")]
    out: list[tuple[int, str]] = []
    for k, i in enumerate(cuts):
        j = cuts[k + 1] if k + 1 < len(cuts) else len(tokens)
        got = find_attribution(lex, text, tokens[i + 1:j], offset)
        if got:
            out.append((tokens[i].start, got))
    return out


def source_after(lex: Lexicon, text: str, tokens: list[Token], i: int, offset: int = 0) -> str | None:
    """The source named right after a figure: "the four deaths acknowledged by the police",
    "a toll reported by local media" (token ``i`` is the first after the figure)."""
    lowers = [t.lower for t in tokens]
    if i + 2 >= len(tokens) or lowers[i] not in lex.say_verbs or lowers[i + 1] not in lex.grammar.agent_prepositions:
        return None
    b = i + 2
    while b < len(tokens) and b - i < 12 and lowers[b] not in _BOUNDARY and lowers[b] not in lex.grammar.attribution_np_stop:
        b += 1
    return _span(lex, text, tokens, i + 2, b, offset)
