"""Who an attribution speaks for, in every language: one party keeps one key whatever the
language it is quoted in. Cases: ``tests/lang/<code>/sides.jsonl`` (``{"attribution", "side"}``)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstally.reconcile.sides import load_sides, side_of

LANG_DIR = Path(__file__).parent / "lang"
CASES = [pytest.param(c["attribution"], c["side"], id=f"{p.parent.name}-{n}")
         for p in sorted(LANG_DIR.glob("*/sides.jsonl"))
         for n, c in enumerate(map(json.loads, p.read_text("utf-8").splitlines()), 1)]


@pytest.mark.parametrize(("attribution", "side"), CASES)
def test_side(attribution: str | None, side: str) -> None:
    assert side_of(attribution, load_sides()) == side


def test_parties_quoted_in_two_languages_are_opposed() -> None:
    t = load_sides()
    russia_ru = side_of("министерство обороны России", t)
    ukraine_de = side_of("ukrainische Armee", t)
    ukraine_en = side_of("Ukraine's general staff", t)
    assert russia_ru == "russia" and ukraine_de == ukraine_en == "ukraine"
    assert t.opposed(t.camp("министерство обороны России"), t.camp("ukrainische Armee"))


def test_english_table_alone_is_unchanged() -> None:
    assert side_of("министерство обороны России", load_sides("en")) == "other"
