"""An event's place: the most named place of its first reports below the country level; a
country alone stays a country (no point at its capital). Self-written reports only."""
from newstally.reconcile.event import event_place, place_fields
from newstally.reconcile.report import Report


def report(rid: str, text: str, day: str = "2026-03-02", title: str | None = None) -> Report:
    return Report(id=rid, text=text, title=title, published=day, language="en")


def test_an_event_whose_reports_name_only_a_large_country_has_no_point():
    reps = [report("a", "Floods in Afghanistan killed dozens of villagers, officials said on Monday."),
            report("b", "Afghan officials said flash floods had killed at least 40 people.", "2026-03-03")]
    fields = place_fields(event_place(reps))
    assert fields["country_code"] == "AF" and fields["location"] == "Afghanistan"
    assert fields["latitude"] is None and fields["longitude"] is None


def test_a_town_named_by_one_report_comes_before_the_country_named_by_another():
    reps = [report("a", "Floods in Afghanistan killed dozens of villagers, officials said on Monday."),
            report("b", "Flash floods killed 40 people in Charikar, the capital of Parwan province.",
                   "2026-03-03")]
    fields = place_fields(event_place(reps))
    assert fields["country_code"] == "AF" and fields["location"] == "Charikar"
    assert fields["latitude"] is not None


def test_a_small_country_alone_still_stands_at_its_capital():
    reps = [report("a", "An explosion in Lebanon killed three people, the army said on Monday.")]
    fields = place_fields(event_place(reps))
    assert fields["country_code"] == "LB" and fields["latitude"] is not None
