import { en } from "../../support/context.ts";
import { describe, expect, it } from "vitest";
import chart from "../../../src/lib/charts/ncrb-trend.ts";
import { seriesOf } from "../../../src/lib/charts/ncrb-series.ts";
import { data, drawBoth, stat } from "./helpers.ts";

const d = data({
  ncrb: [
    stat("a2015", "IND", "cases_registered", "2015", 100, { note: "Older series: sum of sections" }),
    stat("a2016", "IND", "cases_registered", "2016", 120),
    stat("a2016-alt", "IND", "cases_registered", "2016", 125),
    stat("a2019", "IND", "cases_registered", "2019", 40, { note: "covers only cases registered by AHTUs" }),
    stat("a2021", "IND", "cases_registered", "2021", 50, {
      note: "From about 2017 ... Anti-Human Trafficking Units",
    }),
    stat("v2021", "IND", "persons_trafficked", "2021", 90),
    stat("rate", "IND", "conviction_rate", "2021", 20),
  ],
});

describe("ncrb-trend prepare", () => {
  const s = chart.prepare(d, en());
  it("puts each row in the series its note (or year) names", () => {
    expect(s.points.map((p) => `${p.id}:${p.series}`)).toEqual([
      "a2015:older",
      "a2016:older",
      "a2019:ahtu",
      "a2021:ahtu",
      "v2021:ahtu",
    ]);
    expect(
      seriesOf(
        stat("x", "IND", "cases_registered", "2014", 1, {
          note: "Older series; not comparable with the AHTU-based series",
        }),
      ),
    ).toBe("older");
  });
  it("keeps a second report of a year as an alternative, not a point", () => {
    expect(s.alternatives.map((a) => [a.id, a.of])).toEqual([["a2016-alt", "a2016"]]);
  });
  it("never joins the two methods: a line per measure and method, with a gap for missing years", () => {
    const [narrow, wide] = drawBoth(chart, s);
    for (const svg of [narrow!, wide!]) {
      expect(svg).not.toMatch(/style=/);
      // cases: older 2015–2016 and AHTU 2019, gap 2020, 2021 → three path pieces at least; never one path across 2016–2019.
      expect((svg.match(/data-tip=/g) ?? []).length).toBe(6);
    }
    expect(chart.describe(s, en())).toMatch(/break at 2017/);
  });
  it("cites exactly the rows drawn", () => {
    expect(chart.sources(s).sort()).toEqual([
      "src-a2015",
      "src-a2016",
      "src-a2016-alt",
      "src-a2019",
      "src-a2021",
      "src-v2021",
    ]);
  });
});
