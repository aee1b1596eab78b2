"""Claims of one event -> reconciled figures. Pure functions (``event`` reads the gazetteer).

``report`` (the report and figure keys), ``sides`` (who speaks for whom), ``claims`` (which
claims give the event's figures), ``figures`` (the reconciling itself) and ``event`` (the
event's day and place, and which paragraphs are its own: these read the places gazetteer).

The rules, in full in ``docs/reconcile.md``:

1. Only claims about the event count: not flagged (``claim.counts``), not a subset of a figure
   already counted ("two of the wounded died"), not in a paragraph about another incident
   (:func:`event_claims` marks those); a title figure only when the body states none for the
   same category and subgroup.
2. Per report, the figure of each category is the per-report summary
   (:mod:`newstally.extract.summary`). A category given only as victims on top of an earlier
   toll ("six more bodies were recovered") adds them to the toll that stood before the report.
3. Reports are ordered by publication time. A copy restating its source group's earlier figure
   is dated by the first report of the group that gave it: a re-publication is not an update.
4. The best figure is the latest report's (the most-updated source), whoever states it: police,
   then hospital, then ministry counts are one rising toll. Earlier lower bounds still raise the
   low ("at least 27" stays true) up to the best.
5. Each claim's attribution is reduced to a *side* and a *camp* (:func:`side_of`, table
   ``lang/en/sides.json``). Opposing camps (the authorities and their accusers, two parties to
   a fight) contest a figure when their current figures do not overlap and the lower one was
   still given after the higher one was out; so do combatant and non-combatant counts of the
   same victims, and a denial (0) of what another side counts. A contested figure spans the
   sides (low = lowest, best and high = the largest); each side's latest figure is kept.
6. Syndicated copies (same source group) count as articles, never as extra sources.
"""
from __future__ import annotations

from .claims import Cues, event_claims, load_cues, paragraphs
from .figures import reconcile
from .report import Report, figure_key, split_key
from .sides import SideTable, camp_of, load_sides, side_of

__all__ = ["Cues", "Report", "SideTable", "camp_of", "event_claims", "figure_key", "load_cues", "load_sides",
           "paragraphs", "reconcile", "side_of", "split_key"]
