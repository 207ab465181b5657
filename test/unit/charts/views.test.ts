/**
 * The views of the tall charts, on the project's own data: each shows a part of its chart (or, for the claims'
 * summary, every claim in a compact drawing), says so in its description, cites exactly the rows it draws, and
 * is shorter than the whole, and short enough at a phone's width for its text to stay readable in the essay's pane (about 9 px or more).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getChart } from "../../../src/lib/charts/index.ts";
import { renderChart, seriesFor } from "../../../src/lib/charts/render.ts";
import type { Inputs } from "../../../src/lib/charts/types.ts";
import { loadDatasets } from "../../../src/lib/data/load.ts";
import { runPipeline } from "../../../scripts/data-pipeline.ts";
import { ctxFor } from "../../../src/site/ctx.ts";

const CHARTS = [
  "instruments-timeline",
  "recommendations-matrix",
  "claims-status",
  "journey-stages",
  "rohingya-displacement",
  "ncrb-states-tiles",
];
/** The pane of a 390×844 phone holds a drawing about 476 px tall: at 640 drawn px, 12 px text shows at 9 px. */
const MAX_NARROW_HEIGHT = 640;

let data: Inputs;
let out = "";
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "crossings-views-"));
  const { problems } = runPipeline("data", out);
  expect(problems).toEqual([]);
  data = loadDatasets(out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const heightOf = (svg: string) => Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg)![1]);

describe.each(["en", "hi"] as const)("views of the tall charts (%s)", (locale) => {
  const ctx = ctxFor(locale);
  for (const id of CHARTS) {
    const chart = getChart(id);
    const views = Object.keys(chart.views ?? {});
    it(`${id} has views`, () => expect(views.length).toBeGreaterThan(0));
    for (const view of views)
      it(`${id} / ${view}: a part that says so, sourced by its rows, short on a phone`, () => {
        const whole = renderChart(chart, data, ctx, { width: 360, surface: "essay" });
        const part = renderChart(chart, data, ctx, { width: 360, surface: "essay", view });
        expect(part.rows.length).toBeGreaterThan(0);
        expect(heightOf(part.svg)).toBeLessThanOrEqual(MAX_NARROW_HEIGHT);
        expect(heightOf(part.svg)).toBeLessThan(heightOf(whole.svg));
        if (part.rows.length < whole.rows.length)
          expect(
            part.description.startsWith(ctx.t.charts.common.part(part.rows.length, whole.rows.length)),
          ).toBe(true);
        else expect(part.description).toContain(ctx.t.charts["claims-status"].describe.compact);
        // Exactly the sources of the rows drawn: those the table lists, in order.
        const listed = [
          ...new Set(part.rows.flatMap((r) => String(r["source_ids"]).split(";").filter(Boolean))),
        ];
        expect(part.sources).toEqual(listed);
        const series = seriesFor(chart, data, ctx, view);
        expect(chart.sources(series)).toEqual(part.sources);
      });
  }
});
