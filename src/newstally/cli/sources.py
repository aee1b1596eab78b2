"""Source commands: watch."""
from __future__ import annotations

import sys

import click

from ..errors import NewstallyError
from .ledger import _db_option, _store


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    group.add_command(watch)


def _duration(_ctx: click.Context, _param: click.Parameter, value: str) -> float:
    from ..watch import parse_duration

    try:
        return parse_duration(value)
    except NewstallyError as exc:
        raise click.BadParameter(str(exc)) from exc


@click.command()
@click.argument("sources", nargs=-1, required=True)
@_db_option
@click.option("--every", default="5m", show_default=True, callback=_duration,
              help="Time between polls: 30s, 5m, 1h, 1h30m.")
@click.option("--max-cycles", type=click.IntRange(min=1), default=None,
              help="Stop after this many polls (default: run until Ctrl-C).")
def watch(sources: tuple[str, ...], db: str | None, every: float, max_cycles: int | None) -> None:
    """Poll RSS/Atom feeds and pages, and keep the ledger up to date.

    Each poll uses conditional requests (ETag / Last-Modified), ingests only items not seen
    before, updates events and figures, and logs one line: new items, new claims, events
    changed, failures. A feed that is down or broken is reported and tried again next time.
    Ctrl-C stops cleanly; everything committed stays (exit code 130). With --max-cycles the
    exit code is 1 when any poll failed. SOURCES are http(s):// URLs; for files use `ingest`.

    \b
    Examples:
      newstally watch https://example.org/world/rss.xml --every 10m
      newstally watch https://a.example/rss https://b.example/atom --db ledger.db --max-cycles 1
    """
    from ..watch import WatchSettings
    from ..watch import watch as run

    from ..read import is_url
    from ..read.safe import printable, redact

    not_urls = [s for s in sources if not is_url(s)]
    if not_urls:
        raise click.BadParameter(f"{redact(not_urls[0])!r} is not an http(s):// URL "
                                 "(watch polls feeds and pages; read files with `ingest`)",
                                 param_hint="SOURCES")
    failed = 0

    def show(report):  # one line per cycle, failures on their own lines
        nonlocal failed
        failed += len(report.failures)
        for failure in report.failures:
            click.echo(f"error: {printable(redact(failure))}", err=True)
        click.echo(report.line(), err=True)

    settings = WatchSettings(every=every, max_cycles=max_cycles)
    with _store(db) as store:
        try:
            run(store, list(sources), settings, on_cycle=show)
        except KeyboardInterrupt:
            click.echo("stopped; everything committed so far is kept", err=True)
            sys.exit(130)
    if failed:
        click.echo(f"{failed} failure(s)", err=True)
        sys.exit(1)
