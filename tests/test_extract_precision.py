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
     [("killed", 1, "perpetrators"), ("killed", 2, "soldiers")]),
    # things and groups, not persons
    ("The van was the same one seized by police at the border.", []),
    ("Gunmen seized two foreign engineers.", [("kidnapped", 2, "civilians")]),
    ("Muslims were also killed in the attacks.", []),
    ("Several relatives of Americans killed by drunk drivers spoke at the rally.", []),
    ("Two relatives of the mayor were killed in the ambush.", [("killed", 2, None)]),
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
