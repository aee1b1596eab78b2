"""Junk lines of reports in other languages go; article lines that look alike stay.

Cases are data: ``tests/lang/<code>/clean.jsonl``, one ``{"line", "junk"}`` per line.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstally.clean import clean_text

LANG_DIR = Path(__file__).parent / "lang"
TITLE = "Sturm über der Küste"
FIRST = "Am Montag fielen in der Region zwei Stunden lang schwere Regenfälle."
LAST = "Am Dienstag sollen die Aufräumarbeiten beginnen."


def _cases() -> list:
    out = []
    for path in sorted(LANG_DIR.glob("*/clean.jsonl")):
        for n, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
            case = json.loads(raw)
            out.append(pytest.param(case["line"], case["junk"], id=f"{path.parent.name}-{n}"))
    return out


CASES = _cases()


def test_every_language_has_cases() -> None:
    langs = {p.parent.name for p in LANG_DIR.glob("*/clean.jsonl")}
    assert {"es", "fr", "de", "pt", "it", "ru"} <= langs


@pytest.mark.parametrize(("line", "junk"), CASES)
def test_line(line: str, junk: bool) -> None:
    out = clean_text("\n\n".join([TITLE, FIRST, line, LAST])).splitlines()
    assert (line not in out) is junk
    assert FIRST in out and LAST in out
