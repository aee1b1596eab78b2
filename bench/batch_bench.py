"""Batch and multi-core ingest benchmark: speed-up with workers, growth with size, memory per worker.

    python bench/batch_bench.py              # 50,000 reports (and 5,000 for the growth figures)
    python bench/batch_bench.py -n 5000      # a quicker run (and 500)

Generates reports as bench/ledger_bench.py does (incidents told by several sites, wire copies),
then times, each in a fresh process:
  batch   N reports with 1 Dask worker, with 2 workers, and N/10 with 2 workers;
  ingest  N reports (JSON lines, extraction included) with 1 process, with 2 (extraction,
          features and figures in worker processes, one writer), and N/10 with 2;
  ingest  of the batch's Parquet output, with 2 processes.
Peak memory is the largest peak RSS of one Dask worker (batch) and of the writing process
(ingest). The machine's load average is printed with every figure: on a shared machine, other
users' work slows the runs with two workers most.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def _cpu() -> dict:
    """CPU seconds of this process and of its finished children (worker processes): what a run
    costs whatever else the machine is doing."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu_s": round(me.ru_utime + me.ru_stime, 1), "workers_cpu_s": round(kids.ru_utime + kids.ru_stime, 1)}


def _load() -> str:
    return "load %.2f %.2f %.2f" % os.getloadavg()


def run_batch_one(corpus: str, out: str, workers: int) -> dict:
    from newstally.batch import BatchSettings, run_batch

    r = run_batch([corpus], out, workers=workers, settings=BatchSettings(partition_bytes=1 << 20))
    assert not r.lost and not r.failed, r.errors[:3]
    return {"reports": r.reports, "seconds": r.seconds, "partitions": r.partitions,
            "worker_peak_rss_mb": r.peak_rss_mb, **_cpu()}


def run_ingest_one(source: str, db: str, workers: int) -> dict:
    from newstally.ledger import ingest
    from newstally.store import open_store

    t0 = time.perf_counter()
    with open_store(db) as store:
        r = ingest(store, [source], batch_size=1000, workers=workers)
        events = store.counts()["events"]
    seconds = time.perf_counter() - t0
    assert not r.failed, r.errors[:3]
    return {"reports": r.added, "events": events, "seconds": round(seconds, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1), **_cpu()}


def place_index_open() -> dict:
    """What a fresh worker process pays to open the place index and look up its first place."""
    t0 = time.perf_counter()
    from newstally.places import place_record
    from newstally.places.gazetteer import connect

    t1 = time.perf_counter()
    connect()
    t2 = time.perf_counter()
    place_record("At least 5 people were killed in Kherson on Monday.")
    t3 = time.perf_counter()
    return {"import_s": round(t1 - t0, 3), "open_s": round(t2 - t1, 4), "first_lookup_s": round(t3 - t2, 3)}


def _child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=50_000, help="reports (default 50,000); growth is measured from n/10")
    ap.add_argument("--ingest-n", type=int, default=None,
                    help="reports for the ingest runs (default: n; ingest is several times slower than batch)")
    ap.add_argument("--skip-ingest", action="store_true", help="time batch only")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        kind, *rest = a.child
        if kind == "batch":
            print(json.dumps(run_batch_one(rest[0], rest[1], int(rest[2]))))
        elif kind == "ingest":
            print(json.dumps(run_ingest_one(rest[0], rest[1], int(rest[2]))))
        else:
            print(json.dumps(place_index_open()))
        return
    sys.path.insert(0, HERE)
    from ledger_bench import generate

    n, small = a.n, a.n // 10
    print(f"cores: {os.cpu_count()}; {_load()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="newstally-batch-bench-") as tmp:
        corpus, corpus_small = os.path.join(tmp, f"r{n}.jsonl"), os.path.join(tmp, f"r{small}.jsonl")
        generate(corpus, n)
        generate(corpus_small, small)
        print(f"corpus: {n:,} reports, {os.path.getsize(corpus) / 1e6:.1f} MB", flush=True)
        print(f"place index in a fresh process: {_child('places')}", flush=True)

        def batch(src: str, workers: int, tag: str) -> dict:
            before = _load()
            r = _child("batch", src, os.path.join(tmp, f"out-{tag}"), str(workers))
            print(f"batch  {r['reports']:>7,} reports, {workers} worker(s): {r['seconds']:7.1f} s "
                  f"{r['reports'] / r['seconds']:7.1f} reports/s  {r['partitions']} partitions  worker peak RSS "
                  f"{r['worker_peak_rss_mb']:.0f} MB  CPU {r['cpu_s'] + r['workers_cpu_s']:.0f} s "
                  f"({before}; after: {_load()})", flush=True)
            return r

        b1 = batch(corpus, 1, "1")
        b2 = batch(corpus, 2, "2")
        bs = batch(corpus_small, 2, "small")
        print(f"batch: 2 workers vs 1: {b1['seconds'] / b2['seconds']:.2f}x faster; {n / small:.0f}x the reports "
              f"took {b2['seconds'] / bs['seconds']:.2f}x the time; worker peak RSS "
              f"{bs['worker_peak_rss_mb']:.0f} -> {b2['worker_peak_rss_mb']:.0f} MB", flush=True)
        if a.skip_ingest:
            return

        m = a.ingest_n or n
        if m != n:
            corpus, corpus_small = os.path.join(tmp, f"i{m}.jsonl"), os.path.join(tmp, f"i{m // 10}.jsonl")
            generate(corpus, m)
            generate(corpus_small, m // 10)
            n, small = m, m // 10

        def ingest(src: str, workers: int, tag: str) -> dict:
            before = _load()
            r = _child("ingest", src, os.path.join(tmp, f"{tag}.db"), str(workers))
            print(f"ingest {r['reports']:>7,} reports, {workers} process(es){' (Parquet)' if 'out' in src else ''}: "
                  f"{r['seconds']:7.1f} s {r['reports'] / r['seconds']:7.1f} reports/s  {r['events']:,} events  "
                  f"peak RSS {r['peak_rss_mb']:.0f} MB  CPU writer {r['cpu_s']:.0f} s, workers {r['workers_cpu_s']:.0f} s "
                  f"({before}; after: {_load()})", flush=True)
            return r

        i2 = ingest(corpus, 2, "i2")
        i1 = ingest(corpus, 1, "i1")
        is_ = ingest(corpus_small, 2, "ismall")
        ip = ingest(os.path.join(tmp, "out-2"), 2, "iparquet") if m == a.n else None
        print(f"ingest: 2 processes vs 1: {i1['seconds'] / i2['seconds']:.2f}x faster; {n / small:.0f}x the reports "
              f"took {i2['seconds'] / is_['seconds']:.2f}x the time; peak RSS {is_['peak_rss_mb']:.0f} -> "
              f"{i2['peak_rss_mb']:.0f} MB; same events: {i1['events'] == i2['events'] == (ip or i1)['events']}",
              flush=True)


if __name__ == "__main__":
    main()
