"""The batch command: archives in, Parquet out, on Dask (and into the ledger with --db)."""
from __future__ import annotations

import sys

import click

from ..errors import NewstallyError
from .ledger import _DB_HELP, _store


def register(group: click.Group) -> None:
    group.add_command(batch)


def _size(value: str) -> int:
    """'16MB', '512KB', '1GB' or a number of bytes."""
    text = value.strip().upper().removesuffix("B")
    scale = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(text[-1:], 1)
    try:
        n = int(float(text[:-1] if scale > 1 else text) * scale)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a size like 16MB", param_hint="'--partition-size'") from None
    if n < 1024:
        raise click.BadParameter("must be at least 1KB", param_hint="'--partition-size'")
    return n


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", required=True, metavar="DIR",
              help="Folder of the Parquet datasets (documents/, claims/) and of the partitions' manifests.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes of the local Dask cluster. Default: one per core.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run on this Dask cluster instead (tcp://host:8786); its workers must see INPUT and DIR "
                   "under the same paths.")
@click.option("--partition-size", "partition_size", default="16MB", show_default=True, metavar="SIZE",
              help="JSON lines files are split into partitions of this size.")
@click.option("--db", "db", default=None, metavar="DB", help="Then load DIR into this database. " + _DB_HELP)
def batch(inputs: tuple[str, ...], out: str, workers: int | None, scheduler: str | None, partition_size: str,
          db: str | None) -> None:
    """Extract claims from archives on Dask, into Parquet (then into the ledger with --db).

    INPUT are WARC files, JSON lines files (split into partitions of --partition-size), folders
    of reports, as for `extract`. Each partition is read, cleaned, its language detected, its
    claims extracted and its main place found, and written to DIR/documents/ and DIR/claims/
    (pandas, DuckDB or Spark read them directly; docs/batch.md lists the columns). A partition
    already written is skipped, so a run that stopped is finished by running it again.
    `newstally ingest DIR` loads DIR into the ledger.

    \b
    Examples:
      newstally batch crawl/*.warc.gz --out out/
      newstally batch reports.jsonl --out out/ --workers 2 --db ledger.db
      newstally batch /shared/crawl/ --out /shared/out/ --scheduler tcp://10.0.0.5:8786
    """
    from ..batch import BatchSettings, run_batch
    from ..read.safe import printable, redact

    if workers and scheduler:
        raise click.UsageError("--workers is for the local cluster: give --workers or --scheduler, not both")
    settings = BatchSettings(partition_bytes=_size(partition_size))
    import logging

    import distributed  # noqa: F401 - importing it sets its loggers' levels: set them after

    # Dask logs every worker's start and stop at INFO: shown with -v, as newstally's own
    level = max(logging.getLogger().getEffectiveLevel(), logging.INFO)
    for name in list(logging.root.manager.loggerDict):
        if name == "distributed" or name.startswith("distributed."):
            logging.getLogger(name).setLevel(level)

    def started(report: object) -> None:
        where = f"Dask cluster {scheduler}" if scheduler else f"local Dask cluster, {report.workers} worker(s)"  # type: ignore[attr-defined]
        dash = report.dashboard  # type: ignore[attr-defined]
        click.echo(f"{where}; dashboard: {dash}" if dash else
                   f"{where}; for its dashboard: pip install 'newstally[dashboard]'", err=True)

    try:
        report = run_batch(inputs, out, workers=workers, scheduler=scheduler, settings=settings, progress=True,
                           on_error=lambda msg: click.echo(f"error: {printable(redact(msg))}", err=True),
                           on_start=started)
    except NewstallyError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo("interrupted: the partitions written are kept; run the same command again to do the rest.",
                   err=True)
        sys.exit(130)
    click.echo(f"{report.partitions} partition(s): {report.done} written, {report.skipped} already done"
               + (f", {report.lost} lost (run again)" if report.lost else "")
               + f"; {report.reports:,} report(s), {report.claims:,} claim(s) in {report.seconds:.1f} s", err=True)
    if report.unsupported:
        click.echo(f"{report.unsupported} report(s) in languages without a lexicon written without figures", err=True)
    if db is not None and not report.lost:
        from ..ledger import _cpu_count, ingest

        with _store(db) as store:
            r = ingest(store, [out], progress=True, workers=workers or _cpu_count(),
                       on_error=lambda msg: click.echo(f"error: {printable(redact(msg))}", err=True))
        click.echo(f"ledger: {r.added} report(s) added, {r.skipped} already stored, "
                   f"{r.new_events} new event(s), {r.updated_events} updated", err=True)
    if report.failed or report.lost:
        click.echo(f"{report.failed} input(s) failed", err=True)
        sys.exit(1)
