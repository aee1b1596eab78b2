#!/usr/bin/env python3
"""Extraction throughput and peak memory on generated reports.

    python bench/bench.py            # 5,000 reports
    python bench/bench.py -n 20000

Generates plain-text reports in the style of scraped news (headline, dateline, casualty
paragraphs, background paragraphs full of non-casualty numbers, junk lines), writes them to a
temporary JSONL file, then times reading + cleaning + extraction + the per-report summary on one
core, the way `newstally extract FILE --summary` runs. Prints reports/s and peak memory (RSS).
Other benchmarks (one-report ingest, WARC reading, the ledger, the place index, the web server,
batch runs, event search) run after it when
their scripts are present.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = ["Stepanakert", "Kunduz", "Maiduguri", "Mogadishu", "Aleppo", "Tillaberi", "Marib", "Goma",
          "Bamenda", "Culiacan", "Kherson", "Khan Younis", "Tripoli", "Mosul", "Bossaso", "Kidal"]
ACTORS = ["government forces", "rebel fighters", "unidentified gunmen", "the army", "militants",
          "a suicide bomber", "armed bandits", "security forces"]
SOURCES = ["the health ministry", "local officials", "a police spokesman", "the regional governor",
           "a rights group", "hospital sources", "the UN office"]
LEADS = [
    "At least {k} people were killed and {i} others wounded when {a} attacked {p} on {d}, {s} said.",
    "{a} killed {k} civilians, including {c} children, in {p}, according to {s}.",
    "The death toll from the attack in {p} rose to {k} on {d}, {s} said, with {i} people injured.",
    "Nearly {k} people have died and more than {i} were injured in fighting around {p}.",
    "{k} soldiers and {c} civilians were killed in an ambush near {p}, {s} reported.",
    "No one was killed when a bomb exploded near a market in {p} on {d}, {s} said.",
    "Police arrested {c} suspects after {k} people were kidnapped from a village near {p}.",
    "More than {e} people have been evacuated from {p} as the fighting spread, {s} said.",
]
BACKGROUND = [
    "The region, home to about {pop} residents, has seen repeated clashes since {y}.",
    "Troops seized some {pos} positions in less than 24 hours, the ministry said.",
    "The {y} ceasefire collapsed after {n} years of negotiations.",
    "A {age}-year-old man was detained for questioning and later released.",
    "The convoy of {veh} vehicles reached the town at 07:45 on Tuesday.",
    "Aid agencies said {pct}% of the population needed food assistance.",
    "Officials warned that the fighting could displace thousands more.",
]
JUNK = ["Share this article", "Leave a Reply", "Your email address will not be published.",
        "See also  Talks resume in Geneva", "Back to top", "(Photo: Reuters)", "Read more: Markets fall"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def make_report(rng: random.Random, i: int) -> dict:
    p = rng.choice(PLACES)
    vals = dict(k=rng.randint(2, 300), i=rng.randint(3, 500), c=rng.randint(1, 20), e=rng.randint(100, 50000),
                a=rng.choice(ACTORS), s=rng.choice(SOURCES), p=p, d=rng.choice(DAYS),
                pop=f"{rng.randint(10, 900) * 1000:,}", y=rng.randint(1995, 2022), pos=rng.randint(5, 200),
                n=rng.randint(2, 9), age=rng.randint(17, 70), veh=rng.randint(3, 60), pct=rng.randint(5, 90))
    paras = [rng.choice(LEADS).format(**vals).capitalize() for _ in range(rng.randint(1, 3))]
    paras += [rng.choice(BACKGROUND).format(**vals) for _ in range(rng.randint(3, 8))]
    rng.shuffle(paras)
    title = f"Violence in {p}: {vals['k']} dead"
    text = "\n\n".join([title, *paras, *rng.sample(JUNK, 3)])
    return {"id": f"r{i}", "text": text, "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_extract(n: int, seed: int = 7) -> None:
    from newstally.extract import extract_claims, summarize
    from newstally.read.jsonl import read_jsonl_file

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reports.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for i in range(n):
                f.write(json.dumps(make_report(rng, i)) + "\n")
        size = path.stat().st_size
        rss0 = peak_rss_mb()
        t0 = time.perf_counter()
        docs = claims = 0
        for doc in read_jsonl_file(path):
            cs = extract_claims(doc)
            summarize(doc, cs)
            docs += 1
            claims += len(cs)
        dt = time.perf_counter() - t0
    print(f"extract: {docs:,} reports ({size / 1e6:.1f} MB, {claims:,} claims) in {dt:.1f} s "
          f"= {docs / dt:,.0f} reports/s on one core; peak RSS {peak_rss_mb():.0f} MB "
          f"(before the run {rss0:.0f} MB)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=5000, help="reports to generate (default 5000)")
    ap.add_argument("--only-extract", action="store_true", help="skip the other benchmarks")
    a = ap.parse_args()
    bench_extract(a.n)
    if not a.only_extract:
        here = Path(__file__).parent
        for script in ("ingest_one_bench.py", "warc_bench.py", "ledger_bench.py", "places_bench.py", "web_bench.py",
                       "batch_bench.py", "search_bench.py"):
            if (here / script).exists():
                print(f"\n== {script} ==", flush=True)
                subprocess.call([sys.executable, str(here / script)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
