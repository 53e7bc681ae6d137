"""News pages read through trafilatura: the article's facts in, the page chrome (menus, "most read",
"related", footers) out, in each language; the page's metadata in the forms pages write it; our own reader
when trafilatura finds no main text. The pages are written here, with names of their own."""
import pytest
from click.testing import CliRunner

from conftest import kg_select as rows
from kg.cli import cli
from kg.read.files import read_article
from kg.read.html import html_to_text, page_to_text

PAGES = {
    "en": ("""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Kenyan President in Accra | The Coastal Times</title>
<meta property="og:site_name" content="The Coastal Times">
<link rel="canonical" href="https://coastal.example/world/ruto-accra">
</head><body>
<div class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></div>
<div class="main"><h1>Kenyan President Ruto arrives in Accra</h1>
<p class="dateline">Published 14 March 2025</p>
<div class="story">
<p>ACCRA — Kenyan President William Ruto arrived in Accra on Thursday for a two-day state visit to Ghana at the invitation of President John Mahama.</p>
<p>The two leaders held talks on trade and regional security, and their ministers signed a memorandum of understanding on digital cooperation.</p>
</div></div>
<div class="most-read"><div class="heading">Most read</div>
<div class="item"><a href="/a">Indian Prime Minister Narendra Modi arrives in Tokyo for talks with Shigeru Ishiba</a></div>
<div class="item"><a href="/b">French President Emmanuel Macron visits Rabat at the invitation of King Mohammed VI</a></div>
</div>
<div class="bottom">Copyright 2025 The Coastal Times. All rights reserved.</div>
</body></html>""", ("KE", "GH"), ("Modi", "Macron", "Ishiba")),
    "ru": ("""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>Президент Монголии прибыл в Ханой — Вестник Востока</title>
<meta property="og:site_name" content="Вестник Востока">
</head><body>
<div class="top-menu"><a href="/">Главная</a> | <a href="/politika">Политика</a></div>
<div class="content"><h1>Президент Монголии прибыл в Ханой с государственным визитом</h1>
<div class="date"><time datetime="2025-05-20T08:15:00+07:00">20 мая 2025, 08:15</time></div>
<div class="article-body">
<p>Президент Монголии Ухнаагийн Хурэлсух прибыл во вторник в Ханой с государственным визитом во Вьетнам по приглашению Президента Вьетнама Лыонг Кыонга.</p>
<p>Главы государств провели переговоры в узком и расширенном составе, по итогам которых было подписано соглашение о сотрудничестве в области образования.</p>
</div></div>
<div class="popular"><div class="title">Самое читаемое</div>
<div class="item"><a href="/n1">Премьер-министр Индии Нарендра Моди прибыл в Токио с официальным визитом</a></div>
<div class="item"><a href="/n2">Президент Франции Эмманюэль Макрон провел переговоры с Королем Марокко в Рабате</a></div>
</div>
<div class="footer">© 2025 Вестник Востока. Все права защищены.</div>
</body></html>""", ("MN", "VN"), ("Моди", "Макрон", "Modi", "Macron")),
    "bg": ("""<!DOCTYPE html><html lang="bg"><head><meta charset="utf-8">
<title>Президентът на Чили пристигна в Атина | Балкански вестник</title>
<meta property="og:site_name" content="Балкански вестник">
<meta name="date" content="2025-10-07">
</head><body>
<div class="nav-links"><a href="/">Начало</a> <a href="/svyat">Свят</a></div>
<div class="post"><h1>Президентът на Чили Габриел Борич пристигна в Атина</h1>
<div class="post-text">
<p>Президентът на Чили Габриел Борич пристигна във вторник в Атина на официално посещение в Гърция по покана на президента Константинос Тасулас.</p>
<p>Двамата президенти проведоха разговори за търговията и инвестициите, след което бе подписан меморандум за сътрудничество в областта на туризма.</p>
</div></div>
<div class="related"><div class="title">Свързани новини</div>
<div class="item"><a href="/r1">Премиерът на Индия Нарендра Моди пристигна в Токио на официално посещение</a></div>
<div class="item"><a href="/r2">Президентът на Франция Еманюел Макрон разговаря с краля на Мароко в Рабат</a></div>
</div>
<div class="foot">© 2025 Балкански вестник</div>
</body></html>""", ("CL", "GR"), ("Моди", "Макрон", "Modi", "Macron")),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    src = tmp_path_factory.mktemp("pages")
    for lang, (html, _, _) in PAGES.items():
        (src / f"{lang}_page.html").write_text(html, encoding="utf-8")
    out = src.parent / (src.name + "-out")
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(out), "--no-html"])
    assert r.exit_code == 0, r.output
    return src, out


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_article_of_a_page_gives_its_visit(built, lang):
    _, out = built
    guest, host = PAGES[lang][1]
    visits = rows(out, "SELECT ?g ?h WHERE { ?v a dip:Visit ; dip:guest/dip:leaderOf? ?g ; dip:host ?h . "
                       "?g a dip:State . FILTER(?h != ?g) }")
    assert {"g": f"https://w3id.org/dipkg/resource/state/{guest}",
            "h": f"https://w3id.org/dipkg/resource/state/{host}"} in visits


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_names_in_the_pages_sidebars_become_nothing(built, lang):
    src, out = built
    text = read_article(src / f"{lang}_page.html").text
    others = PAGES[lang][2]
    assert not [n for n in others if n in text]
    labels = " ".join(r["l"] for r in rows(out, "SELECT ?l WHERE { ?x rdfs:label ?l }"))
    assert not [n for n in others if n in labels]
    assert not {"JP", "MA", "FR", "IN"} & {r["s"].rsplit("/", 1)[1] for r in rows(out, "SELECT ?s WHERE { ?s a dip:State }")}


