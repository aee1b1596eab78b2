"""Precision on ordinary news: sentence -> the claims that count, and text -> the summary.

Ordinary news (politics, business, reviews, follow-ups) uses casualty words in other senses and
mentions deaths of other times. None of that may become a figure for the report's incident:
figurative, economic, illness and natural-death senses are not casualties; figures of other
times, statistics and calls or futures are flagged. Each table pairs the trap with a sentence
that must still count, so a rule that simply turns everything away fails.
"""
from __future__ import annotations

import pytest

from newstally import extract_claims, summarize
from newstally.model import Document

PUB = "2023-09-20"


def _counted(text: str, published: str | None = PUB) -> list[tuple]:
    doc = Document(id="t", text=text, published=published)
    return sorted((c.category, c.best, c.subgroup) for c in extract_claims(doc) if c.counts and not c.negated)


def _summary(text: str, published: str | None = PUB) -> dict[str, int | None]:
    s = summarize(Document(id="t", text=text, published=published)).to_dict()
    return {k: v["best"] for k, v in s.items() if k != "id"}


# --- casualty words in other senses --------------------------------------------------------
SENSES = [
    # figures of speech
    ("She is dead wrong about the tax plan.", []),
    ("The mayor was dead set against the new stadium.", []),
    ("The scandal shattered more than 100 lives.", []),
    ("Opioids have stolen too many lives in our state.", []),
    ("Her research saved thousands of lives.", []),
    ("The flood claimed 27 lives.", [("killed", 27, None)]),
    ("The crash cost 12 lives.", [("killed", 12, None)]),
    ("12 lives were lost in the fire.", [("killed", 12, None)]),
    ("He was found dead in his car.", [("killed", 1, None)]),
    # economic harm
    ("The tariffs are hurting millions of American farmers.", []),
    ("The shutdown has hurt 800,000 federal workers.", []),
    ("A bus crash hurt 14 passengers.", [("injured", 14, "civilians")]),
    ("The explosion hurt five people.", [("injured", 5, None)]),
    # illness and natural death
    ("He died of natural causes at his home.", []),
    ("Two inmates died of pneumonia.", []),
    ("Jackson said he had been hospitalized for depression.", []),
    ("The virus has killed 3,000 people.", []),
    ("The plague killed 25 million people in Europe.", []),
    ("The senator missed the vote after the death of her father.", []),
    ("Two people were hospitalized after the crash.", [("injured", 2, None)]),
    ("A man died of his wounds in hospital.", [("killed", 1, None)]),
    ("A police officer died after being shot.", [("killed", 1, "police")]),
    ("A guard stabbed a man to death in a row over coronavirus rules.", [("killed", 1, None)]),
    ("Three miners died of complications from burns suffered in the blast.", [("killed", 3, "civilians")]),
    # suicide that is no attack; an attacker's own death still counts
    ("Before the coroner ruled that he hanged himself, rumours suggested he had been murdered.", []),
    ("The gunman killed two guards before he shot himself.",
     [("killed", 1, "attackers"), ("killed", 2, "soldiers")]),
    # things and groups, not persons
    ("The van was the same one seized by police at the border.", []),
    ("Gunmen seized two foreign engineers.", [("kidnapped", 2, "civilians")]),
    ("Muslims were also killed in the attacks.", []),
    ("Several relatives of Americans killed by drunk drivers spoke at the rally.", []),
    ("Two relatives of the mayor were killed in the ambush.", [("killed", 2, None)]),
    # words that name no harm to a person: compounds, institutions, things
    ("The governor received 1,000 death threats.", []),
    ("The two injured parties settled out of court.", []),
    ("Both bodies of Congress voted on Tuesday.", []),
    ("Three amendments were killed in committee.", []),
    ("The bodies of John Smith and Mary Jones were found.", [("killed", 1, None), ("killed", 1, None)]),
    ("The two injured were taken to hospital.", [("injured", 2, None)]),
    # pictures taken and figures of speech with 'shot' and 'burned'
    ("Two reporters were shot by a photographer for the magazine cover.", []),
    ("A photographer was shot in the leg during the protest.", [("injured", 1, "journalists")]),
    ("Obama was burned by the leak.", []),
    ("Two men were burned in the fire.", [("injured", 2, None)]),
    # sports injuries and fiction
    ("Two players were hurt during practice on Tuesday.", []),
    ("Two players were injured when the stadium roof collapsed.", [("injured", 2, None)]),
    ("In the film, the hero kills 40 henchmen before the final scene.", []),
    ("The series follows a detective who investigates the murders of three women.", []),
    ("The film depicts the killing of 50 protesters.", []),
    # absences, escapes and jobs are not missing, displaced people
    ("Two senators were missing from the vote.", []),
    ("Three fishermen went missing from the village during the storm.", [("missing", 3, "civilians")]),
    ("The suspect fled the scene.", []),
    ("Two men fled on foot after the robbery.", []),
    ("Thousands of residents fled the fighting.", [("displaced", 1000, "civilians")]),
    ("The company displaced 300 workers when it closed the plant.", []),
    ("The storm displaced 5,000 families.", [("displaced", 5000, "civilians")]),
    # a modal before the victims of a noun
    ("The policy could cost thousands of lives.", []),
    ("Officials said there were 12 deaths.", [("killed", 12, None)]),
]


