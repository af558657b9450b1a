// The dashboard. Filters live in the URL (shareable); the server aggregates, the page asks for
// one page of rows at a time. Text from articles only ever enters the page as text nodes.

import {el, svg, clear, safeLink, party} from "./dom.js";
import {TYPES, drawTimeline, drawDyads} from "./charts.js";
import {drawPlaces} from "./map.js";

const MODALITIES = ["asserted", "reported", "planned", "intended", "hypothetical", "conditional", "negated",
  "historical"];
const FIELDS = ["actor", "recipient", "type", "since", "until", "q"];
const PAGE = 50;
const $ = (sel) => document.querySelector(sel);

// ---- state and API ------------------------------------------------------------------------------

function filtersFromUrl() {
  const u = new URLSearchParams(location.search);
  const f = Object.fromEntries(FIELDS.map((k) => [k, u.get(k) || ""]));
  f.modality = u.getAll("modality").filter((m) => m === "all" || MODALITIES.includes(m));
  return f;
}

function params(f, extra = {}) {
  const p = new URLSearchParams();
  for (const k of FIELDS) if (f[k]) p.set(k, f[k]);
  for (const m of f.modality || []) p.append("modality", m);
  for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined && v !== "") p.set(k, v);
  return p;
}

async function api(path, query) {
  const qs = query ? query.toString() : "";
  const response = await fetch(path + (qs ? "?" + qs : ""), {headers: {Accept: "application/json"}});
  const body = await response.json();
  if (!response.ok) throw new Error(`${body.error}: ${body.detail}`);
  return body;
}

function showError(err) {
  const box = $("#error");
  box.textContent = String(err && err.message ? err.message : err);
  box.hidden = false;
}

async function load(sectionId, work) {
  const section = document.getElementById(sectionId);
  section.dataset.state = "loading";
  try {
    await work();
    section.dataset.state = "ready";
  } catch (err) {
    section.dataset.state = "error";
    showError(err);
  }
}

// ---- filters ------------------------------------------------------------------------------------

function buildForm() {
  const type = $("#f-type");
  for (const t of TYPES) type.append(el("option", {value: t}, t));
  const box = $("#f-modality");
  for (const m of MODALITIES) {
    box.append(el("label", {}, el("input", {type: "checkbox", name: "modality", value: m}), " " + m));
  }
  $("#filters").addEventListener("submit", (e) => {
    e.preventDefault();
    const form = new FormData(e.target);
    const f = Object.fromEntries(FIELDS.map((k) => [k, String(form.get(k) || "").trim()]));
    f.modality = form.getAll("modality");
    history.pushState(null, "", "?" + params(f).toString());
    refresh();
  });
  $("#f-clear").addEventListener("click", () => {
    history.pushState(null, "", location.pathname);
    refresh();
  });
  window.addEventListener("popstate", refresh);
}

function fillForm(f) {
  for (const k of FIELDS) document.getElementById("f-" + k).value = f[k];
  for (const box of document.querySelectorAll("#f-modality input")) box.checked = f.modality.includes(box.value);
}

function setFilter(changes) {
  const f = {...filtersFromUrl(), ...changes};
  history.pushState(null, "", "?" + params(f).toString());
  refresh();
}

// ---- panels -------------------------------------------------------------------------------------

async function loadTimeline(f) {
  const data = await api("/api/stats/timeline", params(f, {interval: "day"}));
  const label = drawTimeline($("#timeline-chart"), $("#timeline-legend"), $("#timeline-table"), data);
  const vague = data.undated ? `; ${data.undated} more with no day-precise date are not drawn` : "";
  $("#timeline-summary").textContent = label + vague + ".";
  const all = data.total + data.undated;
  $("#events-summary").textContent = `${all} events match the filters; choose one to read its evidence.`;
}

async function loadDyads(f) {
  const data = await api("/api/stats/dyads", params(f, {limit: 15}));
  const pick = (code) => setFilter({actor: code});
  const table = el("table", {}, el("caption", {class: "sr-only"}, "Top actor and recipient pairs"),
    el("thead", {}, el("tr", {}, ...["Actor", "Recipient", "Events", "Types"].map((h) => el("th", {scope: "col"}, h)))));
  const body = el("tbody");
  for (const d of data.items) {
    const button = el("button", {type: "button", class: "link", "aria-label": `Filter by actor ${d.actor}`}, d.actor);
    button.addEventListener("click", () => pick(d.actor));
    const types = Object.entries(d.types).slice(0, 3).map(([t, n]) => `${t} ${n}`).join(", ");
    body.append(el("tr", {}, el("td", {}, button), el("td", {}, d.recipient || "–"), el("td", {}, d.count),
      el("td", {}, types)));
  }
  table.append(body);
  clear($("#dyads-table")).append(table);
  $("#dyads-summary").textContent = `${data.pairs} pairs; the ${data.items.length} most frequent. ` +
    "“–”: no coded recipient. Choose an actor to filter by it.";
  drawDyads($("#dyads-graph"), data.items, pick);
}

