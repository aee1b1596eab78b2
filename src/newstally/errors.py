"""The error hierarchy. Library code raises these; the CLI turns them into one-line messages."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any


class NewstallyError(Exception):
    """Base of every error newstally raises on purpose."""


class ReadError(NewstallyError):
    """A source could not be read: missing, empty, binary, undecodable, malformed."""

    def __init__(self, message: str, source: str | None = None, line: int | None = None):
        self.source = source
        self.line = line
        where = source or ""
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}" if where else message)


class ExtractError(NewstallyError):
    """Extraction failed on one document."""


class StoreError(NewstallyError):
    """The database could not be opened, migrated or written."""


class LanguageError(NewstallyError, LookupError):
    """A language newstally has no folder for (see ``newstally.lang``), or a broken language folder."""


def failure_counter(report: Any, on_error: Callable[[str], None] | None = None) -> Callable[[str], None]:
    """``fail(message)`` for a run's report (an object with ``failed`` and ``errors``): counts
    the failure, keeps the first 1,000 messages and passes each one to ``on_error``."""
    def fail(message: str) -> None:
        report.failed += 1
        if len(report.errors) < 1000:
            report.errors.append(message)
        if on_error:
            on_error(message)

    return fail
