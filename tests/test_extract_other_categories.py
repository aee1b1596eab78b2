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
from summary_sets import MAIN, case_params, load_cases, mismatches, summaries_of

from newstally import extract_claims, summarize
from newstally.model import Document

SET = Path(__file__).parent / "fixtures" / "recall" / "other_categories.jsonl"
CASES = load_cases([SET])
# a second set written later, its expected figures fixed before the extractor first read it
# (first run: 49 of 65 reports exact)
SET2 = Path(__file__).parent / "fixtures" / "recall" / "other_categories2.jsonl"
CASES2 = load_cases([SET2])
# a third, written after the second set's classes were fixed, to check them on new wording
# (first run: 13 of 18 reports exact)
SET3 = Path(__file__).parent / "fixtures" / "recall" / "other_categories3.jsonl"
# and a fourth, after the third's (first run: 8 of 12)
SET4 = Path(__file__).parent / "fixtures" / "recall" / "other_categories4.jsonl"
CASES3 = load_cases([SET3, SET4])
# a fifth, on mass kidnappings, raids and sweeps, the missing as bodies are found, evacuation
# orders and flights, camps and shelters (first run: 30 of 44 reports exact)
SET5 = Path(__file__).parent / "fixtures" / "recall" / "other_categories5.jsonl"
# and a sixth, written after the fifth's classes were fixed, in new wording (first run: 22 of 32)
SET6 = Path(__file__).parent / "fixtures" / "recall" / "other_categories6.jsonl"
# and a seventh, after the sixth's, with traps for the new rules (first run: 9 of 16)
SET7 = Path(__file__).parent / "fixtures" / "recall" / "other_categories7.jsonl"
CASES5 = load_cases([SET5, SET6, SET7])
# an eighth, on floods, earthquakes, wildfires, storms, mass arrests, abductions, migrant boats,
# mine collapses, hostage-takings and refugee flows (first run: 22 of 40 reports exact)
SET8 = Path(__file__).parent / "fixtures" / "recall" / "other_categories8.jsonl"
# and a ninth, in new wording after the eighth's classes were fixed (first run: 29 of 35)
SET9 = Path(__file__).parent / "fixtures" / "recall" / "other_categories9.jsonl"
# and a tenth, after the ninth's (first run: 18 of 22)
SET10 = Path(__file__).parent / "fixtures" / "recall" / "other_categories10.jsonl"
CASES8 = load_cases([SET8, SET9, SET10])
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
    ("Four divers remain missing after three of their companions were found alive.", [("missing", 4)]),
    ("Two hikers who went missing on Saturday were found alive on Monday.", []),
    # arrests told as a booking, a return to custody, a surrender after the deed
    ("A 27-year-old man was booked into the county jail on Saturday.", [("arrested", 1)]),
    ("Two teenagers were booked on suspicion of arson.", [("arrested", 2)]),
    ("Two inmates were taken back into custody on Tuesday.", [("arrested", 2)]),
    ("A man took three bank employees hostage before surrendering to police.", [("kidnapped", 3), ("arrested", 1)]),
    ("The suspect fled to Texas before turning himself in on Monday.", [("arrested", 1)]),
    ("The gunman killed two people before fleeing.", [("killed", 2)]),
    # an age inside the clause between the people and their verb
    ("The driver who fled after striking a 12-year-old girl turned himself in on Sunday.",
     [("injured", 1), ("arrested", 1)]),
    ("A man who attacked a 70-year-old woman was arrested.", [("arrested", 1)]),
    # captives freed in two groups, the verb left out of the second
    ("Kidnappers released eight of the hostages on Monday and the other five on Wednesday.",
     [("kidnapped", 8), ("kidnapped", 5)]),
    ("Twelve hostages were freed on Monday and eight more on Tuesday.", [("kidnapped", 12), ("kidnapped", 8)]),
    ("Soldiers freed 4 of the 9 hostages on Monday and the remaining five on Tuesday.", [("kidnapped", 9)]),
    ("Bandits released 15 of the abducted villagers on Monday.", [("kidnapped", 15)]),
    ("Police released 12 protesters on Monday and the other five on Tuesday.", []),
    ("Officers arrested two men on Friday and three more on Saturday.", [("arrested", 2), ("arrested", 3)]),
    ("Police arrested four people in Lagos and two in Abuja.", [("arrested", 4), ("arrested", 2)]),
    ("Two men were arrested on Friday and five were released on Saturday.", [("arrested", 2)]),
    ("Rescuers evacuated 300 people on Monday and 200 more on Tuesday.", [("evacuated", 300), ("evacuated", 200)]),
    ("Three people are missing in Kerala and two in Karnataka after the floods.", [("missing", 3), ("missing", 2)]),
    ("A man was arrested on Friday and his wife on Saturday.", [("arrested", 1), ("arrested", 1)]),
    ("Gunmen released 12 hostages on Monday and the soldiers said on Tuesday that more would follow.",
     [("kidnapped", 12)]),
    ("Two suspects were in police custody on Sunday night.", [("arrested", 2)]),
    ("About 700 residents were told to leave their homes.", [("evacuated", 700)]),
    ("Gunmen snatched three Chinese workers from a mine site.", [("kidnapped", 3)]),
    ("Two children were snatched from their beds.", [("kidnapped", 2)]),
    ("A thief snatched a bag from a woman.", []),
    ("A man seized a phone from a tourist.", []),
    ("Gunmen are holding 40 hostages.", [("kidnapped", 40)]),
    ("The militants took 12 hostages at the hotel.", [("kidnapped", 12)]),
    ("The prison held 400 prisoners.", []),
    # a kidnapping of another year stays another event when a thing, not a captive, is released
    ("The two aid workers who were kidnapped in northern Mali in 2024 appeared in a new video released by their captors.",
     []),
    # a night away from home: displaced beside homes or shelters
    ("About 1,800 people spent the night in schools after the earthquake damaged their homes.", [("displaced", 1800)]),
    ("Some 300 residents spent the night in a leisure centre after a fire broke out.", []),
    ("Two hikers spent the night in a cave.", []),
    ("About 850 people whose homes were destroyed were staying in shelters.", [("displaced", 850)]),
    ("About 300 residents whose homes were flooded have been evacuated.", [("evacuated", 300)]),
    ("More than 3,000 people are sheltering in schools after their homes were flooded.", [("displaced", 3000)]),
    ("Some 850 people spent the night in shelters after a storm.", [("displaced", 850)]),
    ("Hundreds of shoppers took shelter in a store during the shooting.", []),
    ("About 40 students took shelter in a classroom as the gunman roamed the halls.", []),
    ("Some 1,200 people are in evacuation centres, the agency said.", [("evacuated", 1200)]),
    ("About 260 residents were moved to a school.", [("evacuated", 260)]),
    # one person read by two rules is one claim ('left X with' and 'with a broken jaw')
    ("A fight outside a bar left another man with a broken jaw.", [("injured", 1)]),
    ("Flooding forced about 3,500 people from their homes in the valley, and 900 of them spent the night in "
     "evacuation centres.", [("displaced", 3500), ("evacuated", 900)]),
    # a vehicle or building taken or emptied with the people in it: those people
    ("Gunmen seized a bus carrying 40 passengers on the highway.", [("kidnapped", 40)]),
    ("Armed men hijacked a minibus with 18 people on board.", [("kidnapped", 18)]),
    ("Pirates seized a fishing boat with 11 crew members.", [("kidnapped", 11)]),
    ("Firefighters evacuated a care home housing 60 residents.", [("evacuated", 60)]),
    ("Police seized a boat carrying 40 migrants.", []),
    ("Rebels seized a truck carrying 20 tonnes of food.", []),
    ("Gunmen seized a bus on the highway.", []),
    ("The militants seized a village with 2,000 residents.", []),
    # the people named in the plural, then their number and 'in all'
    ("Gunmen stormed the school and abducted the pupils, 80 in all.", [("kidnapped", 80)]),
    ("The explosion injured the miners, 12 in all.", [("injured", 12)]),
    # verbs of taking people away: the agent decides (police arrest, armed men kidnap, others neither)
    ("Security forces picked up 120 suspected militants in a sweep.", [("arrested", 120)]),
    ("Plain-clothes officers picked up two journalists outside the court.", [("arrested", 2)]),
    ("The authorities picked up five students on Monday.", [("arrested", 5)]),
    ("Bandits carried off 32 villagers during the raid.", [("kidnapped", 32)]),
    ("The gunmen took away six farmers.", [("kidnapped", 6)]),
    ("The bus picked up 40 passengers at the border.", []),
    ("Rescuers picked up 38 survivors from the water.", []),
    # a clause 'accused of ...' between the people and their verb
    ("Two men accused of arson were remanded in custody on Monday.", [("arrested", 2)]),
    ("Three people suspected of links to the gang were detained.", [("arrested", 3)]),
    ("Kidnappers seized a school bus carrying 19 children and their driver.", [("kidnapped", 19), ("kidnapped", 1)]),
    ("Armed men raided a girls' school and carried away 61 students.", [("kidnapped", 61)]),
    ("Gunmen killed two guards and carried off 12 villagers.", [("killed", 2), ("kidnapped", 12)]),
    ("Police said gunmen carried off 12 villagers.", [("kidnapped", 12)]),
    ("Masked men forced their way into a dormitory near the town and took away eight students.", [("kidnapped", 8)]),
    ("The coast guard picked up 64 migrants from a dinghy.", []),
    ("A lifeboat crew picked up six fishermen.", []),
    ("The evacuation of a nursing home with 90 residents began at dawn.", [("evacuated", 90)]),
    # keeping people: armed men hold captives, police people arrested; a building keeps nobody
    ("Gunmen held a group of 23 worshippers inside a church.", [("kidnapped", 23)]),
    ("Police held the two suspects overnight.", [("arrested", 2)]),
    ("Gunmen killed a group of 12 villagers.", [("killed", 12)]),
    ("The prison held 400 prisoners.", []),
    # people set free whom a clause after them calls held: captives
    ("Police freed 40 migrants who had been held in a warehouse.", [("kidnapped", 40)]),
    ("Firefighters rescued 12 people who had been trapped in a lift.", []),
    ("The court freed two men who had been held by police for a week.", []),
    # kept by an agent: the agent decides, as for 'taken away by'
    ("A man was held by police overnight.", [("arrested", 1)]),
    ("Three aid workers were held by gunmen.", [("kidnapped", 3)]),
    ("Two hostages held by the group were released.", [("kidnapped", 2)]),
    # people moved out of danger, a part named between them and where they went
    ("The hospital moved 85 patients, including 12 in intensive care, to other facilities.",
     [("evacuated", 85), ("evacuated", 12)]),
    ("Another 800 residents were moved out on Sunday.", [("evacuated", 800)]),
    # a part of a counted whole after a possessive: the part
    ("Two of their 14 passengers were injured.", [("injured", 2)]),
    # a verb saying the deed was done before 'to': no plan
    ("The fire forced staff to evacuate 140 patients.", [("evacuated", 140)]),
    ("Rescuers managed to evacuate 300 people.", [("evacuated", 300)]),
    ("Officials plan to evacuate 3,000 people.", []),
    ("Authorities may be forced to evacuate 3,000 people.", []),
    # an arrest 'for questioning' is no hearing: harm told after it is the incident's
    ("Thirty people were detained for questioning after a riot in which two officers were injured.",
     [("arrested", 30), ("injured", 2)]),
    # a second group, its verb left out, after a phrase of means or way ('by', 'off', 'via')
    ("Crews evacuated 40 patients by helicopter and 25 more by ambulance.", [("evacuated", 40), ("evacuated", 25)]),
    ("Pirates abducted six sailors off Nigeria and four off Benin.", [("kidnapped", 6), ("kidnapped", 4)]),
    ("Three trawlermen are missing off Cornwall and one off Devon.", [("missing", 3), ("missing", 1)]),
    ("Two off-duty officers were shot.", [("injured", 2)]),
    ("Three people were wounded by gunfire and two by shrapnel.", [("injured", 3), ("injured", 2)]),
    # fleeing the law is an escape, not a displacement
    ("A motorist fleeing a police checkpoint crashed into a bus stop.", []),
    ("Two men fleeing from officers abandoned their car.", []),
    ("A teenager who fled police was later arrested.", [("arrested", 1)]),
    ("About 2,000 villagers fled from the advancing rebels.", [("displaced", 2000)]),
    # displaced people named by a word before their noun: new when 'newly' or a verb of arrival says so
    ("Some 4,500 newly displaced villagers were registered at the camp on Monday.", [("displaced", 4500)]),
    ("About 2,300 displaced families have arrived in Mopti since the weekend.", [("displaced", 2300)]),
    ("The camp shelters 40,000 displaced people.", []),
    ("Two homeless men arrived at the shelter.", []),
    # an arrest or an attack 'in a series of raids' is no television series
    ("Police arrested 40 people in a series of dawn raids on Monday.", [("arrested", 40)]),
    # an evacuation order as a state; a flight to evacuation centres is an evacuation
    ("About 6,500 residents were under evacuation orders on Sunday.", [("evacuated", 6500)]),
    ("Some 3,000 villagers fled to nearby evacuation centres as the typhoon approached.", [("evacuated", 3000)]),
    ("Thousands of families fled to the hills.", [("displaced", 1000)]),
    # captives told of by the verb of their kidnapping, then freed in the same clause
    ("Eleven fishermen abducted off the coast in April have been freed, their union said.", [("kidnapped", 11)]),
    ("Three engineers kidnapped in 2019 appeared in a video released on Monday.", []),
    # verbs that cause people to flee or move them, and states of people left without a home
    ("The shelling prompted some 4,000 villagers to flee.", [("displaced", 4000)]),
    ("Helicopters airlifted 35 tourists to safety.", [("evacuated", 35)]),
    ("Nurses moved 40 patients, among them six in intensive care, to other wards.",
     [("evacuated", 40), ("evacuated", 6)]),
    ("The blaze left 80 families in need of shelter.", [("displaced", 80)]),
    ("The strike caused 40 flights to be cancelled.", []),
    # an evacuation rehearsed is no evacuation
    ("Staff rehearsed the evacuation of 600 patients in a drill on Tuesday.", []),
    ("About 800 workers were evacuated from the plant after a gas leak.", [("evacuated", 800)]),
    # refugees crossing a border or arriving: displaced when the sentence tells of flight or conflict
    ("Some 12,000 people have crossed into Niger since the fighting began on Friday.", [("displaced", 12000)]),
    ("The offensive has driven 6,000 villagers across the border.", [("displaced", 6000)]),
    ("Some 2,500 refugees arrived in Kakuma this week.", [("displaced", 2500)]),
    ("About 2,000 fans crossed into Portugal for the match.", []),
    ("The camp hosts 3,000 refugees.", []),
    # people searched for by rescuers, or the rest of a group still sought, are missing
    ("Divers were still searching the lake for three fishermen.", [("missing", 3)]),
    ("Two climbers were found alive; the search for the remaining four continues.", [("missing", 4)]),
    ("The coast guard was searching for a fifth crew member.", [("missing", 1)]),
    ("Police were searching for two men.", []),
    ("Firefighters searched the rubble for more than 12 hours.", []),
    # ordered out; moved to a place of evacuation; registered refugees; sought in a search
    ("All 900 residents of the island were ordered out on Monday.", [("evacuated", 900)]),
    ("By noon some 7,000 villagers had been taken to cyclone shelters.", [("evacuated", 7000)]),
    ("The suspects were moved to another prison.", []),
    ("Hungary registered 9,000 refugees on Saturday.", [("displaced", 9000)]),
    ("Three divers missing since Friday were found alive; a fourth is still being sought.", [("missing", 1)]),
    ("Two men are being sought in connection with the robbery.", []),
    # people carried to safety or to shelters; taken for questioning; sleeping in the open
    ("About 400 villagers were ferried to safety by navy boats.", [("evacuated", 400)]),
    ("Some 900 residents were bused to temporary shelters.", [("evacuated", 900)]),
    ("Four men were taken for questioning.", [("arrested", 4)]),
    ("Some 300 festival-goers slept in tents at the site.", []),
    # a part of the missing found alive leaves the rest missing
    ("Five of the nine sailors missing off Crete were found alive on Monday.", [("missing", 4)]),
    ("Two of the six climbers who went missing on Friday have been found safe.", [("missing", 4)]),
    ("Rescuers freed 3 of the 8 miners trapped underground.", []),
    # the agent of a relative clause is its antecedent, not the subject before it
    ("Police arrested four members of the gang that had held him.", [("arrested", 4)]),
]

