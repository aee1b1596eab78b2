"""Who the victims are: lists of names, "X and N others", injuries from a shooting or a
stabbing, ordinal tolls, hostages, and the attackers' own deaths.

Table-driven: a report (one or more self-written sentences) -> the figures its ``--summary`` line
must give. A key with ``None`` must be absent (nothing reported); every other key must carry that
``best``. Keys not listed are not compared.
"""
from __future__ import annotations

import pytest

from newstally import extract_claims, summarize
from newstally.model import Document

PUB = "2024-05-15"

# --- attackers: counted in killed and under attackers_killed ---------------------------------
ATTACKERS = [
    ("The assailants were killed and a security guard wounded.",
     {"killed": 2, "attackers_killed": 2, "injured": 1}),
    ("The gunmen were shot dead by police after a two-hour siege.", {"killed": 2, "attackers_killed": 2}),
    ("The standoff ended before Page died from a self-inflicted gunshot wound.",
     {"killed": 1, "attackers_killed": 1}),
    ("The shooter killed two teachers and then died of a self-inflicted gunshot wound.",
     {"killed": 3, "attackers_killed": 1}),
    ("A bomber blew himself up at the gate, killing four guards.", {"killed": 5, "attackers_killed": 1}),
    ("Three policemen and two attackers were killed in the raid.", {"killed": 5, "attackers_killed": 2}),
    ("The assailant, Joseph Stack, and one employee were killed and 13 people were injured.",
     {"killed": 2, "attackers_killed": 1, "injured": 13}),
    ("The gunman killed three shoppers before police shot him dead.", {"killed": 4, "attackers_killed": 1}),
    ("A gunman opened fire on the crowd before he was shot dead by police.", {"killed": 1, "attackers_killed": 1}),
    # a passive gerund after "before" / "after" tells of the subject of its clause
    ("The gunman killed two people before being shot dead by police.", {"killed": 3, "attackers_killed": 1}),
    ("The attacker injured 4 people before being shot and wounded by police.",
     {"injured": 5, "attackers_injured": 1}),
    ("On Monday, the assailant stabbed a guard before being arrested.", {"injured": 1, "arrested": 1}),
    ("Police said the suspect fled the scene before being apprehended by officers.",
     {"arrested": 1, "attackers_arrested": 1}),
    ("The protest went on for hours before being broken up by police.", {"arrested": None}),
    ("The gunman killed three people before turning the gun on himself.", {"killed": 4, "attackers_killed": 1}),
    ("The attacker, later identified as John Doe, was shot and wounded by police.",
     {"injured": 1, "attackers_injured": 1}),
    # a bare plural of victims restates a figure; it is no count of its own
    ("The victims were taken to Mercy Hospital.", {"killed": None, "injured": None}),
    # a bare plural of attackers gives no arrest or flight figure
    ("The suspects were arrested and the attackers fled.", {"arrested": None, "displaced": None}),
    ("Authorities arrested the gunman and his accomplice.", {"arrested": 2, "attackers_arrested": 2}),
    # "others" hurt by an attacker who died are no attackers
    ("The bomb killed the bomber and wounded three others.",
     {"killed": 1, "attackers_killed": 1, "injured": 3, "attackers_injured": None}),
    # the subject of "... and killed" did the killing
    ("The attackers arrived at dusk, when farmers were coming home, and killed people with machetes.",
     {"killed": None, "attackers_killed": None}),
    # named subjects of a verb of dying
    ("Rescuers searched for hours, but Okafor and Mensah died in the fire.", {"killed": 2}),
    # a named death with no harm in sight may be old age or illness: not read without an auxiliary
    ("Former senator Tom Hale died Saturday at his ranch at 94.", {"killed": None}),
    ("Die Polizei sucht die Täter.", {"killed": None}),
    # what followed the incident in a later year is no part of its toll
    ("A letter bomb killed two clerks. The sender, Dale Ruiz, committed suicide in 2031.", {"killed": 2}),
    # a full date days after the report's own: what followed (a death of the wounds still counts)
    ("A bomb killed two clerks. On May 30, 2024, one suspect was shot dead in a police raid.", {"killed": 2}),
    ("A bomb injured two clerks. One of them died of his injuries on May 30, 2024.", {"killed": 1}),
]

