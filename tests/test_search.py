"""Full-text search of events (``q`` of the event list, ``events --search``): whole words in any
case and with or without accents, quoted phrases, every term required, a prefix with ``*``, in
any script; on SQLite (FTS5) and PostgreSQL (tsvector with a GIN index) alike, for stores
written by this version and for older ones migrated. Every report here is self-written."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from newstally.browse import EventQuery, QueryError, search_events
from newstally.cli import main
from newstally.errors import StoreError
from newstally.search import Term, index_text, parse_query, words
from newstally.store import SCHEMA_VERSION, Store, open_store

# (event, document id, title, text)
REPORTS = [
    ("e1", "d1", "Flood sweeps through Saint-Étienne suburbs",
     "Rescuers pulled residents from the water in Saint-Étienne on Tuesday. The river burst its banks."),
    ("e2", "d2", "Storm in Kraków", "Heavy rain hit KRAKÓW and the mayor said power lines fell."),
    ("e2", "d3", None, "The power station near Kraków was shut down for the night."),
    ("e3", "d4", "Ferry capsizes", "A ferry capsized near Ōsaka; the coast guard searched the bay."),
    ("e4", "d5", "Обстрел Херсона", "В Херсоне при обстреле погибли два человека, сообщил губернатор."),
    ("e5", "d6", "Fire at the Grand Bazaar", "Police said the market_fire spread to 40 stalls in Straße 9."),
    ("e6", "d7", None, "上海发生火灾，造成三人死亡。"),
    ("e7", "d8", "Bridge collapse", "Engineers said the bridge had been closed since 2019."),
]


def _fill(store: Store, reports=REPORTS) -> None:
    with store.transaction() as conn:
        store.add_documents(conn, [{"id": d, "url": None, "site": None, "title": title, "published": "2024-03-0" + e[1],
                                    "day": None, "author": None, "language": None, "path": None, "text": text}
                                   for e, d, title, text in reports])
        for e in sorted({r[0] for r in reports}):
            store.save_event(conn, {"id": e, "date_start": "2024-03-0" + e[1], "date_end": "2024-03-0" + e[1],
                                    "title": None, "articles": 1, "independent_sources": 1})
        store.link_documents(conn, [{"doc_id": d, "event_id": e, "source_group": d} for e, d, _t, _x in reports])


@pytest.fixture
def store(db: str) -> Iterator[Store]:
    with open_store(db) as s:
        _fill(s)
        yield s


def _found(store: Store, q: str) -> set[str]:
    page = search_events(store, EventQuery(q=q, limit=500))
    assert page.total == len(page.events)
    return {e.id for e in page.events}


CASES = [
    # whole words, any case, with or without accents
    ("krakow", {"e2"}), ("KRAKÓW", {"e2"}), ("Kraków", {"e2"}),
    ("saint-etienne", {"e1"}), ("SAINT-ÉTIENNE", {"e1"}), ("osaka", {"e3"}),
    ("херсоне", {"e4"}), ("ХЕРСОНЕ", {"e4"}), ("ОБСТРЕЛ", {"e4"}),
    ("strasse", {"e5"}), ("Straße", {"e5"}),
    # a word of the title only
    ("capsizes", {"e3"}), ("bazaar", {"e5"}),
    # several words: all of them, each in the title or one of the event's reports
    ("power lines fell", {"e2"}), ("mayor shut", {"e2"}), ("rain ferry", set()), ("storm mayor", {"e2"}),
    # a quoted phrase: those words in that order
    ('"power lines"', {"e2"}), ('"lines power"', set()), ('"power station" krakow', {"e2"}),
    ('"shut down for the night"', {"e2"}), ('"coast guard', {"e3"}),  # an unclosed quote runs to the end
    # words, not pieces of words; a prefix only when asked for with *
    ("pow", set()), ("pow*", {"e2"}), ("Kra*", {"e2"}), ('"power li"*', {"e2"}), ("brid", set()),
    # numbers and words joined by signs are words in a row
    ("2019", {"e7"}), ("40", {"e5"}), ("market_fire", {"e5"}), ("market-fire", {"e5"}), ("fire market", {"e5"}),
    # no word breaks in Chinese: each character is a word, a word of several is a phrase of them
    ("上海", {"e6"}), ("火灾", {"e6"}), ("北京", set()), ("上火", set()),
    # nothing the search engines would take as an operator or a wildcard acts as one
    ("storm OR ferry", set()), ("ferry NOT bay", set()), ("title:ferry", set()), ("capsiz%", set()),
    ("%apsizes", set()), ("capsize_", set()), ("NEAR(ferry bay)", set()), ("ferry AND", set()),
    ("(ferry", {"e3"}), ("ferry^", {"e3"}), ("'ferry'", {"e3"}), ("ferry\\", {"e3"}),
]


@pytest.mark.parametrize("q, expected", CASES, ids=[c[0] for c in CASES])
def test_search_finds_events_by_words(store: Store, q: str, expected: set[str]) -> None:
    assert _found(store, q) == expected


def test_a_query_without_words_filters_nothing(store: Store) -> None:
    assert _found(store, "-- % _") == {r[0] for r in REPORTS}


def test_search_combines_with_other_filters_sorts_and_pages(store: Store) -> None:
    page = search_events(store, EventQuery(q="the", sort="date", descending=True, limit=2))
    assert page.total == 5 and [e.id for e in page.events] == ["e7", "e5"]
    rest = search_events(store, EventQuery(q="the", sort="date", descending=True, limit=2, cursor=page.next_cursor))
    assert [e.id for e in rest.events] == ["e3", "e2"]
    assert {e.id for e in search_events(store, EventQuery(q="the", since="2024-03-05", limit=9)).events} == {"e5", "e7"}


def test_reports_added_later_are_found_and_each_is_indexed_once(store: Store) -> None:
    _fill(store, [("e9", "d9", "Avalanche", "An avalanche buried a road near Zermatt.")])
    assert _found(store, "zermatt") == {"e9"}
    with store.reading() as c:
        indexed = c.execute(sa.text("SELECT count(*) FROM document_search")).scalar()
    assert indexed == store.counts()["documents"] == 9


def test_a_store_written_before_search_is_indexed_when_opened(new_db) -> None:
    db = new_db()
    old = Store(db, target_version=SCHEMA_VERSION - 1)
    _fill(old)
    with pytest.raises(StoreError, match="no full-text index"):  # only a store opened at an old version
        search_events(old, EventQuery(q="kraków"))
    assert len(search_events(old, EventQuery()).events) == 7  # the other filters work
    old.close()
    with open_store(db) as s:
        assert s.version == SCHEMA_VERSION
        assert _found(s, "krakow") == {"e2"} and _found(s, '"coast guard"') == {"e3"}
        assert _found(s, "pow") == set()


@pytest.mark.parametrize("q, why", [
    (" ".join(f"w{i}" for i in range(9)), "at most 8"),
    ("x" * 201, "at most 200"),
])
def test_too_much_to_search_is_a_query_error(q: str, why: str) -> None:
    with pytest.raises(QueryError, match=why) as err:
        EventQuery(q=q).check()
    assert err.value.parameter == "q"


def test_postgresql_searches_through_the_gin_index(pg_db) -> None:
    with open_store(pg_db()) as s:
        _fill(s)
        with s.reading() as c:
            c.execute(sa.text("SET LOCAL enable_seqscan = off"))  # a table this small would be scanned
            plan = "\n".join(c.execute(sa.text(
                "EXPLAIN SELECT doc_id FROM document_search "
                "WHERE words @@ to_tsquery('simple', :q)"), {"q": "'kraków'"}).scalars())
    assert "ix_document_search_words" in plan


def test_the_cli_lists_the_events_a_search_finds(tmp_path) -> None:
    db = str(tmp_path / "ledger.db")
    with open_store(db) as s:
        _fill(s)
    res = CliRunner().invoke(main, ["events", "--db", db, "--search", '"power lines" krakow', "--format", "json"])
    assert res.exit_code == 0, res.output
    assert '"id": "e2"' in res.output and '"id": "e1"' not in res.output
    res = CliRunner().invoke(main, ["events", "--db", db, "--search", "x " * 9])
    assert res.exit_code != 0 and "at most 8" in res.output


# ------------------------------------------------------------------------- the words indexed


def test_words_fold_case_and_accents_in_every_script() -> None:
    assert words("Saint-Étienne, KRAKÓW; Straße — Ōsaka") == ["saint", "etienne", "krakow", "strasse", "osaka"]
    assert words("ХЕРСОНЕ погибли ёлка") == ["херсоне", "погибли", "елка"]
    assert words("ﬁre at 40% in ２０１９") == ["fire", "at", "40", "in", "2019"]
    assert words("上海发生火灾") == ["上", "海", "发", "生", "火", "灾"]
    assert words("صاروخٌ") == words("صاروخ")  # Arabic vowel marks are not letters of the word


def test_queries_are_read_as_terms() -> None:
    assert parse_query('"power lines" Kraków pow* "coast guard') == [
        Term(("power", "lines")), Term(("krakow",)), Term(("pow",), prefix=True), Term(("coast", "guard"))]
    assert parse_query("saint-étienne -- %") == [Term(("saint", "etienne"))]
    assert parse_query('"" * ') == []


def test_the_index_of_a_huge_report_is_bounded() -> None:
    text = " ".join(f"w{i}" for i in range(200_000))
    indexed = index_text("Title", text)
    assert len(indexed.encode()) <= 500_000 and indexed.startswith("title w0 w1 ")
