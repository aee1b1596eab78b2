"""The incremental clusterer: reports in, events (connected groups of linked reports) out.

A new report is scored against the reports that share an index word (one of its rarer words)
or a place with it, within ``follow_up_days``; every pair that :func:`~.score.linked` accepts
joins the two reports' events, which may merge two events into one. As the links depend on the
two reports only, and connected groups do not depend on the order links are found in, the
events are the same for any order of arrival and any split into runs, provided the events within
``follow_up_days`` of a new report are loaded (:meth:`Clusterer.load_events`).

An event's key is the id of its first report (by publication day, then id); its source groups
join copies of one text, and every report of one site in the event (a site never writes two
independent reports of one incident). A group's key is the id of its first report.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model import Claim, Document
from .features import Features, features, parse_date
from .score import follows, gap, is_short, linked
from .settings import ClusterSettings


def _find(parent: dict[str, str], i: str) -> str:
    """The root of ``i`` in a union-find forest, compressing the path on the way."""
    root = i
    while parent[root] != root:
        root = parent[root]
    while parent[i] != root:
        parent[i], i = root, parent[i]
    return root


@dataclass(frozen=True)
class Assignment:
    """Where one report went."""

    event: str  # the event key: the id of the event's first report
    source_group: str  # id of the first report of its source group (copies, one site)
    new_event: bool  # the report started an event of its own


def _iso(day: int | None) -> str | None:
    return date.fromordinal(day).isoformat() if day else None


class Clusterer:
    """Incremental, order-independent clustering of reports into events.

    >>> c = Clusterer()
    >>> a = c.add(doc)            # doctest: +SKIP
    >>> a.event, a.source_group, a.new_event  # doctest: +SKIP

    ``add`` tells where a report went at that moment; a later report may join two events into
    one, so :meth:`event_of` and :meth:`take_changes` give the current answer.
    """

    def __init__(self, settings: ClusterSettings | None = None) -> None:
        self.settings = settings or ClusterSettings()
        self.n_docs = 0
        self._feats: dict[str, Features] = {}
        self._parent: dict[str, str] = {}
        self._members: dict[str, list[str]] = {}  # root -> member ids
        self._copies: dict[str, set[str]] = defaultdict(set)
        # index keys (rarer words, places) -> day -> reports; rare words -> reports; undated reports
        self._by_day: dict[str, dict[int, list[str]]] = defaultdict(dict)
        self._by_rare: dict[str, list[str]] = defaultdict(list)
        self._undated: dict[str, list[str]] = defaultdict(list)
        # source groups: a union-find of their own, each group keyed by its first report
        self._gparent: dict[str, str] = {}
        self._gkey: dict[str, str] = {}
        self._sites: dict[str, dict[str, str]] = {}  # event root -> site -> one of its reports
        self._observed: set[str] = set()
        self._dirty: set[str] = set()  # roots changed since take_changes()
        self._emitted: dict[str, tuple[str, str]] = {}  # doc -> (event, group) last handed out
        self._gone: set[str] = set()  # event keys handed out that no longer exist
        self._today = 0

    # -- union-find -----------------------------------------------------------------------
    def _root(self, i: str) -> str:
        return _find(self._parent, i)

    def _union(self, a: str, b: str) -> str:
        ra, rb = self._root(a), self._root(b)
        if ra == rb:
            return ra
        if len(self._members[ra]) < len(self._members[rb]):
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._members[ra] += self._members.pop(rb)
        sites = self._sites[ra]
        for site, doc in self._sites.pop(rb).items():
            if site in sites:
                self._gunion(sites[site], doc)  # a site never has two sources in one event
            else:
                sites[site] = doc
        self._dirty.discard(rb)
        self._dirty.add(ra)
        return ra

    def _groot(self, i: str) -> str:
        return _find(self._gparent, i)

    def _gunion(self, a: str, b: str) -> None:
        ra, rb = self._groot(a), self._groot(b)
        if ra != rb:
            ka, kb = self._gkey.pop(ra), self._gkey.pop(rb)
            self._gparent[rb] = ra
            self._gkey[ra] = ka if self._feats[ka].order <= self._feats[kb].order else kb

    def _key(self, root: str) -> str:
        return min(self._members[root], key=lambda m: self._feats[m].order)

    @property
    def events(self) -> dict[str, list[str]]:
        """Event key -> ids of its reports (those in memory)."""
        return {self._key(r): sorted(m, key=lambda i: self._feats[i].order)
                for r, m in self._members.items()}

    @property
    def members(self) -> Mapping[str, Features]:
        """Every report in memory, by id."""
        return self._feats

    @property
    def today(self) -> int:
        """The newest day of occurrence seen (an ordinal)."""
        return self._today

    def event_of(self, doc_id: str) -> str:
        return self._key(self._root(doc_id))

    def groups(self, root: str) -> dict[str, str]:
        """Report id -> source group key, for the members of the event with root ``root``."""
        return {m: self._gkey[self._groot(m)] for m in self._members[root]}

    # -- persistence ----------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Running counts (JSON-serialisable), for :meth:`load_stats`."""
        return {"docs": self.n_docs}

    def load_stats(self, stats: Mapping[str, Any]) -> None:
        self.n_docs += int(stats.get("docs", 0))

    def event_state(self, event: str) -> dict[str, Any]:
        """The JSON-serialisable state of an event (its reports' features), for :meth:`load_events`."""
        root = self._root(event)
        members = sorted(self._members[root], key=lambda m: self._feats[m].order)
        spans = [self._feats[m].span for m in members]
        days = [d for sp in spans if sp for d in sp]
        return {"first": _iso(min(days, default=None)), "last": _iso(max(days, default=None)),
                "docs": len(members),
                "members": [dict(self._feats[m].to_state(), copies=sorted(self._copies.get(m, ())))
                            for m in members]}

    def load_events(self, states: Iterable[tuple[str, Mapping[str, Any]]]) -> list[str]:
        """Make events saved with :meth:`event_state` active again; return the keys loaded.

        Events already in memory, and states of an older format (without members), are skipped.
        """
        loaded = []
        for key, st in states:
            members = st.get("members")
            if not members or key in self._feats:
                continue
            feats = [Features.from_state(m) for m in members]
            for f in feats:
                self._put(f)
            for f, m in zip(feats, members):
                for c in m.get("copies") or ():
                    self._copies[f.id].add(c)
                    self._copies[c].add(f.id)
                    if c in self._gparent:
                        self._gunion(f.id, c)
            root = feats[0].id
            for f in feats[1:]:
                root = self._union(root, f.id)
            self._dirty.discard(root)
            groups = self.groups(root)
            ekey = self._key(root)
            for f in feats:
                self._emitted[f.id] = (ekey, groups[f.id])
                if f.day is not None:
                    self._today = max(self._today, f.day)
            loaded.append(ekey)
        return loaded

    def take_changes(self) -> tuple[dict[str, tuple[str, str]], set[str]]:
        """What changed since the last call: report id -> (event, source group) for reports
        whose event or group is new or changed, and the event keys that no longer exist."""
        changed: dict[str, tuple[str, str]] = {}
        live: set[str] = set()
        for root in self._dirty:
            if root not in self._members:
                continue
            key = self._key(root)
            live.add(key)
            for m, g in self.groups(root).items():
                if self._emitted.get(m) != (key, g):
                    old = self._emitted.get(m)
                    if old and old[0] != key:
                        self._gone.add(old[0])
                    self._emitted[m] = (key, g)
                    changed[m] = (key, g)
        gone = self._gone - live
        self._dirty.clear()
        self._gone = set()
        return changed, gone

    # -- adding ---------------------------------------------------------------------------
    def observe(self, docs: Iterable[Document]) -> None:
        """Count reports that will be added next (kept for callers of earlier versions:
        the word weights no longer depend on the reports seen)."""
        for d in docs:
            if d.id not in self._observed and d.id not in self._feats:
                self._observed.add(d.id)
                self.n_docs += 1

    def _put(self, f: Features) -> None:
        self._feats[f.id] = f
        self._parent[f.id] = f.id
        self._members[f.id] = [f.id]
        self._gparent[f.id] = f.id
        self._gkey[f.id] = f.id
        self._sites[f.id] = {f.site: f.id} if f.site else {}
        for k in self._index_keys(f):
            if f.day is None:
                self._undated[k].append(f.id)
            else:
                self._by_day[k].setdefault(f.day, []).append(f.id)
        for t in f.rare:
            self._by_rare[t].append(f.id)

    def _index_keys(self, f: Features, probe: bool = False) -> list[str]:
        keys = [*f.probes, *(f"@{p}" for p in f.places)]
        if is_short(f, self.settings):  # headlines of one kind of attack
            keys += [f"#{k}" for k in f.kinds]
            keys += [f"%{k}" for k in f.targets]
            keys += ["&court"] if f.court else []
            keys += [f"${st}" for st in f.states]
            # a round-up of the day's news looks for that day's headlines, which look for it
            keys.append("!headline" if f.roundup == probe else "!roundup")
        return keys

    def _candidates(self, f: Features) -> list[str]:
        """Reports that share an index word or place with ``f`` within ``recent_days`` (any day
        when either is undated), or a rare word within ``follow_up_days``: every report a link
        with ``f`` is possible to (see :func:`~.score.score`)."""
        s = self.settings
        found: set[str] = set()
        span = f.span
        # a report is indexed under its day of occurrence; the gap is measured between spans
        reach = max(s.recent_days, s.duplicate_days) + 15
        for k in self._index_keys(f, probe=True):
            days = self._by_day.get(k)
            if days:
                if span is None or len(days) <= 2 * reach:
                    for ids in days.values():
                        found.update(ids)
                else:
                    for d in range(span[0] - reach, span[1] + reach + 1):
                        found.update(days.get(d, ()))
            found.update(self._undated.get(k, ()))
        for t in f.rare:
            found.update(self._by_rare.get(t, ()))
        found.discard(f.id)
        # farther apart than any link but a follow-up's reaches (copies, round-ups, other
        # languages and reports within recent_days), only a follow-up can link (score), or a
        # copy without a publication day (is_copy has no day to compare): the rare words of a
        # year of news do not make every report meet every other one
        near = max(s.recent_days, s.duplicate_days, s.roundup_days, s.cross_days)
        out = []
        for m in sorted(found):
            other = self._feats[m]
            g = gap(f, other)
            if (g is None or g <= near or f.pub is None or other.pub is None
                    or (g <= s.follow_up_days and follows(f, other))):
                out.append(m)
        return out

    def add(self, doc: Document, claims: Sequence[Claim] = ()) -> Assignment:
        """Assign one report to an event (existing, new, or two existing ones joined)."""
        return self.add_features(features(doc, claims, self.settings))

    def add_features(self, f: Features) -> Assignment:
        s = self.settings
        if f.id in self._feats:  # the same report twice: where it is
            root = self._root(f.id)
            return Assignment(self._key(root), self.groups(root)[f.id], False)
        if f.id in self._observed:
            self._observed.discard(f.id)
        else:
            self.n_docs += 1
        if f.day is not None:
            self._today = max(self._today, f.day)
        candidates = self._candidates(f)
        self._put(f)
        self._dirty.add(f.id)
        joined = False
        for m in candidates:
            same, copy = linked(f, self._feats[m], s)
            if copy:
                self._copies[f.id].add(m)
                self._copies[m].add(f.id)
                self._gunion(f.id, m)
            if same:
                joined = True
                self._union(f.id, m)
        root = self._root(f.id)
        return Assignment(self._key(root), self.groups(root)[f.id], not joined)

    def prune(self) -> list[str]:
        """Drop events with no report within ``horizon_days`` of the newest; return their keys."""
        cutoff = self._today - self.settings.horizon_days
        gone_roots = [r for r, ms in self._members.items()
                      if max((self._feats[m].span or (10**7, 10**7))[1] for m in ms) < cutoff]
        keys = [self._key(r) for r in gone_roots]
        dropped: set[str] = set()
        for r in gone_roots:
            for m in self._members.pop(r):
                dropped.add(m)
                del self._parent[m]
                self._copies.pop(m, None)
                self._emitted.pop(m, None)
            self._sites.pop(r, None)
            self._dirty.discard(r)
        for m in dropped:  # groups never span events: every member of these groups is dropped
            self._gkey.pop(self._gparent[m], None)
        for m in dropped:
            del self._gparent[m]
        if dropped:
            for index in (self._by_day,):
                for k in list(index):
                    days = index[k]
                    for d in list(days):
                        kept = [m for m in days[d] if m not in dropped]
                        if kept:
                            days[d] = kept
                        else:
                            del days[d]
                    if not days:
                        del index[k]
            for flat in (self._by_rare, self._undated):
                for k in list(flat):
                    kept = [m for m in flat[k] if m not in dropped]
                    if kept:
                        flat[k] = kept
                    else:
                        del flat[k]
        for m in dropped:
            del self._feats[m]
        return keys


def cluster_documents(docs: Iterable[Document],
                      claims: Mapping[str, Sequence[Claim]] | None = None,
                      settings: ClusterSettings | None = None) -> list[list[str]]:
    """Group reports into events: lists of report ids, each input id exactly once.

    The groups do not depend on the order of the input; they are returned in input order of
    their first member, each listing its members in input order. A report id that occurs twice
    is listed once.
    """
    docs = list(docs)
    claims = claims or {}
    clusterer = Clusterer(settings)
    for doc in docs:
        clusterer.add(doc, claims.get(doc.id, ()))
    groups: dict[str, list[str]] = {}
    seen: set[str] = set()
    for doc in docs:
        if doc.id not in seen:
            seen.add(doc.id)
            groups.setdefault(clusterer.event_of(doc.id), []).append(doc.id)
    return list(groups.values())


__all__ = ["Assignment", "Clusterer", "cluster_documents", "parse_date"]