@pytest.mark.parametrize("sentence,expected", SENSES, ids=[s[0][:50] for s in SENSES])
def test_only_physical_harm_to_people_counts(sentence: str, expected: list[tuple]) -> None:
    assert _counted(sentence) == sorted(expected)


# --- other times, statistics, calls and futures ----------------------------------------------
OTHER_TIMES = [
    ("In a 1997 case in which a gunman killed two people, the court ruled otherwise.", []),
    ("Between 2010 and 2015, 584 deaths were recorded.", []),
    ("About 40,000 people die in road crashes each year.", []),
    ("Some 1,200 people are killed annually in such attacks.", []),
    ("More than 2,400 American soldiers have died since the 2001 invasion.", []),
    ("More than 2,400 American soldiers have died in Afghanistan since 2001.", []),
    ("The Black Death killed 25 million people in the 14th century.", []),
    ("In the 1990s, 300 people were killed in the region.", []),
    ("His father was shot and killed when he was a boy.", []),
    ("Her uncle was shot and killed when Mr. Brown was a child.", []),
    ("The children wrote to him following the Riverton school shooting in which 20 children were killed.", []),
    ("He was arrested in April for the call.", []),  # published in September
    ("Critics say the drug war has killed thousands of people.", []),
    ("Nearly 3,000 people were killed on 9/11.", []),
    ("Border agents made 520,000 arrests of migrants in the fiscal year.", []),
    ("Stalin killed millions of people.", []),
    ("Separately, the Red Cross said it had recovered 24 bodies after an attack on a village.", []),
    ("Elsewhere, three soldiers were killed in an ambush.", []),
    ("The museum remembers the victims of the attack, including 2,977 people killed.", []),
    ("The bill is named after a girl who was killed by a drunk driver.", []),
    ("Drunk drivers kill thousands of Americans.", []),
    ("Floods displaced 2 million people in the delta.", [("displaced", 2000000, None)]),
    ("Bandits have killed and kidnapped thousands of people in recent years.", []),
    ("He should be jailed for life.", []),
    ("Protesters said the officers must be arrested.", []),
    ("Three people were killed on September 18.", [("killed", 3, None)]),
    ("Three people were killed in August.", [("killed", 3, None)]),
    ("A day after the attack, three more people died in hospital.", [("killed", 3, None)]),
    ("At least 12 people were killed in a day of heavy fighting.", [("killed", 12, None)]),
    ("A Marine was killed in the ambush.", [("killed", 1, "soldiers")]),
]


