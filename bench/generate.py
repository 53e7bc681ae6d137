"""Synthetic diplomatic news for benchmarks: articles in English, Bulgarian and Russian, filled from the
reference data (every state with its names and adjectives, GeoNames cities, leaders with made-up names
written in both scripts, corridors, money figures), and an ontology-shaped graph of any size.

    python bench/generate.py articles OUT_DIR --count 1000
    python bench/generate.py graph OUT.nt --triples 1000000
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LAT2CYR = [("zh", "ж"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("ya", "я"), ("ts", "ц"), ("a", "а"), ("b", "б"),
           ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "й"), ("k", "к"),
           ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"),
           ("u", "у"), ("f", "ф"), ("h", "х")]
SYL = ["ka", "ra", "do", "mi", "sa", "li", "to", "ne", "va", "ru", "zhan", "bek", "nur", "go", "del", "mar",
       "tin", "sar", "bo", "len", "ko", "vi", "da", "ser", "al", "an", "dre", "yu", "ta"]
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
          "bg": ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
                 "ноември", "декември"],
          "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]}


def to_cyr(name: str) -> str:
    out, i, low = [], 0, name.lower()
    while i < len(low):
        for lat, cyr in LAT2CYR:
            if low.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(low[i])
            i += 1
    return " ".join(w.capitalize() for w in "".join(out).split())


class World:
    """States, cities and leaders to write about."""

    def __init__(self, seed: int = 1):
        from kg import reference
        from kg.reference.states import rows

        self.rnd = random.Random(seed)
        gaz = reference.load()
        adj = {code: rows(code) for code in ("en", "bg", "ru")}
        self.states = []
        for iso, info in sorted(gaz.states.items()):
            if any(iso not in a for a in adj.values()) or "bg" not in info.names or "ru" not in info.names:
                continue
            cities = sorted((c for c in gaz.cities.values() if c["country"] == iso and c["cyrillic"]),
                            key=lambda c: -c["population"])[:6]
            if not cities:
                continue
            self.states.append({
                "iso": iso, "en": info.names["en"], "bg": info.names["bg"], "ru": info.names["ru"],
                "adj_en": adj["en"][iso][2].split(";")[0], "adj_bg": adj["bg"][iso][2].split(";")[0] + "и",
                "adj_ru": adj["ru"][iso][2].split(";")[0] + "ий", "cities": cities,
                "leader": self._person(), "minister": self._person()})

    def _person(self):
        first = "".join(self.rnd.choice(SYL) for _ in range(2)).capitalize()
        last = "".join(self.rnd.choice(SYL) for _ in range(3)).capitalize() + self.rnd.choice(["ov", "ev", "in", "an"])
        return {"en": f"{first} {last}", "cyr": to_cyr(f"{first} {last}"), "last_en": last,
                "last_cyr": to_cyr(last)}


def city_name(c: dict, lang: str) -> str:
    if lang == "en":
        return c["name"]
    return c["cyrillic"][0]


def article(world: World, i: int) -> tuple[str, dict]:
    rnd = random.Random(i)
    lang = ["en", "en", "bg", "ru"][i % 4]
    host, guest = rnd.sample(world.states, 2)
    city = host["cities"][0]
    year = rnd.choice([2022, 2023, 2024, 2025])
    month, day = rnd.randrange(12), rnd.randrange(1, 28)
    date = f"{year}-{month + 1:02d}-{day:02d}"
    amount = round(rnd.uniform(1, 900), 1)
    target = rnd.choice([1, 2, 3, 5, 10, 15])
    inv = round(rnd.uniform(1, 300), 1)
    corridor = f"{host['cities'][0]['name']}–{guest['cities'][0]['name']} Transport Corridor"
    g, h = guest["leader"], host["leader"]
    if lang == "en":
        title = f"{guest['adj_en']} President {g['last_en']} visits {host['en']}"
        body = f"""{title}

