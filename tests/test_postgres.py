"""What is particular to PostgreSQL: the driver, column types, and values, order and commands
giving what SQLite gives. (The ledger scenarios run on both databases in test_store.py and
test_concurrency.py, through the ``db`` fixture of conftest.py.)

These tests need a server: set ``NEWSTALLY_TEST_POSTGRES`` to a database URL the tests may
create schemas in, and install the extra (``pip install -e '.[postgres]'``), e.g.

    NEWSTALLY_TEST_POSTGRES=postgresql://postgres@127.0.0.1:5432/newstally_test \\
        .venv/bin/python -m pytest tests/test_postgres.py

Without it they are skipped. Each test works in a schema of its own (``search_path`` set through
the URL) that is dropped afterwards.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from newstally.cli import main
from newstally.errors import StoreError
from newstally.ledger import event_detail, export_rows, ingest, list_events
from newstally.model import Document
from newstally.store import SCHEMA_VERSION, Store, open_store

from ledger_reports import check_consistent, doc

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def pg(pg_db: Callable[[], str]) -> str:
    """The URL of a fresh, empty schema, dropped after the test."""
    return pg_db()


@pytest.fixture
def lite(tmp_path: Path) -> str:
    return str(tmp_path / "ledger.db")


def _events(store: Store) -> list[dict]:
    return [e.to_dict() for e in list_events(store)]


# ------------------------------------------------------------------------------ no server


def test_a_postgresql_url_without_the_driver_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import fails as when not installed
    with pytest.raises(StoreError, match=r"pip install 'newstally\[postgres\]'") as err:
        open_store("postgresql://someone@127.0.0.1/news")
    assert "\n" not in str(err.value)


def test_plain_postgresql_urls_select_psycopg() -> None:
    pytest.importorskip("psycopg")
    from newstally.store import _url

    assert _url("postgresql://u@h/news") == _url("postgres://u@h/news") == "postgresql+psycopg://u@h/news"
    assert _url("postgresql+psycopg://u@h/news") == "postgresql+psycopg://u@h/news"


def test_a_failed_connection_is_a_store_error_without_the_password() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError, match="cannot open database") as err:
        open_store("postgresql://someone:s3cret@127.0.0.1:1/news?connect_timeout=2")
    assert "s3cret" not in str(err.value) and "\n" not in str(err.value)


# ------------------------------------------------------------------------------- a server


def test_an_empty_database_is_created_at_the_current_version(pg: str) -> None:
    with open_store(pg) as store:
        assert store.url.startswith("postgresql+psycopg://")
        assert store.version == SCHEMA_VERSION
        assert store.counts() == {"documents": 0, "claims": 0, "events": 0, "event_documents": 0}
        with store.engine.connect() as c:
            types = dict(c.execute(sa.text(
                "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = current_schema()")).all())
            indexes = set(c.execute(sa.text(
                "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")).scalars())
    assert types["documents.id"] == types["meta.key"] == types["documents.published"] == "text"
    assert types["claims.negated"] == types["events.contested"] == "boolean"
    assert types["claims.best"] == "bigint" and types["events.latitude"] == "double precision"
    assert {"ix_events_date_end", "ix_events_country"} <= indexes
    with open_store(pg) as again:  # opening a current database changes nothing
        assert again.version == SCHEMA_VERSION


def test_ingest_is_idempotent_and_gives_what_sqlite_gives(pg: str, lite: str) -> None:
    copies = [doc(100 + i, copy_of=i, site="copycat.example") for i in range(0, 30, 3)]
    docs = [doc(i) for i in range(30)] + copies
    with open_store(pg) as store:
        first = ingest(store, docs, batch_size=7)
        counts = store.counts()
        again = ingest(store, docs + docs[:5], batch_size=7)
        assert store.counts() == counts
        check_consistent(store)
        events = _events(store)
        exported = list(export_rows(store))
    assert (first.added, first.failed, again.added, again.skipped) == (40, 0, 0, 45)
    assert counts["documents"] == 40 and counts["event_documents"] == 40
    with open_store(lite) as store:
        ingest(store, docs, batch_size=7)
        assert store.counts() == counts
        assert _events(store) == events
        assert list(export_rows(store)) == exported


def test_values_sqlite_takes_are_taken(pg: str, lite: str) -> None:
    """No length limits on ids, dates or languages as given, and NUL in a text: what SQLite stores,
    PostgreSQL stores too (NUL as U+FFFD, so offsets hold)."""
    text = "At least 12 people were killed in Kherson on Monday,\x00 police said."
    docs = [Document(id="https://news.example/" + "a" * 300, published="2023-09-20",
                     text="At least 40 people were killed in Goma on Monday, police said."),
            Document(id="p1", text="Five people were killed in Mosul on Friday, police said.",
                     published="2023-09-22T10:00:00.123456789+03:00[Asia/Riyadh]"),
            Document(id="l1", text="Three people were killed in Aleppo.", language="english-as-written-x"),
            Document(id="n\x00ul", text=text, title="Twelve\x00 killed", published="2024-03-21")]
    out = {}
    for db in (pg, lite):
        with open_store(db) as store:
            report = ingest(store, docs)
            again = ingest(store, docs)
            key = "watch:https://feeds.example/" + "rss/" * 40
            with store.transaction() as conn:
                store.set_meta(conn, key, {"etag": "W/\"1\x00\""})
            out[db] = (report.to_dict(), again.to_dict(), store.counts(), store.get_meta(key),
                       [(e.id.replace("\x00", "\ufffd"), e.articles,
                         {k: f.best for k, f in e.figures.items()}) for e in list_events(store)])
    assert out[pg] == out[lite]
    report, again, counts, meta, events = out[pg]
    assert report["added"] == 4 and report["failed"] == 0 and again["skipped"] == 4
    assert meta == {"etag": "W/\"1\x00\""}
    with open_store(pg) as store:
        [detail] = [d for d in (event_detail(store, e.id) for e in list_events(store))
                    if any(doc["id"] == "n\ufffdul" for doc in d.documents)]
        [claim] = [t for t in detail.event.figures["killed"].timeline if t["doc_id"] == "n\ufffdul"]
        assert claim["text"] == "At least 12 people were killed" and claim["best"] == 12  # offsets hold


def test_order_and_prefix_lookup_are_those_of_sqlite(pg: str, lite: str) -> None:
    """NULL dates sort first and ids by code point, whatever the server's collation; a prefix
    matches ids ignoring ASCII case, as SQLite's LIKE does."""
    def report(i: int, id: str, published: str | None) -> Document:
        return Document(id=id, text=doc(i).text, title=doc(i).title, published=published)

    docs = [report(1, "b-7", "2023-01-05"), report(2, "B_7", "2023-01-05"), report(3, "a7", None),
            report(4, "_7", "2023-01-05"), report(5, "Z7", None), report(6, "ä7", "2023-01-05"),
            report(7, "B8", "2023-06-01")]
    out = {}
    for db in (pg, lite):
        with open_store(db) as store:
            ingest(store, docs)
            states = [eid for eid, _ in store.recent_event_states(None)]
            docs_order = [d["id"] for d in store.event_documents([d.id for d in docs], text=False)]
            out[db] = ([e.id for e in list_events(store)], states, docs_order,
                       store.find_event("b"), store.find_event("z7"))
    assert out[pg] == out[lite]
    ids = out[pg][0]
    assert out[pg][3] == sorted(i for i in ids if i[:1] in "bB") and {"B8", "b-7"} <= set(out[pg][3])
    assert out[pg][4] == ["Z7"]


