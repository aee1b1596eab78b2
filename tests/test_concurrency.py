"""Commands writing one database at once: real processes, on SQLite and on PostgreSQL.

Whatever runs beside it, the ledger must end as if the same inputs had been ingested one run
after the other: the same events (as sets of reports), articles, sources, source groups,
figures and clustering statistics, with no event left waiting for its figures.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from newstally.ledger import list_events
from newstally.store import open_store

from ledger_reports import TOWNS, check_consistent

MARKETS = ["central", "old", "grain", "fish", "cattle", "textile"]


def _reports(incidents: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Two inputs about the same ``incidents``: each incident's wire story is in the first, its
    word-for-word copy on another site in the second (one story, one source), and follow-ups
    with a higher toll go to one or the other."""
    first: list[dict[str, Any]] = []
    second: list[dict[str, Any]] = []
    for k in range(incidents):
        town, market = TOWNS[k % len(TOWNS)], MARKETS[k % len(MARKETS)]
        day = date(2021, 1, 4) + timedelta(days=37 * k)
        killed, hurt = 4 + 3 * k, 10 + k
        text = (f"At least {killed} people were killed and {hurt} injured when a car bomb exploded at the "
                f"{market} market in {town} on Monday, police said. The blast destroyed {k % 5 + 2} stalls.")
        story = {"title": f"Car bomb kills {killed} at {town} {market} market", "text": text,
                 "published": day.isoformat()}
        first.append({"id": f"w{k:03d}", "source": "Wire Service", **story})
        second.append({"id": f"c{k:03d}", "source": "Daily Copy", **story})
        later = {"id": f"f{k:03d}", "source": f"{town} Radio", "published": (day + timedelta(days=1)).isoformat(),
                 "title": f"{town} market bombing toll rises to {killed + 2}",
                 "text": (f"The death toll from Monday's car bomb at the {market} market in {town} rose to "
                          f"{killed + 2}, hospital officials said on Tuesday. Another {hurt} people were injured.")}
        (first if k % 2 else second).append(later)
    return first, second


def _write(path: Path, rows: list[dict[str, Any]]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


#: A command whose refresh of events takes a while, as it does in a large ledger: the time
#: another command gets to write in between.
SLOW_REFRESH = """
import time
import newstally.ledger as ledger
refresh = ledger._refresh_events
def slow(*args, **kwargs):
    time.sleep(0.3)
    return refresh(*args, **kwargs)
ledger._refresh_events = slow
"""


def _command(*args: str, slow: bool = False) -> list[str]:
    return [sys.executable, "-c", (SLOW_REFRESH if slow else "") + "from newstally.cli import main; main()", *args]


def _run(*args: str, slow: bool = False) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(_command(*args, slow=slow), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(_command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(*procs: subprocess.Popen[str]) -> list[str]:
    """The outputs of ``procs`` once all have ended (each must succeed)."""
    done = []
    try:
        for proc in procs:
            done.append((proc, *proc.communicate(timeout=600)))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    for proc, _out, err in done:
        assert proc.returncode == 0, err
    return [out for _proc, out, _err in done]


def _ledger(db: str) -> dict[str, Any]:
    """What the ledger holds, independent of event ids (which name an event by one of its
    reports): each event as its set of reports with its figures, and each source group as its
    set of reports."""
    with open_store(db) as store:
        check_consistent(store)
        events = {}
        for e in list_events(store):
            docs = frozenset(d["id"] for d in store.event_documents([e.id], text=False))
            events[docs] = (e.articles, e.independent_sources, e.date_start, e.date_end, e.title,
                            e.location, e.country_code, e.contested,
                            {k: f.to_dict() for k, f in e.figures.items()})
        with store.reading() as c:
            links = c.execute(sa.text("SELECT doc_id, source_group FROM event_documents")).all()
        groups: dict[str, set[str]] = {}
        for doc_id, group in links:
            groups.setdefault(group, set()).add(doc_id)
        return {"counts": store.counts(), "stats": store.get_meta("cluster_stats"),
                "stale": store.get_meta("stale_events") or [], "events": events,
                "source_groups": sorted(sorted(g) for g in groups.values())}


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[str, str]:
    first, second = _reports(16)
    return _write(tmp_path / "first.jsonl", first), _write(tmp_path / "second.jsonl", second)


@pytest.fixture
def one_after_the_other(new_db: Callable[[], str], inputs: tuple[str, str]) -> dict[str, Any]:
    db = new_db()
    for path in inputs:
        _run("ingest", path, "--db", db, "--batch-size", "3")
    ledger = _ledger(db)
    assert ledger["counts"]["documents"] == 48 and ledger["stats"] == {"docs": 48}
    copies = [docs for docs in ledger["events"] if {"w003", "c003"} <= docs]
    assert len(copies) == 1, "a story and its copy are one event"
    assert any({"w003", "c003"} <= set(g) for g in ledger["source_groups"]), "a copy is no second source"
    return ledger


def test_two_ingests_at_once_give_what_one_after_the_other_gives(
        new_db: Callable[[], str], inputs: tuple[str, str], one_after_the_other: dict[str, Any]) -> None:
    db = new_db()
    open_store(db).close()
    started = time.monotonic()
    outputs = _finish(*[_start("ingest", path, "--db", db, "--batch-size", "3") for path in inputs])
    assert time.monotonic() - started < 300, outputs
    assert _ledger(db) == one_after_the_other


def test_three_commands_creating_one_database_at_once_all_succeed(
        new_db: Callable[[], str], tmp_path: Path) -> None:
    db = new_db()
    first, _second = _reports(3)
    paths = [_write(tmp_path / f"{i}.jsonl", [r]) for i, r in enumerate(first[:3])]
    _finish(*[_start("ingest", path, "--db", db) for path in paths])
    with open_store(db) as store:
        assert store.counts()["documents"] == 3
        check_consistent(store)


def test_ingest_beside_events_gives_what_one_run_after_the_other_gives(
        new_db: Callable[[], str], inputs: tuple[str, str], one_after_the_other: dict[str, Any]) -> None:
    """``events`` finishes pending refreshes while ``ingest`` marks more: no mark is lost and no
    event keeps counts that disagree with its reports."""
    db = new_db()
    _run("ingest", inputs[0], "--db", db, "--batch-size", "3")
    ingesting = _start("ingest", inputs[1], "--db", db, "--batch-size", "2")
    readers = 0
    try:
        while ingesting.poll() is None:
            listed = _run("events", "--db", db, "--format", "json", slow=True)
            assert json.loads(listed.stdout), "events are listed while ingest writes"
            readers += 1
    finally:
        _finish(ingesting)
    assert readers >= 1
    assert _ledger(db) == one_after_the_other


def test_readers_go_on_while_a_write_is_open_and_a_writer_waiting_too_long_gives_up(
        db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import newstally.store
    from newstally.errors import StoreError

    from ledger_reports import doc
    from newstally.ledger import ingest

    monkeypatch.setattr(newstally.store, "BUSY_TIMEOUT", 1)
    with open_store(db) as first:
        ingest(first, [doc(1), doc(2)])
        with open_store(db) as second, first.writing() as conn:
            first.set_meta(conn, "held", True)
            assert len(list_events(second)) == 2  # nothing stale: reading needs no lock
            assert second.get_meta("held") is None  # what is not committed is not seen
            started = time.monotonic()
            with pytest.raises(StoreError, match="the database is busy"), second.writing() as c2:
                second.set_meta(c2, "other", True)
            assert time.monotonic() - started < 30
        assert first.get_meta("held") is True and first.get_meta("other") is None
