"""Table-driven extraction cases: sentence -> the claims it states about its own incident.

Each expected claim is (category, low, best, high, subgroup); ``None`` in low/high is an open
bound. Only claims that count (not hypothetical, not about another event) are compared, as a
multiset, so the order of the table does not matter.
"""
from __future__ import annotations

import pytest

from newstally import extract_claims, summarize
from newstally.model import Document

PUB = "2023-09-20"  # a Wednesday

# --- numbers in digits, words, ranges, qualifiers and vague amounts -------------------------
NUMBERS = [
    ("27 people were killed.", [("killed", 27, 27, 27, None)]),
    ("1,200 people were evacuated.", [("evacuated", 1200, 1200, 1200, None)]),
    ("Twenty-seven people were killed.", [("killed", 27, 27, 27, None)]),
    ("Twenty seven people died.", [("killed", 27, 27, 27, None)]),
    ("One hundred and five people were injured.", [("injured", 105, 105, 105, None)]),
    ("A dozen people were wounded.", [("injured", 12, 12, 12, None)]),
    ("Two dozen soldiers were killed.", [("killed", 24, 24, 24, "soldiers")]),
    ("At least 27 people were killed.", [("killed", 27, 27, None, None)]),
    ("More than 400 people were injured.", [("injured", 400, 400, None, None)]),
    ("Over 400 people were injured.", [("injured", 400, 400, None, None)]),
    ("Nearly 200 people were killed.", [("killed", None, 200, 200, None)]),
    ("Almost 200 people were killed.", [("killed", None, 200, 200, None)]),
    ("Up to 30 people were missing.", [("missing", None, 30, 30, None)]),
    ("As many as 30 people were missing.", [("missing", None, 30, 30, None)]),
    ("Between 20 and 30 people were killed.", [("killed", 20, 20, 30, None)]),
    ("20-30 people were killed.", [("killed", 20, 20, 30, None)]),
    ("No fewer than 12 people were arrested.", [("arrested", 12, 12, None, None)]),
    ("Some 3 million people have been displaced.", [("displaced", 2400000, 3000000, 3600000, None)]),
    ("About 50 people were killed.", [("killed", 40, 50, 60, None)]),
    ("Around 50 people were injured.", [("injured", 40, 50, 60, None)]),
    ("Roughly 1,000 people were evacuated.", [("evacuated", 800, 1000, 1200, None)]),
    ("Fewer than 10 people were hurt.", [("injured", None, 10, 10, None)]),
    ("Five people died.", [("killed", 5, 5, 5, None)]),
    ("Eleven people were kidnapped.", [("kidnapped", 11, 11, 11, None)]),
    ("Forty-one workers were detained.", [("arrested", 41, 41, 41, "civilians")]),
    ("10,000 people fled.", [("displaced", 10000, 10000, 10000, None)]),
    ("At least a dozen people were killed.", [("killed", 12, 12, None, None)]),
    ("Hundreds of people were arrested.", [("arrested", 100, 100, 999, None)]),
    ("Dozens of people were injured.", [("injured", 12, 12, 99, None)]),
    ("Thousands of people were displaced.", [("displaced", 1000, 1000, 9999, None)]),
    ("Scores of people were killed.", [("killed", 20, 20, 99, None)]),
    ("Several people were injured.", [("injured", 3, 3, 9, None)]),
    ("A few people were hurt.", [("injured", 2, 3, 5, None)]),
    ("27 killed, 200 injured in Stepanakert shelling", [("killed", 27, 27, 27, None), ("injured", 200, 200, 200, None)]),
    ("Tens of thousands of people have fled their homes.", [("displaced", 10000, 10000, 99999, None)]),
]

