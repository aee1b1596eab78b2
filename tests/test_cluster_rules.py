"""Rules that keep separate incidents apart: other towns or districts, other stated dates,
asides about other incidents and datelines that are not the report's own place."""
from __future__ import annotations

from datetime import date

import pytest

from newstally.cluster import cluster_documents, report_day
from newstally.model import Document


def _together(*docs: Document) -> bool:
    return len(cluster_documents(list(docs))) == 1


def _note(i: str, day: str, text: str) -> Document:
    return Document(id=i, text=text, published=day, site="Field Notes")


def test_same_day_attacks_in_other_districts_stay_apart():
    a = _note("n1", "2031-04-02", "On 2 April 2031, militants attacked a police checkpoint in Varesh "
              "district, Holm province. 3 police officers were killed and 2 wounded.")
    b = _note("n2", "2031-04-02", "On 2 April 2031, militants attacked a police checkpoint in Tarnow "
              "district, Holm province. 2 police officers were killed and 1 wounded.")
    assert not _together(a, b)


def test_the_same_words_on_another_stated_date_are_another_incident():
    a = _note("n1", "2031-04-02", "On 2 April 2031, rebel forces fired mortars and heavy machine guns "
              "at army positions near Kelva village. No casualties were reported.")
    b = _note("n2", "2031-04-03", "On 3 April 2031, rebel forces fired mortars and heavy machine guns "
              "at army positions near Kelva village. No casualties were reported.")
    assert not _together(a, b)


def test_a_separately_paragraph_does_not_link_two_incidents():
    wire = Document(
        id="w1", site="Lakeview Wire", published="2031-04-02",
        title="Gunmen kill eight in raid on Ostrava village",
        text="ARDEN, April 2 (Lakeview) - Gunmen killed eight people in a raid on Ostrava village in "
             "the Pelling district on Tuesday, a local official said.\n\nResidents said the attackers "
             "burned a grain store.\n\nSeparately, police said five people were killed when gunmen "
             "raided Merrow village in the Dask district on the same day.")
    other = Document(
        id="m1", site="Dask Daily", published="2031-04-02",
        title="Five killed as gunmen raid Merrow village",
        text="Gunmen killed five people in a raid on Merrow village in the Dask district on Tuesday, "
             "police said. Two others were wounded.")
    assert not _together(wire, other)


def test_an_agency_dateline_is_not_the_place_of_the_incident():
    a = Document(id="d1", site="Lakeview Wire", published="2031-04-02",
                 title="Bus falls into gorge in Kestrel district, killing 12",
                 text="ARDEN, April 2 (Lakeview) - Twelve people were killed when a bus fell into a "
                      "gorge in Kestrel district on Tuesday, police said.")
    b = Document(id="d2", site="Hill Times", published="2031-04-02",
                 title="Twelve dead as bus plunges into gorge in Kestrel",
                 text="A bus carrying wedding guests plunged into a gorge in Kestrel district on "
                      "Tuesday, killing 12 people, the district police chief said.")
    assert _together(a, b)


def _headline(i: str, day: str, title: str, outlet: str = "Valley Courier") -> Document:
    """A bibliographic citation: the headline is all there is of the report."""
    return Document(id=i, title=title, text=f'"{title}," {outlet}, {day}.', published=day, site=outlet)


def test_a_trial_months_later_joins_by_a_name_of_ordinary_words():
    a = _headline("h1", "2031-03-02", "Guard wounded as gunman opens fire at Civic Freedom League office")
    b = _headline("h2", "2031-09-20", "Man Pleads Guilty In Civic Freedom League Shooting", "Metro Ledger")
    assert _together(a, b)


def test_a_shared_name_without_a_court_case_months_later_stays_apart():
    a = _headline("h1", "2031-03-02", "Guard wounded as gunman opens fire at Civic Freedom League office")
    b = _headline("h2", "2031-09-20", "Civic Freedom League office reopens with new director", "Metro Ledger")
    assert not _together(a, b)


