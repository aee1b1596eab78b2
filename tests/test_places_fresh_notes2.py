"""Places of a second batch of self-written incident notes and news leads
(tests/fixtures/places/fresh_notes2.jsonl: 117 notes from 68 countries, gold country, province
and approximate coordinates set down before the place reader first read them). It leans on
what the first batch lacked: countries seldom seen, villages and districts, towns that share
their name with towns of other countries (Trujillo, León, Valencia, Hyderabad, Tripoli, Santa
Ana), outlets and people named in the text, and notes naming two places: where it happened and
where the attackers came from, are based, or the victims were taken.

First run: country 0.966, within 161 km 0.906, within 25 km 0.786 (a note naming only a
country counted as missed: its place has no point). The misses were places of origin read as
the place ("cattle raiders from Warrap", "a soldier from Kano", "crossing from Mozambique"),
districts named after their province with a compass word ("Baringo North") and villages the
index does not know (Pibor, Maungdaw, Nasir, Tinzaouaten), which fall back to their province."""
import pytest

from place_notes import rates, read_notes


@pytest.fixture(scope="module")
def read() -> list[tuple[dict, dict | None]]:
    return read_notes("fresh_notes2.jsonl")


def test_the_notes_are_many_and_from_many_countries(read):
    assert len(read) >= 100 and len({n["gold"]["country_code"] for n, _ in read}) >= 60


def test_nearly_every_note_is_placed_in_its_country(read):
    right = sum(p is not None and p["country_code"] == n["gold"]["country_code"] for n, p in read)
    assert right / len(read) >= 0.97  # 0.983 when measured (0.966 on the first run)


def test_most_notes_are_placed_within_161_km(read):
    assert rates(read)["161 km"] >= 0.93  # 0.949 when measured (0.906 on the first run; within 25 km
    # 0.786 then, 0.838 now)
