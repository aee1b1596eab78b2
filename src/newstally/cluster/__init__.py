"""Grouping reports into events.

Two reports are linked when they look like one incident (:mod:`.score`: words, days, places,
figures) or are copies of one text; an event is a connected group of linked reports
(:mod:`.index`). Every input to a link is a property of the two reports alone (:mod:`.features`:
word weights come from general English word frequencies, not from the reports seen), so the
events are the same whatever order the reports arrive in and however many runs they come in.
"""
from __future__ import annotations

from .features import report_day
from .features import stem as _stem
from .index import Assignment, Clusterer, cluster_documents
from .settings import ClusterSettings

__all__ = ["Assignment", "ClusterSettings", "Clusterer", "cluster_documents", "report_day"]
