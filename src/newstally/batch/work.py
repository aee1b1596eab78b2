"""One partition's work, as a Dask task runs it: read → clean → language → extract → place,
written as one Parquet file in ``documents/`` and one in ``claims/``.

Rows are written in row groups of ``ROW_GROUP`` reports as they come, so a worker holds one row
group whatever the partition's size. Both files are written under hidden temporary names and
renamed when complete; the partition's manifest in ``_manifest/`` is written last. A worker that
dies half-way leaves no visible part, and a second run does the partition again; a partition with
a manifest is done and skipped.
"""
from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import IO, Any

from ..errors import ReadError
from ..model import Claim, Document
from .partitions import Partition

__all__ = ["CLAIM_COLUMNS", "DOCUMENT_COLUMNS", "ROW_GROUP", "claims_schema", "documents_schema",
           "manifest_path", "run_partition"]

#: Reports per Parquet row group (and the most a worker holds at once).
ROW_GROUP = 2000

#: Columns of ``documents/``: the report as read, its day, the ``extract --summary`` figures
#: (JSON text, keys as that line's), its main place, and why extraction failed, if it did.
DOCUMENT_COLUMNS = ("id", "url", "site", "title", "published", "day", "author", "language", "path", "text",
                    "supported", "claims", "summary", "place_name", "place_country", "place_country_code",
                    "place_admin1", "place_latitude", "place_longitude", "error", "partition")
#: Columns of ``claims/``: every field of a claim (those ``extract`` prints and the rest), one
#: row per claim, ``idx`` its position among its report's claims.
CLAIM_COLUMNS = ("doc_id", "idx", *(f.name for f in fields(Claim) if f.name != "doc_id"))

_INT_CLAIM = {"low", "best", "high", "start", "end", "sentence", "parent", "trigger", "idx", "shared_by"}
_BOOL_CLAIM = {"negated", "hypothetical", "other_event", "in_title", "toll"}


def documents_schema() -> Any:
    import pyarrow as pa

    types = {"supported": pa.bool_(), "claims": pa.int32(), "place_latitude": pa.float64(),
             "place_longitude": pa.float64()}
    return pa.schema([(c, types.get(c, pa.string())) for c in DOCUMENT_COLUMNS])


def claims_schema() -> Any:
    import pyarrow as pa

    def kind(c: str) -> Any:
        return pa.int64() if c in _INT_CLAIM else pa.bool_() if c in _BOOL_CLAIM else pa.string()

    return pa.schema([(c, kind(c)) for c in CLAIM_COLUMNS])


def manifest_path(out: str | os.PathLike[str], pid: str) -> Path:
    return Path(out, "_manifest", f"part-{pid}.json")


def part_paths(out: str | os.PathLike[str], pid: str) -> tuple[Path, Path]:
    return Path(out, "documents", f"part-{pid}.parquet"), Path(out, "claims", f"part-{pid}.parquet")


class _Range:
    """The lines of a file that start within bytes ``start``..``end`` (the line running over
    ``end`` included, the one running into ``start`` left to the previous range)."""

    def __init__(self, fh: IO[bytes], start: int, end: int) -> None:
        self.fh, self.end = fh, end
        if start > 0:
            fh.seek(start - 1)
            fh.readline()  # the end of the line the previous range reads
        self.at_line_start = True

    def readline(self, size: int = -1) -> bytes:
        if self.at_line_start and self.fh.tell() >= self.end:
            return b""
        line = self.fh.readline(size)
        self.at_line_start = line.endswith(b"\n")
        return line


def read_partition(part: Partition) -> Iterator[Document | ReadError]:
    """The reports of one partition, as the readers give them."""
    if part.end is None:
        from ..read import read_sources

        yield from read_sources(list(part.files))
        return
    from ..read.jsonl import MAX_LINE_BYTES, _bounded_lines, _read_lines

    source = f"{part.files[0]} (from byte {part.start})"  # line numbers count from there
    try:
        with open(part.files[0], "rb") as fh:
            yield from _read_lines(_bounded_lines(_Range(fh, part.start, part.end), MAX_LINE_BYTES), source)
    except OSError as exc:
        yield ReadError(exc.strerror or str(exc), source=part.files[0])


def _claim_row(doc_id: str, idx: int, c: Claim) -> dict[str, Any]:
    row = {f.name: getattr(c, f.name) for f in fields(Claim)}
    row.update(doc_id=doc_id, idx=idx)
    return row


