"""The ledger: ingest reports into a store, group them into events, read events back.

    >>> from newstally.store import open_store
    >>> from newstally.ledger import ingest, list_events
    >>> store = open_store("ledger.db")                      # doctest: +SKIP
    >>> report = ingest(store, ["reports/"])                 # doctest: +SKIP
    >>> [(e.id, e.figures["killed"].best) for e in list_events(store)]  # doctest: +SKIP

Ingest reads, extracts, clusters and writes in batches; each batch is one transaction, so a run
stopped half-way leaves every committed batch whole, and running it again adds only what is
missing (documents already stored are skipped by id). The clusterer's per-event state and
running statistics live in the store, so a later run continues the same events.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from .cluster import Clusterer, ClusterSettings, report_day
from .errors import NewstallyError, ReadError, StoreError, failure_counter
from .model import Claim, Document, Event, Figure
from .reconcile import Report, reconcile
from .reconcile.event import about_event, event_place, occurrence_day, place_fields
from .store import Store

__all__ = ["EXPORT_COLUMNS", "EventDetail", "Extracted", "IngestReport", "csv_row", "csv_safe", "event_detail",
           "export_rows", "extract_whole", "ingest", "list_events", "write_export"]

log = logging.getLogger(__name__)

_CLAIM_FIELDS = ("category", "subgroup", "victims", "low", "best", "high", "qualifier", "attribution",
                 "as_of", "negated", "hypothetical", "other_event", "toll", "rule", "text", "sentence",
                 "parent", "in_title", "location")
_STATS_KEY = "cluster_stats"
_STALE_KEY = "stale_events"  # events whose figures wait to be recomputed
_WRITES_KEY = "ingest_writes"  # batches written: a run whose count moved on reloads the clusterer
_MAX_IN_MEMORY = 200_000  # reports of loaded events kept in memory before old events are let go


@dataclass
class IngestReport:
    """What one ingest run did."""

    read: int = 0  # reports read (including those already stored)
    added: int = 0  # reports stored
    skipped: int = 0  # reports already in the store (or twice in the input)
    failed: int = 0  # inputs that could not be read or extracted
    unsupported: int = 0  # reports stored without figures: no lexicon for their language
    new_events: int = 0
    updated_events: int = 0  # events that gained a report (new ones included)
    errors: list[str] = field(default_factory=list)  # the first 1000 one-line errors

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("read", "added", "skipped", "failed", "unsupported",
                                               "new_events", "updated_events")}


@dataclass(frozen=True)
class Extracted:
    """A report with its claims already worked out (as ``newstally batch`` stores them):
    :func:`ingest` takes these as they are instead of extracting again. ``error`` is the
    one-line reason when extraction failed; the report is then counted in ``failed``."""

    document: Document
    claims: tuple[Claim, ...] = ()
    error: str | None = None


# ----------------------------------------------------------------------------------- ingest


def _iso(ordinal: int | None) -> str | None:
    return date.fromordinal(ordinal).isoformat() if ordinal else None


def _document_row(doc: Document) -> dict[str, Any]:
    _occurred, pub = report_day(doc)
    return {"id": doc.id, "url": doc.url, "site": doc.site, "title": doc.title,
            "published": doc.published, "day": _iso(pub), "author": doc.author,
            "language": doc.language, "path": doc.path, "text": doc.text}


def _claim_row(doc_id: str, idx: int, c: Claim) -> dict[str, Any]:
    row = {k: getattr(c, k) for k in _CLAIM_FIELDS}
    row.update(doc_id=doc_id, idx=idx, span_start=c.start, span_end=c.end)
    return row


def _claim(row: dict[str, Any]) -> Claim:
    return Claim(doc_id=row["doc_id"], start=row["span_start"], end=row["span_end"],
                 **{k: row[k] for k in _CLAIM_FIELDS})


def _start_clusterer(store: Store, settings: ClusterSettings) -> Clusterer:
    """A clusterer that continues the stored events (loaded per batch, see :func:`_load_window`)."""
    clusterer = Clusterer(settings)
    stats = store.get_meta(_STATS_KEY)
    if stats:
        clusterer.load_stats(stats)
    return clusterer


@dataclass
class _Window:
    """The stored events loaded into the clusterer: those ending on or after ``since``."""

    since: int | None = None  # an ordinal; None: nothing loaded yet
    everything: bool = False


def _load_window(store: Store, clusterer: Clusterer, window: _Window, batch: list[Document]) -> None:
    """Load the stored events a batch's reports can link to: every event ending within
    ``follow_up_days`` before the earliest of them (all events when one is undated).

    A report's links depend only on the two reports of each pair, so with every event it could
    link to in memory, the events come out the same whatever order and runs the reports came in.
    """
    if window.everything or not batch:
        return
    days = [report_day(d) for d in batch]
    starts = [min(day, pub) for day, pub in days if day is not None and pub is not None]
    if len(starts) < len(days):
        since: int | None = None
    else:
        since = min(starts) - clusterer.settings.follow_up_days - 15  # lead dates reach 14 days back
        if window.since is not None and since >= window.since:
            return
    iso = _iso(since) if since and since > 0 else None
    clusterer.load_events(_with_members(store, clusterer, store.recent_event_states(iso)))
    window.everything = iso is None
    window.since = since if iso else None


def _batches(docs: Iterable[Document | Extracted | ReadError], size: int,
             fail: Callable[[str], None]) -> Iterator[list[Document | Extracted]]:
    batch: list[Document | Extracted] = []
    for d in docs:
        if isinstance(d, ReadError):
            fail(str(d))
            continue
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(store: Store, sources: Iterable[str] | Iterable[Document | Extracted | ReadError], *,
           batch_size: int = 500, settings: ClusterSettings | None = None, progress: bool = False,
           on_error: Callable[[str], None] | None = None,
           extract: Callable[[Document], list[Claim]] | None = None, workers: int = 1) -> IngestReport:
    """Read, extract, cluster and store reports; return what was done.

    ``sources`` are paths, folders, URLs or ``-`` (read with :func:`newstally.read.read_sources`;
    a folder written by ``newstally batch`` is read as its Parquet dataset), or already read
    documents, or :class:`Extracted` reports. Documents already in the store are skipped. A
    report that cannot be read or extracted is counted in ``failed`` and reported through
    ``on_error`` (one line, naming file and line where known); the others go on. Each batch of
    ``batch_size`` reports is one transaction. ``progress`` shows a bar on stderr when it is a
    terminal.

    ``workers`` > 1 extracts claims and works out each report's clustering features in that
    many worker processes, a batch ahead of the one being written, and recomputes the events'
    figures there too; this process alone clusters and writes, so the store sees one writer and
    the events come out the same as with one worker. The processes start only once the input
    is longer than one batch (``extract`` must then be a module-level function).
    """
    extract = extract or extract_whole
    settings = settings or ClusterSettings()
    result = IngestReport()
    fail = failure_counter(result, on_error)

    items: Iterable[Any] = sources
    first: list[Any] = []
    it = iter(items)
    for x in it:
        first = [x]
        break
    if first and isinstance(first[0], str):
        docs: Iterable[Document | Extracted | ReadError] = _read_inputs([first[0], *it])
    else:
        docs = (x for part in (first, it) for x in part)
    if progress and sys.stderr is not None and sys.stderr.isatty():  # no bar elsewhere: tqdm is not loaded
        from tqdm import tqdm

        docs = tqdm(docs, desc="ingest", unit=" reports", disable=None, file=sys.stderr, leave=False)
    clusterer: Clusterer | None = None
    window = _Window()
    written = None  # the store's write count after this run's last batch
    pool = _Pool(workers, extract, settings)
    try:
        for batch, extracted, feats in pool.prepared(store, _batches(docs, batch_size, fail)):
            with store.writing() as conn:  # one batch at a time, whatever else writes the store
                writes = store.get_meta(_WRITES_KEY, conn) or 0
                if clusterer is None or writes != written:  # another run wrote: continue from the store
                    clusterer, window = _start_clusterer(store, settings), _Window()
                _ingest_batch(store, clusterer, window, batch, extracted, result, fail, feats)
                written = writes + 1
                store.set_meta(conn, _WRITES_KEY, written)
        if pool.workers > 1:
            refresh_stale_events(store, pool=pool)
        else:
            refresh_stale_events(store)
    except BaseException:  # Ctrl-C or an error: the workers' pending work is dropped, not awaited
        pool.close(wait=False)
        raise
    pool.close()
    return result


def _read_inputs(sources: list[str]) -> Iterator[Document | Extracted | ReadError]:
    """Reports of ``sources``; a folder written by ``newstally batch`` yields its Parquet reports."""
    from .read import read_sources

    plain: list[str] = []
    for source in sources:
        # the batch package (and Parquet) only for a folder that may be one of its outputs
        if os.path.isdir(os.path.join(source, "_manifest")):
            from .batch.dataset import is_dataset, read_dataset

            if is_dataset(source):
                yield from read_sources(plain)
                plain = []
                yield from read_dataset(source)
                continue
        plain.append(source)
    yield from read_sources(plain)


def _given(item: Document | Extracted) -> Document:
    return item.document if isinstance(item, Extracted) else item


def _extract_one(doc: Document, given: Extracted | None,
                 extract: Callable[[Document], list[Claim]]) -> list[Claim]:
    """The claims of one report: those given with it, else extracted."""
    if given is None:
        return extract(doc)
    if given.error is not None:
        raise NewstallyError(given.error)
    return [c if c.doc_id == doc.id else replace(c, doc_id=doc.id) for c in given.claims]


def _prepare_chunk(items: list[tuple[Document, Extracted | None]], extract: Callable[[Document], list[Claim]],
                   settings: ClusterSettings) -> list[tuple[str, list[Claim] | None, Exception | None, Any]]:
    """In a worker process: each report's claims (or the error) and its clustering features."""
    from .cluster.features import features

    out: list[tuple[str, list[Claim] | None, Exception | None, Any]] = []
    for doc, given in items:
        if not supports_language(doc.language):
            out.append((doc.id, [], None, features(doc, (), settings)))
            continue
        try:
            claims = _extract_one(doc, given, extract)
        except Exception as exc:  # noqa: BLE001 - reported for this report under the lock
            out.append((doc.id, None, _portable(exc), None))
            continue
        out.append((doc.id, claims, None, features(doc, claims, settings)))
    return out