# --- the many ways a toll is written -------------------------------------------------------
PHRASINGS = [
    ("The attack killed 27 people.", [("killed", 27, 27, 27, None)]),
    ("Gunmen killed 27 villagers.", [("killed", 27, 27, 27, "civilians")]),
    ("The blast left 27 dead.", [("killed", 27, 27, 27, None)]),
    ("The blast left 27 people dead and 40 injured.", [("killed", 27, 27, 27, None), ("injured", 40, 40, 40, None)]),
    ("The death toll rose to 27.", [("killed", 27, 27, 27, None)]),
    ("The death toll has climbed to at least 27.", [("killed", 27, 27, None, None)]),
    ("The toll stood at 30 on Thursday.", [("killed", 30, 30, 30, None)]),
    ("Officials reported 27 deaths.", [("killed", 27, 27, 27, None)]),
    ("The flood claimed 27 lives.", [("killed", 27, 27, 27, None)]),
    ("The fire claimed the lives of 27 people.", [("killed", 27, 27, 27, None)]),
    ("27 bodies were recovered from the rubble.", [("killed", 27, 27, 27, None)]),
    ("Rescuers recovered the bodies of 12 miners.", [("killed", 12, 12, 12, "civilians")]),
    ("The explosion killed two and wounded 5.", [("killed", 2, 2, 2, None), ("injured", 5, 5, 5, None)]),
    ("A car bomb exploded, wounding 5.", [("injured", 5, 5, 5, None)]),
    ("Five others were hurt.", [("injured", 5, 5, 5, None)]),
    ("Police evacuated more than 10,000 people.", [("evacuated", 10000, 10000, None, None)]),
    ("Troops arrested 14 protesters.", [("arrested", 14, 14, 14, "protesters")]),
    ("Gunmen abducted 30 students from a school.", [("kidnapped", 30, 30, 30, "civilians")]),
    ("Twelve people remain missing.", [("missing", 12, 12, 12, None)]),
    ("Two people are still unaccounted for.", [("missing", 2, 2, 2, None)]),
    ("The storm displaced 5,000 families.", [("displaced", 5000, 5000, 5000, "civilians")]),
    ("A man was shot dead.", [("killed", 1, 1, 1, None)]),
    ("A woman was stabbed to death.", [("killed", 1, 1, 1, "women")]),
    ("Attackers stabbed a man to death.", [("killed", 1, 1, 1, None)]),
    ("Militants shot two police officers dead.", [("killed", 2, 2, 2, "police")]),
    ("Three men were beaten to death.", [("killed", 3, 3, 3, None)]),
    ("1 fatality, 5 injured", [("killed", 1, 1, 1, None), ("injured", 5, 5, 5, None)]),
    ("The clash resulted in 3 fatalities.", [("killed", 3, 3, 3, None)]),
    ("Four passengers lost their lives.", [("killed", 4, 4, 4, "civilians")]),
    ("A soldier succumbed to his injuries.", [("killed", 1, 1, 1, "soldiers")]),
    ("Two soldiers were killed and three injured.", [("killed", 2, 2, 2, "soldiers"), ("injured", 3, 3, 3, None)]),
    ("The shelling killed and injured dozens of civilians.", [("killed", 12, 12, 99, "civilians"), ("injured", 12, 12, 99, "civilians")]),
    ("The gunman killed 9 people before killing himself.", [("killed", 9, 9, 9, None), ("killed", 1, 1, 1, "attackers")]),
    ("The attacker was shot dead by police.", [("killed", 1, 1, 1, "attackers")]),
    ("The gunman then turned the gun on himself.", [("killed", 1, 1, 1, "attackers")]),
    ("He later committed suicide.", [("killed", 1, 1, 1, "attackers")]),
    ("An officer suffered a gunshot wound to the leg.", [("injured", 1, 1, 1, "police")]),
    ("Among the dead were 3 children.", [("killed", 3, 3, 3, "children")]),
    ("The dead included four children and two women.", [("killed", 4, 4, 4, "children"), ("killed", 2, 2, 2, "women")]),
    ("Clashes resulted in the killing of 1 soldier.", [("killed", 1, 1, 1, "soldiers")]),
    ("The storm has killed at least 12 people.", [("killed", 12, 12, None, None)]),
    ("Fourteen people were taken to hospital.", [("injured", 14, 14, 14, None)]),
    ("Two men and a woman were kidnapped.", [("kidnapped", 2, 2, 2, None), ("kidnapped", 1, 1, 1, "women")]),
    ("Sarah Jones was killed in the attack.", [("killed", 1, 1, 1, None)]),
    ("A 27-year-old man was arrested.", [("arrested", 1, 1, 1, None)]),
    ("Both men were killed.", [("killed", 2, 2, 2, None)]),
    ("Gunmen opened fire, killing one and injuring another.", [("killed", 1, 1, 1, None), ("injured", 1, 1, 1, None)]),
    ("One soldier was killed while another was injured.",
     [("killed", 1, 1, 1, "soldiers"), ("injured", 1, 1, 1, "soldiers")]),
    ("A civilian was hit by a stray bullet and died.", [("killed", 1, 1, 1, "civilians")]),
    ("A man was stabbed and later died in hospital.", [("killed", 1, 1, 1, None)]),
    ("All 157 people on board were killed.", [("killed", 157, 157, 157, None)]),
    ("He was one of 14 people killed in the attack.", [("killed", 14, 14, 14, None)]),
    ("The death toll from Saturday's earthquake has risen to 2,053.", [("killed", 2053, 2053, 2053, None)]),
    ("Nine people were confirmed dead and 25 remain unaccounted for.",
     [("killed", 9, 9, 9, None), ("missing", 25, 25, 25, None)]),
    ("Witnesses said as many as 40 people may have been killed.", [("killed", None, 40, 40, None)]),
    ("The raid left 3 TMF fighters and 1 policeman dead.", [("killed", 3, 3, 3, "militants"), ("killed", 1, 1, 1, "police")]),
    ("Police detained two suspects.", [("arrested", 2, 2, 2, "attackers")]),
    ("More than 200 people were rescued.", []),  # rescued is no category (people moved out of danger are)
    ("More than 200 people were evacuated.", [("evacuated", 200, 200, None, None)]),
    ("The two victims died in hospital.", [("killed", 2, 2, 2, None)]),
    ("Fatalities coded as 10.", [("killed", 10, 10, 10, None)]),
]

