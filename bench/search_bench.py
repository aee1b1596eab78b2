#!/usr/bin/env python3
"""Search benchmark: the time of an event search (``q``) on a ledger of generated reports.

    python bench/search_bench.py                   # 20,000 reports in a temporary SQLite file
    python bench/search_bench.py --docs 5000 --db postgresql://user@127.0.0.1/bench_db   # an empty database

Reports in the style of bench/bench.py (casualty and background paragraphs, junk lines), each
with a made-up name that a few reports share, are written straight into the store (no
extraction: this measures the search) as events of 1-4 reports. Then each query is run through
``search_events`` (the first page of 50 and how many match, as `/api/events?q=` answers) a few
times; the median time is printed with the number of events found. The time to write the
reports is printed too (the full-text index is written with them).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench import make_report  # noqa: E402

_SYL = "ka lo mi ra tu ben sa vo ni de gu ha ze ri po an el or".split()

QUERIES = [
    ("a word in most reports", "killed"),
    ("a place (1 report in 16)", "Kherson"),
    ("a name in a few reports", None),  # filled in: the name of report 777
    ("two words", "police arrested"),
    ("a phrase", '"death toll"'),
    ("a word in no report", "zeppelin"),
    ("most reports, sorted by killed", "people"),
]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYL) for _ in range(4)).capitalize()


def build(db: str, n: int, seed: int = 11) -> tuple[float, str]:
    from newstally.store import open_store

    rng = random.Random(seed)
    names = [_name(rng) for _ in range(n // 3)]
    t0 = time.perf_counter()
    rare = ""
    with open_store(db) as store:
        i = 0
        while i < n:
            docs, events, links = [], [], []
            while len(docs) < 1000 and i < n:
                eid = f"e{i}"
                name = rng.choice(names)
                day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                for _k in range(min(rng.randint(1, 4), n - i)):
                    r = make_report(rng, i)
                    text = r["text"] + f"\n\nThe {name} family buried their dead on {day}."
                    if i == 777:
                        rare = name
                    docs.append({"id": r["id"], "url": None, "site": f"site{i % 50}.example",
                                 "title": text.split("\n", 1)[0], "published": day, "day": day, "author": None,
                                 "language": "en", "path": None, "text": text})
                    links.append({"doc_id": r["id"], "event_id": eid, "source_group": r["id"]})
                    i += 1
                events.append({"id": eid, "date_start": day, "date_end": day, "title": docs[-1]["title"],
                               "country": "Somewhere", "articles": 1, "independent_sources": 1,
                               "figures": json.dumps({"killed": {
                                   "low": None, "best": rng.randint(1, 300), "high": None, "contested": False,
                                   "articles": 1, "sources": 1}})})
            with store.transaction() as conn:
                store.add_documents(conn, docs)
                for e in events:
                    store.save_event(conn, e)
                store.link_documents(conn, links)
    return time.perf_counter() - t0, rare


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=20000, help="reports to generate (default 20000)")
    ap.add_argument("--db", help="an empty database to fill (default: a temporary SQLite file)")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each query (default 5)")
    a = ap.parse_args()
    from newstally.browse import EventQuery, search_events
    from newstally.store import SCHEMA_VERSION, open_store

    with tempfile.TemporaryDirectory() as tmp:
        db = a.db or str(Path(tmp) / "search.db")
        built, rare = build(db, a.docs)
        with open_store(db) as store:
            counts = store.counts()
            print(f"search: {counts['documents']:,} reports in {counts['events']:,} events written in {built:.1f} s "
                  f"(schema version {SCHEMA_VERSION}; load average {os.getloadavg()[0]:.1f})")
            for label, q in QUERIES:
                q = q or rare
                sort = "killed" if "sorted" in label else "date"
                times, total = [], 0
                for _ in range(a.repeat):
                    t0 = time.perf_counter()
                    total = search_events(store, EventQuery(q=q, limit=50, sort=sort, descending=True)).total
                    times.append(time.perf_counter() - t0)
                print(f"  {label:32} q={q!r:20} {total:6,} events  median {statistics.median(times) * 1000:8.1f} ms"
                      f"  (fastest {min(times) * 1000:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
