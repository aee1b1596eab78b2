"""A stress set of ordinary news: `extract --summary` must give no figure where nobody was hurt.

``fixtures/stress/stress_realnews.jsonl`` holds short articles and sentences written for this
test, and each ``fresh_batch<N>.jsonl`` a batch of 50 paragraph-length articles written at one
sitting before the extractor was run on them (a batch's share of first-run failures is the best
guess of how the extractor does on ordinary news nobody has tuned it to), in the manner of US outlets: most tell of no casualty of their own but use casualty words
in other senses (economic and figurative harm, sports, illness and natural death, obituaries),
or name deaths of other times and statistics (anniversaries, old cases, wars, rates, "each
year"), fiction, polls, hypotheticals, calls and futures, or carry a sidebar of other stories'
headlines. The class ``incident`` holds real incidents told among such context, which must
still give their figures, so a rule that simply turns everything away fails.

Each record: ``{"id", "class", "text", "published", "expect": {key: best}}``. The seven
main categories are compared on every record (absent = 0); other keys (subgroups such as
``attackers_killed``) only where ``expect`` names them; ``null`` = not compared. ``known``
marks a case the extractor does not read yet (its reason), run as an expected failure.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from newstally import summarize
from newstally.read.jsonl import record_to_document

SETS = sorted((Path(__file__).parent / "fixtures" / "stress").glob("*.jsonl"))
CASES = [json.loads(line) for path in SETS for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
MAIN = ("killed", "injured", "missing", "evacuated", "displaced", "arrested", "kidnapped")


@pytest.fixture(scope="module")
def summaries() -> dict[str, dict]:
    """The figures `extract --summary` prints: each record read as the JSONL reader reads it
    (its text cleaned), then summarized (the place, which the CLI adds, is not compared)."""
    fields = ("id", "text", "published")
    docs = [record_to_document({k: c[k] for k in fields}) for c in CASES]
    return {d.id: summarize(d).to_dict() for d in docs}


def _mismatches(case: dict, got: dict) -> dict[str, tuple]:
    expect = case["expect"]
    keys = [k for k in (*MAIN, *expect) if expect.get(k, 0) is not None]
    best = {k: (got.get(k) or {}).get("best") or 0 for k in keys}
    return {k: (expect.get(k, 0), best[k]) for k in dict.fromkeys(keys) if best[k] != expect.get(k, 0)}


def test_the_set_covers_every_class_with_traps_and_incidents() -> None:
    classes = Counter(c["class"] for c in CASES)
    assert len(CASES) == len({c["id"] for c in CASES})
    assert {"figurative", "sports", "illness", "statistics", "other_time", "fiction", "hypothetical", "poll",
            "obituary", "old_case", "headlines", "incident"} <= set(classes)
    assert classes["incident"] >= 20
    assert all(c["expect"] for c in CASES if c["class"] == "incident")


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(reason=c["known"], strict=False)] if c.get("known") else [])
    for c in CASES])
def test_stress_case(case: dict, summaries: dict[str, dict]) -> None:
    assert case["id"] in summaries
    assert _mismatches(case, summaries[case["id"]]) == {}, case["text"]
