// Chronicle's web app: a search page (filters, timeline, map, list), an event page and an article page, routed by
// the address's fragment so every view can be bookmarked. Everything from the API is shown as text.
import { el, show, outsideLink } from "./dom.js";
import { TYPES, MODALITIES, colour } from "./types.js";
import { timeline, legend } from "./timeline.js";
import { map, mapNote } from "./map.js";
import { highlighted } from "./highlight.js";

const view = document.getElementById("view");
const FILTERS = ["type", "actor", "country", "since", "until", "near", "text", "modality"];
const PAGE = 50;

class ApiError extends Error {}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(body?.detail ?? body?.title ?? `${response.status} ${response.statusText}`);
  return body;
}

let rendering = 0;

function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query ?? "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  // A view still loading when the address changes again must not overwrite the newer one when its answers arrive.
  const mine = ++rendering;
  const put = (...children) => { if (mine === rendering) show(view, ...children); };
  const render = parts[0] === "event" && parts[1] ? eventPage(put, parts[1])
    : parts[0] === "article" && parts[1] ? articlePage(put, parts[1], params.get("event"))
    : searchPage(put, params);
  delete view.dataset.shown;
  render
    .catch((e) => put(el("p", { class: "error" }, e instanceof ApiError ? e.message : `Something went wrong: ${e.message}`)))
    // Says which address the view now shows, for whoever waits on it (a test, a script).
    .finally(() => { if (mine === rendering) view.dataset.shown = hash; });
}

window.addEventListener("hashchange", route);
route();

// ---- search -----------------------------------------------------------------------------------------------------

function searchHash(params) {
  const kept = new URLSearchParams();
  for (const [k, v] of params) if (v) kept.set(k, v);
  return "#/?" + kept.toString();
}

function filterForm(params) {
  const field = (name, label, input) => el("label", { class: "field" }, el("span", {}, label), input);
  const type = el("select", { name: "type" }, el("option", { value: "" }, "any type"), TYPES.map((t) => el("option", { value: t }, t)));
  const modality = el("select", { name: "modality" }, el("option", { value: "" }, "happened (default)"), el("option", { value: "all" }, "all"),
    MODALITIES.map((m) => el("option", { value: m }, m)));
  const names = el("datalist", { id: "actor-names" });
  const actor = el("input", { name: "actor", list: "actor-names", placeholder: "name or ISO3", autocomplete: "off" });
  let typing;
  actor.addEventListener("input", () => {
    clearTimeout(typing);
    const q = actor.value.trim();
    if (q.length < 2) return;
    typing = setTimeout(async () => {
      const found = await api(`/api/entities?q=${encodeURIComponent(q)}&limit=15`).catch(() => []);
      names.replaceChildren(...found.map((e) => el("option", { value: e.name }, `${e.type}, ${e.articles} articles`)));
    }, 200);
  });
  const form = el("form", { class: "filters", role: "search" },
    field("type", "Type", type),
    field("actor", "Actor", actor), names,
    field("country", "Country", el("input", { name: "country", placeholder: "ISO3, e.g. IRQ", size: 8, maxlength: 3 })),
    field("since", "Since", el("input", { name: "since", type: "date" })),
    field("until", "Until", el("input", { name: "until", type: "date" })),
    field("text", "Words", el("input", { name: "text", type: "search", placeholder: "in evidence, actors, place, title" })),
    field("modality", "Modality", modality),
    field("near", "Near", el("input", { name: "near", placeholder: "lat,lon,km", size: 14 })),
    el("div", { class: "buttons" }, el("button", { type: "submit" }, "Search"), el("a", { href: "#/", class: "reset" }, "Clear")));
  for (const name of FILTERS) if (form.elements[name]) form.elements[name].value = params.get(name) ?? "";
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const chosen = new URLSearchParams();
    for (const name of FILTERS) chosen.set(name, form.elements[name].value.trim());
    location.hash = searchHash(chosen);
  });
  return form;
}

