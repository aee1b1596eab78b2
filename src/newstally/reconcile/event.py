"""The event as a whole: its day, its place, and which of its reports' paragraphs are its own.

These read places (the gazetteer of :mod:`newstally.places`) besides the reports themselves;
:mod:`newstally.ledger` calls them when it refreshes an event. The rules are in
``docs/reconcile.md`` ("The event's day and country", "Which claims count").
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from ..model import Document
from .claims import event_claims, paragraphs
from .report import Report

__all__ = ["PLACE_VOTERS", "about_event", "event_place", "lead_of", "occurrence_day", "place_fields", "site_country"]

PLACE_VOTERS = 5  # an event's place is voted by its first (dated) reports
HOME_REPORTS = 50  # the places of an event's first this many reports are its home (bounds the cost)


def lead_of(text: str, title: str | None) -> str:
    """The title and the first paragraph of a report (its first of more than a dozen words, up
    to 600 characters): where it names its place and day."""
    text = text or ""
    first = next((text[a:b] for a, b in paragraphs(text) if len(text[a:b].split()) > 12), text)
    return f"{title or ''}\n{first[:600]}"


def event_place(reports: list[Report]) -> Any:
    """The place the event's first reports are about, or None.

    The country is the one the first (dated) reports point at most: a country named outright in
    a title or lead ("Lebanon") counts twice; a demonym there ("Libyan", but also "a Russian
    missile") and the country of a report's main place (read with the whole text) once each,
    so that a city name shared by two countries ("Tripoli", "Hyderabad", "San Jose") goes to
    the country the reports speak of; ties go to the earliest report's. A local report that names no country at all votes for
    its site's country ("Los Pozos" on a ``.bo`` site is in Bolivia), above the reading of its
    town alone. The place is then the most named main place in that country below the country
    level (the country itself when none is, with no point unless it is a small country: see
    :func:`newstally.places.country_level`).
    """
    from ..places import country_codes, country_level, main_place, resolve_places

    voters = sorted(reports, key=lambda r: (r.date is None, r.date or "", r.id))[:PLACE_VOTERS]
    mains = []
    votes: Counter[str] = Counter()

    def named(text: str) -> tuple[set[str], set[str]]:
        """Countries a text names outright, and those it names by demonym only ("a Russian
        missile", "Malian soldiers": often the actors, not the place)."""
        places = resolve_places(text)
        towns = {p.country_code for p in places if p.kind != "country"}
        outright = {p.country_code for p in places if p.kind == "country"}
        return outright, country_codes(text) - towns - outright

    for r in voters:
        whole, title = _in_gazetteer_form(r)
        text = whole[:3000]
        place = main_place(text, title, r.language)
        mains.append(place)
        outright, demonyms = named(lead_of(whole, title))
        weak = demonyms | ({place.country_code} if place is not None else set())
        votes.update({c: 2.0 if c in outright else 1.0 for c in outright | weak})
        site = site_country(r)
        if site and not any(named(f"{title or ''}\n{text}")):
            votes[site] += 1.5  # a local report naming no country: its town is read as its site's
    found = [p for p in mains if p is not None]
    if not votes:
        return None
    order = {p.country_code: i for i, p in reversed(list(enumerate(found)))}
    country = max(votes, key=lambda c: (votes[c], c in order, -order.get(c, 0)))
    here = [p for p in found if p.country_code == country]
    # a report naming only the country says less than one naming a town or province there
    here = [p for p in here if p.kind != "country"] or here
    if not here:  # no place read in that country: the country itself
        from ..places.gazetteer import country_names

        here = [p for p in resolve_places(country_names().get(country, "")) if p.country_code == country][:1]
    counts = Counter(p.canonical for p in here)
    if not here:
        return None
    # a country alone stays a country: no point at its capital (unless it is a small one)
    return country_level(max(here, key=lambda p: counts[p.canonical]))  # max keeps the first of equals


#: Country-code domains that sites anywhere use for their letters, not for their country.
_VANITY_DOMAINS = frozenset({"ac", "ai", "am", "cc", "co", "fm", "gg", "im", "io", "la", "ly", "me", "sh", "to",
                             "tv", "ws"})


def site_country(report: Report) -> str | None:
    """The ISO code of the country of the report's site by its country-code domain
    ("cambaexpress.bo" -> BO), or None (generic and vanity domains)."""
    from urllib.parse import urlsplit

    from ..places.gazetteer import country_names

    host = (report.site or "").lower() if "." in (report.site or "") else urlsplit(report.url or "").hostname or ""
    tld = host.rstrip(".").rpartition(".")[2]
    code = "GB" if tld == "uk" else tld.upper()
    if len(tld) != 2 or not tld.isalpha() or tld in _VANITY_DOMAINS or code not in country_names():
        return None
    return code


def place_fields(place: Any) -> dict[str, Any]:
    if place is None:
        return dict.fromkeys(("location", "country", "country_code", "latitude", "longitude"))
    return {"location": place.canonical, "country": place.country, "country_code": place.country_code,
            "latitude": place.latitude, "longitude": place.longitude}


_FAR_KM = 120  # a town in another province and farther than this from every place of the event is elsewhere
_TOPIC_CHARS = 15  # a place named this close to a paragraph's start ("In X, ...") is what it is about


def _km(a: Any, b: Any) -> float | None:
    from math import asin, cos, radians, sin, sqrt

    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    la1, lo1, la2, lo2 = map(radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = sin((la2 - la1) / 2) ** 2 + cos(la1) * cos(la2) * sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * asin(sqrt(h))


def _elsewhere(reports: list[Report]) -> Callable[[str, str], bool]:
    """Whether a paragraph of a report is about places away from the event.

    The event's home is every place its first ``HOME_REPORTS`` (dated) reports name in their
    titles and leads, and their main places. A paragraph is elsewhere when it names a town or
    province (read with its report's lead, for context), each
    one away from every home place (in another country, or in the same country in another
    province and farther than ``_FAR_KM``), and either all in countries the leads do not name or
    the first of them opening the paragraph ("In Zaporizhzhia, guided bombs killed four"); a
    town named in passing ("as shells fell on X") leaves the paragraph to the event. Countries
    named alone ("fighters crossing from Mali") say nothing.
    """
    from ..places import main_place, resolve_places

    first = sorted(reports, key=lambda r: (r.date is None, r.date or "", r.id))[:HOME_REPORTS]
    forms = [_in_gazetteer_form(r) for r in first]
    leads = [resolve_places(lead_of(text, title)) for text, title in forms]
    home = [p for places in leads for p in places if p.kind != "country"]
    home += [p for p in (main_place(text[:3000], title, r.language) for (text, title), r in zip(forms, first))
             if p is not None]
    names = {p.canonical for p in home}
    countries = {p.country_code for places in leads for p in places}

    def away(p: Any) -> bool:
        if p.canonical in names:
            return False
        for h in home:
            if h.country_code == p.country_code and h.admin and h.admin == p.admin:
                return False
            km = _km(p, h)
            if h.country_code == p.country_code and (km is None or km <= _FAR_KM):
                return False
        return True

    def check(paragraph: str, lead: str) -> bool:
        shift = len(lead) + 1
        local = [p for p in resolve_places(lead + "\n" + paragraph) if p.start >= shift and p.kind != "country"]
        if not local or not all(away(p) for p in local):
            return False
        # about another country, or opening on the other place ("In Zaporizhzhia, ...")
        return all(p.country_code not in countries for p in local) or local[0].start - shift < _TOPIC_CHARS

    return check


def _in_gazetteer_form(r: Report) -> tuple[str, str | None]:
    """A report's text and title with place names as the gazetteer writes them ("в Херсоне" ->
    "в Kherson"; English unchanged)."""
    from ..cluster.languages import gazetteer_form

    return gazetteer_form(r.text or "", r.language) or "", gazetteer_form(r.title, r.language)


def about_event(reports: list[Report]) -> list[Report]:
    """The reports with the claims of paragraphs about other incidents flagged (see
    :func:`newstally.reconcile.event_claims`)."""
    check = _elsewhere(reports)
    return [replace(r, claims=event_claims(r, check)) for r in reports]


_DATELINE = re.compile(
    r"^(?P<place>[A-Z][^\n,()]{1,40}(?:,\s*[A-Z][^\n,()]{1,40}){0,2}),\s+"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)\b", re.M)


def occurrence_day(reports: list[Report]) -> str | None:
    """The event's day: the earliest day of occurrence its reports state (a weekday, "yesterday",
    a date) within two weeks before they came out, else their publication day.

    A dateline's date ("DAKAR, Feb 21 (Crossroads) -") is the day the report was filed, not the
    day of the incident, so it is not read as one: "late on Saturday" in a report filed after
    midnight still dates the incident to Saturday.
    """
    from ..cluster import report_day

    days = []
    for r in reports:
        lead = lead_of(r.text or "", r.title)
        lead = _DATELINE.sub(lambda m: m["place"] + ",", lead, count=1)
        doc = Document(id=r.id, text=r.text or "", title=r.title, published=r.published or r.day)
        day, _pub = report_day(doc, lead)
        if day is not None:
            days.append(date.fromordinal(day).isoformat())
    return min(days) if days else min((r.date for r in reports if r.date), default=None)