# report -> {category: best}: the night in tents or in the open after a disaster; leaving
# home in an evacuation; a total brought up to date with the number first
NIGHTS_AND_TOTALS = [
    ("A strong earthquake hit the province on Monday. Some 2,500 people spent the night in tents.",
     {"displaced": 2500}),
    ("A strong earthquake hit the province on Monday. Thousands of residents spent the night in the open.",
     {"displaced": 1000}),
    ("Some 300 campers spent the night in tents at the festival.", {}),
    ("Authorities ordered the evacuation of four villages as the fire spread. About 1,100 residents left their homes "
     "overnight.", {"evacuated": 1100}),
    ("About 1,100 residents left their homes to watch the parade.", {}),
    ("Police arrested three more men on Friday, bringing to 11 the number of people held over the riot.",
     {"arrested": 11}),
    ("Divers found two more bodies on Monday, raising to 14 the number of dead.", {"killed": 14}),
]

# a closing clause bringing a running total up to date: only its own figure is another time's;
# where some of those who fled went is a part of them
TRAILING_TOTALS = [
    ("About 12,000 people fled their villages, and 2,000 took refuge in a cathedral.", {"displaced": 12000}),
    ("About 12,000 people fled their villages. Another 2,000 took refuge in a cathedral.", {"displaced": 14000}),
    ("Floods have forced 5,000 people from their homes, bringing the number displaced this year to 80,000.",
     {"displaced": 5000}),
    ("Police arrested 40 more people on Sunday, taking the total detained since the protests began in May to 900.",
     {"arrested": 40}),
    ("In 2019, floods forced 5,000 people from their homes, bringing the number displaced that year to 80,000.", {}),
]

