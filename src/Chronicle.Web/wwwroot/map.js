// Country outlines in an equirectangular projection (one unit a degree) and the events' places as points,
// close places drawn as one circle with their total.
import { svg, el } from "./dom.js";
import { colour } from "./types.js";

let outlines = null;

async function countries() {
  if (!outlines) {
    const response = await fetch("countries.json");
    outlines = (await response.json()).countries;
  }
  return outlines;
}

/** The map of a summary's places; clicking a point calls pick(lat, lon, km). */
export async function map(places, pick) {
  const shapes = await countries();
  const points = places.map((p) => ({ ...p, x: p.lon + 180, y: 90 - p.lat }));
  // Zoom to the places, keeping the map's proportions and at least a region's size.
  let [x0, y0, x1, y1] = [0, 0, 360, 180];
  if (points.length > 0) {
    x0 = Math.min(...points.map((p) => p.x)); x1 = Math.max(...points.map((p) => p.x));
    y0 = Math.min(...points.map((p) => p.y)); y1 = Math.max(...points.map((p) => p.y));
    const w = Math.max(x1 - x0, 40) * 1.3, h = Math.max(y1 - y0, 20) * 1.3;
    const width = Math.min(Math.max(w, h * 2), 360), height = width / 2;
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    x0 = Math.min(Math.max(cx - width / 2, 0), 360 - width); y0 = Math.min(Math.max(cy - height / 2, 0), 180 - height);
    x1 = x0 + width; y1 = y0 + height;
  }
  const width = x1 - x0;
  const chart = svg("svg", { viewBox: `${x0} ${y0} ${width} ${y1 - y0}`, class: "map", role: "img", "aria-label": "map of the events' places" });
  chart.append(svg("rect", { x: 0, y: 0, width: 360, height: 180, class: "sea" }));
  chart.append(svg("g", { class: "countries" }, shapes.map((c) => svg("path", { d: c.d }, svg("title", {}, c.name)))));
  const dots = svg("g", { class: "points" });
  for (const cluster of clusters(points, width / 50)) {
    const r = (width / 360) * (1.5 + Math.sqrt(cluster.count) * 0.9);
    const label = cluster.places.slice(0, 8).map((p) => `${p.name}${p.country ? " (" + p.country + ")" : ""}: ${p.count}`).join("\n")
      + (cluster.places.length > 8 ? `\n… and ${cluster.places.length - 8} more places` : "");
    const km = Math.max(25, Math.round(cluster.spread * 111));
    const group = svg("g", { class: "point", onclick: () => pick(90 - cluster.y, cluster.x - 180, km) },
      svg("title", {}, label),
      svg("circle", { cx: cluster.x.toFixed(3), cy: cluster.y.toFixed(3), r: r.toFixed(3), fill: colour(cluster.type) }));
    if (cluster.places.length > 1 || cluster.count > 1) {
      group.append(svg("text", { x: cluster.x.toFixed(3), y: (cluster.y + r * 0.35).toFixed(3), "font-size": (r * 1.1).toFixed(3), "text-anchor": "middle" }, String(cluster.count)));
    }
    dots.append(group);
  }
  chart.append(dots);
  return chart;
}

/** Places within one grid cell become one cluster at their weighted centre, coloured by its most frequent type. */
function clusters(points, cell) {
  const cells = new Map();
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
    const c = cells.get(key) ?? { places: [], count: 0, sx: 0, sy: 0, types: {} };
    c.places.push(p);
    c.count += p.count;
    c.sx += p.x * p.count;
    c.sy += p.y * p.count;
    c.types[p.type] = (c.types[p.type] ?? 0) + p.count;
    cells.set(key, c);
  }
  return [...cells.values()].map((c) => {
    const x = c.sx / c.count, y = c.sy / c.count;
    c.places.sort((a, b) => b.count - a.count);
    return {
      ...c, x, y,
      type: Object.entries(c.types).sort((a, b) => b[1] - a[1])[0][0],
      spread: Math.max(...c.places.map((p) => Math.hypot(p.x - x, p.y - y))),
    };
  });
}

export const mapNote = (summary) => summary.unplaced > 0
  ? el("p", { class: "note" }, `${summary.unplaced} events without coordinates are not on the map.`)
  : null;