def test_a_sentence_sharing_only_ordinary_words_stays_apart():
    a = _headline("h1", "2031-03-02", "Guard wounded as gunman opens fire at civic office")
    b = _headline("h2", "2031-09-20", "Man sentenced for shooting at office of civic group", "Metro Ledger")
    assert not _together(a, b)


def test_headlines_days_apart_sharing_a_few_words_are_one_incident():
    a = _headline("h1", "2031-03-02", "Pipe bomb found outside Harrowgate county clerk office")
    b = _headline("h2", "2031-03-06", "FBI joins search for Harrowgate pipe bomb maker", "Metro Ledger")
    assert _together(a, b)



def test_two_headlines_of_one_arson_in_other_words_on_the_same_day_are_one_incident():
    a = _headline("k1", "2031-05-10", "Vandals torch logging trucks outside Brennan mill")
    b = _headline("k2", "2031-05-11", "Arson suspected as fire guts equipment yard", "Metro Ledger")
    assert _together(a, b)


def test_headlines_of_other_kinds_of_attack_on_the_same_day_stay_apart():
    a = _headline("k1", "2031-05-10", "Vandals torch logging trucks outside Brennan mill")
    b = _headline("k2", "2031-05-10", "Gunman wounds two at suburban mall", "Metro Ledger")
    assert not _together(a, b)


def test_headlines_of_one_kind_of_attack_a_week_apart_stay_apart():
    a = _headline("k1", "2031-05-10", "Vandals torch logging trucks outside Brennan mill")
    b = _headline("k2", "2031-05-17", "Arson suspected as fire guts equipment yard", "Metro Ledger")
    assert not _together(a, b)


def test_a_weekly_citation_dated_by_a_range_of_days_stays_with_its_own_days():
    weekly = Document(id="w1", title="Activism or sabotage",
                      text='"Activism or sabotage," Harbor Weekly, August 12-18, 2032.')
    older = _headline("w2", "2031-02-03", "Sabotage suspected at Harbor rail yard")
    later = _headline("w3", "2035-06-01", "Activism and sabotage: a look back", "Metro Ledger")
    assert not _together(weekly, older)
    assert not _together(weekly, later)
    assert report_day(weekly)[1] == date(2032, 8, 12).toordinal()


def test_a_long_headline_is_still_a_headline():
    a = _headline("l1", "2031-03-04", "Gunman wounds two guards in shootout at ministry entrance; suspect "
                  "critically hurt after exchange of fire with officers during morning rush hour near "
                  "busy subway station")
    b = _headline("l2", "2031-03-05", "Ministry shooter had long grievance over pension, neighbors say",
                  "Metro Ledger")
    assert _together(a, b)


def test_a_town_in_the_state_the_other_headline_names_is_evidence():
    a = _headline("s1", "2031-08-20", "Police investigate knife attack at Ohio shopping center as terrorism")
    b = _headline("s2", "2031-08-21", "Columbus attacker had posted threats online", "Metro Ledger")
    assert _together(a, b)


def test_an_edition_label_naming_another_country_is_not_the_place_of_the_incident():
    a = _headline("e1", "2031-02-10", "Malaysia: Hate crime charges over live-streamed Denver assault",
                  "Asia Wire")
    b = _headline("e2", "2031-02-11", "Four suspects charged in videotaped beating of teenager in Denver",
                  "Metro Ledger")
    assert _together(a, b)


def test_the_one_who_does_it_shares_the_stem_of_the_deed():
    from newstally.cluster.features import stem

    assert stem("shooter") == stem("shootings") == "shoot"
    assert stem("attackers") == stem("attacked") == "attack"
    assert stem("stabber") == stem("stabbing") == "stab"
    assert stem("knifed") == stem("knife")
    assert stem("charged") == stem("charges") == stem("charge")
    assert stem("fired") == stem("firing") == stem("fire")
    assert stem("gunmen") == stem("gunman")
    # ordinary words that only look like them keep their own stems
    assert stem("officer") == "officer" and stem("letter") == "letter" and stem("speed") == "speed"


