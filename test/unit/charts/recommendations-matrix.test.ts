import { en } from "../../support/context.ts";
import { describe, expect, it } from "vitest";
import chart from "../../../src/lib/charts/recommendations-matrix.ts";
import type { Recommendation } from "../../../src/lib/data/schemas.ts";
import { data, drawBoth } from "./helpers.ts";

const rec = (id: string, section: string, who: string[]): Recommendation => ({
  id,
  section,
  recommendation: `Do ${id}.`,
  who,
  area: "training",
  roles: ["prosecution"],
  source_ids: ["paper-sharma"],
  note: undefined,
});
const d = data({
  recommendations: [
    rec("a", "One", ["police", "judiciary"]),
    rec("b", "Two", ["union_government", "custom_group"]),
    rec("c", "One", ["police"]),
  ],
});

describe("recommendations-matrix prepare", () => {
  const s = chart.prepare(d, en());
  it("orders columns by the known groups, then any other group", () => {
    expect(s.groups).toEqual(["union_government", "police", "judiciary", "custom_group"]);
    expect(s.sections).toEqual(["One", "Two"]);
  });
  it("draws a dot per recommendation and actor group", () => {
    const [narrow, wide] = drawBoth(chart, s);
    for (const svg of [narrow!, wide!]) expect((svg.match(/class="who-dot/g) ?? []).length).toBe(5);
    expect(chart.describe(s, en())).toMatch(/Most often addressed: Police and AHTUs \(2\)/);
    expect(chart.sources(s)).toEqual(["paper-sharma"]);
  });
});
