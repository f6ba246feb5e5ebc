// Events per day by type as stacked bars; long ranges are counted per week or month so bars stay readable.
import { svg, el } from "./dom.js";
import { TYPES, colour } from "./types.js";

const DAY = 86400000;

function bucketOf(days) {
  if (days <= 400) return { name: "day", start: (d) => d };
  if (days <= 2000) return { name: "week", start: (d) => new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY) };
  return { name: "month", start: (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)) };
}

function next(bucket, d) {
  if (bucket.name === "day") return new Date(d.getTime() + DAY);
  if (bucket.name === "week") return new Date(d.getTime() + 7 * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

const iso = (d) => d.toISOString().slice(0, 10);

/** The timeline of a summary's day counts; clicking a bar calls pick(since, until). */
export function timeline(days, pick) {
  if (days.length === 0) return el("p", { class: "empty" }, "No event dated to the day matches.");
  // A few stray old events would squeeze the rest into one bar: the axis spans the shortest run of days that holds
  // 90% of the events, and says how many fall outside it.
  const total = days.reduce((a, d) => a + d.count, 0);
  const time = days.map((d) => Date.parse(d.day + "T00:00:00Z"));
  let best = [0, days.length - 1], held = 0;
  for (let from = 0, to = 0; to < days.length; to++) {
    held += days[to].count;
    while (held - days[from].count >= total * 0.9) held -= days[from++].count;
    if (held >= total * 0.9 && time[to] - time[from] < time[best[1]] - time[best[0]]) best = [from, to];
  }
  const firstDay = days[best[0]].day, lastDay = days[best[1]].day;
  days = days.slice(best[0], best[1] + 1);
  const outside = total - days.reduce((a, d) => a + d.count, 0);
  const first = new Date(firstDay + "T00:00:00Z");
  const last = new Date(lastDay + "T00:00:00Z");
  const bucket = bucketOf((last - first) / DAY + 1);
  const bars = new Map();
  for (const { day, type, count } of days) {
    const key = iso(bucket.start(new Date(day + "T00:00:00Z")));
    const bar = bars.get(key) ?? {};
    bar[type] = (bar[type] ?? 0) + count;
    bars.set(key, bar);
  }
  const starts = [];
  for (let d = bucket.start(first); d <= last; d = next(bucket, d)) starts.push(d);
  const max = Math.max(...[...bars.values()].map((b) => Object.values(b).reduce((a, c) => a + c, 0)));
  const width = 1000, height = 440, barWidth = width / starts.length;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height + 32}`, class: "timeline", role: "img", "aria-label": `events per ${bucket.name} by type` });
  starts.forEach((start, i) => {
    const bar = bars.get(iso(start));
    if (!bar) return;
    let y = height;
    const end = new Date(next(bucket, start).getTime() - DAY);
    const total = Object.values(bar).reduce((a, c) => a + c, 0);
    const group = svg("g", { class: "bar", onclick: () => pick(iso(start), iso(end)) },
      svg("title", {}, `${iso(start)}${bucket.name === "day" ? "" : " to " + iso(end)}: ${total} events\n`
        + TYPES.filter((t) => bar[t]).map((t) => `${t} ${bar[t]}`).join("\n")));
    for (const type of TYPES) {
      if (!bar[type]) continue;
      const h = (bar[type] / max) * (height - 4);
      y -= h;
      group.append(svg("rect", { x: (i * barWidth).toFixed(2), y: y.toFixed(2), width: Math.max(barWidth - 0.5, 0.5).toFixed(2), height: h.toFixed(2), fill: colour(type) }));
    }
    chart.append(group);
  });
  chart.append(svg("text", { x: 0, y: height + 26, class: "axis" }, iso(starts[0])));
  chart.append(svg("text", { x: width, y: height + 26, class: "axis", "text-anchor": "end" }, iso(starts[starts.length - 1])));
  chart.append(svg("text", { x: width / 2, y: height + 26, class: "axis", "text-anchor": "middle" }, `events per ${bucket.name}, most ${max}${outside ? `; ${outside} outside these dates` : ""}`));
  return chart;
}

/** A legend of the types present. */
export function legend(types) {
  return el("ul", { class: "legend" }, TYPES.filter((t) => types.has(t)).map((t) => {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = colour(t);
    return el("li", {}, swatch, t);
  }));
}
