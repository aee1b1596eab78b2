"""A recall set in the manner of incident summaries and wire reports: `extract --summary` must
find every victim the text states.

``fixtures/recall/gtd_style.jsonl`` holds short texts written for this test, in the style of
terrorism-database incident summaries ("On Tuesday, an assailant ... in X, Y, United States.
...") and of wire reports: varied verbs and victims, injuries told by a part of the body
("lost two fingers", "burned the clerk's hands"), harm by an attack agent ("was diagnosed with
skin anthrax", "were sickened by the gas"), lists of named and counted victims with titles,
victims added by later sentences ("a second employee", "also"), wounded and dead attackers (an
attacker's stated death counts in ``killed``, a wounded attacker in ``injured``), arrests, and
reports of no casualty. ``fixtures/recall/fresh_reports.jsonl`` is a second set written the same
way, with its gold fixed before the extractor first read it (``fresh_reports2.jsonl`` and
``fresh_reports3.jsonl``, ``fresh_reports4.jsonl`` to ``fresh_reports6.jsonl``, later batches written the same way): summaries, wire leads (a dateline on
its own line too), local crime news, police statements, rising tolls, attackers who die or are
wounded, fires, stampedes, crashes, collapses and floods. ``fixtures/recall/gtd_style2.jsonl`` (and
``gtd_style3.jsonl`` and ``gtd_style4.jsonl``, written after its fixes to check them; and
``acled_style.jsonl``, event notes closing on a tally: '3 fatalities.'), a second set of incident summaries
written the same way, has victims listed with nationalities and
asides ("Thirty people, including six Canadians, two Swiss and an American, were killed"), the
figures of a whole coordinated campaign beside the attack's own ("This was one of six coordinated
attacks ..., which together killed 130"), attackers who die in and beside the toll, hostages,
bodies found, deaths of the wounds, and attacks with no casualty. ``fresh_reports7.jsonl`` (30
wire reports: injured told as "left 12 hurt", "sustained injuries", "were hospitalised", "treated
at the scene", "casualties" for dead and injured together, per group and in totals, later updates)
and ``gtd_style5.jsonl`` (42 incident summaries: suicide bombers, attackers killed by security
forces, injured only, no victims) were written with their gold before their first run, which
read them so: fresh_reports7 24/30 records exact (killed 0.97, injured 0.80), gtd_style5 36/42
(killed 0.95, injured 0.88). ``fresh_reports8.jsonl`` (20 more, written the same way after the
fixes those two sets led to) read 18/20 on its first run (killed 1.00, injured 0.90); ``gtd_style6.jsonl`` (18 incident
summaries written after them) 12/18 (killed 0.78, injured 0.83; one gold figure was then
corrected: a suicide bomber whose death the text does not state is not counted);
``gtd_style7.jsonl`` (15 more) 14/15 (killed 1.00, injured 0.93); ``fresh_reports9.jsonl`` (15
more wire reports) 13/15 (killed 1.00, injured 0.93). ``gtd_style8.jsonl`` (30 incident summaries,
in the United States and elsewhere: bombings, shootings, rammings, stabbings, arson, anthrax
letters, ambushes, kidnappings; attackers who die, are wounded or arrested; deaths of the wounds
months later; a joint figure of two related blasts) and ``fresh_reports10.jsonl`` (24 wire, local,
police and update reports) were written with their gold before their first run, which read them
so: gtd_style8 25/30 records exact (killed 0.90, injured 0.90), fresh_reports10 19/24 (killed
0.88, injured 0.88). ``gtd_style9.jsonl`` (20) and ``fresh_reports11.jsonl`` (15), written the same
way after the fixes those two led to, read 19/20 (killed 0.95, injured 0.95) and 12/15 (killed
0.93, injured 0.93) on their first run; ``gtd_style10.jsonl`` (15) and ``fresh_reports12.jsonl``
(12), after the fixes those led to, 14/15 (killed 1.00, injured 0.93) and 9/12 (killed 1.00,
injured 0.75; one gold figure was then corrected: 'About 200 people were hurt' beside a toll raised
by one of them dying stays 200, as a stated figure beside a toll does in test_extract_victims).
``counts_classes.jsonl`` holds one case or more per class of
language fixed after that run, each beside a case that must stay unread: casualties with their dead
or their injured told apart, a noun shaped like a trade before "was wounded", "survived with
injuries", "sent 14 workers to hospital" (not for an outbreak, not on an errand), people treated at
the scene and others taken to hospital, fighters killed who attacked (attackers) or who did not;
one of the injured who died later, an apposition between ("One of the injured officers, Carl
Dean, succumbed to his injuries" a year later; "One of the injured, the 60-year-old driver,
died"); harm by an attack agent ("was diagnosed with skin anthrax", "a second employee was later
diagnosed", "fell ill from the letter"; "exposed to" alone, and anthrax in an outbreak among
cattle, are no harm); a joint figure of related attacks in a report of one of them ("the first of
two bombs ... 60 people were wounded in the two explosions": the even share, 30), beside the same
words in a report that tells both bombs as its own incident, and a total of the series after the
attack's own figure in one sentence.
Each record: ``{"id", "class", "text", "published", "expect"}`` as in
``test_extract_stress.py`` (the seven main categories compared on every record, absent = 0);
``known`` marks a case the extractor does not read yet (its reason), run as an expected failure.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from newstally import summarize
from summary_sets import case_params, load_cases, mismatches, summaries_of

SET = Path(__file__).parent / "fixtures" / "recall" / "gtd_style.jsonl"
SET2 = [Path(__file__).parent / "fixtures" / "recall" / name for name in ("gtd_style2.jsonl", "gtd_style3.jsonl",
                                                                            "gtd_style4.jsonl", "acled_style.jsonl",
                                                                            "gtd_style5.jsonl", "gtd_style6.jsonl",
                                                                            "gtd_style7.jsonl", "gtd_style8.jsonl",
                                                                            "gtd_style9.jsonl", "gtd_style10.jsonl")]
FRESH = [Path(__file__).parent / "fixtures" / "recall" / name for name in ("fresh_reports.jsonl", "fresh_reports2.jsonl",
                                                                             "fresh_reports3.jsonl", "fresh_reports4.jsonl",
                                                                             "fresh_reports5.jsonl", "fresh_reports6.jsonl",
                                                                             "fresh_reports7.jsonl",
                                                                             "fresh_reports8.jsonl", "fresh_reports9.jsonl",
                                                                             "fresh_reports10.jsonl", "fresh_reports11.jsonl",
                                                                             "fresh_reports12.jsonl",
                                                                             "counts_classes.jsonl")]
CASES = load_cases([SET])
CASES2 = load_cases(SET2)
FRESH_CASES = load_cases(FRESH)


@pytest.fixture(scope="module")
def summaries() -> dict[str, dict]:
    return summaries_of(CASES + CASES2 + FRESH_CASES)


def test_the_set_covers_summaries_wires_and_quiet_reports() -> None:
    classes = Counter(c["class"] for c in CASES)
    assert len(CASES) == len({c["id"] for c in CASES})
    assert classes["gtd"] >= 60 and classes["wire"] >= 10
    quiet = [c for c in CASES if not any(c["expect"].get(k) for k in ("killed", "injured"))]
    assert len(quiet) >= 8  # no casualty: the set must not reward reading figures everywhere


def test_the_fresh_set_covers_many_kinds_of_report() -> None:
    classes = Counter(c["class"] for c in FRESH_CASES)
    assert len({c["id"] for c in CASES + FRESH_CASES}) == len(CASES) + len(FRESH_CASES)
    assert len(FRESH_CASES) >= 80 and all(classes[k] >= 5 for k in ("gtd", "wire", "local", "police", "update"))
    assert sum(1 for c in FRESH_CASES if "\n" in c["text"]) >= 2  # datelines on their own line
    assert sum(1 for c in FRESH_CASES if c["expect"].get("attackers_killed")) >= 8
    assert sum(1 for c in FRESH_CASES if c.get("known")) <= len(FRESH_CASES) // 5


def test_the_second_summary_set_covers_attackers_campaigns_and_quiet_reports() -> None:
    ids = [c["id"] for c in CASES + CASES2 + FRESH_CASES]
    assert len(ids) == len(set(ids)) and len(CASES2) >= 60
    assert sum(1 for c in CASES2 if c["expect"].get("attackers_killed")) >= 15
    assert sum(1 for c in CASES2 if not any(c["expect"].get(k) for k in ("killed", "injured"))) >= 5
    assert sum(1 for c in CASES2 if "one of" in c["text"] and "attacks" in c["text"]) >= 2
    assert sum(1 for c in CASES2 if c.get("known")) <= len(CASES2) // 10


@pytest.mark.parametrize("case", case_params(CASES + CASES2 + FRESH_CASES))
def test_recall_case(case: dict, summaries: dict[str, dict]) -> None:
    assert case["id"] in summaries
    assert mismatches(case, summaries[case["id"]]) == {}, case["text"]


JOINT = ("On 14 August 2016, an explosive device detonated outside a stadium in Kano, Nigeria. This was the first "
         "of two bombs that exploded minutes apart. The first blast killed a street vendor. Sixty people were "
         "wounded in the two explosions.")


def test_a_joint_figure_of_related_attacks_keeps_its_scope_and_the_summary_its_even_share() -> None:
    from newstally import extract_claims

    claims = [c for c in extract_claims(JOINT, published="2016-08-14", language="en") if c.category == "injured"]
    assert [(c.best, c.shared_by) for c in claims] == [(60, 2)]  # the claim keeps the joint figure
    got = summarize(JOINT, claims).to_dict()
    assert got["injured"] == {"low": None, "best": 30, "high": 60}
    assert "2 related attacks" in got["notes"]["injured"]
    alone = JOINT.replace("This was the first of two bombs that exploded minutes apart. ", "")
    assert "notes" not in summarize(alone).to_dict() and summarize(alone).to_dict()["injured"]["best"] == 60