async function loadMap(f) {
  const data = await api("/api/stats/places", params(f));
  await drawPlaces($("#map"), data);
  const top = data.items.slice(0, 6).map((p) => `${p.place} ${p.count}`).join(", ");
  $("#map-summary").textContent = data.items.length
    ? `${data.items.length} places: ${top}${data.items.length > 6 ? ", …" : ""}. ` +
      `${data.unplaced} events name a place with no coordinates.`
    : `No event location with coordinates; ${data.unplaced} events name a place with no coordinates.`;
}

let eventsCursor = null;

async function loadEvents(f, append = false) {
  const page = await api("/api/events", params(f, {limit: PAGE, cursor: append ? eventsCursor : null}));
  const body = $("#events-table tbody");
  if (!append) clear(body);
  for (const ev of page.items) {
    const said = (ev.attribution || []).map((a) => `${a.code || a.entity_text} (${a.cue})`).join("; ") || "–";
    const open = el("button", {type: "button", class: "link", "aria-label": `Evidence for ${ev.event} on ${ev.date || "no date"}`},
      (ev.date || "no date").slice(0, 10));
    const row = el("tr", {"data-id": ev.id, "aria-selected": "false"}, el("td", {}, open), el("td", {}, party(ev.actor)),
      el("td", {}, ev.event + (ev.mode ? ` (${ev.mode})` : "")), el("td", {}, party(ev.recipient)),
      el("td", {}, ev.modality), el("td", {}, said));
    row.addEventListener("click", () => showEvent(ev.id, row));
    body.append(row);
  }
  eventsCursor = page.next;
  $("#events-more").hidden = !page.next;
}

function highlight(text, spans) {
  const priority = {trigger: 0, actor: 1, recipient: 2, source: 3};
  const placed = [];
  for (const s of [...spans].sort((a, b) => priority[a.role] - priority[b.role] || a.start - b.start)) {
    if (!placed.some((p) => s.start < p.end && p.start < s.end)) placed.push(s);
  }
  placed.sort((a, b) => a.start - b.start);
  const out = el("p", {class: "sentence"});
  let at = 0;
  for (const s of placed) {
    out.append(text.slice(at, s.start));
    const code = [s.code, s.sector].filter(Boolean).join(" ");
    out.append(el("mark", {class: s.role, "data-role": s.role, title: s.role + (code ? `: ${code}` : "")},
      text.slice(s.start, s.end)), el("span", {class: "role-tag"}, s.role + (code ? ` ${code}` : "")));
    at = s.end;
  }
  out.append(text.slice(at).replace(/\s+$/, ""));
  return out;
}

async function showEvent(id, row) {
  for (const r of document.querySelectorAll("#events-table tbody tr")) r.setAttribute("aria-selected", String(r === row));
  const box = $("#evidence");
  box.dataset.state = "loading";
  const ev = await api("/api/events/" + encodeURIComponent(id)).catch((err) => { showError(err); return null; });
  if (!ev) return;
  const doc = ev.document;
  const open = el("button", {type: "button"}, "Open the document");
  open.addEventListener("click", () => showDocument(doc.id));
  clear(box).append(
    el("h3", {}, `${ev.event}${ev.mode ? " (" + ev.mode + ")" : ""}, ${ev.modality}`),
    ev.evidence ? highlight(ev.evidence.text, ev.evidence.spans) : el("p", {}, "(no evidence sentence stored)"),
    el("p", {class: "keys"}, "Marked: ", el("mark", {class: "trigger"}, "trigger"), " ", el("mark", {class: "actor"}, "actor"),
      " ", el("mark", {class: "recipient"}, "recipient"), " ", el("mark", {class: "source"}, "source")),
    el("dl", {},
      el("dt", {}, "Actor"), el("dd", {}, party(ev.actor)),
      el("dt", {}, "Recipient"), el("dd", {}, party(ev.recipient)),
      el("dt", {}, "Said by"), el("dd", {}, (ev.attribution || []).map((a) => `${a.entity_text} (${a.cue})`).join("; ") || "the article"),
      el("dt", {}, "Date, CAMEO, confidence"), el("dd", {}, `${ev.date || "–"}, ${ev.cameo || "–"}, ${ev.confidence}`)),
    el("p", {class: "doc"}, el("strong", {class: "doc-title"}, doc.title || "(untitled)"), el("br"),
      `${doc.source || "unknown source"}, ${doc.published || "undated"} `, doc.url ? safeLink(doc.url, "original") : ""),
    open);
  box.dataset.state = "ready";
  box.focus();
}

