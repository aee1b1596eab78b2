"""Shared test set-up.

* The place index is built into a temporary cache folder, once per run, never into (or from)
  the user's own cache.
* ``db`` is a fresh, empty ledger database, once on SQLite and once on PostgreSQL: every test
  that takes it runs on both. The PostgreSQL half needs a server: set ``NEWSTALLY_TEST_POSTGRES``
  to a database URL the tests may create schemas in (``.ci/run`` starts one), and install the
  driver (``pip install -e '.[postgres]'``); without them it is skipped. ``new_db`` makes more
  databases of the same kind (``new_db()`` -> a path or URL), ``pg_db`` only PostgreSQL ones.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

PG = os.environ.get("NEWSTALLY_TEST_POSTGRES")
SKIP_PG = "no PostgreSQL server: set NEWSTALLY_TEST_POSTGRES=postgresql://user@host/db to run these tests"


@pytest.fixture(autouse=True, scope="session")
def _place_index_cache(tmp_path_factory):
    from newstally.places import gazetteer

    folder = tmp_path_factory.mktemp("newstally-cache")
    mp = pytest.MonkeyPatch()
    mp.setenv(gazetteer.CACHE_ENV, str(folder))
    yield folder
    mp.undo()


def _in_schema(url: str, schema: str) -> str:
    """``url`` with ``search_path`` set to ``schema`` (libpq's ``options``)."""
    import sqlalchemy as sa

    u = sa.engine.make_url(url)
    options = " ".join(filter(None, [u.query.get("options"), f"-csearch_path={schema}"]))
    return u.update_query_dict({"options": options}).render_as_string(hide_password=False)


@pytest.fixture
def pg_db() -> Iterator[Callable[[], str]]:
    """Makes URLs of fresh, empty PostgreSQL schemas (one each), dropped after the test."""
    if not PG:
        pytest.skip(SKIP_PG)
    pytest.importorskip("psycopg")
    import sqlalchemy as sa

    from newstally.store import _url

    admin = sa.create_engine(_url(PG))
    made: list[str] = []

    def new() -> str:
        schema = f"newstally_test_{uuid.uuid4().hex[:12]}"
        with admin.begin() as c:
            c.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        made.append(schema)
        return _in_schema(PG, schema)

    try:
        yield new
    finally:
        with admin.begin() as c:
            for schema in made:
                c.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def new_db(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    """Makes fresh, empty databases of one kind: SQLite files, or PostgreSQL schemas."""
    if request.param == "postgresql":
        return request.getfixturevalue("pg_db")
    names = iter(range(1_000_000))
    return lambda: str(tmp_path / f"ledger{next(names)}.db")


@pytest.fixture
def db(new_db: Callable[[], str]) -> str:
    """A fresh, empty database: a SQLite file, or a PostgreSQL schema."""
    return new_db()
