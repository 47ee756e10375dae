// eventcoder dashboard. Every string from the API may come from an untrusted article:
// it is put in the page with textContent / DOM nodes only, never as HTML.
"use strict";

const TYPE_COLOURS = {
  "Battles": "#e8590c",
  "Violence against civilians": "#c2255c",
  "Explosions/Remote violence": "#862e9c",
  "Riots": "#f59f00",
  "Protests": "#1c7ed6",
  "Strategic developments": "#2b8a3e",
};
const OTHER_COLOUR = "#495057";
const PAGE = 50;

const state = { filters: {}, orderBy: "-event_date", offset: 0, total: 0, config: null, selected: new Set() };
const view = { map: null, clusters: null, admin1: null, countries: null, countryLayer: null };

// -- small helpers ------------------------------------------------------------------------------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function colourOf(type) { return TYPE_COLOURS[type] || OTHER_COLOUR; }
function show(value) { return value === null || value === undefined || value === "" ? "—" : String(value); }

function query(extra) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...state.filters, ...(extra || {}) })) {
    if (value !== "" && value !== null && value !== undefined && value !== false) params.set(key, String(value));
  }
  return params.toString();
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail || body);
    throw new Error(`${response.status}: ${detail}`);
  }
  return body;
}

function post(path, body) {
  // the server records the change as its own user (serve --user) and needs the page's CSRF token
  const headers = { "Content-Type": "application/json", "X-CSRF-Token": state.config.csrf_token };
  return api(path, { method: "POST", headers, body: JSON.stringify(body) });
}

function showError(error) {
  const box = document.getElementById("error");
  box.hidden = !error;
  box.textContent = error ? String(error.message || error) : "";
}


// -- filters ---------------------------------------------------------------------------------------
function fillSelect(select, values) {
  const current = select.value;
  select.replaceChildren(el("option", { value: "" }, "any"), ...values.map((v) => el("option", { value: v }, v)));
  select.value = values.includes(current) ? current : "";
}

function readFilters() {
  const form = document.getElementById("filters");
  const data = new FormData(form);
  const filters = {};
  for (const [key, value] of data.entries()) if (String(value).trim()) filters[key] = String(value).trim();
  filters.include_wrong = form.elements.include_wrong.checked;
  return filters;
}

// -- map --------------------------------------------------------------------------------------------
function initMap() {
  if (!window.L) {
    document.getElementById("asset-warning").hidden = false;
    document.getElementById("map").append(el("p", { class: "muted" }, "Map unavailable: front-end assets not built."));
    return;
  }
  const map = L.map("map", { preferCanvas: true, worldCopyJump: true, minZoom: 1, maxZoom: 18 }).setView([30, 30], 3);
  map.attributionControl.setPrefix("Leaflet");
  view.map = map;
  view.countryLayer = L.geoJSON(null, { style: countryStyle, attribution: "Boundaries: Natural Earth" });
  const bases = { "Countries (bundled)": view.countryLayer };
  view.countryLayer.addTo(map);
  if (state.config.tile_url) {
    const tiles = L.tileLayer(state.config.tile_url, { attribution: escapeText(state.config.tile_attribution || "") });
    bases["Online tiles"] = tiles;
  }
  view.clusters = L.markerClusterGroup({
    chunkedLoading: true, showCoverageOnHover: false, iconCreateFunction: clusterIcon,
    chunkProgress: (done, total) => { if (done >= total && view.clustered) view.clustered(); },
  });
  view.admin1 = L.layerGroup();
  view.clusters.addTo(map);
  L.control.layers(bases, { "Events (clustered)": view.clusters, "Admin1 regions": view.admin1 }, { collapsed: false }).addTo(map);
  map.on("baselayerchange", (e) => { if (e.layer !== view.countryLayer) view.countryLayer.addTo(map).bringToBack(); });
  loadBoundaries("countries-110m.json");
  const legend = document.getElementById("legend");
  for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
    legend.append(el("span", {}, swatch(colour), type));
  }
  legend.append(el("span", { class: "muted" }, "circle size: fatalities; region circles: events per admin1"));
}

