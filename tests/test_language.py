"""Language detection: lingua restricted to the news languages, fast mode, lazy."""
from __future__ import annotations

import subprocess
import sys

import pytest

from newstally.model import Document
from newstally.read import language
from newstally.read.language import (
    DETECTABLE_LANGUAGES,
    SAMPLE_CHARS,
    SUPPORTED_EXTRACTION_LANGUAGES,
    detect_language,
    is_supported,
    normalise_language,
    with_language,
)

SENTENCES = [
    ("en", "At least 27 people were killed when the bridge collapsed on Tuesday, officials said."),
    ("fr", "Au moins 27 personnes ont été tuées mardi lors de l'effondrement du pont, selon les autorités."),
    ("es", "Al menos 27 personas murieron el martes cuando el puente se derrumbó, dijeron las autoridades."),
    ("de", "Mindestens 27 Menschen wurden getötet, als die Brücke am Dienstag einstürzte, teilten die Behörden mit."),
    ("it", "Almeno 27 persone sono morte martedì nel crollo del ponte, hanno detto le autorità."),
    ("pt", "Pelo menos 27 pessoas morreram na terça-feira quando a ponte desabou, disseram as autoridades."),
    ("ru", "По меньшей мере 27 человек погибли во вторник при обрушении моста, сообщили власти."),
    ("uk", "Щонайменше 27 людей загинули у вівторок під час обвалу мосту, повідомила влада."),
    ("ar", "قتل ما لا يقل عن 27 شخصا يوم الثلاثاء عندما انهار الجسر، بحسب ما أعلنت السلطات."),
    ("tr", "Salı günü köprünün çökmesi sonucu en az 27 kişi hayatını kaybetti, yetkililer açıkladı."),
    ("sq", "Të paktën 27 persona u vranë të martën kur u shemb ura, thanë autoritetet."),
    ("nl", "Bij het instorten van de brug zijn dinsdag zeker 27 mensen omgekomen, meldden de autoriteiten."),
    # scripts wordfreq tokenizes only with optional extras (jieba, mecab): detection must not need them
    ("zh", "周二，一座桥梁倒塌，造成至少二十七人死亡，另有数十人受伤。官员表示，救援工作仍在进行。"),
    ("ja", "火曜日に橋が崩落し、少なくとも二十七人が死亡した。当局によると、救助活動は続いている。"),
    ("ko", "화요일 다리가 무너져 최소 27명이 숨지고 수십 명이 다쳤다고 당국이 밝혔다. 구조 작업은 계속되고 있다."),
]


