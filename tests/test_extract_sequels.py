"""Summary cases for harm told across sentences and clauses: later sentences telling of another
moment of the same attack, "the only fatality", parts of the wounded who died, denials,
pronouns restating one person, and "since the attack" pointing back at the report's own
incident. Self-written sentences; expected figures are the summary's ``best`` (0 = absent)."""
from __future__ import annotations

import pytest

from newstally import summarize
from newstally.model import Document

PUB = "2021-03-10"

CASES = [
    # a later sentence telling of another moment of the same attack adds its people
    ("A gunman shot and killed a clerk at a gas station on Monday. He then drove to a motel and killed a guest.",
     {"killed": 2}),
    ("A bomb killed three soldiers at a checkpoint. A second bomb exploded minutes later, killing two medics.",
     {"killed": 5}),
    ("Four people were wounded when a grenade exploded at a market. Hours later, a policeman was hurt when "
     "another device went off.", {"injured": 5}),
    ("An assailant shot and killed his former supervisor at a warehouse on Monday. He then drove to his ex-wife's "
     "home, where he killed her and wounded her boyfriend.", {"killed": 2, "injured": 1}),
    ("A man shot her and her son on Monday.", {"injured": 2}),
    # ... but not an update, the same dead counted again, the attacker's own death or a pronoun
    ("A bomb killed seven people at a market on Monday. Later, officials said seven people had died.", {"killed": 7}),
    ("Seven people were killed in the blast on Monday. Rescuers later recovered seven bodies from the rubble.",
     {"killed": 7}),
    ("A gunman killed three people at a store on Monday. He then shot himself.",
     {"killed": 4, "attackers_killed": 1}),
    ("A man was stabbed outside a bar on Friday. He later died in hospital.", {"killed": 1, "injured": 0}),
    # the subject is every victim
    ("A suicide bomber attacked a checkpoint on Monday. The bomber was the only fatality.",
     {"killed": 1, "attackers_killed": 1}),
    ("A gunman opened fire at an office on Monday. The gunman was the only person killed; two clerks were wounded.",
     {"killed": 1, "attackers_killed": 1, "injured": 2}),
    ("A bus overturned on the highway on Monday. The driver was the only person injured.", {"injured": 1}),
    # a part of the wounded who died is dead, and no longer injured
    ("A grenade wounded 12 civilians at a market on Sunday. One of the wounded died later in hospital.",
     {"killed": 1, "injured": 11}),
    ("One of the officers wounded in the shootout died on Wednesday.", {"killed": 1, "injured": 0}),
    ("Five people were wounded in the blast on Monday. Two of the injured later died.", {"killed": 2, "injured": 3}),
    ("Twelve people were hurt in the crash on Monday. One of the injured, a woman, died on Sunday.",
     {"killed": 1, "injured": 11}),
    # burns in a report whose first lines name fire; a bare number dying after a part told by how badly
    ("A man threw a firebomb into a bar on Sunday. Twenty patrons were burned, three of them critically, and two "
     "later died.", {"killed": 2, "injured": 18}),
    ("Aides said the senator was burned by the leak.", {"injured": 0}),
    # denied harm is none; "not seriously" is still harm
    ("A motorcyclist died after hitting a truck on Monday. The truck driver was not hurt.", {"killed": 1, "injured": 0}),
    ("A bomb exploded at a bank on Monday. The two guards on duty were not injured.", {"injured": 0}),
    ("A car struck a cyclist on Monday. The cyclist was not seriously injured.", {"injured": 1}),
    ("The bomb not only killed three people but also wounded 12.", {"killed": 3, "injured": 12}),
    # a pronoun after one person of the same category is that person
    ("A man was found dead in a car on Tuesday, and police are treating his death as a homicide.", {"killed": 1}),
    ("A 23-year-old man was stabbed and taken to a hospital, where he remains in critical condition.", {"injured": 1}),
    ("A gunman killed a woman on Monday before he was shot dead by police.", {"killed": 2, "attackers_killed": 1}),
    # single people beside others: "the other", a role noun before "who", a list with a noun of injury
    ("Two assailants tried to bomb a substation on Monday. One of them was killed when the device exploded, and "
     "the other suffered severe burns.", {"killed": 1, "injured": 1}),
    ("Two men were shot outside a bar on Friday; one died and the other was hurt.", {"killed": 1, "injured": 1}),
    ("A bomb exploded near a checkpoint on Monday. A rubber tapper who was passing by was injured.", {"injured": 1}),
    ("A minibus plunged into a ravine on Saturday. The driver and five passengers survived with injuries.",
     {"injured": 6}),
    ("A man set fire to an apartment building on Saturday. Six residents, including a toddler, were taken to "
     "hospitals with injuries.", {"injured": 6}),
    ("A guard was shot and wounded during a robbery on Thursday. He returned fire and wounded one of the two "
     "robbers.", {"injured": 2}),
    ("A gunman opened fire at a park on Wednesday, killing a girl and wounding her father and grandmother.",
     {"killed": 1, "injured": 2}),
    # police statements: a part of the people found who died, a death told by a pronoun, the second of a kind
    ("Two men were stabbed outside a club on Sunday. One of them, a 22-year-old, was later pronounced dead at a "
     "hospital.", {"killed": 1, "injured": 1}),
    ("Officers located two adult males suffering from gunshot wounds. One victim was pronounced deceased at the "
     "scene. The second victim was transported to a hospital in stable condition.", {"killed": 1, "injured": 1}),
    ("Officers found a woman with a gunshot wound on Friday. She was transported to a local hospital, where she "
     "succumbed to her injuries.", {"killed": 1, "injured": 0}),
    ("A stolen car crashed into a pole on Friday. The driver and a passenger were pronounced dead at the scene. A "
     "second passenger was hospitalized in critical condition.", {"killed": 2, "injured": 1}),
    ("A man shot at deputies on Tuesday. He was found dead from a self-inflicted gunshot wound hours later.",
     {"killed": 1, "attackers_killed": 1}),
    ("Gunmen kidnapped a priest on Sunday and killed a parishioner who tried to intervene.", {"killed": 1}),
    ("The measure passed 52-48, killing the filibuster.", {"killed": 0}),
    ("Gunmen killed a tiger near the village on Sunday.", {"killed": 0}),
    ("An assailant shot and wounded a city councilman on Wednesday. The councilman's wife, who ran outside, was "
     "also shot. Both survived.", {"injured": 2}),
    ("Officers found a man suffering from gunshot wounds on Saturday. Medics pronounced him dead at the scene.",
     {"killed": 1, "injured": 0}),
    ("A guard was shot and injured when he tried to intervene. The gunman said he had killed two people.",
     {"injured": 1}),
    # the dead told again with "the" and their number are not injured too
    ("A gunman killed three people at a bowling alley on Friday. Police said the three were shot at close range.",
     {"killed": 3, "injured": 0}),
    # "since the attack" is the report's own attack; one person's state before dying is no injury
    ("A second person has died after Saturday's shooting at a mall, police said. The man had been in critical "
     "condition since the attack, which also wounded four other people.", {"killed": 2, "injured": 4}),
    ("Five people were killed in the blast on Monday. It was the worst toll since the attack on the embassy that "
     "killed 30.", {"killed": 5}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_summary_across_sentences(text: str, expected: dict[str, int]) -> None:
    s = summarize(Document(id="t", text=text, published=PUB)).to_dict()
    got = {k: v["best"] for k, v in s.items() if k != "id"}
    assert {k: got.get(k, 0) for k in expected} == expected, got
