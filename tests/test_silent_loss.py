"""Nothing is lost without a word: unreadable folders, long reports, mistyped databases."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstally.cli import main
from newstally.errors import StoreError
from newstally.read import read_sources
from newstally.store import open_store

from ledger_reports import check_consistent

NEWSTALLY = str(Path(sys.executable).with_name("newstally"))
STORY = ("At least 12 people were killed when a bomb exploded at a bus station in Kunduz on "
         "Wednesday, police said.\n")
FILLER = ("The city council met on Tuesday to discuss the budget for schools, roads and the "
          "new library, and residents asked questions about parking near the market.\n")


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


# ------------------------------------------------------------------------------- folders


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text("Blast in Kunduz\n\n" + STORY)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Fire in Lagos\n\n" + STORY.replace("12", "5"))
    return tmp_path


def _deny(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """Listing ``denied`` fails as it does for a folder without read permission (even for root)."""
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fsdecode(path)).resolve() == denied.resolve():  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_folder_inside_the_input_is_reported(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _deny(monkeypatch, tree / "locked")
    results = list(read_sources([str(tree)]))
    errors = [str(r) for r in results if isinstance(r, Exception)]
    assert len(results) == 2 and len(errors) == 1
    assert "locked" in errors[0] and "cannot read folder: Permission denied" in errors[0]


@pytest.mark.parametrize("command", ["extract", "cluster", "ingest"])
def test_an_unreadable_folder_fails_the_command(tree: Path, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    _deny(monkeypatch, tree / "locked")
    args = [command, str(tree / "locked")] + (["--db", str(tree / "x.db")] if command == "ingest" else [])
    r = invoke(*args)
    assert r.exit_code == 1
    assert "cannot read folder" in r.stderr and len([x for x in r.stderr.splitlines() if "cannot read" in x]) == 1


def _other_user() -> list[str] | None:
    """A command prefix that runs as an unprivileged user, or None when we already are one."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        return None
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def public_dir() -> Iterator[Path]:
    """A folder an unprivileged user can reach (pytest's own are private to root)."""
    path = Path(tempfile.mkdtemp(prefix="newstally-"))
    path.chmod(0o755)
    yield path
    for p in path.rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    shutil.rmtree(path)


