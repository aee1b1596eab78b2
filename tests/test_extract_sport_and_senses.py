"""Sport, sentences and pretences: texts -> the summary figures that count.

A sport's own accidents (a player hurt in a match or in training, a jockey's fall, a rider's
crash on a stage, a boxer knocked out in a bout) are no casualties of an incident; a crush of
fans, a car in the crowd, a stand that collapses, a team's bus that crashes, a player shot after
the game, lightning on the pitch are. Beside them: a prison term ('jailed for 12 years') is no
arrest, and the killing of a man jailed for it is the court case's earlier incident; an obituary
headed 'dies aged 101'; a month and year naming an event ('the February 2023 earthquakes'); a
year of the Middle Ages; a theatre production; animals counted by a bare figure; harm done by
words ('assassinated by briefings'); a pretence ('callers pretend to be a grandchild who has
been arrested'). Each trap has a text beside it that must still count.
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


SPORT = [
    # a sport's own accidents
    ("Winger out for a month\n\nThe winger injured his knee in Saturday's match and will miss four weeks, "
     "the club said.", {}),
    ("Jockey hurt in fall\n\nA jockey broke his leg when his horse fell at the final fence at Aintree on "
     "Thursday. He was taken to hospital.", {}),
    ("Boxer dies days after bout\n\nA 25-year-old boxer died on Tuesday, three days after he was knocked out "
     "in a bout in Las Vegas, promoters said.", {}),
    ("Striker breaks leg in training\n\nThe striker broke his leg in a collision with a teammate in training "
     "on Tuesday and will miss the rest of the season.", {}),
    ("Rider hurt in crash on final stage\n\nThe race leader was injured in a crash on the final stage on "
     "Sunday and was taken to a hospital, his team said.", {}),
    ("Bull rider hurt at rodeo\n\nA bull rider was trampled and seriously injured at the county rodeo on "
     "Saturday night.", {}),
    # incidents at a sport's events, and its people hurt by other hands or by disaster
    ("Fans stabbed after fight\n\nTwo fans were stabbed outside the arena after Saturday night's title "
     "fight, police said.", {"injured": 2}),
    ("Three fans killed in crush at stadium\n\nThree fans were killed and 20 injured in a crush at a "
     "stadium before a match in Lima on Sunday, police said.", {"killed": 3, "injured": 20}),
    ("Gunmen attack team bus\n\nGunmen opened fire on a bus carrying a football team in northern Mali on "
     "Saturday, killing two players.", {"killed": 2}),
    ("Race car crashes into crowd\n\nA car crashed into spectators during a race in Brazil on Sunday, "
     "killing one and injuring six.", {"killed": 1, "injured": 6}),
    ("Player shot after game\n\nA basketball player was shot and wounded outside an arena after a game in "
     "Chicago on Friday.", {"injured": 1}),
    ("Team bus crash kills 4 players\n\nA bus carrying a junior hockey team collided with a truck in "
     "Saskatchewan on Friday, killing four players.", {"killed": 4}),
    ("Two players killed by lightning during match\n\nTwo players were killed when lightning struck a "
     "football pitch during a match in Uganda on Saturday.", {"killed": 2}),
    ("Cyclist killed by lorry\n\nA cyclist was killed when he was hit by a lorry in Leeds on Monday.",
     {"killed": 1}),
]

COURTS_AND_LIVES = [
    # a prison term is no arrest; the killing behind it is the case's
    ("Court\n\nTwo brothers were jailed for 12 years on Tuesday for smuggling cocaine into the port.", {}),
    ("Court\n\nA man who stabbed his neighbour to death during a long-running dispute over a hedge was "
     "jailed for life at Bristol Crown Court on Thursday.", {}),
    ("Protest\n\nPolice jailed 30 protesters on Saturday after clashes in the capital.", {"arrested": 30}),
    # an obituary told the British way
    ("D-Day veteran who was wounded twice in Normandy dies aged 101\n\nHarold Price, one of the last "
     "surviving veterans of the landings, has died aged 101, his family said.\n\nHe was wounded twice in the "
     "fighting that followed. He died peacefully in a care home on Friday.", {}),
    ("Soldier who was shot in Helmand dies aged 24\n\nA soldier has died aged 24 after being shot in "
     "Helmand on Monday, the Ministry of Defence said.", {"killed": 1}),
    ("Teen who was shot in drive-by dies at 16\n\nA 16-year-old boy who was shot in a drive-by shooting on "
     "Friday has died, police said.", {"killed": 1}),
]

TIMES_AND_SENSES = [
    # a month and year naming an event, a year of the Middle Ages
    ("Quake strikes eastern Turkey\n\nA quake struck eastern Turkey on Thursday, killing at least six "
     "people. The region was hit hard by the February 2023 earthquakes, which killed more than 50,000 "
     "people.", {"killed": 6}),
    ("Grave found\n\nArchaeologists said on Wednesday they had found the remains of 30 soldiers killed in "
     "the Battle of Barnet in 1471.", {}),
    # a list of other years' events, each labelled by its place and year
    ("The 5 deadliest floods in the country's history\n\n1. Johnstown, 1889: about 2,200 dead.\n2. "
     "Ohio River, 1913: at least 400 dead.", {}),
    ("Timeline of the attack\n\nFriday, 9:15 p.m.: A gunman opened fire at a bar in Austin, killing three "
     "people.", {"killed": 3}),
    # a season's tally
    ("K2 climbing season ends with 9 deaths\n\nPakistan's summer climbing season on K2 ended this week, "
     "officials said, with more than 100 climbers reaching the summit.", {}),
    ("Festival ends with 3 deaths in crush\n\nThree people were killed in a crush as crowds left a music "
     "festival in Lagos on Sunday, police said.", {"killed": 3}),
    # a planning scenario; a date of another year written with an abbreviated month
    ("Flood plan\n\nIn the worst case, 3,000 homes could be destroyed and 500 people hurt, the planning "
     "document says.", {}),
    ("Flood\n\nOfficials said the flood on Monday was a worst-case scenario: 12 people were killed.",
     {"killed": 12}),
    ("Museum\n\nThe museum's new wing tells the stories of the 2,977 people killed on Sept. 11, 2001.", {}),
    ("Crash\n\nTwo people were killed on Mar. 8, 2026, when their car hit a tree, police said.", {"killed": 2}),
    # a stage production
    ("Theatre\n\nThe new production of \"Hamlet\" at the Globe is relentless: by the interval, Polonius has "
     "been stabbed through a curtain.", {}),
    # animals counted by a bare figure
    ("Dogs rescued from home\n\nOfficers rescued 30 dogs from a house in Fairview on Monday.\n\nMany of "
     "the dogs were starving, and several were treated for injuries. Four were found dead.", {}),
    ("Fire\n\nA fire swept through a house in Fairview on Monday.\n\nFirefighters rescued two people. "
     "Four were found dead.", {"killed": 4}),
    # harm done by words
    ("Minister quits\n\nHis allies said he had been assassinated by briefings from inside his own party.", {}),
    ("Governor killed\n\nThe governor was assassinated by a gunman outside his home on Sunday.", {"killed": 1}),
    # harm to people named by a role of money
    ("Merger blocked\n\nThe deal was killed by regulators in Brussels on Friday, hurting thousands of "
     "shareholders.", {}),
    ("Bus crash\n\nA bus crash on the motorway on Friday hurt 14 passengers.", {"injured": 14}),
    # deaths of a study, an infection or surgery
    ("Trial results\n\nResearchers followed 4,000 patients, of whom 312 died during the study.", {}),
    ("Fungus outbreak\n\nThe hospital said on Tuesday that 14 patients had been infected with a "
     "drug-resistant fungus and that three had died.", {}),
    ("Hospital hit\n\nThree patients were killed when a missile hit the hospital on Monday.", {"killed": 3}),
    ("Hospital fire\n\nTwo patients died in a fire at the hospital on Sunday, officials said.", {"killed": 2}),
    ("Encampment\n\nPolice said on Monday that 9 people had overdosed at a homeless encampment over the "
     "weekend, and two had died.", {}),
    ("Vaccine\n\nTwo children who received the vaccine were hospitalized with seizures, the health "
     "department said on Friday.", {}),
    ("Fire\n\nTwo children were hospitalized with burns after a fire at their home on Friday.", {"injured": 2}),
    # victims named through their families, and the day of the families' settlement
    ("Settlement\n\nFamilies of 12 people killed in the collapse of a condo tower reached a $1 billion "
     "settlement on Thursday.", {}),
    ("Vigil\n\nThe father of a boy who was shot on Saturday spoke to reporters outside the hospital.",
     {"injured": 1}),
    # a tally of separate incidents this year
    ("Fire safety\n\nFire officials on Tuesday urged residents to check smoke alarms, noting that 7 of the "
     "9 people who died in house fires in the county this year lived in homes without working alarms.", {}),
    ("Icy roads\n\nThree people were killed in crashes on icy roads across the county on Tuesday, police "
     "said.", {"killed": 3}),
    # a thing released is no captive set free
    ("Memoir\n\nTwenty years after she was abducted from her bedroom, a woman told her story in a new book "
     "released on Tuesday.", {}),
    ("Hostages freed\n\nTwo aid workers who were abducted in March were released on Tuesday, the charity "
     "said.", {"kidnapped": 2}),
    # a pretence
    ("Scam warning\n\nCallers pretend to be a grandchild who has been arrested and needs bail money.", {}),
    ("Scam warning\n\nScammers posing as a nephew who has been kidnapped demand a ransom.", {}),
    ("Arrest\n\nA man who pretended to be a police officer has been arrested, police said on Monday.",
     {"arrested": 1}),
]


@pytest.mark.parametrize("text,expected", SPORT, ids=[t.split("\n")[0][:50] for t, _ in SPORT])
def test_a_sports_own_accident_is_no_casualty_but_a_crowds_is(text: str, expected: dict) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize("text,expected", COURTS_AND_LIVES, ids=[t[:60] for t, _ in COURTS_AND_LIVES])
def test_prison_terms_and_british_obituaries(text: str, expected: dict) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize("text,expected", TIMES_AND_SENSES, ids=[t[:60] for t, _ in TIMES_AND_SENSES])
def test_other_times_stages_animals_words_and_pretences(text: str, expected: dict) -> None:
    assert _summary(text) == expected


SIDEBARS = [
    ("School lunch prices rise\n\nSchool lunch prices will rise by 25 cents next year, the district said on "
     "Wednesday.\n\nICYMI: 4 dead after tornado tears through Alabama town", {}),
    ("Tornado kills 4\n\nA tornado tore through an Alabama town on Tuesday, killing four people, officials "
     "said.\n\nICYMI: School lunch prices will rise next year", {"killed": 4}),
]


@pytest.mark.parametrize("text,expected", SIDEBARS, ids=[t[:40] for t, _ in SIDEBARS])
def test_a_teaser_line_of_another_story_is_page_furniture(text: str, expected: dict) -> None:
    from newstally.read.jsonl import record_to_document
    s = summarize(record_to_document({"id": "t", "text": text, "published": PUB})).to_dict()
    assert {k: s[k]["best"] for k in MAIN if s.get(k) and s[k].get("best")} == expected
