import { en } from "../../support/context.ts";
import { describe, expect, it } from "vitest";
import chart from "../../../src/lib/charts/slavery-estimates.ts";
import { data, drawBoth, stat } from "./helpers.ts";

const m = { number_kind: "modelled_estimate" as const };
const d = data({
  slavery: [
    stat("p-ind", "IND", "prevalence_per_1000", "2023", 8, m),
    stat("p-ind-old", "IND", "prevalence_per_1000", "2018", 6, m),
    stat("n-ind", "IND", "people_in_modern_slavery", "2023", 11e6, m),
    stat("n-ind-16", "IND", "people_in_modern_slavery", "2016", 18e6, m),
    stat("n-world", "world", "people_in_modern_slavery", "2021", 50e6, m),
  ],
});

describe("slavery-estimates prepare", () => {
  const s = chart.prepare(d, en());
  it("shows prevalence from the latest edition only", () => {
    expect(s.prevalenceEdition).toBe(2023);
    expect(s.prevalence.map((p) => p.id)).toEqual(["p-ind"]);
  });
  it("keeps country counts by edition and leaves world totals out", () => {
    expect(s.counts.map((c) => c.id)).toEqual(["n-ind-16", "n-ind"]);
    expect(s.editions).toEqual([2016, 2023]);
  });
  it("says the numbers are modelled and not a trend", () => {
    expect(chart.describe(s, en())).toMatch(/^Modelled estimates, not counts/);
    expect(chart.notes!(s, en()).join(" ")).toMatch(/not a trend/);
    const [narrow] = drawBoth(chart, s);
    expect(narrow).toMatch(/not found/);
    expect(chart.sources(s)).toEqual(["src-p-ind", "src-n-ind-16", "src-n-ind"]);
  });
});
