"""Table-driven extraction cases per language: ``tests/lang/<code>/cases.jsonl``.

Each line is ``{"text", "expect": {category: best or null}}``: the report's summary figure per
category (0 = none stated or stated as none; null = a vague amount that gives no figure). Only
the categories named are compared. The sentences are written for these tests.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstally import extract_claims, summarize
from newstally.model import Document, document_id

LANG_DIR = Path(__file__).parent / "lang"
PUB = "2025-05-14"


def _cases() -> list:
    out = []
    for path in sorted(LANG_DIR.glob("*/cases.jsonl")):
        code = path.parent.name
        for n, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
            if raw.strip():
                case = json.loads(raw)
                out.append(pytest.param(code, case["text"], case["expect"], id=f"{code}-{n}"))
    return out


CASES = _cases()


@pytest.mark.parametrize("code", ["de", "ru"])
def test_each_language_has_forty_cases(code: str) -> None:
    assert sum(1 for c in CASES if c.values[0] == code) >= 40


@pytest.mark.parametrize(("code", "text", "expect"), CASES)
def test_case(code: str, text: str, expect: dict) -> None:
    doc = Document(id=document_id(text), text=text, published=PUB, language=code)
    got = summarize(doc, extract_claims(doc)).to_dict()
    for category, best in expect.items():
        figure = got.get(category)
        value = figure["best"] if figure else 0
        if best is None:
            assert figure is None or figure["best"] is None or figure["high"] is None or figure["high"] > figure["best"], \
                f"{category}: a vague amount gives no exact figure, got {figure}"
        else:
            assert value == best, f"{category}: expected {best}, got {figure}"
