"""The interactive page: the graph (or a neighbourhood of it) as one self-contained HTML file.

pyvis builds the network page with vis-network inlined; we then remove the links pyvis's template keeps
to CDNs (Bootstrap), so the page works with no network at all, and add a legend with a colour and shape
per class (click to hide a class), a search box, and a panel that shows a node's type, labels, dates,
amounts and evidence sentences with their article's title and date. Everything taken from articles
reaches the page as JSON data and is put into the page with ``textContent`` only, so an article that
contains ``<script>`` shows that text and runs nothing.

Physics runs for a bounded number of iterations and is then switched off, so the page settles and stays
still; pages of more than ``MAX_NODES`` nodes are refused with a hint to use ``--focus``.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

from ..errors import KGError
from ..util.files import output_write
from .page import script_json, with_views
from .view import View

MAX_NODES = 5000
PHYSICS_MAX = 1000     # above this, the layout is computed here and the browser only draws
STYLE = {  # class -> (colour, shape)
    "State": ("#d62728", "diamond"), "Leader": ("#1f77b4", "dot"), "Person": ("#6baed6", "dot"),
    "City": ("#2ca02c", "triangle"), "Organization": ("#8c564b", "square"), "Visit": ("#ff7f0e", "star"),
    "Meeting": ("#ffbb78", "star"), "AwardConferral": ("#e377c2", "star"), "Award": ("#f7b6d2", "hexagon"),
    "Agreement": ("#9467bd", "box"), "Memorandum": ("#6b6ecf", "box"), "JointStatement": ("#7b4173", "box"),
    "Roadmap": ("#a55194", "box"), "Plan": ("#ce6dbd", "box"), "Decision": ("#de9ed6", "box"),
    "Treaty": ("#393b79", "box"), "TradeFigure": ("#bcbd22", "ellipse"), "DiplomaticRelations": ("#17becf", "ellipse"),
    "TransportCorridor": ("#7f7f7f", "triangleDown"), "Pipeline": ("#393b79", "triangleDown"),
    "Corridor": ("#7f7f7f", "triangleDown"),
}
EXTERNAL = re.compile(r"<(link|script)\b[^>]*(href|src)\s*=\s*[\"']?(https?:)?//[^>]*>(\s*</script>)?", re.I)


class NothingToDraw(KGError):
    """No node matches the selection (or the graph is empty)."""


def too_many(n: int) -> str:
    return (f"the entity graph is left out: {n} nodes are more than a browser draws smoothly ({MAX_NODES}); "
            "draw a part with kg render --focus NAME --depth N or --types CLASS")


@dataclass
class RenderReport:
    nodes: int
    edges: int
    path: str
    note: str = ""      # what the page left out


def select(view: View, focus: str | None = None, depth: int = 2, types=None) -> set[str]:
    """The nodes to draw: all, or those within ``depth`` hops of ``focus``; only ``types`` if given."""
    nodes = set(view.nodes())
    if focus:
        from .paths import neighbors

        start = view.find(focus)
        nodes = {start} | {n for _, n, _, _ in neighbors(view, start, depth)}
    if types:
        wanted = {t.lower() for t in types}
        nodes = {n for n in nodes if view.cls_of(n).lower() in wanted
                 or any(t.lower() in wanted for t in view.info[n].types)}
    return nodes


def node_details(view: View, iri: str, lang: str) -> dict:
    inf = view.info[iri]
    props = {k: v for k, v in sorted(inf.props.items()) if k not in ("alias",)}
    ev = []
    for sent in inf.evidence[:6]:
        ev.append({"sentence": sent, "articles": [view.article_line(a) for a in inf.articles_of(sent)]})
    g = view.graph
    rel = sorted([p, "→", view.info[v].label(lang)] for _, v, p in g.out_edges(iri, keys=True))
    rel += sorted([p, "←", view.info[u].label(lang)] for u, _, p in g.in_edges(iri, keys=True))
    return {"type": inf.cls, "iri": iri, "label": inf.label(lang),
            "labels": inf.all_labels(), "props": props, "evidence": ev, "relations": rel[:40],
            "more_relations": max(0, len(rel) - 40), "articles": [view.article_line(a) for a in inf.articles]}


def build_page(view: View, nodes: set[str], lang: str = "en", title: str = "dipkg", focus: str | None = None,
               state: str | None = None, date_from: str | None = None, date_to: str | None = None) -> tuple[str, int]:
    """The page: the overview, timeline and map of the events (of ``state``, between the dates), and the
    entity graph of ``nodes`` (``focus`` marked; left out, with a note, when there are too many); the
    HTML and the number of edges drawn."""
    from ..reference.coordinates import lonlat
    from .diplomacy import diplomacy

    big = len(nodes) > MAX_NODES
    html, n_edges = _entity_page(view, set() if big else nodes, lang, title, focus)
    data = diplomacy(view, lang, state, date_from, date_to, coordinates=lonlat)
    html = with_views(html, data, title, {"articles": len(view.articles)}, "entities" if focus else "overview",
                      too_many(len(nodes)) if big else "")
    if re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", html, re.I):  # pragma: no cover - guarded by tests
        raise KGError("the page would load something from the network")
    return html, n_edges


def _entity_page(view: View, nodes: set[str], lang: str, title: str, focus: str | None) -> tuple[str, int]:
    """pyvis's page of the entity graph of ``nodes``, with its legend, search and panel."""
    from pyvis.network import Network

    sub = view.subgraph(nodes)
    n = len(nodes)
    deg = dict(sub.degree())
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    vis_nodes = []
    for iri in sorted(nodes):
        inf = view.info[iri]
        colour, shape = STYLE.get(inf.cls, ("#999999", "dot"))
        label = inf.label(lang)
        vis_nodes.append({"id": iri, "label": label if len(label) <= 40 else label[:39] + "…", "shape": shape,
                          "color": colour, "size": round(10 + 4 * math.sqrt(deg.get(iri, 0)), 1),
                          "group": inf.cls, "font": {"size": 12}})
        if iri == focus:    # the node the page is about: larger, a black ring, its name in bold
            vis_nodes[-1].update(borderWidth=5, size=vis_nodes[-1]["size"] + 10,
                                 color={"background": colour, "border": "#000000"}, font={"size": 16, "bold": True})
    vis_edges = []
    for u, v, p in sorted(sub.edges(keys=True)):
        vis_edges.append({"from": u, "to": v, "label": p, "arrows": "to", "font": {"size": 8, "align": "middle"},
                          "color": {"color": "#bbbbbb"}})
    physics = n <= PHYSICS_MAX
    if not physics:
        pos = radial_layout(sub)
        for node in vis_nodes:
            node["x"], node["y"] = pos[node["id"]]
    net.nodes = vis_nodes
    net.edges = vis_edges
    net.node_ids = [x["id"] for x in vis_nodes]
    iterations = max(30, min(300, 300_000 // max(n, 1)))
    options = {
        "physics": {"enabled": physics, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -3000, "springLength": 120, "avoidOverlap": 0.1},
                    "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 50, "fit": True}},
        "layout": {"improvedLayout": n <= 150, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": n > 500},
        "edges": {"smooth": False},
    }
    net.set_options(json.dumps(options))
    html = net.generate_html(notebook=False)
    html = EXTERNAL.sub("", html)
    html = re.sub(r"(?m)^\s*drawGraph\(\);\s*$", "", html, count=1)     # drawn when its tab opens
    html = re.sub(r"<!--\s*<link[\s\S]*?-->", "", html)  # a commented-out stylesheet link in pyvis's template
    details = {iri: node_details(view, iri, lang) for iri in sorted(nodes)}
    legend = sorted({view.info[i].cls for i in nodes})
    data = script_json({"details": details, "legend": [[c, *STYLE.get(c, ("#999999", "dot"))] for c in legend],
                        "title": title, "nodes": n, "edges": len(vis_edges), "physics": physics, "focus": focus or ""})
    html = html.replace("</head>", PAGE_CSS + "</head>", 1)
    html = html.replace("</body>", PAGE_PANEL + f"<script>var DIPKG = {data};</script>" + PAGE_JS + "</body>", 1)
    return html, len(vis_edges)


def radial_layout(g, spacing: float = 90.0) -> dict:
    """Positions in O(n): each connected component as a BFS tree around its best-connected node, every
    node given an angle in proportion to the leaves below it; components side by side, biggest first."""
    import networkx as nx

    u = nx.Graph(g)
    pos: dict = {}
    comps = sorted(nx.connected_components(u), key=lambda c: (-len(c), min(c)))
    x_off = y_off = row_h = 0.0
    row_w = 0.0
    width_limit = spacing * 4 * math.sqrt(max(len(u), 1))
    for comp in comps:
        root = max(sorted(comp), key=lambda x: u.degree(x))
        parent = {root: None}
        order = [root]
        for a, b in nx.bfs_edges(u, root, sort_neighbors=sorted):
            parent[b] = a
            order.append(b)
        children: dict = {x: [] for x in order}
        for x in order[1:]:
            children[parent[x]].append(x)
        leaves: dict = {}
        for x in reversed(order):
            leaves[x] = sum(leaves[c] for c in children[x]) or 1
        depth = {root: 0}
        span = {root: (0.0, 2 * math.pi)}
        local = {root: (0.0, 0.0)}
        for x in order:
            a0, a1 = span[x]
            start = a0
            for c in children[x]:
                w = (a1 - a0) * leaves[c] / leaves[x]
                span[c] = (start, start + w)
                depth[c] = depth[x] + 1
                ang = start + w / 2
                r = spacing * depth[c] * (1 + 0.15 * (depth[c] > 1))
                local[c] = (r * math.cos(ang), r * math.sin(ang))
                start += w
        radius = spacing * (max(depth.values()) + 1)
        if row_w + 2 * radius > width_limit and row_w > 0:
            y_off += row_h
            row_w = row_h = 0.0
        x_off = row_w + radius
        for x, (lx_, ly_) in local.items():
            pos[x] = (round(x_off + lx_, 1), round(y_off + radius + ly_, 1))
        row_w += 2 * radius
        row_h = max(row_h, 2 * radius)
    return pos


def render(view: View, out_path, focus=None, depth: int = 2, types=None, lang: str = "en", state=None,
           date_from=None, date_to=None) -> RenderReport:
    """Write the page (:func:`build_page`) for the selection to ``out_path``."""
    nodes = select(view, focus, depth, types)
    if not nodes:
        raise NothingToDraw("nothing to draw: no node matches the selection")
    html, n_edges = build_page(view, nodes, lang, focus=view.find(focus) if focus else None,
                               state=view.find(state) if state else None, date_from=date_from, date_to=date_to)
    output_write(out_path, html.encode("utf-8"))
    big = len(nodes) > MAX_NODES
    return RenderReport(0 if big else len(nodes), n_edges, str(out_path), too_many(len(nodes)) if big else "")


PAGE_CSS = """<style>
#dipkg-bar{position:fixed;top:8px;left:8px;z-index:10;background:#fff;border:1px solid #ccc;border-radius:6px;
 padding:6px 8px;font:13px sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.2);max-width:300px}
#dipkg-bar input{width:180px}
#dipkg-legend div{cursor:pointer;margin:2px 0;white-space:nowrap}
#dipkg-legend div.off{opacity:.35}
#dipkg-legend span.sw{display:inline-block;width:11px;height:11px;margin-right:5px;vertical-align:middle}
#dipkg-panel{position:fixed;top:8px;right:8px;z-index:10;width:360px;max-height:90vh;overflow:auto;background:#fff;
 border:1px solid #ccc;border-radius:6px;padding:8px 10px;font:13px sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.2)}
#dipkg-panel h3{margin:2px 0 6px;font-size:15px}
#dipkg-panel .ev{border-left:3px solid #ddd;padding-left:6px;margin:6px 0;color:#333}
#dipkg-panel .muted{color:#777}
</style>
"""

PAGE_PANEL = """<div id="dipkg-bar"><b>dipkg</b> <span id="dipkg-count" class="muted"></span><br>
<input id="dipkg-search" placeholder="Search a name, press Enter" aria-label="search">
<div id="dipkg-legend"></div></div>
<div id="dipkg-panel"><h3 id="dipkg-title">Click or hover a node</h3><div id="dipkg-body" class="muted">
Its type, labels, dates, amounts and the sentences it was read from appear here.</div></div>
"""

PAGE_JS = """<script>
// the entity graph is drawn when its tab is first opened (kg/ask/static/dipkg-views.js), not at load
window.dipkgEntities = function () {
  drawGraph();
(function () {
  var D = window.DIPKG;
  function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls; return e; }
  function show(id) {
    var d = D.details[id]; if (!d) return;
    document.getElementById('dipkg-title').textContent = d.label + ' (' + d.type + ')';
    var body = document.getElementById('dipkg-body'); body.textContent = ''; body.className = '';
    body.appendChild(el('div', d.labels.join(' · ')));
    Object.keys(d.props).forEach(function (k) { body.appendChild(el('div', k + ': ' + d.props[k].join(', '))); });
    if (d.evidence.length) body.appendChild(el('h4', 'Evidence'));
    d.evidence.forEach(function (e) {
      body.appendChild(el('div', e.sentence, 'ev'));
      if (e.articles.length) body.appendChild(el('div', '— ' + e.articles.join('; '), 'muted'));
    });
    if (d.relations.length) body.appendChild(el('h4', 'Relations'));
    d.relations.forEach(function (r) { body.appendChild(el('div', r[1] + ' ' + r[0] + ' ' + r[2])); });
    if (d.more_relations) body.appendChild(el('div', '… and ' + d.more_relations + ' more', 'muted'));
    if (d.articles.length) body.appendChild(el('h4', 'Articles'));
    d.articles.forEach(function (a) { body.appendChild(el('div', a, 'muted')); });
    body.appendChild(el('div', d.iri, 'muted'));
    window.dipkgShown = id;
  }
  window.dipkgShow = show;
  document.getElementById('dipkg-count').textContent = D.nodes + ' nodes, ' + D.edges + ' edges';
  var legend = document.getElementById('dipkg-legend');
  D.legend.forEach(function (c) {
    var row = el('div'); var sw = el('span', '', 'sw'); sw.style.background = c[1]; row.appendChild(sw);
    row.appendChild(document.createTextNode(c[0] + ' (' + c[2] + ')'));
    row.onclick = function () {
      var off = row.classList.toggle('off');
      nodes.update(nodes.get({filter: function (n) { return n.group === c[0]; }})
        .map(function (n) { return {id: n.id, hidden: off}; }));
    };
    legend.appendChild(row);
  });
  document.getElementById('dipkg-search').addEventListener('keydown', function (ev) {
    if (ev.key !== 'Enter') return;
    var q = this.value.trim().toLowerCase(); if (!q) return;
    var hit = Object.keys(D.details).find(function (id) {
      return D.details[id].labels.concat([D.details[id].label]).some(function (l) { return l.toLowerCase().indexOf(q) >= 0; });
    });
    if (hit) { network.selectNodes([hit]); network.focus(hit, {scale: 1.2}); show(hit); }
  });
  network.on('click', function (p) { if (p.nodes.length) show(p.nodes[0]); });
  if (D.focus) show(D.focus);
  network.on('hoverNode', function (p) { show(p.node); });
  function settle() {
    network.setOptions({physics: false});
    // pyvis's progress overlay must not stay over the canvas and swallow the mouse
    var bar = document.getElementById('loadingBar'); if (bar) bar.style.display = 'none';
    window.dipkgSettled = true;
  }
  // the network was created (and may have stabilised) before this script ran: listen, and also look
  if (D.physics) {
    network.once('stabilizationIterationsDone', settle);
    var poll = setInterval(function () {
      if (window.dipkgSettled) { clearInterval(poll); return; }
      if (network.physics.stabilized) { clearInterval(poll); settle(); }
    }, 200);
  } else { network.once('afterDrawing', settle); network.redraw(); }
  setTimeout(function () { if (!window.dipkgSettled) { network.stopSimulation(); settle(); } }, 20000);
})();
};
</script>
"""
