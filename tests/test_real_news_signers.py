"""Who signed, as real news tells it, with sentences written here: "the two neighbours / leaders / presidents
signed" is both states of the article, even where a dateline names one of them before; a count of the signers
is no count of documents; two cities' agreement is no treaty between states."""
import pytest

from conftest import rows

PARTIES = """SELECT ?iso WHERE { ?a a dip:Agreement ; dip:party/dip:isoCode ?iso }"""


@pytest.mark.parametrize("lang, text", [
    ("en", "ZAGREB, Croatia (AP) — Croatian President Zoran Milanovic held talks on Wednesday with his visiting "
           "Slovenian counterpart as the two neighbours signed an agreement on energy cooperation."),
    ("en", "Croatia's President Zoran Milanovic received Slovenian President Natasa Pirc Musar in Zagreb, and the "
           "two presidents signed an agreement on energy cooperation."),
    ("ru", "В Загребе президент Хорватии Зоран Миланович принял словенского коллегу Наташу Пирц Мусар, после чего "
           "два президента подписали соглашение о сотрудничестве в области энергетики."),
    ("bg", "В Загреб хърватският президент Зоран Миланович прие словенския си колега Наташа Пирц Мусар, а двамата "
           "президенти подписаха споразумение за сътрудничество в енергетиката."),
])
def test_the_two_leaders_signing_are_both_states(build_text, lang, text):
    got = {str(i) for (i,) in rows(build_text(text, language=lang), PARTIES)}
    assert got == {"HR", "SI"}, got


AGREEMENTS = """SELECT ?label WHERE { ?a a dip:Agreement ; rdfs:label ?label }"""


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Хорватии Зоран Миланович принял словенского коллегу Наташу Пирц Мусар. Два президента "
           "подписали соглашение о сотрудничестве в области энергетики."),
    ("en", "Croatian President Zoran Milanovic received Slovenian President Natasa Pirc Musar. Two presidents "
           "signed an agreement on energy cooperation."),
])
def test_a_count_of_the_signers_is_no_count_of_documents(build_text, lang, text):
    assert len(rows(build_text(text, language=lang), AGREEMENTS)) == 1


TYPES = """SELECT ?t WHERE { ?a a dip:Agreement , ?t . FILTER(?t IN (dip:Treaty, dip:Memorandum)) }"""


@pytest.mark.parametrize("lang, text", [
    ("en", "The mayors of Plovdiv and Kutaisi signed an agreement establishing sister-city relations."),
    ("ru", "Мэры Пловдива и Кутаиси подписали соглашение об установлении побратимских связей между городами."),
    ("bg", "Кметовете на Пловдив и Кутаиси подписаха споразумение за побратимяване на двата града."),
])
def test_two_cities_agreement_is_no_treaty_between_states(build_text, lang, text):
    g = build_text(text, language=lang)
    assert len(rows(g, AGREEMENTS)) == 1 and rows(g, TYPES) == []
