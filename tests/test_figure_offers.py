"""An offer or a capacity ("ready to export goods worth $1 billion", "готова экспортировать", "има
потенциал") is no trade figure, while the figure reported beside it stays, with its own year. The
sentences are written here."""
import json

import pytest
from click.testing import CliRunner

from conftest import write_article
from kg.cli import cli

CASES = [
    ("en", "Trade between Kenya and Ghana reached $150 million in 2024. Kenya is ready to export goods worth $1 billion to Ghana. Kenyan exporters have the capacity to supply Ghana with tea worth $300 million."),
    ("ru", "Товарооборот между Кенией и Ганой в 2024 году составил 150 млн долларов. Кения готова экспортировать в Гану товары на сумму 1 млрд долларов."),
    ("bg", "Стокообменът между Кения и Гана през 2024 г. достигна 150 млн. долара. Кения е готова да изнася за Гана стоки за 1 млрд. долара."),
]


@pytest.mark.parametrize("lang, text", CASES)
def test_an_offer_is_no_figure(tmp_path, lang, text):
    src = tmp_path / "in"
    write_article(src, "a", text, language=lang, date="2025-05-12")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(src), "-o", str(out), "--no-html"]).exit_code in (0, 1)
    q = "SELECT ?m ?a ?y WHERE { ?f a dip:TradeFigure ; dip:metric ?m ; dip:amount ?a . OPTIONAL { ?f dip:year ?y } }"
    r = CliRunner().invoke(cli, ["query", q, "-d", str(out), "--json"])
    figures = [(b["m"]["value"], b["a"]["value"], b.get("y", {}).get("value")) for b in
               json.loads(r.output)["results"]["bindings"]]
    assert figures == [("turnover", "150000000", "2024")]
