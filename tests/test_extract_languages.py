"""Vague amounts in each language: ``tests/lang/<code>/vague.jsonl``.

A vague amount ("Dutzende", "десятки") gives no exact figure, so these cases cannot be written
in ``cases.jsonl`` (run by ``test_lang_cases.py``), whose figures are exact. Each line is
``{"text", "expect": {category: null}}``: the category must be absent or an open interval.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstally import extract_claims, summarize
from newstally.model import Document, document_id

LANG_DIR = Path(__file__).parent / "lang"
PUB = "2025-05-14"
CASES = [pytest.param(p.parent.name, c["text"], c["expect"], id=f"{p.parent.name}-{n}")
         for p in sorted(LANG_DIR.glob("*/vague.jsonl"))
         for n, c in enumerate(map(json.loads, p.read_text("utf-8").splitlines()), 1)]


@pytest.mark.parametrize(("code", "text", "expect"), CASES)
def test_vague_amount_gives_no_exact_figure(code: str, text: str, expect: dict) -> None:
    doc = Document(id=document_id(text), text=text, published=PUB, language=code)
    got = summarize(doc, extract_claims(doc)).to_dict()
    for category in expect:
        figure = got.get(category)
        assert figure is None or figure["best"] is None or figure["high"] is None or figure["high"] > figure["best"], \
            f"{category}: {figure}"
