"""Earlier times and the people harmed, told beside the day's news: texts -> the summary figures.

A clause that closes a sentence on an earlier event (', less than four years after a twister
flattened the town', 'at a vigil for a teenager who was killed last month') dates only itself when
the sentence before it names the report's day: the day's toll still counts, the earlier one does
not. A date with an abbreviated month ('the night of Nov. 13, 2015') and a span of months
('between March and June') are other times. A sentence that counts the event among others ('The
shooting is the third in which officers have been wounded this year') dates nothing told before
it. A lede whose day tells only of something done for an earlier incident named with its time ('a
benefit concert on Sunday for families affected by last month's floods') looks back, unless the
day's news is an arrest. An obituary headed by the person's life in an appositive ('Harold Finch,
war correspondent who survived an ambush, dies at 88') is an obituary. Killings told as what
someone is suspected or accused of ('an heir suspected of three killings') are the case's earlier
incident unless the clause names the report's day.

Of the people: 'a mother of three was killed' is one death, the number being the size of her
family; 'three members of one family were killed' counts the members. 'More than 70 people were
injured' after 'more than 70 injured' restates them: the qualifier adds no one. Stewards and
lifeguards are people; a broken leg named after 'rescued with' is an injury; a sailor who went
overboard and is declared dead is a death; volunteers who play victims in a drill are none. Each
trap has a text beside it that must still count (or still be turned away).
"""
from __future__ import annotations

import pytest

from newstally import summarize
from newstally.model import Document

PUB = "2026-12-02"
MAIN = ("killed", "injured", "missing", "evacuated", "displaced", "arrested", "kidnapped")


def _summary(text: str, published: str = PUB) -> dict[str, int]:
    s = summarize(Document(id="t", text=text, published=published)).to_dict()
    return {k: s[k]["best"] for k in MAIN if s.get(k) and s[k].get("best")}


CLOSING_CLAUSES = [
    ("Tornado hits town again\n\nA tornado tore through the town on Sunday night, killing two people and "
     "injuring at least 11, less than four years after a far more powerful twister flattened much of it.",
     {"killed": 2, "injured": 11}),
    ("Blast at chemical plant\n\nA fire broke out at a chemical plant on Friday, killing two workers, a year "
     "after an explosion there killed four workers.", {"killed": 2}),
    ("Market bombed\n\nA bomb exploded at a market in the city on Tuesday, wounding 12 people, just five "
     "years after a similar attack killed 30.", {"injured": 12}),
    ("Bus falls from bridge\n\nA bus plunged into a river on Saturday, killing 14 passengers, three months "
     "after 22 people died at the same bridge.", {"killed": 14}),
    # a relative clause closing the sentence on another time: its own figures only, and the figure it opens on
    ("Vigil shooting\n\nThree people were shot dead on Friday night at a vigil for a teenager who was killed "
     "last month, police said.\n\nTwo others were wounded.", {"killed": 3, "injured": 2}),
    ("Wall falls\n\nTwo people were hurt on Friday when a wall that was damaged in last year's quake fell on "
     "them.", {"injured": 2}),
    ("Store crash\n\nTwo people were killed on Friday when a car that was recalled in 2019 crashed into a "
     "store.", {"killed": 2}),
    ("Guard pleads guilty\n\nA former guard pleaded guilty on Wednesday in the death of an inmate who was beaten "
     "in his cell in 2024.", {}),
    ("Settlement\n\nA judge on Monday approved a settlement for the families of 13 people killed and dozens "
     "injured when a charter bus overturned in 2022.", {}),
    # a sentence that counts the event among others of another time dates nothing before it
    ("Officers wounded\n\nTwo officers were wounded on Tuesday night in a shootout.\n\nA passenger in the car "
     "was arrested. The shooting is the third in which officers have been wounded this year.",
     {"injured": 2, "arrested": 1}),
    ("Bus crash\n\nA bus crashed into a river on Monday, killing 12 people. The crash happened on a bridge in "
     "Ohio last spring.", {}),
    # a date with an abbreviated month after 'of' or 'since', and a span of months, are other times
    ("Wreaths in Paris\n\nThe mayor laid wreaths on Friday outside the hall, targeted on the night of Nov. 13, "
     "2015, when gunmen killed 130 people.", {}),
    ("Heat deaths\n\nAt least 360 people died of heatstroke across the country between March and June this "
     "year, according to data presented in Parliament on Tuesday.", {}),
    ("Monsoon toll\n\nFloods killed 40 people from June to September, the agency said.", {}),
    ("Storm\n\nA storm killed 12 people on Monday in the state, officials said. It struck between May 3 and "
     "May 4.", {"killed": 12}),
    # no day of the report before the clause: the whole sentence is of another time
    ("Valley remembers its flood\n\nThe flood killed 40 people in the valley, two years after a drought "
     "ruined its farms.", {}),
    # the head names another time itself
    ("Town marks quake\n\nThe quake killed 300 people on a Monday morning in 1999, ten years after another "
     "one.", {}),
]

