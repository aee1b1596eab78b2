"""Web benchmark: a bounded loopback load test of `newstally serve` on a ledger of generated events.

    python bench/web_bench.py                      # 10,000 events, 2,000 requests per endpoint
    python bench/web_bench.py --events 2000 --requests 300 --clients 4 --workers 1

Events are written straight into a temporary SQLite database (no extraction: this measures the
server, not the pipeline), each with 1-4 reports and a killed and an injured figure per report,
stored as ingest stores them (figures with their timelines). The real command is started on a
free 127.0.0.1 port (`--workers` processes, one per core by default); a fixed number of
requests is sent by a few keep-alive clients per endpoint, then everything stops. Prints
requests/s, median and p95 latency, and errors for: a filtered, paged `/api/events`, the same
list paged by cursor, the events page `/`, and an event page `/events/ID` (each a different
random event: a page shown again would come from the server's cache). The machine's load
average is printed too (other programs running slow the figures down), and the server's CPU
time per request, which does not depend on them.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from newstally.web.running import cpu_seconds, running_server

COUNTRIES = [("Afghanistan", "AF", "Kabul"), ("Iraq", "IQ", "Mosul"), ("Somalia", "SO", "Mogadishu"),
             ("Nigeria", "NG", "Maiduguri"), ("Sudan", "SD", "Khartoum"), ("Ukraine", "UA", "Kherson"),
             ("Mali", "ML", "Gao"), ("Yemen", "YE", "Taiz")]
SITES = ["Wire One", "Daily Ledger", "Evening Post", "Radio Coast", "The Monitor", "City News"]
SAID = ["the health ministry", "local officials", "a police spokesman", "a rights group", "the army"]


def build(path: str, n_events: int, seed: int = 7) -> list[str]:
    """A database of ``n_events`` generated events; returns their ids."""
    from newstally.store import open_store

    rnd = random.Random(seed)
    store = open_store(path)
    ids = []
    day0 = date(2021, 1, 1)
    with store.transaction() as conn:
        for i in range(n_events):
            eid = f"{i:016x}"
            ids.append(eid)
            country, code, town = rnd.choice(COUNTRIES)
            start = day0 + timedelta(days=rnd.randrange(1400))
            docs, claims, links = [], [], []
            killed: list[int] = []
            injured: list[int] = []
            timeline: dict[str, list[dict[str, object]]] = {"killed": [], "injured": []}
            n_docs = rnd.randint(1, 4)
            for j in range(n_docs):
                did = f"{eid}-{j}"
                k = rnd.randint(0, 60) + 5 * j
                i_ = rnd.randint(0, 120)
                who = rnd.choice(SAID)
                text = (f"At least {k} people were killed and {i_} injured in an attack in {town} on "
                        f"{start.isoformat()}, {who} said. Residents described the scene.")
                s1 = text.index(f"{k} people")
                s2 = text.index(f"{i_} injured")
                docs.append({"id": did, "url": f"https://example.org/{did}", "site": rnd.choice(SITES),
                             "title": f"Attack in {town} kills {k}", "published": start.isoformat(),
                             "day": start.isoformat(), "author": None, "language": "en", "path": None,
                             "text": text})
                base = {"doc_id": did, "subgroup": None, "qualifier": "at least", "attribution": who,
                        "as_of": (start + timedelta(days=j)).isoformat(), "negated": False,
                        "hypothetical": False, "other_event": False, "toll": False, "rule": "passive",
                        "sentence": 0, "parent": None, "in_title": False, "location": town}
                claims.append({**base, "idx": 0, "category": "killed", "victims": "people", "low": k,
                               "best": k, "high": None, "text": f"{k} people were killed",
                               "span_start": s1, "span_end": s1 + len(f"{k} people were killed")})
                claims.append({**base, "idx": 1, "category": "injured", "victims": None, "low": i_,
                               "best": i_, "high": None, "text": f"{i_} injured",
                               "span_start": s2, "span_end": s2 + len(f"{i_} injured")})
                killed.append(k)
                injured.append(i_)
                links.append({"doc_id": did, "event_id": eid, "source_group": did})
                for c in claims[-2:]:
                    timeline[c["category"]].append({
                        "doc_id": did, "source_group": did, "site": docs[-1]["site"], "published": start.isoformat(),
                        "as_of": c["as_of"], "attribution": who, "side": "government" if j % 3 else "other",
                        "subgroup": None, "low": c["low"], "best": c["best"], "high": None, "qualifier": "at least",
                        "negated": False, "text": c["text"], "quote": text.split(", ")[0] + ".",
                        "start": c["span_start"], "end": c["span_end"]})
            figures, detail = {}, {}
            for key, values in (("killed", killed), ("injured", injured)):
                compact = {"low": min(values), "best": max(values), "high": None, "contested": False,
                           "articles": n_docs, "sources": n_docs}
                figures[key] = compact
                line = timeline[key]
                detail[key] = {"key": key, "category": key, "subgroup": None, **compact,
                               "sides": [{"side": "government", "low": compact["low"], "best": compact["best"],
                                          "high": None, "as_of": line[-1]["as_of"], "attribution": line[-1]["attribution"],
                                          "doc_id": line[-1]["doc_id"], "articles": n_docs, "sources": n_docs}],
                               "timeline": line, "first": line[0], "latest": line[-1]}
            store.add_documents(conn, docs)
            store.add_claims(conn, claims)
            store.save_event(conn, {"id": eid, "date_start": start.isoformat(),
                                    "date_end": (start + timedelta(days=n_docs - 1)).isoformat(),
                                    "title": docs[0]["title"], "location": town, "country": country,
                                    "country_code": code, "latitude": None, "longitude": None,
                                    "articles": n_docs, "independent_sources": n_docs,
                                    "contested": rnd.random() < 0.05, "figures": json.dumps(figures),
                                    "detail": json.dumps(detail), "state": None})
            store.link_documents(conn, links)
    store.close()
    return ids


def load(base: str, paths: list[str], clients: int) -> dict[str, float]:
    """Send every path once, from ``clients`` keep-alive connections; latencies and errors."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    queue = iter(paths)
    host = urlsplit(base)

    def worker() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
        try:
            while True:
                with lock:
                    path = next(queue, None)
                if path is None:
                    return
                t = time.perf_counter()
                try:
                    conn.request("GET", path)
                    answer = conn.getresponse()
                    answer.read()
                    ok = answer.status == 200
                except (OSError, http.client.HTTPException):
                    ok = False
                    conn.close()
                    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
                dt = time.perf_counter() - t
                with lock:
                    latencies.append(dt)
                    errors += not ok
        finally:
            conn.close()

    start = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    latencies.sort()
    return {"requests": len(latencies), "rps": len(latencies) / wall,
            "median_ms": statistics.median(latencies) * 1000,
            "p95_ms": latencies[int(0.95 * (len(latencies) - 1))] * 1000, "errors": errors}


