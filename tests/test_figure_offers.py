"""An offer, a capacity or a forecast ("ready to export goods worth $1 billion", "готова экспортировать",
"има потенциал", "could reach", "может составить", "може да достигне") is no trade figure, while the
figure reported beside it stays, with its own year ("last year", "за прошедший год", "през изминалата
година" the year before the article's). The sentences are written here."""
import pytest

from conftest import kg_build_texts, kg_select

CASES = [
    ("en", "Trade between Kenya and Ghana reached $150 million in 2024. Kenya is ready to export goods worth $1 billion to Ghana. Kenyan exporters have the capacity to supply Ghana with tea worth $300 million."),
    ("ru", "Товарооборот между Кенией и Ганой в 2024 году составил 150 млн долларов. Кения готова экспортировать в Гану товары на сумму 1 млрд долларов."),
    ("bg", "Стокообменът между Кения и Гана през 2024 г. достигна 150 млн. долара. Кения е готова да изнася за Гана стоки за 1 млрд. долара."),
    ("en", "Trade between Kenya and Ghana reached $150 million last year. Officials said trade between Kenya and Ghana could reach $400 million by the end of 2026."),
    ("ru", "За прошедший год товарооборот между Кенией и Ганой составил 150 млн долларов. По прогнозу, в следующем году товарооборот Кении и Ганы может составить 400 млн долларов."),
    ("ru", "За минувший год товарооборот между Кенией и Ганой вырос до 150 млн долларов. Стороны считают, что страны выйдут на планку в 400 млн долларов."),
    ("bg", "През изминалата година стокообменът между Кения и Гана достигна 150 млн. долара. Стокообменът между Кения и Гана може да достигне 400 млн. долара."),
]


@pytest.mark.parametrize("lang, text", CASES)
def test_an_offer_is_no_figure(tmp_path, lang, text):
    out = kg_build_texts(tmp_path, {"a": (text, lang)}, "2025-05-12", ok=(0, 1))
    q = "SELECT ?m ?a ?y WHERE { ?f a dip:TradeFigure ; dip:metric ?m ; dip:amount ?a . OPTIONAL { ?f dip:year ?y } }"
    figures = [(r["m"], r["a"], r.get("y")) for r in kg_select(out, q)]
    assert figures == [("turnover", "150000000", "2024")]


@pytest.mark.parametrize("lang, text, year", [
    ("bg", "Търговският обмен между Кения и Гана за първите девет месеца на 2025 г. е 150 млн. долара.", "2025"),
    ("ru", "Товарооборот Кении и Ганы за первые девять месяцев 2025 года составил 150 млн долларов.", "2025"),
])
def test_a_figure_of_a_long_period_of_a_year_has_that_year(tmp_path, lang, text, year):
    out = kg_build_texts(tmp_path, {"a": (text, lang)}, "2025-11-12")
    q = "SELECT ?y WHERE { ?f a dip:TradeFigure ; dip:year ?y }"
    assert [r["y"] for r in kg_select(out, q)] == [year]
