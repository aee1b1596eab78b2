#!/usr/bin/env python3
"""One-report ingest: the time `newstally ingest REPORT --db NEW.db` takes, start to finish.

    python bench/ingest_one_bench.py          # 5 runs after one warm-up run
    python bench/ingest_one_bench.py -n 9

What a user waits for when adding one report to a new database: starting Python, importing
newstally, opening the place index, reading, extracting, clustering and writing. The warm-up
run builds the caches a first use builds once (the place index, the word frequencies) in the
user's cache folder; the runs after it are timed. Prints the median wall time and CPU time
(user + system) of the runs and the machine's load average: on a shared machine, wall time
grows with the load, CPU time much less.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPORT = """Gunmen kill three at market in Springfield, Illinois

SPRINGFIELD, Illinois (Wire) - Three people were killed and five others wounded when two gunmen
opened fire at a farmers' market in Springfield on Saturday morning, police said.

The attackers fled in a grey van, which was later found abandoned near Chatham, about 10 miles
south of the city. Police chief Dana Morrow said officers had detained one suspect and were
searching for the second.

Among the wounded were two children, who were taken to a hospital in critical condition, a
hospital spokesman said. The market, which opened in 1998, draws about 4,000 visitors on a
summer weekend.

Share this article
"""


def _command() -> list[str]:
    script = Path(sys.executable).with_name("newstally")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from newstally.cli import main; main()"]


def _run(cmd: list[str], report: Path, db: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one ingest into a new database."""
    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([*cmd, "ingest", str(report), "--db", str(db)], check=True, capture_output=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=5, help="timed runs (default 5)")
    a = ap.parse_args()
    cmd = _command()
    tmp = Path(tempfile.mkdtemp(prefix="newstally-one-"))
    try:
        report = tmp / "report.txt"
        report.write_text(REPORT, encoding="utf-8")
        db = tmp / "one.db"
        _run(cmd, report, db)  # warm-up: builds the caches a first use builds once
        runs = [_run(cmd, report, db) for _ in range(a.n)]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    wall = statistics.median(w for w, _ in runs)
    cpu = statistics.median(c for _, c in runs)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"ingest one report into a new database: median {wall:.2f} s wall, {cpu:.2f} s CPU "
          f"over {a.n} runs (min {min(w for w, _ in runs):.2f} s wall); load average {load}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
