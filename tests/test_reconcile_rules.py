"""Reconciliation rules on self-written multi-report incidents, from text through extraction.

Each scenario is a handful of short reports about one invented incident; the assertions are the
rules of docs/reconcile.md: the latest report's figure is the best, a figure stays until a later
report replaces it, updates from different authorities are one toll, only opposing camps
contest, and figures about other incidents never reach the event.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from newstally.extract import extract_claims
from newstally.model import Document
from newstally.reconcile import Report, camp_of, event_claims, load_cues, paragraphs, reconcile


def rep(rid: str, text: str, published: str, group: str | None = None, title: str | None = None) -> Report:
    doc = Document(id=rid, text=text, title=title, published=published, language="en")
    return Report(id=rid, claims=tuple(extract_claims(doc)), source_group=group, published=published,
                  text=text, title=title, language="en")


def figs(*reports: Report) -> dict:
    return {f.key: f for f in reconcile(reports)}


def best(*reports: Report, key: str = "killed") -> int | None:
    f = figs(*reports).get(key)
    return f.best if f else 0


# ---------------------------------------------------------------------------- latest wins

POLICE = rep("p", "Nine people were killed and 30 were injured when a ferry sank off Port Elm on Friday, "
                  "police said.", "2030-03-01T09:00:00Z")
HOSPITAL = rep("h", "Fourteen people were killed in the ferry sinking, the district hospital said on Saturday.",
               "2030-03-02T10:00:00Z")
MINISTRY = rep("m", "Seventeen people were killed in Friday's sinking, the transport ministry said on Sunday.",
               "2030-03-03T08:00:00Z")


def test_a_toll_rising_through_police_hospital_and_ministry_is_one_toll() -> None:
    f = figs(MINISTRY, POLICE, HOSPITAL)
    assert f["killed"].best == 17 and not f["killed"].contested
    assert [t["best"] for t in f["killed"].timeline] == [9, 14, 17]


def test_a_figure_stands_until_a_later_report_replaces_it() -> None:
    assert figs(POLICE, HOSPITAL, MINISTRY)["injured"].best == 30  # the later reports say nothing on it


def test_the_latest_figure_wins_even_when_it_is_lower() -> None:
    first = rep("a", "About 20 people were missing after the boat capsized on Lake Orn, officials said.",
                "2030-04-01T08:00:00Z")
    later = rep("b", "Nine people are still missing, officials said on Monday.", "2030-04-02T08:00:00Z")
    last = rep("c", "Seven people are still missing after divers searched the lake again.", "2030-04-03T08:00:00Z")
    assert best(last, first, later, key="missing") == 7


# (reports, expected killed, expected missing): bodies found in later reports are of the missing
SLIDE = rep("s1", "Five people were killed and about 20 are missing after a landslide buried homes in Vale Orn on "
                  "Monday, officials said.", "2030-04-01T08:00:00Z")
BODIES_FOUND = [
    ([SLIDE, rep("s2", "Rescuers recovered four more bodies from the mud in Vale Orn on Tuesday, bringing the death "
                       "toll to nine, officials said.", "2030-04-02T08:00:00Z")], 9, 16),
    ([SLIDE, rep("s2", "The bodies of three more victims were found in Vale Orn on Tuesday, raising the toll from "
                       "the landslide to eight.", "2030-04-02T08:00:00Z"),
      rep("s3", "Two more people died in hospital on Wednesday, raising the toll from the Vale Orn landslide to 10.",
          "2030-04-03T08:00:00Z")], 10, 17),  # (the two who died in hospital were not missing)
    ([SLIDE, rep("s2", "Two injured villagers died in hospital on Tuesday, raising the toll from the Vale Orn "
                       "landslide to seven.", "2030-04-02T08:00:00Z")], 7, 20),
    ([SLIDE, rep("s2", "Rescuers recovered four more bodies in Vale Orn on Tuesday, bringing the toll to nine; 18 "
                       "people are still missing, officials said.", "2030-04-02T08:00:00Z")], 9, 18),
    ([rep("f1", "Three fishermen are missing after their boat capsized off Port Elm on Monday.", "2030-04-01T08:00:00Z"),
      rep("f2", "Divers recovered the bodies of five people near Port Elm on Tuesday.", "2030-04-02T08:00:00Z")],
     5, 3),  # (more dead than missing: not all of them the missing)
]


BOAT = rep("b1", "Twelve fishermen are missing after their boat capsized off Port Elm on Monday, officials said.",
           "2030-04-01T08:00:00Z")
FOUND_ALIVE = [
    ([BOAT, rep("b2", "Eight of the 12 fishermen missing off Port Elm were found alive on Tuesday, officials said.",
                "2030-04-02T08:00:00Z")], 4),
    ([BOAT, rep("b2", "All 12 fishermen missing off Port Elm were found alive on Tuesday, officials said.",
                "2030-04-02T08:00:00Z")], 0),
]


@pytest.mark.parametrize("reports,missing", FOUND_ALIVE, ids=["part", "all"])
def test_the_missing_found_alive_in_a_later_report_are_missing_no_longer(reports: list[Report], missing: int) -> None:
    for order in (reports, reports[::-1]):
        assert best(*order, key="missing") == missing


@pytest.mark.parametrize("reports,killed,missing", BODIES_FOUND, ids=[f"bodies{i}" for i in range(len(BODIES_FOUND))])
def test_bodies_found_in_later_reports_lower_the_missing(reports: list[Report], killed: int, missing: int) -> None:
    for order in (reports, reports[::-1]):
        assert best(*order) == killed
        assert best(*order, key="missing") == missing


def test_a_later_total_replaces_a_larger_part_stated_before() -> None:
    order = rep("a", "Authorities ordered 30,000 residents to evacuate ahead of Cyclone Mira.", "2030-04-01T08:00:00Z")
    done = rep("b", "About 18,000 people had been evacuated by Thursday night as Cyclone Mira approached, "
                    "officials said.", "2030-04-02T08:00:00Z")
    f = figs(done, order)
    assert f["evacuated"].best == 18000 and "civilians_evacuated" not in f
    assert figs(order)["civilians_evacuated"].best == 30000  # alone, the part stands


# (reports as (text, published), category, best): captives freed later are among those seized;
# more arrests in a later report add up, the same people restated do not
LATER_REPORTS = [
    ([("Gunmen abducted 40 passengers from a bus near Kaduna on Sunday, police said.", "2030-04-01T08:00:00Z"),
      ("Fifteen of the 40 passengers abducted on Sunday were freed on Tuesday, police said.", "2030-04-03T08:00:00Z"),
      ("The remaining 25 passengers were released on Thursday after a ransom was paid, police said.",
       "2030-04-05T08:00:00Z")], "kidnapped", 40),
    ([("Police arrested three men over the shooting of a teenager in Leeds on Friday.", "2030-04-01T08:00:00Z"),
      ("Two more men were arrested on Sunday over the shooting of a teenager in Leeds, police said.",
       "2030-04-03T08:00:00Z")], "arrested", 5),
    ([("Police arrested three men over the shooting of a teenager in Leeds on Friday.", "2030-04-01T08:00:00Z"),
      ("The three men arrested over the shooting in Leeds were remanded in custody on Monday.",
       "2030-04-03T09:00:00Z")], "arrested", 3),
]


@pytest.mark.parametrize("texts,key,expected", LATER_REPORTS, ids=[f"{k}-{n}" for _t, k, n in LATER_REPORTS])
def test_later_reports_of_captives_and_arrests(texts: list[tuple[str, str]], key: str, expected: int) -> None:
    reports = [rep(f"r{i}", text, published) for i, (text, published) in enumerate(texts)]
    assert best(*reversed(reports), key=key) == expected


def test_a_vague_amount_never_replaces_a_number() -> None:
    first = rep("a", "Dozens of people were killed when gunmen attacked a market in Kuda on Friday, residents said.",
                "2030-05-01T06:00:00Z")
    later = rep("b", "Thirty-one people were killed in the attack on the Kuda market, police said.",
                "2030-05-01T15:00:00Z")
    last = rep("c", "Dozens of people were killed in Friday's attack on the market in Kuda.", "2030-05-02T09:00:00Z")
    assert best(first) == 12 and best(first, later) == 31
    assert best(first, later, last) == 31


def test_a_copy_republished_later_does_not_bring_back_its_old_figure() -> None:
    wire = rep("w", "Five people were killed in a fire at a market in Dunmore on Monday, officials said.",
               "2030-05-01T06:00:00Z")
    local = rep("l", "Eight people were killed in the Dunmore market fire, the health ministry said.",
                "2030-05-01T15:00:00Z")
    copy = rep("c", "Five people were killed in a fire at a market in Dunmore on Monday, officials said.",
               "2030-05-02T09:00:00Z", group="w")
    assert best(wire, local, copy) == 8


def test_victims_on_top_of_an_earlier_toll_are_added_to_it() -> None:
    first = rep("a", "Eight people drowned when a boat overturned on the Sava river on Saturday, police said.",
                "2030-06-01T08:00:00Z")
    later = rep("b", "Divers recovered five more bodies from the river on Monday, police said.",
                "2030-06-03T08:00:00Z")
    assert best(later, first) == 13


def test_the_same_news_of_more_victims_retold_later_is_not_added_twice() -> None:
    first = rep("a", "Four people died when a landslide buried houses in Alajuela on Tuesday, the Red Cross said.",
                "2030-10-06T23:00:00Z")
    wire = rep("b", "Rescuers recovered two more bodies on Wednesday, raising the death toll to six, the Red "
                    "Cross said.", "2030-10-07T15:00:00Z")
    other = rep("c", "The Red Cross said rescuers had found two more bodies in the mud on Wednesday.",
                "2030-10-07T17:30:00Z")
    assert best(first, wire) == 6
    assert best(first, wire, other) == 6


def test_a_subset_is_never_the_figure() -> None:
    first = rep("a", "Six people were killed and 15 were injured when a gas cylinder exploded in a cafe in "
                     "Mirpur on Saturday, rescue officials said.", "2030-07-01T18:00:00Z")
    later = rep("b", "Two of the injured died in hospital on Sunday, doctors said.", "2030-07-02T09:00:00Z")
    assert best(first, later, key="injured") == 15


def test_the_wounded_who_die_join_the_dead_and_stay_among_the_injured() -> None:
    first = rep("a", "Six people were killed and 15 were injured when a gas cylinder exploded in a cafe in "
                     "Mirpur on Saturday, rescue officials said.", "2030-07-01T18:00:00Z")
    later = rep("b", "Two of the injured died in hospital on Sunday, doctors said.", "2030-07-02T09:00:00Z")
    other = rep("c", "Three wounded people died overnight at the district hospital, police said.",
                "2030-07-03T09:00:00Z")
    f = figs(first, later)
    assert (f["killed"].best, f["injured"].best) == (8, 15)
    assert best(first, later, other) == 11


def test_an_ordinal_death_brings_the_toll_to_that_number() -> None:
    first = rep("a", "Three people died in a fire at a market in Oruro on Tuesday, firefighters said.",
                "2030-07-14T16:00:00Z")
    later = rep("b", "A fourth person died on Wednesday from burns suffered in the market fire, health officials "
                     "said.", "2030-07-15T13:00:00Z")
    assert best(first, later) == 4


def test_attackers_counted_with_a_partitive_are_not_a_subset() -> None:
    r = rep("a", "Three policemen were killed in the attack on the checkpost. Two of the attackers were killed "
                 "when police returned fire.", "2030-05-26T22:00:00Z")
    assert best(r) >= 3 and not load_cues().subset(next(c for c in r.claims if c.best == 2))


def test_among_the_dead_is_a_subgroup_not_the_total() -> None:
    r = rep("a", "Seven people were killed when a minibus fell into a gorge, officials said. Among the dead were "
                 "two children, relatives said.", "2030-07-05T12:00:00Z")
    f = figs(r)
    assert f["killed"].best == 7 and not f["killed"].contested


# ------------------------------------------------------------------------------- disputes

def test_opposing_sides_each_keep_their_latest_figure_and_contest() -> None:
    a = rep("a", "Three people died during protests in Velmar on Thursday, police said.", "2030-08-01T18:00:00Z")
    b = rep("b", "At least nine people were shot dead by police during Thursday's protests in Velmar, a rights "
                 "group said.", "2030-08-02T12:00:00Z")
    c = rep("c", "Police said on Saturday that four people died in the unrest. The rights group said on Saturday "
                 "that 11 people were killed.", "2030-08-03T12:00:00Z")
    k = figs(a, b, c)["killed"]
    assert k.contested
    assert k.best in (4, 11) and k.best not in (15, 7)
    assert sorted(s["best"] for s in k.sides) == [4, 11]


def test_accusers_counting_more_than_the_authorities_contest_even_when_they_spoke_last() -> None:
    a = rep("a", "Eight people were killed when troops opened fire in Kessa on Monday, the army said.",
            "2030-08-10T18:00:00Z")
    b = rep("b", "At least 21 people were killed by soldiers in Kessa on Monday, a rights group said on Wednesday.",
            "2030-08-12T12:00:00Z")
    k = figs(a, b)["killed"]
    assert k.contested and sorted(s["best"] for s in k.sides) == [8, 21]


def test_a_civil_society_count_overtaken_by_a_larger_army_count_is_a_rising_toll() -> None:
    a = rep("a", "Nineteen villagers were killed in the raid on Kighala, civil society leaders said.",
            "2030-08-14T10:00:00Z")
    b = rep("b", "Twenty-seven civilians were killed in the raid on Kighala, the army said.", "2030-08-17T10:00:00Z")
    k = figs(a, b)["killed"]
    assert k.best == 27 and not k.contested


def test_two_sources_in_one_sentence_keep_their_own_figures() -> None:
    r = rep("a", "State police said nine gang members were killed in the raid, while residents said 14 people "
                 "died.", "2030-09-01T12:00:00Z")
    k = figs(r)["killed"]
    assert k.contested and sorted(s["best"] for s in k.sides) == [9, 14]


def test_a_figure_credited_after_it_keeps_its_own_source() -> None:
    r = rep("a", "A rights group said 11 people were killed when police fired on protesters, far more than the "
                 "four deaths acknowledged by the police.", "2030-09-02T12:00:00Z")
    k = figs(r)["killed"]
    assert k.best == 11 and k.contested
    assert sorted(s["best"] for s in k.sides) == [4, 11]


def test_an_earlier_lower_count_overtaken_by_a_larger_one_is_not_a_dispute() -> None:
    a = rep("a", "Twelve people were killed in the attack on the camp, local officials said.", "2030-10-01T10:00:00Z")
    b = rep("b", "Sixteen people were killed in the attack on the camp, the United Nations said.",
            "2030-10-02T10:00:00Z")
    k = figs(a, b)["killed"]
    assert k.best == 16 and not k.contested


def test_villagers_counting_their_dead_after_a_landslide_contest_nobody() -> None:
    a = rep("a", "Twelve people were killed when a hillside collapsed on the village of Sarn, villagers said.",
            "2030-11-05T10:00:00Z")
    b = rep("b", "Nine people were killed when a hillside collapsed on the village of Sarn, police said.",
            "2030-11-05T16:00:00Z")
    k = figs(a, b)["killed"]
    assert not k.contested and k.best == 9


def test_neutral_counts_never_contest_the_authorities() -> None:
    a = rep("a", "Sixteen people were killed in the crash, the hospital said.", "2030-10-01T10:00:00Z")
    b = rep("b", "Fourteen people were killed in the crash, police said.", "2030-10-01T12:00:00Z")
    k = figs(a, b)["killed"]
    assert not k.contested and k.best == 14  # the latest


def test_a_statement_without_a_number_disputes_nothing() -> None:
    a = rep("a", "Nine soldiers were killed when fighters attacked the base, the army said.", "2030-11-01T10:00:00Z")
    b = rep("b", "The militant group said the army had suffered heavy losses.", "2030-11-02T10:00:00Z")
    k = figs(a, b)["killed"]
    assert k.best == 9 and not k.contested


@pytest.mark.parametrize("attribution, camp", [
    ("the residents' association", "opposition"),
    ("a civil society coalition", "opposition"),
    ("the Red Cross", "neutral"),
    ("the district hospital", "neutral"),
    ("the regional police", "government"),
    ("the al-Qaeda affiliate JNIM", "jnim"),
    ("Gegham Stepanyan", "other"),
])
def test_camps(attribution: str, camp: str) -> None:
    assert camp_of(attribution) == camp


# ------------------------------------------------------------------ other incidents' figures

def test_a_separately_paragraph_and_headlines_around_the_article_are_not_the_event() -> None:
    text = ("Four people were killed when a warehouse collapsed in Tarnow on Monday, firefighters said.\n\n"
            "Rescuers searched the rubble through the night.\n\n"
            "Separately, 12 people were killed in a bus crash in the south of the country.\n\n"
            "READ MORE\nFloods: 30 dead as river bursts its banks\nLeave a Reply")
    r = rep("a", text, "2030-12-01T10:00:00Z", title="Warehouse collapse in Tarnow")
    assert best(replace(r, claims=event_claims(r))) == 4


def test_a_paragraph_the_caller_places_elsewhere_is_not_the_event() -> None:
    text = ("A missile strike killed three people in Alderton on Thursday, the governor said.\n\n"
            "In Bexmoor, a drone strike on Thursday evening killed five people, officials said.")
    r = rep("a", text, "2030-12-02T10:00:00Z", title="Missile strike on Alderton")
    away = {"In Bexmoor"}
    claims = event_claims(r, lambda para, lead: any(para.startswith(w) for w in away))
    assert best(replace(r, claims=claims)) == 3
    assert best(r) == 5  # without the check, the other strike's larger figure would win


def test_the_lead_is_always_the_event() -> None:
    text = "Separately counted, five people were killed in the blast, police said."
    r = rep("a", text, "2030-12-03T10:00:00Z", title="Blast")
    assert event_claims(r, lambda para, lead: True) == r.claims


def test_paragraphs_split_on_blank_lines() -> None:
    text = "One.\n\nTwo\nlines.\n\n\nThree."
    assert [text[a:b] for a, b in paragraphs(text)] == ["One.", "Two\nlines.", "Three."]
    assert load_cues().opens_other_event("Earlier on Thursday, a bomb killed two.")


# ------------------------------------------------------------------- the event in the ledger

def _ledger_event(tmp_path, *docs: Document):  # type: ignore[no-untyped-def]
    from newstally.ledger import ingest, list_events
    from newstally.store import open_store

    store = open_store(str(tmp_path / "l.db"))
    ingest(store, list(docs))
    events = list_events(store)
    assert len(events) == 1, [e.title for e in events]
    return events[0]


def test_a_report_filed_after_midnight_dates_the_incident_to_the_evening_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = Document(id="n1", title="Nightclub fire in Rosario kills five",
                   text="ROSARIO, Argentina, March 3 (Wire) - A fire tore through a nightclub in the Argentine city "
                        "of Rosario late on Saturday, killing five people, officials said.",
                   published="2030-03-03T04:40:00Z", language="en")
    ev = _ledger_event(tmp_path, doc)
    assert ev.date_start == "2030-03-02"  # Saturday, not the dateline's Sunday
    assert ev.country_code == "AR"


def test_a_report_without_date_words_is_dated_by_publication(tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = Document(id="n2", title="Bus falls into gorge near Shimla",
                   text="Seven passengers were killed when a bus fell into a gorge near Shimla, police said.",
                   published="2030-06-18T08:00:00Z", language="en")
    assert _ledger_event(tmp_path, doc).date_start == "2030-06-18"


def test_the_country_named_in_the_lead_settles_a_city_name_shared_by_two(tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = Document(id="n3", title="Building collapses in Tripoli",
                   text="TRIPOLI, Lebanon (Wire) - An old apartment building collapsed in the northern Lebanese city "
                        "of Tripoli on Thursday, killing six people, Lebanon's civil defence said.",
                   published="2030-01-23T10:00:00Z", language="en")
    assert _ledger_event(tmp_path, doc).country_code == "LB"


def test_those_still_in_hospital_never_lower_the_injured() -> None:
    first = rep("a", "Four people were killed and 25 were injured when a minibus overturned near Baena, police said.",
                "2030-12-03T10:00:00Z")
    later = rep("b", "Three injured people remain in hospital, two of them in a serious condition, doctors said.",
                "2030-12-04T10:00:00Z")
    assert best(first, later, key="injured") == 25


def test_a_local_report_naming_no_country_is_placed_in_its_sites_country(tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = Document(id="n4", title="Three dead as fire guts warehouse in Santa Cruz market",
                   text="Three people died and 12 were injured when fire gutted a warehouse at a market in Santa "
                        "Cruz, the fire brigade reported.", published="2030-07-14T16:00:00Z", site="elsurlocal.bo",
                   language="en")
    assert _ledger_event(tmp_path, doc).country_code == "BO"


def test_a_demonym_of_the_attackers_does_not_move_the_incident(tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = Document(id="n5", title="Russian missile hits Kharkiv depot",
                   text="A Russian missile struck a tram depot in Kharkiv on Thursday, killing three people, the "
                        "regional governor said.", published="2030-01-08T15:00:00Z", language="en")
    assert _ledger_event(tmp_path, doc).country_code == "UA"


_RUNS = [
    Document(id="r1", title="Ferry sinks off Zanzibar, nine dead",
             text="ZANZIBAR, Tanzania, March 3 (Wire) - A ferry carrying traders sank off Zanzibar late on Saturday, "
                  "killing nine people, police said. Thirty people were injured.",
             published="2030-03-03T02:00:00Z", language="en"),
    Document(id="r2", title="Zanzibar ferry sinking toll rises to 14",
             text="Fourteen people were killed when a ferry sank off Zanzibar on Saturday night, the regional "
                  "hospital in Zanzibar said on Monday.", published="2030-03-04T09:00:00Z", language="en"),
    Document(id="r3", title="Zanzibar ferry sinking: 17 dead, says ministry",
             text="Seventeen people were killed when a ferry sank off Zanzibar on Saturday night, Tanzania's "
                  "transport ministry said on Tuesday.", published="2030-03-05T09:00:00Z", language="en"),
]


def _summary(db: str) -> list[tuple]:  # type: ignore[type-arg]
    from newstally.ledger import list_events
    from newstally.store import open_store

    return sorted((e.title, e.date_start, e.country_code, e.location, e.articles,
                   {k: f.best for k, f in e.figures.items()}.get("killed"),
                   {k: f.best for k, f in e.figures.items()}.get("injured")) for e in list_events(open_store(db)))


def test_the_event_is_the_same_whatever_order_and_runs_its_reports_came_in(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from newstally.ledger import ingest
    from newstally.store import open_store

    one = str(tmp_path / "one.db")
    ingest(open_store(one), list(_RUNS))
    runs = str(tmp_path / "runs.db")
    for part in ([_RUNS[2]], [_RUNS[1]], [_RUNS[0]]):
        ingest(open_store(runs), part)
    assert _summary(runs) == _summary(one)
    [(title, day, country, _loc, articles, killed, injured)] = _summary(one)
    assert (title, day, country, articles, killed, injured) == (
        "Ferry sinks off Zanzibar, nine dead", "2030-03-02", "TZ", 3, 17, 30)
