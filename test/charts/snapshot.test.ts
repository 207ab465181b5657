/**
 * Every registry entry drawn from the fixture data and compared with test/charts/output/<id>.svg, after
 * rounding numbers to 3 decimals (as Plot's own snapshot tests do).
 *
 * Snapshots are never written by a plain run, locally or in CI: a missing one fails and says how to accept it,
 * a changed one fails and is also written beside the expected one as <id>-changed.svg (not committed) to look
 * at. `npm run test:update` writes them all; review the diff before committing.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CHARTS } from "../../src/lib/charts/index.ts";
import { renderChart } from "../../src/lib/charts/render.ts";
import { loadDatasets } from "../../src/lib/data/load.ts";
import { runPipeline } from "../../scripts/data-pipeline.ts";
import type { Inputs } from "../../src/lib/charts/types.ts";
import { en, withFixtureMaps } from "../support/context.ts";

const OUTPUT = "test/charts/output";
const updating = inject("snapshotUpdate") === "all";

let data: Inputs;
let out = "";
afterAll(() => rmSync(out, { recursive: true, force: true }));
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "crossings-fixture-"));
  const { problems } = runPipeline("test/fixtures/valid", out);
  expect(problems, "the fixture data must pass the pipeline").toEqual([]);
  data = withFixtureMaps(loadDatasets(out));
});

/** Numbers to 3 decimals and one element a line, so that diffs are readable and float noise is not a change. */
export const normalise = (svg: string): string =>
  svg.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 1000) / 1000)).replace(/></g, ">\n<");

/** Source ids named by a table row's `source_ids` cell ("a;b"). */
const rowSources = (rows: Record<string, string | number>[]): Set<string> =>
  new Set(
    rows.flatMap((r) =>
      String(r["source_ids"] ?? "")
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  );

describe("chart snapshots", () => {
  it.each(CHARTS.map((c) => [c.id, c] as const))("%s", async (id, chart) => {
    const svg = normalise(renderChart(chart, data, en(), { width: 640 }).svg) + "\n";
    expect(svg).toMatch(/^<svg/);
    expect(svg).not.toMatch(/\sstyle=|<style/);
    const file = join(OUTPUT, `${id}.svg`);
    const changed = join(OUTPUT, `${id}-changed.svg`);
    rmSync(changed, { force: true });
    if (!updating) {
      if (!existsSync(file))
        throw new Error(
          `${file} is missing: no snapshot to compare the drawing of "${id}" with. Look at the drawing ` +
            "(npm run dev, /charts/" +
            id +
            "/), then run `npm run test:update` to write it and commit it. Snapshots are never written by a plain run.",
        );
      if (readFileSync(file, "utf8") !== svg) writeFileSync(changed, svg);
    }
    await expect(svg, `${id}: the drawing changed; see ${changed}`).toMatchFileSnapshot(`output/${id}.svg`);
  });

  it("every snapshot file belongs to a chart", () => {
    const ids = new Set(CHARTS.map((c) => c.id));
    const orphans = readdirSync(OUTPUT).filter(
      (f) => f.endsWith(".svg") && !f.endsWith("-changed.svg") && !ids.has(f.slice(0, -4)),
    );
    if (updating) for (const f of orphans) rmSync(join(OUTPUT, f));
    else expect(orphans, `no chart has these ids; delete them or run npm run test:update`).toEqual([]);
  });
});

describe("sources", () => {
  it.each(CHARTS.map((c) => [c.id, c] as const))(
    "%s: declares exactly the sources of the rows it draws",
    (id, c) => {
      const series = c.prepare(data, en());
      const rows = c.rows(series, en());
      expect(rows.length, `${id} draws no rows from the fixture data`).toBeGreaterThan(0);
      expect(
        rows.every((r) => "source_ids" in r),
        `${id}: every table row names its source_ids`,
      ).toBe(true);
      const fromRows = [...rowSources(rows)].sort();
      const declared = [...new Set(c.sources(series))].sort();
      // Both ways: a declared source no row uses is as wrong as a row whose source is not declared.
      expect(declared, `${id}: sources() must equal the union of the rows' source_ids`).toEqual(fromRows);
    },
  );
});
