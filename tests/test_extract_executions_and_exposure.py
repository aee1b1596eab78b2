"""Executions, harm of the cold, and other senses of ordinary news: texts -> the summary figures
that count.

A death by a state's sentence (lethal injection, nitrogen gas, a firing squad, the gallows, 'for
the 1994 murder of ...', 'convicted of smuggling') is the end of a proceeding, no casualty of a
violent event (ACLED, UCDP and GTD code none): flagged, never counted. Executions by militants,
soldiers, gangs or captors, summary and extrajudicial ones, stay killings. Hypothermia, frostbite,
shock and exposure are injuries where the report tells of an incident or a rescue (a boat that
capsized, climbers stranded in a storm, an officer who went into the river), and no casualty in a
cold snap or a shelter story. Beside them: a motor-racing driver's crash on the track is the
sport's own accident (a car in the crowd is not); injuries 'that may be related to' a recalled
product's defect are a guess at a cause; patients who die in a drug trial are the treatment's;
a review of a film whose title names it in quotes tells of the film's dead; a lede whose
figures are all of another time beside news of the day that is no incident (a burial, a museum
opening) looks back. Each trap has a text beside it that must still count.
"""
from __future__ import annotations

import pytest

from newstally import summarize
from newstally.model import Document

PUB = "2026-03-10"
MAIN = ("killed", "injured", "missing", "evacuated", "displaced", "arrested", "kidnapped")


def _summary(text: str, published: str = PUB) -> dict[str, int]:
    s = summarize(Document(id="t", text=text, published=published)).to_dict()
    return {k: s[k]["best"] for k in MAIN if s.get(k) and s[k].get("best")}


def _compared(got: dict[str, int], expected: dict) -> dict[str, int]:
    """``got`` without the categories ``expected`` leaves out of the comparison (``None``)."""
    return {k: v for k, v in got.items() if expected.get(k, 0) is not None}


EXECUTIONS = [
    # a state's sentence carried out: flagged
    ("Oklahoma executes man for 1999 murders\n\nOklahoma executed a man by lethal injection on Thursday for "
     "the 1999 murders of two sisters, the state's corrections department said.", {}),
    ("Iran executes two\n\nIran executed two men on Sunday who had been sentenced to death for espionage, "
     "the judiciary's news agency said.", {}),
    ("Singapore executes trafficker\n\nSingapore executed a Malaysian man on Wednesday for drug trafficking, "
     "despite appeals for clemency from his family.", {}),
    ("South Carolina firing squad\n\nSouth Carolina executed an inmate by firing squad on Friday evening, the "
     "second such execution in the state this year.", {}),
    ("Federal execution carried out\n\nThe federal government put to death a man convicted of killing a "
     "family of three in Arkansas, the first federal execution in four years. He was pronounced dead at "
     "8:07 p.m.", {}),
    # executions by militants, soldiers, gangs: killings
    ("Militants execute 9 villagers\n\nMilitants executed nine villagers on Monday in an attack on a "
     "village in northeastern Nigeria, residents said.", {"killed": 9}),
    ("Rights group: troops executed 15\n\nSoldiers summarily executed 15 men in a village in the north on "
     "Saturday, a rights group said, citing witnesses.", {"killed": 15}),
    ("Bodies of 6 found in Mexico\n\nThe bodies of six men who had been shot execution-style were found "
     "beside a highway in Guerrero on Tuesday, prosecutors said.", {"killed": 6}),
    ("Guards killed in prison riot\n\nInmates executed two guards during a riot at a state prison on Sunday, "
     "officials said.", {"killed": 2}),
    # things executed: no one
    ("Police raid home\n\nOfficers executed a search warrant at a home on Elm Street on Tuesday and arrested "
     "two men.", {"arrested": 2}),
    ("Fund moves fast\n\nThe fund executed trades worth $4 billion on Monday as markets fell.", {}),
    ("Gang executes two bus drivers\n\nGang members executed two bus drivers on Wednesday in Honduras for "
     "refusing to pay extortion, police said.", {"killed": 2}),
]

EXPOSURE = [
    # harm of the cold or shock in an incident or a rescue: injuries
    ("Kayakers rescued from Lake Superior\n\nA Coast Guard crew rescued three kayakers who capsized in "
     "Lake Superior on Sunday. The three kayakers were treated for hypothermia at a hospital in Duluth.",
     {"injured": 3}),
    ("Snowmobilers found after night in blizzard\n\nSearchers found two snowmobilers who had been stranded "
     "overnight in a blizzard on Tuesday. Both men suffered frostbite, the sheriff said.", {"injured": 2}),
    ("Bus slides off icy road\n\nA school bus slid off an icy road and overturned in Vermont on Wednesday. "
     "Four students were treated for minor injuries and the driver was treated for shock.", {"injured": 5}),
    ("Ice rescue on pond\n\nA firefighter who went into the water to pull a boy from a frozen pond was "
     "treated for hypothermia on Saturday, officials said.", {"injured": 1}),
    # a cold season, a shelter, a market: none
    ("Cold snap fills warming centers\n\nHospitals in the city treated 31 people for frostbite and "
     "hypothermia during last week's cold snap, the health department said.", {}),
    ("Shelters add beds as temperatures drop\n\nShelters added 200 beds on Monday as temperatures fell "
     "below zero. Volunteers said two men were treated for frostbite.", {}),
    ("Markets in shock\n\nInvestors suffered a shock on Monday as shares fell 4 percent after the bank's "
     "results.", {}),
]