def test_headlines_of_one_kind_of_attack_days_apart_sharing_a_word_are_one_incident():
    a = _headline("k1", "2031-05-10", "Activists say they set fire at county seed laboratory")
    b = _headline("k2", "2031-05-16", "Radical group admits to arson at seed laboratory, warns of more "
                  "attacks on research sites", "Metro Ledger")
    assert _together(a, b)


def test_stability_is_no_stabbing():
    from newstally.cluster.features import features
    from newstally.cluster.settings import ClusterSettings

    b = _headline("k2", "2031-05-14", "Man who found stability in job training shoots neighbor")
    assert features(b, (), ClusterSettings()).kinds == ("shooting",)


def test_a_headline_naming_a_town_joins_one_naming_its_state_on_the_same_day():
    state = _headline("o1", "2031-06-03", "Ohio governor condemns hatred after rally violence")
    town = _headline("o2", "2031-06-03", "Suspect in Columbus car attack had troubling past", "Metro Ledger")
    assert _together(state, town)
    assert _together(town, state)
    later = _headline("o3", "2031-06-13", "Suspect in Columbus car attack had troubling past", "Metro Ledger")
    assert not _together(state, later)
    elsewhere = _headline("o4", "2031-06-03", "Suspect in Denver car attack had troubling past", "Metro Ledger")
    assert not _together(state, elsewhere)


def test_two_headlines_naming_one_state_days_apart_are_one_incident():
    a = _headline("t1", "2031-06-03", "Extremist group claims responsibility for armed raid on cartoon "
                  "contest at convention hall in Nevada")
    b = _headline("t2", "2031-06-08", "Nevada assailants were inspired, not directed, by overseas cells, "
                  "officials say", "Metro Ledger")
    assert _together(a, b)


def test_a_sentence_placing_the_incident_after_another_does_not_link_them():
    town = Document(
        id="b1", site="Frontier Post", published="2031-05-26",
        title="Dorn attack: six dead including bomber, 12 hurt",
        text="Six people, including the suicide bomber, were killed and 12 injured in the attack on "
             "the city police station in Dorn on Tuesday, police officials said.\n\nFour policemen "
             "were killed at the gate of the station, a hospital spokesman said.")
    other = Document(
        id="b2", site="Hill Herald", published="2031-05-27",
        title="Fourth policeman dies after Kelmar checkpost attack",
        text="One of the policemen wounded in Tuesday night's militant attack on a checkpost in "
             "Kelmar died in hospital on Wednesday, raising the number of policemen killed to four, "
             "the district police officer said.\n\nTwo militants were also killed in the gunfight, he "
             "said. The attack came hours after a suicide bombing at a police station in neighbouring "
             "Dorn district.")
    assert not _together(town, other)


def test_one_place_name_read_in_two_countries_is_no_evidence_of_other_countries():
    from dataclasses import replace

    from newstally.cluster.features import features
    from newstally.cluster.score import score
    from newstally.cluster.settings import ClusterSettings

    s = ClusterSettings()
    a = features(_headline("c1", "2031-04-02", "Prosecutor charges club owner over nightclub fire"), (), s)
    b = features(_headline("c2", "2031-04-03", "Club owner charged over deadly nightclub fire", "Metro Ledger"),
                 (), s)
    a = replace(a, countries=("AR",), places=("n:cordoba",))
    same_name = replace(b, countries=("CO",), regions=("admin1:CO:Córdoba::Córdoba",))
    other_name = replace(b, countries=("CO",), regions=("admin1:CO:Antioquia::Antioquia",))
    assert score(a, same_name, s) - score(a, other_name, s) == pytest.approx(s.other_country)