function loadBoundaries(file) {
  // Coarse boundaries first (fast), then the detailed ones replace them once the data is drawn.
  return fetch(`/static/vendor/${file}`).then((r) => r.json()).then((topology) => {
    view.countries = unwrapAntimeridian(topojson.feature(topology, topology.objects.countries));
    view.countryLayer.clearLayers();
    view.countryLayer.addData(view.countries);
    view.countryLayer.setStyle(countryStyle);
    fitView();
  }).catch(() => { document.getElementById("asset-warning").hidden = false; });
}

function unwrapAntimeridian(collection) {
  // Rings that jump across the 180th meridian (Russia, Fiji) would be drawn as bands across the
  // map: move their western longitudes past 180 so each ring is continuous.
  const fixRing = (ring) => {
    const lons = ring.map((p) => p[0]);
    if (Math.max(...lons) - Math.min(...lons) <= 180) return ring;
    return ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
  };
  for (const feature of collection.features) {
    const g = feature.geometry;
    if (!g) continue;
    if (g.type === "Polygon") g.coordinates = g.coordinates.map(fixRing);
    else if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map((poly) => poly.map(fixRing));
  }
  return collection;
}

function swatch(colour) {
  const dot = el("span", { class: "swatch" });
  dot.style.background = colour;
  return dot;
}

