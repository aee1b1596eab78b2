"""`newstally extract`: formats, summaries, and bad input that never gives a traceback."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newstally import extract_claims
from newstally.cli import main
from newstally.model import Document

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_claims_have_the_documented_fields(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text("Blast in the capital\n\nAt least 27 people were killed, officials said.\n")
    r = run("extract", str(f))
    assert r.exit_code == 0
    (claim,) = lines(r.output)
    for key in ("doc_id", "category", "low", "best", "high", "qualifier", "subgroup", "attribution",
                "as_of", "negated", "text", "start", "end"):
        assert key in claim
    assert (claim["category"], claim["low"], claim["best"], claim["high"]) == ("killed", 27, 27, None)
    assert claim["attribution"] == "officials"


def test_offsets_point_into_the_clean_text(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text("Headline here\n\nShare this article\n\nFive soldiers were wounded on Monday.\n")
    clean = run("clean", str(f)).output
    (claim,) = lines(run("extract", str(f)).output)
    assert clean[claim["start"]:claim["end"]] == claim["text"]


def test_summary_on_jsonl(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(
        json.dumps({"id": "a", "text": "27 people were killed, including 7 civilians.", "published": "2023-09-20"}) + "\n"
        + json.dumps({"id": "b", "text": "No one was hurt in the fire."}) + "\n"
        + json.dumps({"id": "c", "text": "Markets rose on Monday."}) + "\n")
    out = {o["id"]: o for o in lines(run("extract", str(f), "--summary").output)}
    assert out["a"]["killed"] == {"low": 27, "best": 27, "high": 27}
    assert out["a"]["civilians_killed"]["best"] == 7
    assert out["b"] == {"id": "b", "injured": {"low": 0, "best": 0, "high": 0}, "place": None}
    assert out["c"] == {"id": "c", "place": None}


def test_table_format(tmp_path: Path) -> None:
    r = run("extract", str(EXAMPLES / "karabakh-second-day.txt"), "--format", "table")
    assert r.exit_code == 0
    assert "category" in r.output.splitlines()[0]
    assert "10,000" in r.output


def test_stdin() -> None:
    r = run("extract", "-", input="Three people died in the crash.")
    assert [c["best"] for c in lines(r.output)] == [3]


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Two people were killed.\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 50)
    jl = tmp_path / "mixed.jsonl"
    jl.write_text(json.dumps({"id": "x", "text": "Four people were injured."}) + "\n{not json\n"
                  + json.dumps({"id": "y", "text": "Nine people were arrested."}) + "\n")
    missing = tmp_path / "nope.txt"
    r = CliRunner().invoke(main, ["extract", str(good), str(empty), str(binary), str(jl), str(missing), "--summary"])
    assert r.exception is None or isinstance(r.exception, SystemExit)
    assert r.exit_code == 1
    ids = {o["id"] for o in lines(r.stdout)}
    assert {"x", "y"} <= ids and len(ids) == 3
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 4
    assert any("mixed.jsonl:2" in e for e in errors)
    assert "Traceback" not in r.output


def test_help_teaches() -> None:
    r = run("extract", "--help")
    assert "Examples:" in r.output and "--summary" in r.output


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_extraction_never_crashes(text: str) -> None:
    for c in extract_claims(Document(id="h", text=text, published="2024-01-01")):
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start:c.end] == c.text
        if c.best is not None:
            assert (c.low is None or c.low <= c.best) and (c.high is None or c.best <= c.high)


CASUALTY_WORDS = st.sampled_from(["killed", "dead", "wounded", "injured", "at least", "nearly", "12", "two",
                                  "people", "civilians", "including", "and", ",", "were", "no one", "the",
                                  "toll", "rose to", "dozens of", "children", "said", "according to"])


@settings(max_examples=200, deadline=None)
@given(st.lists(CASUALTY_WORDS, max_size=25))
def test_extraction_never_crashes_on_casualty_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    for c in extract_claims(Document(id="h", text=text)):
        assert text[c.start:c.end] == c.text


def test_unsupported_language_is_skipped_with_a_reason(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "nl1", "text": "Ten minste 27 mensen werden gedood.", "language": "nl"}) + "\n"
                 + json.dumps({"id": "en1", "text": "27 people were killed.", "language": "en"}) + "\n")
    r = CliRunner().invoke(main, ["extract", str(f), "--summary"])
    assert r.exit_code == 0
    out = {o["id"]: o for o in lines(r.stdout)}
    assert "skipped" in out["nl1"] and "killed" not in out["nl1"]
    assert out["en1"]["killed"]["best"] == 27
    assert "not supported" in r.stderr


def test_summary_place_of_reports_in_other_languages(tmp_path: Path) -> None:
    """A place declined or written in another script is found in the gazetteer's form."""
    f = tmp_path / "many.jsonl"
    reports = [
        {"id": "ru", "text": "В Херсоне при обстреле погибли два человека, сообщил губернатор."},
        {"id": "ru-moscow", "text": "В Москве при взрыве газа погибли три человека."},
        {"id": "de", "text": "Bei einem Brand in München sind zwei Menschen ums Leben gekommen."},
        {"id": "fr", "text": "Une explosion a fait deux morts à Lyon, selon la préfecture."},
        # a common word opening a sentence is no village; the first word of a two-word name is kept
        {"id": "fr-opener", "text": "Vers 22 heures, un incendie a fait un mort dans un immeuble de Grenoble."},
        {"id": "ru-two-words", "text": "В Нижнем Новгороде при взрыве газа погибли три человека."},
        # a region by its adjective; a town the dictionary lacks, by its guessed nominative
        {"id": "ru-region", "text": "Из-за паводка в Оренбургской области эвакуированы 500 человек."},
        {"id": "ru-unknown", "text": "При обстреле рынка в суданском Омдурмане погибли четыре человека."},
    ]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in reports) + "\n", encoding="utf-8")
    out = {o["id"]: o["place"] for o in lines(run("extract", str(f), "--summary").output)}
    assert (out["ru"]["name"], out["ru"]["country_code"]) == ("Kherson", "UA")
    assert (out["ru-moscow"]["name"], out["ru-moscow"]["country_code"]) == ("Moscow", "RU")
    assert (out["de"]["name"], out["de"]["country_code"]) == ("Munich", "DE")
    assert (out["fr"]["name"], out["fr"]["country_code"]) == ("Lyon", "FR")
    assert (out["fr-opener"]["name"], out["fr-opener"]["country_code"]) == ("Grenoble", "FR")
    assert (out["ru-two-words"]["name"], out["ru-two-words"]["country_code"]) == ("Nizhniy Novgorod", "RU")
    assert (out["ru-region"]["name"], out["ru-region"]["country_code"]) == ("Orenburg Oblast", "RU")
    assert (out["ru-unknown"]["name"], out["ru-unknown"]["country_code"]) == ("Omdurman", "SD")
