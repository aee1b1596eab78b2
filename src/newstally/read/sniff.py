"""Standard input: JSON lines, HTML or plain text, told apart by the first character.

``{`` starts JSON lines (read as a stream), ``<`` starts HTML, anything else is plain text.
Errors name the source ``-``.
"""
from __future__ import annotations

import io
from collections.abc import Iterator
from itertools import chain
from typing import IO

from ..errors import ReadError
from ..model import Document
from .html import MAX_HTML_BYTES, html_to_document
from .jsonl import MAX_LINE_BYTES, _bounded_lines, _read_lines
from .text import MAX_TEXT_BYTES, decode_bytes, text_to_document

__all__ = ["STDIN", "read_stdin", "sniff_kind"]

#: The source name of standard input in documents and errors.
STDIN = "-"

_BOM = b"\xef\xbb\xbf"


def sniff_kind(first_bytes: bytes) -> str:
    """``"jsonl"``, ``"html"`` or ``"text"`` from the first bytes of a source."""
    head = first_bytes.removeprefix(_BOM).lstrip()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<"):
        return "html"
    return "text"


def _as_binary(stream: IO[bytes] | IO[str]) -> IO[bytes]:
    if hasattr(stream, "buffer"):
        return stream.buffer  # type: ignore[union-attr]
    if isinstance(stream, io.TextIOBase):  # an in-memory text stream
        return io.BytesIO(stream.read().encode("utf-8"))
    return stream  # type: ignore[return-value]


def read_stdin(stream: IO[bytes] | IO[str]) -> Iterator[Document | ReadError]:
    """Yield the reports read from ``stream`` (normally ``sys.stdin.buffer``)."""
    binary = _as_binary(stream)
    lines = _bounded_lines(binary, MAX_LINE_BYTES)
    consumed: list[bytes | None] = []
    for line in lines:  # skip leading blank lines, keeping them for the line numbers
        consumed.append(line)
        if line is None or line.strip(b" \t\r\n\f\v" + _BOM):
            break
    first = next((c for c in reversed(consumed) if c is not None), b"")
    if not any(c is None or c.strip() for c in consumed):
        yield ReadError("empty input", source=STDIN)
        return
    kind = sniff_kind(first)
    if kind == "jsonl":
        yield from _read_lines(chain(consumed, lines), STDIN)
        return
    limit = MAX_HTML_BYTES if kind == "html" else MAX_TEXT_BYTES
    if None in consumed:
        yield ReadError("input too large", source=STDIN)
        return
    head = b"".join(c for c in consumed if c is not None)
    data = head + binary.read(limit + 1 - len(head))
    if len(data) > limit:
        yield ReadError(f"input larger than {limit // (1024 * 1024)} MB", source=STDIN)
        return
    try:
        if kind == "html":
            yield html_to_document(data, path=STDIN)
        else:
            yield text_to_document(decode_bytes(data, STDIN), path=STDIN)
    except ReadError as exc:
        yield exc