# --- lists of named victims count each person --------------------------------------------------
LISTS = [
    ("Steve Scalise, Zack Barth and Matt Mika were wounded.", {"injured": 3}),
    ("Dana Ortiz and four others were wounded in the attack.", {"injured": 5}),
    ("Officers Tim Ray and Jon Bell were wounded.", {"injured": 2, "police_injured": 2}),
    # restated by name
    ("Two officers were shot during the standoff. Officers Tim Ray and Jon Bell were treated at Mercy "
     "Hospital and released.", {"injured": 2}),
    ("Two people were injured in the attack. The victims, Ana Ruiz and Tom Lee, were taken to hospital.",
     {"injured": 2}),
    ("Three people were wounded. Ana Ruiz was shot in the leg, and Tom Lee was stabbed.", {"injured": 3}),
    ("The militants killed the ambassador and three other Americans.", {"killed": 4}),
    ("The attack killed Maria Lopez, her husband and their two sons.", {"killed": 4, "children_killed": 2}),
    ("The blast killed Lopez, a teacher at the school.", {"killed": 1}),
    ("The deaths of Ana Ruiz, her husband and their son in the shooting shocked the town.", {"killed": 3}),
    ("Among the dead were Ana Ruiz, her husband and two children.", {"killed": 4, "children_killed": 2}),
    ("The attack killed Ana Ruiz, 34, and her son, 6.", {"killed": 2, "children_killed": 1}),
    ("John Smith, 27, died in the crash.", {"killed": 1}),
    ("The blast killed 3 soldiers, 2 civilians and a child.", {"killed": 6}),
    ("In Kabul, Ahmad and two others were killed.", {"killed": 3}),
    # a name after "of" belongs to the noun before it, unless that noun is the casualty word
    ("Ten migrants drowned off the coast of Lampedusa and 30 others are still missing.",
     {"killed": 10, "missing": 30}),
    ("Supporters of Khan and two others were arrested.", {"arrested": 2}),
    ("The killing of Ahmed Ali and his son sparked protests.", {"killed": 2}),
    ("On Monday, Smith and Jones were injured.", {"injured": 2}),
    ("Manaus, a man and his son were killed.", {"killed": 2}),
    # a noun shaped like a trade or role, in a list beside other people, is one person
    ("Police arrested the site engineer and a supervisor.", {"arrested": 2}),
    ("The prosecutor ordered a signalman and the driver detained.", {"arrested": 2}),
    ("The blast killed a soldier and an interpreter.", {"killed": 2, "soldiers_killed": 1}),
    ("Police detained the owner and a manager of the club.", {"arrested": 2}),
    ("Police arrested the driver and seized the tanker.", {"arrested": 1}),
    ("The tanker and its driver were hit.", {"injured": None, "killed": None}),
    ("A robbery and carjacking suspect was shot dead during the raid.", {"killed": 1, "attackers_killed": 1}),
    ("The officer sued the Police Department, and his father was killed years ago.", {"killed": 1}),
]

