"""People named one by one across an event's reports.

Arrests come over days and weeks: the manager and the head of security are detained the day
after a fire, the owner a fortnight later. Each report gives its own count ("detained the
club's manager and its head of security"; "the owner, who has been in custody since his
arrest"), so the latest report's count alone leaves out the people an earlier report named.
People named by a role ("the driver", "its head of security") or by name ("Ana Ruiz") are
told apart across reports: the same role or surname is the same person, restated; a role and
a name in one apposition ("the driver, Ana Ruiz") are one person. The event's figure is at
least the number of different people named this way. People told of only by a count or a
generic noun ("two men", "a suspect") are never added: nothing says who they are.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..model import Claim

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CHIEF = re.compile(r"^(\w+) chief$")  # "security chief" = "head of security"


def _role(head: str) -> str:
    m = _CHIEF.match(head)
    return f"head of {m.group(1)}" if m else head


_AGE_AFTER = re.compile(r"^,\s*(\d{1,3})\s*,")  # "a man, 45, was arrested"


def person_keys(claim: Claim, lex: Any, anonymous: frozenset[str] = frozenset(), after: str = "",
                ages: Sequence[re.Pattern[str]] = ()) -> frozenset[str]:
    """What names the one person of ``claim``: its role or surname, and the name or role in
    apposition after it; empty when the claim counts several people or names nobody in
    particular (``anonymous`` heads, table ``named_people`` of ``lang/<code>/reconcile.json``),
    unless an age tells them apart (``ages``: "a 51-year-old woman", "a man, 45,": the head and
    the age). ``after`` is the text after the claim's span, where an apposition to its last word
    stands."""
    if claim.best != 1 or claim.negated or not claim.victims:
        return frozenset()
    head = claim.victims.strip()
    at = claim.text.rfind(head)
    rest = claim.text[at + len(head):] if at >= 0 else ""
    if at >= 0 and not rest.strip():
        rest = after  # "arrested the ferry's skipper" + ", Tomas Varga, after ..."
    if head[:1].isupper():  # a name: its last word ("Sáez Lobos" ... "Lobos")
        keys = {head.split()[-1].lower()}
    else:
        low = head.lower()
        pronouns = getattr(getattr(lex, "grammar", None), "pronouns_one", frozenset())
        if low in pronouns or claim.subgroup == "attackers":
            return frozenset()  # "he", "the suspect": nobody in particular
        if low in anonymous:  # "a man": nobody in particular, unless an age sets him apart
            before = claim.text[:at] if at >= 0 else ""
            age = next((m.group(1) for p in ages if (m := p.search(before))), None) \
                or next((m.group(1) for m in [_AGE_AFTER.match(rest)] if m), None)
            return frozenset({f"{low} aged {age}"}) if age else frozenset()
        keys = {_role(low)}
    if rest.startswith(","):  # "the bus driver, Ana Ruiz,", "Ana Ruiz, the driver,": one person
        keys |= _apposition(rest[1:].split(",")[0], lex, anonymous)
    return frozenset(keys)


def _apposition(segment: str, lex: Any, anonymous: frozenset[str]) -> set[str]:
    """The surname or the role noun that an apposition gives ("Ana Ruiz", "the driver of the bus")."""
    words = _WORD.findall(segment)
    names = [w for w in words if w[:1].isupper()]
    if names:
        return {names[-1].lower()}
    lowers = [w.lower() for w in words]
    people = getattr(lex, "people", None)
    for i in range(len(lowers)):
        m = people.match(lowers, i) if people is not None else None
        if m:
            role = " ".join(lowers[i:i + m[0]])
            return set() if role in anonymous else {_role(role)}
    return set()


def distinct_people(groups: Iterable[frozenset[str]]) -> int:
    """How many people the key sets name: sets sharing a key are one person."""
    people: list[set[str]] = []
    for keys in groups:
        if not keys:
            continue
        joined = [p for p in people if p & keys]
        merged = set(keys).union(*joined)
        people = [p for p in people if not (p & keys)] + [merged]
    return len(people)


def named_count(claims: Sequence[Claim], lex: Any, anonymous: frozenset[str] = frozenset(),
                after: Mapping[int, str] | None = None, ages: Sequence[re.Pattern[str]] = ()) -> int:
    """The number of different people the claims name one by one (``after``: the text after
    each claim, by the claim's ``id``, where an apposition to its last word stands)."""
    after = after or {}
    return distinct_people(person_keys(c, lex, anonymous, after.get(id(c), ""), ages) for c in claims)
