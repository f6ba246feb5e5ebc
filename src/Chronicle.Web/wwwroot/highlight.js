// An article's text with its spans marked. Offsets are Unicode code points, so the text is cut as an array of code
// points. The chosen event's evidence becomes <mark> elements holding exactly the evidence's words; every other span
// (entities, times, quotes, other events) becomes a <span> with classes for what covers it. Only text nodes are made.
import { el } from "./dom.js";

/**
 * spans: [{start, end, kind, label}] with kind one of entity, time, quote, event; marked: [{start, end, label}].
 * Returns the paragraph-preserving block of the article's text.
 */
export function highlighted(text, spans, marked) {
  const points = Array.from(text);
  const block = el("div", { class: "article-text" });
  const regions = merge(marked.map((m) => ({ ...m })));
  let at = 0;
  for (const region of regions) {
    block.append(...segments(points, spans, at, region.start));
    const mark = el("mark", { title: region.label, id: block.querySelector("mark") ? null : "evidence" }, ...segments(points, spans, region.start, region.end));
    block.append(mark);
    at = region.end;
  }
  block.append(...segments(points, spans, at, points.length));
  return block;
}

/** Overlapping or touching evidence spans of one event become one region. */
function merge(regions) {
  regions.sort((a, b) => a.start - b.start);
  const merged = [];
  for (const r of regions) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
    } else {
      merged.push(r);
    }
  }
  return merged;
}

/** The text from..to cut wherever a span starts or ends; each piece a text node or a span naming what covers it. */
function segments(points, spans, from, to) {
  const cuts = new Set([from, to]);
  for (const s of spans) {
    if (s.start > from && s.start < to) cuts.add(s.start);
    if (s.end > from && s.end < to) cuts.add(s.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    const piece = points.slice(a, b).join("");
    const covering = spans.filter((s) => s.start <= a && b <= s.end);
    if (covering.length === 0) {
      nodes.push(document.createTextNode(piece));
    } else {
      const kinds = [...new Set(covering.map((s) => s.kind))];
      nodes.push(el("span", { class: kinds.map((k) => "hl-" + k).join(" "), title: covering.map((s) => s.label).join("\n") }, piece));
    }
  }
  return nodes;
}