OBITUARY_APPOSITIVES = [
    ("Harold Finch, war correspondent who survived a Lebanon ambush, dies at 88\n\nHarold Finch, who "
     "covered wars for a news agency, died on Saturday at his home.\n\nIn 1985 his car came under fire near "
     "Sidon. Two years later, on another trip, his driver was killed and he was hit in the leg.", {}),
    ("Maria Lopez, firefighter who carried 12 people from a burning hotel, dies at 79\n\nMaria Lopez died "
     "on Monday in a hospice.\n\nIn one fire she was badly burned on her arms, and three colleagues were "
     "killed when a floor gave way.", {}),
    # a young person's death told the same way is news, not an obituary
    ("Officer, father of two who was shot during a traffic stop, dies at 34\n\nA police officer who was "
     "shot during a traffic stop on Friday died of his wounds on Monday, the chief said.", {"killed": 1}),
]


FAMILY_SIZES = [
    ("Crash on highway\n\nA mother of three was killed on Sunday when her car was hit by a truck on the "
     "highway, police said.", {"killed": 1}),
    ("Crash on highway\n\nA father of two who was struck by a car on Sunday night has died, police said.",
     {"killed": 1}),
    ("Shooting\n\nPolice said a grandmother of five was shot and wounded on Sunday outside her home.",
     {"injured": 1}),
    ("Fire\n\nA father of three young children and his neighbor were killed on Sunday in a house fire.",
     {"killed": 2}),
    ("Officer, father of two who was shot during a traffic stop, dies at 34\n\nA police officer who was "
     "shot during a traffic stop on Friday died of his wounds on Monday, the chief said.", {"killed": 1}),
    # the people counted are the members, not the families
    ("Fire\n\nThree members of one family were killed on Sunday in a house fire, and a neighbor was hurt.",
     {"killed": 3, "injured": 1}),
    ("Collapse\n\nFive members of two families were killed on Sunday when their houses collapsed.", {"killed": 5}),
    # a count of families alone is still a figure
    ("Flood\n\nAbout 200 families were displaced on Sunday by the flood.", {"displaced": 200}),
]


@pytest.mark.parametrize("text,expected", FAMILY_SIZES, ids=[t.split("\n\n")[1][:40] for t, _ in FAMILY_SIZES])
def test_the_size_of_a_family_is_no_count_of_victims(text: str, expected: dict) -> None:
    assert _summary(text) == expected


