"""The error hierarchy. Library code raises these; the CLI turns them into one-line messages."""


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