def _cursor_pages(base: str, paths: list[str]) -> list[str]:
    """For each list query, the address of its next page by cursor (asked once, before timing)."""
    out = []
    host = urlsplit(base)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    for path in paths:
        conn.request("GET", path)
        page = json.loads(conn.getresponse().read())
        out.append(path.split("&offset=")[0] + ("&cursor=" + page["next_cursor"] if page["next_cursor"] else ""))
    conn.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=2_000, help="requests per endpoint")
    ap.add_argument("--clients", type=int, default=4, help="concurrent keep-alive connections")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="server processes (default: one per core)")
    ap.add_argument("--db", help="use (or first build) this database instead of a temporary one")
    args = ap.parse_args()
    rnd = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "web.db")
        t = time.perf_counter()
        if args.db and Path(args.db).exists():
            ids = [f"{i:016x}" for i in range(args.events)]
        else:
            ids = build(db, args.events)
            print(f"web: {args.events:,} generated events written in {time.perf_counter() - t:.1f}s")
        with running_server(db, ["--workers", str(args.workers)]) as server:
            base = server.base
            countries = [c for _n, c, _t in COUNTRIES]
            sorts = ["date", "killed", "sources"]
            listed = [f"/api/events?country={rnd.choice(countries)}&category=killed&min_figure={rnd.randint(0, 40)}"
                      f"&sort={rnd.choice(sorts)}&limit=50&offset={rnd.choice([0, 50, 100, 200])}"
                      for _ in range(args.requests)]
            cases = {
                "/api/events (filtered, paged)": listed,
                "/api/events (filtered, cursor)": _cursor_pages(base, listed[: max(1, len(listed) // 4)]) * 4,
                "/ (events page, filtered)": [
                    f"/?country={rnd.choice(countries)}&since=2022-0{rnd.randint(1, 9)}-01&sort={rnd.choice(sorts)}"
                    for _ in range(args.requests)],
            }
            sample = rnd.sample(ids, min(len(ids), args.requests + args.requests // 20))
            cases["/events/ID (event page)"] = [f"/events/{i}" for i in sample[: args.requests]]
            warm = {name: paths[: max(1, len(paths) // 20)] for name, paths in cases.items()}
            warm["/events/ID (event page)"] = [f"/events/{i}" for i in sample[args.requests:]] or ["/events/" + ids[0]]
            print(f"web: {args.workers} server process(es), {args.clients} clients; "
                  f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
            for name, paths in cases.items():
                load(base, warm[name], args.clients)  # warm up (other events: none is cached yet)
                cpu = cpu_seconds(server.pid)
                r = load(base, paths, args.clients)
                cpu = (cpu_seconds(server.pid) - cpu) / max(1, r["requests"]) * 1000
                print(f"web: {name:32} {r['requests']:,} requests  {r['rps']:7.0f} req/s  "
                      f"median {r['median_ms']:5.1f} ms  p95 {r['p95_ms']:5.1f} ms  errors {r['errors']}  "
                      f"server CPU {cpu:4.1f} ms/request  (load average {os.getloadavg()[0]:.2f})")


if __name__ == "__main__":
    main()