# report -> {category: best}: people 'also taken' after a kidnapping told in other words
TAKEN_ALONG = [
    ("Bandits stormed a farm near Katsina and carried off 14 labourers. Two guards were also taken.", {"kidnapped": 16}),
    ("Gunmen abducted 20 passengers on Sunday. Two drivers were also led away.", {"kidnapped": 22}),
    ("Gunmen abducted 20 passengers on Sunday. Two drivers were taken to hospital.", {"kidnapped": 20, "injured": 2}),
    ("Gunmen abducted 20 passengers on Sunday. Two drivers were taken into custody.", {"kidnapped": 20, "arrested": 2}),
    ("Police arrested 20 people on Sunday. Two others were also taken.", {"arrested": 20}),
    ("A storm hit the coast on Sunday. Two boats were also taken.", {}),
]

# report -> {category: best} of its summary: what one report adds up and what it never adds
SUMMARY_RULES = [
    # different people arrested in different sentences add up; restatements never do
    ("Police arrested a 33-year-old man on Friday. Two more suspects were arrested on Tuesday.", {"arrested": 3}),
    ("Officers arrested Daniel Kerr on Friday. On Sunday, detectives arrested Liam Doyle. Kerr remains in custody.",
     {"arrested": 2}),
    ("Police arrested the chief executive of the firm on Tuesday. The site manager was detained on Wednesday.",
     {"arrested": 2}),
    ("Police said the suspect was arrested on Thursday. A second man was arrested on Friday.", {"arrested": 2}),
    ("Two men were arrested on Saturday. A third suspect was arrested on Monday.", {"arrested": 3}),
    ("Police arrested the driver on Friday. He was booked into the county jail.", {"arrested": 1}),
    ("Police arrested a man on Friday. The man, 45, remains in custody.", {"arrested": 1}),
    ("Police arrested Marco Silva on Friday. Silva was charged with wounding and remains in custody.", {"arrested": 1}),
    ("Three men were arrested on Friday. The three were remanded in custody on Monday.", {"arrested": 3}),
    ("Detectives arrested a 51-year-old woman on Tuesday. A 60-year-old man was arrested on Wednesday.", {"arrested": 2}),
    ("A 34-year-old man was arrested on Friday. The 34-year-old man remains in custody.", {"arrested": 1}),
    ("A man, 45, was arrested on Friday. A man, 52, was detained on Saturday.", {"arrested": 2}),
    ("Police arrested the owner on Friday. Its head of security was detained on Saturday, and two more staff members "
     "were taken into custody on Sunday.", {"arrested": 4}),
    ("Police said six people had been arrested. Two more were detained on Thursday, bringing the number of arrests to eight.",
     {"arrested": 8}),
    ("Police detained a suspect and were holding two other people for questioning.", {"arrested": 3}),
    ("A suspect was arrested on Monday. Police also arrested the driver of the getaway car.", {"arrested": 2}),
    ("The driver was arrested on Monday. The suspect remains in custody.", {"arrested": 1}),
    # captives freed in groups add up, but never on top of the count of those seized
    ("Twelve hostages were freed on Monday. Eight more were released on Tuesday.", {"kidnapped": 20}),
    ("Bandits released 15 of the abducted villagers on Monday. Another 10 were freed on Wednesday.", {"kidnapped": 25}),
    ("Gunmen abducted 20 passengers on Sunday. Twelve were freed on Monday. Eight more were released on Tuesday.",
     {"kidnapped": 20}),
    ("Gunmen abducted 20 passengers on Sunday. Twelve hostages were freed on Monday and the other eight on Tuesday.",
     {"kidnapped": 20}),
    ("Rescuers freed 12 miners on Monday. Another 10 were freed on Wednesday.", {}),
    # an order and what was done: the deed, when the report gives it
    ("Authorities ordered the evacuation of about 30,000 residents. By evening some 11,000 had been moved to evacuation "
     "centres.", {"evacuated": 11000}),
    ("About 5,000 residents were ordered to evacuate. Some 2,000 were evacuated on Monday.", {"evacuated": 2000}),
    ("Authorities ordered the evacuation of 12,000 people living near the volcano.", {"evacuated": 12000}),
    ("About 700 residents were told to leave their homes; 300 were evacuated by boat.", {"evacuated": 300}),
    # after an evacuation, people who have left or spent the night away were evacuated
    ("Officials ordered the evacuation of the town. About 4,000 of its 12,000 residents had left by Sunday.",
     {"evacuated": 4000}),
    ("Police evacuated two apartment blocks after a gas leak. About 150 residents spent the night in a gymnasium.",
     {"evacuated": 150}),
    ("A gas leak was found in the street. About 150 residents spent the night in a gymnasium.", {}),
    ("Residents of the street were evacuated as the fire spread. The owner had left the house an hour before.", {}),
    # more people arrested by another agency in the same sentence add up
    ("Police arrested 47 people, while the army said it had detained 12 more suspects.", {"arrested": 59}),
    # captives who escape: the news is now, not the kidnapping of last month
    ("Three of the 19 aid workers kidnapped last month escaped from their captors on Monday.", {"kidnapped": 19}),
    # the missing found dead later are no longer missing
    ("Fifteen people were reported missing after the floods. By Tuesday, the bodies of nine had been recovered.",
     {"missing": 6, "killed": 9}),
    ("Three people were killed and 15 are missing after the floods. Rescuers recovered two more bodies on Tuesday.",
     {"missing": 15, "killed": 5}),
    ("Twelve fishermen are missing. Rescuers recovered four bodies on Monday; eight remain missing.",
     {"missing": 8, "killed": 4}),
    ("Thirty-two people were still missing on Thursday. Divers have recovered 17 bodies.",
     {"missing": 32, "killed": 17}),
]