// ---- ledger -------------------------------------------------------------------------------------

let ledgerCursor = null;
const STATUS_MARK = {conflict: "✕ conflict", agree: "✓ agree", single: "• single figure"};

function interval(r) {
  const low = r.low === null ? "…" : r.low, high = r.high === null ? "…" : r.high;
  return low === high ? String(low) : `${low}–${high}`;
}

async function loadLedger(append = false) {
  const status = $("#ledger-status").value;
  const page = await api("/api/claims", new URLSearchParams({limit: "10", ...(status ? {status} : {}),
    ...(append && ledgerCursor ? {cursor: ledgerCursor} : {})}));
  const box = $("#ledger-groups");
  if (!append) clear(box);
  for (const g of page.items) {
    const head = el("tr", {}, ...["Source", "Figure", "Interval", "Qualifier", "Place", "Date", "Document", "Cue", "Latest"]
      .map((h) => el("th", {scope: "col"}, h)));
    const body = el("tbody");
    for (const r of g.rows) {
      body.append(el("tr", {class: r.latest ? "latest" : null}, el("td", {}, r.source), el("td", {class: "figure"}, r.figure),
        el("td", {}, interval(r)), el("td", {}, r.qualifier), el("td", {}, r.location || "–"), el("td", {}, r.date || "–"),
        el("td", {}, `${r.title || "(untitled)"} — ${r.outlet || "?"}`), el("td", {}, r.cue || "–"),
        el("td", {}, r.latest ? "★ latest" : "")));
    }
    const pairs = el("ul", {class: "pairs"});
    const lines = new Set(g.conflicts.map(([i, j]) =>
      `✕ conflict: ${g.rows[i].source} ${g.rows[i].figure} vs ${g.rows[j].source} ${g.rows[j].figure}`));
    for (const line of lines) pairs.append(el("li", {class: "conflict"}, line));
    if (g.agreements.length) {
      pairs.append(el("li", {class: "agree"}, `✓ agree: ${g.agreements.length} pairs of figures from different ` +
        "sources or documents overlap"));
    }
    box.append(el("div", {class: "group", "data-status": g.status},
      el("h3", {}, g.subject + (g.kind ? ` [${g.kind}]` : "") + " ", el("span", {class: "status " + g.status}, STATUS_MARK[g.status])),
      el("table", {}, el("caption", {class: "sr-only"}, `Figures for ${g.subject}`), el("thead", {}, head), body),
      pairs.children.length ? pairs : ""));
  }
  if (!box.children.length) box.append(el("p", {}, "No claim groups of this kind."));
  ledgerCursor = page.next;
  $("#ledger-more").hidden = !page.next;
}

// ---- documents ----------------------------------------------------------------------------------

let docsCursor = null;

async function loadDocuments(append = false) {
  const q = $("#doc-q").value.trim();
  const page = await api("/api/documents", new URLSearchParams({limit: "25", ...(q ? {q} : {}),
    ...(append && docsCursor ? {cursor: docsCursor} : {})}));
  const list = $("#doc-list");
  if (!append) clear(list);
  for (const d of page.items) {
    const open = el("button", {type: "button"}, d.title || "(untitled)");
    open.addEventListener("click", () => showDocument(d.id));
    list.append(el("li", {"data-id": d.id}, open, el("br"), `${d.source || "?"} · ${(d.published || "undated").slice(0, 10)}`));
  }
  if (!list.children.length) list.append(el("li", {}, "No documents match."));
  docsCursor = page.next;
  $("#docs-more").hidden = !page.next;
}