# --- injuries from "was shot / stabbed / set on fire", unless death is stated ---------------------
HARM = [
    ("Scalise, Mika, Barth and two Capitol Police officers were shot.", {"injured": 5, "police_injured": 2}),
    ("A police officer was shot in the leg during the exchange.", {"injured": 1}),
    ("The assailant stabbed two students at the campus library.", {"injured": 2}),
    ("A man was set on fire outside the mosque.", {"injured": 1}),
    ("A Sikh man was beaten by two men outside a store.", {"injured": 1}),
    ("Two people were shot at a party on Saturday.", {"injured": 2}),
    ("The man, who was shot in the arm, survived.", {"injured": 1}),
    ("The assailant drove into a group of pedestrians, striking several people.", {"injured": 3}),
    ("The driver struck a pedestrian and fled.", {"injured": 1, "displaced": None}),
    ("The storm struck the coast on Monday.", {"injured": None}),
    ("Woods shot 68 on Sunday to win by two.", {"injured": None}),
    ("The gunman shot three people and then shot himself.", {"injured": 3, "killed": 1, "attackers_killed": 1}),
    # death stated in the sentence or later in the report
    ("The suspect was shot by police and later died of his injuries.",
     {"killed": 1, "attackers_killed": 1, "injured": None}),
    ("A man was stabbed and died at the scene.", {"killed": 1, "injured": None}),
    ("Militants shot a civilian, resulting in his death.", {"killed": 1, "injured": None}),
    ("Brown was shot six times. Brown died at the scene.", {"killed": 1, "injured": None}),
    ("Mr. Brown was shot by an officer. The death of Michael Brown sparked protests.", {"killed": 1, "injured": None}),
    ("A man was stabbed on the platform. The man died in hospital.", {"killed": 1, "injured": None}),
    ("A man was shot in the leg. Another man was killed.", {"killed": 1, "injured": 1}),
    ("A man stabbed Lieutenant Jeff Neville at the airport. Neville, a police officer, was injured.",
     {"injured": 1}),
    ("The assailant fired on a truck, killing Ann Roe. He then shot Tom Lee. Three people were killed in "
     "the spree.", {"killed": 3, "injured": None}),
    ("Scalise, Mika, Barth and two Capitol Police officers were shot. The gunman was killed.",
     {"killed": 1, "injured": 5}),
    # the people hit, then split or restated
    ("He shot 6 women, killing one of them and injuring the other five.", {"killed": 1, "injured": 5}),
    ("Two men stabbed a tourist, critically injuring the man.", {"injured": 1}),
    # no harm
    ("The gunman shot at police before fleeing.", {"injured": None}),
    ("Officers were shot at by a sniper.", {"injured": None}),
    ("The drone was shot down over the sea.", {"injured": None}),
    ("The film was shot in Atlanta.", {"injured": None}),
    ("House leader Eric Cantor was beaten Tuesday night by a political novice.", {"injured": None}),
    ("The incumbent was beaten in the primary.", {"injured": None}),
    ("The senator said he was stabbed in the back by his own party.", {"injured": None}),
    ("He was set on fire by his critics on Twitter.", {"injured": None}),
    ("A man was stabbed in the back by a stranger.", {"injured": 1}),
]

# --- injuries told by what the victims suffered or the care they got --------------------------------
CARE = [
    ("A bystander suffered a minor injury.", {"injured": 1}),
    ("A total of 17 people were wounded in the attack.", {"injured": 17}),
    ("Two crashes in five months killed a total of 346 people.", {"killed": None}),
    ("The gunfire wounded Officer Mark Lee and a bystander.", {"injured": 2, "police_injured": 1}),
    ("Two employees suffered smoke inhalation.", {"injured": 2}),
    ("Both victims were treated and released.", {"injured": 2}),
    ("Three firefighters were taken to Mercy Hospital with burns.", {"injured": 3}),
    ("A hospital spokesman said 15 people had been brought in with injuries.", {"injured": 15}),
    ("Eleven people were treated at Regional Medical Center.", {"injured": 11}),
    # rescued, freed, found, escaped: injured only with an injury named after 'with'
    ("Two people were rescued with injuries after the landslide.", {"injured": 2}),
    ("Three miners were freed with burns after 20 hours underground.", {"injured": 3}),
    ("The driver escaped with minor injuries.", {"injured": 1}),
    ("A teenager was found with gunshot wounds and pronounced dead at the scene.", {"killed": 1}),
    ("One hostage escaped and the gunman released the other two hostages unharmed.", {"injured": None}),
    ("Rescuers freed 12 people from the rubble.", {"injured": None}),
    ("A congressional aide was shot in the arm.", {"injured": 1}),
    ("Police said the suspect was shot by officers and later died of his injuries.", {"killed": 1, "injured": None}),
    ("Officials said that a civilian was hit by a stray bullet and died.", {"killed": 1}),
    # a long clause between the people and their verb
    ("Two hostages who were held for three days by gunmen in a bank in Lyon were released unharmed.",
     {"kidnapped": 2}),
    # forced or ordered to evacuate or to flee
    ("The fire forced 2,000 residents to evacuate.", {"evacuated": 2000}),
    ("The fighting forced 5,000 people to flee their homes.", {"displaced": 5000}),
    ("Authorities ordered 3,000 residents to evacuate.", {"evacuated": 3000}),
    ("Police forced the suspect to flee.", {"displaced": None}),
    ("He was ordered to pay 2,000 dollars.", {"evacuated": None, "displaced": None}),
    # the part hurt fatally, named after the verb
    ("Five people were shot, one fatally, outside a bar on Friday.", {"killed": 1, "injured": 4}),
    ("Seven people were stabbed, two fatally.", {"killed": 2, "injured": 5}),
    ("Five people were shot, one in the leg.", {"killed": None, "injured": 5}),
    ("The explosion caused injuries to four people.", {"injured": 4}),
    ("The blast inflicted serious injuries on two guards.", {"injured": 2}),
    ("The victim suffered a broken jaw and a fractured nose.", {"injured": 1}),
    ("Two people received medical treatment.", {"injured": 2}),
    ("Four people complained of injuries and were treated at the scene.", {"injured": 4}),
    ("He complained about his injuries in a letter to the court.", {"injured": None}),
    ("Residents complained of the smell.", {"injured": None}),
    ("Three members of the family were injured when the house was firebombed.", {"injured": 3}),
    ("The attack wounded seven, three critically.", {"injured": 7}),
    ("Seven people were wounded, three of them critically.", {"injured": 7}),
    # care given to a part of the people hurt in the same sentence
    ("Eleven people were treated for injuries, and two were admitted to the hospital.", {"injured": 11}),
    ("Five people were injured; two were hospitalized in serious condition.", {"injured": 5}),
    ("Two people were injured in the first blast and three were hospitalized after the second.", {"injured": 5}),
    ("The striker suffered a knee injury in the first half.", {"injured": None}),
    ("Two men were taken to a police station for questioning.", {"injured": None}),
    ("She was taken to Walter Reed hospital with pneumonia.", {"injured": None}),
    ("He admitted to lying about his injuries.", {"injured": None}),
]

