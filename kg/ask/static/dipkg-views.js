// dipkg's overview, timeline and map, beside the entity graph pyvis draws. Everything read from articles
// is put into the page with textContent (or as text nodes), never as HTML.
(function () {
  var V = window.DIPKG_VIEWS, NET = window.dipkgVisNetwork, TL = window.dipkgVisTimeline;
  var KIND = {visit: 'Visit', talks: 'Talks', document: 'Document', award: 'Award', relations: 'Relations',
              figure: 'Trade figure'};
  var byId = {}; V.events.forEach(function (e) { byId[e.id] = e; });
  function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls; return e; }
  function name(s) { return V.states[s] ? V.states[s].name : s.replace(/.*\//, ''); }
  function place(p) { return p && V.places[p] ? V.places[p].name : ''; }
  function panel(title) {
    document.getElementById('dipkg-title').textContent = title;
    var body = document.getElementById('dipkg-body'); body.textContent = ''; body.className = ''; return body;
  }
  function eventBlock(e) {
    var d = el('div', null, 'dipkg-event'); d.setAttribute('data-id', e.id);
    d.appendChild(el('div', (e.date || 'undated') + ' · ' + KIND[e.kind] + ': ' + e.label, 'what'));
    var bits = [];
    if (e.place) bits.push('in ' + place(e.place));
    if (e.people.length) bits.push(e.people.join(', '));
    if (e.amount) bits.push(e.amount);
    if (e.cameo.length) bits.push('CAMEO ' + e.cameo.join('/'));
    if (bits.length) d.appendChild(el('div', bits.join(' · '), 'muted'));
    e.evidence.forEach(function (x) {
      d.appendChild(el('div', x.sentence, 'ev'));
      if (x.articles.length) d.appendChild(el('div', '— ' + x.articles.join('; '), 'muted'));
    });
    return d;
  }
  function showEvent(id) { var e = byId[id]; if (!e) return; panel(KIND[e.kind] + ': ' + e.label).appendChild(eventBlock(e)); }
  // ---------------------------------------------------------------- pairs of states
  function key(a, b) { return a < b ? a + '|' + b : b + '|' + a; }
  var pairs = {}, activity = {};
  V.events.forEach(function (e) {
    e.states.forEach(function (s) { activity[s] = (activity[s] || 0) + 1; });
    for (var i = 0; i < e.states.length; i++) for (var j = i + 1; j < e.states.length; j++) {
      var a = e.states[i], b = e.states[j], k = key(a, b);
      var p = pairs[k] || (pairs[k] = {a: a < b ? a : b, b: a < b ? b : a, ab: 0, ba: 0, counts: {}, events: []});
      if (e.kind === 'visit' && i === 0) { if (a === p.a) p.ab++; else p.ba++; }
      p.counts[e.kind] = (p.counts[e.kind] || 0) + 1; p.events.push(e.id);
    }
  });
  function pairText(p) {
    var t = name(p.a) + ' – ' + name(p.b) + '\n';
    if (p.ab) t += 'visits ' + name(p.a) + ' → ' + name(p.b) + ': ' + p.ab + '\n';
    if (p.ba) t += 'visits ' + name(p.b) + ' → ' + name(p.a) + ': ' + p.ba + '\n';
    Object.keys(KIND).forEach(function (k) { if (k !== 'visit' && p.counts[k]) t += KIND[k].toLowerCase() + ': ' + p.counts[k] + '\n'; });
    return t.trim();
  }
  function showPair(k) {
    var p = pairs[k]; if (!p) return;
    var body = panel(name(p.a) + ' – ' + name(p.b));
    body.appendChild(el('div', pairText(p).split('\n').slice(1).join(' · '), 'muted'));
    var list = el('div', null, 'dipkg-pair'); list.setAttribute('data-pair', k);
    p.events.map(function (id) { return byId[id]; })
      .sort(function (x, y) { return (y.date || '').localeCompare(x.date || '') || x.id.localeCompare(y.id); })
      .forEach(function (e) { list.appendChild(eventBlock(e)); });
    body.appendChild(list);
    window.dipkgShownPair = k;
  }
  function showState(s) {
    var st = V.states[s]; if (!st) return;
    var body = panel(st.name + (st.iso ? ' (' + st.iso + ')' : ''));
    if (st.leaders.length) { body.appendChild(el('h4', 'Leaders')); body.appendChild(el('div', st.leaders.join(', '))); }
    body.appendChild(el('h4', 'Partners'));
    Object.keys(pairs).filter(function (k) { return pairs[k].a === s || pairs[k].b === s; })
      .sort(function (x, y) { return pairs[y].events.length - pairs[x].events.length; })
      .forEach(function (k) {
        var p = pairs[k], other = p.a === s ? p.b : p.a;
        var row = el('div', name(other) + ': ' + p.events.length + ' events', 'dipkg-link');
        row.onclick = function () { showPair(k); }; body.appendChild(row);
      });
  }
  window.dipkgViews = {showPair: showPair, showState: showState, showEvent: showEvent, pairs: pairs};
  // ---------------------------------------------------------------- overview
  var overview = null, MAX_EDGES = 800;
  function drawOverview() {
    var ns = Object.keys(V.states).map(function (s) {
      return {id: s, label: name(s), value: activity[s] || 1, shape: 'dot', color: '#d62728',
              title: el('div', name(s) + ': ' + (activity[s] || 0) + ' events')};
    });
    // a dense network keeps its strongest pairs (the panel of a state still lists all its partners)
    var keys = Object.keys(pairs).sort(function (x, y) { return pairs[y].events.length - pairs[x].events.length || (x < y ? -1 : 1); });
    window.dipkgViews.edgesLeftOut = Math.max(0, keys.length - MAX_EDGES);
    var es = keys.slice(0, MAX_EDGES).map(function (k) {
      var p = pairs[k], arrows = {to: {enabled: p.ab > 0, scaleFactor: 0.4}, from: {enabled: p.ba > 0, scaleFactor: 0.4}};
      var tip = el('div', pairText(p)); tip.style.whiteSpace = 'pre';
      return {id: k, from: p.a, to: p.b, value: p.events.length, arrows: arrows, title: tip, color: {color: '#999'}};
    });
    var data = {nodes: new NET.DataSet(ns), edges: new NET.DataSet(es)};
    // the layout's cost grows with the edges: fewer iterations for a dense network, so it opens quickly
    var iterations = Math.max(25, Math.min(200, Math.round(30000 / Math.max(es.length, 1))));
    overview = new NET.Network(document.getElementById('ov-net'), data, {
      nodes: {scaling: {min: 8, max: 32}, font: {size: 14}},
      edges: {scaling: {min: 1, max: 10}, smooth: false, arrowStrikethrough: false},
      layout: {improvedLayout: ns.length <= 100, randomSeed: 7},
      physics: {stabilization: {iterations: iterations, updateInterval: 25},
                barnesHut: {gravitationalConstant: -8000, springLength: 160}},
      interaction: {hover: true, tooltipDelay: 100, hideEdgesOnDrag: es.length > 500}});
    overview.on('click', function (x) {
      if (x.nodes.length) showState(x.nodes[0]); else if (x.edges.length) showPair(x.edges[0]);
    });
    overview.once('stabilizationIterationsDone', function () { overview.setOptions({physics: false}); window.dipkgOverviewDrawn = true; });
    if (window.dipkgViews.edgesLeftOut) document.getElementById('ov-note').textContent += '; the ' + MAX_EDGES +
      ' pairs with the most events are drawn, ' + window.dipkgViews.edgesLeftOut + ' others are listed in their states\' panels';
    overview.once('afterDrawing', function () { window.dipkgOverviewFirstDraw = performance.now(); });
    window.dipkgOverview = overview;
  }
  // ---------------------------------------------------------------- filters, timeline and map
  var F = {from: V.filters.from, to: V.filters.to, state: '', kinds: {}};
  Object.keys(KIND).forEach(function (k) { F.kinds[k] = true; });
  function passes(e) {
    if (!F.kinds[e.kind]) return false;
    if (F.state && e.states.indexOf(F.state) < 0) return false;
    var d = (e.date || '').slice(0, 10);
    if ((F.from || F.to) && !d) return false;
    if (F.from && d < F.from) return false;
    if (F.to && d.slice(0, F.to.length) > F.to) return false;
    return true;
  }
  function filterBar() {
    var bar = document.getElementById('dipkg-filter');
    function input(label, type, value, on) {
      var l = el('label', label + ' '); var i = document.createElement('input'); i.type = type; i.value = value;
      i.addEventListener('change', function () { on(i); apply(); }); l.appendChild(i); bar.appendChild(l); return i;
    }
    input('From', 'date', F.from, function (i) { F.from = i.value; }).id = 'dipkg-from';
    input('to', 'date', F.to, function (i) { F.to = i.value; }).id = 'dipkg-to';
    var sel = document.createElement('select'); sel.id = 'dipkg-state'; sel.appendChild(el('option', 'all states'));
    sel.options[0].value = '';
    Object.keys(V.states).sort(function (a, b) { return name(a).localeCompare(name(b)); }).forEach(function (s) {
      var o = el('option', name(s)); o.value = s; sel.appendChild(o); });
    sel.addEventListener('change', function () { F.state = sel.value; apply(); }); bar.appendChild(sel);
    Object.keys(KIND).forEach(function (k) {
      var l = el('label'); var c = document.createElement('input'); c.type = 'checkbox'; c.checked = true; c.value = k;
      c.addEventListener('change', function () { F.kinds[k] = c.checked; apply(); });
      l.appendChild(c); l.appendChild(document.createTextNode(' ' + KIND[k])); bar.appendChild(l);
    });
  }
  var timeline = null, items = null;
  function start(d) { return d.length === 4 ? d + '-01-01' : d.slice(0, 10); }
  function drawTimeline() {
    items = new TL.DataSet([]);
    // a trade figure's year is the year it is for (or to be reached), not a day something happened
    var groups = new TL.DataSet(Object.keys(KIND).filter(function (k) { return k !== 'figure'; })
      .map(function (k) { return {id: k, content: KIND[k]}; }));
    timeline = new TL.Timeline(document.getElementById('tl'), items, groups, {
      stack: true, zoomKey: 'ctrlKey', orientation: 'top', margin: {item: 4},
      template: function (item) { var s = el('span', item.text); return s; }});
    timeline.on('select', function (p) { if (p.items.length) showEvent(p.items[0]); });
    timeline.on('rangechanged', function (p) { if (p.byUser && matching.length > IN_VIEW) inWindow(p.start, p.end); });
    window.dipkgViews.timeline = timeline; window.dipkgViews.items = items;
  }
  // A timeline of many events draws only those in its window (at most IN_VIEW), and again as it is moved
  var IN_VIEW = 1500, matching = [];
  function fillTimeline() {
    matching = V.events.filter(function (e) { return e.date && e.kind !== 'figure' && passes(e); })
      .sort(function (a, b) { return start(b.date).localeCompare(start(a.date)); });
    var undated = V.events.filter(function (e) { return !e.date && e.kind !== 'figure'; }).length;
    document.getElementById('tl-note').dataset.undated = undated;
    if (!matching.length) { items.clear(); tlNote(0); window.dipkgTimelineDrawn = performance.now(); return; }
    var days = matching.filter(function (e) { return e.date.length >= 10; });    // a window of many follows dated days
    var ends = matching.length > IN_VIEW && days.length ? days : matching;
    var newest = new Date(start(ends[0].date)), oldest = new Date(start(ends[Math.min(ends.length, IN_VIEW) - 1].date));
    var pad = Math.max((newest - oldest) * 0.05, 86400000);
    var end = new Date(+newest + pad * 6);    // room on the right for the newest items' labels
    inWindow(new Date(oldest - pad), end);
    timeline.setWindow(new Date(oldest - pad), end, {animation: false});
    window.dipkgTimelineDrawn = performance.now();
  }
  function inWindow(from, to) {
    var a = from.toISOString().slice(0, 10), b = to.toISOString().slice(0, 10);
    var seen = matching.filter(function (e) { var d = start(e.date); return d >= a && d <= b; }).slice(0, IN_VIEW);
    timeline.setOptions({stack: seen.length <= 400});
    items.clear();
    items.add(seen.map(function (e) {
      return {id: e.id, start: start(e.date), text: e.label, group: e.kind, className: 'k-' + e.kind, type: 'point'};
    }));
    tlNote(seen.length);
  }
  function tlNote(inView) {
    var undated = +document.getElementById('tl-note').dataset.undated || 0;
    document.getElementById('tl-note').textContent = matching.length + ' events match' +
      (inView < matching.length ? ', ' + inView + ' in this window (move or zoom to see the others)' : '') +
      (undated ? '; ' + undated + ' undated events are not on the timeline (the overview lists them)' : '');
  }
  var W = 960, H = 480;
  function xy(ll) { return [(ll[0] + 180) / 360 * W, (90 - ll[1]) / 180 * H]; }
  var centroid = {};
  function drawLand(svg) {
    var world = window.DIPKG_WORLD, NS = 'http://www.w3.org/2000/svg';
    var feats = topojson.feature(world, world.objects.countries).features;
    var numeric = {}; Object.keys(V.states).forEach(function (s) { if (V.states[s].numeric) numeric[V.states[s].numeric] = s; });
    feats.forEach(function (f) {
      var polys = f.geometry ? (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) : [];
      var d = '', best = null, bestArea = -1;
      polys.forEach(function (poly) {
        poly.forEach(function (ring) {
          var last = null;    // a ring that crosses the 180th meridian is cut there, not drawn across the map
          ring.forEach(function (pt) { var p = xy(pt); d += (last === null || Math.abs(pt[0] - last) > 180 ? 'M' : 'L') +
            p[0].toFixed(1) + ',' + p[1].toFixed(1); last = pt[0]; });
        });
        var xs = poly[0].map(function (p) { return p[0]; }), ys = poly[0].map(function (p) { return p[1]; });
        var bb = [Math.min.apply(null, xs), Math.min.apply(null, ys), Math.max.apply(null, xs), Math.max.apply(null, ys)];
        var area = (bb[2] - bb[0]) * (bb[3] - bb[1]);
        if (area > bestArea) { bestArea = area; best = [(bb[0] + bb[2]) / 2, (bb[1] + bb[3]) / 2]; }
      });
      var path = document.createElementNS(NS, 'path'); path.setAttribute('d', d); path.setAttribute('class', 'land');
      var s = numeric[f.id];
      if (s) { path.setAttribute('class', 'land on'); centroid[s] = best; path.setAttribute('data-state', s);
        path.addEventListener('click', function () { showState(s); }); }
      var t = document.createElementNS(NS, 'title'); t.textContent = (f.properties || {}).name || ''; path.appendChild(t);
      svg.appendChild(path);
    });
  }
  var mapLayer = null, mapSvg = null;
  function drawMap() {
    var NS = 'http://www.w3.org/2000/svg';
    mapSvg = document.createElementNS(NS, 'svg'); mapSvg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    document.getElementById('map').appendChild(mapSvg);
    drawLand(mapSvg);
    mapLayer = document.createElementNS(NS, 'g'); mapSvg.appendChild(mapLayer);
  }
  function fillMap() {
    var NS = 'http://www.w3.org/2000/svg'; mapLayer.textContent = '';
    var drawn = 0, without = 0, pts = [];
    V.events.forEach(function (e) {
      if (!passes(e) || (e.kind !== 'visit' && e.kind !== 'document') || e.states.length < 2) return;
      var from = centroid[e.states[0]], to = null;
      var pl = e.place && V.places[e.place] && V.places[e.place].lonlat;
      if (e.kind === 'visit' && pl) to = pl; else to = centroid[e.states[1]];
      if (!from || !to) { without++; return; }
      var a = xy(from), b = xy(to), mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2;
      var dx = b[0] - a[0], dy = b[1] - a[1], c = [mx - dy * 0.25, my + dx * 0.25];
      var path = document.createElementNS(NS, 'path');
      path.setAttribute('d', 'M' + a[0].toFixed(1) + ',' + a[1].toFixed(1) + 'Q' + c[0].toFixed(1) + ',' + c[1].toFixed(1) + ' ' + b[0].toFixed(1) + ',' + b[1].toFixed(1));
      path.setAttribute('class', 'arc ' + e.kind); path.setAttribute('data-id', e.id);
      var t = document.createElementNS(NS, 'title'); t.textContent = (e.date || 'undated') + ' · ' + e.label; path.appendChild(t);
      path.addEventListener('click', function () { showEvent(e.id); });
      mapLayer.appendChild(path); drawn++; pts.push(a, b);
      if (e.kind === 'visit' && pl) { var dot = document.createElementNS(NS, 'circle'); dot.setAttribute('cx', b[0]);
        dot.setAttribute('cy', b[1]); dot.setAttribute('class', 'city'); mapLayer.appendChild(dot); }
    });
    if (pts.length) {   // frame what is drawn
      var xs = pts.map(function (p) { return p[0]; }), ys = pts.map(function (p) { return p[1]; });
      var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
      var w = Math.max(x1 - x0, 60) * 1.4, h = Math.max(y1 - y0, 30) * 1.4, cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
      if (w / h < 2) w = h * 2; else h = w / 2;
      mapSvg.setAttribute('viewBox', (cx - w / 2).toFixed(1) + ' ' + (cy - h / 2).toFixed(1) + ' ' + w.toFixed(1) + ' ' + h.toFixed(1));
    }
    var r = ((mapSvg.viewBox.baseVal || {}).width || W) / 250;
    Array.prototype.forEach.call(mapLayer.querySelectorAll('circle'), function (c) { c.setAttribute('r', r.toFixed(2)); });
    document.getElementById('map-note').textContent = drawn + ' visits and signed documents drawn' +
      (without ? '; ' + without + ' without a place on the map' : '');
    window.dipkgViews.arcs = drawn;
    window.dipkgMapDrawn = performance.now();
  }
  function apply() { if (timeline) fillTimeline(); if (mapLayer) fillMap(); }
  // ---------------------------------------------------------------- tabs
  var drawn = {};
  function open(tab) {
    ['overview', 'timeline', 'map', 'entities'].forEach(function (t) {
      document.getElementById('pane-' + t).classList.toggle('on', t === tab);
      document.getElementById('tab-' + t).classList.toggle('on', t === tab);
    });
    document.getElementById('dipkg-filter').style.display = (tab === 'timeline' || tab === 'map') ? '' : 'none';
    if (tab === 'timeline' || tab === 'map') document.getElementById('pane-' + tab).appendChild(document.getElementById('dipkg-filter'));
    if (!drawn[tab]) {
      drawn[tab] = true;
      if (tab === 'overview') drawOverview();
      if (tab === 'timeline') { drawTimeline(); fillTimeline(); }
      if (tab === 'map') { drawMap(); fillMap(); }
      if (tab === 'entities' && window.dipkgEntities) window.dipkgEntities();
    }
    window.dipkgTab = tab;
    if (history.replaceState) history.replaceState(null, '', '#' + tab);
  }
  window.dipkgOpen = open;
  var card = document.querySelector('.card'), bar = document.getElementById('dipkg-bar');
  var ent = document.getElementById('pane-entities');
  if (card) ent.appendChild(card);
  if (bar) ent.appendChild(bar);
  ['overview', 'timeline', 'map', 'entities'].forEach(function (t) {
    document.getElementById('tab-' + t).addEventListener('click', function () { open(t); });
  });
  filterBar();
  var note = document.getElementById('ov-note');
  note.textContent = Object.keys(V.states).length + ' states, ' + V.shown + ' events' +
    (V.shown < V.total ? ' (the newest ' + V.shown + ' of ' + V.total + '; draw fewer with kg render --state, --from, --to)' : '');
  var want = (location.hash || '').slice(1);
  open(['overview', 'timeline', 'map', 'entities'].indexOf(want) >= 0 ? want : V.initial);
})();
