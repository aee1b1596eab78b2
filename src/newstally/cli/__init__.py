"""The ``newstally`` command: thin shells over the library.

Each command lives in a module of this package by theme and registers itself on :data:`main`.
A module is imported only when one of its commands runs (or ``--help`` lists them all), so that
``newstally ingest`` does not load the web server's or the batch runner's code.
"""
from __future__ import annotations

import importlib
import io
import logging
import sys

import click

from .. import __version__

#: Command -> the module of this package that defines it (its ``register`` adds the module's
#: commands to the group).
COMMANDS: dict[str, str] = {
    "clean": "extract", "extract": "extract", "cluster": "extract",
    "ingest": "ledger", "events": "ledger", "show": "ledger", "export": "ledger",
    "batch": "batch", "watch": "sources", "serve": "serve",
}


class _LazyGroup(click.Group):
    """A group whose commands are imported when first asked for (click's lazy subcommands)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            importlib.import_module(f"{__name__}.{COMMANDS[cmd_name]}").register(self)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="newstally")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def main(verbose: int) -> None:
    """Turn news reports about violent or disaster events into sourced casualty figures.

    \b
    Quick start:
      newstally clean report.html            # the article text, junk removed
      newstally extract report.txt           # one JSON line per casualty claim
      newstally extract reports.jsonl --summary
      newstally cluster reports.jsonl        # which reports describe the same event

    Every command has its own --help with examples.
    """
    _safe_streams()
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=max(level, logging.DEBUG), format="%(levelname)s %(name)s: %(message)s")
    if verbose < 2:  # what they complain about is a page newstally reports in its own words
        for name in QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.CRITICAL + 1)


#: Libraries whose log lines are shown only with -vv.
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer", "readability", "warcio")


def _safe_streams() -> None:
    """Output never fails on a character the terminal's encoding lacks: it is replaced."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, io.UnsupportedOperation):  # a stream that cannot change
                pass


__all__ = ["main"]