{city_name(city, 'en').upper()} — {guest['adj_en']} President {g['en']} arrived in {city_name(city, 'en')} on {MONTHS['en'][month]} {day} for an official visit to {host['en']} at the invitation of President {h['en']}.

The two presidents held talks in narrow and extended formats. {h['last_en']} said the visit opens a new chapter in relations between {host['en']} and {guest['en']}.

Following the talks, the leaders signed a Joint Declaration on Strategic Partnership. The sides also signed an agreement on visa-free travel, a memorandum of understanding on cooperation in energy and a roadmap for industrial cooperation.

Trade turnover between {host['en']} and {guest['en']} reached ${amount} million in {year - 1}. {guest['adj_en']} investments in {host['en']} amounted to ${inv} million. The sides aim to bring trade to ${target} billion by {year + 5}.

{g['last_en']} said {guest['en']} is interested in the {corridor}.

The two countries established diplomatic relations in {rnd.randrange(1950, 2000)}.

{h['last_en']} awarded {g['last_en']} the Order of Friendship.
"""
    elif lang == "bg":
        title = f"Президентът {g['cyr']} е на официално посещение в {host['bg']}"
        body = f"""{title}

Държавният глава {g['cyr']} е на официално посещение в {host['bg']} по покана на президента на {host['bg']} {h['cyr']}. Днес в {city_name(city, 'bg')} двамата президенти проведоха разговори.

В присъствието на двамата лидери бяха подписани меморандум за сътрудничество в областта на енергетиката и споразумение за икономическо сътрудничество.

Стокообменът между {host['bg']} и {guest['bg']} през {year - 1} г. възлиза на {str(amount).replace('.', ',')} млн. долара.

{host['bg']} и {guest['bg']} установиха дипломатически отношения през {rnd.randrange(1950, 2000)} г.
"""
    else:
        title = f"{h['cyr']} провел переговоры с Президентом {guest['ru']}"
        body = f"""{title}

Президент {host['ru']} {h['cyr']} провел переговоры с Президентом {guest['ru']} {g['cyr']}, прибывшим в {city_name(city, 'ru')} с государственным визитом.

По итогам переговоров главы государств подписали Совместное заявление. Также был подписан меморандум о сотрудничестве в области транспорта.

Товарооборот между странами в {year - 1} году составил {str(amount).replace('.', ',')} млн долларов. Стороны намерены довести товарооборот до {target} млрд долларов к {year + 5} году.