def _portable(exc: Exception) -> Exception:
    """``exc``, or a plain exception with its class name and message when it would not pickle."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{exc.__class__.__name__}: {exc}")


def _importable(fn: Callable[..., Any]) -> bool:
    """Whether ``fn`` pickles by reference to the very function (not a local or replaced one)."""
    import pickle

    try:
        pickle.dumps(fn)
    except Exception:  # noqa: BLE001 - pickle raises several kinds
        return False
    return True


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class _Pool:
    """Worker processes for extraction, clustering features and event figures (started on
    first need); with one worker everything runs in this process, as before."""

    def __init__(self, workers: int, extract: Callable[[Document], list[Claim]], settings: ClusterSettings) -> None:
        self.workers = max(1, workers)
        if self.workers > 1 and not _importable(extract):  # a worker process could not call it
            log.info("extracting in this process: %r cannot be sent to worker processes", extract)
            self.workers = 1
        self.extract = extract
        self.settings = settings
        self._executor: Any = None

    @property
    def executor(self) -> Any:
        if self._executor is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            from .places.gazetteer import connect

            connect()  # the place index built once, here, before the workers open it

            # spawn: a worker never inherits this process's database connections or threads
            self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        return self._executor

    def close(self, wait: bool = True) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=wait, cancel_futures=True)
            self._executor = None

    def prepared(self, store: Store, batches: Iterable[list[Document | Extracted]]) -> Iterator[
            tuple[list[Document], Callable[[Document], list[Claim]], dict[str, Any]]]:
        """Each batch with its extraction done (outside the write lock) and, with several
        workers, its features too; the next batch is under way while the caller writes one."""
        if self.workers == 1:
            for batch in batches:
                docs = [_given(x) for x in batch]
                yield docs, _extract_first(store, batch, self.extract), {}
            return
        it = iter(batches)
        pending: list[tuple[list[Document | Extracted], list[Any] | None]] = []
        for batch in it:
            if not pending:
                pending.append((batch, None))  # one batch alone runs here: no processes for small runs
                continue
            if pending[0][1] is None:
                pending[0] = (pending[0][0], self._submit(store, pending[0][0]))
            pending.append((batch, self._submit(store, batch)))
            yield self._collect(store, *pending.pop(0))
        for batch, futures in pending:
            yield self._collect(store, batch, futures)

    def _submit(self, store: Store, batch: list[Document | Extracted]) -> list[Any]:
        todo = _todo(store, batch)
        n = max(1, -(-len(todo) // (self.workers * 4)))  # a few chunks per worker
        return [self.executor.submit(_prepare_chunk, todo[i:i + n], self.extract, self.settings)
                for i in range(0, len(todo), n)]

    def _collect(self, store: Store, batch: list[Document | Extracted], futures: list[Any] | None) -> tuple[
            list[Document], Callable[[Document], list[Claim]], dict[str, Any]]:
        docs = [_given(x) for x in batch]
        if futures is None:
            return docs, _extract_first(store, batch, self.extract), {}
        done: dict[str, tuple[list[Claim] | None, Exception | None]] = {}
        feats: dict[str, Any] = {}
        for fut in futures:
            for i, claims, exc, f in fut.result():
                done[i] = (claims, exc)
                if f is not None:
                    feats[i] = f
        return docs, _lookup(done, self.extract), feats

    def map_events(self, fn: Callable[..., Any], items: list[Any]) -> list[Any]:
        """``fn`` over ``items`` in the workers when there are enough of them to pay."""
        if self.workers == 1 or len(items) < 50:
            return [fn(x) for x in items]
        return list(self.executor.map(fn, items, chunksize=max(1, len(items) // (self.workers * 4))))


def _todo(store: Store | None, batch: list[Document | Extracted]) -> list[tuple[Document, Extracted | None]]:
    """The reports of ``batch`` not yet stored, with their stored ids, once each."""
    out: list[tuple[Document, Extracted | None]] = []
    docs = [_given(x) for x in batch]
    ids = [store.storable_id(d.id) if store is not None else d.id for d in docs]
    known: set[str] = set()
    if store is not None:
        with store.reading() as conn:
            known = set(store.existing_documents(conn, ids))
    seen: set[str] = set()
    for x, d, i in zip(batch, docs, ids):
        if i in known or i in seen:
            continue
        seen.add(i)
        out.append((d if d.id == i else replace(d, id=i), x if isinstance(x, Extracted) else None))
    return out


def _lookup(done: dict[str, tuple[list[Claim] | None, Exception | None]],
            extract: Callable[[Document], list[Claim]]) -> Callable[[Document], list[Claim]]:
    def extracted(doc: Document) -> list[Claim]:
        if doc.id not in done:
            return extract(doc)
        claims, exc = done[doc.id]
        if exc is not None:
            raise exc
        return claims or []

    return extracted


def _extract_first(store: Store | None, batch: list[Document | Extracted],
                   extract: Callable[[Document], list[Claim]]) -> Callable[[Document], list[Claim]]:
    """``extract`` with the claims of the batch's reports not yet stored worked out beforehand,
    outside the write lock, so that other writers wait only for clustering and writing. A
    report stored meanwhile by another run is skipped under the lock as usual."""
    done: dict[str, tuple[list[Claim] | None, Exception | None]] = {}
    for d, given in _todo(store, batch):
        if not supports_language(d.language):
            continue
        try:
            done[d.id] = (_extract_one(d, given, extract), None)
        except Exception as exc:  # noqa: BLE001 - reported for this report under the lock
            done[d.id] = (None, exc)
    return _lookup(done, extract)


def extract_whole(doc: Document) -> list[Claim]:
    """The claims of the whole report, however long it is.

    :class:`~newstally.extract.ExtractSettings` cuts a text at ``max_chars`` by default; the
    commands never drop the end of a report silently (extraction time grows linearly: a 2 MB
    report takes about a second and a half).
    """
    from .extract import ExtractSettings, extract_claims

    settings = ExtractSettings()
    if len(doc.text) > settings.max_chars:
        settings = replace(settings, max_chars=len(doc.text))
    return extract_claims(doc, settings=settings)


def refresh_stale_events(store: Store, chunk: int = 200, *, pool: _Pool | None = None) -> int:
    """Recompute the events that gained reports since they were last refreshed.

    Ingest marks events stale inside each batch's transaction and refreshes them once at the
    end of the run, so a large event is reconciled once per run, not once per batch (cost grows
    linearly with the reports). A run stopped before the end leaves the marks; the next run
    (or this function) finishes the job. Returns how many events were refreshed. ``pool`` (an
    ingest's worker processes) works out the figures of many events at once.
    """
    ids: list[str] = list(store.get_meta(_STALE_KEY) or ())
    if ids and getattr(store, "readonly", False):
        log.warning("the database is read-only: %d event(s) show the figures they had before their "
                    "latest reports (a writable open recomputes them)", len(ids))
        return 0
    done = 0
    while ids:  # marks are read, refreshed and cleared under the write lock, a chunk at a time
        with store.writing() as conn:
            ids = list(store.get_meta(_STALE_KEY, conn) or ())
            part = ids[:chunk]
            old = {r["id"]: r for r in store.event_rows(part, conn=conn)}
            states = {eid: json.loads(old[eid]["state"]) if old.get(eid, {}).get("state") else {}
                      for eid in part if eid in old}
            _refresh_events(store, conn, states, pool)
            ids = ids[chunk:]
            store.set_meta(conn, _STALE_KEY, ids)
            done += len(part)
    return done


def _when(doc: Document) -> tuple[int, str]:
    return (0, doc.published) if doc.published else (1, "")


def supports_language(language: str | None) -> bool:
    from .extract import supports_language as supported

    return supported(language)


def _with_members(store: Store, clusterer: Clusterer,
                  states: Iterable[tuple[str, dict[str, Any]]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Stored event states, those written by an older version (without their reports'
    features) completed from the stored reports, so that their events go on growing."""
    from .cluster.features import features

    for eid, st in states:
        if not st.get("members"):
            docs = store.event_documents([eid], text=True)
            claims: dict[str, list[Claim]] = {}
            for row in store.document_claims([d["id"] for d in docs]):
                claims.setdefault(row["doc_id"], []).append(_claim(row))
            st = dict(st, members=[features(Document(
                id=d["id"], text=d["text"], title=d["title"], published=d["published"], url=d["url"],
                site=d["site"], language=d["language"]), claims.get(d["id"], ()), clusterer.settings).to_state()
                for d in docs])
        yield eid, st


def _ingest_batch(store: Store, clusterer: Clusterer, window: _Window, batch: list[Document],
                  extract: Callable[[Document], list[Claim]], result: IngestReport,
                  fail: Callable[[str], None], feats: dict[str, Any] | None = None) -> None:
    result.read += len(batch)
    # an id as the store keeps it (PostgreSQL has no NUL), so later lookups find what was written
    batch = [d if store.storable_id(d.id) == d.id else replace(d, id=store.storable_id(d.id)) for d in batch]
    with store.transaction() as conn:
        known = store.existing_documents(conn, [d.id for d in batch])
    fresh: dict[str, Document] = {}
    for d in batch:
        if d.id in known or d.id in fresh:
            result.skipped += 1
        else:
            fresh[d.id] = d
    _load_window(store, clusterer, window, list(fresh.values()))
    doc_rows, claim_rows = [], []
    clusterer.observe(fresh.values())
    for doc in sorted(fresh.values(), key=_when):  # any order gives the same events
        if not supports_language(doc.language):
            result.unsupported += 1  # stored and clustered, but no figures rather than wrong ones
            log.info("%s: no casualty lexicon for language %r; stored without figures", doc.id, doc.language)
            claims: list[Claim] = []
        else:
            try:
                claims = extract(doc)
            except Exception as exc:  # noqa: BLE001 - one bad report never aborts the batch
                log.debug("extraction failed on %s", doc.id, exc_info=True)
                fail(str(ReadError(f"extraction failed: {exc.__class__.__name__}: {exc}",
                                   source=doc.path or doc.id)))
                continue
        f = (feats or {}).get(doc.id)
        if f is not None:  # worked out in a worker process from the same report and claims
            clusterer.add_features(f)
        else:
            clusterer.add(doc, claims)
        doc_rows.append(_document_row(doc))
        claim_rows += [_claim_row(doc.id, i, c) for i, c in enumerate(claims)]
    if not doc_rows:
        return
    # where every report now is: new reports, and stored ones whose events were joined
    changed, gone = clusterer.take_changes()
    added = {r["id"] for r in doc_rows}
    links = [{"doc_id": d, "event_id": e, "source_group": g} for d, (e, g) in changed.items() if d in added]
    moved = [{"doc_id": d, "event_id": e, "source_group": g} for d, (e, g) in changed.items() if d not in added]
    touched = sorted({e for e, _g in changed.values()})
    with store.transaction() as conn:
        store.add_documents(conn, doc_rows)
        store.add_claims(conn, claim_rows)
        old = {r["id"]: r for r in store.event_rows(touched, conn=conn)}
        for eid in touched:
            store.save_event(conn, {"id": eid, "state": _state(clusterer, eid, old.get(eid))[0]})
        store.link_documents(conn, links)
        dead = sorted(gone - set(touched))
        if dead:
            store.alias_events(conn, _successors(store, conn, dead, changed))
        store.relink_documents(conn, moved)
        store.delete_events(conn, dead)
        stale = set(store.get_meta(_STALE_KEY, conn) or ()) - gone
        store.set_meta(conn, _STALE_KEY, sorted(stale | set(touched)))
        store.set_meta(conn, _STATS_KEY, clusterer.stats())
    result.added += len(doc_rows)
    result.new_events += len(set(touched) - set(old))
    result.updated_events += len(touched)
    if len(clusterer.members) > _MAX_IN_MEMORY:
        clusterer.prune()
        window.everything = False
        window.since = clusterer.today - clusterer.settings.horizon_days


def _successors(store: Store, conn: Any, dead: list[str],
                changed: dict[str, tuple[str, str]]) -> dict[str, str]:
    """For each event about to be removed, the event that took most of its reports (the
    smallest id on a tie)."""
    votes: dict[str, Counter[str]] = {}
    for d in store.event_documents(dead, conn, text=False):
        if d["id"] in changed:
            votes.setdefault(d["event_id"], Counter())[changed[d["id"]][0]] += 1
    return {old: min(c, key=lambda e: (-c[e], e)) for old, c in votes.items()}


def _state(clusterer: Clusterer, eid: str, old: dict[str, Any] | None) -> tuple[str | None, dict[str, Any]]:
    """The event's clusterer state as stored (JSON) and as a dict."""
    try:
        state = clusterer.event_state(eid)
        return json.dumps(state, ensure_ascii=False, separators=(",", ":")), state
    except KeyError:  # left the active set: keep what was stored
        raw = old["state"] if old else None
        return raw, json.loads(raw) if raw else {}


def _reports(store: Store, conn: Any, event_ids: list[str], *, text: bool) -> dict[str, list[Report]]:
    docs = store.event_documents(event_ids, conn, text=text)
    by_doc: dict[str, list[Claim]] = {}
    for row in store.document_claims([d["id"] for d in docs], conn):
        by_doc.setdefault(row["doc_id"], []).append(_claim(row))
    out: dict[str, list[Report]] = {}
    for d in docs:
        out.setdefault(d["event_id"], []).append(Report(
            id=d["id"], claims=tuple(by_doc.get(d["id"], ())), source_group=d["source_group"],
            site=d["site"], url=d["url"], title=d["title"], published=d["published"], day=d["day"],
            text=d.get("text"), language=d["language"]))
    return out


def _refresh_events(store: Store, conn: Any, states: dict[str, dict[str, Any]], pool: _Pool | None = None) -> None:
    """Recompute counts, dates, title, place and reconciled figures of events that gained
    reports, each from all of the event's reports (the same whatever order they came in)."""
    reports = _reports(store, conn, list(states), text=True)
    work = [(eid, state, reports.get(eid, [])) for eid, state in states.items()]
    rows = pool.map_events(_event_row, work) if pool is not None else [_event_row(w) for w in work]
    for row in rows:
        store.save_event(conn, row)


def _event_row(work: tuple[str, dict[str, Any], list[Report]]) -> dict[str, Any]:
    """An event's stored row from its reports (a pure function: worker processes run it)."""
    eid, state, reps = work
    place = event_place(reps)
    figures = reconcile(about_event(reps))
    row: dict[str, Any] = {
        "id": eid, "articles": len(reps), "independent_sources": len({r.group for r in reps}),
        "contested": any(f.contested for f in figures),
        "figures": json.dumps({f.key: _compact(f) for f in figures}, separators=(",", ":")),
        # what `show` and the event page need, so that they do not reconcile on every view
        "detail": json.dumps({f.key: f.to_dict() for f in figures}, ensure_ascii=False, separators=(",", ":")),
        "date_start": occurrence_day(reps) or state.get("first"),
        "date_end": state.get("last") or max((r.date for r in reps if r.date), default=None),
    }
    # title and place from the event's first reports, whatever order and runs they came in
    dated_first = sorted(reps, key=lambda r: (r.date is None, r.date or "", r.id))
    row["title"] = next((r.title for r in dated_first if r.title), None)  # the first report's
    row.update(place_fields(place))
    return row


def _figure(d: dict[str, Any]) -> Figure:
    """A figure as ``Figure.to_dict()`` gave it (stored as JSON)."""
    return Figure(**{**d, "sides": tuple(d.get("sides") or ()), "timeline": tuple(d.get("timeline") or ())})


def _compact(f: Figure) -> dict[str, Any]:
    return {"low": f.low, "best": f.best, "high": f.high, "contested": f.contested,
            "articles": f.articles, "sources": f.sources}


# ------------------------------------------------------------------------------------ read


def _event(row: dict[str, Any], figures: dict[str, Figure] | None = None) -> Event:
    if figures is None:
        from .reconcile import split_key

        figures = {}
        for key, v in json.loads(row.get("figures") or "{}").items():
            cat, sub = split_key(key)
            figures[key] = Figure(key=key, category=cat, subgroup=sub, low=v["low"], best=v["best"],
                                  high=v["high"], contested=v["contested"], articles=v["articles"],
                                  sources=v["sources"])
    return Event(id=row["id"], date_start=row["date_start"], date_end=row["date_end"],
                 country=row["country"], country_code=row["country_code"], location=row["location"],
                 latitude=row["latitude"], longitude=row["longitude"], title=row["title"],
                 articles=row["articles"], independent_sources=row["independent_sources"],
                 contested=bool(row["contested"]), figures=figures)


def list_events(store: Store, since: str | None = None, country: str | None = None,
                search: str | None = None) -> list[Event]:
    """Events last reported on or after ``since`` (ISO date), in ``country`` (name or code),
    whose reports contain every word or "quoted phrase" of ``search`` (:mod:`newstally.search`)."""
    from .search import parse_query

    refresh_stale_events(store)
    if since:
        try:
            date.fromisoformat(since[:10])
        except ValueError as exc:
            raise NewstallyError(f"--since wants a date like 2023-09-20, not {since!r}") from exc
    return [_event(r) for r in store.event_rows(since=since, country=country, terms=parse_query(search))]


@dataclass(frozen=True)
class EventDetail:
    """One event with its figures' timelines and its reports."""

    event: Event
    documents: tuple[dict[str, Any], ...]

    def to_dict(self) -> dict[str, Any]:
        d = self.event.to_dict()
        d["figures"] = {k: f.to_dict() for k, f in self.event.figures.items()}
        d["documents"] = [dict(doc) for doc in self.documents]
        return d


_DOC_FIELDS = ("id", "url", "site", "published", "title", "source_group", "path")


def event_detail(store: Store, event_id: str) -> EventDetail:
    """The event with id ``event_id`` (or a unique prefix of it), reconciled with timelines."""
    refresh_stale_events(store)
    ids = store.find_event(event_id)
    if not ids:
        raise StoreError(f"no event {event_id!r}")
    if len(ids) > 1:
        raise StoreError(f"{event_id!r} matches several events: {', '.join(ids[:5])}")
    with store.reading() as conn:
        row = store.event_rows(ids, conn=conn, detail=True)[0]
        # figures stored when the event was last reconciled, unless it has gained reports since
        stored = row.get("detail") and not (getattr(store, "readonly", False)
                                             and ids[0] in (store.get_meta(_STALE_KEY, conn) or ()))
        reports = [] if stored else _reports(store, conn, ids, text=True).get(ids[0], [])
        docs = store.event_documents(ids, conn, text=False)
    if stored:
        figures = {k: _figure(f) for k, f in json.loads(row["detail"]).items()}
    else:
        figures = {f.key: f for f in reconcile(about_event(reports))}
    event = replace(_event(row, figures), contested=any(f.contested for f in figures.values()))
    return EventDetail(event, tuple({k: d[k] for k in _DOC_FIELDS} for d in docs))


#: Subgroups with their own columns in exports (best figure of that subgroup).
EXPORT_SUBGROUPS = ("civilians", "children", "women", "soldiers", "police", "militants",
                    "attackers", "protesters", "journalists", "aid_workers")
EXPORT_COLUMNS = ("event_id", "date_start", "date_end", "country", "country_code", "location",
                  "latitude", "longitude", "title", "category", "low", "best", "high", "contested",
                  *(f"{s}_best" for s in EXPORT_SUBGROUPS), "articles", "independent_sources",
                  "figure_articles", "figure_sources")


def export_rows(store: Store, since: str | None = None, country: str | None = None) -> Iterator[dict[str, Any]]:
    """One row per event x category, columns :data:`EXPORT_COLUMNS` (close to UCDP GED)."""
    for ev in list_events(store, since=since, country=country):
        totals = [f for f in ev.figures.values() if f.subgroup is None]
        for f in totals:
            row: dict[str, Any] = {
                "event_id": ev.id, "date_start": ev.date_start, "date_end": ev.date_end,
                "country": ev.country, "country_code": ev.country_code, "location": ev.location,
                "latitude": ev.latitude, "longitude": ev.longitude, "title": ev.title,
                "category": f.category, "low": f.low, "best": f.best, "high": f.high,
                "contested": f.contested or any(g.contested for g in ev.figures.values()
                                                if g.category == f.category)}
            for s in EXPORT_SUBGROUPS:
                sub = ev.figures.get(f"{s}_{f.category}")
                row[f"{s}_best"] = sub.best if sub else None
            row.update(articles=ev.articles, independent_sources=ev.independent_sources,
                       figure_articles=f.articles, figure_sources=f.sources)
            yield row


def write_export(rows: Iterable[dict[str, Any]], fmt: str, path: str) -> int:
    """Write export rows to ``path`` (``-``: standard output) as ``csv``, ``json`` (one array) or
    ``parquet``; return the count. CSV cells that a spreadsheet would run as a formula are
    neutralised (:func:`csv_safe`)."""
    import contextlib

    rows = list(rows)
    if fmt not in ("csv", "json", "parquet"):
        raise NewstallyError(f"unknown export format {fmt!r}")

    def opened(binary: bool = False) -> Any:
        if path == "-":
            if binary:
                sys.stdout.flush()
                return contextlib.nullcontext(sys.stdout.buffer)
            return contextlib.nullcontext(sys.stdout)
        if binary:
            return open(path, "wb")
        return open(path, "w", newline="" if fmt == "csv" else None, encoding="utf-8")

    try:
        if fmt == "csv":
            import csv

            with opened() as fh:
                writer = csv.DictWriter(fh, fieldnames=EXPORT_COLUMNS)
                writer.writeheader()
                writer.writerows(csv_row(r) for r in rows)
        elif fmt == "json":
            with opened() as fh:
                json.dump(rows, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            with opened(binary=True) as fh:
                pq.write_table(pa.Table.from_pylist(rows, schema=_arrow_schema()), fh)
    except OSError as exc:
        raise NewstallyError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return len(rows)


#: First characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """``value`` for a CSV cell: text starting with ``=``, ``+``, ``-``, ``@``, tab or carriage
    return gets a leading ``'`` so that spreadsheets show it instead of running it as a formula
    (OWASP's advice on CSV injection); booleans are written ``true``/``false``; anything else is
    unchanged."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row with every cell through :func:`csv_safe`."""
    return {k: csv_safe(v) for k, v in row.items()}


def _arrow_schema() -> Any:
    import pyarrow as pa

    types = {"latitude": pa.float64(), "longitude": pa.float64(), "contested": pa.bool_()}
    for c in ("low", "best", "high", "articles", "independent_sources", "figure_articles",
              "figure_sources", *(f"{s}_best" for s in EXPORT_SUBGROUPS)):
        types[c] = pa.int64()
    return pa.schema([(c, types.get(c, pa.string())) for c in EXPORT_COLUMNS])
