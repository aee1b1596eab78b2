"""Self-written cluster sets (tests/fixtures/cluster/*.jsonl) and their scores, shared by the
tests that cluster whole sets."""
from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "cluster"


def records(name: str) -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_events(name: str) -> dict[str, list[str]]:
    """Gold event -> the ids of its reports."""
    gold: dict[str, list[str]] = defaultdict(list)
    for r in records(name):
        gold[r["gold_event"]].append(r["id"])
    return gold


def event_of(groups: list[list[str]]) -> dict[str, int]:
    return {i: n for n, g in enumerate(groups) for i in g}


def b_cubed(gold_groups: dict[str, list[str]], groups: list[list[str]]) -> tuple[float, float]:
    """B-cubed precision and recall of predicted groups against gold events."""
    gold = {i: set(g) for g in gold_groups.values() for i in g}
    pred = {i: set(g) for g in groups for i in g}
    p = sum(len(pred[i] & gold[i]) / len(pred[i]) for i in gold) / len(gold)
    r = sum(len(pred[i] & gold[i]) / len(gold[i]) for i in gold) / len(gold)
    return p, r


def events_in_three_runs(items: list, seed: int) -> set[frozenset[str]]:
    """The events of ``items`` ((document, claims) pairs) shuffled by ``seed`` and clustered in
    three runs, each a new clusterer that loads the events the run before saved (a JSON round
    trip, as a database keeps them)."""
    from newstally.cluster import Clusterer

    items = list(items)
    random.Random(seed).shuffle(items)
    third = len(items) // 3
    saved: dict = {}
    for run in (items[:third], items[third:2 * third], items[2 * third:]):
        c = Clusterer()
        c.load_events(json.loads(json.dumps(saved)).items())
        for doc, claims in run:
            c.add(doc, claims)
        saved = {k: c.event_state(k) for k in c.events}
    return {frozenset(m) for m in c.events.values()}