function escapeText(text) {  // Leaflet parses attribution strings as HTML: escape the user's credit line
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

let countryCounts = new Map();
function countryStyle(feature) {
  const count = countryCounts.get(feature.properties.name) || 0;
  const max = Math.max(1, ...countryCounts.values());
  const shade = count ? 0.08 + 0.3 * Math.sqrt(count / max) : 0;
  return { color: "#90a4ae", weight: 0.6, fillColor: count ? "#e03131" : "#f8f9fa", fillOpacity: count ? shade : 1 };
}

function clusterIcon(cluster) {
  const count = cluster.getChildCount();
  const size = count < 10 ? 28 : count < 100 ? 34 : count < 1000 ? 40 : 48;
  return L.divIcon({ html: el("div", { class: "cluster" }, String(count)), className: "", iconSize: [size, size] });
}

function drawMap(points, regions) {
  if (!view.map) return;
  view.clusters.clearLayers();
  const markers = points.points.map((row) => {
    const p = Object.fromEntries(points.fields.map((name, i) => [name, row[i]]));
    const marker = L.circleMarker([p.latitude, p.longitude], {
      radius: Math.min(22, 5 + 2.5 * Math.sqrt(p.fatalities || 0)), color: "#fff", weight: 1,
      fillColor: colourOf(p.event_type), fillOpacity: 0.85,
    });
    marker.bindTooltip(() => el("div", {}, el("b", {}, show(p.event_date)), " ", show(p.event_type), el("br"),
      show(p.location), ` (${p.fatalities || 0} killed)`));  // built on hover: 100k nodes up front would be slow
    marker.on("click", () => openEvent(p.event_id));
    return marker;
  });
  const clustered = new Promise((resolve) => { view.clustered = resolve; });
  view.clusters.addLayers(markers);
  if (!markers.length) view.clustered();
  view.admin1.clearLayers();
  const most = Math.max(1, ...regions.map((r) => r.events));  // regions: admin1 counts
  const deadliest = Math.max(1, ...regions.map((r) => r.fatalities));
  for (const region of regions) {
    if (region.admin1 === null || region.latitude === null || region.longitude === null) continue;
    L.circleMarker([region.latitude, region.longitude], {
      radius: 6 + 24 * Math.sqrt(region.events / most), color: "#343a40", weight: 1,
      fillColor: "#c92a2a", fillOpacity: 0.15 + 0.65 * (region.fatalities / deadliest),
    }).bindTooltip(el("div", {}, el("b", {}, region.admin1), ` (${show(region.country)}): `,
      `${region.events} events, ${region.fatalities} fatalities`))
      .on("click", () => { setFilter("admin1", region.admin1); })
      .addTo(view.admin1);
  }
  countryCounts = new Map();
  for (const region of regions) countryCounts.set(region.country, (countryCounts.get(region.country) || 0) + region.events);
  view.countryLayer.setStyle(countryStyle);
  fitView();
  return clustered;
}

function fitView() {
  // Once: zoom to the events, or (none located) to the countries that have events.
  if (state.fitted || !view.map) return;
  let bounds = view.clusters.getLayers().length ? view.clusters.getBounds() : null;
  if (!bounds && countryCounts.size) {
    const layers = view.countryLayer.getLayers().filter((l) => countryCounts.has(l.feature.properties.name));
    if (layers.length) bounds = L.featureGroup(layers).getBounds();
  }
  if (bounds && bounds.isValid()) {
    view.map.fitBounds(bounds, { maxZoom: 6, padding: [20, 20] });
    state.fitted = true;
  }
}

function setFilter(name, value) {
  const form = document.getElementById("filters");
  if (form.elements[name]) form.elements[name].value = value;
  applyFilters();
}

// -- timeline -------------------------------------------------------------------------------------
function nextPeriod(period, interval) {
  const day = new Date(`${period}T00:00:00Z`);
  if (interval === "month") day.setUTCMonth(day.getUTCMonth() + 1);
  else day.setUTCDate(day.getUTCDate() + (interval === "week" ? 7 : 1));
  return day.toISOString().slice(0, 10);
}

function withGaps(buckets, interval) {
  // Periods with no events are shown as empty bars, so the time axis is even.
  if (buckets.length < 2) return buckets;
  const byPeriod = new Map(buckets.map((b) => [b.period, b]));
  const out = [];
  const last = buckets[buckets.length - 1].period;
  for (let p = buckets[0].period; p <= last && out.length < 5000; p = nextPeriod(p, interval)) {
    out.push(byPeriod.get(p) || { period: p, events: 0, fatalities: 0 });
  }
  return out;
}

function drawTimeline(raw) {
  const buckets = withGaps(raw, document.getElementById("interval").value);
  const box = document.getElementById("timeline");
  const total = buckets.reduce((s, b) => s + b.events, 0);
  const deaths = buckets.reduce((s, b) => s + b.fatalities, 0);
  document.getElementById("timeline-total").textContent = `${total} events, ${deaths} fatalities`;
  if (!buckets.length) { box.replaceChildren(el("p", { class: "muted" }, "No dated events match the filters.")); return; }
  const width = 600, height = 150, left = 30, bottom = 18, top = 6;
  const most = Math.max(1, ...buckets.map((b) => b.events));
  const mostDeaths = Math.max(1, ...buckets.map((b) => b.fatalities));
  const step = (width - left) / buckets.length;
  const plot = height - bottom - top;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: "none", role: "img" });
  buckets.forEach((b, i) => {
    const h = plot * b.events / most;
    const bar = svg("rect", { class: "bar", x: left + i * step, y: top + plot - h, width: Math.max(1, step * 0.85), height: h });
    bar.append(svg("title", {}, `${b.period}: ${b.events} events, ${b.fatalities} fatalities`));
    bar.addEventListener("click", () => zoomToPeriod(b.period));
    chart.append(bar);
  });
  const line = buckets.map((b, i) => `${i ? "L" : "M"}${left + (i + 0.42) * step},${top + plot - plot * b.fatalities / mostDeaths}`).join(" ");
  chart.append(svg("path", { class: "deaths", d: line }));
  chart.append(svg("text", { x: 0, y: top + 8 }, String(most)));
  chart.append(svg("text", { x: 0, y: top + plot }, "0"));
  chart.append(svg("text", { x: left, y: height - 4 }, buckets[0].period));
  chart.append(svg("text", { x: width - 60, y: height - 4 }, buckets[buckets.length - 1].period));
  chart.append(svg("text", { x: width / 2 - 80, y: height - 4 }, "bars: events · red line: fatalities"));
  box.replaceChildren(chart);
}

function zoomToPeriod(period) {
  const interval = document.getElementById("interval").value;
  const start = new Date(`${period}T00:00:00Z`);
  const end = new Date(start);
  if (interval === "week") end.setUTCDate(end.getUTCDate() + 6);
  else if (interval === "month") { end.setUTCMonth(end.getUTCMonth() + 1); end.setUTCDate(0); }
  const form = document.getElementById("filters");
  form.elements.date_from.value = period;
  form.elements.date_to.value = end.toISOString().slice(0, 10);
  applyFilters();
}

