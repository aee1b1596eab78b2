"""Cutting the inputs of a batch run into partitions: the unit of work, of output and of resuming.

A partition is a byte range of a plain JSON lines file (split at line starts, ``partition_bytes``
each), one whole WARC or gzipped file (they cannot be split), or a group of small files (.txt,
.html) of a folder. Its id is a hash of what it reads (path, range, size and modification time),
so a second run over the same inputs finds the partitions it already wrote.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import ReadError
from ..read import JSONL_SUFFIXES, KNOWN_SUFFIXES, WARC_SUFFIXES, is_url

__all__ = ["Partition", "plan_partitions"]


@dataclass(frozen=True)
class Partition:
    """One unit of work: ``files`` read whole, or bytes ``start``..``end`` of one JSONL file."""

    id: str
    files: tuple[str, ...]
    start: int = 0
    end: int | None = None  # None: the whole file(s)
    size: int = 0  # bytes to read, for progress

    @property
    def label(self) -> str:
        if self.end is not None:
            return f"{self.files[0]} (bytes {self.start:,}-{self.end:,})"
        return self.files[0] if len(self.files) == 1 else f"{self.files[0]} and {len(self.files) - 1} more"


def _identity(path: Path) -> str:
    st = path.stat()
    return f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"


def _pid(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def _splittable(path: Path) -> bool:
    low = path.name.lower()
    return low.endswith(JSONL_SUFFIXES) and not low.endswith(".gz")


def plan_partitions(inputs: Iterable[str], partition_bytes: int = 16 << 20,
                    group_files: int = 500) -> tuple[list[Partition], list[ReadError]]:
    """The partitions of ``inputs`` (files and folders), in input order, and an error for each
    input that cannot be read (a missing file, a URL, standard input)."""
    parts: list[Partition] = []
    errors: list[ReadError] = []
    small: list[Path] = []
    small_bytes = 0

    def flush() -> None:
        nonlocal small, small_bytes
        if small:
            parts.append(Partition(_pid(*map(_identity, small)), tuple(map(str, small)), size=small_bytes))
        small, small_bytes = [], 0

    for path in _files(inputs, errors):
        try:
            size = path.stat().st_size
        except OSError as exc:
            errors.append(ReadError(exc.strerror or str(exc), source=str(path)))
            continue
        if _splittable(path) and size > partition_bytes:
            ident = _identity(path)
            for start in range(0, size, partition_bytes):
                end = min(size, start + partition_bytes)
                parts.append(Partition(_pid(ident, start, end), (str(path),), start, end, end - start))
        elif _splittable(path) or path.name.lower().endswith(WARC_SUFFIXES) or size >= partition_bytes // 4:
            parts.append(Partition(_pid(_identity(path)), (str(path),), size=size))
        else:
            small.append(path)
            small_bytes += size
            if len(small) >= group_files or small_bytes >= partition_bytes:
                flush()
    flush()
    return parts, errors


def _files(inputs: Iterable[str], errors: list[ReadError]) -> Iterator[Path]:
    for source in inputs:
        if source == "-" or is_url(source):
            errors.append(ReadError("batch reads files and folders (use ingest or extract for URLs and stdin)",
                                    source=source))
            continue
        path = Path(source)
        if path.is_dir():
            found: list[Path] = []

            def unreadable(exc: OSError) -> None:
                errors.append(ReadError(f"cannot read folder: {exc.strerror or exc}",
                                        source=exc.filename or str(path)))

            for root, dirs, names in os.walk(path, onerror=unreadable):
                dirs.sort()
                found += (Path(root, n) for n in names if n.lower().endswith(KNOWN_SUFFIXES))
            yield from sorted(p for p in found if p.is_file())
        elif path.is_file():
            yield path
        else:
            errors.append(ReadError("no such file or folder", source=source))
