"""Keep a ledger up to date: poll feeds and pages, ingest only what is new.

Each cycle asks every source with a conditional request (ETag / Last-Modified from the last
answer); a feed that did not change costs one small request. Items already seen (by id, else
link) are skipped without fetching their pages. New reports go through the ordinary ingest
(extraction, clustering, reconciliation), committed batch by batch, so stopping at any moment
loses nothing that was committed. A source that is down or broken is reported and retried on
the next cycle; the others go on.

The state of each source (validators and the keys of items seen) is kept in the store, so a
later run continues where the last one stopped.
"""
from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import NewstallyError, ReadError, StoreError
from .model import Claim, Document
from .read.fetch import FetchSettings, Fetcher
from .store import Store

log = logging.getLogger(__name__)

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")


def parse_duration(text: str) -> float:
    """Seconds in a duration such as ``30s``, ``5m``, ``1h``, ``1h30m`` or ``90`` (seconds)."""
    s = text.strip().lower().replace(" ", "")
    if not s or _DURATION.sub("", s):
        raise NewstallyError(f"not a duration: {text!r} (use e.g. 30s, 5m, 1h)")
    seconds = sum(float(n) * _UNITS[u or "s"] for n, u in _DURATION.findall(s))
    if seconds <= 0:
        raise NewstallyError(f"duration must be positive: {text!r}")
    return seconds


@dataclass(frozen=True)
class WatchSettings:
    """every: seconds between the starts of two cycles. max_cycles: stop after this many
    (None = until interrupted). remember: item keys kept per feed to recognise old items.
    fetch: how pages and feeds are fetched (timeouts, limits, politeness)."""

    every: float = 300.0
    max_cycles: int | None = None
    remember: int = 5000
    fetch: FetchSettings = field(default_factory=FetchSettings)


@dataclass
class CycleReport:
    """What one polling cycle did."""

    cycle: int
    sources: int = 0
    unchanged: int = 0  # sources that answered "not modified"
    new_items: int = 0  # reports read that were not in the store
    new_claims: int = 0
    events_changed: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"cycle {self.cycle}: {self.sources} source(s), {self.unchanged} unchanged, "
                f"{self.new_items} new report(s), {self.new_claims} new claim(s), "
                f"{self.events_changed} event(s) changed, {len(self.failures)} failure(s)")


def _state_key(source: str) -> str:
    from .read.safe import redact

    return f"watch:{redact(source)}"  # credentials in a URL are never stored


def poll_once(store: Store, sources: Sequence[str], cycle: int, fetcher: Fetcher,
              settings: WatchSettings) -> CycleReport:
    """One cycle over ``sources``: fetch what changed, ingest what is new."""
    from .ledger import extract_whole, ingest
    from .read.feed import read_feed
    from .read.url import acceptable, content_kind, page_document

    report = CycleReport(cycle=cycle, sources=len(sources))

    def counting_extract(doc: Document) -> list[Claim]:
        claims = extract_whole(doc)
        report.new_claims += len(claims)
        return claims

    def poll(source: str) -> None:
        state: dict[str, Any] = store.get_meta(_state_key(source)) or {}
        try:
            result = fetcher.fetch(source, etag=state.get("etag"), last_modified=state.get("last_modified"),
                                   accept=acceptable)
        except ReadError as exc:
            report.failures.append(str(exc))
            return
        if result.not_modified:
            report.unchanged += 1
            return
        seen = set(state.get("seen", ()))
        docs: Iterable[Document | ReadError]
        kind = content_kind(result)
        if kind == "feed":
            docs = read_feed(result.body, url=result.final_url, fetcher=fetcher, seen=seen)
        elif kind == "page":
            try:
                docs = [page_document(result, source=source)]
            except ReadError as exc:
                docs = [exc]
        else:
            report.failures.append(f"{source}: unsupported content type {result.media_type!r}")
            return
        done = ingest(store, docs, extract=counting_extract, on_error=report.failures.append)
        report.new_items += done.added
        report.events_changed += done.updated_events
        keep = list(seen)[-settings.remember:]
        with store.transaction() as conn:
            store.set_meta(conn, _state_key(source), {"etag": result.etag, "last_modified": result.last_modified,
                                                      "seen": keep})

    for source in sources:
        try:
            poll(source)
        except StoreError:
            raise  # the database itself failed: nothing more can be kept
        except Exception as exc:  # noqa: BLE001 - one broken source never stops the others
            log.debug("polling %s failed", source, exc_info=True)
            report.failures.append(f"{source}: failed ({type(exc).__name__}: {exc})")
    return report


def watch(store: Store, sources: Sequence[str], settings: WatchSettings | None = None, *,
          on_cycle: Callable[[CycleReport], None] | None = None,
          sleep: Callable[[float], None] = time.sleep) -> list[CycleReport]:
    """Poll ``sources`` every ``settings.every`` seconds until ``max_cycles`` (or Ctrl-C, which
    the caller catches: everything committed before it stays)."""
    settings = settings or WatchSettings()
    reports: list[CycleReport] = []
    cycle = 0
    with Fetcher(settings.fetch) as fetcher:
        while settings.max_cycles is None or cycle < settings.max_cycles:
            cycle += 1
            started = time.monotonic()
            report = poll_once(store, sources, cycle, fetcher, settings)
            log.info(report.line())
            reports.append(report)
            if on_cycle:
                on_cycle(report)
            if settings.max_cycles is not None and cycle >= settings.max_cycles:
                break
            sleep(max(0.0, settings.every - (time.monotonic() - started)))
    return reports


__all__ = ["CycleReport", "WatchSettings", "parse_duration", "poll_once", "watch"]
