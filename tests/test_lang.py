"""The language registry: one folder per language behind get_language()."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newstally import lang as lang_pkg
from newstally.errors import LanguageError, NewstallyError
from newstally.extract import extract_claims, supports_language
from newstally.lang import REGISTRY, TABLES, Language, get_language, supported_languages


@pytest.mark.parametrize("tag", ["en", "EN", "en-GB", "en_US", " en "])
def test_tags_are_cut_to_their_language(tag: str) -> None:
    assert get_language(tag) is get_language("en")
    assert get_language(tag).code == "en"


@pytest.mark.parametrize("code", ["xx", "", None, "english", "sw"])
def test_unknown_languages_raise_a_newstally_error(code: str | None) -> None:
    with pytest.raises(LanguageError, match="unsupported language"):
        get_language(code)
    assert issubclass(LanguageError, NewstallyError)


def test_supported_languages_is_the_registry() -> None:
    assert supported_languages() == tuple(sorted(REGISTRY))
    assert "en" in supported_languages()
    assert supports_language("en-GB") and supports_language(None)
    assert not supports_language("sw")


def test_english_tables_are_loaded_from_its_folder() -> None:
    en = get_language("en")
    assert en.numbers["qualifiers"]["at least"] == "min"
    assert "killed" in en.casualties["passive"]["killed"]
    assert en.sides["parties"]
    assert en.table("no_such_table") == {}
    assert en.lexicon is en.lexicon  # built once
    assert en.lexicon.language == "en"
    assert en.lemma("killed") == "killed" and not en.lemmatizes
    for name in TABLES:
        assert isinstance(getattr(en, name), dict)


def test_supports_language_reads_the_registry_not_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(REGISTRY, "en")
    lang_pkg.clear_cache()
    try:
        assert not supports_language("en")
        with pytest.raises(LanguageError):
            get_language("en")
    finally:
        monkeypatch.undo()
        lang_pkg.clear_cache()
    assert supports_language("en")


# ------------------------------------------------------------------------- a toy language
# "Toy" is English words with a suffix: every word may end in "-o" ("killedo"); its lemmatizer
# cuts the suffix. The folder holds a tiny casualty table and nothing else.

TOY_INIT = '''
from newstally.lang import Language


def _lemma(word):
    return word[:-1] if word.endswith("o") and len(word) > 3 else word


LANGUAGE = Language("zz", "Toy", __name__, lemmatizer=_lemma)
'''

TOY_CASUALTIES = {
    "passive": {"killed": ["perish"], "injured": ["hurt"]},
    "aux": ["were"],
    "person_nouns": {"null": ["people"], "civilians": ["civilian", "civilians"]},
    "candidate_stems": ["perish", "hurt"],
}


@pytest.fixture()
def toy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    pkg = tmp_path / "toy_zz"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(TOY_INIT, encoding="utf-8")
    (pkg / "casualties.json").write_text(json.dumps(TOY_CASUALTIES), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(REGISTRY, "zz", "toy_zz")
    lang_pkg.clear_cache()
    yield get_language("zz")
    monkeypatch.undo()
    sys.modules.pop("toy_zz", None)
    lang_pkg.clear_cache()


def test_a_language_folder_plus_a_registry_line_is_enough(toy: Language) -> None:
    assert toy.code == "zz" and supports_language("zz-XX")
    assert toy.numbers == {} and toy.sides == {}  # missing tables are empty
    assert toy.lemma("perisho") == "perish" and toy.lemma("<q>") == "<q>"
    claims = extract_claims("12 civilianso were perishedo.", language="zz")
    assert [(c.category, c.best, c.subgroup) for c in claims] == []  # "perishedo" is no table word
    claims = extract_claims("12 civilianso perisho; 3 people hurto.", language="zz")
    assert [(c.category, c.best, c.subgroup) for c in claims] == [("killed", 12, "civilians"), ("injured", 3, None)]


def test_a_lemmatizing_language_without_stems_reads_every_sentence(toy: Language) -> None:
    from newstally.extract.lexicon import build_lexicon

    bare = Language("zz", "Toy", toy.package, lemmatizer=lambda w: w)
    bare.__dict__["_tables"] = {"casualties": {"passive": {"killed": ["perish"]}}}
    assert build_lexicon(bare).candidate.search("anything at all")
    assert not build_lexicon(get_language("en")).candidate.search("anything at all")


def test_a_broken_registry_line_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(REGISTRY, "zy", "newstally.lang.en")  # builds "en", registered as "zy"
    lang_pkg.clear_cache()
    try:
        with pytest.raises(LanguageError, match="registered as 'zy'"):
            get_language("zy")
    finally:
        monkeypatch.undo()
        lang_pkg.clear_cache()


# ------------------------------------------------------------------------- shared machinery

SPLITS = [
    ("en", "Mr. Smith said 5 died. The U.S. Army said 3. He left at 5 p.m. Then more.",
     ["Mr. Smith said 5 died.", "The U.S. Army said 3.", "He left at 5 p.m. Then more."]),
    ("ru", "В городе погибли пять человек. Ещё двенадцать получили ранения. Власти молчат.",
     ["В городе погибли пять человек.", "Ещё двенадцать получили ранения.", "Власти молчат."]),
    ("fr", "Le bilan est lourd. « Nous avons perdu douze hommes », a dit le maire. Selon lui, cinq sont blessés.",
     ["Le bilan est lourd.", "« Nous avons perdu douze hommes », a dit le maire.", "Selon lui, cinq sont blessés."]),
    ("fr", "« Douze personnes ont été tuées. » Le préfet a confirmé.",
     ["« Douze personnes ont été tuées. »", "Le préfet a confirmé."]),
    ("es", "Murieron cinco personas. ¿Cuántos heridos? «Al menos doce», dijo.",
     ["Murieron cinco personas.", "¿Cuántos heridos?", "«Al menos doce», dijo."]),
    ("el", "Σκοτώθηκαν δύο άνθρωποι. Η αστυνομία ερευνά.", ["Σκοτώθηκαν δύο άνθρωποι.", "Η αστυνομία ερευνά."]),
    ("ru", "Об этом сообщил В. Иванов. и другие.", ["Об этом сообщил В. Иванов. и другие."]),  # an initial; lower case
    # German ordinals: a day number's full stop before a month ends no sentence, before a verb it does
    ("de", "Beim Anschlag vom 22. Juli 2016 starben neun Menschen. Am 3. Mai wurde gedacht. Er wurde 15. Dann ging er.",
     ["Beim Anschlag vom 22. Juli 2016 starben neun Menschen.", "Am 3. Mai wurde gedacht.", "Er wurde 15.",
      "Dann ging er."]),
    ("de", "Laut Dr. Weber ist z.B. die Lage ruhig. Die Polizei ermittelt.",
     ["Laut Dr. Weber ist z.B. die Lage ruhig.", "Die Polizei ermittelt."]),
]


@pytest.mark.parametrize(("code", "text", "sentences"), SPLITS)
def test_sentences_split_in_any_script(code: str, text: str, sentences: list[str]) -> None:
    from newstally.extract.sentences import split_sentences

    assert [text[a:b] for a, b in split_sentences(text, code)] == sentences


def test_abbreviations_are_per_language(toy: Language, tmp_path: Path) -> None:
    from newstally.extract.sentences import abbreviations, split_sentences

    (tmp_path / "toy_zz" / "sentences.json").write_text(json.dumps({"abbreviations": ["tov."]}), encoding="utf-8")
    abbreviations.cache_clear()
    try:
        text = "Tov. Ivan died. Mr. Brown lived."
        assert [text[a:b] for a, b in split_sentences(text, "zz")] == ["Tov. Ivan died.", "Mr.", "Brown lived."]
        assert [text[a:b] for a, b in split_sentences(text, "en")] == ["Tov.", "Ivan died.", "Mr. Brown lived."]
    finally:
        abbreviations.cache_clear()


@pytest.mark.parametrize(("attribution", "words"), [
    ("министерство обороны России", ["министерство", "обороны", "россии"]),
    ("le ministère de l'Intérieur", ["le", "ministère", "de", "l'intérieur"]),
    ("Russia’s defence ministry", ["russia", "defence", "ministry"]),
    ("Kyiv-based officials", ["kyiv-based", "officials"]),
])
def test_side_words_are_unicode(attribution: str, words: list[str]) -> None:
    from newstally.reconcile.sides import words_of

    assert words_of(attribution) == words


def test_a_non_english_attribution_is_attributed() -> None:
    from newstally.reconcile.sides import UNATTRIBUTED, side_of

    assert side_of("министерство обороны России") != UNATTRIBUTED
    assert side_of("Ministerio de Defensa") != UNATTRIBUTED
    assert side_of("") == UNATTRIBUTED


def test_sides_tables_come_from_the_language_folder() -> None:
    from newstally.reconcile.sides import data_table

    assert data_table("sides", "en") is get_language("en").sides
    assert data_table("sides", "xx") is get_language("en").sides  # unregistered: English


def test_grammar_words_come_from_the_table(toy: Language) -> None:
    en = get_language("en").lexicon.grammar
    assert en.among == {"among", "amongst"}
    assert en["and"] == {"and"}
    assert "ers" in en.person_suffixes and isinstance(en.person_suffixes, tuple)
    assert ("on", "board") in en.on_board
    bare = toy.lexicon.grammar  # the toy language has no grammar.json: every key is empty
    assert bare.among == frozenset() and bare.person_suffixes == () and bare["or"] == frozenset()
    with pytest.raises(AttributeError):
        bare.no_such_key  # noqa: B018 - a typo is an error, not an empty table


def test_english_rules_read_the_grammar_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule fires on the words of the table: without 'among' in it, 'among the dead' says nothing."""
    from newstally.extract.grammar import Grammar

    sentence = "Among the dead were 10 civilians."
    assert [(c.category, c.best) for c in extract_claims(sentence)] == [("killed", 10)]
    lex = get_language("en").lexicon
    table = {k: v for k, v in get_language("en").grammar.items() if k != "among"}
    monkeypatch.setattr(lex, "grammar", Grammar(table, frozenset(get_language("en").grammar)))
    assert [(c.category, c.best) for c in extract_claims(sentence)] != [("killed", 10)]


