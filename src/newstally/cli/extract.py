"""Commands that need no database: clean, extract, cluster."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator

import click

from ..errors import NewstallyError, ReadError
from ..model import Document


class Failures:
    """Counts bad inputs and reports each on one stderr line; decides the exit code."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, error: Exception) -> None:
        from ..read.safe import printable, redact

        self.count += 1
        click.echo(f"error: {printable(redact(str(error)))}", err=True)

    def documents(self, results: Iterable[Document | ReadError]) -> Iterator[Document]:
        for r in results:
            if isinstance(r, ReadError):
                self.report(r)
            else:
                yield r

    def exit(self) -> None:
        if self.count:
            click.echo(f"{self.count} input(s) failed", err=True)
            sys.exit(1)


def _progress(items: Iterable[Document], label: str) -> Iterable[Document]:
    from tqdm import tqdm

    # disable=None: shown only when stderr is a terminal, never in pipes or tests
    return tqdm(items, desc=label, unit=" reports", disable=None, file=sys.stderr, leave=False)


def _jsonl(obj: dict) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


def register(group: click.Group) -> None:
    group.add_command(clean)
    group.add_command(extract)
    group.add_command(cluster)


@click.command()
@click.argument("file")
def clean(file: str) -> None:
    """Print the main text of one report, without the page chrome.

    HTML (.html, .htm, also gzipped) goes through trafilatura; plain text goes through a line
    filter that drops scraper junk (author bios, "Leave a Reply", "See also" links, photo
    captions, share prompts, cookie notices) and keeps every line of the article.

    \b
    Examples:
      newstally clean page.html.gz
      newstally clean scraped.txt > article.txt
    """
    from ..read import read_sources

    failures = Failures()
    for doc in failures.documents(read_sources([file])):
        click.echo(doc.text)
    failures.exit()


@click.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--summary", is_flag=True,
              help="One line per report with its overall figure per category instead of one line per claim.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True,
              help="JSON lines for programs, an aligned table for people.")
@click.option("--all", "show_all", is_flag=True,
              help="Also list claims about other events and hypotheticals (they carry flags).")
def extract(files: tuple[str, ...], summary: bool, fmt: str, show_all: bool) -> None:
    """Extract casualty claims from reports.

    FILES are .txt, .html, .html.gz or .jsonl files (one report per line with "id", "text" and
    optional "title", "published", "url", "source", "language"), folders, or - for stdin.

    With --summary, each line also has "place": the report's main place as {"name",
    "country", "country_code", "admin1", "latitude", "longitude"}, or null.

    Each claim line has doc_id, category (killed, injured, missing, evacuated, displaced,
    arrested, kidnapped), low/best/high (null = open), qualifier, subgroup, attribution, as_of,
    negated, and the quoted text with its start/end offsets in the clean text.

    \b
    Examples:
      newstally extract report.txt
      newstally extract reports.jsonl --summary
      cat page.html | newstally extract - --format table
    """
    from .. import extract as ex
    from ..read import read_sources
    from ..read.safe import printable, redact

    failures = Failures()
    rows: list[dict] = []
    skipped = 0
    for doc in _progress(failures.documents(read_sources(files)), "extract"):
        if not ex.supports_language(doc.language):
            skipped += 1
            click.echo(f"skipped {printable(redact(doc.path or doc.id))}: language {doc.language!r} "
                       "is not supported yet", err=True)
            if summary and fmt == "jsonl":
                _jsonl({"id": doc.id, "skipped": f"language {doc.language} not supported"})
            continue
        try:
            # the whole report, however long (the library's default cuts at max_chars)
            whole = ex.ExtractSettings(max_chars=max(ex.ExtractSettings.max_chars, len(doc.text)))
            claims = ex.extract_claims(doc, settings=whole)
            if summary:
                out = [_with_place(ex.summarize(doc, claims).to_dict(), doc, fmt)]
            else:
                out = [ex.claim_record(c) for c in claims if show_all or c.counts]
        except NewstallyError as exc:
            failures.report(ReadError(str(exc), source=doc.path or doc.id))
            continue
        if fmt == "jsonl":
            for o in out:
                _jsonl(o)
        else:
            rows.extend(out)
    if fmt == "table":
        click.echo(ex.format_table(rows, summary=summary))
    if skipped:
        click.echo(f"{skipped} report(s) skipped: unsupported language", err=True)
    failures.exit()


def _with_place(record: dict, doc: Document, fmt: str) -> dict:
    """A summary line with the report's main place (JSON lines only: the table has figures)."""
    if fmt == "jsonl":
        from ..cluster.languages import gazetteer_form
        from ..places import place_record

        record["place"] = place_record(gazetteer_form(doc.text, doc.language) or "",
                                      gazetteer_form(doc.title, doc.language), doc.language)
    return record


@click.command()
@click.argument("files", nargs=-1, required=True)
def cluster(files: tuple[str, ...]) -> None:
    """Group reports into events, without a database.

    Reads reports as `extract` does and writes one JSON line per event:
    {"event": <id>, "ids": [<report ids>]}; every report is in exactly one event.

    \b
    Example:
      newstally cluster reports.jsonl
    """
    from ..cluster import cluster_documents
    from ..read import read_sources

    failures = Failures()
    docs = list(_progress(failures.documents(read_sources(files)), "read"))
    for n, ids in enumerate(cluster_documents(docs), 1):
        _jsonl({"event": n, "ids": ids})
    failures.exit()