{h['cyr']} вручил {g['last_cyr']}у орден «Дружбы».
"""
    meta = {"title": title, "date": date, "language": lang, "source": "dipkg synthetic benchmark article"}
    return body, meta


def write_articles(out: Path, count: int, seed: int = 1, start: int = 0) -> int:
    """Write articles ``start`` .. ``start + count - 1`` of the world ``seed`` (the same leaders, cities
    and corridors for every call with that seed: later ones are the news that follows)."""
    world = World(seed)
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(start, start + count):
        body, meta = article(world, i)
        (out / f"a{i:06d}.txt").write_text(body, encoding="utf-8")
        (out / f"a{i:06d}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        total += len(body.encode("utf-8"))
    return total


def write_graph(out: Path, triples: int, seed: int = 1) -> int:
    """An ontology-shaped graph (states, people, cities, events, agreements, figures, evidence) as N-Triples."""
    rnd = random.Random(seed)
    D, R = "https://w3id.org/dipkg/ontology#", "https://w3id.org/dipkg/resource/"
    T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    L = "http://www.w3.org/2000/01/rdf-schema#label"
    P = "http://www.w3.org/ns/prov#wasDerivedFrom"
    XD = "http://www.w3.org/2001/XMLSchema#"
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        def t(s, p, o):
            nonlocal n
            f.write(f"<{s}> <{p}> {o} .\n")
            n += 1

        import pycountry

        states = [c.alpha_2 for c in pycountry.countries]
        for iso in states:
            t(R + f"state/{iso}", T, f"<{D}State>")
            t(R + f"state/{iso}", D + "isoCode", f'"{iso}"')
            t(R + f"state/{iso}", L, f'"State {iso}"@en')
        people = [R + f"person/p{i}" for i in range(3000)]
        for i, p in enumerate(people):
            t(p, T, f"<{D}Leader>")
            t(p, L, f'"Person {i}"@en')
            t(p, D + "leaderOf", f"<{R}state/{states[i % len(states)]}>")
            t(p, D + "role", '"President"')
        cities = [R + f"city/c{i}" for i in range(8000)]
        for i, c in enumerate(cities):
            t(c, T, f"<{D}City>")
            t(c, L, f'"City {i}"@en')
            t(c, D + "inState", f"<{R}state/{states[i % len(states)]}>")
        corridors = [R + f"corridor/k{i}" for i in range(200)]
        for i, c in enumerate(corridors):
            t(c, T, f"<{D}Corridor>")
            t(c, L, f'"Corridor {i}"@en')
            for _ in range(3):
                t(c, D + "passesThrough", f"<{R}state/{rnd.choice(states)}>")
        i = 0
        while n < triples:
            art = R + f"article/x{i // 5}"
            if i % 5 == 0:
                t(art, T, f"<{D}Article>")
                t(art, "http://purl.org/dc/terms/title", f'"Article {i // 5}"@en')
            v = R + f"visit/v{i}"
            g, h = rnd.choice(people), rnd.choice(states)
            date = f'"{rnd.randrange(2000, 2026)}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 28):02d}"^^<{XD}date>'
            for s, p, o in ((v, T, f"<{D}Visit>"), (v, D + "guest", f"<{g}>"), (v, D + "host", f"<{R}state/{h}>"),
                            (v, D + "location", f"<{rnd.choice(cities)}>"), (v, D + "date", date),
                            (v, L, f'"Visit {i}"@en'), (v, P, f"<{art}>"), (v, D + "evidence", f'"Sentence {i}."')):
                t(s, p, o)
            a = R + f"agreement/a{i}"
            for s, p, o in ((a, T, f"<{D}Agreement>"), (a, D + "documentType", '"memorandum"'),
                            (a, D + "party", f"<{R}state/{h}>"), (a, D + "party", f"<{R}state/{rnd.choice(states)}>"),
                            (a, D + "signedDuring", f"<{v}>"), (a, D + "concerns", f"<{rnd.choice(corridors)}>"),
                            (a, D + "date", date), (a, L, f'"Memorandum {i}"@en'), (a, P, f"<{art}>"),
                            (a, D + "evidence", f'"Signed {i}."')):
                t(s, p, o)
            fig = R + f"figure/f{i}"
            x, y = rnd.sample(states, 2)
            for s, p, o in ((fig, T, f"<{D}TradeFigure>"), (fig, D + "metric", '"turnover"'),
                            (fig, D + "amount", f'"{rnd.randrange(10**6, 10**10)}"^^<{XD}decimal>'),
                            (fig, D + "currency", '"USD"'), (fig, D + "year", f'"{rnd.randrange(2000, 2026)}"^^<{XD}gYear>'),
                            (fig, D + "between", f"<{R}state/{x}>"), (fig, D + "between", f"<{R}state/{y}>"),
                            (fig, P, f"<{art}>"), (fig, D + "evidence", f'"Trade {i}."')):
                t(s, p, o)
            i += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    a = sub.add_parser("articles")
    a.add_argument("out", type=Path)
    a.add_argument("--count", type=int, default=1000)
    g = sub.add_parser("graph")
    g.add_argument("out", type=Path)
    g.add_argument("--triples", type=int, default=1_000_000)
    args = ap.parse_args()
    if args.what == "articles":
        size = write_articles(args.out, args.count)
        print(f"{args.count} articles, {size / 1e6:.1f} MB -> {args.out}")
    else:
        n = write_graph(args.out, args.triples)
        print(f"{n} triples -> {args.out}")


if __name__ == "__main__":
    main()
