"""Self-written reports and a consistency check, shared by the ledger tests."""
from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa

from newstally.model import Document
from newstally.store import Store

TOWNS = ["Kabul", "Mosul", "Maiduguri", "Mogadishu", "Goma", "Kherson", "Aleppo", "Sanaa", "Peshawar", "Bamako"]


def doc(i: int, *, copy_of: int | None = None, site: str | None = None) -> Document:
    """A short report about incident ``i`` (its copy when ``copy_of`` is given)."""
    n = copy_of if copy_of is not None else i
    town = TOWNS[n % len(TOWNS)]
    text = (f"At least {n + 3} people were killed and {2 * n + 5} injured when a bomb exploded near the "
            f"{['central', 'old', 'grain', 'fish', 'cattle'][n % 5]} market in {town} on Monday, police said. "
            f"Witnesses said the blast number {n} destroyed {n % 7 + 2} shops and a {['mosque', 'school', 'bank'][n % 3]}.")
    published = date(2020, 1, 1) + timedelta(days=20 * n)
    return Document(id=f"r{i:05d}", text=text, title=f"Bomb kills {n + 3} in {town} market",
                    published=published.isoformat(), site=site or f"site{i % 4}.example")


def check_consistent(store: Store, *, settled: bool = True) -> None:
    """Every stored report has claims-rows only for itself and one event link; every event counts
    its reports and has figures, or is marked to be recomputed (``settled``: none is marked)."""
    stale = set(store.get_meta("stale_events") or ())
    with store.engine.connect() as c:
        q = lambda sql: c.execute(sa.text(sql)).scalar()  # noqa: E731
        assert q("SELECT count(*) FROM documents d LEFT JOIN event_documents l ON l.doc_id = d.id "
                 "WHERE l.doc_id IS NULL") == 0
        assert q("SELECT count(*) FROM claims c LEFT JOIN documents d ON d.id = c.doc_id WHERE d.id IS NULL") == 0
        assert q("SELECT count(*) FROM events e WHERE e.state IS NULL") == 0
        behind = set(c.execute(sa.text(
            "SELECT e.id FROM events e WHERE e.figures IS NULL OR e.articles IS NULL OR e.articles != "
            "(SELECT count(*) FROM event_documents l WHERE l.event_id = e.id)")).scalars())
    assert behind <= stale, "an event is out of date without being marked"
    if settled:
        assert not stale and not behind
