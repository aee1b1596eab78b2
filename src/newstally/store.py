"""The database: documents, claims, events and the links between them. Only this module speaks SQL.

SQLAlchemy Core, no ORM. A plain path opens (or creates) a SQLite file, with write-ahead
logging and foreign keys on; anything with ``://`` is a SQLAlchemy URL (``postgresql://...``).

Schema (current version :data:`SCHEMA_VERSION`; see docs/ledger.md):

``schema_version``  one row: the version the database is at.
``meta``            key -> JSON value: the clusterer's running statistics (``cluster_stats``).
``documents``       one row per report; ``id`` is the input id, else a hash of URL or text.
``claims``          one row per claim, keyed by (``doc_id``, ``idx``: its place in the report).
``events``          one row per event: dates, place, counts, the clusterer's state of the event
                    and the reconciled figures (JSON), refreshed whenever a report joins.
``event_documents`` document -> event, and the source group the document was syndicated from.

Migrations are ordered functions in :data:`MIGRATIONS`; opening a database runs those above its
version, each in its own transaction, so a database written by an older release still opens.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from .errors import StoreError

__all__ = ["DEFAULT_DB", "MIGRATIONS", "SCHEMA_VERSION", "Store", "default_db", "open_store"]

DEFAULT_DB = "newstally.db"

metadata = sa.MetaData()

schema_version = sa.Table("schema_version", metadata, sa.Column("version", sa.Integer, nullable=False))

meta = sa.Table(
    "meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.String(128), primary_key=True),
    sa.Column("url", sa.Text), sa.Column("site", sa.Text), sa.Column("title", sa.Text),
    sa.Column("published", sa.String(40)), sa.Column("day", sa.String(10)),
    sa.Column("author", sa.Text), sa.Column("language", sa.String(16)), sa.Column("path", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
)

claims = sa.Table(
    "claims", metadata,
    sa.Column("doc_id", sa.String(128), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    sa.Column("category", sa.String(16), nullable=False), sa.Column("subgroup", sa.String(32)),
    sa.Column("victims", sa.Text),
    sa.Column("low", sa.BigInteger), sa.Column("best", sa.BigInteger), sa.Column("high", sa.BigInteger),
    sa.Column("qualifier", sa.Text), sa.Column("attribution", sa.Text), sa.Column("as_of", sa.String(10)),
    sa.Column("negated", sa.Boolean, nullable=False), sa.Column("hypothetical", sa.Boolean, nullable=False),
    sa.Column("other_event", sa.Boolean, nullable=False), sa.Column("toll", sa.Boolean, nullable=False),
    sa.Column("rule", sa.String(32)), sa.Column("text", sa.Text, nullable=False),
    sa.Column("span_start", sa.Integer, nullable=False), sa.Column("span_end", sa.Integer, nullable=False),
    sa.Column("sentence", sa.Integer, nullable=False), sa.Column("parent", sa.Integer),
    sa.Column("in_title", sa.Boolean, nullable=False), sa.Column("location", sa.Text),
)

def _event_columns() -> list[sa.Column[Any]]:
    """The columns of ``events`` as of version 1."""
    return [
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("date_start", sa.String(10)), sa.Column("date_end", sa.String(10)),
        sa.Column("title", sa.Text), sa.Column("location", sa.Text), sa.Column("country", sa.Text),
        sa.Column("country_code", sa.String(8)),
        sa.Column("latitude", sa.Float), sa.Column("longitude", sa.Float),
        sa.Column("articles", sa.Integer, nullable=False, server_default="0"),
        sa.Column("independent_sources", sa.Integer, nullable=False, server_default="0"),
        sa.Column("state", sa.Text),  # the clusterer's signature of the event (JSON)
    ]


events = sa.Table(
    "events", metadata,
    *_event_columns(),
    # version 2
    sa.Column("contested", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("figures", sa.Text),  # reconciled figures (JSON), a cache of reconcile()
)
sa.Index("ix_events_date_end", events.c.date_end)
sa.Index("ix_events_country", events.c.country)

event_documents = sa.Table(
    "event_documents", metadata,
    sa.Column("doc_id", sa.String(128), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("event_id", sa.String(128), sa.ForeignKey("events.id"), nullable=False, index=True),
    sa.Column("source_group", sa.String(128), nullable=False),
)


# ------------------------------------------------------------------------------ migrations


def _v1(conn: Connection) -> None:
    """Version 1: documents, claims, events (without figures), event_documents, meta."""
    v1 = sa.MetaData()
    for table in (meta, documents, claims, event_documents):
        table.to_metadata(v1)
    sa.Table("schema_version", v1, sa.Column("version", sa.Integer, nullable=False))
    sa.Table("events", v1, *_event_columns())
    v1.create_all(conn)


def _v2(conn: Connection) -> None:
    """Version 2: events carry the contested flag and the reconciled figures; indexes."""
    conn.execute(sa.text("ALTER TABLE events ADD COLUMN contested BOOLEAN NOT NULL DEFAULT FALSE"))
    conn.execute(sa.text("ALTER TABLE events ADD COLUMN figures TEXT"))
    for index in events.indexes:
        index.create(conn, checkfirst=True)


#: Ordered migrations: ``MIGRATIONS[n - 1]`` brings a database from version n - 1 to n.
MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_v1, _v2)
SCHEMA_VERSION = len(MIGRATIONS)


def default_db() -> str:
    """``$NEWSTALLY_DB`` when set, else ``newstally.db`` in the working directory."""
    return os.environ.get("NEWSTALLY_DB") or DEFAULT_DB


def _url(db: str) -> str:
    if "://" in db:
        return db
    return "sqlite:///" + os.path.abspath(db)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


class Store:
    """An open database. Use :func:`open_store`; close it (or use ``with``) when done."""

    def __init__(self, db: str | None = None, *, target_version: int = SCHEMA_VERSION) -> None:
        self.url = _url(db or default_db())
        try:
            self.engine: Engine = sa.create_engine(self.url)
            if self.engine.dialect.name == "sqlite":
                sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            self.version = self._migrate(target_version)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot open database {db or default_db()}: {exc.__class__.__name__}: "
                             f"{str(exc).splitlines()[0]}") from exc
        except ImportError as exc:  # a driver that is not installed (psycopg, ...)
            raise StoreError(f"cannot open database {db}: {exc}") from exc

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self, target: int) -> int:
        with self.engine.begin() as conn:
            exists = sa.inspect(conn).has_table("schema_version")
            current = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() if exists else 0
        current = current or 0
        if current > SCHEMA_VERSION:
            raise StoreError(f"database schema version {current} is newer than this newstally "
                             f"({SCHEMA_VERSION}); upgrade newstally")
        for version in range(current + 1, target + 1):
            with self.engine.begin() as conn:
                MIGRATIONS[version - 1](conn)
                conn.execute(schema_version.delete())
                conn.execute(schema_version.insert().values(version=version))
        return max(current, target)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One unit of work: committed when the block ends, rolled back on any exception."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"database write failed: {str(exc).splitlines()[0]}") from exc

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"database read failed: {str(exc).splitlines()[0]}") from exc

    # -- meta ------------------------------------------------------------------------------
    def get_meta(self, key: str, conn: Connection | None = None) -> Any:
        with self._conn(conn) as c:
            raw = c.execute(sa.select(meta.c.value).where(meta.c.key == key)).scalar()
        return None if raw is None else json.loads(raw)

    def set_meta(self, conn: Connection, key: str, value: Any) -> None:
        raw = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        if conn.execute(meta.update().where(meta.c.key == key).values(value=raw)).rowcount == 0:
            conn.execute(meta.insert().values(key=key, value=raw))

    @contextmanager
    def _conn(self, conn: Connection | None) -> Iterator[Connection]:
        if conn is not None:
            yield conn
        else:
            with self.reading() as c:
                yield c

    # -- writing ---------------------------------------------------------------------------
    def existing_documents(self, conn: Connection, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = list(ids[i:i + 500])
            found.update(conn.execute(sa.select(documents.c.id).where(documents.c.id.in_(chunk))).scalars())
        return found

    def add_documents(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            conn.execute(documents.insert(), list(rows))

    def add_claims(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            conn.execute(claims.insert(), list(rows))

    def link_documents(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            conn.execute(event_documents.insert(), list(rows))

    def save_event(self, conn: Connection, row: Mapping[str, Any]) -> None:
        """Insert or update one event row (by ``id``)."""
        values = dict(row)
        eid = values.pop("id")
        if conn.execute(events.update().where(events.c.id == eid).values(**values)).rowcount == 0:
            conn.execute(events.insert().values(id=eid, **values))

    # -- reading ---------------------------------------------------------------------------
    def event_rows(self, ids: Iterable[str] | None = None, *, since: str | None = None,
                   country: str | None = None, conn: Connection | None = None) -> list[dict[str, Any]]:
        q = sa.select(events)
        if ids is not None:
            q = q.where(events.c.id.in_(list(ids)))
        if since:
            q = q.where(events.c.date_end >= since)
        if country:
            q = q.where(sa.or_(sa.func.lower(events.c.country) == country.lower(),
                               sa.func.upper(events.c.country_code) == country.upper()))
        q = q.order_by(events.c.date_start.is_(None), events.c.date_start, events.c.id)
        with self._conn(conn) as c:
            return [dict(r._mapping) for r in c.execute(q)]

    def find_event(self, prefix: str) -> list[str]:
        """Event ids equal to ``prefix``, else starting with it."""
        with self.reading() as c:
            exact = c.execute(sa.select(events.c.id).where(events.c.id == prefix)).scalars().all()
            if exact:
                return list(exact)
            like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            return list(c.execute(sa.select(events.c.id).where(events.c.id.like(like, escape="\\"))
                                  .order_by(events.c.id).limit(10)).scalars())

    def recent_event_states(self, since: str | None) -> Iterator[tuple[str, dict[str, Any]]]:
        """Clusterer states of events last seen on or after ``since`` (all when None), and undated ones."""
        q = sa.select(events.c.id, events.c.state).where(events.c.state.is_not(None))
        if since:
            q = q.where(sa.or_(events.c.date_end >= since, events.c.date_end.is_(None)))
        with self.reading() as c:
            for eid, state in c.execute(q.order_by(events.c.date_end, events.c.id)):
                yield eid, json.loads(state)

    def latest_event_date(self) -> str | None:
        with self.reading() as c:
            return c.execute(sa.select(sa.func.max(events.c.date_end))).scalar()

    def event_documents(self, event_ids: Sequence[str], conn: Connection | None = None,
                        *, text: bool = True) -> list[dict[str, Any]]:
        """The documents of events with ``event_id`` and ``source_group``, oldest first."""
        cols = [c for c in documents.columns if text or c.name != "text"]
        q = (sa.select(*cols, event_documents.c.event_id, event_documents.c.source_group)
             .join(event_documents, event_documents.c.doc_id == documents.c.id)
             .where(event_documents.c.event_id.in_(list(event_ids)))
             .order_by(documents.c.published, documents.c.id))
        with self._conn(conn) as c:
            return [dict(r._mapping) for r in c.execute(q)]

    def document_claims(self, doc_ids: Sequence[str], conn: Connection | None = None) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        with self._conn(conn) as c:
            for i in range(0, len(doc_ids), 500):
                q = (sa.select(claims).where(claims.c.doc_id.in_(list(doc_ids[i:i + 500])))
                     .order_by(claims.c.doc_id, claims.c.idx))
                out += [dict(r._mapping) for r in c.execute(q)]
        return out

    def counts(self) -> dict[str, int]:
        with self.reading() as c:
            return {t.name: c.execute(sa.select(sa.func.count()).select_from(t)).scalar() or 0
                    for t in (documents, claims, events, event_documents)}


def open_store(db: str | None = None) -> Store:
    """Open (creating and migrating as needed) the database at path or URL ``db``."""
    return Store(db)
