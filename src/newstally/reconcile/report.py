"""One report of an event as reconciliation sees it, and the keys of figures."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from ..model import CATEGORIES, Claim

LAST = "9999-12-31"  # sorts after every date: unknown times come last


@dataclass(frozen=True)
class Report:
    """One report of an event as reconciliation needs it: metadata, claims and clean text."""

    id: str
    claims: tuple[Claim, ...] = ()
    source_group: str | None = None  # the report this one is a copy of; None = its own
    site: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    day: str | None = None  # ISO date used when ``published`` is missing
    text: str | None = field(default=None, repr=False)  # clean text, for quoting sentences
    language: str | None = None

    @property
    def group(self) -> str:
        return self.source_group or self.id

    @property
    def date(self) -> str | None:
        """The report's ISO date: its publication day ("Friday, 22 September 2023" is read too)."""
        from ..dates import read_date

        if self.day:
            return self.day[:10]
        got = read_date(self.published, self.language)
        return got.isoformat() if got else None

    @property
    def moment(self) -> str:
        """When the report came out, as a sortable UTC ISO string (its day when no time is known)."""
        if self.published:
            from ..dates import read_datetime

            dt = read_datetime(self.published, self.language)
            if dt is not None:
                if dt.tzinfo is not None:
                    dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
                return dt.isoformat()
        return self.date or LAST


def figure_key(category: str, subgroup: str | None) -> str:
    return f"{subgroup}_{category}" if subgroup else category


def split_key(key: str) -> tuple[str, str | None]:
    """``"civilians_killed"`` -> ``("killed", "civilians")``; ``"killed"`` -> ``("killed", None)``."""
    if key in CATEGORIES:
        return key, None
    sub, _, cat = key.rpartition("_")
    return cat, sub or None
