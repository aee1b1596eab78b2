"""Which of a report's claims give the event's figures: word cues (table
``lang/<code>/reconcile.json``), paragraphs about other incidents, subsets, increments."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..model import CATEGORIES, DIED_OF_WOUNDS, Claim
from .report import Report
from .sides import data_table, words_of


@dataclass(frozen=True)
class Cues:
    """Words reconciliation reads (table ``lang/<code>/reconcile.json``)."""

    increment: frozenset[str]
    partitive: tuple[tuple[str, ...], ...]
    subset_heads: Mapping[str, frozenset[str]]
    openers: tuple[tuple[str, ...], ...]
    among: tuple[tuple[str, ...], ...] = ()
    died: frozenset[str] = frozenset()
    died_within: int = 3
    ordinal_determiners: frozenset[str] = frozenset()
    ordinals: Mapping[str, int] = field(default_factory=dict)
    remaining: Mapping[str, frozenset[str]] = field(default_factory=dict)
    remaining_within: int = 5
    named_categories: frozenset[str] = frozenset()  # people named one by one add up across reports
    anonymous: frozenset[str] = frozenset()  # heads that name nobody in particular ("a man", "two suspects")
    ages: tuple[re.Pattern[str], ...] = ()  # an age before such a head tells people apart ("a 51-year-old woman")

    def still_in_care(self, c: Claim, after: str) -> bool:
        """'three injured people remain in hospital': those still in care, part of the injured."""
        words = self.remaining.get(c.category, frozenset())
        return bool(words) and any(w in words for w in words_of(after)[:self.remaining_within + 1])

    def died_of_wounds(self, c: Claim, after: str) -> bool:
        """An injured claim followed by a death ("two of the wounded died"): the dead, not the injured."""
        words = words_of(after)[:self.died_within + 1]
        return c.category == "injured" and not c.negated and any(w in self.died for w in words)

    def ordinal(self, c: Claim) -> int | None:
        """'A fourth person died': the toll an ordinal brings the count to."""
        words = words_of(c.text)
        for i, w in enumerate(words[1:], 1):
            n = self.ordinals.get(w)
            if n is None and re.fullmatch(r"\d+(?:st|nd|rd|th)", w):
                n = int(re.sub(r"\D", "", w))
            if n and n > 1 and words[i - 1] in self.ordinal_determiners:
                return n
        return None

    def increment_claim(self, c: Claim) -> bool:
        """'six more bodies', 'another two deaths': victims on top of an earlier toll."""
        if c.qualifier == DIED_OF_WOUNDS:
            return True
        if c.toll or c.negated:
            return False
        words = words_of(c.text)
        return any(w in self.increment and (i + 1 == len(words) or words[i + 1] != "than")
                   for i, w in enumerate(words))

    def subset(self, c: Claim, before: str = "") -> str | None:
        """How a claim restates part of a figure: ``"partitive"`` for 'two of the wounded
        (died)', 'four of the people abducted (were freed)': part of a figure already counted,
        never a figure; ``"among"`` for 'Among the dead were 10 civilians': a subgroup's figure,
        but not the total. ``before`` is the claim's sentence up to the claim."""
        words = words_of(c.text)
        heads = self.subset_heads.get(c.category, frozenset())
        for i in range(1, 3):
            for p in (p for p in self.partitive if tuple(words[i:i + len(p)]) == p):
                head = words[i + len(p):i + len(p) + 2]  # "of the wounded", "of the people abducted"
                return "partitive" if any(w in heads for w in head) else None
        prior = words_of(before)
        if any(tuple(prior[i:i + len(p)]) == p and i + len(p) < len(prior) and prior[i + len(p)] in heads
               for p in self.among for i in range(len(prior))):
            return "among"
        return None

    def opens_other_event(self, paragraph: str) -> bool:
        words = words_of(paragraph[:80])
        return any(tuple(words[:len(p)]) == p for p in self.openers)


@lru_cache(maxsize=None)
def load_cues(language: str = "en") -> Cues:
    """The reconciliation word table of ``language`` (falls back to English)."""
    t = data_table("reconcile", language)
    return Cues(frozenset(t["increment"]["words"]),
                tuple(tuple(words_of(p)) for p in t["subset"]["partitive"]),
                {cat: frozenset(ws) for cat, ws in t["subset"]["heads"].items() if not cat.startswith("_")},
                tuple(tuple(words_of(p)) for p in t["other_event"]["openers"]),
                tuple(tuple(words_of(p)) for p in t["subset"].get("among", ())),
                frozenset(t.get("died_of_wounds", {}).get("verbs", ())),
                int(t.get("died_of_wounds", {}).get("words_between", 3)),
                frozenset(t.get("ordinal", {}).get("determiners", ())),
                dict(t.get("ordinal", {}).get("words", {})),
                {cat: frozenset(t["remaining"]["words"]) for cat in t.get("remaining", {}).get("categories", ())},
                int(t.get("remaining", {}).get("words_between", 5)),
                frozenset(t.get("named_people", {}).get("categories", ())),
                frozenset(t.get("named_people", {}).get("anonymous", ())),
                tuple(re.compile(p, re.I) for p in t.get("named_people", {}).get("ages", ())))