def document_record(doc: Document, pid: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A report's row in ``documents/`` and its rows in ``claims/``."""
    from .. import extract as ex
    from ..cluster import report_day
    from ..cluster.languages import gazetteer_form
    from ..ledger import _iso, extract_whole
    from ..places import place_record

    _occurred, pub = report_day(doc)
    row: dict[str, Any] = {"id": doc.id, "url": doc.url, "site": doc.site, "title": doc.title,
                           "published": doc.published, "day": _iso(pub), "author": doc.author,
                           "language": doc.language, "path": doc.path, "text": doc.text,
                           "supported": ex.supports_language(doc.language), "claims": 0, "summary": None,
                           "error": None, "partition": pid}
    claims: list[Claim] = []
    if row["supported"]:
        try:
            claims = extract_whole(doc)
            summary = ex.summarize(doc, claims).to_dict()
            summary.pop("id", None)
            row["summary"] = json.dumps(summary, ensure_ascii=False, separators=(",", ":"))
        except Exception as exc:  # noqa: BLE001 - one bad report never aborts a partition
            row["error"] = f"extraction failed: {exc.__class__.__name__}: {exc}"
            claims = []
    row["claims"] = len(claims)
    # place names as the gazetteer writes them ("в Херсоне" -> "в Kherson"), as extract does
    place = place_record(gazetteer_form(doc.text, doc.language) or "",
                         gazetteer_form(doc.title, doc.language), doc.language)
    for key in ("name", "country", "country_code", "admin1", "latitude", "longitude"):
        row[f"place_{key}"] = place.get(key) if place else None
    return row, [_claim_row(doc.id, i, c) for i, c in enumerate(claims)]


class _Memory:
    """The largest resident memory of this process seen while writing a partition (sampled at
    every row group: the kernel's lifetime peak would also count what a worker process was
    forked from)."""

    def __init__(self) -> None:
        try:
            import psutil

            self._proc: Any = psutil.Process()
        except ImportError:  # pragma: no cover - psutil comes with distributed
            self._proc = None
        self.peak = 0.0
        self.sample()

    def sample(self) -> None:
        if self._proc is not None:
            self.peak = max(self.peak, self._proc.memory_info().rss / 2**20)
        else:  # pragma: no cover
            self.peak = max(self.peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def run_partition(part: Partition, out: str) -> dict[str, Any]:
    """Do one partition and write it; return its manifest (also written to ``_manifest/``).

    A partition whose manifest exists is not done again: its manifest is returned as it is.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    done = manifest_path(out, part.id)
    if done.exists():
        return dict(json.loads(done.read_text(encoding="utf-8")), skipped=True)
    t0 = time.perf_counter()
    docs_path, claims_path = part_paths(out, part.id)
    for p in (docs_path, claims_path, done):
        p.parent.mkdir(parents=True, exist_ok=True)
    tmp_docs = docs_path.with_name(f".{docs_path.name}.{os.getpid()}.tmp")
    tmp_claims = claims_path.with_name(f".{claims_path.name}.{os.getpid()}.tmp")
    stats: dict[str, Any] = {"partition": part.id, "input": part.label, "reports": 0, "claims": 0,
                             "failed": 0, "unsupported": 0, "errors": []}
    dschema, cschema = documents_schema(), claims_schema()
    memory = _Memory()
    try:
        with pq.ParquetWriter(tmp_docs, dschema, compression="zstd") as dw, \
                pq.ParquetWriter(tmp_claims, cschema, compression="zstd") as cw:
            drows: list[dict[str, Any]] = []
            crows: list[dict[str, Any]] = []

            def flush() -> None:
                memory.sample()
                if drows:
                    dw.write_table(pa.Table.from_pylist(drows, schema=dschema))
                    drows.clear()
                if crows:
                    cw.write_table(pa.Table.from_pylist(crows, schema=cschema))
                    crows.clear()

            for item in read_partition(part):
                if isinstance(item, ReadError):
                    stats["failed"] += 1
                    if len(stats["errors"]) < 100:
                        stats["errors"].append(str(item))
                    continue
                row, claim_rows = document_record(item, part.id)
                stats["reports"] += 1
                stats["claims"] += len(claim_rows)
                stats["unsupported"] += not row["supported"]
                if row["error"]:
                    stats["failed"] += 1
                    if len(stats["errors"]) < 100:
                        stats["errors"].append(f"{item.path or item.id}: {row['error']}")
                drows.append(row)
                crows += claim_rows
                if len(drows) >= ROW_GROUP:
                    flush()
            flush()
        os.replace(tmp_docs, docs_path)
        os.replace(tmp_claims, claims_path)
    finally:
        for p in (tmp_docs, tmp_claims):
            p.unlink(missing_ok=True)
    memory.sample()
    stats.update(seconds=round(time.perf_counter() - t0, 3), peak_rss_mb=round(memory.peak, 1),
                 pid=os.getpid(), bytes=part.size)
    tmp = done.with_name(f".{done.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(stats, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, done)  # the partition is done only now
    return stats
