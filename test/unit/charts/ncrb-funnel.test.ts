import { en } from "../../support/context.ts";
import { describe, expect, it } from "vitest";
import chart from "../../../src/lib/charts/ncrb-funnel.ts";
import { data, drawBoth, stat } from "./helpers.ts";

const d = data({
  ncrb: [
    stat("c2020", "IND", "cases_registered", "2020", 40),
    stat("cs2020", "IND", "chargesheet_rate", "2020", 85),
    stat("cv2020", "IND", "conviction_rate", "2020", 10),
    stat("cv2018", "IND", "conviction_rate", "2018", 29),
    stat("c2015", "IND", "cases_registered", "2015", 100),
  ],
});

describe("ncrb-funnel prepare", () => {
  const s = chart.prepare(d, en());
  it("keeps only years with a rate, with whatever stages they have", () => {
    expect(
      s.years.map((y) => [y.year, Boolean(y.cases), Boolean(y.chargesheet), Boolean(y.conviction)]),
    ).toEqual([
      [2018, false, false, true],
      [2020, true, true, true],
    ]);
  });
  it("says in the notes that it is not a true funnel, and which years lack stages", () => {
    const notes = chart.notes!(s, en()).join(" ");
    expect(notes).toMatch(/not a true funnel/);
    expect(notes).toMatch(/2018/);
  });
  it("draws empty bars for missing stages and cites only the rows drawn", () => {
    const [narrow] = drawBoth(chart, s);
    expect(narrow).toMatch(/not sourced/);
    expect(chart.sources(s).sort()).toEqual(["src-c2020", "src-cs2020", "src-cv2018", "src-cv2020"]);
    expect(chart.rows(s, en())).toHaveLength(6);
  });
});