SENSES = [
    # a motor-racing driver's crash on the track: the sport's
    ("NASCAR driver hospitalized after wreck\n\nA NASCAR driver was taken to a hospital on Sunday after "
     "his car flipped and caught fire on the final lap at Talladega. He suffered a broken ankle.", {}),
    ("Car plows into fans at drag race\n\nA car veered off the track at a drag race in Texas on Saturday "
     "and plowed into a group of spectators, injuring eight people.", {"injured": 8}),
    # a recalled product's defect: a guess at a cause
    ("Stroller maker recalls 90,000 strollers\n\nThe commission said it had received 12 reports of injuries "
     "and one death that could be related to the folding hinge.", {}),
    ("Space heaters recalled\n\nThe company recalled 200,000 heaters after reports of 30 burns possibly "
     "linked to a faulty switch.", {}),
    ("Gas leak kills 3\n\nThree people were killed on Monday in a gas explosion that investigators said "
     "was linked to a faulty valve.", {"killed": 3}),
    # a drug trial's patients
    ("Vaccine trial paused\n\nA drugmaker paused a trial of its experimental vaccine on Friday after two "
     "volunteers died, saying it was reviewing whether the deaths were related to the shot.", {}),
    # a film reviewed
    ("'The Crossing' is a gripping war drama\n\nIn the film, a platoon of 30 soldiers is ambushed and 12 "
     "are killed on the first night.", {}),
    ("Review\n\nIn \u201cThe Crossing,\u201d a platoon is ambushed on a mountain road and 12 soldiers are "
     "killed before dawn.", {}),
    # a trial of a death told as what the accused is charged with
    ("Trial opens for man charged in stabbing death\n\nJury selection began on Monday in the trial of a man "
     "charged with first-degree murder in the stabbing death of his neighbor in 2024.", {}),
    ("Opening statements in nurse's trial\n\nProsecutors told jurors in opening statements on Tuesday that a "
     "nurse charged with manslaughter in the overdose deaths of three patients had ignored warnings.", {}),
    ("Neighbor stabbed to death; man charged\n\nA man was stabbed to death in his apartment building on "
     "Monday night, and a neighbor was charged with murder on Tuesday, police said.", {"killed": 1, "arrested": None}),
    # a lede of another time's figures beside a day's news of no incident
    ("Memorial to mine disaster victims unveiled\n\nA memorial to the 29 miners killed in the 2010 Upper "
     "Big Branch explosion was unveiled on Saturday. Relatives said 12 of the dead had been buried in the "
     "town's cemetery.", {}),
    ("Exhibit recalls the Dust Bowl\n\nAn exhibition on the Dust Bowl of the 1930s opened at the state museum on "
     "Friday.\n\nAbout 2.5 million people left the Plains states, and at least 7,000 people were killed by dust "
     "storms and dust pneumonia.", {}),
    ("Wartime bomb forces evacuation in Cologne\n\nA 1,000-pound bomb from World War II was found at a building "
     "site in Cologne on Tuesday, and about 8,000 people were evacuated while experts defused it.",
     {"evacuated": 8000}),
    # a release from prison frees no captive
    ("Man freed after 30 years\n\nA judge on Thursday freed a man who had been held in prison for 30 years for a "
     "murder he did not commit.", {}),
    ("Hostages freed after standoff\n\nPolice freed three hostages on Thursday after a six-hour standoff at a "
     "bank in Ohio.", {"kidnapped": 3}),
    # years of an era: ancient history
    ("Herculaneum's scrolls read at last\n\nResearchers said on Monday that they had read a scroll buried when "
     "Mount Vesuvius erupted in AD 79.\n\nThe eruption killed about 1,500 people in the town.", {}),
    ("Battle site found in Greece\n\nArchaeologists have found the site of a battle fought around 480 B.C., in "
     "which thousands of soldiers were killed.", {}),
    ("Crash in British Columbia\n\nTwo people were killed in a crash near Kelowna, B.C., on Sunday, police "
     "said.", {"killed": 2}),
    # a lede whose news of the day is a new incident beside an earlier one: later figures are the new one's
    ("Fire at chemical plant\n\nA fire broke out at a chemical plant on Friday, a year after an explosion there "
     "killed four workers. Two firefighters were injured.", {"injured": 2}),
    ("Militants attack army base\n\nFighters attacked an army base in northern Mali on Friday, a year after they "
     "killed 40 soldiers in a raid on the same base.\n\nTwelve soldiers died and 20 were wounded, the army said.",
     {"killed": 12, "injured": 20}),
    ("Families gather at mall\n\nThe families of 12 people killed in the mall attack in 2019 gathered on Friday at "
     "the site.\n\nThree of the wounded still use wheelchairs.", {}),
]


@pytest.mark.parametrize("text,expected", EXECUTIONS, ids=[t.split("\n")[0][:50] for t, _ in EXECUTIONS])
def test_a_states_execution_is_no_casualty_but_a_militants_is(text: str, expected: dict) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize("text,expected", EXPOSURE, ids=[t.split("\n")[0][:50] for t, _ in EXPOSURE])
def test_harm_of_the_cold_is_an_injury_in_an_incident(text: str, expected: dict) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize("text,expected", SENSES, ids=[t.split("\n")[0][:50] for t, _ in SENSES])
def test_racing_recalls_trials_reviews_and_commemorations(text: str, expected: dict) -> None:
    assert _compared(_summary(text), expected) == {k: v for k, v in expected.items() if v is not None}