# ------------------------------------------------------------------------- the one date reader

PUBLISHED = [
    ("Thu, 02 May 2024 10:00:00 GMT", "2024-05-02"),
    ("2024-05-02T23:30:00-05:00", "2024-05-02"),
    ("2024-05-02", "2024-05-02"),
    ("Friday, 22 September 2023", "2023-09-22"),
    ("14.03.2031", "2031-03-14"),
    ("not a date", None),
]


@pytest.mark.parametrize(("value", "day"), PUBLISHED)
def test_a_publication_date_reads_the_same_everywhere(value: str, day: str | None) -> None:
    from newstally.cluster.features import parse_date
    from newstally.dates import read_date
    from newstally.model import Document
    from newstally.reconcile.report import Report

    got = read_date(value)
    assert (got.isoformat() if got else None) == day
    assert parse_date(value) == got  # clustering
    assert Report(id="r", published=value).date == day  # reconciliation
    claims = extract_claims(Document(id="d", text="Two people were killed yesterday.", published=value))
    expected_as_of = None if got is None else (got.toordinal() - 1)
    assert [c.as_of and date_ordinal(c.as_of) for c in claims] == [expected_as_of]  # extraction


def date_ordinal(iso: str) -> int:
    from datetime import date

    return date.fromisoformat(iso).toordinal()