# --- ordinal tolls: the newest victim tells the toll ---------------------------------------------
ORDINALS = [
    ("A fourth person died on Wednesday from burns suffered in the fire.", {"killed": 4}),
    ("Police confirmed a 6th fatality on Monday.", {"killed": 6}),
    ("Fourth policeman dies after checkpost attack", {"killed": 4, "police_killed": 4}),
    ("The sixth death was reported on Friday.", {"killed": 6}),
    ("A second suspect was arrested on Tuesday.", {"arrested": 2}),
    ("Two people died at the scene and a third died in hospital.", {"killed": 3}),
    ("Two people were stabbed and a third was stabbed in the back.", {"injured": 3}),
    ("Two people were killed. A third person died in hospital.", {"killed": 3}),
    # in a list after the people before it: one more person
    ("The blast injured two and a third person was treated for shock.", {"injured": 3}),
    ("The attack killed two soldiers and a third soldier.", {"killed": 3}),
    # counting on from people of another category: one more person
    ("One soldier was killed and a second soldier was injured in the assault.", {"killed": 1, "injured": 1}),
    ("One soldier was killed. A second soldier was wounded.", {"killed": 1, "injured": 1}),
    # not people
    ("A second explosion killed two people.", {"killed": 2}),
    ("The first officer was killed and the second officer was wounded.", {"killed": 1, "injured": 1}),
    ("Police said a third of the residents were evacuated.", {"evacuated": None}),
]

# --- tolls told at length ------------------------------------------------------------------------
TOLLS = [
    ("One of the four policemen wounded in the attack died on Wednesday, raising the number of "
     "policemen killed to four, the officer said.", {"killed": 4, "police_killed": 4}),
    ("Police arrested the owner as the number of confirmed deaths rose to 15.", {"killed": 15}),
    ("The death toll from a fire that destroyed a residential building in the city's old district "
     "rose to six after firefighters found two bodies.", {"killed": 6}),
    ("The number of people killed in an attack by gunmen on a village in central Plateau State rose "
     "to 14 on Monday.", {"killed": 14}),
]