ALLEGED_AND_RESTATED = [
    ("Streaming picks\n\nA real estate heir suspected of three killings sits down for hours of interviews.", {}),
    ("Nurse in court\n\nA nurse accused in the deaths of seven babies appeared in court.", {}),
    ("Arrest in killings\n\nPolice on Monday arrested a man suspected in four killings in the city over the "
     "summer.", {"arrested": 1}),
    # the day of the report inside the clause: the killing is the news
    ("Arrest after bar shooting\n\nPolice arrested a man suspected of killing two people at a bar on "
     "Saturday night.", {"killed": 2, "arrested": 1}),
    # a qualifier restates, 'more' before the people adds
    ("Quake in Japan\n\nA quake struck on Tuesday, leaving at least 4 dead and more than 70 injured.\n\n"
     "The agency said four people had died. More than 70 people were injured.", {"killed": 4, "injured": 70}),
    ("Quake in Japan\n\nA quake struck on Tuesday, leaving at least 4 dead and more than 70 injured.\n\n"
     "Two more people were hurt later when a wall fell.", {"killed": 4, "injured": 72}),
    ("Derby trouble\n\nPolice arrested 14 fans on Saturday and two stewards were hurt by flares thrown from "
     "the away end.", {"arrested": 14, "injured": 2}),
    ("Beach\n\nTwo lifeguards were injured on Sunday when a storm swept the beach.", {"injured": 2}),
    # volunteers who play victims in a drill are no casualties; a firefighter hurt in one is
    ("Rail drill\n\nIn a drill on Saturday, 40 volunteers played victims of a train derailment, and 12 were "
     "taken to hospitals.", {}),
    ("Training\n\nA firefighter was injured during a drill on Saturday when a ladder collapsed.", {"injured": 1}),
    # a broken limb named after 'with' is an injury; a player's in a match is the sport's
    ("Avalanche\n\nA skier was killed in an avalanche on Saturday, and his partner was rescued with a broken "
     "leg.", {"killed": 1, "injured": 1}),
    ("Collapse\n\nA building collapsed on Monday, and a worker was pulled from the rubble with a broken hip.",
     {"injured": 1}),
    ("Winger out\n\nThe winger suffered a broken leg in Saturday's match and will miss the season.", {}),
]


@pytest.mark.parametrize("text,expected", ALLEGED_AND_RESTATED, ids=[t.split("\n\n")[0] for t, _ in ALLEGED_AND_RESTATED])
def test_alleged_killings_restated_figures_and_more_people(text: str, expected: dict) -> None:
    assert _summary(text) == expected


LOOKING_BACK = [
    ("Benefit concert\n\nA benefit concert raised $2 million on Sunday for families affected by last month's "
     "floods in Kentucky.\n\nThe floods killed 23 people.", {}),
    ("Vigil at the mall\n\nHundreds gathered on Sunday to remember the victims of last year's shooting at the "
     "mall.\n\nThe gunman killed eight people.", {}),
    # the day's news is an arrest, or a new incident
    ("Arrest in cold case\n\nPolice arrested a 60-year-old man on Tuesday in the 1991 killing of a nurse who was "
     "found strangled in her apartment.\n\nThe man was taken into custody at his home without incident.",
     {"arrested": 1}),
    ("Tornado\n\nA tornado struck the town on Sunday, a month after last year's storms.\n\nThe tornado killed "
     "two people.", {"killed": 2}),
    ("Sailor declared dead\n\nThe Navy on Monday declared dead a sailor who went overboard on Friday.", {"killed": 1}),
    ("Sailor declared dead\n\nA sailor who went overboard on Friday was declared dead on Monday.", {"killed": 1}),
    ("Patient\n\nThe patient, 88, was declared dead at the hospital on Monday after a long illness.", {}),
]


@pytest.mark.parametrize("text,expected", LOOKING_BACK, ids=[t.split("\n\n")[0] for t, _ in LOOKING_BACK])
def test_a_day_of_no_incident_for_an_earlier_one_and_deaths_declared(text: str, expected: dict) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize("text,expected", CLOSING_CLAUSES, ids=[t.split("\n")[0] for t, _ in CLOSING_CLAUSES])
def test_a_closing_clause_of_an_earlier_time_dates_only_itself(text: str, expected: dict) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize("text,expected", OBITUARY_APPOSITIVES, ids=[t.split(",")[0] for t, _ in OBITUARY_APPOSITIVES])
def test_an_obituary_title_with_a_life_in_apposition(text: str, expected: dict) -> None:
    assert _summary(text) == expected
