"""Events still to come are no facts: a visit or talks told in the future tense ("will pay a visit",
"посетит", "совершит визит", "ще посети", "ще разговаря", "встретится") make no visit and no meeting,
while the same sentences in the past tense do. And a pack's cue word never matches the start of a
state's name in another language (the Bulgarian "каза", said, read "Казахстан" as a speech). The sentences
are written here, with names of their own."""
from pathlib import Path

import pytest

from conftest import rows

VISITS = "SELECT ?guest ?host WHERE { ?v a dip:Visit ; dip:guest/rdfs:label ?guest ; dip:host/dip:isoCode ?host }"
MEETINGS = "SELECT ?m WHERE { ?m a dip:Meeting }"

FUTURE = [
    ("en", "President Kwame Asante of Ghana will pay a state visit to Brazil."),
    ("en", "Prime Minister Tomas Lind of Norway is due to visit Chile on Thursday."),
    ("ru", "Президент Молдовы Андрей Руснак посетит Армению с государственным визитом."),
    ("ru", "Премьер-министр Сербии Марко Йованович совершит официальный визит в Грецию."),
    ("ru", "Президент Эстонии Март Сааре встретится в Риге с президентом Латвии Андрисом Калниньшем."),
    ("bg", "Президентът на Хърватия Иван Ковач ще посети Албания."),
    ("bg", "Министър-председателят на Латвия Андрис Берзиньш ще бъде на официално посещение в Португалия."),
    ("bg", "Премиерът на Румъния Йон Попеску ще разговаря в София с българския премиер Петър Колев."),
]
PAST = [
    ("en", "President Kwame Asante of Ghana paid a state visit to Brazil.", ("Kwame Asante", "BR")),
    ("ru", "Президент Молдовы Андрей Руснак посетил Армению с государственным визитом.", ("Андрей Руснак", "AM")),
    ("ru", "Премьер-министр Сербии Марко Йованович совершил официальный визит в Грецию.", ("Марко Йованович", "GR")),
    ("bg", "Президентът на Хърватия Иван Ковач посети Албания.", ("Иван Ковач", "AL")),
    ("bg", "Президентът на Хърватия Иван Ковач пристигна в Тирана, където утре ще посети и парламента.",
     ("Иван Ковач", "AL")),
]


@pytest.mark.parametrize("lang, text", FUTURE)
def test_a_visit_or_talks_still_to_come_are_no_event(build_text, lang, text):
    g = build_text(text, language=lang)
    assert rows(g, VISITS) == [] and rows(g, MEETINGS) == []


@pytest.mark.parametrize("lang, text, visit", PAST)
def test_the_same_visits_told_as_made_are_visits(build_text, lang, text, visit):
    assert visit in {(str(a), str(b)) for a, b in rows(build_text(text, language=lang), VISITS)}


def test_no_cue_word_of_any_pack_matches_the_start_of_a_state_name():
    from kg.lang import lexicon

    lx = lexicon()
    names = set()
    for f in (Path(__file__).resolve().parent.parent / "kg" / "reference" / "states").glob("*.tsv"):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                names |= {n.strip() for cell in line.split("\t")[1:] for n in cell.split(";") if n.strip()}
    cues = {a: rx for a, rx in vars(lx).items() if a.endswith("_cue") and hasattr(rx, "match")}
    assert {"spoke_cue", "visit_cue", "meeting_cue"} <= set(cues)
    bad = sorted((a, n) for a, rx in cues.items() for n in names
                 if (m := rx.match(n)) and m.end() < len(n) and n[m.end()].isalpha())
    assert bad == []
