"""Reading sources into :class:`~newstally.model.Document` objects.

One module per kind of source. :func:`read_sources` dispatches on what each source looks like
and *yields* a :class:`~newstally.errors.ReadError` in place of a document it could not read, so
that one bad file or line never aborts a batch.
"""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import NewstallyError, ReadError
from ..model import Document
from .language import with_language
from .safe import safe_document

log = logging.getLogger(__name__)

#: File endings read from folders, by kind.
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES

ReadResult = Document | ReadError


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _kind(name: str) -> str:
    low = name.lower()
    if low.endswith(WARC_SUFFIXES):
        return "warc"
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if low.endswith(HTML_SUFFIXES):
        return "html"
    return "text"


def read_sources(sources: Iterable[str], *, recursive: bool = True) -> Iterator[ReadResult]:
    """Yield a Document (or a ReadError) for every report in ``sources``.

    A source is a file path, a folder (its known files, recursively), ``-`` for standard input
    (JSONL, HTML or plain text, sniffed), or an ``http(s)://`` URL. Every document has its
    ``language``: as the record or page gives it, else detected from its text (see
    :func:`~newstally.read.language.with_language`).
    """
    for source in sources:
        try:
            for result in _read_one(source, recursive=recursive):
                yield with_language(safe_document(result)) if isinstance(result, Document) else result
        except ReadError as exc:
            yield exc
        except NewstallyError as exc:
            yield ReadError(str(exc), source=source)
        except OSError as exc:
            yield ReadError(exc.strerror or str(exc), source=source)
        except Exception as exc:  # noqa: BLE001 - a reader's bug never ends the whole batch
            log.debug("reading %s failed", source, exc_info=True)
            yield ReadError(f"could not be read ({type(exc).__name__}: {exc})", source=source)


def _read_one(source: str, *, recursive: bool) -> Iterator[ReadResult]:
    if source == "-":
        from .sniff import read_stdin

        yield from read_stdin(sys.stdin.buffer)
        return
    if is_url(source):
        from .url import read_url

        yield from read_url(source)
        return
    path = Path(source)
    if path.is_dir():
        files, errors = _folder_files(path, recursive)
        yield from errors
        for f in files:
            if f.name.lower().endswith(KNOWN_SUFFIXES) and f.is_file():
                yield from read_sources([str(f)])
        return
    if not path.exists():
        raise ReadError("no such file or folder", source=source)
    yield from read_file(path)


def _folder_files(folder: Path, recursive: bool) -> tuple[list[Path], list[ReadError]]:
    """The files in ``folder`` (and its subfolders), sorted, and an error for every folder
    that could not be listed: nothing in the input is skipped without a word."""
    errors: list[ReadError] = []

    def unreadable(exc: OSError) -> None:
        errors.append(ReadError(f"cannot read folder: {exc.strerror or exc}", source=exc.filename or str(folder)))

    files: list[Path] = []
    if recursive:
        for root, _dirs, names in os.walk(folder, onerror=unreadable):
            files += (Path(root, name) for name in names)
    else:
        try:
            files = list(folder.iterdir())
        except OSError as exc:
            unreadable(exc)
    return sorted(files), errors


def read_file(path: str | os.PathLike[str]) -> Iterator[ReadResult]:
    """Read one file by its ending: .txt, .html(.gz), .jsonl, .warc(.gz)."""
    path = Path(path)
    kind = _kind(path.name)
    if kind == "jsonl":
        from .jsonl import read_jsonl_file

        yield from read_jsonl_file(path)
    elif kind == "html":
        from .html import read_html_file

        yield read_html_file(path)
    elif kind == "warc":
        from .warc import read_warc_file

        yield from read_warc_file(path)
    else:
        from .text import read_text_file

        yield read_text_file(path)


__all__ = ["ReadResult", "is_url", "read_file", "read_sources"]