def test_an_unreadable_folder_for_real(public_dir: Path) -> None:
    prefix = _other_user()
    if prefix is None:
        pytest.skip("cannot drop privileges here")
    (public_dir / "locked").mkdir()
    (public_dir / "locked" / "b.txt").write_text(STORY)
    (public_dir / "locked").chmod(0o000)
    done = subprocess.run([*prefix, NEWSTALLY, "extract", str(public_dir)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1, done.stderr
    assert "cannot read folder: Permission denied" in done.stderr


# ------------------------------------------------------------------------------- long reports


def _long_report(path: Path, chars: int = 250_000) -> Path:
    lines = (f"On day {n} of the session, " + FILLER for n in range(chars // len(FILLER) + 1))
    body = "".join(lines)
    path.write_text("Council news\n\n" + body + "Later, at least 41 people were killed when a bridge "
                    "collapsed in Lagos on Friday, officials said.\n")
    return path


def test_the_end_of_a_long_report_is_read(tmp_path: Path) -> None:
    r = invoke("extract", str(_long_report(tmp_path / "long.txt")))
    assert r.exit_code == 0, r.output
    assert '"best": 41' in r.stdout


def test_ingest_keeps_the_end_of_a_long_report(tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    r = invoke("ingest", str(_long_report(tmp_path / "long.txt")), "--db", db)
    assert r.exit_code == 0, r.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT best FROM claims").fetchall() == [(41,)]
        assert conn.execute("SELECT length(text) FROM documents").fetchone()[0] > 250_000


def test_a_two_megabyte_report_is_read_whole_in_seconds(tmp_path: Path) -> None:
    import time

    path = _long_report(tmp_path / "huge.txt", 2_000_000)
    # CPU time, not wall time: a loaded machine must not fail it, a quadratic step still does
    started = time.process_time()
    r = invoke("extract", str(path))
    assert r.exit_code == 0 and '"best": 41' in r.stdout
    assert time.process_time() - started < 30


# ------------------------------------------------------------------------------- databases


@pytest.mark.parametrize("command", [["events"], ["show", "abc"], ["export", "--format", "csv", "-o", "{tmp}/o.csv"]])
def test_reading_commands_refuse_a_database_that_does_not_exist(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "mistyped.db"
    r = invoke(*[c.replace("{tmp}", str(tmp_path)) for c in command], "--db", str(db))
    assert r.exit_code == 1
    assert "no database at" in r.stderr and str(db) in r.stderr
    assert not db.exists() and not (tmp_path / "o.csv").exists()


def test_open_store_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        open_store(str(tmp_path / "none.db"), create=False)
    with pytest.raises(StoreError, match="folder"):
        open_store(str(tmp_path), create=False)
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("command", [["events"], ["show", "abc"], ["export", "--format", "csv", "-o", "o.csv"],
                                     ["ingest", "x.txt"], ["watch", "http://127.0.0.1:9/rss", "--max-cycles", "1"]])
def test_an_empty_db_name_is_an_error(command: list[str]) -> None:
    r = invoke(*command, "--db", "")
    assert r.exit_code == 2
    assert "--db" in r.stderr and "empty" in r.stderr


def test_a_database_in_a_read_only_folder_can_be_read(public_dir: Path) -> None:
    prefix = _other_user()
    if prefix is None:
        pytest.skip("cannot drop privileges here")
    (public_dir / "r.txt").write_text("Blast in Kunduz\n\n" + STORY)
    db = public_dir / "ro" / "ledger.db"
    db.parent.mkdir()
    assert invoke("ingest", str(public_dir / "r.txt"), "--db", str(db)).exit_code == 0
    db.chmod(0o444)
    db.parent.chmod(0o555)
    for command in (["events"], ["export", "--format", "json", "-o", "-"]):
        done = subprocess.run([*prefix, NEWSTALLY, *command, "--db", str(db)], capture_output=True, text=True,
                              timeout=120, cwd=public_dir)
        assert done.returncode == 0, done.stderr
        assert "Kunduz" in done.stdout
    assert sorted(p.name for p in db.parent.iterdir()) == ["ledger.db"]


# ------------------------------------------------------------------------------- databases that cannot take writes


def _documents(db: Path) -> int:
    with sqlite3.connect(db) as c:
        return c.execute("SELECT count(*) FROM documents").fetchone()[0]


def test_ingest_into_a_read_only_database_is_refused_before_reading(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db, report = tmp_path / "ledger.db", tmp_path / "r.txt"
    report.write_text("Blast in Kunduz\n\n" + STORY)
    assert invoke("ingest", str(report), "--db", str(db)).exit_code == 0
    (tmp_path / "s.txt").write_text("Fire in Lagos\n\n" + STORY.replace("Kunduz", "Lagos"))
    import newstally.store

    monkeypatch.setattr(newstally.store, "_writable", lambda path: False)  # as for a file mode 444 (even for root)
    import newstally.ledger

    monkeypatch.setattr(newstally.ledger, "extract_whole", lambda doc: pytest.fail("extracted for nothing"))
    r = invoke("ingest", str(tmp_path / "s.txt"), "--db", str(db))
    assert r.exit_code == 1 and "read-only" in r.stderr and "Traceback" not in r.output
    assert _documents(db) == 1


def test_a_new_database_in_a_read_only_folder_is_a_clear_error(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (tmp_path / "r.txt").write_text("Blast in Kunduz\n\n" + STORY)
    import newstally.store

    real = os.access
    monkeypatch.setattr(newstally.store.os, "access",
                        lambda p, mode: False if Path(p) == folder and mode & os.W_OK else real(p, mode))
    r = invoke("ingest", str(tmp_path / "r.txt"), "--db", str(folder / "new.db"))
    assert r.exit_code == 1 and "its folder is read-only" in r.stderr
    r = invoke("ingest", str(tmp_path / "r.txt"), "--db", str(tmp_path / "no" / "such" / "new.db"))
    assert r.exit_code == 1 and "no folder" in r.stderr
    assert list(folder.iterdir()) == []


def test_a_full_disk_mid_ingest_keeps_whole_batches_and_a_second_run_adds_the_rest(tmp_path: Path) -> None:
    """The database file may grow only so far (a disk that fills up): the command stops with a
    clear error naming what was committed, and the same command run again finishes the job."""
    import json
    import re
    import resource

    filler = "The council met on Tuesday to discuss the budget for schools and roads. " * 250
    reports = tmp_path / "reports.jsonl"
    with open(reports, "w", encoding="utf-8") as f:
        for i in range(40):
            f.write(json.dumps({"id": f"b{i:02d}", "published": f"2024-03-0{1 + i % 9}",
                                "text": f"{i % 5 + 2} people were killed in a fire in Town{i} on Monday.\n" + filler}) + "\n")
    db = tmp_path / "ledger.db"
    command = [NEWSTALLY, "ingest", str(reports), "--db", str(db), "--batch-size", "10", "--workers", "1"]

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_200_000, 1_200_000))

    done = subprocess.run(command, preexec_fn=small_disk, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    assert "is the disk full" in done.stderr and "Traceback" not in done.stderr
    committed = int(re.search(r"(\d+) report\(s\) were committed before it", done.stderr).group(1))
    assert committed % 10 == 0 and committed < 40 and _documents(db) == committed
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{40 - committed} report(s) added, {committed} already stored" in done.stderr
    with open_store(str(db)) as store:
        counts = store.counts()
        assert counts["documents"] == counts["event_documents"] == 40
        check_consistent(store)


@pytest.mark.parametrize("target", ["ledger.db", "ledger.db-wal", "other.db"])
def test_export_never_writes_over_a_database(tmp_path: Path, target: str) -> None:
    """`export -o ledger.db` (a slip for `--db ledger.db`) used to replace the ledger with a CSV."""
    (tmp_path / "r.txt").write_text("Blast in Kunduz\n\n" + STORY)
    db = tmp_path / "ledger.db"
    assert invoke("ingest", str(tmp_path / "r.txt"), "--db", str(db)).exit_code == 0
    assert invoke("ingest", str(tmp_path / "r.txt"), "--db", str(tmp_path / "other.db")).exit_code == 0
    before = {p.name: p.read_bytes() for p in tmp_path.glob("*.db*")}
    r = invoke("export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / target))
    assert r.exit_code == 1 and "will not write the export over" in r.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.glob("*.db*")} == before
    assert _documents(db) == 1
    r = invoke("export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "events.csv"))
    assert r.exit_code == 0 and "Kunduz" in (tmp_path / "events.csv").read_text()