def test_a_follow_up_placing_its_news_after_its_own_incident_keeps_that_sentence():
    from newstally.cluster.features import own_paragraphs

    text = ("Police arrested a man on Friday, officials said. The arrest came two days after the "
            "shooting at Harbor mall, which killed four people.")
    assert "Harbor mall" in own_paragraphs(text)[0]
    aside = "Police arrested a man on Friday. The attack came hours after a bombing in Dorn."
    assert "Dorn" not in own_paragraphs(aside)[0]


def test_headlines_of_one_arson_investigation_ten_days_apart_are_one_incident():
    a = _headline("r1", "2031-05-10", "Fire guts lakeside chalet under construction")
    b = _headline("r2", "2031-05-20", "Reward offered as investigators say chalet blaze was arson",
                  "Metro Ledger")
    assert _together(a, b)


def test_headlines_sharing_a_word_and_a_kind_of_attack_weeks_apart_stay_apart():
    a = _headline("r1", "2031-05-10", "Fire guts lakeside chalet under construction")
    b = _headline("r3", "2031-06-05", "Reward offered as investigators say chalet blaze was arson",
                  "Metro Ledger")
    assert not _together(a, b)


def test_headlines_sharing_a_word_ten_days_apart_but_of_other_kinds_stay_apart():
    a = _headline("r1", "2031-05-10", "Fire guts lakeside chalet under construction")
    b = _headline("r4", "2031-05-20", "Gunman shoots caretaker at lakeside chalet", "Metro Ledger")
    assert not _together(a, b)


def test_headlines_naming_the_victim_as_officer_and_cop_days_apart_are_one_incident():
    a = _headline("p1", "2031-07-04", "Officer ambushed and killed in her patrol car")
    b = _headline("p2", "2031-07-06", "Cop's killer had been released from psychiatric ward days before",
                  "Metro Ledger")
    assert _together(a, b)


def test_police_speaking_of_an_incident_are_not_its_victims():
    from newstally.cluster.features import features
    from newstally.cluster.settings import ClusterSettings

    s = ClusterSettings()
    said = _headline("p3", "2031-07-05", "Teens beat bus driver over his turban, police say")
    assert features(said, (), s).targets == ()
    shot = _headline("p4", "2031-07-05", "Two deputies wounded in shootout at traffic stop")
    assert features(shot, (), s).targets == ("police",)


def test_headlines_naming_one_target_but_other_kinds_of_attack_stay_apart():
    shooting = _headline("c1", "2031-06-18", "Gunman kills nine at downtown church")
    fire = _headline("c2", "2031-06-21", "Church damaged by overnight fire, pastor forgives arsonist",
                     "Metro Ledger")
    assert not _together(shooting, fire)


def test_two_headlines_of_one_hearing_on_consecutive_days_are_one_incident():
    a = _headline("j1", "2031-02-06", "Man guilty in Harbor Institute shooting")
    b = _headline("j2", "2031-02-07", "Plea is a first under city terror law; man admits planning mass killing",
                  "Metro Ledger")
    assert _together(a, b)


def test_court_headlines_a_week_apart_or_of_other_kinds_of_attack_stay_apart():
    a = _headline("j1", "2031-02-06", "Man guilty in Harbor Institute shooting")
    later = _headline("j3", "2031-02-13", "Plea is a first under city terror law; man admits planning mass killing",
                      "Metro Ledger")
    bomb = _headline("j4", "2031-02-07", "Woman pleads guilty to planting bomb at depot", "Metro Ledger")
    assert not _together(a, later)
    assert not _together(a, bomb)


def test_headlines_of_other_kinds_of_attack_sharing_an_ordinary_word_stay_apart():
    shot = _headline("g1", "2031-02-06", "Man guilty in Harbor Institute shooting")
    bomb = _headline("g2", "2031-02-07", "Woman pleads guilty to planting bomb at depot", "Metro Ledger")
    assert not _together(shot, bomb)


