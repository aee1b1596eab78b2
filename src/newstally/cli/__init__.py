"""The ``newstally`` command: thin shells over the library.

Each command lives in a module of this package by theme and registers itself on :data:`main`.
"""
from __future__ import annotations

import io
import logging
import sys

import click

from .. import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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


def _register() -> None:
    from . import batch, extract, ledger, serve, sources

    for module in (extract, ledger, batch, sources, serve):
        module.register(main)


_register()

__all__ = ["main"]
