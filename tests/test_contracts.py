"""A company's contract is a signed document but no treaty between states: typed dip:Agreement with the
document type "contract", never dip:Treaty, while the intergovernmental agreements beside it stay
treaties. The sentences are written here."""
import json

import pytest
from click.testing import CliRunner

from conftest import write_article
from kg.cli import cli

CASES = [
    ("en", "President William Ruto and President John Mahama signed the Agreement on Visa Exemption for Diplomatic Passports in Accra. Kenya Airways and a Ghanaian company signed a contract for the supply of aircraft parts."),
    ("ru", "Президенты Кении и Ганы подписали соглашение о безвизовом режиме в Аккре. Кенийская компания и ганский холдинг подписали контракт на поставку оборудования."),
    ("bg", "Президентите на Кения и Гана подписаха споразумение за безвизов режим в Акра. Кенийска компания и ганайски холдинг подписаха контракт за доставка на оборудване."),
]


@pytest.mark.parametrize("lang, text", CASES)
def test_a_contract_is_no_treaty(tmp_path, lang, text):
    src = tmp_path / "in"
    write_article(src, "a", text, language=lang, date="2025-05-12")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(src), "-o", str(out), "--no-html"]).exit_code in (0, 1)
    q = ("SELECT ?a ?t (GROUP_CONCAT(STRAFTER(STR(?c), '#'); separator=' ') AS ?cs) WHERE { ?a a dip:Agreement ; "
         "dip:documentType ?t ; a ?c } GROUP BY ?a ?t")
    r = CliRunner().invoke(cli, ["query", q, "-d", str(out), "--json"])
    docs = {b["t"]["value"]: set(b["cs"]["value"].split()) for b in json.loads(r.output)["results"]["bindings"]}
    assert docs.get("contract") == {"Agreement"}
    assert "Treaty" in docs.get("agreement", set())
