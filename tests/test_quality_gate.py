"""Quality gate: extraction accuracy on the development sets must not drop below pinned floors.

Reads ../shared/data/dev (or $SHARED/data/dev) in place; skipped when it is absent. The floors
sit a little under the figures measured when they were pinned (see the closing notes in the
docs); raise them when accuracy improves, never lower them to make a change pass.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newstally.extract import extract_claims, summarize
from newstally.read.jsonl import read_jsonl_file

SHARED = Path(os.environ.get("SHARED") or Path(__file__).resolve().parents[2] / "shared")
DEV = SHARED / "data" / "dev"

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason=f"no development sets at {DEV}")

FLOORS = {
    ("acled_extraction.jsonl", "killed"): 0.94,
    ("gtd_extraction.jsonl", "killed"): 0.94,
    ("gtd_extraction.jsonl", "injured"): 0.90,
}


def _exact(name: str, category: str) -> float:
    gold = {}
    with (DEV / name).open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            gold[str(r["id"])] = r["gold"].get(category)
    hits = total = 0
    for doc in read_jsonl_file(DEV / name):
        if isinstance(doc, Exception) or gold.get(doc.id) is None:
            continue
        fig = summarize(doc, extract_claims(doc)).figures.get(category)
        total += 1
        hits += (fig.best if fig else 0) == gold[doc.id]
    return hits / total


@pytest.mark.parametrize("name,category", list(FLOORS), ids=[f"{n.split('_')[0]}-{c}" for n, c in FLOORS])
def test_exact_match_floor(name: str, category: str) -> None:
    score = _exact(name, category)
    assert score >= FLOORS[(name, category)], f"{name} {category}: exact match {score:.3f}"


def test_seed_summaries_match_the_gold() -> None:
    gold = json.loads((DEV / "seeds_gold.json").read_text(encoding="utf-8"))["documents"]
    for doc in read_jsonl_file(DEV / "seeds_extraction.jsonl"):
        got = summarize(doc, extract_claims(doc)).to_dict()
        for key, fig in gold[doc.id]["summary"].items():
            assert (got.get(key) or {}).get("best") == fig["best"], (doc.id, key)
