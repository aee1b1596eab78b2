"""Ledger benchmark: ingest + clustering throughput and peak memory on generated reports.

    python bench/ledger_bench.py              # 10,000 and 50,000 reports
    python bench/ledger_bench.py --sizes 2000 # a quick run

Reports are generated into a temporary folder (never committed): incidents in many towns over
three years, each told by 1-8 reports (rewrites with rising figures and wire copies on other
sites). Each size runs in a fresh process and a fresh SQLite database, so the peak resident
memory printed is that run's. Extraction alone is timed on a sample to show where time goes.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta

TOWNS = ("Kabul Kandahar Herat Mosul Baghdad Basra Kirkuk Aleppo Homs Idlib Sanaa Aden Taiz Mogadishu "
         "Kismayo Nairobi Mombasa Goma Bukavu Bunia Maiduguri Kano Kaduna Jos Bamako Gao Timbuktu Niamey "
         "Ouagadougou Khartoum Omdurman Juba Tripoli Benghazi Peshawar Quetta Karachi Lahore Kherson "
         "Kharkiv Odesa Donetsk Mariupol Manila Marawi Cotabato Medellin Cali Tijuana Culiacan").split()
WEAPONS = ("car bomb", "suicide bomber", "roadside bomb", "gunmen", "airstrike", "drone strike", "shelling",
           "rocket attack", "grenade attack", "landslide", "flood", "fire", "building collapse")
PLACES = ("market", "mosque", "checkpoint", "bus station", "school", "hospital", "wedding", "funeral",
          "police station", "army base", "refugee camp", "hotel", "stadium", "church", "bridge")
SAYERS = ("police said", "officials said", "the health ministry said", "a hospital source said",
          "witnesses said", "the army said", "local authorities said", "a rights group said")
SITES = [f"news{i}.example" for i in range(60)]
WIRE = "wire.example"


_SYLLABLES = "ka lo mi ra tu ben sa vo ni de gu ha ze ri po la mu te ko fa".split()


def _name(rng: random.Random) -> str:
    """A made-up proper name: what tells one incident's reports from another's, as in real news."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _incident(rng: random.Random, n: int) -> dict:
    day = date(2021, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    return {"n": n, "town": rng.choice(TOWNS), "weapon": rng.choice(WEAPONS), "place": rng.choice(PLACES),
            "day": day, "killed": rng.randint(1, 60), "leader": f"{_name(rng)} {_name(rng)}",
            "group": f"the {_name(rng)} Brigade", "district": _name(rng)}


def _text(rng: random.Random, inc: dict, k: int) -> tuple[str, str]:
    killed = inc["killed"] + 3 * k
    injured = killed * 2 + rng.randint(0, 9)
    say = rng.choice(SAYERS)
    title = rng.choice([f"{inc['weapon'].capitalize()} kills {killed} at {inc['place']} in {inc['town']}",
                        f"Toll rises to {killed} after {inc['weapon']} in {inc['town']}",
                        f"{inc['town']}: {killed} dead in {inc['place']} {inc['weapon']}"])
    body = (f"At least {killed} people were killed and {injured} injured when a {inc['weapon']} hit a "
            f"{inc['place']} in the {inc['district']} district of {inc['town']} on {inc['day'].strftime('%A')}, {say}. "
            f"{inc['group'].capitalize()}, led by {inc['leader']}, was blamed for the attack. "
            f"Among the dead were {max(1, killed // 3)} civilians. "
            f"Rescue teams searched the rubble of the {inc['place']} until late at night "
            f"and roads around {inc['town']} were closed.")
    if k:
        body += f" Earlier reports had put the toll at {inc['killed'] + 3 * (k - 1)}."
    return title, body


def generate(path: str, size: int, seed: int = 7) -> None:
    """Write ``size`` reports as JSONL, about size/5 incidents, in order of publication."""
    rng = random.Random(seed)
    rows = []
    n = 0
    while len(rows) < size:
        inc = _incident(rng, n)
        n += 1
        for k in range(rng.randint(1, 8)):
            title, text = _text(rng, inc, k)
            pub = inc["day"] + timedelta(days=k // 3)
            rows.append({"id": f"r{len(rows):06d}", "title": title, "text": text, "source": rng.choice(SITES),
                         "published": pub.isoformat()})
            if rng.random() < 0.25 and len(rows) < size:  # a wire copy on another site
                rows.append({**rows[-1], "id": f"r{len(rows):06d}", "source": WIRE})
    rows = rows[:size]
    rows.sort(key=lambda r: r["published"])
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")


def run_one(corpus: str, db: str) -> dict:
    """Ingest ``corpus`` into a fresh ``db`` in this process; return the figures."""
    from newstally.ledger import ingest
    from newstally.store import open_store

    t0 = time.perf_counter()
    with open_store(db) as store:
        report = ingest(store, [corpus], batch_size=1000)
        events = store.counts()["events"]
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"reports": report.added, "failed": report.failed, "events": events, "seconds": round(seconds, 1),
            "reports_per_s": round(report.added / seconds, 1), "peak_rss_mb": round(peak_mb, 1),
            "db_mb": round(os.path.getsize(db) / 2**20, 1)}


def extraction_rate(corpus: str, n: int = 3000) -> float:
    from newstally.extract import extract_claims
    from newstally.read import read_sources

    docs = [d for _, d in zip(range(n), read_sources([corpus]))]
    t0 = time.perf_counter()
    for d in docs:
        extract_claims(d)
    return len(docs) / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    ap.add_argument("--one", nargs=2, metavar=("CORPUS", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(*args.one)))
        return
    with tempfile.TemporaryDirectory(prefix="newstally-bench-") as tmp:
        results = []
        for size in args.sizes:
            corpus = os.path.join(tmp, f"reports-{size}.jsonl")
            generate(corpus, size)
            out = subprocess.run([sys.executable, __file__, "--one", corpus, os.path.join(tmp, f"{size}.db")],
                                 check=True, capture_output=True, text=True)
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
            r = results[-1]
            print(f"ingest {size:>7,} reports: {r['seconds']:>7.1f} s  {r['reports_per_s']:>7.1f} reports/s  "
                  f"{r['events']:>6,} events  peak RSS {r['peak_rss_mb']:>6.1f} MB  db {r['db_mb']} MB  "
                  f"failed {r['failed']}", flush=True)
        rate = extraction_rate(os.path.join(tmp, f"reports-{args.sizes[0]}.jsonl"))
        print(f"extraction alone: {rate:,.0f} reports/s (one core)")
        if len(results) > 1:
            a, b = results[0], results[-1]
            print(f"cost ratio {b['seconds'] / a['seconds']:.2f} for {b['reports'] / a['reports']:.1f}x the reports; "
                  f"memory ratio {b['peak_rss_mb'] / a['peak_rss_mb']:.2f}")


if __name__ == "__main__":
    main()
