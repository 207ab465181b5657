import { en } from "../../support/context.ts";
import { describe, expect, it } from "vitest";
import chart from "../../../src/lib/charts/tip-tiers.ts";
import { data, drawBoth, stat } from "./helpers.ts";

const t = (id: string, s: string, y: string, v: number) =>
  stat(id, s, "tip_tier", y, v, { unit: "tier", number_kind: "rating" });
const d = data({
  "tip-tiers": [
    t("i1", "IND", "2020", 2),
    t("i3", "IND", "2022", 2),
    t("m1", "MMR", "2020", 3),
    t("m2", "MMR", "2021", 2.5),
  ],
});

describe("tip-tiers prepare", () => {
  const s = chart.prepare(d, en());
  it("spans every year between the first and last report", () => {
    expect(s.years).toEqual([2020, 2021, 2022]);
    expect(s.subjects).toEqual(["IND", "MMR"]);
  });
  it("lists missing country-years as missing", () => {
    expect(s.missing).toEqual([
      { subject: "IND", year: 2021 },
      { subject: "MMR", year: 2022 },
    ]);
    expect(chart.rows(s, en()).filter((r) => r.rating === "no sourced tier")).toHaveLength(2);
    expect(chart.describe(s, en())).toMatch(/No sourced tier for India 2021, Myanmar 2022/);
  });
  it("draws a cell per country-year, dashed where missing", () => {
    const [narrow, wide] = drawBoth(chart, s);
    expect((wide!.match(/missing-cell/g) ?? []).length).toBe(2);
    expect(narrow).toMatch(/2W/);
  });
  it("cites the tiers drawn", () =>
    expect(chart.sources(s)).toEqual(["src-i1", "src-i3", "src-m1", "src-m2"]));
});