# --- subgroups and totals, without double counting ------------------------------------------
SUBGROUPS = [
    ("27 killed, including 7 civilians.", [("killed", 27, 27, 27, None), ("killed", 7, 7, 7, "civilians")]),
    ("Seven civilians were killed, including two children.",
     [("killed", 7, 7, 7, "civilians"), ("killed", 2, 2, 2, "children")]),
    ("At least 21 militants including 2 commanders and 4 soldiers were killed.",
     [("killed", 21, 21, None, "militants"), ("killed", 2, 2, 2, "militants"), ("killed", 4, 4, 4, "soldiers")]),
    ("Five people were killed, two of them children.",
     [("killed", 5, 5, 5, None), ("killed", 2, 2, 2, "children")]),
    ("Seven civilians were killed and 35 others were wounded.",
     [("killed", 7, 7, 7, "civilians"), ("injured", 35, 35, 35, "civilians")]),
    ("At least 27 people were killed and 200 others wounded.",
     [("killed", 27, 27, None, None), ("injured", 200, 200, 200, None)]),
    ("40 civilians were injured, including 13 minors.",
     [("injured", 40, 40, 40, "civilians"), ("injured", 13, 13, 13, "children")]),
    ("Three soldiers and two police officers were wounded.",
     [("injured", 3, 3, 3, "soldiers"), ("injured", 2, 2, 2, "police")]),
    ("4 women and 6 children were among those evacuated.",
     [("evacuated", 4, 4, 4, "women"), ("evacuated", 6, 6, 6, "children")]),
    ("Two police officers were among the 11 dead.", [("killed", 11, 11, 11, None), ("killed", 2, 2, 2, "police")]),
    ("A 12-year-old boy was among those killed.", [("killed", 1, 1, 1, "children")]),
    ("Three journalists were arrested.", [("arrested", 3, 3, 3, "journalists")]),
    ("Nine aid workers were abducted.", [("kidnapped", 9, 9, 9, "aid_workers")]),
    ("Two Palestinians were killed.", [("killed", 2, 2, 2, None)]),
    ("Six protesters were injured.", [("injured", 6, 6, 6, "protesters")]),
    ("Twelve insurgents were killed.", [("killed", 12, 12, 12, "militants")]),
    ("A policeman was wounded.", [("injured", 1, 1, 1, "police")]),
    ("A girl was killed.", [("killed", 1, 1, 1, "children")]),
    ("The attack killed 2 soldiers and 3 civilians.",
     [("killed", 2, 2, 2, "soldiers"), ("killed", 3, 3, 3, "civilians")]),
    ("4 people (including 1 journalist) were killed.",
     [("killed", 4, 4, 4, None)]),
    ("Gunmen killed a farmer and his son.",
     [("killed", 1, 1, 1, "civilians"), ("killed", 1, 1, 1, "children")]),
    ("Two members of the militia were shot dead.", [("killed", 2, 2, 2, None)]),
    ("5 AS militants were killed and 2 SNA soldiers injured.",
     [("killed", 5, 5, 5, "militants"), ("injured", 2, 2, 2, "soldiers")]),
    ("2 IS fighters were arrested.", [("arrested", 2, 2, 2, "militants")]),
    ("4 soldiers were killed, including a commander.",
     [("killed", 4, 4, 4, "soldiers"), ("killed", 1, 1, 1, "soldiers")]),
]

