"""Shared by the self-written summary sets (test_extract_stress.py, test_extract_recall.py):
records ``{"id", "class", "text", "published", "expect"}`` read as the JSONL reader reads them,
summarized, and compared with their expected figures."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstally import summarize
from newstally.read.jsonl import record_to_document

MAIN = ("killed", "injured", "missing", "evacuated", "displaced", "arrested", "kidnapped")


def load_cases(paths: list[Path]) -> list[dict]:
    return [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def summaries_of(cases: list[dict]) -> dict[str, dict]:
    """The figures `extract --summary` prints for each record (its text cleaned as the JSONL
    reader cleans it; the place, which the CLI adds, is not compared)."""
    fields = ("id", "text", "published")
    docs = [record_to_document({k: c[k] for k in fields}) for c in cases]
    return {d.id: summarize(d).to_dict() for d in docs}


def mismatches(case: dict, got: dict) -> dict[str, tuple]:
    """The seven main categories on every record (absent = 0), other keys where ``expect``
    names them; ``null`` = not compared."""
    expect = case["expect"]
    keys = [k for k in (*MAIN, *expect) if expect.get(k, 0) is not None]
    best = {k: (got.get(k) or {}).get("best") or 0 for k in keys}
    return {k: (expect.get(k, 0), best[k]) for k in dict.fromkeys(keys) if best[k] != expect.get(k, 0)}


def case_params(cases: list[dict]) -> list:
    """One test per record; ``known`` (its reason) runs it as an expected failure."""
    return [pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(reason=c["known"], strict=False)]
                         if c.get("known") else []) for c in cases]