# --- hostages and captives set free were kidnapped; custody is an arrest ----------------------------
HELD = [
    ("Two hostages held by the group were released on Sunday.", {"kidnapped": 2}),
    ("A kidnapped 8-year-old girl was rescued by police.", {"kidnapped": 1, "children_kidnapped": 1}),
    ("Troops freed 12 captives in the raid.", {"kidnapped": 12}),
    ("Gunmen took 12 people hostage at the bank.", {"kidnapped": 12}),
    ("The assailant held three employees hostage for several hours.", {"kidnapped": 3}),
    ("The meeting was held on Monday.", {"kidnapped": None}),
    ("Twelve abducted schoolgirls were found alive.", {"kidnapped": 12}),
    ("More than 200 people were rescued from the rubble.", {"kidnapped": None, "evacuated": None}),
    ("The suspect was released on bail.", {"kidnapped": None}),
    ("Police released the names of the victims.", {"kidnapped": None}),
    ("Smith was taken into custody.", {"arrested": 1}),
    ("Prosecutors charged three men, two of whom are in custody.", {"arrested": 2}),
    ("Police questioned five people, three of whom were later arrested.", {"arrested": 3}),
    ("The driver, John Smith, was taken into custody.", {"arrested": 1}),
    ("At least nine people were taken away by the rebels.", {"kidnapped": 9}),
    ("Twelve protesters were taken away by police.", {"arrested": 12, "kidnapped": None}),
    ("The bodies were taken away by relatives.", {"kidnapped": None, "arrested": None}),
    ("The agency ordered the evacuation of about 300 people from homes on the slope.", {"evacuated": 300}),
]

# --- a clause between the victims and the verb -----------------------------------------------------
CLAUSES = [
    ("A passenger who tried to put the fire out was also injured.", {"injured": 1}),
    ("The prosecutor said all 16 people who died had been travelling on the bus.", {"killed": 16}),
    ("Two men riding a motorcycle were killed when a bomb exploded.", {"killed": 2}),
    ("Two men on a motorcycle were killed.", {"killed": 2}),
    ("An assailant stabbed a homeless man to death in the park.", {"killed": 1}),
    ("A wounded soldier died in hospital.", {"killed": 1, "injured": None}),
    ("KABUL, May 26 (Wire): A suicide bomber on foot blew himself up outside the gate, killing four policemen.",
     {"killed": 5, "attackers_killed": 1, "police_killed": 4}),
    ("Three soldiers patrolling near the border were wounded.", {"injured": 3, "soldiers_injured": 3}),
    ("A man who was shot by police died later in hospital.", {"killed": 1, "injured": None}),
    ("The perpetrator, who also died in the attack, was identified as Robert Ray.",
     {"killed": 1, "attackers_killed": 1}),
    ("The driver, who escaped with minor injuries, had been arrested.", {"arrested": 1}),
    ("Two Muslim women were attacked and injured by a man wielding a knife.", {"injured": 2}),
    ("The attack left the victim with serious injuries.", {"injured": 1}),
    ("The blast left 27 people dead and 40 injured.", {"killed": 27, "injured": 40}),
    ("An official told Metro News that the agency said people aren't usually held in custody.",
     {"arrested": None}),
    # the clause's own auxiliary right after "who"
    ("Three people who were standing near the gate were injured by the blast.", {"injured": 3}),
    ("The two men who were driving the truck were killed instantly.", {"killed": 2}),
    # a clause holding a casualty word of its own: the subject before it
    ("A man who was abducted last week was found dead.", {"killed": 1, "kidnapped": 1}),
    ("The gunman, who had wounded two officers, was shot dead by police.",
     {"killed": 1, "attackers_killed": 1, "injured": 2, "police_injured": 2}),
    ("A man who shot two people outside a bar was killed by officers.", {"killed": 1, "injured": 2}),
    ("Police said the assailant who killed three people was arrested.", {"killed": 3, "arrested": 1}),
    ("A soldier who was wounded in the attack later died.", {"killed": 1, "injured": None}),
    ("The driver, who was injured in the blast, was arrested.", {"injured": 1, "arrested": 1}),
    ("A woman who had been stabbed by her husband died in hospital.", {"killed": 1, "women_killed": 1}),
    ("A security guard who tried to stop the gunman was wounded.", {"injured": 1, "attackers_injured": None}),
    ("The suspect, who was wounded in the shootout, was taken into custody.", {"injured": 1, "arrested": 1}),
]