# ---------------------------------------------------------------------- claims of the event


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines (single lines when there are none)."""
    sep = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    out, pos = [], 0
    for m in re.finditer(sep, text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _headline_line(line: str) -> bool:
    """A short line with no closing punctuation: a headline or link in the page around the article."""
    line = line.strip()
    return bool(line) and len(line.split()) <= 20 and line[-1] not in ".!?\"”’')…;:,"


def event_claims(report: Report, elsewhere: Callable[[str, str], bool] | None = None,
                 cues: Cues | None = None) -> tuple[Claim, ...]:
    """The report's claims, with those about another incident flagged ``other_event``.

    After the first paragraph with a figure (the lead, with its dateline), a paragraph turns to
    another incident when it opens with a cue such as "Separately," or "Earlier on Thursday,"
    (table ``other_event``), or when ``elsewhere(paragraph, lead)`` says it is about places away
    from the event (the caller knows the event's place); a headline-like line (short, no closing
    punctuation: "Peru: 7 killed as lorry falls into river") is the site's, not the article's.
    The title is always the event's.
    """
    text = report.text or ""
    if not text or not report.claims:
        return report.claims
    cues = cues or load_cues((report.language or "en").split("-")[0].lower())
    body = [c for c in report.claims if not c.in_title]
    foreign: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if _headline_line(line) and any(pos <= c.start < pos + len(line) for c in body):
            foreign.append((pos, pos + len(line)))
        pos += len(line) + 1
    paras = paragraphs(text)
    lead = next(((a, b) for a, b in paras if any(a <= c.start < b and not any(x <= c.start < y for x, y in foreign)
                                                 for c in body)), None)
    for a, b in paras if lead is not None else ():
        if a <= lead[0] or not any(a <= c.start < b and c.counts for c in body):
            continue
        para = text[a:b]
        if cues.opens_other_event(para) or (elsewhere is not None and elsewhere(para, text[lead[0]:lead[1]])):
            foreign.append((a, b))
    if not foreign:
        return report.claims
    return tuple(replace(c, other_event=True) if not c.in_title and any(a <= c.start < b for a, b in foreign)
                 else c for c in report.claims)


def before_claim(text: str | None, c: Claim) -> str:
    """The sentence of ``c`` up to the claim (roughly: from the last full stop or line break)."""
    if not text or c.start <= 0:
        return ""
    head = text[max(0, c.start - 300):c.start]
    cut = max(head.rfind(". "), head.rfind("\n"), head.rfind("? "), head.rfind("! "))
    return head[cut + 1:]


def after_claim(text: str | None, c: Claim) -> str:
    return text[c.end:c.end + 80] if text and c.end > 0 else ""


def usable_claims(claims: Sequence[Claim], cues: Cues | None = None, text: str | None = None) -> list[Claim]:
    """Claims that count; a title figure only when the body has none for its key; no partitive
    subsets ("two of the wounded"). The wounded who died are the dead: "two injured people died"
    becomes a killed claim of two on top of the toll (qualifier ``"died of wounds"``); "a fourth
    person died" becomes a toll of four."""
    usable = []
    for c in claims:
        if not c.counts or c.category not in CATEGORIES:
            continue
        if cues is not None and c.qualifier != DIED_OF_WOUNDS:  # (extraction read "two of the injured died")
            if not c.in_title and cues.died_of_wounds(c, after_claim(text, c)):
                c = replace(c, category="killed", qualifier=DIED_OF_WOUNDS, toll=False)
            elif cues.subset(c, "" if c.in_title else before_claim(text, c)) == "partitive":
                continue
            elif c.category == "killed" and c.best == 1 and (n := cues.ordinal(c)):
                c = replace(c, low=n, best=n, high=n, toll=True)
        usable.append(c)
    body = {(c.category, c.subgroup) for c in usable if not c.in_title and not c.negated}
    return [c for c in usable if not c.in_title or (c.category, c.subgroup) not in body]