@pytest.mark.parametrize("sentence,expected", RULES, ids=[r[0][:50] for r in RULES])
def test_rule(sentence: str, expected: list[tuple[str, int]]) -> None:
    doc = Document(id="t", text=sentence, published=PUB)
    got = Counter((c.category, c.best) for c in extract_claims(doc) if c.counts)
    assert got == Counter(expected)


@pytest.mark.parametrize("text,expected", SUMMARY_RULES + TAKEN_ALONG + TRAILING_TOTALS + NIGHTS_AND_TOTALS,
                         ids=[r[0][:50] for r in SUMMARY_RULES + TAKEN_ALONG + TRAILING_TOTALS + NIGHTS_AND_TOTALS])
def test_summary_rule(text: str, expected: dict[str, int]) -> None:
    got = summarize(Document(id="t", text=text, published=PUB)).to_dict()
    assert {k: got[k]["best"] for k in MAIN if k in got and got[k]["best"]} == expected


@pytest.fixture(scope="module")
def summaries() -> dict[str, dict]:
    return summaries_of(CASES + CASES2 + CASES3 + CASES5 + CASES8)


def test_the_set_covers_each_category_and_quiet_reports() -> None:
    assert len(CASES) == len({c["id"] for c in CASES}) >= 60
    for cat in ("missing", "evacuated", "displaced", "arrested", "kidnapped"):
        assert sum(1 for c in CASES if c["expect"].get(cat)) >= 8, cat
    assert sum(1 for c in CASES if not any(c["expect"].values())) >= 4