def test_cli_ingest_events_show_export_match_sqlite(pg: str, lite: str, tmp_path: Path) -> None:
    def run(*args: str) -> str:
        result = CliRunner().invoke(main, list(args))
        assert result.exit_code == 0, result.output
        return result.stdout

    def session(db: str) -> dict[str, object]:
        run("ingest", str(EXAMPLES), "--db", db)
        second = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", db])
        assert second.exit_code == 0 and "0 report(s) added, 3 already stored" in second.stderr
        events = json.loads(run("events", "--db", db, "--format", "json"))
        shown = {e["id"]: json.loads(run("show", e["id"], "--db", db, "--format", "json")) for e in events}
        exports = {}
        for fmt in ("json", "csv"):
            out = tmp_path / f"export.{fmt}"
            run("export", "--db", db, "--format", fmt, "-o", str(out))
            exports[fmt] = out.read_text()
        return {"events": events, "show": shown, "exports": exports,
                "table": run("events", "--db", db), "az": run("events", "--db", db, "--country", "az")}

    on_pg, on_lite = session(pg), session(lite)
    assert on_pg == on_lite
    raid = on_pg["show"]["6b86390daa3149b9"]
    assert raid["contested"] is True and raid["documents"][0]["site"] == "Sahel Monitor"
    assert all(isinstance(e["contested"], bool) for e in on_pg["events"])
