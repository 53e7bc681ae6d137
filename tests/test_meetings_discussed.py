"""Talks told by what the leaders discussed ("discussed", "обсудили", "обсъдиха"), with the place and the
two sides named, are meetings; a body that discusses, or a leader with his own government, is none.
The sentences are written here, with names and places of their own."""
import pytest

from conftest import kg_build_texts, kg_select

CASES = {
    "en": ("In Ulaanbaatar, Mongolian President Ukhnaagiin Khurelsukh discussed regional security with Japanese Prime Minister Shigeru Ishiba.",
           {"ukhnaagiin-khurelsukh", "shigeru-ishiba"}, "mn-ulan-bator"),
    "ru": ("В Душанбе Эмомали Рахмон и Шавкат Мирзиёев обсудили вопросы торгово-экономического сотрудничества.",
           {"emomali-rahmon", "shavkat-mirziyoyev"}, "tj-dushanbe"),
    "bg": ("Румен Радев и Касъм-Жомарт Токаев обсъдиха в Астана възможностите за сътрудничество в енергетиката.",
           {"rumen-radev", "kassym-jomart-tokayev"}, "kz-astana"),
}
NOT_MEETINGS = ["The parliament discussed the new budget on Monday.",
                "President Kassym-Jomart Tokayev discussed the budget with the government in Astana."]


def meetings(tmp_path, texts: dict) -> dict:
    out = kg_build_texts(tmp_path, texts, "2025-04-15", ok=(0, 1))    # 1: an article without facts (the negatives)
    q = "SELECT ?m ?p ?c WHERE { ?m a dip:Meeting ; dip:participant ?p . OPTIONAL { ?m dip:location ?c } }"
    found: dict = {}
    for r in kg_select(out, q):
        m = found.setdefault(r["m"], {"people": set(), "city": ""})
        m["people"].add(r["p"].rsplit("/", 1)[1])
        m["city"] = r.get("c", "").rsplit("/", 1)[-1]
    return found


@pytest.mark.parametrize("lang", sorted(CASES))
def test_leaders_who_discussed_something_in_a_city_met_there(tmp_path, lang):
    text, people, city = CASES[lang]
    found = list(meetings(tmp_path, {"a": (text, lang)}).values())
    assert len(found) == 1 and found[0]["people"] == people and found[0]["city"].startswith(city)


def test_a_body_or_a_leader_with_his_government_discussing_is_no_meeting(tmp_path):
    assert meetings(tmp_path, {f"n{i}": (t, "en") for i, t in enumerate(NOT_MEETINGS)}) == {}