@pytest.mark.parametrize("text, title", [
    ('Jo Doe, Harassing Calls Probed in Fire at Lake Home; Activist Group Possibly Involved," '
     'Valley Courier (Ohio), October 28, 2031.',
     "Harassing Calls Probed in Fire at Lake Home; Activist Group Possibly Involved"),
    ('Jo Doe and Al Roe, "Fire guts lakeside chalet," Valley Courier, May 2, 2031.', "Fire guts lakeside chalet"),
    ('"Fire guts lakeside chalet," Valley Courier, May 2, 2031.', "Fire guts lakeside chalet"),
    ("Police said two people were killed on Tuesday in Harbor, officials said.", None),
    ('He said: "We will rebuild the town," the mayor told reporters in 2031.', None),
    ('Residents fled, "the fire is everywhere," a witness told the Valley Courier on May 2, 2031.', None),
])
def test_the_title_of_a_citation_without_one(text, title):
    from newstally.cluster.features import cited_title

    assert cited_title(text) == title


def test_a_citation_without_a_title_joins_the_headlines_of_its_incident():
    bare = Document(id="t0", text='Jo Doe, Harassing Calls Probed in Fire at Lake Home; Activist Group '
                                  'Possibly Involved," Valley Courier, October 28, 2031.', published="2031-10-28")
    a = _headline("t1", "2031-10-26", "Fire destroys lakeshore home under construction", "Metro Ledger")
    assert _together(bare, a)


def test_court_headlines_sharing_no_word_are_two_hearings():
    a = _headline("j5", "2031-02-06", "Man guilty in Harbor Institute shooting")
    b = _headline("j6", "2031-02-07", "Woman sentenced to ten years for threatening letters", "Metro Ledger")
    assert not _together(a, b)


def test_police_court_headlines_sharing_no_word_are_two_hearings():
    a = _headline("j7", "2031-02-06", "Man guilty in ambush of two deputies")
    b = _headline("j8", "2031-02-07", "Woman sentenced to ten years for threatening officers", "Metro Ledger")
    assert not _together(a, b)


def _wire(i: str, day: str, title: str, text: str, site: str) -> Document:
    return Document(id=i, title=title, text=text, published=day, site=site)


_BAGHDAD_BOMB = _wire("a", "2032-06-07", "Car bomb kills nine near Baghdad bus station",
                      "A car bomb exploded near the Alawi bus station in central Baghdad on Monday, killing "
                      "nine people and wounding 23, police and medical sources said.", "Tigris Wire")
_HAMAR_JAJAB_SHELL = _note("n1", "2032-06-07", "On 7 June 2032, a mortar shell fired by unidentified militants "
                           "landed on a house in Hamar Jajab district (Mogadishu, Banadir), killing 2 children.")