# --- a total; the participle first ------------------------------------------------------------------
TOTALS = [
    ("A gunman opened fire at a warehouse, injuring a total of 12 people.", {"injured": 12}),
    ("The bomb injured a total of seven people at the station.", {"injured": 7}),
    # sums over several events: no figure of one incident
    ("Crashes that killed a total of 346 people led to the grounding.", {"killed": None}),
    ("Militants have killed a total of 300 people in the region.", {"killed": None}),
    ("Injured in the blast were four employees and a visitor.", {"injured": 5}),
    ("Killed in the attack were two soldiers and a police officer.", {"killed": 3}),
    ("Injured were three passengers.", {"injured": 3}),
    # "those injured ... included": parts of people told of elsewhere
    ("Those injured in the attack included three children.", {"injured": 3, "children_injured": 3}),
    ("The people killed in the blast included a police officer.", {"killed": 1, "police_killed": 1}),
    ("Four people were injured. Those injured included two officers.", {"injured": 4, "police_injured": 2}),
    ("Those injured were taken to hospital.", {"injured": None}),
]

# --- the people hit, some of whom died ----------------------------------------------------------
SOME_DIED = [
    ("The gunman shot three people, one of whom died later.", {"killed": 1, "injured": 2}),
    ("Three people were shot, one of whom later died.", {"killed": 1, "injured": 2}),
    ("The bomb injured five people, two of whom later died in hospital.", {"killed": 2, "injured": 3}),
    ("Gunmen shot two men, one of whom was killed.", {"killed": 1, "injured": 1}),
    # the wounded or injured named as such, then their dead
    ("Five people were wounded in the attack, two of whom died later.", {"killed": 2, "injured": 3}),
    ("Four workers were injured; one of them died on the way to hospital.", {"killed": 1, "injured": 3}),
    ("Seven injured, three of whom later died, were taken to the city hospital.", {"killed": 3, "injured": 4}),
    # a fronted "of the ..." names the people the clause after it counts parts of
    ("Of the 20 people wounded, five were in critical condition.", {"injured": 20}),
    ("Of the 12 people injured, two later died.", {"killed": 2, "injured": 10}),
    ("Of the 12 people injured, two later died in hospital and three remain in critical condition.",
     {"killed": 2, "injured": 10}),
    ("Of the 12 people injured, two later died and three others were hurt in a second blast.",
     {"killed": 2, "injured": 13}),
    # a part of the same category is nested, not taken away
    ("The blast injured 12 people, two of whom were children.", {"injured": 12}),
    ("Seven civilians were wounded, two of them critically.", {"injured": 7, "civilians_injured": 7}),
    ("Twelve civilians were injured, including four children.",
     {"injured": 12, "civilians_injured": 12, "children_injured": 4}),
    ("The gunman shot 6 women, killing one of them and injuring the other five.", {"killed": 1, "injured": 5}),
    # the part hurt fatally is dead
    ("The suspect shot two officers, one fatally.", {"killed": 1, "injured": 1, "police_killed": 1}),
    ("The gunman shot three people, two fatally.", {"killed": 2, "injured": 1}),
    ("The gunman stabbed four people, two of them fatally.", {"killed": 2, "injured": 2}),
    ("The attack wounded seven, three critically.", {"killed": None, "injured": 7}),
    # a participle right after the set tells of the whole set, not of the part before "of"
    ("One of the three soldiers wounded in Monday's ambush died in hospital on Tuesday, raising the number "
     "of soldiers killed to five, an army spokesman said.", {"killed": 5, "injured": 3}),
    # people named by the participle of their wounds, then dead: dead, not injured
    ("A man injured in the gas explosion died in hospital on Tuesday, police said.", {"killed": 1, "injured": None}),
    ("Two people injured in the blast have died, bringing the toll to seven.", {"killed": 7, "injured": None}),
    ("Three people injured in the crash were taken to hospital, where one died.", {"killed": 1, "injured": 3}),
    ("A firefighter injured while battling the blaze said he nearly died.", {"killed": None}),
    # a near miss right before the casualty word did not happen; before the number it qualifies it
    ("The driver was almost killed when a truck swerved into his lane on Monday.", {"killed": None}),
    ("Two climbers nearly died of cold before rescuers reached them on Sunday.", {"killed": None}),
    ("Nearly 200 people died in the floods, officials said on Tuesday.", {"killed": 200}),
    ("The blast killed almost 30 people and wounded nearly 100 at the market on Friday.", {"killed": 30, "injured": 100}),
]

