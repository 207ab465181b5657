import { en } from "../../support/context.ts";
import { describe, expect, it } from "vitest";
import chart from "../../../src/lib/charts/rohingya-displacement.ts";
import { data, drawBoth, stat } from "./helpers.ts";

const d = data({
  rohingya: [
    stat("b1", "BGD", "refugees_registered_camps_and_bhasan_char", "2023-09", 900),
    stat("b2", "BGD", "refugees_registered_camps_and_bhasan_char", "2024-09", 1000),
    stat("ig", "IND", "rohingya_in_india_govt_estimate", "2017-08", 400),
    stat("h1", "world", "sea_departures", "2015-01", 300),
    stat("h2", "world", "sea_departures", "2015-07", 20),
    stat("cum", "world", "sea_crossing_attempts", "2021-06", 999),
    stat("a22", "world", "sea_crossing_attempts", "2022", 350, { number_kind: "minimum_count" }),
    stat("d22", "world", "sea_dead_or_missing", "2022", 35),
  ],
});

describe("rohingya-displacement prepare", () => {
  const s = chart.prepare(d, en());
  it("takes the latest count for each host", () => {
    expect(s.hosts.map((h) => h.id)).toEqual(["b2", "ig"]);
  });
  it("adds half-year departures, leaves out mid-year cumulative figures and flags minimums", () => {
    expect(s.sea.map((b) => [b.kind, b.year, b.value, b.minimum])).toEqual([
      ["set_out", 2015, 320, false],
      ["set_out", 2022, 350, true],
      ["dead", 2022, 35, false],
    ]);
    expect(chart.notes!(s, en()).join(" ")).toMatch(/2015 adds 2 part-year estimates/);
  });
  it("cites the rows drawn and draws a tip per bar", () => {
    expect(chart.sources(s).sort()).toEqual(["src-a22", "src-b2", "src-d22", "src-h1", "src-h2", "src-ig"]);
    const [narrow] = drawBoth(chart, s);
    expect((narrow!.match(/data-tip=/g) ?? []).length).toBe(5);
  });
});