// -- table ------------------------------------------------------------------------------------------
function drawTable(page) {
  state.total = page.total;
  const shown = page.events.length;
  document.getElementById("count").textContent =
    `${page.total} events${page.total ? `, ${page.offset + 1}–${page.offset + shown}` : ""}`;
  document.getElementById("prev").disabled = page.offset === 0;
  document.getElementById("next").disabled = page.offset + shown >= page.total;
  const rows = page.events.map((e) => {
    const box = el("input", { type: "checkbox", "aria-label": "select for merge", checked: state.selected.has(e.event_id) });
    box.addEventListener("click", (ev) => { ev.stopPropagation(); toggleSelected(e.event_id, box.checked); });
    const row = el("tr", { class: e.status === "wrong" ? "wrong" : null, tabindex: "0", dataset: { eventId: e.event_id } },
      el("td", {}, box),
      el("td", {}, show(e.event_date)),
      el("td", {}, swatch(colourOf(e.event_type)), show(e.event_type)),
      el("td", {}, show(e.sub_event_type)),
      el("td", {}, show(e.actor1)),
      el("td", {}, show(e.actor2)),
      el("td", {}, show(e.admin1)),
      el("td", {}, show(e.location)),
      el("td", {}, show(e.fatalities), e.corrected.filter((f) => f !== "reviewed").length ? el("span", { class: "badge corrected" }, "corrected") : null,
        e.corrected.includes("reviewed") ? el("span", { class: "badge reviewed" }, "reviewed") : null),
      el("td", {}, String(e.n_documents)));
    row.addEventListener("click", () => openEvent(e.event_id));
    return row;
  });
  document.querySelector("#events tbody").replaceChildren(...rows);
  for (const th of document.querySelectorAll("th[data-order]")) {
    const name = th.dataset.order;
    th.classList.toggle("sorted-asc", state.orderBy === name);
    th.classList.toggle("sorted-desc", state.orderBy === `-${name}`);
  }
}

function toggleSelected(id, on) {
  if (on) state.selected.add(id); else state.selected.delete(id);
  const button = document.getElementById("merge");
  button.disabled = state.selected.size < 2;
  button.textContent = `Merge selected (${state.selected.size})`;
}

// -- loading ----------------------------------------------------------------------------------------
async function loadTable() {
  drawTable(await api(`/api/events?${query({ order_by: state.orderBy, limit: PAGE, offset: state.offset })}`));
}

async function loadAll() {
  showError(null);
  const interval = document.getElementById("interval").value;
  try {
    const [points, regions, buckets] = await Promise.all([
      api(`/api/map?${query()}`), api(`/api/admin1?${query()}`), api(`/api/timeline?${query({ interval })}`),
      loadTable(),
    ]);
    drawTimeline(buckets);
    await drawMap(points, regions);  // resolves once every point is clustered
  } catch (error) { showError(error); }
  if (!document.body.dataset.loaded) document.body.dataset.loadedAt = String(Math.round(performance.now()));
  document.body.dataset.loaded = "true";
  document.body.dataset.loads = String(Number(document.body.dataset.loads || 0) + 1);  // for tests and tools
}

async function loadFacets() {
  const facets = await api("/api/facets");
  const form = document.getElementById("filters");
  fillSelect(form.elements.event_type, facets.event_type);
  fillSelect(form.elements.sub_event_type, facets.sub_event_type);
  fillSelect(form.elements.country, facets.country);
  fillSelect(form.elements.admin1, facets.admin1);
}

function applyFilters() {
  state.filters = readFilters();
  state.offset = 0;
  updateExportLinks();
  loadAll();
}

function updateExportLinks() {
  // downloads of exactly what the filters show (GET: no token needed, nothing changes)
  for (const link of document.querySelectorAll("a[data-export]")) {
    link.href = `/api/export?${query({ format: link.dataset.export })}`;
  }
}

// -- keyboard: j/k or arrows move through the table, Enter opens, Esc closes, / searches, [ ] page
function focusedRow() { return document.activeElement && document.activeElement.closest ? document.activeElement.closest("#events tbody tr") : null; }

function moveRow(step) {
  const rows = [...document.querySelectorAll("#events tbody tr")];
  if (!rows.length) return;
  const current = rows.indexOf(focusedRow());
  const next = current < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, current + step));
  rows[next].focus();
}

