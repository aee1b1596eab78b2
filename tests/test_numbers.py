"""Number expressions: digits, words, qualifiers, ranges, vague amounts, and what is no count."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstally.extract.numbers import VAGUE, Quantity, find_quantities, parse_number, parse_quantity

OPEN = None

# (sentence, [(span text, low, best, high, kind)])
CASES: list[tuple[str, list[tuple[str, int | None, int | None, int | None, str]]]] = [
    # --- digits ---------------------------------------------------------------------------------
    ("27 people were killed", [("27", 27, 27, 27, "exact")]),
    ("1,200 homes and 10,000 people", [("1,200", 1200, 1200, 1200, "exact"), ("10,000", 10000, 10000, 10000, "exact")]),
    ("0 deaths were reported", [("0", 0, 0, 0, "exact")]),
    ("3 million people were displaced", [("3 million", 3000000, 3000000, 3000000, "exact")]),
    ("1.5 million people fled", [("1.5 million", 1500000, 1500000, 1500000, "exact")]),
    ("2.3 billion", [("2.3 billion", 2300000000, 2300000000, 2300000000, "exact")]),
    ("20 thousand people", [("20 thousand", 20000, 20000, 20000, "exact")]),
    ("1\u202f200 people", [("1\u202f200", 1200, 1200, 1200, "exact")]),
    ("killed 2,000 people", [("2,000", 2000, 2000, 2000, "exact")]),
    ("In 2019, 50 people died", [("50", 50, 50, 50, "exact")]),
    # --- words ------------------------------------------------------------------------------------
    ("twenty-seven people were killed", [("twenty-seven", 27, 27, 27, "exact")]),
    ("twenty seven people", [("twenty seven", 27, 27, 27, "exact")]),
    ("Twenty-Seven dead", [("Twenty-Seven", 27, 27, 27, "exact")]),
    ("one hundred and five injured", [("one hundred and five", 105, 105, 105, "exact")]),
    ("a dozen people", [("a dozen", 12, 12, 12, "exact")]),
    ("two dozen soldiers", [("two dozen", 24, 24, 24, "exact")]),
    ("a hundred people", [("a hundred", 100, 100, 100, "exact")]),
    ("a thousand people", [("a thousand", 1000, 1000, 1000, "exact")]),
    ("a score of villagers", [("a score", 20, 20, 20, "exact")]),
    ("one man died", [("one", 1, 1, 1, "exact")]),
    ("one of the victims", [("one", 1, 1, 1, "exact")]),
    ("Two were killed, one from each side, and two others injured.",
     [("Two", 2, 2, 2, "exact"), ("one", 1, 1, 1, "exact"), ("two", 2, 2, 2, "exact")]),
    ("three million people", [("three million", 3000000, 3000000, 3000000, "exact")]),
    ("seven hundred thousand", [("seven hundred thousand", 700000, 700000, 700000, "exact")]),
    ("eleven soldiers", [("eleven", 11, 11, 11, "exact")]),
    ("ninety-nine", [("ninety-nine", 99, 99, 99, "exact")]),
    # --- a / an are not quantities ---------------------------------------------------------------
    ("a man was killed", []),
    ("an officer was hurt", []),
    ("a policeman and an officer", []),
    # --- qualifiers: at least / more than / ... (min) ---------------------------------------------
    ("at least 27 people were killed", [("at least 27", 27, 27, OPEN, "min")]),
    ("At least 27 killed", [("At least 27", 27, 27, OPEN, "min")]),
    ("more than 400 people", [("more than 400", 400, 400, OPEN, "min")]),
    ("over 400 people", [("over 400", 400, 400, OPEN, "min")]),
    ("in excess of 100 people", [("in excess of 100", 100, 100, OPEN, "min")]),
    ("upwards of 100", [("upwards of 100", 100, 100, OPEN, "min")]),
    ("no fewer than 5", [("no fewer than 5", 5, 5, OPEN, "min")]),
    ("27 or more people", [("27 or more", 27, 27, OPEN, "min")]),
    ("27-plus people", [("27-plus", 27, 27, OPEN, "min")]),
    ("27+ people", [("27+", 27, 27, OPEN, "min")]),
    ("200-odd people", [("200-odd", 200, 200, OPEN, "min")]),
    ("more than a dozen", [("more than a dozen", 12, 12, OPEN, "min")]),
    ("at least twenty-seven", [("at least twenty-seven", 27, 27, OPEN, "min")]),
    ("at least 2000 people", [("at least 2000", 2000, 2000, OPEN, "min")]),
    ("at least several hundred", [("at least several hundred", 300, 300, OPEN, "min")]),
    ("at least dozens", [("at least dozens", 12, 12, OPEN, "min")]),
    # --- max ---------------------------------------------------------------------------------------
    ("nearly 200 people", [("nearly 200", OPEN, 200, 200, "max")]),
    ("almost 200", [("almost 200", OPEN, 200, 200, "max")]),
    ("just under 200", [("just under 200", OPEN, 200, 200, "max")]),
    ("fewer than 10", [("fewer than 10", OPEN, 10, 10, "max")]),
    ("less than 10", [("less than 10", OPEN, 10, 10, "max")]),
    ("under 200", [("under 200", OPEN, 200, 200, "max")]),
    ("nearly a hundred", [("nearly a hundred", OPEN, 100, 100, "max")]),
    ("up to 30 people", [("up to 30", OPEN, 30, 30, "max")]),
    ("as many as 30 people", [("as many as 30", OPEN, 30, 30, "max")]),
    # --- approx: N - 20 % .. N + 20 % ------------------------------------------------------------
    ("about 50 people", [("about 50", 40, 50, 60, "approx")]),
    ("around 50", [("around 50", 40, 50, 60, "approx")]),
    ("approximately 50", [("approximately 50", 40, 50, 60, "approx")]),
    ("roughly 50", [("roughly 50", 40, 50, 60, "approx")]),
    ("some 50 people", [("some 50", 40, 50, 60, "approx")]),
    ("an estimated 50 people", [("an estimated 50", 40, 50, 60, "approx")]),
    ("about a dozen", [("about a dozen", 9, 12, 15, "approx")]),
    ("50 or so", [("50 or so", 40, 50, 60, "approx")]),
    ("about 3", [("about 3", 2, 3, 4, "approx")]),
    # --- ranges: best = low ----------------------------------------------------------------------
    ("between 20 and 30 people", [("between 20 and 30", 20, 20, 30, "range")]),
    ("20-30 people", [("20-30", 20, 20, 30, "range")]),
    ("20\u201330 people", [("20\u201330", 20, 20, 30, "range")]),
    ("20 to 30 people", [("20 to 30", 20, 20, 30, "range")]),
    ("20 or 30 people", [("20 or 30", 20, 20, 30, "range")]),
    ("two or three people", [("two or three", 2, 2, 3, "range")]),
    ("between two and three", [("between two and three", 2, 2, 3, "range")]),
    ("1,000-1,500 people", [("1,000-1,500", 1000, 1000, 1500, "range")]),
    ("dozens to hundreds", [("dozens to hundreds", 12, 12, 999, "range")]),
    ("the toll rose from 20 to 30", [("20", 20, 20, 20, "exact"), ("30", 30, 30, 30, "exact")]),
    ("killed 5 and injured 7", [("5", 5, 5, 5, "exact"), ("7", 7, 7, 7, "exact")]),
    # --- vague amounts ----------------------------------------------------------------------------
    ("dozens of people", [("dozens of", 12, 12, 99, "vague")]),
    ("Dozens were killed", [("Dozens", 12, 12, 99, "vague")]),
    ("hundreds of people", [("hundreds of", 100, 100, 999, "vague")]),
    ("hundreds were hurt", [("hundreds", 100, 100, 999, "vague")]),
    ("thousands fled", [("thousands", 1000, 1000, 9999, "vague")]),
    ("tens of thousands of people", [("tens of thousands of", 10000, 10000, 99999, "vague")]),
    ("hundreds of thousands", [("hundreds of thousands", 100000, 100000, 999999, "vague")]),
    ("scores of people", [("scores of", 20, 20, 99, "vague")]),
    ("a few people", [("a few", 2, 3, 5, "vague")]),
    ("a couple of people", [("a couple of", 2, 2, 3, "vague")]),
    ("several people", [("several", 3, 3, 9, "vague")]),
    ("several dozen", [("several dozen", 36, 36, 119, "vague")]),
    ("several hundred", [("several hundred", 300, 300, 999, "vague")]),
    ("a few hundred", [("a few hundred", 200, 300, 599, "vague")]),
    ("a handful of", [("a handful of", 2, 3, 9, "vague")]),
    ("a number of people", [("a number of", 2, 3, OPEN, "vague")]),
    ("many people", [("many", 3, 10, OPEN, "vague")]),
    ("numerous people", [("numerous", 3, 10, OPEN, "vague")]),
    ("millions", [("millions", 1000000, 1000000, 9999999, "vague")]),
    ("Half a dozen injured", [("Half a dozen", 6, 6, 6, "exact")]),
    ("half a million people", [("half a million", 500000, 500000, 500000, "exact")]),
    ("around 3 May 2020", []),
    ("from 1 - 6 May", []),
    ("from 24 April-8 May", []),
    ("about 1", [("about 1", 1, 1, 2, "approx")]),
    ("10 kms away", []),
    # --- what may be returned and is left to the caller -------------------------------------------
    ("24 hours later", [("24", 24, 24, 24, "exact")]),
    ("three decades", [("three", 3, 3, 3, "exact")]),
    # --- years ------------------------------------------------------------------------------------
    ("in 2019", []),
    ("the 2020 ceasefire", []),
    ("since 2011", []),
    ("between 1990 and 2000", []),
    ("the 2019-20 season", []),
    ("the 1990s", []),
    ("the '90s", []),
    # --- dates ------------------------------------------------------------------------------------
    ("September 19, 2023", []),
    ("19 September", []),
    ("3 May 2020", []),
    ("Sept. 11", []),
    ("the 19th of May", []),
    ("01/24/2000", []),
    ("2023-09-20", []),
    ("24.01.2000", []),
    ("9/11", []),
    # --- times ------------------------------------------------------------------------------------
    ("07:45", []),
    ("07:45:00", []),
    ("10 a.m.", []),
    ("10am", []),
    ("7 pm local time", []),
    ("0700 GMT", []),
    # --- ages -------------------------------------------------------------------------------------
    ("a 27-year-old man", []),
    ("twenty-seven-year-old", []),
    ("aged 27", []),
    ("27 years old", []),
    ("aged between 20 and 30", []),
    ("John Smith, 27, died", []),
    # --- money --------------------------------------------------------------------------------------
    ("$18,000", []),
    ("US$ 5 million", []),
    ("18,000 dollars", []),
    ("\u20ac5m", []),
    ("USD 500", []),
    ("more than $18,000", []),
    # --- percentages ------------------------------------------------------------------------------
    ("40%", []),
    ("40 per cent", []),
    ("40 percent", []),
    ("20-30%", []),
    # --- ordinals -----------------------------------------------------------------------------------
    ("the 2nd day", []),
    ("the second attack", []),
    ("the 21st century", []),
    # --- names, models, positions -----------------------------------------------------------------
    ("F-16 jets", []),
    ("AK-47 rifles", []),
    ("MH17", []),
    ("COVID-19", []),
    ("Highway 115", []),
    ("Resolution 2334", []),
    ("No. 5", []),
    ("kilometer 44+500", []),
    ("Boeing 737", []),
    ("#5", []),
    # --- measures -----------------------------------------------------------------------------------
    ("14.5mm", []),
    ("12.7mm guns", []),
    ("155 mm shells", []),
    ("5 km away", []),
    ("10 miles", []),
    ("3 kg", []),
    ("24-hour curfew", []),
    ("a 3-day truce", []),
    # --- decimals and fractions ---------------------------------------------------------------------
    ("3.5", []),
    ("1.5m", []),
    ("1.200 in English", []),
    ("one and a half million", []),
    # --- phrases that are no count -----------------------------------------------------------------
    ("no one was hurt", []),
    ("they helped one another", []),
    ("how many died is unclear", []),
    ("3-1 win", []),
    # --- mixed ------------------------------------------------------------------------------------
    ("At least 27 people were killed and dozens of others hurt in 2019.",
     [("At least 27", 27, 27, OPEN, "min"), ("dozens of", 12, 12, 99, "vague")]),
    ("On 2 May 2020, at least 4 policemen were killed and 5 were missing.",
     [("at least 4", 4, 4, OPEN, "min"), ("5", 5, 5, 5, "exact")]),
    ("A 27-year-old and 3 others died at 10 a.m. on Highway 115.", [("3", 3, 3, 3, "exact")]),
    ("The F-16 strike killed 12 and wounded 40%.", [("12", 12, 12, 12, "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_find_quantities(text: str, expected: list[tuple]) -> None:
    got = [(q.text, q.low, q.best, q.high, q.kind) for q in find_quantities(text)]
    assert got == expected


def test_enough_cases() -> None:
    assert len(CASES) >= 120


@pytest.mark.parametrize(("text", "qualifier", "number_text"), [
    ("at least 27", "at least", "27"),
    ("More Than 400", "more than", "400"),
    ("dozens of people", "dozens", "dozens"),
    ("tens of thousands of", "tens of thousands", "tens of thousands"),
    ("a dozen", None, "a dozen"),
    ("27+", "+", "27"),
    ("27 or more", "or more", "27"),
    ("between 20 and 30", "between", "20 and 30"),
    ("20-30", None, "20-30"),
    ("an estimated 50", "an estimated", "50"),
    ("about 20-30", "about", "20-30"),
])
def test_qualifier_and_number_text(text: str, qualifier: str | None, number_text: str) -> None:
    (q,) = find_quantities(text)
    assert q.qualifier == qualifier
    assert q.number_text == number_text


def test_spans_index_the_input() -> None:
    text = "Officials said  at least 27 people, and dozens of others, were hurt."
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text
    (a, b) = find_quantities(text)
    assert (a.start, a.text) == (text.index("at least"), "at least 27")
    assert b.text == "dozens of"


@pytest.mark.parametrize(("token", "language", "value"), [
    ("27", "en", 27),
    ("1,200", "en", 1200),
    ("10,000", "en", 10000),
    ("1.200", "de", 1200),
    ("10.000", "es", 10000),
    ("1.200.000", "it", 1200000),
    ("1.200", "en", None),
    ("twenty-seven", "en", 27),
    ("twenty seven", "en", 27),
    ("one hundred and five", "en", 105),
    ("a dozen", "en", 12),
    ("two dozen", "en", 24),
    ("a hundred", "en", 100),
    ("3 million", "en", 3000000),
    ("1.5 million", "en", 1500000),
    (" 27 ", "en", 27),
    ("dozens", "en", None),
    ("a", "en", None),
    ("", "en", None),
    ("27 people", "en", None),
    ("3.5", "en", None),
    ("2nd", "en", None),
    ("27", "xx", 27),
])
def test_parse_number(token: str, language: str, value: int | None) -> None:
    assert parse_number(token, language) == value


def test_parse_quantity() -> None:
    q = parse_quantity("more than 400")
    assert q is not None and (q.low, q.best, q.high, q.kind, q.qualifier) == (400, 400, None, "min", "more than")
    q = parse_quantity("  dozens of ")
    assert q is not None and (q.start, q.end, q.text) == (2, 11, "dozens of")
    assert parse_quantity("27 people") is None
    assert parse_quantity("a") is None
    assert parse_quantity("in 2019") is None
    assert parse_quantity("") is None


def test_dot_grouping_follows_the_language() -> None:
    assert [q.best for q in find_quantities("mindestens 1.200 Tote", "de")] == [1200]
    assert [q.best for q in find_quantities("al menos 10.000 personas", "es")] == [10000]
    assert [q.best for q in find_quantities("at least 1,200 dead", "en-GB")] == [1200]


def test_vague_table() -> None:
    assert VAGUE["dozens"] == (12, 12, 99)
    assert VAGUE["hundreds"] == (100, 100, 999)
    for low, best, high in VAGUE.values():
        assert best is not None and (low is None or low <= best) and (high is None or best <= high)


def test_quantity_to_dict() -> None:
    (q,) = find_quantities("at least 27")
    assert q.to_dict()["best"] == 27
    assert isinstance(q, Quantity)


# --- properties ---------------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "at least", "more than", "nearly", "about", "between", "and", "to", "or", "-", "–", "+", "%",
    "dozens", "of", "a", "an", "few", "several", "hundred", "thousands", "tens", "twenty", "seven",
    "one", "27", "1,200", "1.5", "2019", "07:45", "$", "€", "May", "19", "September", "year-old",
    "F-16", "km", "mm", "no", "No.", "Highway", "plus", "odd", "so", "more", ",", ".", " ", "\u00a0",
    "\u0130", "\u212a", "\u017f", "ß", "٣", "²", "\U0001f600", "\x00", "\n",
])
_TEXTS = st.one_of(st.text(), st.lists(_PIECES, max_size=25).map(" ".join), st.lists(_PIECES, max_size=25).map("".join))


def _check(text: str, qs: list[Quantity]) -> None:
    last = 0
    for q in qs:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.start >= last, "quantities overlap or are out of order"
        last = q.end
        assert q.kind in ("exact", "min", "max", "approx", "range", "vague")
        assert q.best is not None
        assert q.low is None or q.low <= q.best
        assert q.high is None or q.best <= q.high
        assert q.number_text in q.text


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_find_quantities_never_crashes(text: str) -> None:
    _check(text, find_quantities(text))


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.sampled_from(["en", "de", "fr", "xx", ""]))
def test_other_languages_never_crash(text: str, language: str) -> None:
    _check(text, find_quantities(text, language))
    parse_number(text, language)
    parse_quantity(text, language)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_parse_never_crashes(text: str) -> None:
    value = parse_number(text)
    assert value is None or (isinstance(value, int) and value >= 0)
    q = parse_quantity(text)
    if q is not None:
        assert q.text == text.strip()
        _check(text, [q])


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_digits_round_trip(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n
    assert parse_number(f"{n:,}".replace(",", "."), "de") == n
