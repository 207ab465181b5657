/**
 * Provenance over the real data: every source the project says it read is used by some row; every claim's
 * confirmation points at a source we read; every chart's figures come from rows with sources.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it, afterAll } from "vitest";
import { removeOutput, runPipeline } from "../../scripts/data-pipeline.ts";
import { loadDatasets } from "../../src/lib/data/load.ts";
import type { Datasets } from "../../src/lib/data/datasets.ts";
import { CHARTS } from "../../src/lib/charts/index.ts";
import type { Inputs } from "../../src/lib/charts/types.ts";
import { en, withMapsFrom } from "../support/context.ts";

let data: Datasets;
let inputs: Inputs;
let out = "";
afterAll(() => removeOutput(out));
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "crossings-provenance-"));
  const { problems } = runPipeline("data", out);
  expect(problems).toEqual([]);
  data = loadDatasets(out);
  inputs = withMapsFrom(data, out);
});

describe("provenance", () => {
  it("every source marked as read is used by at least one row", () => {
    const used = new Set<string>();
    for (const [name, rows] of Object.entries(data)) {
      if (name === "sources") continue;
      for (const r of rows as Record<string, unknown>[]) {
        for (const k of ["source_ids", "verified_by"])
          for (const s of (r[k] as string[] | undefined) ?? []) used.add(s);
      }
    }
    // A source may also be used by a figure directly (the maps' outlines).
    for (const c of CHARTS) for (const s of c.sources(c.prepare(inputs, en()))) used.add(s);
    const unused = data.sources.filter((s) => s.verified === "yes" && !used.has(s.id)).map((s) => s.id);
    expect(unused).toEqual([]);
  });

  it("a claim is confirmed only by sources the project read", () => {
    const read = new Set(data.sources.filter((s) => s.verified === "yes").map((s) => s.id));
    for (const c of data.claims)
      for (const s of c.verified_by) expect(read.has(s), `${c.id}: ${s}`).toBe(true);
  });

  it("every source the project read has an address", () => {
    const missing = data.sources
      .filter((s) => s.verified === "yes" && !s.url && s.kind !== "academic_paper")
      .map((s) => s.id);
    expect(missing).toEqual([]);
  });

  it.each(CHARTS.map((c) => [c.id, c] as const))(
    "%s draws only rows with sources, and cites them",
    (_id, chart) => {
      const series = chart.prepare(inputs, en());
      const sources = chart.sources(series);
      const known = new Set(data.sources.map((s) => s.id));
      for (const s of sources) expect(known.has(s), s).toBe(true);
      if (chart.rows(series, en()).length > 0) expect(sources.length).toBeGreaterThan(0);
    },
  );
});
