"""The database: documents, claims, events and the links between them. Only this module speaks SQL.

SQLAlchemy Core, no ORM. A plain path opens (or creates) a SQLite file, with write-ahead
logging and foreign keys on; anything with ``://`` is a SQLAlchemy URL. ``postgresql://...``
selects psycopg 3 (the ``postgres`` extra); there, string columns are TEXT, NUL is stored as
U+FFFD and ordering follows SQLite's (NULL first, text by code point), so both databases take
the same reports and give the same ledger.

Schema (current version :data:`SCHEMA_VERSION`; see docs/ledger.md):

``schema_version``  one row: the version the database is at.
``meta``            key -> JSON value: the clusterer's running statistics (``cluster_stats``).
``documents``       one row per report; ``id`` is the input id, else a hash of URL or text.
``claims``          one row per claim, keyed by (``doc_id``, ``idx``: its place in the report).
``events``          one row per event: dates, place, counts, the clusterer's state of the event
                    and the reconciled figures (JSON), refreshed whenever a report joins; ``killed``, ``country_key``
                    and ``sort_date`` are derived from them on every save
                    (:func:`derived_event_columns`) so that lists filter and sort through indexes.
``event_figures``   each event's best figure per key (``killed``, ``civilians_killed``, ...).
``event_details``   each event's figures with their timelines (JSON), apart from ``events``
                    whose rows stay small (a large value would push the list's columns out of
                    the row's page).
``event_documents`` document -> event, and the source group the document was syndicated from.
``revision``        one number, counting committed writes: readers that keep what they read
                    (the web server's event pages) know when it may have changed.
``event_aliases``   the id of an event joined into another -> the event that took its reports,
                    so that a saved id still finds its incident (chains are kept short: an
                    alias always names a live event).
``document_search`` the full-text index of every document's title and text (the words of
                    :func:`newstally.search.index_text`), written with the document: on
                    SQLite a row number per document (``n``) and the FTS5 table
                    ``document_words`` holding the words under that number; on PostgreSQL
                    the words as a ``tsvector`` (``words``) with a GIN index.

Migrations are ordered functions in :data:`MIGRATIONS`; opening a database runs those above its
version, each in its own transaction, so a database written by an older release still opens. A
new database gets the current schema in one transaction (:func:`_create_current`), the same
tables, columns and indexes the migrations give.

Concurrency: every write goes through :meth:`Store.writing` (``transaction`` is the same), which
holds the database's write lock until it commits or rolls back, so writers take turns while
readers go on: on SQLite the transaction starts with ``BEGIN IMMEDIATE`` (readers keep reading
thanks to the write-ahead log) and waits up to :data:`BUSY_TIMEOUT` seconds for another writer;
on PostgreSQL it takes a transaction-scoped advisory lock on the ledger's schema. Inside the
block every read of this store (in this thread) goes through the same connection, so what a
writer reads is what it then changes.
"""
from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from .errors import StoreError
from .search import Term

__all__ = ["BUSY_TIMEOUT", "DEFAULT_DB", "MIGRATIONS", "SCHEMA_VERSION", "Store", "default_db", "open_store"]

DEFAULT_DB = "newstally.db"

#: Seconds a write waits for another command's write to finish before giving up.
BUSY_TIMEOUT = 300
#: The first key of the PostgreSQL advisory lock writers take (the second: the schema's name).
_PG_LOCK_KEY = 0x6E657773  # "news"

metadata = sa.MetaData()


def _str(length: int) -> sa.types.TypeEngine[str]:
    """``VARCHAR(length)`` on SQLite, which ignores the length, and ``TEXT`` on PostgreSQL, which
    would enforce it: ids, dates as given and feed URLs in meta keys have no bound, and both
    databases must accept the same reports."""
    return sa.String(length).with_variant(sa.Text(), "postgresql")


schema_version = sa.Table("schema_version", metadata, sa.Column("version", sa.Integer, nullable=False))

