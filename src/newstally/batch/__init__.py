"""Batch runs on Dask: archives of reports in, partitioned Parquet datasets out.

    >>> from newstally.batch import run_batch
    >>> report = run_batch(["crawl/"], "out/", workers=4)   # doctest: +SKIP
    >>> report.reports, report.partitions                   # doctest: +SKIP

The inputs are cut into partitions (:func:`plan_partitions`): byte ranges of JSON lines files,
whole WARC or gzipped files, groups of small files. Each partition is one Dask task that reads,
cleans, detects the language, extracts claims and finds the main place of every report, and
writes ``out/documents/part-<id>.parquet`` and ``out/claims/part-<id>.parquet``, then its
manifest ``out/_manifest/part-<id>.json``. A partition with a manifest is complete: a second run
skips it, so a run stopped or a worker lost is finished by running the same command again.
:func:`~newstally.ledger.ingest` reads such a folder (:func:`read_dataset`) without extracting
again. The layout is described in docs/batch.md.
"""
from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import NewstallyError, failure_counter
from .dataset import done_partitions, is_dataset, read_dataset
from .partitions import Partition, plan_partitions
from .work import CLAIM_COLUMNS, DOCUMENT_COLUMNS, run_partition

__all__ = ["BatchReport", "BatchSettings", "CLAIM_COLUMNS", "DOCUMENT_COLUMNS", "Partition", "done_partitions",
           "is_dataset", "plan_partitions", "read_dataset", "run_batch", "run_partition"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BatchSettings:
    """How a batch run cuts and schedules its work (defaults suit a laptop and a cluster)."""

    partition_bytes: int = 16 << 20  # JSON lines files are split into ranges of this size
    group_files: int = 500  # small files (.txt, .html) of a folder per partition, at most
    retries: int = 2  # a partition whose task raised is tried this many more times
    dashboard_address: str = ":0"  # the local cluster's dashboard; :0 takes a free port
    processes: bool = True  # local workers as processes (False: threads of this process, for tests)
    memory_limit: str | None = "auto"  # per local worker; Dask restarts one that goes past it


@dataclass
class BatchReport:
    """What one batch run did."""

    partitions: int = 0  # partitions of the inputs
    done: int = 0  # written by this run
    skipped: int = 0  # complete from an earlier run
    lost: int = 0  # partitions that failed (their workers died or their task raised): re-run to finish
    reports: int = 0  # reports written by this run
    claims: int = 0
    failed: int = 0  # inputs or reports that could not be read or extracted
    unsupported: int = 0  # reports in languages without a lexicon (written, without figures)
    seconds: float = 0.0
    workers: int = 0
    peak_rss_mb: float = 0.0  # the largest peak resident memory of a worker
    dashboard: str | None = None
    errors: list[str] = field(default_factory=list)  # the first 1000 one-line errors

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "errors"}


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _dashboard_ready() -> bool:
    import importlib.util

    return importlib.util.find_spec("bokeh") is not None


def run_batch(inputs: Iterable[str], out: str | os.PathLike[str], *, workers: int | None = None,
              scheduler: str | None = None, settings: BatchSettings | None = None, progress: bool = False,
              on_error: Callable[[str], None] | None = None,
              on_start: Callable[[BatchReport], None] | None = None) -> BatchReport:
    """Extract every report of ``inputs`` (files and folders) into the Parquet dataset ``out``.

    Runs on a Dask ``LocalCluster`` of ``workers`` processes (default: one per core), or on the
    cluster whose scheduler is at ``scheduler`` (``tcp://host:8786``; its workers must see the
    inputs and ``out`` under the same paths and have newstally installed). ``on_start`` is
    called once the cluster is up (``report.dashboard`` is its dashboard address); ``progress``
    shows a bar on stderr with the partitions, bytes and reports done of the totals.
    """
    settings = settings or BatchSettings()
    report = BatchReport()
    fail = failure_counter(report, on_error)

    t0 = time.perf_counter()
    parts, errors = plan_partitions(inputs, settings.partition_bytes, settings.group_files)
    for e in errors:
        fail(str(e))
    out = Path(out).absolute()
    try:
        for sub in ("documents", "claims", "_manifest"):
            (out / sub).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NewstallyError(f"cannot write {out}: {exc.strerror or exc}") from exc
    done = set(done_partitions(out))
    todo = [p for p in parts if p.id not in done]
    report.partitions, report.skipped = len(parts), len(parts) - len(todo)
    if todo:
        if not scheduler:  # build the place index once here, not in every worker at once
            from ..places.gazetteer import connect

            connect()
        _run(todo, str(out), workers, scheduler, settings, report, fail, progress, on_start)
    report.seconds = round(time.perf_counter() - t0, 3)
    return report


def _run(todo: list[Partition], out: str, workers: int | None, scheduler: str | None, settings: BatchSettings,
         report: BatchReport, fail: Callable[[str], None], progress: bool,
         on_start: Callable[[BatchReport], None] | None) -> None:
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            n = workers or _cores()
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=settings.processes,
                                   # without bokeh the scheduler still serves /metrics and /health: on a free port,
                                   # not on 8787, which another Dask on this machine may hold
                                   dashboard_address=(settings.dashboard_address or ":0") if _dashboard_ready() else ":0",
                                   memory_limit=settings.memory_limit, silence_logs=logging.ERROR)
            client = Client(cluster)
    except OSError as exc:
        if cluster is not None:
            cluster.close()
        raise NewstallyError(f"cannot start or reach the Dask cluster: {exc}") from exc
    bar = None
    try:
        report.workers = len(client.scheduler_info(n_workers=-1).get("workers", {})) or (workers or 0)
        report.dashboard = client.dashboard_link if (scheduler or _dashboard_ready()) else None
        if on_start:
            on_start(report)
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=sum(p.size for p in todo), unit="B", unit_scale=True, desc="batch", disable=None,
                       file=sys.stderr, leave=False)
        futures = client.map(run_partition, todo, out=out, key=[f"newstally-partition-{p.id}" for p in todo],
                             retries=settings.retries, pure=False)
        size = {f.key: p for f, p in zip(futures, todo)}
        for fut in as_completed(futures):
            part = size[fut.key]
            try:
                stats = fut.result()
            except Exception as exc:  # noqa: BLE001 - a lost partition is re-done by the next run
                report.lost += 1
                fail(f"{part.label}: partition not written ({exc.__class__.__name__}: {exc}); "
                     "run the same command again to finish it")
            else:
                # (a partition of ``todo`` that comes back complete was written in this run by a
                # worker lost before it reported, and done again by the scheduler: its manifest's
                # figures are this run's)
                report.done += 1
                report.reports += stats["reports"]
                report.claims += stats["claims"]
                report.unsupported += stats["unsupported"]
                report.peak_rss_mb = max(report.peak_rss_mb, stats.get("peak_rss_mb", 0.0))
                for message in stats["errors"]:
                    fail(message)
                report.failed += stats["failed"] - len(stats["errors"])  # those past the first 100
            fut.release()
            if bar is not None:
                bar.update(part.size)
                bar.set_postfix_str(f"{report.done + report.skipped}/{report.partitions} partitions, "
                                    f"{report.reports:,} reports", refresh=False)
    finally:
        if bar is not None:
            bar.close()
        client.close()
        if cluster is not None:
            cluster.close()