#: (first report, second report, one incident?), self-written: one name or town spelled two ways,
#: a group's acronym and its name in full, villages of one district; then reports of one city's
#: day or week and notes of one day in one town (their answers written before the rules first
#: saw them)
PAIRS = [
    pytest.param(
        _wire("a", "2033-05-03", "Gunmen kill six at wedding in Zabul",
              "Gunmen killed six wedding guests in Qalat, the capital of Zabul province, on Tuesday, police "
              "spokesman Mohammed Rahim Stanikzai said.", "Kabul Monitor"),
        _wire("b", "2033-05-04", "Qalat wedding attack toll rises",
              "The toll from Tuesday's attack on a wedding in Qalat rose to eight, spokesman Muhammad Rahim "
              "Stanekzai said on Wednesday.", "Southern Star"),
        True, id="a spokesman's name spelled two ways"),
    pytest.param(
        _wire("a", "2033-07-10", "Bomb kills four at bus stop in Fallujah",
              "A roadside bomb killed four people at a bus stop in Fallujah, in Anbar province, on Sunday, "
              "police said.", "Tigris Wire"),
        _wire("b", "2033-07-10", "Four dead in Falluja bus stop blast",
              "Four people died when a bomb hidden in rubbish exploded at a crowded bus stop in Falluja on "
              "Sunday morning, a local official said.", "Mesopotamia Herald"),
        True, id="one town spelled two ways is not two towns"),
    pytest.param(
        _wire("a", "2033-09-02", "Raid on army post in Gao region",
              "Fighters of the Islamic State Sahel Province killed nine soldiers in a raid on an army post "
              "near Ansongo, in the Gao region, on Friday, the army said.", "Sahel Report"),
        _wire("b", "2033-09-03", "ISSP claims deadly Ansongo raid",
              "ISSP claimed on Saturday the raid on the army post near Ansongo in which nine soldiers were "
              "killed, in a statement on its channels.", "Bamako Herald"),
        True, id="a group's acronym and its name in full"),
    pytest.param(
        _wire("a", "2033-04-12", "Shelling hits positions near Tartar",
              "On 12 April 2033, armed forces located at Borsunlu fired with mortars on positions near "
              "Hasanqaya, Tartar.", "Border Monitor"),
        _wire("b", "2033-04-12", "Shelling hits positions near Tartar",
              "On 12 April 2033, armed forces located at Qaradagli fired with mortars on positions near "
              "Seysulan, Tartar.", "Border Monitor"),
        False, id="a template naming other villages of one district"),
    pytest.param(
        _wire("a", "2033-06-01", "Militants raid village in Cabo Delgado",
              "On 1 June 2033, militants attacked Namaluco (Quissanga, Cabo Delgado) and burned 30 houses.",
              "Coast Monitor"),
        _wire("b", "2033-06-01", "Militants raid village in Cabo Delgado",
              "On 1 June 2033, militants attacked Litamanda (Macomia, Cabo Delgado) and burned 12 houses.",
              "Coast Monitor"),
        False, id="villages named with their district in brackets"),
    pytest.param(
        _wire("a", "2033-03-02", "Hostel fire kills three in Leeds",
              "Three people died in a fire at a hostel in Leeds on Wednesday night, West Yorkshire Fire and "
              "Rescue Service said. Hostel manager Grahame Pickersgill said the alarm sounded at 11pm.",
              "Pennine Courier"),
        _wire("b", "2033-05-20", "Hostel manager Graham Pickersgill charged over fatal Leeds fire",
              "The manager of a Leeds hostel where three people died in a fire in March has been charged with "
              "gross negligence manslaughter, police said. Graham Pickersgill, 51, will appear in court in June.",
              "Yorkshire Argus"),
        True, id="a charge months later naming the manager in another spelling"),
    pytest.param(
        _wire("a", "2033-08-14", "Nail salon owner pleads guilty in Lakewood fire",
              "The owner of a nail salon pleaded guilty on Monday to setting the fire that destroyed his shop "
              "and two neighbouring stores in Lakewood, Colorado, in May.", "Front Range Post"),
        _wire("b", "2033-09-20", "Fire damages two stores in Lakewood",
              "A fire damaged two stores in a strip mall in Lakewood, Colorado, on Tuesday night, fire officials "
              "said. No arrests have been made and the cause is under investigation.", "Front Range Post"),
        False, id="a fire in the same town weeks after a plea shares only the town"),
    pytest.param(
        _wire("a", "2033-10-05", "Shelling kills two in Kharkiv's Kyivskyi district",
              "Russian shelling killed two people in the Kyivskyi district of Kharkiv on Thursday, the "
              "regional governor said.", "Continental Wire"),
        _wire("b", "2033-10-05", "Two dead as shells hit Kharkov",
              "Two people were killed when shells hit a residential area of Kharkov on Thursday, officials "
              "said.", "Evening Wire"),
        True, id="a city's district and the city in another spelling"),
    pytest.param(
        _BAGHDAD_BOMB,
        _wire("b", "2032-06-07", "Gunmen kill money changer in Baghdad's Karrada",
              "Gunmen with silenced pistols shot dead a money changer in his shop in Baghdad's Karrada "
              "district on Monday morning and fled with cash, police said.", "Mesopotamia Herald"),
        False, id="a bomb and a shooting in one city on one day"),
    pytest.param(
        _BAGHDAD_BOMB,
        _wire("b", "2032-06-08", "Baghdad bus station blast toll rises to 12",
              "Three more people wounded in Monday's car bombing near the Alawi bus station in Baghdad "
              "died in hospital, raising the toll to 12, a health ministry official said on Tuesday.",
              "Mesopotamia Herald"),
        True, id="one bombing told on two days"),
    pytest.param(
        _wire("a", "2032-06-07", "Twelve killed in attack on Zamfara village",
              "Gunmen on motorcycles killed 12 villagers in an attack on Kwashabawa in Zamfara State on "
              "Monday, police said.", "Kano Courier"),
        _wire("b", "2032-06-07", "Bandits strike Zamfara village, residents say 15 dead",
              "Residents of Kwashabawa in Zamfara said 15 people were killed when armed bandits attacked "
              "the village on Monday, contradicting the police count.", "Sahel Daily"),
        True, id="one attack told with other tolls and other words"),
    pytest.param(
        _wire("a", "2032-06-07", "Boko Haram abducts 20 farmers near Damboa",
              "Boko Haram fighters abducted 20 farmers working their fields outside Damboa in Borno State "
              "on Monday, a local official said, hours after a roadside bomb hit a military truck in "
              "nearby Konduga.", "Kano Courier"),
        _wire("b", "2032-06-07", "Roadside bomb hits army truck in Konduga",
              "A roadside bomb struck a military truck near Konduga in Borno State on Monday, killing "
              "three soldiers, security sources said.", "Sahel Daily"),
        False, id="a closing clause naming the other incident's town"),
    pytest.param(
        _note("n1", "2032-06-07", "On 7 June 2032, unidentified gunmen shot dead a trader at the Sabon Gari "
              "market in Kano city (Kano Municipal, Kano)."),
        _note("n2", "2032-06-07", "On 7 June 2032, police fired tear gas to disperse a crowd burning tyres "
              "over fuel prices in Kano city (Kano Municipal, Kano). 4 protesters were injured."),
        False, id="notes of one city's day: a killing and a riot"),
    pytest.param(
        _HAMAR_JAJAB_SHELL,
        _note("n2", "2032-06-07", "On 7 June 2032, a roadside bomb targeted a police vehicle in Hamar Jajab "
              "district (Mogadishu, Banadir). 1 police officer was wounded."),
        False, id="notes of one district's day: shelling and a roadside bomb"),
    pytest.param(
        _HAMAR_JAJAB_SHELL,
        _note("n2", "2032-06-08", "On 8 June 2032, a third child died of wounds from the 7 June mortar "
              "shell that hit a house in Hamar Jajab district (Mogadishu, Banadir)."),
        True, id="a note and its update the next day"),
    pytest.param(
        _wire("a", "2032-06-07", "Missile strike on Dnipro leaves four dead",
              "A Russian missile strike hit an apartment block in Dnipro on Monday night, killing four "
              "people and injuring 19, the regional governor said.", "Continental Wire"),
        _wire("b", "2032-06-08", "Explosions rock Dnipro; four killed in apartment block",
              "Powerful explosions shook Dnipro late on Monday, destroying part of an apartment block and "
              "killing four residents, emergency services said on Tuesday.", "Evening Wire"),
        True, id="a missile strike told as explosions"),
]


@pytest.mark.parametrize("first, second, together", PAIRS)
def test_two_reports(first, second, together):
    assert _together(first, second) is together


def test_notes_dated_weeks_apart_are_two_events_even_when_one_tells_of_arrests():
    attack = _note("n1", "2032-03-02", "On 2 March 2032, militants attacked a police post in Gedo village "
                   "(Dolo, Gedo) and killed 3 police officers.")
    arrests = _note("n2", "2032-03-20", "On 20 March 2032, police arrested 4 men accused of the attack on "
                    "the police post in Gedo village (Dolo, Gedo).")
    assert not _together(attack, arrests)