function onKey(event) {
  const target = event.target;
  const typing = target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA");
  if (event.key === "Escape") {
    if (!document.getElementById("event-view").hidden) { closeEvent(); const row = document.querySelector(`#events tbody tr[data-event-id="${CSS.escape(state.lastOpened || "")}"]`); if (row) row.focus(); }
    else if (typing) target.blur();
    return;
  }
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === "j" || event.key === "ArrowDown") { event.preventDefault(); moveRow(1); }
  else if (event.key === "k" || event.key === "ArrowUp") { event.preventDefault(); moveRow(-1); }
  else if (event.key === "Enter" && focusedRow()) { event.preventDefault(); openEvent(focusedRow().dataset.eventId); }
  else if (event.key === "/") { event.preventDefault(); document.getElementById("filters").elements.q.focus(); }
  else if (event.key === "]" && !document.getElementById("next").disabled) document.getElementById("next").click();
  else if (event.key === "[" && !document.getElementById("prev").disabled) document.getElementById("prev").click();
}

// -- new articles appear without a reload: the page polls a stamp that changes with the store
async function pollStamp() {
  try {
    const { stamp } = await api("/api/stamp");
    if (state.stamp !== undefined && stamp !== state.stamp) { await loadFacets(); await loadAll(); }
    state.stamp = stamp;
  } catch (error) { /* the next poll tries again */ }
}

async function bulkReviewed() {
  const why = window.prompt(`Mark all ${state.total} filtered events reviewed: reason?`);
  if (!why) return;
  try {
    await post("/api/bulk", { action: "reviewed", why, filters: bulkFilters() });
    await loadAll();
  } catch (error) { showError(error); }
}

function bulkFilters() {
  const filters = {};
  for (const [key, value] of Object.entries(state.filters)) {
    if (value === "" || value === null || value === undefined) continue;
    if (key === "conflicts" || key === "reviewed") filters[key] = value === "true";
    else if (key === "min_confidence" || key === "max_confidence") filters[key] = Number(value);
    else filters[key] = value;
  }
  return filters;
}

// -- event view -------------------------------------------------------------------------------------
function highlighted(text, spans) {
  // Cut the text at every span edge; each piece becomes a text node, or a <mark> naming the fields
  // it supports (the shortest covering span decides its colour). Never HTML.
  const valid = [];
  for (const span of spans) {
    let { start, end } = span;
    if (span.text && text.slice(start, end) !== span.text) {
      const found = text.indexOf(span.text);
      if (found < 0) continue;
      start = found; end = found + span.text.length;
    }
    if (end > start) valid.push({ start, end, field: span.field });
  }
  const edges = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [a, b] = [edges[i], edges[i + 1]];
    const piece = text.slice(a, b);
    const covering = valid.filter((s) => s.start <= a && s.end >= b).sort((x, y) => (x.end - x.start) - (y.end - y.start));
    if (!covering.length) { nodes.push(document.createTextNode(piece)); continue; }
    const fields = [...new Set(covering.map((s) => s.field))];
    const onlySentence = fields.every((f) => f === "sentence");
    nodes.push(el("mark", { class: onlySentence ? "sentence" : "evidence", title: `evidence for ${fields.join(", ")}`,
      dataset: { field: covering[0].field } }, piece));
  }
  return nodes;
}

function highlightLegend() {
  const sample = (field, label) => el("mark", { class: "evidence", dataset: { field } }, label);
  return el("p", { class: "highlight-legend" }, "Highlights: ", sample("actor1", "actors"), sample("location", "place"),
    sample("event_date", "date"), sample("fatalities", "figures"), sample("event_type", "type and other fields"),
    el("mark", { class: "sentence" }, "sentence of the event"), " (hover a highlight to see the fields it supports)");
}

function reviewForm(label, onSubmit, ...inputs) {
  const reason = el("input", { type: "text", name: "why", placeholder: "reason (required)", required: true });
  const form = el("form", { class: "review-form" }, ...inputs, reason, el("button", { type: "submit" }, label));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try { await onSubmit(reason.value.trim()); } catch (error) { showError(error); }
  });
  return form;
}

const NUMERIC_FIELDS = ["fatalities", "injuries", "arrests", "latitude", "longitude", "inter1", "inter2",
  "time_precision", "geo_precision"];
const CODES = {
  inter1: ["1 State forces", "2 Rebel groups", "3 Political militias", "4 Identity militias", "5 Rioters", "6 Protesters", "7 Civilians", "8 External/Other forces"],
  time_precision: ["1 day", "2 week", "3 month"], geo_precision: ["1 town", "2 near a town / part of a region", "3 region only"],
};
CODES.inter2 = CODES.inter1;

