"""The day and hour a report gives its incident, and the towns named by common words: what keeps
one town's incidents of one week apart (self-written sentences)."""
from __future__ import annotations

from datetime import date

import pytest

from newstally.cluster import cluster_documents
from newstally.cluster.features import ClusterSettings, common_towns, day_part, features, cluster_words, report_days
from newstally.model import Document

WED = "2031-01-15T18:00:00Z"  # 2031-01-15 is a Wednesday


def _doc(text: str, published: str = WED, title: str = "", i: str = "d") -> Document:
    return Document(id=i, site=f"{i}.example", published=published, title=title, text=text)


# (text, day of the month read, whether it is stated as the incident's day)
@pytest.mark.parametrize("text, day, stated", [
    ("A bomb exploded at a bus depot on Monday, killing six people.", 13, True),
    ("Six people were killed by a bomb at a bus depot, officials said on Wednesday.", 15, False),
    ("Six people were killed by a bomb at a bus depot, police told reporters on Tuesday.", 14, False),
    ("Rebels on Tuesday claimed the bombing of a bus depot that killed six people.", 14, False),
    ("Police on Wednesday named the six people killed in the bus depot bombing.", 15, False),
    ("The minister visited the depot on Wednesday, two days after a bomb killed six people.", 15, False),
    ("Troops ended a 20-hour siege of a hotel on Tuesday after killing the last gunman.", 14, False),
    ("The death toll rose to nine on Wednesday as two of the wounded died.", 15, False),
    ("A bomb at a bus depot on Monday killed six people, police said on Wednesday.", 13, True),
    ("On 14 January 2031, families continued their sit-in outside the governor's office.", 14, True),
    ("A guard wounded in the raid on the depot died in hospital on Wednesday.", 15, False),
    ("A guard wounded in Monday night's raid on the depot died in hospital on Wednesday.", 13, True),
    ("A guard who tackled the bomber at the depot gate on Tuesday died of his wounds on Wednesday.", 14, True),
])
def test_the_day_of_the_incident_is_not_the_day_someone_spoke(text, day, stated):
    got, _pub, how = report_days(_doc(text), None)
    assert (got, how is not None) == (date(2031, 1, day).toordinal(), stated)


@pytest.mark.parametrize("text, part", [
    ("Gunmen shot dead a shopkeeper on Tuesday morning in the old market.", "morning"),
    ("Gunmen shot dead a shopkeeper late on Tuesday in the old market.", "night"),
    ("An overnight raid on a police post left three officers dead.", "night"),
    ("A grenade was thrown into a cafe in the early hours of Sunday.", "small_hours"),
    ("The bomb went off at 3.15pm near the bus station.", "afternoon"),
    ("Protesters blocked the road on Friday evening, police said on Saturday morning.", "evening"),
    ("A man was stabbed outside a bar, police said on Saturday night.", ""),
    ("A man was stabbed outside a bar on Saturday.", ""),
])
def test_the_part_of_the_day_a_first_paragraph_gives(text, part):
    assert day_part(text, cluster_words("en")) == part


@pytest.mark.parametrize("text, towns", [
    ("A woman died in a house fire in Bath on Monday.", {"n:bath"}),
    ("The owner of a Hull scrapyard was charged.", {"n:hull"}),
    ("Mobile police said the gunman fled.", {"n:mobile"}),
    ("A teenager was stabbed outside a club in Reading.", {"n:reading"}),
    ("He was reading a statement in the afternoon.", set()),
    ("Rise In Reading Scores Seen Across The County", set()),  # a title-case line says nothing
    ("The team went in Search of a win.", set()),
])
def test_towns_named_by_a_common_word(text, towns):
    assert common_towns(text) == towns


# Two reports of one town, each read as a whole: (first, second, one incident?)
_TUE, _THU = "2031-01-14T12:00:00Z", "2031-01-16T12:00:00Z"
PAIRS = [
    # written before the other's incident happened: two bombings two days apart
    ((_TUE, "Bomb kills nine at Karsi cattle market",
      "A bomb hidden in a cart exploded at the cattle market in Karsi on Tuesday, killing nine people, police said."),
     (_THU, "Suicide bomber kills four at Karsi police post",
      "A suicide bomber blew himself up at a police post in Karsi on Thursday, killing four officers, police said."),
     False),
    # "this week's bombing", written on the day of another
    ((_THU, "Karsi market bombing toll rises to 12",
      "The toll from this week's bombing at the Karsi cattle market has risen to 12, officials said Thursday."),
     (_THU, "Suicide bomber kills four at Karsi police post",
      "A suicide bomber blew himself up at a police post in Karsi on Thursday, killing four officers, police said."),
     False),
    # the toll of the first, dated only on the day officials spoke, joins it
    ((_TUE, "Bomb kills nine at Karsi cattle market",
      "A bomb hidden in a cart exploded at the cattle market in Karsi on Tuesday, killing nine people, police said."),
     (_THU, "Karsi cattle market bombing toll rises to 12",
      "Twelve people have now died after a bomb hidden in a cart exploded at the Karsi cattle market, officials said on Thursday."),
     True),
    # one day, one town, one deed, other hours
    ((_TUE, "Trader shot dead in Karsi",
      "Gunmen on a motorbike shot dead a grain trader outside his shop in Karsi on Tuesday morning, police said."),
     (_TUE, "Teacher shot dead in Karsi",
      "Gunmen on a motorbike shot dead a teacher near his home in Karsi late on Tuesday, police said."),
     False),
    # one day, one incident, hours next to each other
    ((_TUE, "Trader shot dead in Karsi",
      "Gunmen on a motorbike shot dead a grain trader outside his shop in Karsi on Tuesday morning, police said."),
     (_TUE, "Karsi grain trader killed by gunmen",
      "A grain trader was shot dead by two gunmen on a motorbike outside his shop in Karsi around noon on Tuesday."),
     True),
]


@pytest.mark.parametrize("first, second, one", PAIRS)
def test_two_reports_of_one_town(first, second, one):
    docs = [Document(id=f"r{n}", site=f"s{n}.example", published=p, title=t, text=x)
            for n, (p, t, x) in enumerate((first, second))]
    assert (len(cluster_documents(docs)) == 1) == one


def test_the_hour_and_the_bound_survive_the_stored_state():
    from newstally.cluster.features import Features

    f = features(_doc("Two more people wounded in this week's overnight raid on the depot died, officials said."),
                 [], ClusterSettings())
    g = Features.from_state(f.to_state())
    assert (f.earlier, f.hour, f.latest) == (True, "night", date(2031, 1, 14).toordinal())
    assert (g.earlier, g.hour, g.latest) == (f.earlier, f.hour, f.latest)
