"""looks_english / detect_script_or_language on small inline samples."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.claims.language import detect_script_or_language, english_score, looks_english

SEED = Path(__file__).resolve().parents[2] / "seeds" / "north-korea-icbm-2021.txt"

ENGLISH = {
    "news": (
        "The prime minister said on Tuesday that the government would not raise taxes this year. "
        "\u201cWe have made a promise to the people and we will keep it,\u201d she told reporters in London. "
        "Opposition leaders said the plan was unrealistic."
    ),
    "names": (
        "Kim Jong-un met Moon Jae-in and Xi Jinping in Pyongyang, according to KCNA. "
        "Harry Kazianis, of the Center for the National Interest, said Pyongyang, Seoul and Beijing "
        "were not surprised. Vipin Narang of MIT told NK News that Kim was doing what he said."
    ),
    "machine_translated": (
        "Experts say \"North ICBM manufacturing situation, not surprising\". The situation in which "
        "Pyongyang seems to be secretly manufacturing a new intercontinental ballistic missile near "
        "Pyongyang has been detected, the Washington Post reported on the 30th (local time) ). "
        "I do not think the negotiations will have a big impact right now."
    ),
    "short_paste": "Biden says he will sign the bill. \u201cIt is a good day,\u201d he said.",
    "headline_and_lede": "Fed holds rates steady\n\nThe Federal Reserve kept interest rates unchanged on Wednesday, officials said.",
    "with_slack_markup": "<!here> *Breaking*: the mayor of <https://x.com|Boston> said that the trains were back.",
    "all_caps": "THE PRESIDENT SAID THAT THE TALKS WOULD RESUME IN MAY, ACCORDING TO OFFICIALS.",
}

NON_ENGLISH = {
    "German": (
        "Der Bundeskanzler hat am Dienstag angekündigt, dass die Regierung die Steuern in diesem Jahr "
        "nicht erhöhen wird. \u201eWir haben den Menschen ein Versprechen gegeben\u201c, sagte er vor "
        "Journalisten in Berlin. Die Opposition hält den Plan für unrealistisch."
    ),
    "French": (
        "Le Premier ministre a déclaré mardi que le gouvernement n'augmenterait pas les impôts cette "
        "année. \u00ab Nous avons fait une promesse aux Français et nous la tiendrons \u00bb, a-t-il dit "
        "aux journalistes à Paris. L'opposition juge le plan irréaliste."
    ),
    "Spanish": (
        "El presidente del Gobierno dijo el martes que no subirá los impuestos este año. \u201cHemos "
        "hecho una promesa a los ciudadanos y la vamos a cumplir\u201d, dijo a los periodistas en Madrid. "
        "La oposición considera que el plan es poco realista."
    ),
    "Italian": (
        "Il presidente del Consiglio ha detto martedì che il governo non aumenterà le tasse quest'anno. "
        "\u00abAbbiamo fatto una promessa agli italiani e la manterremo\u00bb, ha detto ai giornalisti a Roma."
    ),
    "Dutch": (
        "De minister-president zei dinsdag dat de regering dit jaar de belastingen niet zal verhogen. "
        "\u201cWe hebben een belofte gedaan en die houden we\u201d, zei hij tegen journalisten in Den Haag."
    ),
    "Russian": (
        "Премьер-министр заявил во вторник, что правительство не будет повышать налоги в этом году. "
        "\u00abМы дали обещание людям и сдержим его\u00bb, сказал он журналистам в Москве."
    ),
    "Chinese": "总理周二表示，政府今年不会加税。“我们已经向人民作出了承诺，我们会遵守承诺，”他在北京对记者说。",
    "Japanese": "首相は火曜日、政府は今年増税しないと述べた。「私たちは国民に約束した」と記者団に語った。",
    "Arabic": "قال رئيس الوزراء يوم الثلاثاء إن الحكومة لن ترفع الضرائب هذا العام. وقال للصحفيين في القاهرة إن الوعد سيتم الوفاء به.",
    "Korean": "국무총리는 화요일 정부가 올해 세금을 인상하지 않을 것이라고 말했다. 그는 서울에서 기자들에게 \u201c우리는 국민과 약속했다\u201d고 말했다.",
}


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_english_samples(name):
    assert looks_english(ENGLISH[name]), (name, english_score(ENGLISH[name]))
    assert detect_script_or_language(ENGLISH[name]) == "English"


def test_machine_translated_seed_article_is_english():
    text = SEED.read_text(encoding="utf-8")
    assert looks_english(text)
    assert detect_script_or_language(text) == "English"


@pytest.mark.parametrize("name", sorted(NON_ENGLISH))
def test_non_english_samples(name):
    text = NON_ENGLISH[name]
    assert not looks_english(text), (name, english_score(text))
    assert not looks_english(text * 5)


@pytest.mark.parametrize(
    "name, expected",
    [("German", "German"), ("French", "French"), ("Spanish", "Spanish"), ("Italian", "Italian"), ("Dutch", "Dutch"),
     ("Chinese", "Chinese"), ("Japanese", "Japanese"), ("Arabic", "Arabic"), ("Korean", "Korean")],
)
def test_detect_names_the_language(name, expected):
    assert detect_script_or_language(NON_ENGLISH[name]) == expected


def test_detect_russian_mentions_cyrillic():
    assert detect_script_or_language(NON_ENGLISH["Russian"]).startswith("Russian")


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "   \n\n  ",
        "\x00\x01\x02\x03\x04\x05" * 200,
        "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + "".join(chr(0x80 + (i * 37) % 0x7f) for i in range(2000)),
        "\ufffd\ufffd\ufffd\x89PNG\x1a\x00\x00" * 100,
        "1234 5678 9012 3456 7890 " * 50,
        "asdkjh qwpeoiru zxmcnv lkjhqwe poiuyt mnbvcx " * 20,
        "=== *** --- ### +++ " * 50,
    ],
)
def test_junk_is_not_english(junk):
    assert not looks_english(junk)


def test_random_binary_is_not_english():
    blob = os.urandom(4000).decode("latin-1")
    assert not looks_english(blob)


def test_english_with_a_foreign_quote_is_still_english():
    text = ENGLISH["news"] + " The banner read \u201cNie wieder Krieg\u201d, which means never again war."
    assert looks_english(text)


def test_only_the_first_5000_chars_are_read():
    text = ENGLISH["news"] * 30 + NON_ENGLISH["German"] * 200
    assert looks_english(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=500))
def test_never_raises(text):
    assert looks_english(text) in (True, False)
    assert isinstance(detect_script_or_language(text), str)
