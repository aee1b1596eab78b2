"""The store under the web pages: schema version 3 (columns derived from each event, the list's
indexes, the write counter), the migration of older databases, and keyset paging."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from newstally.browse import EventQuery, search_events
from newstally.store import SCHEMA_VERSION, Store, open_store
from newstally.web import create_app


def _event(eid: str, day: str | None, country: str | None, code: str | None, **figures: int) -> dict:
    return {"id": eid, "date_start": day, "date_end": day, "title": f"event {eid}", "location": None,
            "country": country, "country_code": code, "latitude": None, "longitude": None, "articles": 1,
            "independent_sources": 1 + len(eid) % 3, "contested": False, "state": None,
            "figures": json.dumps({k: {"low": v, "best": v, "high": None, "contested": False, "articles": 1,
                                       "sources": 1} for k, v in figures.items()})}


EVENTS = [
    _event("a1", "2024-01-05", "Côte d'Ivoire", "CI", killed=4),
    _event("a2", "2024-01-07", "CÔTE D'IVOIRE", "CI", injured=9),
    _event("b1", None, "Chad", "TD", killed=30, civilians_killed=12),
    _event("b2", "2023-12-30", "Chad", "TD"),
    _event("c1", "2024-02-01", None, None, killed=0, injured=2),
    _event("c2", "2024-02-01", "Chad", "TD", killed=30),
]


@pytest.fixture
def store(db: str) -> Store:
    """A database as schema version 2 left it (no derived columns), opened by this version:
    migrated. On SQLite and PostgreSQL (``db`` from conftest)."""
    old = Store(db, target_version=2)
    with old.engine.begin() as conn:
        for e in EVENTS:
            conn.execute(sa.text(f"INSERT INTO events ({', '.join(e)}) VALUES ({', '.join(':' + k for k in e)})"), e)
    old.close()
    with open_store(db) as s:
        yield s


def _ids(store: Store, **kw) -> list[str]:
    return [e.id for e in search_events(store, EventQuery(limit=500, **kw)).events]


def test_an_old_database_is_migrated_with_its_derived_columns(store):
    assert store.version == SCHEMA_VERSION == 5
    with store.reading() as c:
        assert c.execute(sa.text("SELECT count(*) FROM event_aliases")).scalar() == 0
        assert c.execute(sa.text("SELECT count(*) FROM document_search")).scalar() == 0
        rows = {r.id: r for r in c.execute(sa.text("SELECT id, killed, country_key, sort_date FROM events"))}
        figures = set(c.execute(sa.text("SELECT event_id, key, best FROM event_figures")).all())
        assert c.execute(sa.text("SELECT n FROM revision")).scalar() >= 0
    assert (rows["a1"].killed, rows["a1"].country_key, rows["a1"].sort_date) == (4, "côte d'ivoire", "2024-01-05")
    assert (rows["b1"].killed, rows["b1"].sort_date, rows["b2"].killed) == (30, "", None)
    assert ("b1", "civilians_killed", 12) in figures and ("a2", "injured", 9) in figures
    assert store.revision() is not None


@pytest.mark.parametrize("kw, expected", [
    ({"country": "côte d'ivoire"}, {"a1", "a2"}),  # case-folded, accents kept
    ({"country": "CÔTE D'IVOIRE"}, {"a1", "a2"}),
    ({"country": "ci"}, {"a1", "a2"}),  # the ISO code, any case
    ({"country": "TD"}, {"b1", "b2", "c2"}),
    ({"country": "Mali"}, set()),
    ({"category": "killed", "min_figure": 5}, {"b1", "c2"}),
    ({"category": "killed", "min_figure": 0}, {"a1", "b1", "c1", "c2"}),
    ({"category": "civilians_killed", "min_figure": 10}, {"b1"}),
    ({"category": "injured"}, {"a2", "c1"}),
    ({"until": "2024-01-06"}, {"a1", "b2"}),  # an event without a date has none to compare
    ({"since": "2024-01-06"}, {"a2", "c1", "c2"}),
    ({"country": "TD", "category": "killed", "min_figure": 1}, {"b1", "c2"}),
])
def test_filters_on_the_derived_columns(store, kw, expected):
    page = search_events(store, EventQuery(limit=500, **kw))
    assert {e.id for e in page.events} == expected and page.total == len(expected)


@pytest.mark.parametrize("sort, descending, expected", [
    ("killed", True, ["c2", "b1", "a1", "c1", "a2", "b2"]),  # ties by date, then id; no figure last
    ("killed", False, ["c1", "a1", "b1", "c2", "b2", "a2"]),
    ("date", True, ["c2", "c1", "a2", "a1", "b2", "b1"]),  # undated last both ways
    ("date", False, ["b2", "a1", "a2", "c1", "c2", "b1"]),
])
def test_sorts_put_events_without_the_key_last(store, sort, descending, expected):
    assert _ids(store, sort=sort, descending=descending) == expected
    walked, cursor = [], None
    while True:  # the same order one event at a time, by cursor
        page = search_events(store, EventQuery(sort=sort, descending=descending, limit=1, cursor=cursor))
        walked += [e.id for e in page.events]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert walked == expected
    for offset in range(len(expected) + 1):
        assert _ids(store, sort=sort, descending=descending, offset=offset) == expected[offset:]


def test_saving_an_event_keeps_its_derived_columns_and_counts_the_write(db):
    with open_store(db) as s:
        before = s.revision()
        with s.transaction() as conn:
            s.save_event(conn, {**EVENTS[2], "detail": json.dumps({"killed": {"timeline": []}})})
        assert s.revision() == before + 1
        assert s.event_rows(["b1"], detail=True)[0]["detail"] == '{"killed": {"timeline": []}}'
        assert "detail" not in s.event_rows(["b1"])[0]  # the list's rows stay small
        with s.transaction() as conn:  # a partial row leaves the other derived columns alone
            s.save_event(conn, {"id": "b1", "figures": json.dumps({"injured": {"best": 3}})})
        with s.reading() as c:
            row = c.execute(sa.text("SELECT killed, country_key, sort_date FROM events WHERE id = 'b1'")).one()
            keys = set(c.execute(sa.text("SELECT key FROM event_figures WHERE event_id = 'b1'")).scalars())
        assert tuple(row) == (None, "chad", "") and keys == {"injured"}
        with s.transaction() as conn:
            s.delete_events(conn, ["b1"])
        with s.reading() as c:
            assert c.execute(sa.text("SELECT count(*) FROM event_figures")).scalar() == 0
            assert c.execute(sa.text("SELECT count(*) FROM event_details")).scalar() == 0
        assert s.revision() == before + 3


def test_serve_opens_an_old_demo_database(tmp_path):
    """A ledger written before version 3 (here: by ingest at version 2) is served after migrating."""
    from newstally.ledger import ingest, list_events

    path = str(tmp_path / "demo.db")
    examples = Path(__file__).resolve().parent.parent / "examples"
    with open_store(path) as s:
        ingest(s, [str(examples)])
        expected = {e.id: e.to_dict() for e in list_events(s)}
    with open_store(path) as s, s.engine.begin() as c:  # back to what version 2 had
        c.execute(sa.text("DROP TABLE event_figures"))
        c.execute(sa.text("DROP TABLE event_details"))
        c.execute(sa.text("DROP TABLE revision"))
        c.execute(sa.text("DROP TABLE event_aliases"))
        c.execute(sa.text("DROP TABLE document_search"))
        c.execute(sa.text("DROP TABLE document_words"))
        for index in ("ix_events_sort_date", "ix_events_killed", "ix_events_sources", "ix_events_country_date",
                      "ix_events_country_killed", "ix_events_country_code"):
            c.execute(sa.text(f"DROP INDEX {index}"))
        for column in ("killed", "country_key", "sort_date"):
            c.execute(sa.text(f"ALTER TABLE events DROP COLUMN {column}"))
        c.execute(sa.text("UPDATE schema_version SET version = 2"))
    app = create_app(path)
    with TestClient(app) as client:
        page = client.get("/api/events?sort=killed&limit=500").json()
        assert {e["id"]: e for e in page["events"]} == expected
        killed = [e["figures"]["killed"]["best"] for e in page["events"] if "killed" in e["figures"]]
        assert killed == sorted(killed, reverse=True)
        for eid in expected:
            assert client.get(f"/events/{eid}").status_code == 200  # reconciled on view: no stored timelines
    app.state.store.close()
    with open_store(path, create=False) as again:
        assert again.version == SCHEMA_VERSION