# --- numbers that are not casualties --------------------------------------------------------
NOT_CASUALTIES = [
    "The region has roughly 120,000 residents.",
    "Troops took about 100 positions in less than 24 hours.",
    "The 2020 ceasefire ended the war.",
    "The ceremony began at 07:45.",
    "Damage was estimated at $18,000.",
    "Turnout fell by 40% in the district.",
    "Resolution 2334 was adopted in 2016.",
    "The F-16 jets flew over 16 regions.",
    "The convoy of 30 vehicles was attacked.",
    "Rebels fired 14 rockets at the base.",
    "The airstrikes hit 12 villages.",
    "The two countries have fought two wars in three decades.",
    "Police seized 50 kilograms of cocaine.",
    "He was sentenced to 20 years in prison.",
    "The attack lasted 3 hours.",
    "The plane carried 290 passengers.",
    "Negotiations will be held on 28 September.",
    "About 2,000 people live in the village.",
    "The ministry said 40 schools were closed.",
    "Highway 115 was closed after the crash.",
    "Thousands of residents gathered at the airport.",
    "Around 20 people protested outside the embassy.",
    "The army deployed 5,000 soldiers to the region.",
]

# --- negation, hypotheticals, other events --------------------------------------------------
NEGATION_ETC = [
    ("President Aliyev spoke of a number of soldiers killed without giving a figure.",
     [("killed", None, None, None, "soldiers")]),
    ("No one was killed in the blast.", [("killed", 0, 0, 0, None)]),
    ("Nobody was hurt.", [("injured", 0, 0, 0, None)]),
    ("There were no casualties.", [("killed", 0, 0, 0, None), ("injured", 0, 0, 0, None)]),
    ("No injuries were reported.", [("injured", 0, 0, 0, None)]),
    ("No fatalities were reported.", [("killed", 0, 0, 0, None)]),
    ("The bomb was defused without casualties.", [("killed", 0, 0, 0, None), ("injured", 0, 0, 0, None)]),
    ("No people were reported injured or killed.", [("injured", 0, 0, 0, None), ("killed", 0, 0, 0, None)]),
    ("The passengers escaped unhurt.", [("injured", 0, 0, 0, None)]),
    ("The strike could kill thousands.", []),
    ("The death toll is expected to rise to 50.", []),
    ("The group threatened to kill 50 hostages.", []),
    ("Officials warned the storm may displace 10,000 people.", []),
    ("He tried to kill 3 guards.", []),
    ("A similar attack killed 50 people in 2019.", []),
    ("The war has killed more than 500,000 people since 2011.", []),
    ("Since the start of the conflict, 3,000 people have died.", []),
    ("Last year, 40 people were killed in floods.", []),
    ("In 2015, a bombing in the city killed 12 people.", []),
    ("The earlier attack wounded 30 people.", []),
    ("Two years after the attack that killed 86 people, the city held a memorial.", []),
    ("It was the deadliest attack since a double bombing killed 35 people.", []),
    ("The 1994 genocide killed 800,000 people.", []),
    ("The group has killed more than 300 people this year.", []),
    ("Ten years ago, 50 people were killed here.", []),
    ("No group claimed responsibility for the attack that killed 5 people.", [("killed", 5, 5, 5, None)]),
    ("Over the past five years, 200 journalists were killed.", []),
    ("No other casualties were reported.", []),
]

CASES = NUMBERS + PHRASINGS + SUBGROUPS + [(s, []) for s in NOT_CASUALTIES] + NEGATION_ETC


def _claims(sentence: str) -> list[tuple]:
    doc = Document(id="t", text=sentence, published=PUB)
    return sorted((c.category, c.low, c.best, c.high, c.subgroup) for c in extract_claims(doc) if c.counts)


def _key(t: tuple) -> tuple:
    return tuple("" if v is None else str(v) for v in t)


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_sentence(sentence: str, expected: list[tuple]) -> None:
    assert sorted(_claims(sentence), key=_key) == sorted(expected, key=_key)


