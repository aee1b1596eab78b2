"""Table-driven extraction cases in each language, as data: ``tests/lang/<code>/cases.jsonl``.

Each line is a self-written report (``text``) and the summary figures it must give
(``expect``: flat summary keys such as ``killed`` or ``children_killed``, best values; null =
a vague amount that gives no exact figure). ``killed`` and ``injured`` not listed must be 0:
nothing may be read where nothing is said. ``case`` (optional) names what the line tests.
``as_of`` (optional) is the day every figure of the report refers to, published on
Wednesday 14 May 2025 unless ``published`` says otherwise. ``known`` (optional, its reason) runs
the line as an expected failure: a class of language not read yet, kept so it is seen when it is.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstally import extract_claims, summarize
from newstally.model import Document

CASES_DIR = Path(__file__).parent / "lang"
PUB = "2025-05-14"


def _cases() -> list:
    out = []
    for path in sorted(CASES_DIR.glob("*/cases.jsonl")):
        code = path.parent.name
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip():
                case = json.loads(line)
                marks = [pytest.mark.xfail(reason=case["known"], strict=False)] if case.get("known") else []
                out.append(pytest.param(code, case, id=f"{code}-{n}-{case.get('case', '')}", marks=marks))
    return out


CASES = _cases()


def test_every_language_has_forty_cases() -> None:
    counts: dict[str, int] = {}
    for p in CASES:
        counts[p.values[0]] = counts.get(p.values[0], 0) + 1
    assert counts and all(n >= 40 for n in counts.values()), counts


@pytest.mark.parametrize(("code", "case"), CASES)
def test_case(code: str, case: dict) -> None:
    doc = Document(id="case", text=case["text"], language=code, published=case.get("published", PUB))
    figures = summarize(doc).figures
    expect = {"killed": 0, "injured": 0, **case["expect"]}
    for key in [k for k, v in expect.items() if v is None]:  # vague: no exact figure
        f = figures.get(key)
        assert f is None or f.best is None or f.high is None or f.high > f.best, (key, f, case["text"])
        del expect[key]
    got = {key: (figures[key].best or 0) if key in figures else 0 for key in expect}
    assert got == expect, case["text"]
    if "as_of" in case:
        assert {c.as_of for c in extract_claims(doc) if c.counts and c.best} == {case["as_of"]}, case["text"]