function editor(name, value) {
  // the codebook's choices where there are some (a sub-event type also sets its event type)
  const current = value === null || value === undefined ? "" : String(value);
  const types = state.config.event_types || {};
  let options = null;
  if (name === "event_type") options = Object.keys(types).map((t) => [t, t]);
  else if (name === "sub_event_type") options = Object.entries(types).flatMap(([t, subs]) => subs.map((s) => [s, `${s} (${t})`]));
  else if (CODES[name]) options = CODES[name].map((label) => [label.split(" ")[0], label]);
  if (!options) return el("input", { type: "text", name: "value", value: current });
  const empty = ["inter2"].includes(name) ? [el("option", { value: "" }, "none")] : [];
  const select = el("select", { name: "value" }, ...empty, ...options.map(([v, label]) => el("option", { value: v }, label)));
  select.value = current;
  return select;
}

function fieldRow(detail, name) {
  const value = detail.event[name];
  const corrected = detail.corrected.includes(name);
  const claims = detail.mentions.flatMap((m) => m.claims.filter((c) => c.field === name));
  const backing = claims.length ? el("div", { class: "muted claim-line" }, "claims: ", claims.map((c) =>
    `${show(c.value)} (${c.source || "the article"})`).join("; ")) : null;
  const cell = el("td", { class: "value", dataset: { field: name } }, show(value),
    corrected ? el("span", { class: "badge corrected" }, "corrected") : null,
    corrected ? el("span", { class: "muted" }, ` machine: ${[...new Set(detail.mentions.map((m) => show(m.record[name])))].join(" / ")}`) : null,
    backing);
  const edit = el("button", { type: "button", "aria-label": `edit ${name}` }, "Edit");
  edit.addEventListener("click", () => {
    const input = editor(name, value);
    cell.replaceChildren(reviewForm("Save", async (why) => {
      const raw = input.value.trim();
      const numeric = NUMERIC_FIELDS.includes(name);
      const body = { field: name, value: raw === "" ? null : numeric ? Number(raw) : raw, why };
      await post(`/api/events/${encodeURIComponent(detail.event.event_id)}/corrections`, body);
      await openEvent(detail.event.event_id);
      loadAll();
    }, input));
    input.focus();
  });
  return el("tr", {}, el("td", {}, name), cell, el("td", {}, edit));
}

async function openEvent(eventId) {
  let detail;
  try { detail = await api(`/api/events/${encodeURIComponent(eventId)}`); } catch (error) { showError(error); return; }
  state.lastOpened = eventId;
  if (location.hash !== `#event=${encodeURIComponent(eventId)}`) history.replaceState(null, "", `#event=${encodeURIComponent(eventId)}`);
  const e = detail.event;
  document.getElementById("event-title").textContent = `${show(e.event_type)} · ${show(e.event_date)} · ${show(e.location)}`;
  const body = document.getElementById("event-body");
  const fields = el("table", { class: "fields" }, ...state.config.correctable_fields.map((name) => fieldRow(detail, name)));
  const status = el("p", {}, `Event ${e.event_id} · status: `, el("b", { id: "event-status" }, detail.status),
    ` · ${detail.documents.length} source document(s)`);
  const reviewed = reviewForm("Mark reviewed", async (why) => {
    await post(`/api/events/${encodeURIComponent(e.event_id)}/reviewed`, { why });
    await openEvent(e.event_id);
    loadAll();
  });
  reviewed.classList.add("reviewed-form");
  const wrong = reviewForm(detail.status === "wrong" ? "Mark right" : "Mark wrong", async (why) => {
    await post(`/api/events/${encodeURIComponent(e.event_id)}/wrong`, { wrong: detail.status !== "wrong", why });
    await openEvent(e.event_id);
    loadAll();
  });
  const docs = detail.mentions.map((mention) => {
    const doc = detail.documents.find((d) => d.doc_id === mention.doc_id) || { doc_id: mention.doc_id };
    const spans = [...mention.evidence, ...mention.claims.filter((c) => c.span).map((c) => c.span)];
    const claims = mention.claims.map((c) => el("li", {}, el("b", {}, c.field), ` = ${show(c.value)} `,
      c.source ? `according to “${c.source}”` : "(stated by the article)",
      c.span ? [" ", el("q", {}, c.span.text)] : null));
    return el("div", { class: "doc", dataset: { mentionId: mention.mention_id } },
      el("div", { class: "doc-meta" },
        el("input", { type: "checkbox", class: "split-pick", value: mention.mention_id, "aria-label": "move to a new event" }), " ",
        el("b", {}, show(doc.title || doc.doc_id)), ` · ${show(doc.source)} · published ${show(doc.published)}`,
        doc.url ? el("span", { class: "muted" }, ` · ${doc.url}`) : null),
      el("div", { class: "doc-text" }, ...(doc.text ? highlighted(doc.text, spans) : ["(document text not stored)"])),
      claims.length ? el("ul", { class: "claims" }, ...claims) : el("p", { class: "muted" }, "No claims recorded."));
  });
  const split = detail.mentions.length > 1 ? reviewForm("Split checked documents into a new event", async (why) => {
    const picked = [...body.querySelectorAll(".split-pick:checked")].map((b) => b.value);
    const result = await post(`/api/events/${encodeURIComponent(e.event_id)}/split`, { mention_ids: picked, why });
    await openEvent(result.event_ids[0]);
    loadAll();
  }) : null;
  const audit = detail.audit.map((a) => el("li", {}, `${a.created_at} · ${a.who} · ${a.kind}`,
    a.field ? ` ${a.field} → ${show(a.value)}` : "", ` · “${a.why}”`, a.applied ? "" : " (no longer applies)"));
  body.replaceChildren(...[status, reviewed, wrong, el("h3", {}, "Fields"), fields,
    el("h3", {}, "Sources, evidence and claims"), highlightLegend(), ...docs, split,
    el("h3", {}, "Audit trail"), audit.length ? el("ul", { class: "audit" }, ...audit) : el("p", { class: "muted" }, "No review yet.")].filter(Boolean));
  document.getElementById("event-view").hidden = false;
  for (const box of body.querySelectorAll(".doc-text")) {  // bring each document's first evidence into view
    const first = box.querySelector("mark.evidence") || box.querySelector("mark");
    if (first) box.scrollTop = Math.max(0, first.offsetTop - 40);
  }
}

