"""Web benchmark: a bounded loopback load test of `newstally serve` on a ledger of generated events.

    python bench/web_bench.py                      # 10,000 events, 2,000 requests per endpoint
    python bench/web_bench.py --events 2000 --requests 300 --clients 4

Events are written straight into a temporary SQLite database (no extraction: this measures the
server, not the pipeline), each with 1-4 reports and 1-3 figures per report. The real command is
started on a free 127.0.0.1 port; a fixed number of requests is sent by a few keep-alive clients
per endpoint, then everything stops. Prints requests/s, median and p95 latency, and errors for:
a filtered, paged `/api/events`, the events page `/`, and an event page `/events/ID`.
"""
from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

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
                links.append({"doc_id": did, "event_id": eid, "source_group": did})
            best = max(killed)
            figures = {"killed": {"low": min(killed), "best": best, "high": None, "contested": False,
                                  "articles": n_docs, "sources": n_docs}}
            store.add_documents(conn, docs)
            store.add_claims(conn, claims)
            store.save_event(conn, {"id": eid, "date_start": start.isoformat(),
                                    "date_end": (start + timedelta(days=n_docs - 1)).isoformat(),
                                    "title": docs[0]["title"], "location": town, "country": country,
                                    "country_code": code, "latitude": None, "longitude": None,
                                    "articles": n_docs, "independent_sources": n_docs,
                                    "contested": rnd.random() < 0.05, "figures": json.dumps(figures),
                                    "state": None})
            store.link_documents(conn, links)
    store.close()
    return ids


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load(base: str, paths: list[str], clients: int) -> dict[str, float]:
    """Send every path once, from ``clients`` keep-alive connections; latencies and errors."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    queue = iter(paths)

    def worker() -> None:
        nonlocal errors
        with httpx.Client(base_url=base, timeout=10) as client:
            while True:
                with lock:
                    path = next(queue, None)
                if path is None:
                    return
                t = time.perf_counter()
                try:
                    ok = client.get(path).status_code == 200
                except httpx.HTTPError:
                    ok = False
                dt = time.perf_counter() - t
                with lock:
                    latencies.append(dt)
                    errors += not ok

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=2_000, help="requests per endpoint")
    ap.add_argument("--clients", type=int, default=4, help="concurrent keep-alive connections")
    args = ap.parse_args()
    rnd = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "web.db")
        t = time.perf_counter()
        ids = build(db, args.events)
        print(f"web: {args.events:,} generated events written in {time.perf_counter() - t:.1f}s")
        port = _free_port()
        exe = Path(sys.executable).with_name("newstally")
        proc = subprocess.Popen([str(exe), "serve", "--db", db, "--port", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    httpx.get(base + "/api/health", timeout=1)
                    break
                except httpx.TransportError:
                    if proc.poll() is not None:
                        sys.exit(proc.stderr.read())
                    time.sleep(0.1)
            countries = [c for _n, c, _t in COUNTRIES]
            sorts = ["date", "killed", "sources"]
            cases = {
                "/api/events (filtered, paged)": [
                    f"/api/events?country={rnd.choice(countries)}&category=killed&min_figure={rnd.randint(0, 40)}"
                    f"&sort={rnd.choice(sorts)}&limit=50&offset={rnd.choice([0, 50, 100, 200])}"
                    for _ in range(args.requests)],
                "/ (events page, filtered)": [
                    f"/?country={rnd.choice(countries)}&since=2022-0{rnd.randint(1, 9)}-01&sort={rnd.choice(sorts)}"
                    for _ in range(args.requests)],
                "/events/ID (event page)": [f"/events/{rnd.choice(ids)}" for _ in range(args.requests)],
            }
            for name, paths in cases.items():
                load(base, paths[: max(1, len(paths) // 20)], args.clients)  # warm up
                r = load(base, paths, args.clients)
                print(f"web: {name:32} {r['requests']:,} requests  {r['rps']:7.0f} req/s  "
                      f"median {r['median_ms']:5.1f} ms  p95 {r['p95_ms']:5.1f} ms  errors {r['errors']}")
        finally:
            proc.terminate()
            proc.wait(10)


if __name__ == "__main__":
    main()
