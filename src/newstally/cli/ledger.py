"""Store commands: ingest, events, show, export. Each opens the store and calls one library function."""
from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from ..errors import NewstallyError

_DB_HELP = ("Database: a file path (SQLite) or a SQLAlchemy URL such as postgresql://user@host/db. "
            "Default: $NEWSTALLY_DB, else newstally.db in the working directory.")


def _db_option(f: Any) -> Any:
    return click.option("--db", "db", default=None, metavar="DB", help=_DB_HELP)(f)


@contextmanager
def _store(db: str | None, *, create: bool = True) -> Iterator[Any]:
    """The open store; reading commands pass ``create=False`` (a mistyped name is an error)."""
    from ..store import open_store

    if db is not None and not db.strip():
        raise click.BadParameter("must name a database (a file or a URL), not be empty", param_hint="'--db'")
    try:
        store = open_store(db, create=create)
    except NewstallyError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield store
    except NewstallyError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    for command in (ingest, events, show, export):
        group.add_command(command)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(min=1),
              help="Reports per transaction.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes extracting claims (this one alone writes). Default: one per core.")
def ingest(paths: tuple[str, ...], db: str | None, batch_size: int, workers: int | None) -> None:
    """Read reports into the database and group them into events.

    PATHS are files (.txt, .html, .jsonl, .warc), folders, URLs or - for stdin, as for
    `extract`, or folders written by `newstally batch` (their claims are not extracted again).
    Claims are extracted on all cores (--workers) while one process writes. Reports already stored are skipped, so running it twice adds nothing, and a run
    stopped half-way is finished by running it again. A report that cannot be read is reported
    on one stderr line and counted; the exit code is 1 when any failed.

    \b
    Examples:
      newstally ingest examples/
      newstally ingest reports.jsonl --db ledger.db
      newstally ingest out/ --db ledger.db        # the output of newstally batch
      NEWSTALLY_DB=postgresql://localhost/news newstally ingest feeds/
    """
    from ..ledger import _cpu_count
    from ..ledger import ingest as run
    from ..read.safe import printable, redact

    with _store(db) as store:
        if store.readonly:  # before any report is read and extracted
            raise click.ClickException(f"cannot add reports to {store.shown}: the file or its folder is "
                                       "read-only (`events`, `show` and `export` can read it)")
        before = store.counts()["documents"]
        try:
            report = run(store, list(paths), batch_size=batch_size, progress=True, workers=workers or _cpu_count(),
                         on_error=lambda msg: click.echo(f"error: {printable(redact(msg))}", err=True))
        except NewstallyError as exc:  # a write failed (disk full, database gone): say what is kept
            added = _committed(store, before)
            raise click.ClickException(f"{exc}\n{added} report(s) were committed before it (whole batches of "
                                       f"{batch_size}); the batch being written was rolled back. Run the same "
                                       "command again to add what is missing.") from exc
        except KeyboardInterrupt:
            added = store.counts()["documents"] - before
            click.echo(f"interrupted: {added} report(s) were committed (whole batches of {batch_size}); "
                       "the rest were not, and the figures of the events they joined are recomputed by the "
                       "next ingest or events. Run the same command again to add what is missing.", err=True)
            sys.exit(130)
    click.echo(f"{report.added} report(s) added, {report.skipped} already stored, "
               f"{report.new_events} new event(s), {report.updated_events} updated", err=True)
    if report.unsupported:
        click.echo(f"{report.unsupported} report(s) in languages without a lexicon stored without figures",
                   err=True)
    if report.failed:
        click.echo(f"{report.failed} input(s) failed", err=True)
        sys.exit(1)


