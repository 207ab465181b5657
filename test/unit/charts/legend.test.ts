/** Every legend, on the page and in the downloads, names a design token, so its swatch has a colour in both themes. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../../scripts/data-pipeline.ts";
import { CHARTS } from "../../../src/lib/charts/index.ts";
import type { Inputs } from "../../../src/lib/charts/types.ts";
import { loadDatasets } from "../../../src/lib/data/load.ts";
import { isToken } from "../../../src/lib/tokens.ts";
import { en, withFixtureMaps } from "../../support/context.ts";

let data: Inputs;
let out = "";
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "crossings-legend-"));
  runPipeline("test/fixtures/valid", out);
  data = withFixtureMaps(loadDatasets(out));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("legends", () => {
  it.each(CHARTS.map((c) => [c.id, c] as const))("%s: every swatch is a design token", (_id, chart) => {
    const legend = chart.legend?.(chart.prepare(data, en()), en()) ?? [];
    for (const item of legend) expect(isToken(item.color), `${item.label}: ${item.color}`).toBe(true);
  });
});
