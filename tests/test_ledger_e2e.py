"""End to end on examples/: ingest, events, show; the two Karabakh reports and the contested raid."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstally.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DAY1, DAY2, RAID = "c67bf00d4a2d6336", "715a5948fa44dab3", "6b86390daa3149b9"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("e2e") / "e2e.db")
    result = CliRunner().invoke(main, ["ingest", *(str(p) for p in sorted(EXAMPLES.glob("*.txt"))), "--db", path])
    assert result.exit_code == 0, result.output
    return path


def _events(db: str) -> list[dict]:
    return json.loads(CliRunner().invoke(main, ["events", "--db", db, "--format", "json"]).stdout)


def _show(db: str, event: str) -> dict:
    return json.loads(CliRunner().invoke(main, ["show", event, "--db", db, "--format", "json"]).stdout)


def _karabakh_figures(db: str) -> dict:
    event = next(e for e in _events(db) if DAY1 in _doc_ids(db, e["id"]))
    return _show(db, event["id"])["figures"]


def _doc_ids(db: str, event: str) -> set[str]:
    return {d["id"] for d in _show(db, event)["documents"]}


def test_the_two_karabakh_reports_are_one_event_from_two_sources(db: str) -> None:
    [event] = [e for e in _events(db) if e["title"] and "Karabakh" in e["title"]]
    assert _doc_ids(db, event["id"]) == {DAY1, DAY2}
    assert event["articles"] == 2 and event["independent_sources"] == 2
    assert not event["contested"]


def test_karabakh_killed_is_a_rising_toll_with_both_attributions(db: str) -> None:
    killed = _karabakh_figures(db)["killed"]
    assert [t["best"] for t in killed["timeline"]] == [27, 200]
    assert killed["first"]["best"] == 27 and killed["latest"]["best"] == 200
    assert [t["attribution"] for t in killed["timeline"]] == [
        "an official of the region's Armenian administration", "the Armenian-populated region's authorities"]
    assert killed["best"] == 200 and killed["high"] == 200
    assert not killed["contested"]


def test_karabakh_civilians_children_injured_evacuated(db: str) -> None:
    figs = _karabakh_figures(db)
    civilians = figs["civilians_killed"]
    own = [t for t in civilians["timeline"] if t["side"] != "azerbaijan"]
    assert [t["best"] for t in own] == [7, 10] and civilians["best"] == 10
    assert [t["best"] for t in figs["children_killed"]["timeline"]] == [2, 5]
    assert figs["children_killed"]["best"] == 5
    injured = figs["injured"]
    assert [t["best"] for t in injured["timeline"]] == [200, 400]
    assert injured["low"] == 400 and injured["high"] is None  # "more than 400"
    evac = figs["evacuated"]
    assert evac["low"] >= 10_000 and evac["high"] is None


def test_azerbaijani_claim_is_kept_apart_never_averaged_or_subtracted(db: str) -> None:
    figs = _karabakh_figures(db)
    civilians = figs["civilians_killed"]
    sides = {s["side"]: s for s in civilians["sides"]}
    assert sides["azerbaijan"]["best"] == 2 and sides["azerbaijan"]["attribution"] == "Azerbaijani prosecutors"
    assert (civilians["low"], civilians["best"], civilians["high"]) == (10, 10, 10)
    assert not civilians["contested"]
    assert figs["killed"]["best"] == 200


def test_the_village_raid_is_its_own_contested_event(db: str) -> None:
    raid = next(e for e in _events(db) if e["id"] == RAID)
    assert raid["contested"] is True and raid["articles"] == 1
    detail = _show(db, RAID)
    assert _doc_ids(db, RAID) == {RAID}
    killed = detail["figures"]["killed"]
    assert killed["contested"] and killed["best"] == 14 and killed["low"] == 3
    sides = {s["side"]: s["best"] for s in killed["sides"]}
    assert sides == {"government": 3, "other": 14}
    assert detail["figures"]["militants_killed"]["timeline"][0]["attribution"] == "The army"
