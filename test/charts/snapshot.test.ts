/**
 * Every registry entry drawn from the fixture data and compared with test/charts/output/<id>.svg, after
 * rounding numbers to 3 decimals (as Plot's own snapshot tests do). A changed drawing is written beside
 * the expected one as <id>-changed.svg; delete the expected file to accept a new drawing.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, afterAll } from "vitest";
import { CHARTS } from "../../src/lib/charts/index.ts";
import { renderChart } from "../../src/lib/charts/render.ts";
import { loadDatasets } from "../../src/lib/data/load.ts";
import { runPipeline } from "../../scripts/data-pipeline.ts";
import type { Inputs } from "../../src/lib/charts/types.ts";
import { en, withFixtureMaps } from "../support/context.ts";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";

let data: Inputs;
let out = "";
afterAll(() => rmSync(out, { recursive: true, force: true }));
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "crossings-fixture-"));
  runPipeline("test/fixtures/valid", out);
  data = withFixtureMaps(loadDatasets(out));
});

const normalise = (svg: string) =>
  svg.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 1000) / 1000)).replace(/></g, ">\n<");

describe("chart snapshots", () => {
  it.each(CHARTS.map((c) => [c.id, c] as const))("%s", (id, chart) => {
    const svg = normalise(renderChart(chart, data, en(), { width: 640 }).svg);
    expect(svg).toMatch(/^<svg/);
    expect(svg).not.toMatch(/\sstyle=|<style/);
    const expected = join("test/charts/output", `${id}.svg`);
    if (!existsSync(expected)) {
      writeFileSync(expected, svg + "\n");
      return;
    }
    const want = readFileSync(expected, "utf8").trimEnd();
    if (want !== svg) writeFileSync(join("test/charts/output", `${id}-changed.svg`), svg + "\n");
    expect(svg).toBe(want);
  });

  it("every chart's sources are exactly the sources of the rows it draws", () => {
    for (const c of CHARTS) {
      const series = c.prepare(data, en());
      const fromRows = new Set(
        c.rows(series, en()).flatMap((r) =>
          String(r["source_ids"] ?? "")
            .split(";")
            .filter(Boolean),
        ),
      );
      const declared = new Set(c.sources(series));
      for (const s of fromRows) expect(declared.has(s), `${c.id}: ${s}`).toBe(true);
    }
  });
});