async function searchPage(put, params) {
  const filters = new URLSearchParams();
  for (const name of FILTERS) if (params.get(name)) filters.set(name, params.get(name));
  const page = Math.max(1, Number(params.get("page")) || 1);
  const pick = (changes) => {
    const next = new URLSearchParams(params);
    next.delete("page");
    for (const [k, v] of Object.entries(changes)) next.set(k, v);
    location.hash = searchHash(next);
  };
  // One form for the whole render, so what is typed while the results load is not replaced when they arrive.
  const form = filterForm(params);
  const status = el("p", { class: "status" }, "Loading…");
  put(form, status);
  const [summary, list] = await Promise.all([
    api(`/api/events/summary?${filters}`),
    api(`/api/events?${filters}&limit=${PAGE}&page=${page}`),
  ]);
  const types = new Set(summary.days.map((d) => d.type).concat(summary.places.map((p) => p.type)));
  status.textContent = `${summary.events} events match`
    + (summary.notDailyDated ? `; ${summary.notDailyDated} dated less precisely than a day are not on the timeline` : "");
  const mapFigure = el("figure", { class: "panel map-panel" }, el("figcaption", {}, "Where"),
    await map(summary.places, (lat, lon, km) => pick({ near: `${lat.toFixed(3)},${lon.toFixed(3)},${km}` })), mapNote(summary));
  put(form, status,
    el("div", { class: "panels" },
      el("figure", { class: "panel" }, el("figcaption", {}, "When"), timeline(summary.days, (since, until) => pick({ since, until })), legend(types)),
      mapFigure),
    eventList(list),
    pager(params, page, list.hasMore));
}

function eventList(list) {
  if (list.events.length === 0) return el("p", { class: "empty" }, "No events on this page.");
  return el("table", { class: "events" },
    el("thead", {}, el("tr", {}, ["date", "type", "who → whom", "where", "dead", "sources", "evidence"].map((h) => el("th", {}, h)))),
    el("tbody", {}, list.events.map((e) => el("tr", { class: "event-row", "data-type": e.type },
      el("td", {}, e.date?.value ?? "—"),
      el("td", {}, typeBadge(e.type, e.mode)),
      el("td", {}, el("a", { href: `#/event/${encodeURIComponent(e.id)}`, class: "event-link" }, who(e))),
      el("td", {}, e.location ? `${e.location.name}${e.location.place?.country ? " (" + e.location.place.country + ")" : ""}` : "—"),
      el("td", { class: "num" }, e.dead ?? ""),
      el("td", { class: "num" }, e.sourceCount),
      el("td", { class: "snippet" }, e.evidence?.[0]?.text ?? "")))));
}

function pager(params, page, hasMore) {
  const to = (n) => { const p = new URLSearchParams(params); p.set("page", n); return searchHash(p); };
  return el("nav", { class: "pager" },
    page > 1 ? el("a", { href: to(page - 1) }, "← newer") : null,
    el("span", {}, `page ${page}`),
    hasMore ? el("a", { href: to(page + 1) }, "older →") : null);
}

const who = (e) => `${e.actors.join(", ") || "someone"} → ${e.recipients.join(", ") || "—"}`;

function typeBadge(type, mode) {
  const badge = el("span", { class: "type" }, type + (mode ? "/" + mode : ""));
  badge.style.borderColor = colour(type);
  return badge;
}

// ---- event ------------------------------------------------------------------------------------------------------

async function eventPage(put, id) {
  put(el("p", { class: "status" }, "Loading…"));
  const e = await api(`/api/events/${encodeURIComponent(id)}`);
  const place = e.location
    ? [e.location.name, e.location.place?.admin1, e.location.place?.country].filter(Boolean).join(", ") + ` (${e.location.precision})`
    : "not given";
  const row = (label, value) => value === null || value === undefined || value === "" ? null : el("tr", {}, el("th", {}, label), el("td", {}, value));
  put(
    el("p", {}, el("a", { href: "#/" }, "← search")),
    el("h1", {}, typeBadge(e.type, e.mode), " ", who(e)),
    el("table", { class: "facts" }, el("tbody", {},
      row("actors", e.actors.join("; ") || "none named"),
      row("recipients", e.recipients.join("; ") || "none named"),
      row("date", e.date ? `${e.date.value} (${e.date.precision}, from the ${e.date.from})` : "not given"),
      row("place", place),
      row("dead", e.dead), row("injured", e.injured), row("arrested", e.arrested),
      row("modality", e.modality),
      row("reported by", e.reporter),
      row("CAMEO", e.cameo),
      row("ACLED", e.acled ? `${e.acled.eventType} / ${e.acled.subEventType}` : null),
      row("confidence", e.confidence))),
    el("h2", {}, `${e.sourceCount} source${e.sourceCount === 1 ? "" : "s"}`),
    el("ol", { class: "sources" }, e.sources.map((s) => el("li", { class: "source" },
      el("div", { class: "source-head" },
        el("a", { href: `#/article/${encodeURIComponent(s.articleId)}?event=${encodeURIComponent(e.id)}`, class: "article-link" }, s.title || s.articleId),
        s.published ? ` · ${s.published}` : "", s.url ? [" · ", outsideLink(s.url, "original")] : null),
      s.evidence.map((ev) => el("blockquote", { class: "evidence" }, ev.text))))));
}

