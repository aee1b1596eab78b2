"""The store and ingest: idempotence, kill-safety, migrations, resumed clustering.

Tests taking ``db`` run on SQLite and on PostgreSQL (see conftest.py)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from newstally.errors import StoreError
from newstally.ledger import event_detail, ingest, list_events
from newstally.model import Document
from newstally.store import SCHEMA_VERSION, Store, default_db, open_store

from ledger_reports import check_consistent, doc

def test_ingest_is_idempotent(db: str) -> None:
    docs = [doc(i) for i in range(30)]
    with open_store(db) as store:
        first = ingest(store, docs, batch_size=7)
        counts = store.counts()
        again = ingest(store, docs + docs[:5], batch_size=7)
        assert store.counts() == counts
        check_consistent(store)
    assert first.added == 30 and first.failed == 0
    assert again.added == 0 and again.skipped == 35
    assert counts["documents"] == 30 and counts["event_documents"] == 30


def test_same_report_twice_in_one_batch_is_stored_once(db: str) -> None:
    with open_store(db) as store:
        r = ingest(store, [doc(1), doc(1)])
        assert (r.added, r.skipped) == (1, 1)


def test_a_run_killed_mid_batch_leaves_the_store_consistent_and_a_rerun_finishes(
        db: str, new_db: Callable[[], str]) -> None:
    """The third batch of a run dies half-way through its transaction; the store stays
    consistent, and running again gives what one clean run into a new database gives."""
    docs = [doc(i) for i in range(40)]
    with open_store(db) as store:
        original = store.link_documents
        calls = {"n": 0}

        def flaky(conn, rows):
            calls["n"] += 1
            if calls["n"] == 3:
                raise KeyboardInterrupt
            return original(conn, rows)

        store.link_documents = flaky  # type: ignore[method-assign]
        with pytest.raises(KeyboardInterrupt):
            ingest(store, docs, batch_size=10)
        del store.link_documents
        assert store.counts()["documents"] == 20
        check_consistent(store, settled=False)
        rerun = ingest(store, docs, batch_size=10)
        assert (rerun.added, rerun.skipped) == (20, 20)
        check_consistent(store)
        resumed = sorted((e.articles, e.figures["killed"].best) for e in list_events(store))
    with open_store(new_db()) as clean:
        ingest(clean, docs, batch_size=10)
        assert sorted((e.articles, e.figures["killed"].best) for e in list_events(clean)) == resumed


def test_one_bad_report_never_aborts_the_batch(db: str) -> None:
    def extract(d: Document):
        if d.id == "r00003":
            raise ValueError("boom")
        from newstally.extract import extract_claims

        return extract_claims(d)

    errors: list[str] = []
    with open_store(db) as store:
        r = ingest(store, [doc(i) for i in range(6)], extract=extract, on_error=errors.append)
        assert store.counts()["documents"] == 5
    assert r.failed == 1 and r.added == 5
    assert len(errors) == 1 and "r00003" in errors[0] and "\n" not in errors[0]


def test_unreadable_paths_are_counted(db: str, tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "a1", "text": "Five people were killed in Goma on Monday."}\n{"id": "a2", "text": ""}\nnot json\n')
    with open_store(db) as store:
        r = ingest(store, [str(good), str(tmp_path / "missing.txt")])
    assert r.added == 1
    assert r.failed == 3
    assert any("good.jsonl:3" in e for e in r.errors)


def test_a_later_run_continues_the_same_events(db: str) -> None:
    """A second run (a new process) adds a wire copy to the event stored by the first run."""
    with open_store(db) as store:
        ingest(store, [doc(i) for i in range(10)])
    with open_store(db) as store:  # a new process: the clusterer is loaded from the store
        ingest(store, [doc(100, copy_of=4, site="copycat.example")])
        events = list_events(store)
        assert len(events) == 10
        ev = next(e for e in events if e.articles == 2)
        assert ev.independent_sources == 1
        detail = event_detail(store, ev.id)
        assert {d["id"] for d in detail.documents} == {"r00004", "r00100"}
        assert {d["source_group"] for d in detail.documents} == {"r00004"}


def test_migrates_a_version_1_database(db: str) -> None:
    """A database made by schema version 1 opens, is migrated, keeps its event and takes more."""
    old = Store(db, target_version=1)
    with old.engine.begin() as c:
        c.execute(sa.text("INSERT INTO events (id, date_start, date_end, title, articles, independent_sources) "
                          "VALUES ('e1', '2020-01-01', '2020-01-02', 'Old event', 1, 1)"))
    old.close()
    with open_store(db) as store:
        assert store.version == SCHEMA_VERSION
        [event] = list_events(store)
        assert (event.id, event.title, event.contested, event.figures) == ("e1", "Old event", False, {})
        ingest(store, [doc(1)])
        assert len(list_events(store)) == 2


def _shape(store: Store) -> dict[str, object]:
    """Tables with their columns (type, NOT NULL, default), keys and indexes, and the version
    and write-counter rows: what a database's schema is, whichever way it was made."""
    def default(value: object) -> object:  # FALSE and 0 are one default to SQLite
        return {"FALSE": "0", "false": "0"}.get(str(value), value) if value is not None else None

    out: dict[str, object] = {}
    with store.engine.connect() as c:
        found = sa.inspect(c)
        for table in sorted(found.get_table_names()):
            out[table] = (
                [(col["name"], str(col["type"]), col["nullable"], default(col.get("default")))
                 for col in found.get_columns(table)],
                found.get_pk_constraint(table)["constrained_columns"],
                sorted((tuple(f["constrained_columns"]), f["referred_table"]) for f in found.get_foreign_keys(table)),
                sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in found.get_indexes(table)),
            )
        out["rows"] = (c.execute(sa.text("SELECT version FROM schema_version")).all(),
                       c.execute(sa.text("SELECT n FROM revision")).all())
    return out