def test_our_own_reader_alone_would_let_the_sidebar_in():
    """Why trafilatura: the visible text of the page still has the "most read" block."""
    html, _, others = PAGES["en"]
    assert all(n in html_to_text(html)[0] for n in others)


@pytest.mark.parametrize("lang, title, date, source", [
    ("en", "Kenyan President Ruto arrives in Accra", "2025-03-14", "The Coastal Times"),
    ("ru", "Президент Монголии прибыл в Ханой с государственным визитом", "2025-05-20", "Вестник Востока"),
    ("bg", "Президентът на Чили Габриел Борич пристигна в Атина", "2025-10-07", "Балкански вестник"),
])
def test_the_pages_metadata(built, lang, title, date, source):
    src, _ = built
    a = read_article(src / f"{lang}_page.html")
    assert (a.title, str(a.date), a.source, a.language) == (title, date, source, lang)


def test_the_canonical_link_is_the_articles_url(built):
    src, _ = built
    assert read_article(src / "en_page.html").url == "https://coastal.example/world/ruto-accra"


def test_a_page_trafilatura_finds_no_article_in_is_read_by_our_own_reader(tmp_path):
    """trafilatura takes a block named "comments" for readers' comments and finds no main text."""
    sentence = "President Gabriel Boric arrived in Athens on Tuesday for an official visit to Greece."
    html = (f"<html lang='en'><head><title>Boric in Athens</title></head><body><div id='comments'><p>{sentence}</p>"
            "</div><footer>Copyright</footer></body></html>")
    assert page_to_text(html) == html_to_text(html)
    p = tmp_path / "fallback.html"
    p.write_text(html, encoding="utf-8")
    a = read_article(p)
    assert a.text == sentence and a.title == "Boric in Athens"


@pytest.mark.parametrize("html", ["<html><body><script>alert(1)</script></body></html>", "<<<>>>", "\x00\x01<p"])
def test_a_page_without_text_is_one_line_error(tmp_path, html):
    p = tmp_path / "empty.html"
    p.write_text(html, encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(p), "-o", str(tmp_path / "out"), "--no-html"])
    assert r.exit_code != 0 and "Traceback" not in r.output
    assert "empty.html" in r.output