@pytest.mark.parametrize("sentence,expected", OTHER_TIMES, ids=[s[0][:50] for s in OTHER_TIMES])
def test_other_times_and_calls_are_not_counted(sentence: str, expected: list[tuple]) -> None:
    assert _counted(sentence) == sorted(expected)


def test_other_time_claims_are_kept_with_their_flag() -> None:
    claims = extract_claims(Document(id="t", text="Between 2010 and 2015, 584 deaths were recorded.", published=PUB))
    assert [(c.best, c.other_event) for c in claims] == [(584, True)]


def test_without_a_publication_date_the_latest_year_named_is_the_reference() -> None:
    text = ("Three children died in custody during the 2018 winter, the doctors said.\n\n"
            "The doctors wrote to the agency in 2019.")
    assert _counted(text, published=None) == []
    assert _counted("Three children died in custody during the winter.", published=None) == [
        ("killed", 3, "children")]


def test_one_death_told_plainly_counts_when_the_lede_tells_of_an_attack() -> None:
    text = ("Gunmen attacked a bus station in the north on Monday.\n\n"
            "The driver was hit in the chest. He died on Tuesday.")
    assert _summary(text) == {"killed": 1}
    plain = "The board met on Monday.\n\nThe founder's son spoke. He died on Tuesday."
    assert _summary(plain) == {}


def test_a_figure_offered_as_a_guess_is_flagged_hypothetical() -> None:
    text = "Some reports suggest as many as 200 have been killed."
    claims = extract_claims(Document(id="t", text=text, published=PUB))
    assert [(c.best, c.hypothetical) for c in claims] == [(200, True)]


def test_victims_with_a_short_phrase_of_place_before_the_verb() -> None:
    assert _counted("At least 106 protesters in 21 cities have been killed.") == [("killed", 106, "protesters")]
    assert _counted("Three soldiers in the convoy have killed 5 militants.") == [("killed", 5, "militants")]


def test_one_patient_in_hospital_is_no_injury_in_a_story_about_a_disease() -> None:
    disease = ("A case of plague was reported in the north.\n\n"
               "The plague killed millions in the 14th century.\n\n"
               "The patient was hospitalized in the capital.")
    assert _summary(disease) == {}
    attack = ("Gunmen attacked a market in the north on Monday.\n\n"
              "A trader was hospitalized in the capital.")
    assert _summary(attack) == {"injured": 1, "civilians_injured": 1}
    assert _counted("Fourteen people were taken to hospital.") == [("injured", 14, None)]


# --- the summary: the report's main incident, restatements never added -------------------------
SUMMARIES = [
    # a named victim restated by surname, and two different named victims
    ("John Smith was shot dead on Monday. Police said Smith was killed by a single shot.", {"killed": 1}),
    ("John Smith was shot dead on Monday. Mary Jones was also killed in the attack.", {"killed": 2}),
    # the same dead restated in other words, in another sentence
    ("Two soldiers were killed in the blast. Officials said two Americans died.", {"killed": 2}),
    ("The storm claimed more than 100 lives. At least 50 people were killed in the capital alone.",
     {"killed": 100}),
    ("The scandal shattered more than 100 lives. At least 50 people were killed in the riots.",
     {"killed": 50}),
    # a nationality cuts across soldiers and civilians: never added to them
    ("Two Americans were killed in the blast. A U.S. soldier and a contractor died at the scene.",
     {"killed": 2}),
    ("Three Afghans and two soldiers were killed.", {"killed": 5}),
    # parts of one statement still add up; different groups in different sentences too
    ("Three soldiers and two civilians were killed.", {"killed": 5}),
    ("Five Palestinians were killed in the raid. Three Israelis died in a later attack.", {"killed": 8}),
    # different sources: different dead add up, the same dead told by opposing sides do not
    ("At least 106 protesters were killed, Amnesty said. State media said four members of the security "
     "forces were killed.", {"killed": 110, "protesters_killed": 106, "soldiers_killed": 4}),
    ("The army said it killed 3 militants. A rights group said 14 civilians were killed.", {"killed": 14}),
    # a figure of speech or an illness beside the incident's figure is left out
    ("Three people were killed in the crash. The driver's family said she was dead wrong to drive.",
     {"killed": 3}),
]


