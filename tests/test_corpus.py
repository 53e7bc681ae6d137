"""Reading articles: formats, metadata, languages, and every kind of bad input."""
import json

import pytest

from kg.read import discover, read_article
from kg.read.html import html_to_text
from kg.read.language import detect_language
from kg.errors import InputError


def test_sidecar_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("President X visited Y.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"title": "T", "date": "2025-06-09", "language": "en",
                                                      "url": "https://example.org/a"}), encoding="utf-8")
    a = read_article(tmp_path / "a.txt")
    assert (a.title, a.date.isoformat(), a.language, a.url) == ("T", "2025-06-09", "en", "https://example.org/a")


def test_front_matter_in_markdown(tmp_path):
    p = tmp_path / "b.md"
    p.write_text("---\ntitle: Заглавие\ndate: 2024-01-02\n---\n# Heading\n\nТекст на **български** за България.\n",
                 encoding="utf-8")
    a = read_article(p)
    assert a.title == "Заглавие" and a.date.isoformat() == "2024-01-02" and a.language == "bg"
    assert "**" not in a.text and "#" not in a.text


def test_unknown_date_stays_unknown(tmp_path):
    (tmp_path / "c.txt").write_text("Leaders met in Astana.", encoding="utf-8")
    assert read_article(tmp_path / "c.txt").date is None


def test_bad_date_in_sidecar_costs_the_date_not_the_article(tmp_path):
    (tmp_path / "d.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "d.meta.json").write_text('{"date": "9 June"}', encoding="utf-8")
    a = read_article(tmp_path / "d.txt")
    assert a.date is None and a.text == "Text."
    assert any("date '9 June' is not a date" in n for n in a.notes)


def test_html_drops_scripts_and_navigation(tmp_path):
    p = tmp_path / "e.html"
    p.write_text("<html lang='en'><head><title>Page title</title><script>alert('x')</script></head><body>"
                 "<nav>Home | News</nav><article><p>President Sadyr Japarov met guests.</p></article>"
                 "<footer>Copyright</footer></body></html>", encoding="utf-8")
    a = read_article(p)
    assert a.title == "Page title" and a.language == "en"
    assert "alert" not in a.text and "Home" not in a.text and "Copyright" not in a.text
    assert "Japarov" in a.text


def test_html_to_text_meta():
    text, meta = html_to_text('<meta property="article:published_time" content="2025-06-09T10:00"><p>Hi</p>')
    assert meta["date"] == "2025-06-09T10:00" and text == "Hi"   # read as a date by kg.read.meta.checked


@pytest.mark.parametrize("content, message", [
    (b"", "empty file"),
    (b"   \n\n ", "empty file"),
    (bytes(range(256)) * 40, "binary file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x01" * 500, "binary file"),
])
def test_unusable_files_raise_one_line(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=message) as e:
        read_article(p)
    assert "\n" not in str(e.value) and "bad.txt" in str(e.value)


def test_large_file_is_refused(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match="larger than"):
        read_article(p)


def test_cp1251_and_utf16_are_read_with_a_note(tmp_path):
    text = "Президентът Румен Радев пристигна в Астана на официално посещение в Казахстан."
    (tmp_path / "a.txt").write_bytes(text.encode("cp1251"))
    (tmp_path / "b.txt").write_bytes(text.encode("utf-16"))
    for name in ("a.txt", "b.txt"):
        a = read_article(tmp_path / name)
        assert a.text == text and a.language == "bg"
        assert a.notes and "read as" in a.notes[0]


def test_boilerplate_after_more_news_is_cut(tmp_path):
    p = tmp_path / "f.txt"
    p.write_text("Headline\n\nBody about Bulgaria.\n\nОЩЕ ОТ НОВИНИ\n\nUnrelated story about Ukraine.",
                 encoding="utf-8")
    assert "Ukraine" not in read_article(p).text


def test_detect_language():
    assert detect_language("The presidents met in Astana.") == "en"
    assert detect_language("Двамата президенти се срещнаха днес в Астана и обсъдиха търговията.") == "bg"
    assert detect_language("Президенты встретились в Астане и обсудили торговлю, это было важно.") == "ru"


def test_discover_reports_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        discover([tmp_path / "nope"])