# --- attribution ------------------------------------------------------------------------------
ATTRIBUTION = [
    ("At least 27 people were killed, according to an official in the region.", "an official in the region"),
    ("Gegham Stepanyan said at least seven civilians had been killed.", "Gegham Stepanyan"),
    ("Five soldiers were killed, the defence ministry said.", "the defence ministry"),
    ("Five soldiers were killed, said the defence ministry.", "the defence ministry"),
    ("As reported on social media, 10 civilians were killed.", "social media"),
    ("According to the Red Cross, 40 people were injured.", "the Red Cross"),
    ("Police reported that 3 people were killed.", "Police"),
    ("Azerbaijani authorities identified two civilians killed.", "Azerbaijani authorities"),
    ("The UN estimated that 10,000 people had fled.", "The UN"),
    ("Twelve people died in the blast.", None),
    ("Local media reported 12 deaths.", "Local media"),
    ("The health ministry confirmed 30 deaths on Monday.", "The health ministry"),
    ("Four people were wounded, hospital officials told reporters.", "hospital officials"),
    ("The army says 3 militants were killed.", "The army"),
    ("Witnesses said dozens of people were injured.", "Witnesses"),
    ("Gegham Stepanyan, the region's ombudsman, said at least seven civilians had been killed.", "Gegham Stepanyan"),
    ("A local rights group, the Kalobo Committee, said 14 civilians were killed.", "A local rights group"),
    ("The villagers contest the figure, saying 13 civilians were killed.", "The villagers"),
    ("The blast killed 18 people, police and hospital sources said.", "police and hospital sources"),
    ("Twelve were wounded, a doctor at the main hospital said.", "a doctor at the main hospital"),
]


@pytest.mark.parametrize("sentence,source", ATTRIBUTION, ids=[a[0][:50] for a in ATTRIBUTION])
def test_attribution(sentence: str, source: str | None) -> None:
    claims = [c for c in extract_claims(Document(id="t", text=sentence, published=PUB)) if c.counts]
    assert claims, "expected a claim"
    assert {c.attribution for c in claims} == {source}


def test_attribution_from_a_fragment_before() -> None:
    text = "According to the Karabakh ombudsman's office. More than 10,000 people have been evacuated."
    (claim,) = extract_claims(Document(id="t", text=text, published=PUB))
    assert claim.attribution == "the Karabakh ombudsman's office"


# --- as-of dates ------------------------------------------------------------------------------
AS_OF = [
    ("The ministry said on Tuesday that 27 people were killed.", "2023-09-19"),
    ("Yesterday 5 people were killed.", "2023-09-19"),
    ("Five people were killed on Wednesday.", "2023-09-20"),
    ("Since Sunday, 40 people have been killed.", "2023-09-17"),
    ("On 18 September 2023, 3 soldiers were killed.", "2023-09-18"),
    ("On September 15, 2023, two soldiers died.", "2023-09-15"),
    ("Twelve people were injured.", "2023-09-20"),
    ("Late last night 3 people were killed.", "2023-09-19"),
    ("Officials said on Monday that the toll rose to 30.", "2023-09-18"),
    ("Today the toll rose to 31.", "2023-09-20"),
]


@pytest.mark.parametrize("sentence,as_of", AS_OF, ids=[a[0][:50] for a in AS_OF])
def test_as_of(sentence: str, as_of: str) -> None:
    claims = [c for c in extract_claims(Document(id="t", text=sentence, published=PUB)) if c.counts]
    assert claims and {c.as_of for c in claims} == {as_of}


# --- flags are kept, not dropped ----------------------------------------------------------------
def test_hypothetical_and_other_event_claims_are_flagged() -> None:
    text = "The strike could kill thousands. A similar attack killed 50 people in 2019."
    claims = extract_claims(Document(id="t", text=text, published=PUB))
    assert any(c.hypothetical for c in claims)
    assert any(c.other_event and c.best == 50 for c in claims)
    assert not any(c.counts for c in claims)


def test_negated_claim_is_marked() -> None:
    (claim,) = extract_claims(Document(id="t", text="No one was killed.", published=PUB))
    assert claim.negated and claim.best == 0


def test_span_points_at_the_text() -> None:
    text = "Shelling continued. At least 27 people have been killed, officials said."
    (claim,) = extract_claims(Document(id="t", text=text, published=PUB))
    assert text[claim.start:claim.end] == claim.text == "At least 27 people have been killed"