function closeEvent() {
  document.getElementById("event-view").hidden = true;
  history.replaceState(null, "", location.pathname + location.search);
}

// -- start ------------------------------------------------------------------------------------------
async function start() {
  try { state.config = await api("/api/config"); } catch (error) { showError(error); return; }
  document.getElementById("reviewer").textContent = state.config.reviewer;
  initMap();
  const form = document.getElementById("filters");
  form.addEventListener("submit", (e) => { e.preventDefault(); applyFilters(); });
  form.addEventListener("reset", () => setTimeout(applyFilters, 0));
  document.getElementById("interval").addEventListener("change", loadAll);
  document.getElementById("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadTable().catch(showError); });
  document.getElementById("next").addEventListener("click", () => { state.offset += PAGE; loadTable().catch(showError); });
  document.getElementById("close-event").addEventListener("click", closeEvent);
  document.getElementById("merge").addEventListener("click", mergeSelected);
  document.getElementById("bulk-reviewed").addEventListener("click", bulkReviewed);
  document.addEventListener("keydown", onKey);
  updateExportLinks();
  setInterval(pollStamp, 5000);
  pollStamp();
  for (const th of document.querySelectorAll("th[data-order]")) {
    th.addEventListener("click", () => {
      const name = th.dataset.order;
      state.orderBy = state.orderBy === `-${name}` ? name : `-${name}`;
      state.offset = 0;
      loadTable().catch(showError);
    });
  }
  await Promise.all([loadFacets().catch(showError), loadAll()]);
  if (view.map) setTimeout(() => loadBoundaries("countries-50m.json"), 50);
  window.addEventListener("hashchange", openFromHash);
  await openFromHash();
}

async function openFromHash() {
  const match = location.hash.match(/^#event=(.+)$/);
  if (match) await openEvent(decodeURIComponent(match[1]));
}

async function mergeSelected() {
  const why = window.prompt(`Merge ${state.selected.size} events: reason?`);
  if (!why) return;
  try {
    const result = await post("/api/merge", { event_ids: [...state.selected], why });
    state.selected.clear();
    toggleSelected(null, false);
    await loadAll();
    await openEvent(result.event_ids[0]);
  } catch (error) { showError(error); }
}

document.addEventListener("DOMContentLoaded", () => start().catch((error) => { console.error(error); showError(error); }));