# --- other readings -------------------------------------------------------------------------------
OTHER = [
    ("On 28 April 2020, the district head of intelligence was killed in an operation.", {"killed": 1}),
    ("The assailant's body was found in a nearby field.", {"killed": 1, "attackers_killed": 1}),
    ("He claimed a woman's body can fend off an illness.", {"killed": None}),
    ("An abortion provider, Dr. George Tiller, was shot and killed at his church.", {"killed": 1}),
    ("The couple were injured in the blast.", {"injured": 2}),
    ("The shooting claimed one life and left four wounded.", {"killed": 1, "injured": 4}),
    ("The attack claimed the life of a security guard.", {"killed": 1}),
    ("He was sentenced to life in prison for the murders.", {"killed": None}),
    ("The quick response saved one life.", {"killed": None}),
    ("The officer risked his life to save a child.", {"killed": None}),
    ("A family of five was killed when the house collapsed.", {"killed": 5}),
    ("Police seized 500 head of cattle.", {"kidnapped": None, "arrested": None}),
    ("Twelve people were killed or injured in the blast.", {"killed": None, "injured": None}),
    ("3 militants were killed, injured or captured during the operation.", {"killed": None}),
    ("The strike hit a bus, killing three and injuring 17, the head of the regional administration, said.",
     {"killed": 3, "injured": 17}),
]

# --- casualties: the dead and the injured together; the stated dead are taken out -----------------
CASUALTIES = [
    ("The explosion caused four casualties.", {"injured": 4, "killed": None}),
    ("The blast killed two people and caused 10 casualties.", {"killed": 2, "injured": 8}),
    ("The blast killed two people and caused 10 other casualties.", {"killed": 2, "injured": 10}),
    ("Two people died in the fire. The blast caused 12 casualties.", {"killed": 2, "injured": 10}),
    ("The attack caused two casualties. Both victims died.", {"killed": 2, "injured": None}),
    ("The attack resulted in 5 civilian casualties.", {"injured": 5, "civilians_injured": 5}),
    ("The bomb caused 12 casualties, including three children.", {"injured": 12, "children_injured": 3}),
    ("The army suffered heavy casualties.", {"injured": None, "killed": None}),
    ("There were no casualties.", {"injured": 0, "killed": 0}),
]

# --- more victims told in a later sentence add to the figure before ---------------------------------
ADDED = [
    ("Three people were injured in the first blast. Two others were hurt in the second.", {"injured": 5}),
    ("A woman was injured. Two men were also hurt.", {"injured": 3}),
    ("Two firefighters were injured. A resident was also injured.", {"injured": 3, "aid_workers_injured": 2}),
    ("The blast injured five soldiers. Another three soldiers were wounded later that day.",
     {"injured": 8, "soldiers_injured": 8}),
    ("Two firefighters were injured battling the blaze, and a resident was treated for smoke inhalation.",
     {"injured": 3}),
    # restated, or parts of the figure before: nothing added
    ("Five soldiers were injured. Three soldiers were injured.", {"injured": 5}),
    ("Two people were killed and three others were injured. The three others were taken to hospital.",
     {"killed": 2, "injured": 3}),
    ("Three people were injured. The other two were treated at the scene.", {"injured": 3}),
    ("A third patient has died. Two other patients were found dead in their rooms.", {"killed": 3}),
    ("Three patients died in the fire. The woman, who was in her 80s, died in hospital. Two other patients "
     "were found dead in their rooms.", {"killed": 3, "civilians_killed": 3}),
    ("Four people were hurt. Two of them were officers; two others were civilians.", {"injured": 4}),
    # "others" after the dead of its own sentence: others than the dead
    ("Two hundred people were wounded. Officials said seven civilians were killed and at least 35 others "
     "were wounded.", {"killed": 7, "injured": 200}),
]

CASES = ADDED + CASUALTIES + OTHER + ATTACKERS + LISTS + HARM + CARE + ORDINALS + TOLLS + HELD + CLAUSES + TOTALS + SOME_DIED


def _summary(text: str) -> dict[str, int | None]:
    doc = Document(id="t", text=text, published=PUB)
    figures = summarize(doc, extract_claims(doc)).figures
    return {k: v.best for k, v in figures.items()}


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_summary(text: str, expected: dict[str, int | None]) -> None:
    got = _summary(text)
    for key, best in expected.items():
        if best is None:
            assert key not in got or not got[key], (key, got)
        else:
            assert got.get(key) == best, (key, got)