@pytest.mark.parametrize(("code", "text"), SENTENCES, ids=[c for c, _ in SENTENCES])
def test_detects_news_languages(code: str, text: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", [None, "", "   ", "2024-03-05 12:00", "Killed: 12", "12 / 30 / 4 ???"])
def test_too_little_text_is_none(text: str | None) -> None:
    assert detect_language(text) is None


def test_only_the_start_is_looked_at() -> None:
    english = ("The fire service said that twelve people were killed and thirty injured. " * 20)
    english = english[:SAMPLE_CHARS]
    french = "Les pompiers ont indiqué que douze personnes avaient été tuées et trente blessées. " * 100
    assert detect_language(english + french) == "en"
    assert detect_language(french + english) == "fr"


def test_answers_are_in_the_documented_set() -> None:
    assert {code for code, _ in SENTENCES} <= set(DETECTABLE_LANGUAGES)
    assert all(len(code) == 2 for code in DETECTABLE_LANGUAGES)


def test_supported_extraction_languages() -> None:
    from newstally.lang import REGISTRY

    assert SUPPORTED_EXTRACTION_LANGUAGES == frozenset(REGISTRY)  # the registry decides, not files
    assert "en" in SUPPORTED_EXTRACTION_LANGUAGES
    assert is_supported("en")
    assert is_supported("en-GB")
    assert is_supported("EN_us")
    assert not is_supported("sw")  # detected, but no language folder
    assert not is_supported(None)
    assert not is_supported("")


@pytest.mark.parametrize(("tag", "code"), [
    ("en-US", "en"), ("fr", "fr"), ("pt_BR", "pt"), (" DE ", "de"), ("english", None), ("", None),
    (None, None), ("x", None),
])
def test_normalise_language(tag: str | None, code: str | None) -> None:
    assert normalise_language(tag) == code


def test_with_language_keeps_fills_and_detects() -> None:
    text = "At least 27 people were killed when the bridge collapsed on Tuesday, officials said."
    declared = Document(id="a", text=text, language="en-GB")
    assert with_language(declared).language == "en"
    assert with_language(Document(id="b", text=text), declared="fr-FR").language == "fr"
    assert with_language(Document(id="c", text=text)).language == "en"
    kept = Document(id="d", text=text, language="en")
    assert with_language(kept) is kept


def test_detector_is_built_once() -> None:
    assert language._get_detector() is language._get_detector()


def test_importing_does_not_load_lingua() -> None:
    code = "import sys, newstally.read.language; print('lingua' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_plainly_english_text_is_answered_without_lingua() -> None:
    code = ("import sys; from newstally.read.language import detect_language; "
            "print(detect_language('Police said the gunmen killed four people and wounded seven others "
            "when they attacked a market in the north of the country on Sunday.'), 'lingua' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["en", "False"]


#: Texts in unaccented letters that lingua must still read: other languages, with an English
#: name or two in them.
OTHER_UNACCENTED = [
    ("nl", "De politie zei dat bij de aanval op de markt in het noorden van het land zondag vier mensen "
           "zijn gedood en zeven gewond, volgens de krant The Guardian."),
    ("id", "Polisi mengatakan empat orang tewas dan tujuh lainnya luka-luka ketika sekelompok orang "
           "bersenjata menyerang sebuah pasar di utara negara itu pada hari Minggu, kata juru bicara."),
    ("sw", "Polisi walisema watu wanne waliuawa na wengine saba kujeruhiwa wakati watu wenye silaha "
           "waliposhambulia soko katika kaskazini mwa nchi siku ya Jumapili."),
    ("it", "La polizia ha detto che quattro persone sono state uccise e sette ferite quando uomini "
           "armati hanno attaccato un mercato nel nord del paese domenica, secondo la BBC."),
    ("de", "Die Polizei sagte, vier Menschen seien getoetet und sieben verletzt worden, als Bewaffnete "
           "am Sonntag einen Markt im Norden des Landes angriffen, berichtete The Times."),
]


@pytest.mark.parametrize(("code", "text"), OTHER_UNACCENTED, ids=[c for c, _ in OTHER_UNACCENTED])
def test_unaccented_text_in_other_languages_is_not_taken_for_english(code: str, text: str) -> None:
    assert not language._plainly_english(text)
    assert detect_language(text) == code


def test_short_or_accented_english_is_left_to_lingua() -> None:
    assert not language._plainly_english("The attack killed people.")  # too few words
    accented = ("The police said that the gunmen killed four people in Ciudad Juárez and wounded seven "
                "others on Sunday.")
    assert not language._plainly_english(accented)  # an accented word: lingua decides
    assert detect_language(accented) == "en"
    assert language._plainly_english(accented.replace("á", "a"))


#: Texts too short for the trigram models, in scripts no language of the extraction layer uses:
#: the script names the language (an unsupported one), never English by default.
SHORT_OTHER_SCRIPTS = [
    ("zh", "桥梁倒塌三人死亡"), ("zh", "死亡"), ("ja", "東京で火災、2人死亡"), ("ja", "ｶﾀｶﾅ"),
    ("ko", "서울 화재로 2명 사망"), ("el", "Έκρηξη στην Αθήνα"), ("he", "פיצוץ בתל אביב"),
    ("th", "ระเบิดที่กรุงเทพ"), ("ar", "انفجار في بغداد"), ("fa", "انفجار در تهران"),
]


@pytest.mark.parametrize(("code", "text"), SHORT_OTHER_SCRIPTS, ids=[t for _, t in SHORT_OTHER_SCRIPTS])
def test_short_text_in_another_script_is_its_unsupported_language(code: str, text: str) -> None:
    assert detect_language(text) == code
    assert not is_supported(detect_language(text))


def test_long_text_in_a_script_of_one_language_needs_no_lingua() -> None:
    code = ("import sys; from newstally.read.language import detect_language; "
            "print(detect_language('화요일 다리가 무너져 최소 27명이 숨지고 수십 명이 다쳤다고 당국이 밝혔다.'), "
            "'lingua' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["ko", "False"]


#: Headlines of a few words, fewer letters than lingua is asked about: the language whose common
#: words they are, when it is clear.
SHORT_HEADLINES = [
    ("es", "Cinco muertos en Gaza"), ("es", "Tiroteo en Texas hoy"), ("fr", "Trois morts à Lyon"),
    ("de", "Drei Tote bei Unfall"), ("de", "Zwei Tote in Köln"), ("it", "Tre morti a Roma"),
    ("pt", "Três mortos em Lisboa"), ("pt", "Explosão mata dois"), ("ru", "Взрыв в Москве"),
    ("ru", "Три человека погибли"), ("uk", "Вибух у Києві"), ("en", "Two killed in Gaza"),
    # written later, before the detector was run on them (all read right on the first run)
    ("fr", "Otage libéré au Sahel"), ("fr", "Un policier tué à Paris"), ("pt", "Sequestro em Maputo"),
    ("ru", "Пожар в Омске"),
]


@pytest.mark.parametrize(("code", "text"), SHORT_HEADLINES, ids=[t for _, t in SHORT_HEADLINES])
def test_short_headline_gets_its_language(code: str, text: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["Bomb kills 12", "Brand in Hamburg", "Killed: 12", "Gaza"])
def test_short_text_without_a_clear_language_is_none(text: str) -> None:
    assert detect_language(text) is None  # (read as English by the extraction, as documented)


#: Headlines of 20 to 59 letters: the fit of their words is read first, lingua only when no
#: language clearly fits (on a few words the trigram models misread close languages).
MID_HEADLINES = [
    ("pt", "Sismo de magnitude 5 atinge Açores"), ("it", "Terremoto in Calabria, nessun ferito"),
    ("it", "Alluvione in Toscana, evacuate cento famiglie"), ("es", "Incendio forestal obliga a evacuar a 500 vecinos"),
    ("fr", "Un motard tué dans une collision à Rennes"), ("de", "Hochwasser in Bayern: Tausende evakuiert"),
    ("ru", "Пожар в Казани: двое погибших"), ("en", "Flooding in Porto Alegre displaces thousands"),
    ("en", "Storm leaves thousands without power in Porto"), ("pt", "Deslizamento de terras soterra casas em Petrópolis"),
    # written later, before the detector was run on them (all read right on the first run)
    ("es", "Muere un motorista en Jaén"), ("es", "Naufragio en Lampedusa: 40 desaparecidos"),
    ("de", "Messerangriff in Berlin"), ("de", "Schüsse in Frankfurt, zwei Tote"), ("it", "Rapito un imprenditore"),
    ("it", "Frana a Ischia, dispersi"), ("pt", "Chuva deixa mil desalojados"), ("ru", "В Сочи задержан стрелок"),
    ("fr", "Séisme en Turquie : des centaines de morts"), ("en", "Police arrest teen in Boston"),
]


@pytest.mark.parametrize(("code", "text"), MID_HEADLINES, ids=[t for _, t in MID_HEADLINES])
def test_mid_length_headline_gets_its_language(code: str, text: str) -> None:
    assert language.MIN_LETTERS <= sum(ch.isalpha() for ch in text) < language.SHORT_FIT_LETTERS
    assert detect_language(text) == code