@pytest.mark.parametrize("case", case_params(CASES))
def test_other_categories_case(case: dict, summaries: dict[str, dict]) -> None:
    assert case["id"] in summaries
    assert mismatches(case, summaries[case["id"]]) == {}, case["text"]


def test_the_second_set_covers_arrests_captives_and_distractors() -> None:
    assert len(CASES2) == len({c["id"] for c in CASES2}) >= 60
    every = CASES + CASES2 + CASES3 + CASES5 + CASES8
    assert len({c["id"] for c in every}) == len(every)
    for cat in ("missing", "evacuated", "displaced", "arrested", "kidnapped"):
        assert sum(1 for c in CASES2 if c["expect"].get(cat)) >= 5, cat
    assert sum(1 for c in CASES2 if not any(c["expect"].values())) >= 8


@pytest.mark.parametrize("case", case_params(CASES2 + CASES3))
def test_other_categories_second_set(case: dict, summaries: dict[str, dict]) -> None:
    assert case["id"] in summaries
    assert mismatches(case, summaries[case["id"]]) == {}, case["text"]


@pytest.mark.parametrize("case", case_params(CASES5))
def test_other_categories_fifth_set(case: dict, summaries: dict[str, dict]) -> None:
    assert case["id"] in summaries
    assert mismatches(case, summaries[case["id"]]) == {}, case["text"]


def test_the_eighth_set_covers_each_category_and_quiet_reports() -> None:
    assert len(CASES8) >= 70
    for cat in ("missing", "evacuated", "displaced", "arrested", "kidnapped"):
        assert sum(1 for c in CASES8 if c["expect"].get(cat)) >= 8, cat
    assert sum(1 for c in CASES8 if not any(c["expect"].values())) >= 6


@pytest.mark.parametrize("case", case_params(CASES8))
def test_other_categories_eighth_set(case: dict, summaries: dict[str, dict]) -> None:
    assert case["id"] in summaries
    assert mismatches(case, summaries[case["id"]]) == {}, case["text"]