def _not_a_database(output: str, db: str | None) -> None:
    """Refuse an output path that would overwrite a database (``-o ledger.db`` given for
    ``--db ledger.db``, or any SQLite file): an export never destroys the ledger it reads."""
    if output == "-":
        return
    from ..store import default_db

    source = db or default_db()
    files = [source + suffix for suffix in ("", "-wal", "-shm", "-journal")] if "://" not in source else []
    if any(os.path.abspath(output) == os.path.abspath(f) or os.path.exists(output) and os.path.exists(f)
           and os.path.samefile(output, f) for f in files):
        raise click.ClickException(f"will not write the export over the database it reads ({output}): "
                                   "choose another -o")
    if not os.path.isfile(output):
        return
    try:
        with open(output, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return  # (the write reports what is wrong with the path)
    if head == b"SQLite format 3\x00":
        raise click.ClickException(f"will not write the export over {output}: it is a SQLite database; "
                                   "choose another -o")


def _committed(store: Any, before: int) -> str:
    """How many reports an interrupted ingest committed ("some" when the store cannot say)."""
    try:
        return str(store.counts()["documents"] - before)
    except NewstallyError:
        return "some"


def _iv(fig: Any) -> str:
    """ "best (low–high)" of a Figure or a {"low", "best", "high"} dict; one number when exact."""
    if fig is None:
        return ""
    if isinstance(fig, dict):
        lo, best, hi = fig["low"], fig["best"], fig["high"]
    else:
        lo, best, hi = fig.low, fig.best, fig.high
    n = lambda v: "" if v is None else f"{v:,}"  # noqa: E731
    if lo == best == hi:
        return n(best)
    return f"{n(best)} ({n(lo)}–{n(hi)})"


_TABLE = ("id", "start", "end", "place", "country", "title", "killed", "injured", "articles", "sources", "contested")


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(_TABLE)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(_TABLE, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines)


def _cut(s: str | None, n: int) -> str:
    """``s`` on one line of at most ``n`` characters, safe for a terminal."""
    s = _term(" ".join((s or "").split()))
    return s if len(s) <= n else s[: n - 1] + "…"


def _term(s: str | None) -> str:
    """``s`` without anything a terminal would act on (escape sequences, control characters)."""
    from ..read.safe import printable

    return printable(s)


@click.command()
@_db_option
@click.option("--since", metavar="DATE", help="Only events last reported on or after DATE (2023-09-20).")
@click.option("--country", metavar="C", help="Only events in country C (name or ISO code).")
@click.option("--search", "-q", "search", metavar="WORDS",
              help='Only events whose reports contain every word or "quoted phrase" of WORDS, in any case, '
                   "with or without accents; word* matches the beginning of a word.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="An aligned table for people; one JSON array or CSV for programs.")
def events(db: str | None, since: str | None, country: str | None, search: str | None, fmt: str) -> None:
    """List events: dates, place, killed and injured, articles, independent sources, contested.

    Figures read "best (low–high)"; an empty bound is open. JSON fields are listed in
    docs/ledger.md.

    \b
    Examples:
      newstally events
      newstally events --since 2023-09-01 --country Azerbaijan --format json
      newstally events --search '"power station" Kraków'
    """
    from ..browse import EventQuery, QueryError
    from ..ledger import csv_safe, list_events

    try:
        EventQuery(q=search).check()
    except QueryError as exc:
        raise click.BadParameter(exc.message, param_hint="'--search'") from None
    with _store(db, create=False) as store:
        found = list_events(store, since=since, country=country, search=search)
    if fmt == "json":
        click.echo(json.dumps([e.to_dict() for e in found], ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(["id", "date_start", "date_end", "location", "country", "title", "killed_low", "killed_best",
                    "killed_high", "injured_low", "injured_best", "injured_high", "articles",
                    "independent_sources", "contested"])
        for e in found:
            k, i = e.figures.get("killed"), e.figures.get("injured")
            w.writerow([csv_safe(v) for v in (
                e.id, e.date_start, e.date_end, e.location, e.country, e.title,
                *(("", "", "") if k is None else (k.low, k.best, k.high)),
                *(("", "", "") if i is None else (i.low, i.best, i.high)),
                e.articles, e.independent_sources, e.contested)])
        click.echo(out.getvalue(), nl=False)
        return
    if not found:
        click.echo("(no events)")
        return
    click.echo(_table([[_term(e.id), _term(e.date_start), _term(e.date_end), _term(e.location), _term(e.country),
                        _cut(e.title, 40), _iv(e.figures.get("killed")), _iv(e.figures.get("injured")),
                        str(e.articles), str(e.independent_sources), "contested" if e.contested else ""]
                       for e in found]))


def _show_text(d: dict[str, Any]) -> str:
    place = ", ".join(p for p in (d["location"], d["country"]) if p)
    lines = [f"Event {_term(d['id'])}: {_term(d['title']) or '(untitled)'}",
             f"  {_term(d['date_start']) or '?'} – {_term(d['date_end']) or '?'}  {_term(place)}",
             f"  {d['articles']} article(s), {d['independent_sources']} independent source(s)"
             + ("  CONTESTED" if d["contested"] else ""), ""]
    for key, f in d["figures"].items():
        iv = _iv(f)
        lines.append(f"{_term(key)}: {iv}" + ("  contested" if f["contested"] else "")
                     + f"  [{f['sources']} source(s)]")
        if len(f["sides"]) > 1:
            lines.append("  by side: " + "; ".join(f"{_term(s['side'])} {s['best']:,}" for s in f["sides"]
                                                    if s["best"] is not None))
        for t in f["timeline"]:
            lines.append(f"  {_term(t['as_of']) or '?':10}  {t['best'] if t['best'] is not None else '-':>7}  "
                         f"{_cut(t['site'] or t['doc_id'], 22):22}  {_cut(t['attribution'] or '-', 30):30}  "
                         f"\"{_cut(t['quote'], 90)}\"")
    lines += ["", "Reports:"]
    for doc in d["documents"]:
        copy = f"  (copy of {_term(doc['source_group'])})" if doc["source_group"] != doc["id"] else ""
        lines.append(f"  {_term(doc['id'])}  {_term(doc['published']) or '?':19}  {_cut(doc['site'] or '', 22):22}  "
                     f"{_cut(doc['title'] or doc['url'] or doc['path'] or '', 60)}{copy}")
    return "\n".join(lines)


@click.command()
@click.argument("event")
@_db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show(event: str, db: str | None, fmt: str) -> None:
    """Show one event: each figure's timeline with site, date, attribution and quote, and its reports.

    EVENT is an event id as `events` lists it, or a unique beginning of one.

    \b
    Examples:
      newstally show c67bf00d4a2d6336
      newstally show c67b --format json
    """
    from ..ledger import event_detail

    with _store(db, create=False) as store:
        detail = event_detail(store, event).to_dict()
    if fmt == "json":
        click.echo(json.dumps(detail, ensure_ascii=False, indent=1))
    else:
        click.echo(_show_text(detail))


@click.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "parquet"]), required=True)
@click.option("-o", "--output", "output", required=True, metavar="FILE", help="File to write; - for standard output.")
def export(db: str | None, fmt: str, output: str) -> None:
    """Write one row per event and category, with columns close to UCDP GED.

    Columns: event_id, date_start, date_end, country, country_code, location, latitude,
    longitude, title, category, low, best, high, contested, one <subgroup>_best column per
    subgroup (civilians_best, children_best, ...), articles, independent_sources,
    figure_articles, figure_sources.

    \b
    Examples:
      newstally export --format csv -o events.csv
      newstally export --db ledger.db --format parquet -o events.parquet
    """
    from ..ledger import export_rows, write_export

    _not_a_database(output, db)
    with _store(db, create=False) as store:
        n = write_export(export_rows(store), fmt, output)
    click.echo(f"{n} row(s) written to {'standard output' if output == '-' else output}", err=True)
