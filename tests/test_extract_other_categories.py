"""The categories besides the dead and the injured: missing, evacuated, displaced (homeless
included), arrested and kidnapped.

``fixtures/recall/other_categories.jsonl`` holds short reports written for this test (wire
copy, local news, police statements, disaster updates), each ``{"id", "class", "text",
"published", "expect"}`` as in ``test_extract_recall.py`` (the seven main categories compared on
every record, absent = 0; ``known`` runs a case the extractor does not read yet as an expected
failure). Conventions, as in the events set's README: people rescued are no category (unless
they were hostages); ``arrested`` counts people detained, in custody or held for questioning,
not people charged and left free; ``displaced`` is people who lost or fled their homes
(homeless, without shelter), ``evacuated`` people moved out of danger; a number of families or
households counts as that number (every family is at least one person; a people figure given
beside it is larger and stands).

The table below pins each rule on a sentence of its own.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from summary_sets import case_params, load_cases, mismatches, summaries_of

from newstally import extract_claims
from newstally.model import Document

SET = Path(__file__).parent / "fixtures" / "recall" / "other_categories.jsonl"
CASES = load_cases([SET])
PUB = "2026-03-10"

# sentence -> (category, best) of every claim that counts, as a multiset
RULES = [
    # crowds leaving their homes or shelter; a 'who' clause with its own auxiliaries
    ("About 900 people who had been camping near the bridge have fled, the mayor said.", [("displaced", 900)]),
    ("Some 1,500 villagers who had taken shelter in the school fled after the raid.", [("displaced", 1500)]),
    ("Two men fled after the robbery.", []),
    ("Hundreds of shoppers fled after shots were fired at the mall.", []),
    ("The blaze left 40 tenants without shelter.", [("displaced", 40)]),
    ("About 75 residents were left without shelter after the storm.", [("displaced", 75)]),
    ("The fighting drove 3,000 farmers from their homes.", [("displaced", 3000)]),
    ("Floods forced 600 people out of their homes.", [("displaced", 600)]),
    ("About 120 families have lost their homes in the landslide.", [("displaced", 120)]),
    ("At least 90 people have sought refuge in the cathedral after their homes were burned.", [("displaced", 90)]),
    # evacuation
    ("Some 2,000 residents were moved to relief centres as the river rose.", [("evacuated", 2000)]),
    ("Around 340 households were evacuated after the gas leak.", [("evacuated", 340)]),
    ("Nearly 60 patients were taken to safety when the ward caught fire.", [("evacuated", 60)]),
    ("About 8,000 people were evacuated after an unexploded World War II bomb was found near the station.",
     [("evacuated", 8000)]),
    ("The Second World War killed millions of people in Europe.", []),
    # missing
    ("Rescuers were searching for 9 divers who went missing off the reef.", [("missing", 9)]),
    ("Four crew members remain unaccounted for, the navy said.", [("missing", 4)]),
    ("Three climbers are feared missing after the avalanche.", [("missing", 3)]),
    ("Twelve fishermen who went missing on Monday were rescued on Wednesday.", []),
    # arrests
    ("Officers took 15 people into custody after the brawl.", [("arrested", 15)]),
    ("Detectives were holding three men for questioning on Sunday.", [("arrested", 3)]),
    ("Police detained the owner of the bar and its head of security.", [("arrested", 1), ("arrested", 1)]),
    ("The army killed 8 militants and captured five others.", [("killed", 8), ("arrested", 5)]),
    ("Rebels captured the town on Friday.", []),
    ("Two youths were held for questioning after the fire.", [("arrested", 2)]),
    ("The suspect remains under arrest.", [("arrested", 1)]),
    ("Rescuers moved 80 patients to safety.", [("evacuated", 80)]),
    ("The company moved 300 workers to its new plant.", []),
    ("Kidnappers holding seven aid workers have asked for a ransom.", [("kidnapped", 7)]),
    ("Prosecutors charged the mayor with negligence; she remains free.", []),
    # kidnappings told with their release
    ("The army freed 14 farmers who had been abducted last month.", [("kidnapped", 14)]),
    ("Gunmen released four of the nine hostages seized last week; five remain in captivity.",
     [("kidnapped", 9), ("kidnapped", 5)]),
    ("Police are looking for the 3 girls who were abducted on Sunday.", [("kidnapped", 3)]),
    ("Soldiers freed 6 of the 14 hostages on Monday.", [("kidnapped", 14)]),
    ("The gang released 2 of the 7 traders it had kidnapped.", [("kidnapped", 7)]),
    ("Rescuers freed 3 of the 8 miners trapped underground.", []),
    # the missing found dead are dead, no longer missing; others missing beside the dead stay missing
    ("A hiker who had been missing since Friday was found dead on Sunday in a ravine.", [("killed", 1)]),
    ("Three people were killed and two others are missing after the landslide.", [("killed", 3), ("missing", 2)]),
    ("Five fishermen are missing and feared dead after their boat capsized.", [("missing", 5)]),
]


@pytest.mark.parametrize("sentence,expected", RULES, ids=[r[0][:50] for r in RULES])
def test_rule(sentence: str, expected: list[tuple[str, int]]) -> None:
    doc = Document(id="t", text=sentence, published=PUB)
    got = Counter((c.category, c.best) for c in extract_claims(doc) if c.counts)
    assert got == Counter(expected)


@pytest.fixture(scope="module")
def summaries() -> dict[str, dict]:
    return summaries_of(CASES)


def test_the_set_covers_each_category_and_quiet_reports() -> None:
    assert len(CASES) == len({c["id"] for c in CASES}) >= 60
    for cat in ("missing", "evacuated", "displaced", "arrested", "kidnapped"):
        assert sum(1 for c in CASES if c["expect"].get(cat)) >= 8, cat
    assert sum(1 for c in CASES if not any(c["expect"].values())) >= 4


@pytest.mark.parametrize("case", case_params(CASES))
def test_other_categories_case(case: dict, summaries: dict[str, dict]) -> None:
    assert case["id"] in summaries
    assert mismatches(case, summaries[case["id"]]) == {}, case["text"]