@pytest.mark.parametrize(("value", "language", "day"), [
    ("22 de septiembre de 2023", "es", "2023-09-22"),
    ("22 сентября 2023", "ru", "2023-09-22"),
    ("mardi 3 octobre 2023", "fr", "2023-10-03"),
    ("Thu, 02 May 2024 10:00:00 GMT", "ru", "2024-05-02"),
])
def test_written_dates_are_read_in_the_report_language(value: str, language: str, day: str) -> None:
    from newstally.dates import read_date

    assert str(read_date(value, language)) == day


def test_relative_days_come_from_the_language_table(toy: Language, tmp_path: Path) -> None:
    from datetime import date

    from newstally.dates import as_of, date_words

    (tmp_path / "toy_zz" / "dates.json").write_text(json.dumps({
        "relative_days": {"ayer": -1, "anoche": -1}, "weekdays": {"martes": 1, "martesito": 1},
        "months": {"mayo": 5}}), encoding="utf-8")
    date_words.cache_clear()
    try:
        published = date(2024, 5, 2)  # a Thursday
        assert as_of("murieron ayer", published, "zz") == date(2024, 5, 1)
        assert as_of("el martes murieron", published, "zz") == date(2024, 4, 30)
        assert as_of("nada", published, "zz") == published
        assert as_of("died yesterday", published, "zz") == published  # English words are not Toy's
        assert as_of("died yesterday", published, "en") == date(2024, 5, 1)
        assert as_of("died on Tuesday", published) == date(2024, 4, 30)
    finally:
        date_words.cache_clear()