@pytest.mark.parametrize("text,expected", SUMMARIES, ids=[s[0][:50] for s in SUMMARIES])
def test_summary_does_not_add_restatements(text: str, expected: dict[str, int]) -> None:
    got = _summary(text)
    for key, best in expected.items():
        assert got.get(key) == best, (key, got)


@pytest.mark.parametrize("sentence,published,counts", [
    ("Nine residents died when the building collapsed on January 22.", "2023-03-05", True),  # 42 days back
    ("Nine residents died when the building collapsed on January 2.", "2023-03-20", False),  # 77 days back
    ("He was arrested in April for the threat.", "2023-11-19", False),
    ("Five people were killed in December.", "2024-01-03", True),
])
def test_a_day_named_without_its_year_is_another_time_only_when_long_past(
        sentence: str, published: str, counts: bool) -> None:
    assert bool(_counted(sentence, published=published)) is counts


# --- a sidebar of other stories' headlines ----------------------------------------------------
REPORT = ("Bus crash kills 12 near the capital\n\n"
          "At least 12 people died when a bus left the road on Monday, police said.\n\n"
          "The driver was taken to hospital.\n\n")


@pytest.mark.parametrize("sidebar", [
    "Related posts:\nGunmen kill 17 villagers in the north\nMinister resigns over budget row",
    "You might also like\nFloods: 40 dead as river bursts its banks\nTwo arrested after market fire",
    "You might also like\nSudan: 40 dead as boat capsizes on the Nile",
    "Three killed in market blast in the north\nMinister resigns over budget row\nStorm batters coast, 5 injured",
    # a label that is junk itself still marks the list after it, however short
    "Don't Miss\nBus plunges into ravine, killing 22\nHow to save on groceries",
    "Editor's Picks\n- Police: Woman found dead in car was shot\n- Wildfire forces 2,000 to evacuate",
])
def test_a_sidebar_of_other_headlines_is_no_part_of_the_report(sidebar: str) -> None:
    from newstally.clean import clean_text

    cleaned = clean_text(REPORT + sidebar)
    assert cleaned == REPORT.strip()
    assert _summary(cleaned)["killed"] == 12


@pytest.mark.parametrize("lines", [
    "Key facts\nThe bus carried 40 passengers\nThe road had been closed twice this year",  # no casualty word
    "Three killed in market blast in the north\nMinister resigns over budget row",  # two headlines, no label
    "Victims named\nJohn Smith, 34, a teacher\nMary Jones, 51, a nurse",  # no casualty word
])
def test_lists_that_are_no_sidebar_stay(lines: str) -> None:
    from newstally.clean import clean_text

    for line in lines.splitlines()[1:]:
        assert line in clean_text(REPORT + lines)


# --- an earlier incident named by its place -----------------------------------------------------
@pytest.mark.parametrize("lede,sentence,counts", [
    ("Lawmakers debate gun bill\n\nThe Senate met on Monday.", "The Oklahoma City bombing killed 168 people.", False),
    ("Lawmakers debate gun bill\n\nThe Senate met on Monday.", "The Sandy Hook shooting left 26 people dead.", False),
    ("Bomb kills 20 in Kabul\n\nA bomb exploded on Tuesday.", "The Kabul attack killed 20 people, officials said.",
     True),
    ("Bomb kills 20 at market\n\nA bomb exploded on Tuesday.", "Tuesday's attack killed 20 people, officials said.",
     True),
    ("Syrian town shelled\n\nShells hit the town on Friday.", "The Syria attack killed 9 people, a monitor said.",
     True),
    ("Tax agency hearing\n\nThe official spoke on Monday.",
     "He said the attack that killed four Americans in Tripolis was planned.", False),
    ("Gunmen raid village\n\nGunmen raided a village in the north on Saturday.",
     "The attack on the village in Bokkos also left six people injured, he said.", True),
])
def test_an_incident_named_by_a_place_the_lede_never_names_is_an_earlier_one(
        lede: str, sentence: str, counts: bool) -> None:
    text = f"{lede}\n\n{sentence}"
    claims = [c for c in extract_claims(Document(id="t", text=text, published=PUB)) if c.text in sentence]
    assert claims and all(c.counts is counts for c in claims)