# --- the per-report summary ------------------------------------------------------------------
SUMMARIES = [
    ("27 people were killed, including 7 civilians, 2 of them children.",
     {"killed": 27, "civilians_killed": 7, "children_killed": 2}),
    ("2 soldiers were killed in the morning. Troops later killed 3 militants.", {"killed": 5}),
    ("At least 21 militants including 2 commanders and 4 soldiers were killed.", {"killed": 25}),
    ("The gunman killed 9 people before killing himself.", {"killed": 10}),
    ("A man was killed. 1 fatality.", {"killed": 1}),
    ("No one was killed.", {"killed": 0}),
    ("No one was killed at first. Later 3 people died in hospital.", {"killed": 3}),
    ("Nearly 200 people were killed. Two civilians were killed, the ministry said.", {"killed": 200, "civilians_killed": 2}),
    ("The toll rose to 12 after 3 people died in hospital.", {"killed": 12}),
    ("Dozens of fatalities coded as 12.", {"killed": 12}),
    ("Two men were injured and one man died. 1 fatality, 5 injured", {"killed": 1, "injured": 5}),
    ("Five military personnel and the assailant were killed.", {"killed": 6}),
    ("4 soldiers were killed, including a commander.", {"killed": 4}),
    ("At least 49 people were killed before the assailant was killed by police.", {"killed": 50}),
    ("A suicide bomber blew himself up at the gate, killing 12 people.", {"killed": 13}),
    ("Four people were injured. No fatalities were reported.", {"killed": 0, "injured": 4}),
    ("The army said it killed 3 militants. A rights group said 14 civilians were killed.",
     {"killed": 14, "militants_killed": 3, "civilians_killed": 14}),
    ("The storm could kill thousands.", {}),
]


@pytest.mark.parametrize("text,expected", SUMMARIES, ids=[s[0][:50] for s in SUMMARIES])
def test_summary(text: str, expected: dict[str, int]) -> None:
    s = summarize(Document(id="t", text=text, published=PUB)).to_dict()
    got = {k: v["best"] for k, v in s.items() if k != "id"}
    for key, best in expected.items():
        assert got.get(key) == best, (key, got)
    if not expected:
        assert got == {}


def test_summary_interval_is_ordered() -> None:
    s = summarize(Document(id="t", text="Nearly 200 people were killed and more than 400 injured.", published=PUB))
    assert s.to_dict()["killed"] == {"low": None, "best": 200, "high": 200}
    assert s.to_dict()["injured"] == {"low": 400, "best": 400, "high": None}


def test_parts_of_one_statement_add_up() -> None:
    text = "At least 4 people (including 1 journalist) as well as 2 policemen were killed."
    assert summarize(Document(id="t", text=text)).to_dict()["killed"]["best"] == 6


def test_place_words_before_a_person_noun_do_not_block_it() -> None:
    assert _claims("A former town councilor and his wife were shot dead.") == [
        ("killed", 1, 1, 1, "civilians"), ("killed", 1, 1, 1, "civilians")]
    assert _claims("A fugitive from the prison was killed.") == [("killed", 1, 1, 1, "militants")]


def test_possessive_death_is_one_but_a_body_part_is_not() -> None:
    assert _claims("Militants shot a civilian, resulting in his death.") == [("killed", 1, 1, 1, None)]
    assert _claims("He detonated a device that was attached to his body.") == []


def test_claimed_responsibility_is_not_a_source() -> None:
    (claim,) = [c for c in extract_claims(Document(
        id="t", text="No group claimed responsibility for the attack that killed 5 people.")) if c.counts]
    assert claim.attribution is None


@pytest.mark.parametrize("published,expected", [
    ("2023-09-20", "2023-09-19"), ("2023-09-20T07:45:00Z", "2023-09-19"),
    ("Wed, 20 Sep 2023 10:00:00 GMT", "2023-09-19"), ("Wednesday, 20 September 2023", "2023-09-19")])
def test_publication_dates_in_other_forms_resolve_weekdays(published: str, expected: str) -> None:
    (claim,) = extract_claims(Document(id="t", text="Five people were killed on Tuesday.", published=published))
    assert claim.as_of == expected


def test_last_year_is_another_event_only_once_the_new_year_is_under_way() -> None:
    text = "In December 2019, 3 people were killed in the village."
    early = extract_claims(Document(id="t", text=text, published="2020-01-03"))
    late = extract_claims(Document(id="t", text=text, published="2020-06-01"))
    assert [c.counts for c in early] == [True] and [c.counts for c in late] == [False]
