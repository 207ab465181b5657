import { describe, expect, it } from "vitest";
import { loadDatasets } from "../../src/lib/data/load.ts";
import type { Datasets } from "../../src/lib/data/datasets.ts";
import { getChart, chartIds } from "../../src/lib/charts/index.ts";
import { FIXTURE_MAPS_DIR, loadMaps } from "../../src/lib/geo/load.ts";
import { dictionary } from "../../src/i18n/index.ts";
import { ctxFor } from "../../src/site/ctx.ts";
import type { Dict } from "../../src/i18n/index.ts";
import {
  HASH_DIGITS,
  canonicalJson,
  dataDate,
  dataVersion,
  neutralCtx,
  neutralDictionary,
  rowsHash,
} from "../../src/lib/version.ts";

const fixture = (): Datasets => structuredClone(loadDatasets("test/fixtures/valid"));
const HEX = new RegExp(`^[0-9a-f]{${HASH_DIGITS}}$`);

/** The same dictionary with every string changed, as another language would change it. */
function otherLanguage<T>(d: T): T {
  if (typeof d === "string") return `«${d.split("").reverse().join("")}»` as T;
  if (typeof d === "function")
    return ((...a: unknown[]) => `«${String((d as (...x: unknown[]) => unknown)(...a))}»`) as T;
  if (Array.isArray(d)) return d.map(otherLanguage) as T;
  if (d && typeof d === "object")
    return Object.fromEntries(Object.entries(d).map(([k, v]) => [k, otherLanguage(v)])) as T;
  return d;
}

describe("canonical JSON", () => {
  it("depends on values, not on the order of keys", () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe(
      canonicalJson({ a: [2, { c: 4, d: 3 }], b: 1 }),
    );
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
    expect(canonicalJson({ a: undefined, b: 1 })).toBe(canonicalJson({ b: 1 }));
  });
});

describe("data version", () => {
  it("is a short hash, the same for the same data whatever the order of keys", () => {
    const a = fixture();
    const b = fixture();
    b.sources = b.sources.map((s) => Object.fromEntries(Object.entries(s).reverse()) as typeof s);
    expect(dataVersion(a)).toMatch(HEX);
    expect(dataVersion(b)).toBe(dataVersion(a));
  });

  it("changes when one value in one dataset changes, or the geometry changes", () => {
    const a = fixture();
    const b = fixture();
    b.ncrb[0] = { ...b.ncrb[0]!, value: b.ncrb[0]!.value + 1 };
    expect(dataVersion(b)).not.toBe(dataVersion(a));
    const maps = loadMaps(FIXTURE_MAPS_DIR);
    expect(dataVersion({ ...a, maps })).not.toBe(dataVersion(a));
    expect(dataVersion({ ...a, maps })).toBe(dataVersion({ ...fixture(), maps: loadMaps(FIXTURE_MAPS_DIR) }));
  });

  it("dates the data by the latest accessed source, and refuses data with no date", () => {
    const d = fixture();
    const latest = d.sources
      .map((s) => s.accessed ?? "")
      .sort()
      .at(-1);
    expect(dataDate(d.sources)).toBe(latest);
    const later = [...d.sources, { ...d.sources[0]!, id: "later", accessed: "2031-02-03" }];
    expect(dataDate(later)).toBe("2031-02-03");
    expect(() => dataDate(d.sources.map((s) => ({ ...s, accessed: undefined })))).toThrow(/no source/);
  });
});

describe("rows hash", () => {
  const en = dictionary("en");
  const neutral = neutralCtx(en, "en", chartIds);

  it("replaces every word of the dictionary with its key path", () => {
    const n = neutralDictionary(en);
    expect(n.embed.fullChart).toBe("embed.fullChart");
    expect(n.figure.dataTable(12)).toBe("figure.dataTable(12)");
    expect(n.vocab.numberKind.registered_cases).toBe("vocab.numberKind.registered_cases");
  });

  it("is the same in another language, and changes only when the rows drawn change", () => {
    const chart = getChart("ncrb-trend");
    const d = fixture();
    const h = rowsHash(chart, d, neutral);
    expect(h).toMatch(HEX);
    const other = neutralCtx(otherLanguage(en) as Dict, "en", chartIds);
    expect(rowsHash(chart, d, other)).toBe(h);
    // A dataset the chart does not read changes nothing.
    const unrelated = fixture();
    unrelated.helplines = [];
    expect(rowsHash(chart, unrelated, neutral)).toBe(h);
    // A value it draws does.
    const changed = fixture();
    const i = changed.ncrb.findIndex((r) => r.measure === "cases_registered");
    changed.ncrb[i] = { ...changed.ncrb[i]!, value: changed.ncrb[i]!.value + 1 };
    expect(rowsHash(chart, changed, neutral)).not.toBe(h);
  });

  it("holds the data's values and ids, and no word of the dictionary", () => {
    const chart = getChart("map-bd-crossings");
    const inputs = { ...fixture(), maps: loadMaps(FIXTURE_MAPS_DIR) };
    const words = (d: unknown): string[] =>
      typeof d === "string" ? [d] : d && typeof d === "object" ? Object.values(d).flatMap(words) : [];
    const vocab = words(en.vocab).filter((w) => w.length > 6);
    const found = (ctx: typeof neutral) =>
      vocab.filter((w) => canonicalJson(chart.rows(chart.prepare(inputs, ctx), ctx)).includes(`"${w}"`));
    // In English the rows hold the vocabulary's words (corridors, kinds of place) ...
    expect(found(ctxFor("en")).length).toBeGreaterThan(0);
    // ... and in the neutral context none of them, while the places' ids and sources remain.
    expect(found(neutral)).toEqual([]);
    const rows = chart.rows(chart.prepare(inputs, neutral), neutral);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => String(r["source_ids"]).length > 0)).toBe(true);
  });
});