// ---- article ----------------------------------------------------------------------------------------------------

async function articlePage(put, id, eventId) {
  put(el("p", { class: "status" }, "Loading…"));
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  const spans = [];
  for (const en of a.entities) for (const m of en.mentions) spans.push({ start: m.start, end: m.end, kind: "entity", label: `${en.type}: ${en.name}` });
  for (const t of a.times) spans.push({ start: t.start, end: t.end, kind: "time", label: `${t.type}: ${t.value}` });
  for (const q of a.quotes) spans.push({ start: q.start, end: q.end, kind: "quote", label: `${q.kind} quote${q.speaker ? " of " + q.speaker : ""}` });
  for (const ev of a.events) for (const s of ev.evidence) {
    if (ev.event !== eventId) spans.push({ start: s.start, end: s.end, kind: "event", label: `event ${ev.event}: ${ev.type}${ev.mode ? "/" + ev.mode : ""}` });
  }
  const chosen = a.events.filter((ev) => ev.event === eventId);
  const marked = chosen.flatMap((ev) => ev.evidence.map((s) => ({ start: s.start, end: s.end, label: `evidence of event ${ev.event}: ${ev.type}` })));
  const text = highlighted(a.text, spans, marked);
  const byType = new Map();
  for (const en of a.entities) byType.set(en.type, [...(byType.get(en.type) ?? []), en]);
  put(
    el("p", {}, eventId ? el("a", { href: `#/event/${encodeURIComponent(eventId)}` }, `← event ${eventId}`) : el("a", { href: "#/" }, "← search")),
    el("div", { class: "article-layout" },
      el("article", {},
        el("h1", {}, a.title || a.id),
        el("p", { class: "meta" }, [a.published ? `published ${a.published}` : "undated", a.siteName, a.byline.join(", ")].filter(Boolean).join(" · "),
          a.url ? [" · ", outsideLink(a.url, "original")] : null),
        el("p", { class: "keys" },
          el("span", { class: "hl-entity" }, "entity"), " ", el("span", { class: "hl-time" }, "time"), " ",
          el("span", { class: "hl-quote" }, "quote"), " ", el("span", { class: "hl-event" }, "other event"), " ",
          el("mark", {}, "evidence of the chosen event")),
        text),
      el("aside", {},
        el("h2", {}, "Events"),
        el("ul", { class: "article-events" }, a.events.map((ev) => el("li", { class: ev.event === eventId ? "chosen" : null },
          el("a", { href: `#/article/${encodeURIComponent(a.id)}?event=${encodeURIComponent(ev.event)}` }, typeBadge(ev.type, ev.mode)),
          " ", el("a", { href: `#/event/${encodeURIComponent(ev.event)}` }, `event ${ev.event}`), ` (${ev.modality})`))),
        el("h2", {}, "Entities"),
        [...byType].map(([type, list]) => el("div", {}, el("h3", {}, type), el("ul", { class: "entities" },
          list.map((en) => el("li", {}, el("a", { href: searchHash(new URLSearchParams({ actor: en.name })) }, en.name), en.country ? ` (${en.country})` : ""))))),
        el("h2", {}, "Times"),
        el("ul", { class: "times" }, a.times.map((t) => el("li", {}, `${t.text} → ${t.value}`))),
        el("h2", {}, "Quotes"),
        el("ul", { class: "quotes" }, a.quotes.map((q) => el("li", {}, `${q.speaker ?? "unattributed"}: “${q.text}”`))))));
  document.getElementById("evidence")?.scrollIntoView({ block: "center" });
}