def test_a_headline_may_tell_of_an_incident_in_the_present_tense() -> None:
    assert _summary("Bomb kills 20 in Kabul\n\nThe bomb went off on Tuesday.") == {"killed": 20}
    cited = 'Jane Roe, "Gunman Kills 3 Shoppers at Riverside Mall", The Daily Record, May 2, 2014.'
    assert _counted(cited) == [("killed", 3, "civilians")]


# --- more other times: a year naming an event, spans up to now, a person's age then, a month ---
PUB_LATE = "2026-11-24"
OTHER_TIMES_MORE = [
    # a year as the modifier of a named event, the name set off by commas
    ("California's deadliest wildfire, the 2018 Camp Fire, killed 85 people.", []),
    ("The 2018 Camp Fire killed 85 people.", []),
    ("A wildfire killed two people on Wednesday.", [("killed", 2, None)]),
    # a span of time up to now
    ("Two other cyclists had been seriously injured at the junction in the past five years.", []),
    ("Within the last two years, 31 people have died on the highway.", []),
    ("Two cyclists were seriously injured at the junction on Friday.", [("injured", 2, None)]),
    # a person's age then dates what happened
    ("The victim's sister, who was 19 when the nurse was killed, said she had given up hope.", []),
    ("Her brother, who was only 12 at the time, saw their father shot dead.", []),
    ("The gunman, who was 22, killed nine people at the club on Saturday.", [("killed", 9, None)]),
    # a month named without its day, two or more months before the report's
    ("Insurers will pay for the damage from the hurricane that struck the coast in September and killed "
     "about 150 people, a ratings firm said on Monday.", []),
    ("Floods that hit the region in October killed 40 people.", [("killed", 40, None)]),
    ("Two hikers who set out in September were found dead on Sunday.", [("killed", 2, None)]),
    ("The storm that hit the coast in September has now killed 160 people.", [("killed", 160, None)]),
    # a victim named through a relative who speaks is the earlier incident's
    ('"We cannot bring them back," said the son of one woman who was killed.', []),
    ("The widow of a firefighter who died in the blaze addressed the council.", []),
    ("The mother of a boy who was shot on Saturday pleaded for calm.", [("injured", 1, "children")]),
    ("The son of the mayor was killed in the blast.", [("killed", 1, "children")]),
    ("A family of five was killed when the house collapsed.", [("killed", 5, None)]),
    # a full date naming an event; a count of the year so far; a total up to a month; how a war began
    ("Democrats pointed to the Jan. 6, 2021, attack on the Capitol, in which about 140 police officers "
     "were injured.", []),
    ("He said 41 people had been murdered in the city this year.", []),
    ("Police made 1,430 arrests for violent crimes through October.", []),
    ("The war began after militants killed about 1,200 people and took about 250 hostages.", []),
    ("The clashes began on Monday, and police killed eight protesters.", [("killed", 8, "protesters")]),
    # deep time; a planet is no person; a TV listing's series
    ("The asteroid that struck Earth 66 million years ago wiped out the dinosaurs.", []),
    ("A detective investigates the deaths of two hikers in a series based on the best-selling novels.", []),
    ("A car struck two hikers on the road on Sunday.", [("injured", 2, None)]),
    # the nth victim of a year's tally is one told already; an active verb with an object pronoun
    ("A journalist was shot dead on Monday, the fifth journalist killed in Mexico this year.", [("killed", 1, "journalists")]),
    ("She was the 98th pedestrian killed in the city this year.", []),
    ("A sixth person died on Monday.", [("killed", 6, None)]),
    ('"He killed them on the counterattack," the coach said.', []),
    ("The gunman killed himself.", [("killed", 1, "attackers")]),
    # a year after a possessive; a place named before 'where'; harm a lawsuit says
    ("He apologized for the city's 1985 bombing of a row house, an attack that killed 11 people.", []),
    ("A woman has sued a gym chain, saying she broke her wrist when a treadmill sped up.", []),
    ("Police said the suspect, who is named in a lawsuit over fraud, shot two men on Sunday.", [("injured", 2, None)]),
    # 'since' an event named by a place, not a day
    ("Since Columbine, hundreds of children have been killed in schools.", []),
    ("Since Monday, 12 people have died in the floods.", [("killed", 12, None)]),
    # a body part after 'had' with no harm
    ("The team said he had movement in his arms and legs.", []),
    ("He had burns to his arms and legs.", [("injured", 1, None)]),
    # a game's score: no harm
    ("The Chiefs killed the Raiders 42-3 on Sunday.", []),
    ("Bayern massacred Bochum 7-0 in the cup.", []),
    ("Militants killed 10-12 soldiers in the raid.", [("killed", 10, "soldiers")]),
]


