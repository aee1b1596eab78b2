"""Reading a batch run's output back: the reports and claims of its finished partitions.

Only partitions with a manifest are read (a part without one is being written or was left by a
worker that died). Partitions are read in order of their earliest report day (from the Parquet
statistics, without reading the rows), so the ledger loads stored events over a moving date
window, and one row group at a time, so memory stays bounded whatever the dataset's size.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..model import Claim, Document
from .work import manifest_path, part_paths

__all__ = ["is_dataset", "read_dataset", "done_partitions"]


def is_dataset(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a folder written by ``newstally batch``."""
    p = Path(path)
    return p.is_dir() and (p / "_manifest").is_dir() and (p / "documents").is_dir()


def done_partitions(out: str | os.PathLike[str]) -> list[str]:
    """Ids of the partitions of ``out`` that are complete."""
    folder = Path(out, "_manifest")
    if not folder.is_dir():
        return []
    return sorted(p.name[5:-5] for p in folder.glob("part-*.json"))


def _first_day(path: Path) -> str:
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    col = meta.schema.names.index("day")
    days = []
    for g in range(meta.num_row_groups):
        st = meta.row_group(g).column(col).statistics
        if st is not None and st.has_min_max:
            days.append(st.min if isinstance(st.min, str) else st.min.decode())
    return min(days, default="9999")


def read_dataset(out: str | os.PathLike[str]) -> Iterator[Any]:
    """Yield an :class:`~newstally.ledger.Extracted` for every report of the dataset in ``out``,
    with its claims as stored, and a :class:`ReadError` for a partition that cannot be read."""
    import pyarrow.parquet as pq

    from ..ledger import Extracted

    parts = []
    for pid in done_partitions(out):
        docs, claims = part_paths(out, pid)
        try:
            parts.append((_first_day(docs), pid, docs, claims))
        except (OSError, ValueError) as exc:
            yield ReadError(f"cannot read partition: {exc}", source=str(docs))
    for _day, pid, docs_path, claims_path in sorted(parts):
        try:
            docs = pq.ParquetFile(docs_path)
            claims = pq.ParquetFile(claims_path)
        except (OSError, ValueError) as exc:
            yield ReadError(f"cannot read partition: {exc}", source=str(docs_path))
            continue
        # claims are written in the order of their reports: walk both files side by side
        claim_rows = (r for b in claims.iter_batches(batch_size=4096) for r in b.to_pylist())
        pending = next(claim_rows, None)
        for batch in docs.iter_batches(batch_size=1000, columns=[
                "id", "url", "site", "title", "published", "author", "language", "path", "text", "error",
                "claims"]):
            for row in batch.to_pylist():
                mine: list[Claim] = []
                while pending is not None and pending["doc_id"] == row["id"] and len(mine) < row["claims"]:
                    pending.pop("idx")
                    mine.append(Claim(**pending))
                    pending = next(claim_rows, None)
                doc = Document(id=row["id"], text=row["text"] or "", title=row["title"], published=row["published"],
                               url=row["url"], site=row["site"], author=row["author"], language=row["language"],
                               path=row["path"])
                yield Extracted(doc, tuple(mine), row["error"])
        if pending is not None:
            yield ReadError(f"claims without their report (partition {pid}, report {pending['doc_id']})",
                            source=str(claims_path))


def read_manifest(out: str | os.PathLike[str], pid: str) -> dict[str, Any]:
    return json.loads(manifest_path(out, pid).read_text(encoding="utf-8"))
