"""Classes of language behind missed or wrongly summed victims in incident summaries and wire
reports: asides between the victims and their verb, a campaign's totals beside one attack's own,
people added after the verb, tolls raised by a later clause, and deaths that did not happen.

Table-driven: a report (self-written sentences) -> the figures its ``--summary`` line must give.
A key with ``None`` must be absent (nothing reported); every other key must carry that ``best``.
Keys not listed are not compared.
"""
from __future__ import annotations

import pytest

from newstally import summarize
from newstally.model import Document

PUB = "2024-05-15"

# --- an aside on part of the victims, between them and their verb ----------------------------
ASIDES = [
    ("Nine climbers, four of them Nepali guides, were killed in the avalanche.", {"killed": 9}),
    ("Fourteen passengers, most of them students, were injured when the bus overturned.", {"injured": 14}),
    ("Eighteen people, including a Dutch, a German and two Austrian tourists, died in the crash.",
     {"killed": 18}),
    ("Eleven people, among them Irish, Polish and Lithuanian workers, were hurt in the blast.",
     {"injured": 11}),
    ("Six guests, including two Swedes, a Briton and an Australian, and a hotel guard were killed.",
     {"killed": 7}),
    ("The three gunmen, all brothers from the same village, were killed by soldiers.",
     {"killed": 3, "attackers_killed": 3}),
    ("Two nurses, both volunteers with the charity, were wounded.", {"injured": 2}),
    ("More than 40 villagers, over half of them women, were killed in the raid.", {"killed": 40}),
    # the aside still names its parts when it can
    ("Twelve civilians, including four children, were injured in the shelling.",
     {"injured": 12, "children_injured": 4}),
]

# --- the totals of a whole campaign beside one attack's own ---------------------------------
CAMPAIGNS = [
    ("On Friday, a bomb exploded at a bus stop in the city, killing five people. This was one of "
     "three related bombings that day, which together killed 31 people.", {"killed": 5}),
    ("A gunman killed two guards at the embassy. It was one of four coordinated attacks in the "
     "capital; in total, 40 people were killed and 90 injured.", {"killed": 2, "injured": None}),
    ("In a series of related attacks, militants set fire to two schools. Nobody was hurt in this "
     "one; the attacks killed 12 people altogether.", {"killed": None}),
    # no series named: a total is the report's own
    ("A total of 27 people were killed when the bomb went off.", {"killed": 27}),
    ("The bombing was one of the deadliest attacks on the city. It killed a total of 52 people.", {"killed": 52}),
]

# --- people added after the verb, or with the verb left out ---------------------------------
ADDED = [
    ("A border guard was killed along with three smugglers in the exchange of fire.", {"killed": 4}),
    ("Two miners were killed in the blast, together with a rescuer who went in after them.", {"killed": 3}),
    ("Four soldiers were wounded in the ambush, as well as a local interpreter.", {"injured": 5}),
    ("The bomber and four guards died, as did a passing taxi driver.", {"killed": 6, "attackers_killed": 1}),
    ("Three soldiers were killed, as were two civilians.", {"killed": 5}),
    ("Nine people were killed in the market and four at the bus station.", {"killed": 13}),
    ("Three people died in Kerala and two in Tamil Nadu, officials said.", {"killed": 5}),
    ("Two people were killed in the attack and 12 in the city were injured.", {"killed": 2, "injured": 12}),
    ("Five people were killed on Monday and three more died on Tuesday.", {"killed": 8}),
]

# --- tolls raised by a later clause, and the people a running total holds ---------------------
TOLLS = [
    ("Officials in Ohio said four people have died, bringing the total across the region to 11.",
     {"killed": 11}),
    ("Two more victims died in hospital, bringing the number of dead to 14.", {"killed": 14}),
    ("Police detained six more protesters, bringing the total to 40.", {"arrested": 40}),
    ("The company hired 20 workers, bringing the total to 90.", {"killed": None, "arrested": None}),
    ("The death toll from a magnitude 7.1 quake that struck the coast rose to 64 on Sunday.", {"killed": 64}),
    ("The cyclone has now killed 212 people after rescuers recovered 15 more bodies on Monday.",
     {"killed": 212}),
    ("At least 90 people have died in the floods after searchers found eight more bodies.", {"killed": 90}),
    ("Rescuers found the bodies of six more miners on Friday.", {"killed": 6}),
]

# --- deaths, who died, and who did not ------------------------------------------------------
DEATHS = [
    ("Four fishermen who went out in the storm are presumed dead.", {"killed": 4}),
    ("Two divers were presumed drowned after their line was cut.", {"killed": 2}),
    ("The army said troops neutralized nine militants near the border.", {"killed": 9}),
    ('The ministry said soldiers had "neutralised" 14 attackers during the night.',
     {"killed": 14, "attackers_killed": 14}),
    ("Police neutralized the threat within minutes.", {"killed": None}),
    ("A gunman shot a taxi driver on Monday. The victim died of his wounds on Tuesday.",
     {"killed": 1, "injured": None}),
    ("A farmer was kidnapped on Sunday. His body, bound with wire, was found in a field.", {"killed": 1}),
    ("A police officer hurt while chasing the suspect said he was lucky to be alive.", {"injured": 1}),
    ("A paramedic injured in the crash said she almost died.", {"injured": 1, "killed": None}),
    ("None of the 30 passengers on the ferry were injured.", {"injured": None}),
    ("Neither of the two guards was hurt in the attack.", {"injured": None}),
    ("The driver, who had been shot by the robbers, and four passengers were injured.", {"injured": 5}),
    # attackers named as part of a toll are in it
    ("A car bomb killed 21 people at a checkpoint. The bomber was among the dead.",
     {"killed": 21, "attackers_killed": 1}),
    ("Three soldiers were killed. The attacker was also killed.", {"killed": 4, "attackers_killed": 1}),
    # an ordinal after an ordinal of another category: one more person
    ("A second worker has died after the scaffolding collapse. A third worker remains in hospital.",
     {"killed": 2, "injured": 1}),
    ("Two golfers were struck by lightning and killed. A third golfer was injured.", {"killed": 2, "injured": 1}),
    ("The bomb killed a policeman. Two passers-by were wounded. A third passer-by later died.",
     {"killed": 2, "injured": 2}),
    # a definite person named after 'also' is one more
    ("Three worshippers were killed. The attackers also killed the imam.", {"killed": 4}),
    ("Three worshippers were killed. The attackers killed the imam.", {"killed": 3}),
    # the parts of a toll told after a short adverbial
    ("Shelling killed at least 17 people in the northern districts on Sunday, including six children.",
     {"killed": 17, "children_killed": 6}),
]