@pytest.mark.parametrize("sentence,expected", OTHER_TIMES_MORE, ids=[s[0][:50] for s in OTHER_TIMES_MORE])
def test_more_other_times_are_not_counted(sentence: str, expected: list[tuple]) -> None:
    assert _counted(sentence, published=PUB_LATE) == sorted(expected)


REPORTS = [
    # a report of statistics: figures after a lede of other times are parts of them
    ("Workplace deaths rose in 2023, report says\n\nA total of 5,283 workers died on the job in 2023, the "
     "bureau said on Wednesday.\n\nTransportation accidents were the most common cause. Falls killed 865 "
     "workers, many of them in construction.", {}),
    # ... unless a later sentence names a day of the week around the report
    ("Workplace deaths rose in 2023, report says\n\nA total of 5,283 workers died on the job in 2023, the "
     "bureau said on Wednesday.\n\nOn Tuesday, a crane collapse killed three workers in Denver.", {"killed": 3}),
    # a lede that looks back (figures of other times only; a named day is no day of the news)
    ("Explainer: Why the Troubles still matter\n\nMore than 3,500 people were killed in three decades of "
     "conflict, which largely ended with the Good Friday Agreement in 1998.\n\nLoyalist paramilitaries "
     "were responsible for hundreds of deaths.", {}),
    ("Crime in the city: the numbers\n\nThe city has recorded 612 shootings this year, down from last year, "
     "according to police data released on Friday.\n\nEastside: 143 shootings, 41 homicides", {}),
    ("Crime in the city: the numbers\n\nThe city has recorded 612 shootings this year, down from last year, "
     "according to police data released on Friday.\n\nOn Saturday night, two men were shot dead on the "
     "Eastside.", {"killed": 2}),
    # an anniversary whose lede tells only of the earlier attack
    ("Ten years after the Paris attacks\n\nTen years ago this month, gunmen attacked a concert hall and "
     "cafes, killing 130 people.\n\nOne survivor, who was shot in the leg, still cannot stand in a crowd.", {}),
    # a trial date set for an earlier crash
    ("Trial date set in floatplane crash\n\nA trial date was set on Tuesday for a pilot charged in a crash "
     "last year that killed five tourists.\n\nThe pilot and one passenger survived with serious injuries.", {}),
    # live updates whose lede names the tornadoes: the deaths are the outbreak's
    ("Live updates: Tornado outbreak\n\n12:40 p.m.: Forecasters confirmed at least 14 tornadoes touched down "
     "overnight.\n\n11:15 a.m.: Officials in Mississippi say 6 people have died.", {"killed": 6}),
    # an earlier incident beside the report's own still leaves the own figures counted
    ("Quake strikes region hit a year ago\n\nA year after an earthquake killed 50,000 people in the region, "
     "another quake struck early today, killing at least 12.\n\nOfficials said 40 people were injured in "
     "the town of Elbistan.", {"killed": 12, "injured": 40}),
    ("Two years after floods, village hit again\n\nTwo years after floods killed 40 people in the village, "
     "a landslide has buried six homes.\n\nRescuers said three people were killed and two are missing.",
     {"killed": 3, "missing": 2}),
    ("Gunman kills 5 at party\n\nA gunman killed five people at a birthday party, police said, in the "
     "deadliest shooting since 2019.\n\nSeven others were wounded.", {"killed": 5, "injured": 7}),
    ("Bus crash\n\nIn the worst road accident since 2015, a bus fell into a ravine in the north of the "
     "country, killing 30 passengers.\n\nTwenty others were injured.", {"killed": 30, "injured": 20}),
    ("Floods\n\nFloods that began on Nov. 2 have killed 17 people in the state, the governor said.", {"killed": 17}),
    # ... and a comparison followed by the earlier time's clause still marks that clause
    ("Bomb hits market\n\nIt was the deadliest attack since 2019, when a truck bomb killed 40 people.", {}),
    # a place the lede never names, before 'where'
    ("Poll: Voters split on sending troops abroad\n\nAmericans are split on sending troops to defend allies, a "
     "poll released on Thursday found.\n\nMany said they feared \"another Iraq,\" where nearly 4,500 American "
     "troops were killed.", {}),
    # the day a report was released, words between
    ("Border deaths at record\n\nA record 853 migrants died crossing the border in the last fiscal year, "
     "according to a report released by the Border Patrol on Tuesday.\n\nMost died of heat exposure; 40 "
     "drowned in the river.", {}),
    # 'him' or 'her' after the verb still tells of one death
    ("Woman killed in her home\n\nThe suspect killed her and then fled, police said on Sunday.", {"killed": 1}),
    # a person taken ill: a death told with everyday words is no casualty
    ("Runner dies after collapsing near marathon finish\n\nA 46-year-old man died after collapsing near the "
     "finish of the city's marathon on Sunday, organizers said.\n\nMedical staff treated the runner at the "
     "scene and took him to a hospital, where he was pronounced dead.", {}),
    # a collapse of a building is an incident
    ("Building collapses in Lagos\n\nA three-story building collapsed in Lagos on Sunday. Rescuers said "
     "five people died and 12 were pulled alive from the rubble.", {"killed": 5}),
    ("Worker dies in heat\n\nA farmworker died after collapsing in a field on Tuesday as temperatures "
     "reached 41C, his employer said. He was pronounced dead at the scene.", {}),
]


@pytest.mark.parametrize("text,expected", REPORTS, ids=[s[0][:50] for s in REPORTS])
def test_reports_of_statistics_and_illness_give_no_figure(text: str, expected: dict[str, int]) -> None:
    got = {k: v for k, v in _summary(text, published=PUB_LATE).items() if v and "_" not in k}
    assert got == expected


@pytest.mark.parametrize("sidebar", [
    "Previous: Shooting at mall leaves 3 dead",
    "More in Crime\nMan, 34, killed in drive-by shooting\nTeen arrested over threat",
    "Also on our site: Shooting outside bar leaves 1 dead, 3 wounded | Storm knocks out power to 20,000",
])
def test_links_to_the_previous_and_next_stories_are_no_part_of_the_report(sidebar: str) -> None:
    from newstally.clean import clean_text

    cleaned = clean_text(REPORT + sidebar)
    assert cleaned == REPORT.strip()