async function showDocument(id) {
  const view = $("#doc-view");
  const d = await api("/api/documents/" + encodeURIComponent(id)).catch((err) => { showError(err); return null; });
  if (!d) return;
  const repairs = el("table", {}, el("caption", {}, `${d.repairs.length} repairs made by cleaning`),
    el("thead", {}, el("tr", {}, ...["Step", "Kind", "Before", "After", "At"].map((h) => el("th", {scope: "col"}, h)))));
  const body = el("tbody");
  for (const r of d.repairs) {
    body.append(el("tr", {}, el("td", {}, r.step || "–"), el("td", {}, r.kind), el("td", {}, JSON.stringify(r.before)),
      el("td", {}, JSON.stringify(r.after)), el("td", {}, `${r.start}–${r.end}`)));
  }
  repairs.append(body);
  clear(view).append(el("h3", {class: "doc-title"}, d.title || "(untitled)"),
    el("p", {}, `${d.source || "unknown source"} · ${d.published || "undated"} · ${d.id} `, d.url ? safeLink(d.url, "original") : ""),
    el("pre", {class: "doc-text"}, d.text), repairs);
  view.focus();
  view.scrollIntoView({block: "nearest"});
}

// ---- watches, alerts and incidents ---------------------------------------------------------------

function incidentLine(i) {
  const span = i.date_range[0] === i.date_range[1] ? i.date : `${i.date} – ${i.date_range[1]}`;
  return `${span}: ${party(i.actor)} ${i.event}${i.mode ? " (" + i.mode + ")" : ""} → ${party(i.recipient)}; ` +
    `${i.n_events} reports from ${i.sources.join(", ")}`;
}

// The level of a watch over the store's days, as a step line with the level thresholds.
function levelChart(w) {
  const h = w.history || [];
  const width = 420, pad = 6, left = 78, bottom = 14;
  const height = 24 + 18 * w.levels.length + bottom;
  const top = w.levels.length;
  const x = (i) => left + (h.length > 1 ? (i * (width - left - pad)) / (h.length - 1) : (width - left - pad) / 2);
  const y = (level) => height - bottom - pad - (level * (height - bottom - pad - 12)) / Math.max(1, top);
  const chart = svg("svg", {viewBox: `0 0 ${width} ${height}`, class: "level-chart", role: "img",
    "aria-label": `${w.name}: level over time, now ${w.level} of ${top}`});
  for (let k = 0; k <= top; k++) {
    chart.append(svg("line", {x1: left, x2: width - pad, y1: y(k), y2: y(k), class: "level-rule"}));
    chart.append(svg("text", {x: pad, y: y(k) + 3, class: "level-label"},
      k ? `level ${k} (≥ ${w.levels[k - 1]})` : "level 0"));
  }
  if (h.length) {
    let d = `M ${x(0)} ${y(h[0].level)}`;
    h.forEach((p, i) => { if (i) d += ` H ${x(i)} V ${y(p.level)}`; });
    chart.append(svg("path", {d, class: "level-line"}));
    h.forEach((p, i) => chart.append(svg("circle", {cx: x(i), cy: y(p.level), r: 2.5},
      svg("title", {}, `${p.at}: level ${p.level} (value ${p.value})`))));
    chart.append(svg("text", {x: x(0), y: height - 2, class: "level-label"}, h[0].at));
    if (h.length > 1) {
      chart.append(svg("text", {x: x(h.length - 1), y: height - 2, "text-anchor": "end", class: "level-label"},
        h[h.length - 1].at));
    }
  }
  return chart;
}

