"""The page's frame: tabs for the overview (the network of states), the timeline, the map and the entity
graph, a ``<title>``, the build's date and counts, and the libraries and data the views need, all inlined
(vis-timeline, world-atlas's Natural Earth shapes, topojson-client: ``static/``, see ``static/LICENSES.md``),
so the page makes no request. The views themselves are ``static/dipkg-views.js``."""
from __future__ import annotations

import datetime as dt
import json
import re
from html import escape
from importlib.resources import files

TABS = (("overview", "Overview"), ("timeline", "Timeline"), ("map", "Map"), ("entities", "Entities"))
SOURCE_MAP = re.compile(r"/[/*]# sourceMappingURL=\S*(\s*\*/)?")


def _static(name: str) -> str:
    """A bundled file's text, without the source-map comment (a request the page must not make)."""
    return SOURCE_MAP.sub("", (files("kg.ask") / "static" / name).read_text(encoding="utf-8"))


def script_json(value) -> str:
    """JSON that can sit inside a ``<script>`` element whatever its strings hold."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _frame(title: str, info: str, entities_note: str) -> str:
    buttons = "".join(f'<button id="tab-{t}" type="button">{label}</button>' for t, label in TABS)
    note = f'<div class="dipkg-note">{escape(entities_note)}</div>' if entities_note else ""
    return (f'<div id="dipkg-tabs"><b>{escape(title)}</b>{buttons}<span class="info">{escape(info)}</span></div>'
            '<div id="pane-overview" class="dipkg-pane"><div id="ov-net"></div><div id="ov-note" class="dipkg-note"></div></div>'
            '<div id="pane-timeline" class="dipkg-pane"><div id="tl"></div><div id="tl-note" class="dipkg-note"></div></div>'
            '<div id="pane-map" class="dipkg-pane"><div id="map"></div><div id="map-note" class="dipkg-note"></div></div>'
            f'<div id="pane-entities" class="dipkg-pane">{note}</div><div id="dipkg-filter"></div>')


def with_views(html: str, data: dict, title: str, counts: dict, initial: str = "overview",
               entities_note: str = "") -> str:
    """``html`` (pyvis's page of the entity graph) with the tabs and the other views added."""
    info = (f"built {dt.date.today().isoformat()} · {counts.get('articles', 0)} articles · "
            f"{len(data['states'])} states · {data['total']} events")
    head = (f"<title>{escape(title)}</title><style>{_static('vis-timeline-graph2d.min.css')}</style>"
            f"<style>{_static('dipkg-views.css')}</style>")
    html = re.sub(r"<title>.*?</title>", "", html, flags=re.S)
    html = html.replace("</head>", head + "</head>", 1)
    html = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + _frame(title, info, entities_note), html, count=1)
    views = dict(data, initial=initial)
    scripts = ("<script>window.dipkgVisNetwork = {Network: vis.Network, DataSet: vis.DataSet};</script>"
               f"<script>{_static('vis-timeline-graph2d.min.js')}</script>"
               "<script>window.dipkgVisTimeline = {Timeline: vis.Timeline, DataSet: vis.DataSet};</script>"
               f"<script>{_static('topojson-client.min.js')}</script>"
               f"<script>window.DIPKG_WORLD = {_static('countries-110m.json')};"
               f"window.DIPKG_VIEWS = {script_json(views)};</script>"
               f"<script>{_static('dipkg-views.js')}</script>")
    return html.replace("</body>", scripts + "</body>", 1)