# --- people told hurt by their wounds, tolls through the name of the event, earlier figures ---
WOUNDS = [
    ("Deputies found a teenager with a gunshot wound to the leg behind the store.", {"injured": 1}),
    ("Two women with stab wounds were flown to a trauma center.", {"injured": 2}),
    ("A man with gunshot wounds to the head was pronounced dead at the scene.", {"killed": 1, "injured": None}),
    ("Officers found a man with gunshot wounds in the parking lot. He died at a hospital.",
     {"killed": 1, "injured": None}),
    ("A striker with a hamstring injury missed the final.", {"injured": None}),
    ("The magazine ran a photo of the actress with bruises painted on her face.", {"injured": None}),
    ("The death toll in the stabbing rose to 3 on Monday.", {"killed": 3}),
    ("The number of people hurt in Friday's shooting at the fair has risen to 14.", {"injured": 14}),
    ("Twenty people are now known to have died in the fire, up from 15 dead on Saturday.", {"killed": 20}),
    ("The suspect is believed to have killed four people before fleeing.", {"killed": 4}),
    ("The collision killed a cyclist and left a second rider fighting for his life.", {"killed": 1, "injured": 1}),
    ("The explosion left three workers in critical condition.", {"injured": 3}),
    ("A gunman opened fire at the school. Two teachers were left paralyzed.", {"injured": 2}),
    ("The boxer died two days after the fight. He had undergone brain surgery.", {"injured": None}),
]

# --- subjects with more words before their verb; parts of the hurt who died ---------------------
SUBJECTS = [
    ("A bystander who tried to stop the attacker suffered cuts to his arms.", {"injured": 1}),
    ("A worker who tried to pull colleagues out of the trench was injured.", {"injured": 1}),
    ("He threatened to shoot them and kill five people.", {"killed": None}),
    ("Two drivers died in the crash. A passenger in one of the cars was taken to a hospital.", {"killed": 2, "injured": 1}),
    ("Four people — a couple and their two sons — were killed when the plane crashed.", {"killed": 4}),
    ("Police found three women suffering from stab wounds. One of the women was pronounced dead at "
     "the scene.", {"killed": 1, "injured": 2}),
    ("Six miners were hurt in the explosion. One of them died in hospital on Friday.", {"killed": 1, "injured": 5}),
    ("A suicide bomber struck a police academy, killing 12 cadets and wounding 28. The attacker also died.",
     {"killed": 13, "injured": 28, "attackers_killed": 1}),
]

# --- an event note's closing tally is the coder's total -----------------------------------------
TALLIES = [
    ("On 3 June 2021, in Tumaco, Narino, police clashed with armed men. Two of the gunmen were killed. "
     "2 fatalities.", {"killed": 2, "attackers_killed": 2}),
    ("On 3 June 2021, in Tumaco, Narino, a bomb killed a soldier and injured two. 1 fatality, 2 injured",
     {"killed": 1, "injured": 2}),
]

# --- people the verb names in other words ------------------------------------------------------
NAMED = [
    ("Gunmen opened fire on the party, killing the bride, her uncle and three guests.", {"killed": 5}),
    ("The attackers shot the guard dead and wounded his partner.", {"killed": 1, "injured": 1}),
    ("The bomber killed himself and two passers-by at the gate.", {"killed": 3, "attackers_killed": 1}),
    ("The pilot sustained fatal injuries; the instructor survived.", {"killed": 1, "injured": None}),
    ("Kidnappers executed two captives, a Norwegian and a Japanese.", {"killed": 2}),
    ("The mob killed three people, two Ugandans and a Briton.", {"killed": 3}),
    ("The blast killed two soldiers, a policeman and a child.", {"killed": 4}),
    ("Officials said two people, Maria Lopez and Tom Reed, were killed.", {"killed": 2}),
    ("Gunmen fired on the car, wounding its occupants, a judge and his driver.", {"injured": 2}),
    ("The shell killed the guests, two women and a boy.", {"killed": 3}),
]

CASES = ASIDES + CAMPAIGNS + ADDED + TOLLS + DEATHS + WOUNDS + SUBJECTS + TALLIES + NAMED


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_summary(text: str, expected: dict[str, int | None]) -> None:
    got = summarize(Document(id="t", text=text, published=PUB)).to_dict()
    for key, want in expected.items():
        best = (got.get(key) or {}).get("best")
        assert best == want if want is not None else not best, (key, got)
