// The map: Natural Earth countries (world-atlas, vendored) under Leaflet, no tile server; one circle
// per place, sized by its number of events.

import {el} from "./dom.js";

let map = null;
let points = null;

async function setup(box) {
  const L = window.L;
  map = L.map(box, {worldCopyJump: true, minZoom: 1, maxZoom: 9, zoomSnap: 0.5, keyboard: true});
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Countries: Natural Earth, public domain");
  const response = await fetch("/static/vendor/world-atlas-2.0.2/countries-110m.json");
  const topo = await response.json();
  window.L.geoJSON(window.topojson.feature(topo, topo.objects.countries),
    {interactive: false, style: () => ({className: "country"})}).addTo(map);
  points = L.layerGroup().addTo(map);
  map.setView([5, 110], 4);
}

export async function drawPlaces(box, data) {
  if (!window.L || !window.topojson) throw new Error("the map libraries did not load");
  if (!map) await setup(box);
  points.clearLayers();
  const max = Math.max(1, ...data.items.map((p) => p.count));
  const bounds = [];
  for (const p of data.items) {
    const tip = el("div", {}, el("strong", {}, p.place), ` (${p.code || "?"}): ${p.count} events`,
      el("br"), Object.entries(p.types).map(([t, n]) => `${t} ${n}`).join(", "));
    window.L.circleMarker([p.lat, p.lon], {radius: 5 + 13 * Math.sqrt(p.count / max), className: "place",
      color: "#b3261e", weight: 2, fillColor: "#de2d26", fillOpacity: 0.55})
      .bindTooltip(tip).addTo(points);
    bounds.push([p.lat, p.lon]);
  }
  if (bounds.length) map.fitBounds(bounds, {padding: [40, 40], maxZoom: 5});
  map.invalidateSize();
}
