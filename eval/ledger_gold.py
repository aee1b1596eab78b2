#!/usr/bin/env python3
"""Score the ledger's event figures, country and date on an events set, with the gold grouping.

The end-to-end scorer (``score_events.py``) mixes two things: which reports form an event
(clustering) and what the ledger makes of an event's reports (reconciled figures, contested,
country, date). This script measures the second alone: it ingests the set through the real
``newstally.ledger.ingest`` path, but with a clusterer that puts each report into its gold event
(and its gold copy group), then compares every event with ``gold.json``:

    contested, country, killed best, injured best, date (= date_start), and the other categories

It also prints the halves (even / odd position of the gold events in key order), so a rule tuned
on one half can be checked on the other, and with ``--full`` runs ``score_events.py`` as well.

    SHARED=../shared .venv/bin/python eval/ledger_gold.py [--show all|miss|none] [--full] [--json OUT]

Skips with a message (exit 0) when the shared data is absent.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SHARED") or ROOT.parent / "shared").resolve()
HIDDEN = ("gold_event", "gold_group", "meta")
FIELDS = ("contested", "country", "killed", "injured", "date")
OTHER = ("missing", "evacuated", "displaced", "arrested", "kidnapped")


class GoldClusterer:
    """Stands in for ``newstally.cluster.Clusterer``: the gold event and copy group of each report.

    It answers both the older interface (``add`` returns an assignment) and the newer one
    (``take_changes`` after the batch)."""

    def __init__(self, event_of: Mapping[str, str], group_of: Mapping[str, str]) -> None:
        from newstally.cluster import ClusterSettings

        self.event_of, self.group_of = event_of, group_of
        self.days: dict[str, list[int]] = {}
        self.changes: dict[str, tuple[str, str]] = {}
        self.settings = ClusterSettings()
        self.members: dict[str, str] = {}
        self.today = 0

    def observe(self, docs: Iterable[Any]) -> None:
        pass

    def load_stats(self, stats: Any) -> None:
        pass

    def load_events(self, states: Any) -> None:
        pass

    def prune(self) -> list[str]:
        return []

    def add(self, doc: Any, claims: Sequence[Any] = ()) -> Any:
        from newstally.cluster import Assignment, report_day

        key = self.event_of[doc.id]
        new = key not in self.days
        days = self.days.setdefault(key, [])
        days += [d for d in report_day(doc) if d is not None]  # as the real clusterer keeps them
        self.changes[doc.id] = (key, self.group_of.get(doc.id, doc.id))
        self.members[doc.id] = key
        return Assignment(key, self.group_of.get(doc.id, doc.id), new)

    def take_changes(self) -> tuple[dict[str, tuple[str, str]], set[str]]:
        out, self.changes = self.changes, {}
        return out, set()

    def event_state(self, event: str) -> dict[str, Any]:
        days = self.days.get(event)
        if not days:
            raise KeyError(event)
        return {"first": date.fromordinal(min(days)).isoformat(),
                "last": date.fromordinal(max(days)).isoformat()}

    def stats(self) -> dict[str, Any]:
        return {}


def _norm(s: Any) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", str(s)).casefold() if c.isalnum())


def _check(field: str, g: Mapping[str, Any], ev: Mapping[str, Any]) -> tuple[bool, Any, Any]:
    """(right, got, wanted) for one field of one event."""
    if field == "contested":
        return bool(ev["contested"]) == bool(g["contested"]), ev["contested"], g["contested"]
    if field == "country":
        want = [g["country"], *g.get("country_aliases", [])]
        got = [ev.get("country"), ev.get("country_code")]
        return any(x and _norm(x) in {_norm(w) for w in want} for x in got), ev.get("country"), g["country"]
    if field == "date":
        got = (ev.get("date_start") or "")[:10]
        return got == g["date"], got, g["date"]
    gf = (g.get("figures") or {}).get(field) or {}
    want = gf.get("accept") or [gf.get("best") or 0]
    got = ((ev.get("figures") or {}).get(field) or {}).get("best") or 0
    return got in want, got, want


def run(folder: Path, show: str) -> dict[str, Any]:
    from newstally import ledger
    from newstally.read import read_sources
    from newstally.store import open_store

    recs = [json.loads(x) for x in (folder / "reports.jsonl").read_text("utf-8").splitlines() if x.strip()]
    gold = json.loads((folder / "gold.json").read_text("utf-8"))
    event_of = {r["id"]: r["gold_event"] for r in recs}
    group_of = {r["id"]: r["gold_group"] for r in recs}
    keys = sorted(k for k, g in gold.items() if g.get("ledger", True))
    half = {k: "even" if i % 2 == 0 else "odd" for i, k in enumerate(keys)}
    with tempfile.TemporaryDirectory(prefix="ledger-gold-") as td:
        inp = Path(td, "reports.jsonl")
        inp.write_text("".join(json.dumps({k: v for k, v in r.items() if k not in HIDDEN}, ensure_ascii=False)
                               + "\n" for r in recs), "utf-8")
        store = open_store(str(Path(td, "gold.db")))
        real = ledger._start_clusterer
        ledger._start_clusterer = lambda store, settings: GoldClusterer(event_of, group_of)  # type: ignore
        try:
            ledger.ingest(store, read_sources([str(inp)]))
        finally:
            ledger._start_clusterer = real
        events = {e.id: e.to_dict() for e in ledger.list_events(store)}
        details = {k: ledger.event_detail(store, k) for k in keys if k in events} if show != "none" else {}
    rows = []
    for k in keys:
        ev = events.get(k) or {"contested": False, "figures": {}}
        row = {"event": k, "half": half[k]}
        for f in (*FIELDS, *(c for c in OTHER if c in (gold[k].get("figures") or {}))):
            ok, got, want = _check(f, gold[k], ev)
            row[f] = {"ok": ok, "got": got, "want": want}
        rows.append(row)
    out: dict[str, Any] = {"rows": rows, "shares": {}}
    for part in ("all", "even", "odd"):
        sel = [r for r in rows if part == "all" or r["half"] == part]
        sh = {f: sum(r[f]["ok"] for r in sel) / len(sel) for f in FIELDS}
        oth = [r[c]["ok"] for r in sel for c in OTHER if c in r]
        sh["other"] = sum(oth) / len(oth) if oth else 0.0
        sh["mean4"] = sum(sh[f] for f in ("contested", "country", "killed", "injured")) / 4
        out["shares"][part] = sh
    for part, sh in out["shares"].items():
        print(f"{part:>4} ({sum(1 for r in rows if part == 'all' or r['half'] == part)} events): "
              + "  ".join(f"{f} {v:.3f}" for f, v in sh.items()))
    for r in rows:
        bad = [f for f in r if isinstance(r[f], dict) and not r[f]["ok"]]
        if bad or show == "all":
            print(f"  {'miss' if bad else 'ok  '} [{r['half']}] {r['event']}: "
                  + ", ".join(f"{f} {r[f]['got']!r} (gold {r[f]['want']!r})" for f in bad))
        if bad and show != "none" and r["event"] in details:
            for f in bad:
                fig = details[r["event"]].event.figures.get(f) if f in ("killed", "injured", *OTHER) else None
                for s in (fig.sides if fig else ()):
                    print(f"      side {s['side']}: {s['best']} ({s['attribution']}, {s['doc_id']}, {s['as_of']})")
                for t in (fig.timeline if fig else ()):
                    print(f"      {t['doc_id']} {t['published']} as_of {t['as_of']} {t['side']}: "
                          f"{t['best']} <- {t['quote'][:150]!r}")
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default=str(SHARED / "data" / "dev" / "events"))
    ap.add_argument("--show", choices=("all", "miss", "none"), default="miss",
                    help="events to list: all, misses with their timelines (default), none")
    ap.add_argument("--full", action="store_true", help="also run score_events.py (clustering included)")
    ap.add_argument("--json", help="write the per-event results here")
    a = ap.parse_args(argv)
    folder = Path(a.folder)
    if not (folder / "gold.json").is_file():
        print(f"skipped: no events set at {folder} (set SHARED=/path/to/shared)")
        return 0
    out = run(folder, a.show)
    if a.json:
        Path(a.json).write_text(json.dumps(out, indent=1, default=str), "utf-8")
    if a.full:
        cmd = str(Path(sys.executable).parent / "newstally")
        return subprocess.call([sys.executable, str(SHARED / "eval" / "score_events.py"), str(folder), "--cmd", cmd])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
