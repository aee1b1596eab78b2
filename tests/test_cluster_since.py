"""The day of an incident is not the day a lasting situation began ("since ... on Tuesday")."""
from __future__ import annotations

from datetime import date

import pytest

from newstally.cluster import cluster_documents, report_day
from newstally.model import Document

# 2031-01-18 is a Saturday
FIRE_LOCAL = Document(
    id="f1", site="valleypost.example", published="2031-01-18T09:00:00Z",
    title="Thousands leave as bushfire near Marlow jumps containment lines",
    text="About 3,000 people have left their homes around Marlow after a bushfire burning in the "
         "Tarrin State Forest jumped containment lines on Saturday afternoon, fire officials said.\n\n"
         "Two firefighters were taken to hospital with burns. The fire has burnt more than 20,000 "
         "hectares since it was sparked by lightning on Tuesday.")
FIRE_WIRE = Document(
    id="f2", site="southwire.example", published="2031-01-19T02:00:00Z",
    title="Two found dead as bushfire forces 3,000 to flee near Marlow",
    text="SYDNEY, Jan 19 (Southwire) - Two people were found dead in a burnt-out house near Marlow "
         "on Sunday, police said, as a bushfire that forced about 3,000 people to leave continued to "
         "burn.\n\nFirefighters found the bodies after the fire front passed on Saturday evening. Two "
         "firefighters have been injured fighting the blaze.")


def test_a_date_after_since_is_not_the_day_of_the_news():
    assert report_day(FIRE_LOCAL)[0] == date(2031, 1, 18).toordinal()


def test_a_date_after_since_is_used_when_the_lead_states_no_other_day():
    missing = Document(id="m1", site="x.example", published="2031-01-18T09:00:00Z",
                       title="Hiker missing near Marlow",
                       text="A hiker has been missing near Marlow since he set out on Tuesday, police said.")
    assert report_day(missing)[0] == date(2031, 1, 14).toordinal()


def test_reports_of_one_fire_days_after_it_began_are_one_incident():
    assert len(cluster_documents([FIRE_LOCAL, FIRE_WIRE])) == 1


# 2031-01-15 is a Wednesday
@pytest.mark.parametrize("text, day", [
    ("A teacher was stabbed on Wednesday. Flags would fly at half mast on Thursday, the mayor said.", 15),
    ("Two men were shot dead on Wednesday. The victims will be buried on Friday.", 15),
    ("Gunmen killed a driver on Wednesday; the trial of three suspects is due to open on Monday.", 15),
    ("A bomb exploded at a market on Monday, police said on Wednesday.", 13),  # a day past stays
    ("Shops reopened on Wednesday after a grenade attack on Tuesday.", 14),
])
def test_a_weekday_named_for_what_is_to_come_is_not_the_day_of_the_incident(text, day):
    doc = Document(id="d", site="x.example", published="2031-01-15T18:00:00Z", title="", text=text)
    assert report_day(doc)[0] == date(2031, 1, day).toordinal()
