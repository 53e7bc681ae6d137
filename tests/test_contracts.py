"""A company's contract is a signed document but no treaty between states: typed dip:Agreement with the
document type "contract", never dip:Treaty, while the intergovernmental agreements beside it stay
treaties. The sentences are written here."""
import pytest

from conftest import kg_build_texts, kg_select

CASES = [
    ("en", "President William Ruto and President John Mahama signed the Agreement on Visa Exemption for Diplomatic Passports in Accra. Kenya Airways and a Ghanaian company signed a contract for the supply of aircraft parts."),
    ("ru", "Президенты Кении и Ганы подписали соглашение о безвизовом режиме в Аккре. Кенийская компания и ганский холдинг подписали контракт на поставку оборудования."),
    ("bg", "Президентите на Кения и Гана подписаха споразумение за безвизов режим в Акра. Кенийска компания и ганайски холдинг подписаха контракт за доставка на оборудване."),
]


@pytest.mark.parametrize("lang, text", CASES)
def test_a_contract_is_no_treaty(tmp_path, lang, text):
    out = kg_build_texts(tmp_path, {"a": (text, lang)}, "2025-05-12", ok=(0, 1))
    q = ("SELECT ?a ?t (GROUP_CONCAT(STRAFTER(STR(?c), '#'); separator=' ') AS ?cs) WHERE { ?a a dip:Agreement ; "
         "dip:documentType ?t ; a ?c } GROUP BY ?a ?t")
    docs = {r["t"]: set(r["cs"].split()) for r in kg_select(out, q)}
    assert docs.get("contract") == {"Agreement"}
    assert "Treaty" in docs.get("agreement", set())
