/**
 * The border data adds up: for each neighbour, the main state segments sum to the border's total, or the
 * total row says why not (and the figures that disagree are kept as rows of their own, with their sources).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it, afterAll } from "vitest";
import { removeOutput, runPipeline } from "../../scripts/data-pipeline.ts";
import { loadDatasets } from "../../src/lib/data/load.ts";
import type { Border } from "../../src/lib/data/schemas.ts";

let borders: Border[];
let out = "";
afterAll(() => removeOutput(out));
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "crossings-borders-"));
  expect(runPipeline("data", out).problems).toEqual([]);
  borders = loadDatasets(out).borders;
});

describe("borders.csv", () => {
  it.each(["BGD", "NPL", "MMR"])("the segments with %s sum to its total, or the total notes the gap", (n) => {
    const main = borders.filter((b) => b.neighbour === n && !b.alt_of);
    const total = main.find((b) => !b.state);
    expect(total, `a total row for ${n}`).toBeDefined();
    const segments = main.filter((b) => b.state);
    expect(segments.length).toBeGreaterThan(0);
    const sum = segments.reduce((s, b) => s + (b.length_km ?? 0), 0);
    const missing = segments.filter((b) => b.length_km === undefined);
    if (Math.abs(sum - (total!.length_km ?? 0)) > 0.5 || missing.length) {
      // The discrepancy must be explained, with the sources of both figures on the rows.
      expect(total!.note ?? "", `${n}: segments sum to ${sum} km, total ${total!.length_km} km`).toMatch(
        /sum|add up|differ|not found|missing/i,
      );
      expect(total!.source_ids.length).toBeGreaterThan(0);
    }
  });

  it("every disputed figure points at a row that exists, for the same neighbour and state", () => {
    for (const b of borders.filter((x) => x.alt_of)) {
      const of = borders.find((x) => x.id === b.alt_of);
      expect(of, b.id).toBeDefined();
      expect([of!.neighbour, of!.state]).toEqual([b.neighbour, b.state]);
    }
  });

  it("lists every Indian state on each border", () => {
    const states = (n: string) =>
      new Set(borders.filter((b) => b.neighbour === n && b.state).map((b) => b.state));
    expect(states("BGD")).toEqual(new Set(["IN-WB", "IN-AS", "IN-ML", "IN-TR", "IN-MZ"]));
    expect(states("NPL")).toEqual(new Set(["IN-UK", "IN-UP", "IN-BR", "IN-WB", "IN-SK"]));
    expect(states("MMR")).toEqual(new Set(["IN-AR", "IN-NL", "IN-MN", "IN-MZ"]));
  });
});
