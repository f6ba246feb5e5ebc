// Turns world-atlas's 1:110m Natural Earth countries into SVG paths in an equirectangular projection (x = lon + 180,
// y = 90 - lat, one unit a degree), rounded to a tenth of a degree: the map draws them without any library.
// Run: cd tools/countries && npm ci && node build.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";

const topology = JSON.parse(readFileSync(new URL("./node_modules/world-atlas/countries-110m.json", import.meta.url)));
const countries = feature(topology, topology.objects.countries).features;
const round = (v) => Math.round(v * 10) / 10;

// A ring that crosses the antimeridian (Fiji, Russia) is broken there into pieces, so no line crosses the whole map.
function ringPath(ring) {
  let path = "";
  let last = "";
  let lastX = null;
  for (const [lon, lat] of ring) {
    const x = round(lon + 180);
    const point = `${x} ${round(90 - lat)}`;
    if (point !== last) {
      path += (lastX === null || Math.abs(x - lastX) > 180 ? "M" : "L") + point;
      last = point;
      lastX = x;
    }
  }
  return path + "Z";
}

const shapes = countries
  .filter((c) => c.geometry)
  .map((c) => {
    const polygons = c.geometry.type === "Polygon" ? [c.geometry.coordinates] : c.geometry.coordinates;
    return { name: c.properties.name, d: polygons.flat().map(ringPath).join("") };
  });

const out = new URL("../../src/Chronicle.Web/wwwroot/countries.json", import.meta.url);
writeFileSync(out, JSON.stringify({ source: "Natural Earth 1:110m via world-atlas 2.0.2 (public domain; ISC)", countries: shapes }) + "\n");
console.log(`${shapes.length} countries written to ${out.pathname}`);