def test_a_record_language_wins_over_detection() -> None:
    from newstally.read.jsonl import record_to_document
    from newstally.read.language import with_language

    english = "At least 27 people were killed when the bridge collapsed on Tuesday, officials said."
    doc = with_language(record_to_document({"id": "a", "text": english, "language": "fr"}))
    assert doc.language == "fr"
    doc = with_language(record_to_document({"id": "b", "text": english, "language": "pt-BR"}))
    assert doc.language == "pt"
    doc = with_language(record_to_document({"id": "c", "text": english}))
    assert doc.language == "en"


def test_records_without_a_language_are_detected_and_a_given_one_wins(tmp_path: Path) -> None:
    from newstally.read import read_sources

    records = [
        {"id": "given", "text": "Two people were killed in the blast on Tuesday, police said.", "language": "es"},
        {"id": "spanish", "text": "Dos personas murieron el martes en la explosión de un coche bomba, según la policía local."},
        {"id": "places", "text": "On 3 May, in Ciudad Juarez, Chihuahua, a man was found dead inside a car. 1 fatality"},
        {"id": "english", "text": "Two people were killed in the blast on Tuesday, police said."},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    got = {d.id: d.language for d in read_sources([str(path)])}
    assert got == {"given": "es", "spanish": "es", "places": "en", "english": "en"}


def test_sides_of_every_language_are_read_together(toy: Language, tmp_path: Path) -> None:
    from newstally.reconcile.sides import load_sides, side_of

    (tmp_path / "toy_zz" / "sides.json").write_text(json.dumps({
        "parties": {"russia": ["россии", "минобороны"], "ukraine": ["украины", "зсу"]},
        "government": ["полиция"]}, ensure_ascii=False), encoding="utf-8")
    load_sides.cache_clear()
    try:
        assert side_of("министерство обороны России") == "russia"
        assert side_of("Генштаб ЗСУ") == "ukraine"
        assert side_of("местная полиция") == "government"
        assert side_of("Russia's defence ministry") == "russia"  # English phrases still first
        assert side_of("the army") == "government"
        assert load_sides().opposed("russia", "ukraine")
    finally:
        load_sides.cache_clear()


def test_a_language_may_read_its_own_number_words(toy: Language, tmp_path: Path) -> None:
    from newstally.extract import numbers

    (tmp_path / "toy_zz" / "numbers.json").write_text(json.dumps({
        "number_words": {"units": ["uno", "duo", "tre"], "tens": ["dieci"]},
        "vague": {"molti": [3, 10, None]}, "vague_units": {"cento": 100}, "vague_of": ["di"],
        "separators": {"group": ["."], "decimal": ","}}), encoding="utf-8")
    toy.number_words = lambda s: {"uno": 1, "duo": 2, "tre": 3, "dieci": 10, "dieci duo": 12}.get(s)
    numbers._lexicon.cache_clear()
    try:
        assert numbers.parse_number("dieci duo", "zz") == 12
        assert numbers.parse_number("1.200", "zz") == 1200
        q = numbers.parse_quantity("molti cento di", "zz")
        assert q is not None and (q.low, q.best) == (300, 1000)
    finally:
        numbers._lexicon.cache_clear()


def test_a_feed_date_feedparser_cannot_read_goes_through_the_one_reader() -> None:
    from newstally.read.feed import _iso

    assert _iso({"published": "2 de mayo de 2024"}, "published", language="es") == "2024-05-02T00:00:00"
    assert _iso({"published": "Thu, 02 May 2024 10:00:00 GMT"}, "published") == "2024-05-02T10:00:00+00:00"
    assert _iso({"published": "sometime"}, "published") == "sometime"  # kept as written
    assert _iso({}, "published") is None
