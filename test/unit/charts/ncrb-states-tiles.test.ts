import { en } from "../../support/context.ts";
import { describe, expect, it } from "vitest";
import chart, { TILES, binOf } from "../../../src/lib/charts/ncrb-states-tiles.ts";
import { data, drawBoth, stat } from "./helpers.ts";

const codes = ["WB", "AS", "BR", "UP", "UT", "SK", "ML", "MZ"];
const d = data({
  "ncrb-states": [
    ...codes.map((c, i) =>
      stat(`s-${c}`, `IN-${c}`, "cases_registered", "2016", i * 10, { note: "older multi-section series" }),
    ),
    stat("s-WB-alt", "IN-WB", "cases_registered", "2016", 3),
    stat("lonely", "IN-TG", "cases_registered", "2022", 5),
  ],
});

describe("ncrb-states-tiles prepare", () => {
  const s = chart.prepare(d, en());
  it("gives a panel only to years with enough states", () => {
    expect(s.panels.map((p) => [p.year, p.series, p.figures.length])).toEqual([[2016, "older", 8]]);
  });
  it("maps other ISO spellings onto the grid's codes and keeps alternatives", () => {
    expect(s.panels[0]!.figures.find((f) => f.id === "s-UT")!.state).toBe("IN-UK");
    expect(s.panels[0]!.figures.find((f) => f.id === "s-WB")!.alt?.value).toBe(3);
  });
  it("has one tile per state and union territory, each on its own cell", () => {
    const cells = Object.values(TILES).map(([c, r]) => `${c},${r}`);
    expect(new Set(cells).size).toBe(cells.length);
    expect(cells.length).toBe(36);
  });
  it("bins counts by order of magnitude", () =>
    expect([0, 5, 50, 500, 5000].map(binOf)).toEqual([0, 1, 2, 3, 4]));
  it("draws states without a figure as no data, not zero", () => {
    const [narrow] = drawBoth(chart, s);
    expect((narrow!.match(/no-data/g) ?? []).length).toBe(36 - 8);
    expect(chart.rows(s, en())).toHaveLength(36);
  });
});