async function loadWatches() {
  const [watches, alerts] = await Promise.all([api("/api/watches"), api("/api/alerts",
    new URLSearchParams({limit: "1000"}))]);
  const box = clear($("#watch-list"));
  $("#watches-summary").textContent = watches.items.length
    ? `${watches.items.length} watches, ${alerts.items.length} alerts.`
    : "No watches: add one with `eventwire watch add`.";
  for (const w of watches.items) {
    const filters = [w.actor && `actor ${w.actor.join("/")}`, w.recipient && `recipient ${w.recipient.join("/")}`,
      w.type && `type ${w.type.join("/")}`, w.subject && `subject “${w.subject}”`].filter(Boolean).join(", ");
    const mine = alerts.items.filter((a) => a.watch === w.name);
    const list = el("ol", {class: "alerts"});
    for (const a of mine) {
      const ev = a.evidence;
      const item = el("li", {class: `alert ${a.direction}`},
        el("strong", {}, `${a.direction === "up" ? "▲" : "▼"} level ${a.previous_level} → ${a.level}`),
        ` on ${a.as_of || a.at.slice(0, 10)}: ${a.measure} ${a.value} (threshold ${a.threshold}, ` +
        `${a.window.since} to ${a.window.until})`);
      const details = el("details", {}, el("summary", {}, `Evidence: ${ev.incident_ids.length} incidents, ` +
        `${ev.event_ids.length} events, ${ev.claim_ids.length} claims, ${ev.doc_ids.length} documents`));
      const ul = el("ul", {});
      for (const i of a.incidents) ul.append(el("li", {}, incidentLine(i)));
      for (const [source, f] of Object.entries(ev.by_source || {})) {
        ul.append(el("li", {}, `${source}: ${f.figure} (${f.date || "undated"})`));
      }
      details.append(ul);
      item.append(details);
      list.append(item);
    }
    box.append(el("article", {class: "watch", "data-watch": w.name},
      el("h3", {}, `${w.name}: level ${w.level} of ${w.levels.length}`),
      el("p", {}, `${w.measure} over ${w.window} days${filters ? ", " + filters : ""}; levels ` +
        `${w.levels.join(", ")}; now ${w.value === null ? "not measured" : w.value}` +
        (w.notify ? `; notifies ${w.notify}` : "")),
      levelChart(w), mine.length ? list : el("p", {class: "hint"}, "No alerts yet.")));
  }
}

let incidentsCursor = null;

async function loadIncidents(f, append = false) {
  const q = new URLSearchParams();
  for (const k of ["actor", "recipient", "type", "since", "until"]) if (f[k]) q.set(k, f[k]);
  q.set("limit", String(PAGE));
  if (append && incidentsCursor) q.set("cursor", incidentsCursor);
  const page = await api("/api/incidents", q);
  const body = $("#incidents-table tbody");
  if (!append) clear(body);
  for (const i of page.items) {
    const span = i.date_range[0] === i.date_range[1] ? i.date : `${i.date} – ${i.date_range[1]}`;
    body.append(el("tr", {}, el("td", {}, span), el("td", {}, party(i.actor)),
      el("td", {}, i.event + (i.mode ? ` (${i.mode})` : "")), el("td", {}, party(i.recipient)),
      el("td", {}, String(i.n_events)), el("td", {}, i.sources.join(", ")), el("td", {}, i.corroboration)));
  }
  incidentsCursor = page.next;
  $("#incidents-more").hidden = !page.next;
  $("#incidents-summary").textContent = `${body.children.length} incidents shown` +
    (page.next ? " (more below)." : ".");
}

// ---- start --------------------------------------------------------------------------------------

function refresh() {
  const f = filtersFromUrl();
  fillForm(f);
  $("#error").hidden = true;
  $("#evidence").replaceChildren(el("p", {class: "hint"}, "Choose an event to read the sentence it comes from."));
  return Promise.all([
    load("incidents", () => loadIncidents(f)),
    load("timeline", () => loadTimeline(f)),
    load("dyads", () => loadDyads(f)),
    load("map-section", () => loadMap(f)),
    load("events", () => loadEvents(f)),
  ]);
}

async function start() {
  buildForm();
  $("#events-more").addEventListener("click", () => load("events", () => loadEvents(filtersFromUrl(), true)));
  $("#ledger-status").addEventListener("change", () => load("ledger", () => loadLedger()));
  $("#ledger-more").addEventListener("click", () => load("ledger", () => loadLedger(true)));
  $("#doc-search").addEventListener("submit", (e) => { e.preventDefault(); load("documents", () => loadDocuments()); });
  $("#docs-more").addEventListener("click", () => load("documents", () => loadDocuments(true)));
  api("/api/stats/store").then((s) => {
    $("#store-summary").textContent = `${s.documents} documents, ${s.events} events, ${s.claims} claims, ` +
      `${s.failures} failed inputs.`;
  }).catch(showError);
  api("/api/actors", new URLSearchParams({limit: "500", modality: "all"})).then((page) => {
    const list = $("#codes");
    for (const a of page.items) list.append(el("option", {value: a.code}, `${a.name || a.code} (${a.events})`));
  }).catch(showError);
  $("#incidents-more").addEventListener("click", () => load("incidents", () => loadIncidents(filtersFromUrl(), true)));
  await Promise.all([refresh(), load("watches", () => loadWatches()), load("ledger", () => loadLedger()), load("documents", () => loadDocuments())]);
  document.body.dataset.ready = "true";
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
