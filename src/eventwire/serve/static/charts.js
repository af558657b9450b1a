// The timeline (stacked bars) and the dyad graph, drawn as SVG through DOM calls.

import {el, svg, clear} from "./dom.js";

export const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
// Cooperative types in blues and greens, conflictual ones in oranges and reds (ColorBrewer-like).
const PALETTE = ["#08519c", "#3182bd", "#6baed6", "#9ecae1", "#31a354", "#74c476", "#a1d99b", "#756bb1",
  "#9e9ac8", "#bcbddc", "#fdae6b", "#fd8d3c", "#e6550d", "#a63603", "#de2d26", "#67000d"];
export const COLOR = Object.fromEntries(TYPES.map((t, i) => [t, PALETTE[i]]));

function addDays(iso, n) {
  const d = new Date(iso + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function addMonths(iso, n) {
  const d = new Date(iso + "T00:00:00Z");
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}

// Every period from the first to the last, so that the axis is linear in time.
function periods(items, interval) {
  const seen = [...new Set(items.map((i) => i.period))].sort();
  if (seen.length < 2 || seen.length > 2000) return seen;
  const out = [];
  const step = interval === "month" ? (p) => addMonths(p, 1) : (p) => addDays(p, interval === "week" ? 7 : 1);
  for (let p = seen[0]; p <= seen[seen.length - 1]; p = step(p)) {
    if (out.length >= 2000) return seen;  // too long a span to draw every period: only those with events
    out.push(p);
  }
  return out;
}

export function drawTimeline(chart, legend, tableBox, data) {
  clear(chart); clear(legend); clear(tableBox);
  const cols = periods(data.items, data.interval);
  const byPeriod = new Map(cols.map((p) => [p, new Map()]));
  for (const item of data.items) byPeriod.get(item.period)?.set(item.event, item.count);
  const present = TYPES.filter((t) => data.items.some((i) => i.event === t));
  const totals = cols.map((p) => [...byPeriod.get(p).values()].reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const W = 900, H = 240, left = 36, right = 8, top = 8, bottom = 34;
  const bw = (W - left - right) / Math.max(cols.length, 1);
  const y = (v) => top + (H - top - bottom) * (1 - v / max);
  const busiest = cols[totals.indexOf(Math.max(...totals))];
  const label = data.total
    ? `${data.total} events over ${cols.length} ${data.interval}s; most on ${busiest} (${Math.max(...totals)})`
    : "No dated events match the filters";
  const root = svg("svg", {viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": label, "data-total": data.total});
  const axis = svg("g", {class: "axis"});
  for (const v of [0, Math.round(max / 2), max]) {
    axis.append(svg("line", {x1: left, x2: W - right, y1: y(v), y2: y(v), "stroke-dasharray": v ? "2 3" : null}),
      svg("text", {x: left - 4, y: y(v) + 4, "text-anchor": "end"}, v));
  }
  const every = Math.max(1, Math.ceil(cols.length / 10));
  cols.forEach((p, i) => {
    if (i % every === 0) axis.append(svg("text", {x: left + bw * (i + .5), y: H - bottom + 16, "text-anchor": "middle"},
      p.slice(5)));
  });
  root.append(axis);
  const bars = svg("g", {class: "bars"});
  cols.forEach((p, i) => {
    let base = 0;
    for (const t of TYPES) {
      const n = byPeriod.get(p).get(t);
      if (!n) continue;
      bars.append(svg("rect", {x: left + bw * i + 1, width: Math.max(bw - 2, 1), y: y(base + n), height: y(base) - y(base + n),
        fill: COLOR[t], "data-type": t, "data-period": p}, svg("title", {}, `${p} ${t}: ${n}`)));
      base += n;
    }
  });
  root.append(bars);
  chart.append(root);
  for (const t of present) legend.append(el("li", {}, el("span", {class: "swatch", "data-type": t}), t));
  for (const sw of legend.querySelectorAll(".swatch")) sw.style.background = COLOR[sw.dataset.type];
  const table = el("table", {}, el("thead", {}, el("tr", {}, el("th", {scope: "col"}, "period"),
    ...present.map((t) => el("th", {scope: "col"}, t)), el("th", {scope: "col"}, "total"))));
  const body = el("tbody");
  cols.forEach((p, i) => {
    if (!totals[i]) return;
    body.append(el("tr", {}, el("th", {scope: "row"}, p), ...present.map((t) => el("td", {}, byPeriod.get(p).get(t) || "")),
      el("td", {}, totals[i])));
  });
  table.append(body);
  tableBox.append(table);
  return label;
}

export function drawDyads(box, items, onPick) {
  clear(box);
  const edges = items.filter((d) => d.recipient);
  const codes = [...new Set(edges.flatMap((d) => [d.actor, d.recipient]))];
  const W = 420, H = 360, cx = W / 2, cy = H / 2, r = Math.min(W, H) / 2 - 40;
  const pos = new Map(codes.map((c, i) => {
    const a = (2 * Math.PI * i) / Math.max(codes.length, 1) - Math.PI / 2;
    return [c, [cx + r * Math.cos(a), cy + r * Math.sin(a)]];
  }));
  const max = Math.max(1, ...edges.map((d) => d.count));
  const label = edges.length ? `Graph of ${edges.length} actor–recipient pairs among ${codes.length} codes`
    : "No pairs with a coded recipient";
  const root = svg("svg", {viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": label});
  root.append(svg("defs", {}, svg("marker", {id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerUnits: "userSpaceOnUse", markerWidth: 10,
    markerHeight: 10, orient: "auto-start-reverse"}, svg("path", {d: "M0,0 L10,5 L0,10 z", fill: "#57606a"}))));
  for (const d of edges) {
    const [x1, y1] = pos.get(d.actor), [x2, y2] = pos.get(d.recipient);
    const title = svg("title", {}, `${d.actor} → ${d.recipient}: ${d.count} events`);
    if (d.actor === d.recipient) {
      root.append(svg("circle", {class: "edge", cx: x1, cy: y1 - 22, r: 14, "stroke-width": 1 + 5 * d.count / max}, title));
      continue;
    }
    const mx = (x1 + x2) / 2 + (y2 - y1) * .15, my = (y1 + y2) / 2 - (x2 - x1) * .15;
    const len = Math.hypot(x2 - mx, y2 - my) || 1;
    const ex = x2 - (x2 - mx) / len * 20, ey = y2 - (y2 - my) / len * 20;
    root.append(svg("path", {class: "edge", d: `M${x1},${y1} Q${mx},${my} ${ex},${ey}`,
      "stroke-width": 1 + 5 * d.count / max, "marker-end": "url(#arrow)"}, title));
  }
  for (const c of codes) {
    const [x, y] = pos.get(c);
    const node = svg("g", {class: "node", tabindex: 0, role: "button", "aria-label": `Filter by actor ${c}`},
      svg("circle", {cx: x, cy: y, r: 18}), svg("text", {x, y: y + 4, "text-anchor": "middle"}, c));
    node.addEventListener("click", () => onPick(c));
    node.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); onPick(c); } });
    root.append(node);
  }
  box.append(root);
}
