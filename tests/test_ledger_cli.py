"""The ingest, events, show and export commands, through click's CliRunner."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstally.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

EVENT_FIELDS = {"id", "date_start", "date_end", "country", "country_code", "location", "latitude",
                "longitude", "title", "articles", "independent_sources", "contested", "figures"}
FIGURE_FIELDS = {"key", "category", "subgroup", "low", "best", "high", "contested", "articles", "sources",
                 "sides", "timeline", "first", "latest"}
TIMELINE_FIELDS = {"doc_id", "source_group", "site", "published", "as_of", "attribution", "side", "subgroup",
                   "low", "best", "high", "qualifier", "negated", "text", "quote", "start", "end"}
SIDE_FIELDS = {"side", "low", "best", "high", "as_of", "attribution", "doc_id", "articles", "sources"}
DOCUMENT_FIELDS = {"id", "url", "site", "published", "title", "source_group", "path"}


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.db")
    result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", path])
    assert result.exit_code == 0, result.output
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_ingest_twice_adds_nothing(db: str) -> None:
    result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", db])
    assert result.exit_code == 0
    assert "0 report(s) added, 3 already stored" in result.stderr


def test_bad_inputs_are_one_line_each_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Two people were killed in Goma."}\n{oops\n')
    result = CliRunner().invoke(main, ["ingest", str(bad), str(tmp_path / "none.txt"),
                                       "--db", str(tmp_path / "b.db")])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and any("bad.jsonl:2" in e for e in errors)
    assert "2 input(s) failed" in result.stderr
    assert "1 report(s) added" in result.stderr


def test_events_json_fields_are_stable(db: str) -> None:
    events = json.loads(run("events", "--db", db, "--format", "json"))
    assert isinstance(events, list) and events
    for e in events:
        assert set(e) == EVENT_FIELDS
        assert isinstance(e["contested"], bool)
        for key, fig in e["figures"].items():
            assert set(fig) == {"low", "best", "high"}, key
    assert {e["id"] for e in events} >= {"c67bf00d4a2d6336", "6b86390daa3149b9"}


def test_events_table_and_csv(db: str) -> None:
    table = run("events", "--db", db)
    assert table.splitlines()[0].split() == ["id", "start", "end", "place", "country", "title", "killed",
                                             "injured", "articles", "sources", "contested"]
    assert "contested" in table.splitlines()[-1] or "contested" in table
    rows = list(csv.DictReader(run("events", "--db", db, "--format", "csv").splitlines()))
    raid = next(r for r in rows if r["id"] == "6b86390daa3149b9")
    assert raid["contested"] == "true" and raid["killed_best"] == "14"


def test_events_filters(db: str) -> None:
    assert [e["id"] for e in json.loads(run("events", "--db", db, "--since", "2024-01-01", "--format", "json"))] \
        == ["6b86390daa3149b9"]
    in_az = json.loads(run("events", "--db", db, "--country", "AZ", "--format", "json"))
    assert in_az and all(e["country"] == "Azerbaijan" for e in in_az)
    assert json.loads(run("events", "--db", db, "--country", "azerbaijan", "--format", "json")) == in_az
    result = CliRunner().invoke(main, ["events", "--db", db, "--since", "yesterday"])
    assert result.exit_code == 1 and "--since" in result.output


def test_show_json_fields_are_stable(db: str) -> None:
    d = json.loads(run("show", "6b86390daa3149b9", "--db", db, "--format", "json"))
    assert set(d) == EVENT_FIELDS | {"documents"}
    assert d["contested"] is True
    for fig in d["figures"].values():
        assert set(fig) == FIGURE_FIELDS
        for t in fig["timeline"]:
            assert set(t) == TIMELINE_FIELDS
        for s in fig["sides"]:
            assert set(s) == SIDE_FIELDS
    [doc] = d["documents"]
    assert set(doc) == DOCUMENT_FIELDS
    assert doc["source_group"] == doc["id"] == "6b86390daa3149b9"
    assert doc["site"] == "Sahel Monitor"


def test_show_text_quotes_the_sentences(db: str) -> None:
    out = run("show", "6b86", "--db", db)
    assert "CONTESTED" in out and "Sahel Monitor" in out and "The army said on Monday" in out


def test_show_unknown_event_is_a_one_line_error(db: str) -> None:
    result = CliRunner().invoke(main, ["show", "nope", "--db", db])
    assert result.exit_code == 1 and "no event 'nope'" in result.output


def test_export_formats(db: str, tmp_path: Path) -> None:
    from newstally.ledger import EXPORT_COLUMNS

    out = tmp_path / "e.csv"
    CliRunner().invoke(main, ["export", "--db", db, "--format", "csv", "-o", str(out)])
    with out.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == EXPORT_COLUMNS
    raid = [r for r in rows if r["event_id"] == "6b86390daa3149b9" and r["category"] == "killed"]
    assert raid and raid[0]["civilians_best"] == "14" and raid[0]["militants_best"] == "3"
    out = tmp_path / "e.json"
    run("export", "--db", db, "--format", "json", "-o", str(out))
    data = json.loads(out.read_text())
    assert len(data) == len(rows) and all(tuple(r) == EXPORT_COLUMNS for r in data)
    import pyarrow.parquet as pq

    out = tmp_path / "e.parquet"
    run("export", "--db", db, "--format", "parquet", "-o", str(out))
    table = pq.read_table(out)
    assert tuple(table.column_names) == EXPORT_COLUMNS and table.num_rows == len(rows)
    assert str(table.schema.field("best").type) == "int64"


def test_db_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSTALLY_DB", str(tmp_path / "env.db"))
    run("ingest", str(EXAMPLES / "village-raid-contested.txt"))
    assert (tmp_path / "env.db").exists()
    assert len(json.loads(run("events", "--format", "json"))) == 1


@pytest.mark.parametrize("command", ["ingest", "events", "show", "export"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    out = run(command, "--help")
    assert "Example" in out and "newstally " + command in out and "--db" in out


def test_event_place_of_a_report_in_russian(tmp_path: Path) -> None:
    """The event of a report in Cyrillic with a declined town name stands at that town."""
    f = tmp_path / "ru.jsonl"
    f.write_text(json.dumps({"id": "ru-1", "published": "2026-02-03",
                             "text": "В Херсоне при обстреле погибли два человека, сообщил губернатор."},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(tmp_path / "ru.db")
    run("ingest", str(f), "--db", db)
    [event] = json.loads(run("events", "--db", db, "--format", "json"))
    assert (event["location"], event["country_code"]) == ("Kherson", "UA")


def test_an_event_joined_into_another_is_still_found_by_its_old_id(tmp_path: Path) -> None:
    """An earlier report of the same incident arriving later renames the event; the id shown
    before still leads to it (show, the web API), and the ledger keeps one event."""
    text = ("Gunmen killed seven people and wounded 12 at a bus station in Maiduguri on Monday, "
            "police spokesman Abdu Bello said. Residents said the attackers fled on motorcycles.")
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({"id": "wire-copy", "published": "2026-02-03", "url": "https://b.example/x",
                                 "title": "Seven killed at Maiduguri bus station", "text": text}) + "\n")
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"id": "agency-first", "published": "2026-02-02", "url": "https://a.example/y",
                                 "title": "Seven killed at Maiduguri bus station", "text": text}) + "\n")
    db = str(tmp_path / "ledger.db")
    run("ingest", str(later), "--db", db)
    [before] = json.loads(run("events", "--db", db, "--format", "json"))
    run("ingest", str(first), "--db", db)
    [after] = json.loads(run("events", "--db", db, "--format", "json"))
    assert after["articles"] == 2 and (before["id"], after["id"]) == ("wire-copy", "agency-first")
    shown = json.loads(run("show", before["id"], "--db", db, "--format", "json"))
    assert shown["id"] == after["id"] and shown["articles"] == 2