meta = sa.Table(
    "meta", metadata,
    sa.Column("key", _str(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", _str(128), primary_key=True),
    sa.Column("url", sa.Text), sa.Column("site", sa.Text), sa.Column("title", sa.Text),
    sa.Column("published", _str(40)), sa.Column("day", _str(10)),
    sa.Column("author", sa.Text), sa.Column("language", _str(16)), sa.Column("path", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
)

claims = sa.Table(
    "claims", metadata,
    sa.Column("doc_id", _str(128), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    sa.Column("category", _str(16), nullable=False), sa.Column("subgroup", _str(32)),
    sa.Column("victims", sa.Text),
    sa.Column("low", sa.BigInteger), sa.Column("best", sa.BigInteger), sa.Column("high", sa.BigInteger),
    sa.Column("qualifier", sa.Text), sa.Column("attribution", sa.Text), sa.Column("as_of", _str(10)),
    sa.Column("negated", sa.Boolean, nullable=False), sa.Column("hypothetical", sa.Boolean, nullable=False),
    sa.Column("other_event", sa.Boolean, nullable=False), sa.Column("toll", sa.Boolean, nullable=False),
    sa.Column("rule", _str(32)), sa.Column("text", sa.Text, nullable=False),
    sa.Column("span_start", sa.Integer, nullable=False), sa.Column("span_end", sa.Integer, nullable=False),
    sa.Column("sentence", sa.Integer, nullable=False), sa.Column("parent", sa.Integer),
    sa.Column("in_title", sa.Boolean, nullable=False), sa.Column("location", sa.Text),
)

def _event_columns() -> list[sa.Column[Any]]:
    """The columns of ``events`` as of version 1."""
    return [
        sa.Column("id", _str(128), primary_key=True),
        sa.Column("date_start", _str(10)), sa.Column("date_end", _str(10)),
        sa.Column("title", sa.Text), sa.Column("location", sa.Text), sa.Column("country", sa.Text),
        sa.Column("country_code", _str(8)),
        sa.Column("latitude", sa.Float), sa.Column("longitude", sa.Float),
        sa.Column("articles", sa.Integer, nullable=False, server_default="0"),
        sa.Column("independent_sources", sa.Integer, nullable=False, server_default="0"),
        sa.Column("state", sa.Text),  # the clusterer's signature of the event (JSON)
    ]


def _v2_event_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("contested", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("figures", sa.Text),  # reconciled figures (JSON), a cache of reconcile()
    ]


def _v3_event_columns() -> list[sa.Column[Any]]:
    """Columns derived from others when an event is saved (see :func:`derived_event_columns`),
    so that lists filter and sort in SQL, and the event's figures with their timelines."""
    return [
        sa.Column("killed", sa.BigInteger),  # the reconciled best killed figure
        sa.Column("country_key", sa.Text),  # the country name, case-folded
        sa.Column("sort_date", _str(10), nullable=False, server_default=""),  # date_start, '' when None
    ]


events = sa.Table("events", metadata, *_event_columns(), *_v2_event_columns(), *_v3_event_columns())
sa.Index("ix_events_date_end", events.c.date_end)
sa.Index("ix_events_country", events.c.country)
#: Lists sort by (figure, sort_date, id), all one way, so an index gives them in order: a page
#: of a sorted list reads only its own rows, and with a country the index holds every key.
_V3_INDEXES = (
    sa.Index("ix_events_sort_date", events.c.sort_date, events.c.id),
    sa.Index("ix_events_killed", events.c.killed, events.c.sort_date, events.c.id),
    sa.Index("ix_events_sources", events.c.independent_sources, events.c.sort_date, events.c.id),
    sa.Index("ix_events_country_date", events.c.country_key, events.c.sort_date, events.c.id),
    sa.Index("ix_events_country_killed", events.c.country_key, events.c.killed, events.c.sort_date, events.c.id,
             events.c.independent_sources, events.c.date_end, events.c.contested),
    sa.Index("ix_events_country_code", events.c.country_code),
)

#: Each event's reconciled best figure per key ("killed", "civilians_killed"): filters on any
#: figure use its index instead of reading every event's JSON.
event_figures = sa.Table(
    "event_figures", metadata,
    sa.Column("event_id", _str(128), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("key", _str(48), primary_key=True),
    sa.Column("best", sa.BigInteger),
)
sa.Index("ix_event_figures_key_best", event_figures.c.key, event_figures.c.best)

#: Each event's figures with their timelines (JSON): what ``show`` and the event page print.
event_details = sa.Table(
    "event_details", metadata,
    sa.Column("event_id", _str(128), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("figures", sa.Text, nullable=False),
)

#: One row counting committed writes: a reader that cached something checks it is unchanged.
revisions = sa.Table("revision", metadata, sa.Column("n", sa.BigInteger, nullable=False))

event_documents = sa.Table(
    "event_documents", metadata,
    sa.Column("doc_id", _str(128), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("event_id", _str(128), sa.ForeignKey("events.id"), nullable=False, index=True),
    sa.Column("source_group", _str(128), nullable=False),
)

#: Ids of events that were joined into another one, and the event that took their reports: an
#: id a user saved (a link, a note) still leads to its incident after later reports merged it.
event_aliases = sa.Table(
    "event_aliases", metadata,
    sa.Column("old_id", _str(128), primary_key=True),
    sa.Column("event_id", _str(128), nullable=False, index=True),
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
        if index.name in ("ix_events_date_end", "ix_events_country"):
            index.create(conn, checkfirst=True)


def _add_column(conn: Connection, table: sa.Table, column: sa.Column[Any]) -> None:
    """``ALTER TABLE ... ADD COLUMN`` with the column's type, default and NOT NULL, so that a
    migrated database has the columns a new one gets."""
    kind = column.type.compile(dialect=conn.dialect)
    default = column.server_default
    if default is not None:
        arg = default.arg  # type: ignore[attr-defined]
        value = arg if isinstance(arg, str) else arg.compile(dialect=conn.dialect)
        kind += " DEFAULT " + (f"'{value}'" if isinstance(arg, str) else str(value))
    if not column.nullable:
        kind += " NOT NULL"
    conn.execute(sa.text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}"))


def _v3(conn: Connection) -> None:
    """Version 3: best killed figure and case-folded country as columns, each event's figures in
    ``event_figures``, indexes for the list's filters and sorts, the write counter (``revision``),
    and room for figures with timelines. Stored events get the derived columns now."""
    for column in _v3_event_columns():
        _add_column(conn, events, column)
    v3 = sa.MetaData()
    for table in (event_figures, event_details, revisions):
        table.to_metadata(v3)
    # event_figures' foreign key names events: a table of that name in v3 lets it resolve
    sa.Table("events", v3, sa.Column("id", _str(128), primary_key=True))
    v3.tables["event_figures"].create(conn)
    v3.tables["event_details"].create(conn)
    v3.tables["revision"].create(conn)
    conn.execute(revisions.insert().values(n=0))
    for index in _V3_INDEXES:
        index.create(conn)
    conn.execute(events.update().values(sort_date=sa.func.coalesce(events.c.date_start, "")))
    rows = conn.execute(sa.select(events.c.id, events.c.figures, events.c.country)).all()
    for i in range(0, len(rows), 1000):
        derived = [{"eid": r.id, **derived_event_columns({"figures": r.figures, "country": r.country})}
                   for r in rows[i:i + 1000]]
        conn.execute(events.update().where(events.c.id == sa.bindparam("eid"))
                     .values(killed=sa.bindparam("killed"), country_key=sa.bindparam("country_key")), derived)
        figures = [f for r in rows[i:i + 1000] for f in _figure_rows(r.id, r.figures)]
        if figures:
            conn.execute(event_figures.insert(), figures)


def _v4(conn: Connection) -> None:
    """Version 4: ``event_aliases``, the ids of events joined into another."""
    v4 = sa.MetaData()
    event_aliases.to_metadata(v4).create(conn)


def _v5(conn: Connection) -> None:
    """Version 5: the full-text index of the documents (``document_search``), filled from the
    stored documents a chunk at a time."""
    _create_search(conn)
    last = None
    while True:
        q = sa.select(documents.c.id, documents.c.title, documents.c.text).order_by(documents.c.id).limit(500)
        if last is not None:
            q = q.where(documents.c.id > last)
        rows = conn.execute(q).all()
        if not rows:
            break
        _index_documents(conn, [dict(r._mapping) for r in rows])
        last = rows[-1].id


def _create_search(conn: Connection) -> None:
    """The (empty) tables of the full-text index, as each database writes them."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("CREATE TABLE document_search (doc_id TEXT PRIMARY KEY "
                             "REFERENCES documents(id) ON DELETE CASCADE, words TSVECTOR NOT NULL)"))
        conn.execute(sa.text("CREATE INDEX ix_document_search_words ON document_search USING GIN (words)"))
    else:
        # the row number is an INTEGER PRIMARY KEY, which VACUUM keeps (a plain rowid it may renumber)
        conn.execute(sa.text("CREATE TABLE document_search (n INTEGER PRIMARY KEY, doc_id VARCHAR(128) NOT NULL "
                             "UNIQUE REFERENCES documents(id) ON DELETE CASCADE)"))
        # contentless: the text stays in documents only; words are folded before they come here
        conn.execute(sa.text("CREATE VIRTUAL TABLE document_words USING fts5(words, content='', "
                             "tokenize='unicode61 remove_diacritics 0')"))


def _create_current(conn: Connection) -> None:
    """A new database at :data:`SCHEMA_VERSION` in one go: every table and index as the
    migrations leave them, the write counter and the version row (one transaction instead of
    one per migration; :func:`_v1` ... :func:`_v5` still bring older databases up)."""
    metadata.create_all(conn, checkfirst=False)
    _create_search(conn)
    conn.execute(revisions.insert().values(n=0))


def _index_documents(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Add documents (``id``, ``title``, ``text``) to the full-text index."""
    from .search import index_text

    found = [{"doc_id": r["id"], "words": index_text(r.get("title"), r.get("text"))} for r in rows]
    if not found:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("INSERT INTO document_search (doc_id, words) "
                             "VALUES (:doc_id, to_tsvector('simple', :words))"), found)
    else:
        conn.execute(sa.text("INSERT INTO document_search (doc_id) VALUES (:doc_id)"), found)
        conn.execute(sa.text("INSERT INTO document_words (rowid, words) "
                             "SELECT n, :words FROM document_search WHERE doc_id = :doc_id"), found)


#: The full-text index as queries see it (created by :func:`_v5`, per database).
_search = sa.table("document_search", sa.column("n"), sa.column("doc_id"), sa.column("words"))
_words = sa.table("document_words", sa.column("rowid"), sa.column("words"))


#: Ordered migrations: ``MIGRATIONS[n - 1]`` brings a database from version n - 1 to n.
MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_v1, _v2, _v3, _v4, _v5)
SCHEMA_VERSION = len(MIGRATIONS)


def _figures_of(raw: Any) -> dict[str, Any]:
    try:
        figures = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return {}
    return figures if isinstance(figures, dict) else {}


def _big(value: Any) -> int | None:
    """A figure as a BIGINT column takes it (None when it is no whole number or out of range)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return None
    return int(value) if -(2**63) <= value < 2**63 else None


def derived_event_columns(row: Mapping[str, Any]) -> dict[str, Any]:
    """The columns an event row derives from its others: ``killed`` (the best killed figure)
    from ``figures``, ``country_key`` from ``country`` and ``sort_date`` (never NULL, so that
    it can be a sort key) from ``date_start``, each only when the row carries the
    column it comes from. Every path that writes events sets them (:meth:`Store.save_event` does)."""
    out: dict[str, Any] = {}
    if "figures" in row:
        out["killed"] = _big((_figures_of(row["figures"]).get("killed") or {}).get("best"))
    if "country" in row:
        out["country_key"] = country_key(row["country"])
    if "date_start" in row:
        out["sort_date"] = row["date_start"] or ""
    return out


def country_key(country: str | None) -> str | None:
    """A country name as ``country_key`` stores it and the country filter compares it: case-folded."""
    return country.strip().casefold() if isinstance(country, str) and country.strip() else None


def _figure_rows(event_id: str, raw: Any) -> list[dict[str, Any]]:
    return [{"event_id": event_id, "key": str(key)[:200], "best": _big(f.get("best"))}
            for key, f in _figures_of(raw).items() if isinstance(f, dict)]


def default_db() -> str:
    """``$NEWSTALLY_DB`` when set, else ``newstally.db`` in the working directory."""
    return os.environ.get("NEWSTALLY_DB") or DEFAULT_DB


#: The extra that installs the PostgreSQL driver (``pip install 'newstally[postgres]'``).
POSTGRES_EXTRA = "postgres"


def _url(db: str) -> str:
    """The SQLAlchemy URL for a path or URL; plain ``postgresql://`` (or ``postgres://``) selects
    psycopg 3, which the ``postgres`` extra installs."""
    if "://" not in db:
        return "sqlite:///" + os.path.abspath(db)
    scheme, rest = db.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise StoreError("PostgreSQL needs the psycopg driver: "
                             f"pip install 'newstally[{POSTGRES_EXTRA}]'") from None
        return "postgresql+psycopg://" + rest
    return db


def _shown(db: str) -> str:
    """``db`` for messages: a URL without its password."""
    if "://" not in db:
        return db
    try:
        return sa.engine.make_url(db).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return db


def _no_nul(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL: it becomes U+FFFD, one character for one, so claim
    offsets into a report's text still hold."""
    return value.replace("\x00", "\ufffd") if isinstance(value, str) and "\x00" in value else value


def _disk_hint(message: str) -> str:
    """What to check when SQLite could not write its file (the first line of its error)."""
    if "disk is full" in message or "disk I/O error" in message:
        return " (is the disk full, or the file larger than the system allows?)"
    return ""


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_no_implicit_begin(dbapi_conn: Any, _record: Any) -> None:
    """Let SQLAlchemy's ``begin`` event (:func:`_sqlite_begin`) say how a transaction starts."""
    dbapi_conn.isolation_level = None


def _sqlite_begin(conn: Connection) -> None:
    """``BEGIN IMMEDIATE`` for a write (it takes the write lock at once, waiting for the busy
    timeout, instead of failing half-way when a read turns into a write), ``BEGIN`` for a read."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("newstally_write") else "BEGIN")


def _sqlite_file(url: str) -> str | None:
    """The file of a ``sqlite://`` URL; ``None`` for an in-memory database."""
    path = sa.engine.make_url(url).database
    if not path or path == ":memory:" or path.startswith("file:"):
        return None
    return path


def _writable(path: str) -> bool:
    """Whether SQLite can write ``path``: the file and its folder (for the journal files)."""
    folder = os.path.dirname(os.path.abspath(path))
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def _read_only_url(path: str) -> str:
    """A URL opening ``path`` read-only. Without write access to the folder SQLite cannot
    create the write-ahead log's index, so a database with no log pending is read as an
    immutable snapshot; one with a log pending is opened read-only (SQLite then needs the
    log's index, which exists while a writer has the database open)."""
    from urllib.parse import quote

    wal = path + "-wal"
    pending = os.path.exists(wal) and os.path.getsize(wal) > 0
    mode = "mode=ro" if pending or os.access(os.path.dirname(os.path.abspath(path)), os.W_OK) else "immutable=1"
    return f"sqlite:///file:{quote(os.path.abspath(path))}?{mode}&uri=true"


class Store:
    """An open database. Use :func:`open_store`; close it (or use ``with``) when done."""

    def __init__(self, db: str | None = None, *, target_version: int = SCHEMA_VERSION,
                 create: bool = True) -> None:
        if db is not None and not db.strip():
            raise StoreError("no database given (an empty name)")
        shown = _shown(db or default_db())
        #: the database as messages name it (a URL without its password)
        self.shown = shown
        self.url = _url(db or default_db())  # a StoreError when the driver is missing
        #: True when the database could only be opened for reading (a read-only file or folder).
        self.readonly = False
        try:
            file = _sqlite_file(self.url) if self.url.startswith("sqlite") else None
            if file is not None:
                if os.path.isdir(file):
                    raise StoreError(f"cannot open database {shown}: it is a folder")
                if not os.path.exists(file):
                    if not create:
                        raise StoreError(f"no database at {shown} (check --db; `newstally ingest` creates one)")
                    folder = os.path.dirname(os.path.abspath(file))
                    if not os.path.isdir(folder):
                        raise StoreError(f"cannot create database {shown}: no folder {folder}")
                    if not os.access(folder, os.W_OK):
                        raise StoreError(f"cannot create database {shown}: its folder is read-only")
                elif not _writable(file):
                    self.readonly = True
                    self.url = _read_only_url(file)
            # a server may drop idle connections (``watch`` waits between cycles): test before use
            options: dict[str, Any] = ({"connect_args": {"timeout": BUSY_TIMEOUT}}
                                       if self.url.startswith("sqlite") else {"pool_pre_ping": True})
            self.engine: Engine = sa.create_engine(self.url, **options)
            self._pg = self.engine.dialect.name == "postgresql"
            #: the connection of the write this thread holds (see :meth:`writing`)
            self._held = threading.local()
            if self.engine.dialect.name == "sqlite":
                if not self.readonly:
                    sa.event.listen(self.engine, "connect", _sqlite_pragmas)
                sa.event.listen(self.engine, "connect", _sqlite_no_implicit_begin)
                sa.event.listen(self.engine, "begin", _sqlite_begin)
            try:
                self.version = self._migrate(target_version)
            except BaseException:
                self.engine.dispose()  # no connection is left open behind the error
                raise
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot open database {shown}: {exc.__class__.__name__}: "
                             f"{str(exc).splitlines()[0]}") from exc
        except ImportError as exc:  # a driver that is not installed (psycopg2, ...)
            raise StoreError(f"cannot open database {shown}: {exc}") from exc

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def _version(conn: Connection) -> int:
        if not sa.inspect(conn).has_table("schema_version"):
            return 0
        return conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0

    def _migrate(self, target: int) -> int:
        with self.engine.connect() as conn:
            current = self._version(conn)
        if current > SCHEMA_VERSION:
            raise StoreError(f"database schema version {current} is newer than this newstally "
                             f"({SCHEMA_VERSION}); upgrade newstally")
        if self.readonly and current < target:
            raise StoreError(f"the database is read-only and at schema version {current}: it needs "
                             f"version {target}; open it once with write access")
        while current < target:
            with self._locked() as conn:  # two commands opening a new database migrate it once
                current = self._version(conn)
                if current == 0 and target == SCHEMA_VERSION:  # a new database: the schema at once
                    _create_current(conn)
                    current = target
                elif current < target:
                    MIGRATIONS[current](conn)
                    current += 1
                else:
                    break
                conn.execute(schema_version.delete())
                conn.execute(schema_version.insert().values(version=current))
        return max(current, target)

    @contextmanager
    def _locked(self) -> Iterator[Connection]:
        """A transaction holding the write lock (SQLAlchemy errors pass through)."""
        with self.engine.connect() as conn:
            if not self._pg:
                conn.execution_options(newstally_write=True)
            with conn.begin():
                if self._pg:
                    conn.execute(sa.text(f"SET LOCAL lock_timeout = '{BUSY_TIMEOUT}s'"))
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key, hashtext(coalesce(current_schema(), '')))"),
                                 {"key": _PG_LOCK_KEY})
                yield conn

    # -- dialect differences ---------------------------------------------------------------
    def _asc(self, col: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
        """Ascending order as SQLite sorts: NULL first and text by code point (PostgreSQL would
        put NULL last and sort text by the database's collation), so both give the same order."""
        if not self._pg:
            return col
        if isinstance(col.type, sa.String):
            col = col.collate("C")
        return col.nulls_first()

    def _values(self, rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Rows as the database can take them (see :func:`_no_nul`)."""
        if not self._pg:
            return list(rows)  # type: ignore[arg-type]
        return [{k: _no_nul(v) for k, v in r.items()} for r in rows]

    def storable_id(self, id: str) -> str:
        """``id`` as this database stores it (on PostgreSQL, NUL as U+FFFD; else unchanged)."""
        return _no_nul(id) if self._pg else id

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """One unit of work holding the write lock: committed when the block ends, rolled back on
        any exception. Other writers wait for it (readers do not); inside it, :meth:`reading`,
        :meth:`transaction` and the reads without a connection use this connection, so what the
        block reads is what it changes, and nested blocks join the outer one."""
        held = getattr(self._held, "conn", None)
        if held is not None:
            yield held
            return
        if self.readonly:
            raise StoreError(f"cannot write database {self.shown}: it is open read-only (the file or its "
                             "folder cannot be written)")
        try:
            with self._locked() as conn:
                self._held.conn = conn
                try:
                    if self.version >= 3:  # readers that cached what they read see it changed
                        conn.execute(revisions.update().values(n=revisions.c.n + 1))
                    yield conn
                finally:
                    self._held.conn = None
        except sa.exc.OperationalError as exc:
            first = str(exc).splitlines()[0]
            if "database is locked" in first or "lock timeout" in first:
                raise StoreError(f"the database is busy: another command has been writing it for "
                                 f"{BUSY_TIMEOUT} seconds") from exc
            raise StoreError(f"database write failed: {first}{_disk_hint(first)}") from exc
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"database write failed: {str(exc).splitlines()[0]}") from exc

    #: The same as :meth:`writing`: every write holds the write lock.
    transaction = writing

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection to read with, seeing one snapshot of the database for the whole block
        (SQLite's read transaction; PostgreSQL's ``REPEATABLE READ``), so an event and its
        reports read in one block agree; inside :meth:`writing`, that block's connection."""
        held = getattr(self._held, "conn", None)
        if held is not None:
            yield held
            return
        try:
            with self.engine.connect() as conn:
                if self._pg:
                    conn.execution_options(isolation_level="REPEATABLE READ")
                yield conn
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"database read failed: {str(exc).splitlines()[0]}") from exc

    # -- meta ------------------------------------------------------------------------------
    def get_meta(self, key: str, conn: Connection | None = None) -> Any:
        key = _no_nul(key) if self._pg else key
        with self._conn(conn) as c:
            raw = c.execute(sa.select(meta.c.value).where(meta.c.key == key)).scalar()
        return None if raw is None else json.loads(raw)

    def set_meta(self, conn: Connection, key: str, value: Any) -> None:
        raw = json.dumps(value, ensure_ascii=False, separators=(",", ":"))  # escapes NUL
        key = _no_nul(key) if self._pg else key
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
        """Store documents, and their words in the full-text index."""
        if rows:
            values = self._values(rows)
            conn.execute(documents.insert(), values)
            if self.version >= 5:
                _index_documents(conn, values)

    def add_claims(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            conn.execute(claims.insert(), self._values(rows))

    def link_documents(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            conn.execute(event_documents.insert(), self._values(rows))

    def relink_documents(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        """Move stored documents to another event or source group (rows as for ``link_documents``)."""
        for row in self._values(rows):
            conn.execute(event_documents.update().where(event_documents.c.doc_id == row["doc_id"])
                         .values(event_id=row["event_id"], source_group=row["source_group"]))

    def delete_events(self, conn: Connection, ids: Sequence[str]) -> None:
        """Remove event rows that no document links to any more (events joined into another)."""
        for i in range(0, len(ids), 500):
            chunk = list(ids[i:i + 500])
            conn.execute(event_figures.delete().where(event_figures.c.event_id.in_(chunk)))
            conn.execute(event_details.delete().where(event_details.c.event_id.in_(chunk)))
            conn.execute(events.delete().where(events.c.id.in_(chunk)))

    def save_event(self, conn: Connection, row: Mapping[str, Any]) -> None:
        """Insert or update one event row (by ``id``), with the columns derived from it
        (:func:`derived_event_columns`) and, when it carries ``figures``, its ``event_figures``;
        ``detail`` (the figures with their timelines, JSON) goes to ``event_details``."""
        values = dict(self._values([row])[0])
        values.update(derived_event_columns(values))
        eid = values.pop("id")
        detail = values.pop("detail", None)
        if conn.execute(events.update().where(events.c.id == eid).values(**values)).rowcount == 0:
            conn.execute(events.insert().values(id=eid, **values))
        if "figures" in values:
            conn.execute(event_figures.delete().where(event_figures.c.event_id == eid))
            figures = _figure_rows(eid, values["figures"])
            if figures:
                conn.execute(event_figures.insert(), figures)
        if detail is not None:
            conn.execute(event_details.delete().where(event_details.c.event_id == eid))
            conn.execute(event_details.insert().values(event_id=eid, figures=detail))

    # -- reading ---------------------------------------------------------------------------
    def event_rows(self, ids: Iterable[str] | None = None, *, since: str | None = None,
                   country: str | None = None, conn: Connection | None = None,
                   detail: bool = False, terms: Sequence[Term] = ()) -> list[dict[str, Any]]:
        """Event rows; with ``detail``, each has its figures with timelines (JSON) under ``detail``;
        with ``terms``, only events containing each (as :meth:`search_event_rows` reads them)."""
        q = sa.select(events)
        if detail:
            q = (sa.select(events, event_details.c.figures.label("detail"))
                 .outerjoin(event_details, event_details.c.event_id == events.c.id))
        if ids is not None:
            q = q.where(events.c.id.in_(list(ids)))
        if since:
            q = q.where(events.c.date_end >= since)
        if country:
            q = q.where(sa.or_(sa.func.lower(events.c.country) == country.lower(),
                               sa.func.upper(events.c.country_code) == country.upper()))
        for cond in self._containing(terms):
            q = q.where(cond)
        q = q.order_by(events.c.date_start.is_(None), self._asc(events.c.date_start),
                       self._asc(events.c.id))
        with self._conn(conn) as c:
            return [dict(r._mapping) for r in c.execute(q)]

    def alias_events(self, conn: Connection, successors: Mapping[str, str]) -> None:
        """Record that events ``old -> new`` were joined into another; aliases that named an
        old id now name its successor, so each alias names a live event."""
        for old, new in sorted(successors.items()):
            conn.execute(event_aliases.update().where(event_aliases.c.event_id == old).values(event_id=new))
            conn.execute(event_aliases.delete().where(event_aliases.c.old_id == old))
            conn.execute(event_aliases.insert().values(old_id=old, event_id=new))

    def find_event(self, prefix: str) -> list[str]:
        """Event ids equal to ``prefix``; else the event an event of that id was joined into;
        else ids starting with ``prefix``."""
        with self.reading() as c:
            exact = c.execute(sa.select(events.c.id).where(events.c.id == prefix)).scalars().all()
            if exact:
                return list(exact)
            joined = c.execute(sa.select(event_aliases.c.event_id).where(event_aliases.c.old_id == prefix)
                               .where(event_aliases.c.event_id.in_(sa.select(events.c.id)))).scalars().all()
            if joined:
                return list(joined)
            like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            # SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE does the same
            match = events.c.id.ilike(like, escape="\\") if self._pg else events.c.id.like(like, escape="\\")
            return list(c.execute(sa.select(events.c.id).where(match)
                                  .order_by(self._asc(events.c.id)).limit(10)).scalars())

    def recent_event_states(self, since: str | None) -> Iterator[tuple[str, dict[str, Any]]]:
        """Clusterer states of events last seen on or after ``since`` (all when None), and undated ones."""
        q = sa.select(events.c.id, events.c.state).where(events.c.state.is_not(None))
        if since:
            q = q.where(sa.or_(events.c.date_end >= since, events.c.date_end.is_(None)))
        with self.reading() as c:
            for eid, state in c.execute(q.order_by(self._asc(events.c.date_end), self._asc(events.c.id))):
                yield eid, json.loads(state)

    def event_documents(self, event_ids: Sequence[str], conn: Connection | None = None,
                        *, text: bool = True) -> list[dict[str, Any]]:
        """The documents of events with ``event_id`` and ``source_group``, oldest first."""
        cols = [c for c in documents.columns if text or c.name != "text"]
        q = (sa.select(*cols, event_documents.c.event_id, event_documents.c.source_group)
             .join(event_documents, event_documents.c.doc_id == documents.c.id)
             .where(event_documents.c.event_id.in_(list(event_ids)))
             .order_by(self._asc(documents.c.published), self._asc(documents.c.id)))
        with self._conn(conn) as c:
            return [dict(r._mapping) for r in c.execute(q)]

    def document_claims(self, doc_ids: Sequence[str], conn: Connection | None = None) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        with self._conn(conn) as c:
            for i in range(0, len(doc_ids), 500):
                q = (sa.select(claims).where(claims.c.doc_id.in_(list(doc_ids[i:i + 500])))
                     .order_by(self._asc(claims.c.doc_id), claims.c.idx))
                out += [dict(r._mapping) for r in c.execute(q)]
        return out

    # -- full-text search ---------------------------------------------------------------------
    def _containing(self, terms: Sequence[Term], conn: Connection | None = None) -> list[sa.ColumnElement[bool]]:
        """One condition on ``events`` per search term: the term is in the words of one of the
        event's documents (the full-text index, version 5).

        A term is looked up in the index once, and the events of the documents found are
        compared with the list's (what a count, and a rare term, want). Given ``conn`` (to read
        one page of a list in its order), SQLite looks up a term found in many documents per
        event instead, as the list's index hands events in order, and stops at the page's end;
        PostgreSQL's planner makes that choice itself."""
        if not terms:
            return []
        if self.version < 5:
            raise StoreError("this database has no full-text index (schema version "
                             f"{self.version}): open it once with write access to build it")
        out: list[sa.ColumnElement[bool]] = []
        for term in terms:
            if self._pg:  # words are letters and digits only: quoted as they are, nothing is an operator
                query = " <-> ".join(f"'{w}'" for w in term.words) + (":*" if term.prefix else "")
                out.append(events.c.id.in_(
                    sa.select(event_documents.c.event_id)
                    .join(_search, _search.c.doc_id == event_documents.c.doc_id)
                    .where(_search.c.words.bool_op("@@")(sa.func.to_tsquery(sa.literal_column("'simple'"), query)))))
                continue
            query = '"' + " ".join(term.words) + '"' + (" *" if term.prefix else "")
            found = (sa.select(event_documents.c.event_id)
                     .select_from(_words.join(_search, _search.c.n == _words.c.rowid)
                                  .join(event_documents, event_documents.c.doc_id == _search.c.doc_id))
                     .where(_words.c.words.op("MATCH")(query)))
            if conn is not None and self._common(conn, query):
                out.append(found.where(event_documents.c.event_id == events.c.id).exists())
            else:
                out.append(events.c.id.in_(found))
        return out

    def _common(self, conn: Connection, query: str) -> bool:
        """Whether a term (FTS5 ``query``) is in so many documents that reading a page of events
        in order, looking the term up in each event's documents, ends sooner than collecting
        the events of every document it is in: past about 20·√(documents) of them."""
        n = conn.execute(sa.select(sa.func.max(_search.c.n))).scalar() or 0
        enough = max(500, int(20 * n ** 0.5))
        hits = (sa.select(_words.c.rowid).where(_words.c.words.op("MATCH")(query)).limit(enough).subquery())
        return (conn.execute(sa.select(sa.func.count()).select_from(hits)).scalar() or 0) >= enough

    # -- browsing (the web API) -------------------------------------------------------------
    def _c(self, col: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
        """Text compared and sorted by code point on PostgreSQL too, as SQLite does."""
        return col.collate("C") if self._pg and isinstance(col.type, sa.String) else col

    def _parts(self, sort: str) -> list[tuple[sa.ColumnElement[bool] | None, list[sa.ColumnElement[Any]]]]:
        """How a list sorted by ``sort`` is read: in parts, each (condition, sort keys). Events
        without the sorted figure (or date) form a second part after the first, so that within a
        part no key is NULL and all go one way: an index on the keys gives rows in order, and a
        position in the list is plain values (``[part, *keys]``: a cursor)."""
        tail = [events.c.sort_date, events.c.id]
        if sort == "sources":
            return [(None, [events.c.independent_sources, *tail])]
        if sort == "killed":
            return [(events.c.killed.is_not(None), [events.c.killed, *tail]), (events.c.killed.is_(None), tail)]
        return [(events.c.sort_date != "", tail), (events.c.sort_date == "", tail)]

    def search_event_rows(self, *, since: str | None = None, until: str | None = None,
                          country: str | None = None, figure: tuple[str, int] | None = None,
                          min_sources: int | None = None, contested: bool | None = None,
                          terms: Sequence[Term] = (), sort: str = "date", descending: bool = False,
                          limit: int = 50, offset: int = 0, after: Sequence[Any] | None = None,
                          ) -> tuple[int, list[dict[str, Any]], list[Any] | None]:
        """One page of events matching every filter given, how many match in all, and the
        position after the page's last event (None on the last page).

        ``since``/``until``: the event was reported on or after / on or before (ISO dates);
        ``figure``: (key, n) with a reconciled best of at least n; ``terms``
        (:func:`newstally.search.parse_query`): each is in the title or text of one of the
        event's reports (the event's title is its first report's), as whole words in any case,
        with or without accents. ``sort`` is
        ``date`` (start date), ``killed`` or ``sources``, then date, then id, all ``descending``
        or not; events without the figure (or date) come last. The page starts ``offset`` events
        in, or right after the position ``after`` (one this method returned, for the same
        ``sort`` and ``descending``): keyset paging, where a page deep in the list costs what
        the first one does.
        """
        conds: list[sa.ColumnElement[bool]] = []
        if since:
            conds.append(events.c.date_end >= since)
        if until:  # sort_date is date_start, '' for none: the indexes hold it
            conds.append(sa.and_(events.c.sort_date != "", events.c.sort_date <= until))
        if country:  # a name or an ISO code: the code stands for the name events with it have
            named = (sa.select(events.c.country_key).where(events.c.country_code == country.strip().upper())
                     .limit(1).scalar_subquery())
            conds.append(events.c.country_key.in_([country_key(country), named]))
        if figure is not None:
            if figure[0] == "killed":
                conds.append(events.c.killed >= figure[1])
            else:
                conds.append(sa.select(event_figures.c.event_id)
                             .where(event_figures.c.event_id == events.c.id, event_figures.c.key == figure[0],
                                    event_figures.c.best >= figure[1]).exists())
        if min_sources is not None:
            conds.append(events.c.independent_sources >= min_sources)
        if contested is not None:
            conds.append(events.c.contested.is_(True) if contested else events.c.contested.is_(False))
        where = sa.and_(sa.true(), *conds, *self._containing(terms))
        parts = self._parts(sort)
        first = 0
        if after is not None:
            first = after[0] if isinstance(after[0], int) and 0 <= after[0] < len(parts) else -1
            if first < 0 or len(after) != 1 + len(parts[first][1]):
                raise StoreError("a position from another order of events")
        picked: list[tuple[int, Any]] = []  # (part, row of id and keys)
        skip = offset if after is None else 0
        with self.reading() as c:
            # the page is read in order: a term in many documents is looked up per event
            paged = sa.and_(sa.true(), *conds, *self._containing(terms, c)) if terms else where
            for n in range(first, len(parts)):
                cond, keys = parts[n]
                part = where if cond is None else sa.and_(where, cond)
                q = sa.select(*keys).where(paged if cond is None else sa.and_(paged, cond))
                if after is not None and n == first:
                    mine, theirs = sa.tuple_(*map(self._c, keys)), sa.tuple_(*after[1:])
                    q = q.where(mine < theirs if descending else mine > theirs)
                q = q.order_by(*[self._c(k).desc() if descending else self._c(k) for k in keys])
                got = c.execute(q.limit(limit + 1 - len(picked)).offset(skip or None)).all()
                if skip and not got and n + 1 < len(parts):  # the offset is past this part: how far?
                    skip = max(0, skip - (c.execute(sa.select(sa.func.count()).select_from(events)
                                                    .where(part)).scalar() or 0))
                else:
                    skip = 0
                picked += [(n, r) for r in got]
                if len(picked) > limit:
                    break
            more = len(picked) > limit
            picked = picked[:limit]
            position = [picked[-1][0], *picked[-1][1]] if more else None
            hidden = ("state", "country_key", "sort_date")
            cols = [col for col in events.columns if col.name not in hidden]
            ids = [r.id for _n, r in picked]
            found = {r.id: dict(r._mapping) for r in c.execute(sa.select(*cols).where(events.c.id.in_(ids)))} if ids else {}
            rows = [found[i] for i in ids if i in found]
            if not more and after is None and (rows or offset == 0):  # the last page: no need to count
                return offset + len(rows), rows, position
            total = c.execute(sa.select(sa.func.count()).select_from(events).where(where)).scalar() or 0
            return total, rows, position

    def revision(self) -> int | None:
        """A number that changes whenever a write commits (None on a database older than
        version 3): what was read at one revision still holds while it stays the same."""
        if self.version < 3:
            return None
        with self.reading() as c:
            return c.execute(sa.select(revisions.c.n)).scalar()

    def document_row(self, doc_id: str) -> dict[str, Any] | None:
        """One document with its text, event and source group (None when there is none)."""
        q = (sa.select(documents, event_documents.c.event_id, event_documents.c.source_group)
             .outerjoin(event_documents, event_documents.c.doc_id == documents.c.id)
             .where(documents.c.id == doc_id))
        with self.reading() as c:
            row = c.execute(q).first()
        return dict(row._mapping) if row else None

    def country_rows(self) -> list[dict[str, Any]]:
        """Per country: events, reports and the sum of the events' best killed figures."""
        killed = events.c.killed
        q = (sa.select(events.c.country, events.c.country_code, sa.func.count().label("events"),
                       sa.func.sum(events.c.articles).label("articles"),
                       sa.func.sum(killed).label("killed"),
                       sa.func.min(events.c.date_start).label("first"),
                       sa.func.max(events.c.date_end).label("last"))
             .group_by(events.c.country, events.c.country_code)
             .order_by(sa.desc("events"), self._asc(events.c.country)))
        with self.reading() as c:
            return [dict(r._mapping) for r in c.execute(q)]

    def counts(self) -> dict[str, int]:
        with self.reading() as c:
            return {t.name: c.execute(sa.select(sa.func.count()).select_from(t)).scalar() or 0
                    for t in (documents, claims, events, event_documents)}


def open_store(db: str | None = None, *, create: bool = True) -> Store:
    """Open (creating and migrating as needed) the database at path or URL ``db``.

    With ``create=False`` a SQLite file that does not exist is a :class:`StoreError` instead
    (reading commands never leave an empty database behind a mistyped name). A SQLite file
    that cannot be written (or whose folder cannot) is opened read-only: ``store.readonly``.
    An empty ``db`` is an error; ``None`` means :func:`default_db`.
    """
    return Store(db, create=create)
