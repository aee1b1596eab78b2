"""People named one by one across an event's reports (``newstally.reconcile.people``): people
arrested at different times for the same incident add up in the event's figure when the reports
name different people, and do not when a later report restates the same arrests."""
from __future__ import annotations

import pytest

from newstally.extract import extract_claims
from newstally.extract.lexicon import load_lexicon
from newstally.model import Claim, Document
from newstally.reconcile import Report, load_cues, reconcile
from newstally.reconcile.people import distinct_people, person_keys


def rep(rid: str, text: str, published: str) -> Report:
    doc = Document(id=rid, text=text, published=published, language="en")
    return Report(id=rid, claims=tuple(extract_claims(doc)), published=published, text=text, language="en")


def arrested(*reports: Report) -> int:
    f = {f.key: f for f in reconcile(reports)}.get("arrested")
    return f.best if f else 0


OWNER = rep("a", "Police detained the bus company's owner and its chief mechanic on Sunday after the brakes of a "
                 "bus failed on the Kandy road, killing eight passengers.", "2030-05-06T09:00:00Z")
MANAGER = rep("b", "Police arrested the depot manager on Thursday over the Kandy bus crash that killed eight "
                   "passengers, a spokesman said.", "2030-05-17T09:00:00Z")
RESTATED = rep("c", "The owner of the bus company and its chief mechanic remain in custody, police said on Friday, "
                    "as the families of the eight passengers killed in the Kandy crash buried their dead.",
               "2030-05-18T09:00:00Z")


def test_people_arrested_on_different_days_add_up() -> None:
    assert arrested(OWNER) == 2
    assert arrested(MANAGER) == 1
    assert arrested(MANAGER, OWNER) == 3  # the latest report alone says 1


def test_the_same_people_restated_later_are_not_added_again() -> None:
    assert arrested(OWNER, RESTATED) == 2
    assert arrested(RESTATED, MANAGER, OWNER) == 3


def test_a_role_and_a_name_in_apposition_are_one_person() -> None:
    first = rep("d", "Police arrested the ferry's skipper, Tomas Varga, after the ferry capsized on Lake Orn, "
                     "killing nine passengers.", "2030-07-01T09:00:00Z")
    later = rep("e", "Varga remains in custody, prosecutors said on Monday, a week after the ferry capsized on "
                     "Lake Orn, killing nine passengers.", "2030-07-08T09:00:00Z")
    assert arrested(first, later) == 1


def test_counts_and_generic_nouns_name_nobody() -> None:
    first = rep("f", "Police arrested two men after the market fire that killed three traders.", "2030-08-01T09:00:00Z")
    later = rep("g", "Police arrested a suspect over the market fire that killed three traders.", "2030-08-03T09:00:00Z")
    assert arrested(first, later) == 2  # the two men may include the suspect: nothing is added


def test_one_report_naming_people_in_different_sentences() -> None:
    one = rep("h", "Police arrested the chief executive of the scaffolding firm on Tuesday after the collapse that "
                   "killed two workers. The site manager was detained on Wednesday. The chief executive remains in "
                   "custody.", "2030-09-02T09:00:00Z")
    assert arrested(one) == 2
    booked = rep("i", "Police arrested the driver after the crash that killed a cyclist. He was booked into the "
                      "county jail on Friday.", "2030-09-03T09:00:00Z")
    assert arrested(booked) == 1


def test_an_order_gives_way_to_the_people_moved_in_the_same_report() -> None:
    r = rep("j", "Authorities ordered the evacuation of about 30,000 residents near the volcano on Monday. By "
                 "evening some 11,000 had been moved to evacuation centres, officials said.", "2030-10-01T09:00:00Z")
    f = {f.key: f for f in reconcile([r])}
    assert f["evacuated"].best == 11000


LEX = load_lexicon("en")
ANONYMOUS = load_cues("en").anonymous


@pytest.mark.parametrize("victims, text, best, subgroup, keys", [
    ("driver", "arrested the driver", 1, "civilians", {"driver"}),
    ("mechanic", "arrested the chief mechanic", 1, None, {"mechanic"}),
    ("security chief", "the security chief was detained", 1, "civilians", {"head of security"}),
    ("Ana Ruiz", "Ana Ruiz was arrested", 1, None, {"ruiz"}),
    ("driver", "arrested the bus driver, Ana Ruiz,", 1, "civilians", {"driver", "ruiz"}),
    ("suspect", "arrested a suspect", 1, "attackers", set()),
    ("man", "a man was arrested", 1, None, set()),
    ("men", "arrested two men", 2, None, set()),
    ("he", "He was booked into the county jail", 1, None, set()),
    ("woman", "arrested a 51-year-old woman", 1, None, {"woman aged 51"}),
    ("man", "A man, 45, was arrested", 1, None, {"man aged 45"}),
    ("men", "arrested two 20-year-old men", 2, None, set()),
])
def test_person_keys(victims: str, text: str, best: int, subgroup: str | None, keys: set[str]) -> None:
    c = Claim(doc_id="t", category="arrested", low=best, best=best, high=best, victims=victims,
              subgroup=subgroup, text=text)
    assert person_keys(c, LEX, ANONYMOUS, ages=load_cues("en").ages) == keys


def test_key_sets_sharing_a_key_are_one_person() -> None:
    groups = [frozenset({"driver", "ruiz"}), frozenset({"ruiz"}), frozenset({"owner"}), frozenset(),
              frozenset({"driver"}), frozenset({"head of security"})]
    assert distinct_people(groups) == 3
    assert distinct_people([frozenset({"a"}), frozenset({"b"}), frozenset({"a", "b"})]) == 1


def test_the_ledger_adds_an_arrest_told_by_a_later_report(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from newstally.ledger import ingest, list_events
    from newstally.store import open_store

    store = open_store(str(tmp_path / "l.db"))
    ingest(store, [
        Document(id="k1", title="Eight killed as bus brakes fail on Kandy road",
                 text="KANDY, Sri Lanka (Wire) - Eight passengers were killed when the brakes of a bus failed on the "
                      "Kandy road on Sunday, police said.\n\nPolice detained the bus company's owner and its chief "
                      "mechanic on Sunday evening.", published="2030-05-06T09:00:00Z", language="en",
                 site="wire.example"),
        Document(id="k2", title="Depot manager arrested over Kandy bus crash",
                 text="KANDY, Sri Lanka - Police arrested the depot manager of the bus company on Thursday over the "
                      "Kandy bus crash that killed eight passengers, a spokesman said.",
                 published="2030-05-17T09:00:00Z", language="en", site="local.example")])
    (event,) = list_events(store)
    assert event.articles == 2
    assert event.figures["arrested"].best == 3 and event.figures["killed"].best == 8