def test_a_database_made_by_the_oldest_schema_ends_with_the_schema_a_new_one_gets(new_db) -> None:
    Store(old := new_db(), target_version=1).close()
    with open_store(old) as migrated, open_store(new_db()) as fresh:
        assert migrated.version == fresh.version == SCHEMA_VERSION
        assert _shape(migrated) == _shape(fresh)


def test_a_new_database_gets_the_current_schema_without_the_step_migrations(
        db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import newstally.store as store_module

    def step(conn: object) -> None:
        raise AssertionError("a step migration ran on a new database")

    monkeypatch.setattr(store_module, "MIGRATIONS", tuple(step for _ in store_module.MIGRATIONS))
    with open_store(db) as store:
        assert store.version == SCHEMA_VERSION
        ingest(store, [doc(1)])
        assert store.counts()["documents"] == 1 and store.revision() > 0


def test_each_step_migration_still_runs_on_an_older_database(db: str) -> None:
    """Databases at every older version open: the steps above their version bring them up."""
    for version in range(1, SCHEMA_VERSION):
        name = f"{db}.v{version}" if "://" not in db else None
        if name is None:  # one schema per test on PostgreSQL: the oldest, as above
            break
        Store(name, target_version=version).close()
        with open_store(name) as store:
            assert store.version == SCHEMA_VERSION
            ingest(store, [doc(version)])
            assert [e.articles for e in list_events(store)] == [1]


def test_a_newer_database_is_refused(db: str) -> None:
    with open_store(db) as store, store.engine.begin() as c:
        c.execute(sa.text("UPDATE schema_version SET version = 99"))
    with pytest.raises(StoreError, match="newer"):
        open_store(db)


def test_a_failed_write_rolls_the_batch_back(db: str) -> None:
    with open_store(db) as store:
        ingest(store, [doc(1)])
        counts = store.counts()
        with pytest.raises(StoreError, match="database write failed"), store.transaction() as conn:
            store.add_documents(conn, [{"id": "new", "text": "x"}])
            store.add_documents(conn, [{"id": "r00001", "text": "again"}])  # duplicate key
        assert store.counts() == counts
        assert ingest(store, [doc(2)]).added == 1  # the store is still usable


def test_sqlite_file_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "ledger.db")) as store, store.engine.connect() as c:
        assert c.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1


def test_default_db_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEWSTALLY_DB", raising=False)
    assert default_db() == "newstally.db"
    monkeypatch.setenv("NEWSTALLY_DB", str(tmp_path / "env.db"))
    assert default_db() == str(tmp_path / "env.db")


def test_a_bad_url_is_a_store_error() -> None:
    with pytest.raises(StoreError):
        open_store("nosuchdialect://x/y")


def test_event_prefix_lookup(db: str) -> None:
    with open_store(db) as store:
        ingest(store, [doc(1), doc(2)])
        assert event_detail(store, "r00001").event.id == "r00001"
        with pytest.raises(StoreError, match="several"):
            event_detail(store, "r0000")
        with pytest.raises(StoreError, match="no event"):
            event_detail(store, "zzz")


def test_reading_events_after_a_killed_run_finishes_the_pending_refresh(db: str, monkeypatch) -> None:
    import newstally.ledger as ledger

    docs = [doc(i) for i in range(12)]
    finish = ledger.refresh_stale_events

    def killed(_store):  # the run dies after its batches were committed, before the refresh
        raise KeyboardInterrupt

    with open_store(db) as store:
        monkeypatch.setattr(ledger, "refresh_stale_events", killed)
        with pytest.raises(KeyboardInterrupt):
            ingest(store, docs, batch_size=6)
        monkeypatch.setattr(ledger, "refresh_stale_events", finish)
        check_consistent(store, settled=False)
        assert store.get_meta("stale_events")
        events = list_events(store)
        assert sum(e.articles for e in events) == 12
        assert all(e.figures for e in events)
        check_consistent(store)


def test_reports_in_unsupported_languages_are_stored_without_figures(db: str) -> None:
    tr = Document(id="tr1", text="Kunduz'da en az 27 kişi hayatını kaybetti.", language="tr",
                  published="2024-05-01")
    with open_store(db) as store:
        report = ingest(store, [tr, doc(1)])
        assert (report.added, report.unsupported, report.failed) == (2, 1, 0)
        assert store.document_claims(["tr1"]) == []


def test_reports_in_supported_languages_give_figures(db: str) -> None:
    fr = Document(id="fr1", text="Au moins 27 personnes ont été tuées à Kunduz.", language="fr",
                  published="2024-05-01")
    with open_store(db) as store:
        report = ingest(store, [fr])
        assert (report.added, report.unsupported, report.failed) == (1, 0, 0)
        assert [(c["category"], c["low"]) for c in store.document_claims(["fr1"])] == [("killed", 27)]


def test_publication_dates_not_in_iso_form_do_not_break_later_runs(db: str) -> None:
    first = Document(id="w1", text="At least 12 people were killed in a market bombing in Kunduz, police said.",
                     published="Friday, 22 September 2023")
    later = Document(id="w2", text="The toll from the Kunduz market bombing rose to 15, police said.",
                     published="Sat, 23 Sep 2023 09:00:00 GMT")
    with open_store(db) as store:
        ingest(store, [first])
        ingest(store, [later])  # continuing stored events reads their dates back
        dates = {(e.date_start, e.date_end) for e in list_events(store)}
    assert all(d is None or (len(d) == 10 and d[4] == "-") for pair in dates for d in pair)
    assert any(end == "2023-09-23" for _, end in dates)
