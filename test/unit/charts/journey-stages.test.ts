import { en } from "../../support/context.ts";
import { describe, expect, it } from "vitest";
import chart, { STAGES } from "../../../src/lib/charts/journey-stages.ts";
import type { Source } from "../../../src/lib/data/schemas.ts";
import { data, drawBoth } from "./helpers.ts";

const src = (id: string) => ({ id }) as Source;

describe("journey-stages prepare", () => {
  it("cites only sources the bibliography holds", () => {
    const s = chart.prepare(data({ sources: [src("paper-sharma")] }), en());
    expect(chart.sources(s)).toEqual(["paper-sharma"]);
  });
  it("marks the turning points and draws an arrow for each", () => {
    const s = chart.prepare(data({ sources: [src("paper-sharma")] }), en());
    const turns = STAGES.filter((x) => x.turn).length;
    expect(turns).toBeGreaterThan(0);
    const [narrow, wide] = drawBoth(chart, s);
    for (const svg of [narrow!, wide!]) expect((svg.match(/class="turn"/g) ?? []).length).toBe(turns);
    expect(chart.describe(s, en())).toMatch(/turning points at recruitment/);
    expect(chart.rows(s, en())).toHaveLength(STAGES.length);
  });
});
