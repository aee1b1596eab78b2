"""Who said it: "according to X", "X said", "as reported by X", ", said X".

Works on the tokens of one sentence; returns the source as written in the text.
"""
from __future__ import annotations

from .lexicon import Lexicon
from .sentences import Token

_BOUNDARY = frozenset({",", ".", ";", ":", "(", ")", "\"", "“", "”", "—", "–", "!", "?"})
_NP_STOP = frozenset({"that", "who", "which", "when", "while", "after", "as", "and", "but", "on", "at",
                      "it", "its", "had", "has", "have", "was", "were", "is", "are", "there", "in"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "this", "that"})
_AUX_BEFORE = frozenset({"was", "were", "is", "are", "been", "be", "being", "as", "widely", "also"})


def _span(text: str, tokens: list[Token], a: int, b: int, offset: int) -> str | None:
    if b <= a:
        return None
    s = text[tokens[a].start - offset:tokens[b - 1].end - offset].strip(" ,.")
    if not s or s.lower() in _PRONOUNS or not any(ch.isalpha() for ch in s):
        return None
    return s


def find_attribution(lex: Lexicon, text: str, tokens: list[Token], offset: int = 0) -> str | None:
    """The source a sentence names for its figures, or None."""
    lowers = [t.lower for t in tokens]
    n = len(tokens)
    # "according to X", "as reported by X"
    for i in range(n):
        m = lex.according.match(lowers, i)
        if not m:
            continue
        a = i + m[0]
        b = a
        while b < n and b - a < 14 and lowers[b] not in _BOUNDARY and lowers[b] not in ("that", "who", "which", "<q>") \
                and not lex.triggers.match(lowers, b):
            b += 1
        got = _span(text, tokens, a, b, offset)
        if got:
            return got
    # "X said", ", X said." and ", said X"
    for v in range(n):
        if lowers[v] not in lex.say_verbs:
            continue
        if v > 0 and lowers[v - 1] in _AUX_BEFORE:
            continue  # "were reported killed"
        a = v
        while a - 1 >= 0 and v - a < 8 and lowers[a - 1] not in _BOUNDARY and lowers[a - 1] not in _NP_STOP \
                and lowers[a - 1] != "<q>" and not lex.triggers.match(lowers, a - 1):
            a -= 1
        got = _span(text, tokens, a, v, offset)
        if got:
            return got
        if v > 0 and lowers[v - 1] in (",", "\"", "”"):
            b = v + 1
            while b < n and b - v < 10 and lowers[b] not in _BOUNDARY:
                b += 1
            got = _span(text, tokens, v + 1, b, offset)
            if got:
                return got
    return None


def is_attribution_fragment(lex: Lexicon, tokens: list[Token]) -> bool:
    """A sentence that is only "According to X." (its figures follow in the next sentence)."""
    lowers = [t.lower for t in tokens]
    m = lex.according.match(lowers, 0) if lowers else None
    return bool(m) and not any(lex.triggers.match(lowers, i) for i in range(len(lowers))) and len(lowers) <= 16
