#!/usr/bin/env python3
"""One-report ingest: the time `newstally ingest REPORT --db NEW.db` takes, start to finish.

    python bench/ingest_one_bench.py          # 7 runs after one warm-up run
    python bench/ingest_one_bench.py -n 9

What a user waits for when adding one report to a new database: starting Python, importing
newstally, opening the place index, reading, extracting, clustering and writing. The warm-up
run builds the caches a first use builds once (the place index, the word frequencies) in the
user's cache folder; the runs after it are timed. Prints the median wall time, CPU time
(user + system) and peak memory (resident set) of the runs and the machine's load average: on
a shared machine, wall time grows with the load, CPU time much less. Python's compiled
bytecode is written on the warm-up run even when PYTHONDONTWRITEBYTECODE is set, as a user's
installation has it.
"""
from __future__ import annotations

import argparse
import os
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


def _run(cmd: list[str], report: Path, db: Path) -> tuple[float, float, float]:
    """Wall and CPU seconds and peak resident megabytes of one ingest into a new database."""
    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    t = time.perf_counter()
    proc = subprocess.Popen([*cmd, "ingest", str(report), "--db", str(db)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read() if proc.stderr else b""
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"ingest failed ({proc.returncode}): {err.decode(errors='replace')[-500:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=7, help="timed runs (default 7)")
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
    wall = statistics.median(w for w, _, _ in runs)
    cpu = statistics.median(c for _, c, _ in runs)
    rss = statistics.median(m for _, _, m in runs)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"ingest one report into a new database: median {wall:.2f} s wall, {cpu:.2f} s CPU, "
          f"{rss:.0f} MB peak over {a.n} runs (min {min(w for w, _, _ in runs):.2f} s wall); load average {load}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
