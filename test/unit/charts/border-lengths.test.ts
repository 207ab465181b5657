import { en } from "../../support/context.ts";
import { describe, expect, it } from "vitest";
import chart from "../../../src/lib/charts/border-lengths.ts";
import type { Datasets } from "../../../src/lib/data/datasets.ts";
import type { Border } from "../../../src/lib/data/schemas.ts";

const b = (
  id: string,
  neighbour: string,
  state: string | undefined,
  km: number,
  force: Border["guarded_by"],
): Border => ({
  id,
  neighbour: neighbour as Border["neighbour"],
  state,
  length_km: km,
  guarded_by: force,
  regime: "partly_fenced",
  fenced_km: undefined,
  alt_of: undefined,
  source_ids: [`src-${id}`],
  note: undefined,
});
const data = {
  borders: [
    b("bd-total", "BGD", undefined, 4096.7, "bsf"),
    b("bd-as", "BGD", "IN-AS", 263, "bsf"),
    b("bd-wb", "BGD", "IN-WB", 2216.7, "bsf"),
    b("np-bihar", "NPL", "IN-BR", 729, "ssb"),
  ],
} as unknown as Datasets;

describe("border-lengths prepare", () => {
  const s = chart.prepare(data, en());
  it("keeps state rows as bars, longest first within each neighbour", () => {
    expect(s.segments.map((x) => x.key)).toEqual(["BGD:IN-WB", "BGD:IN-AS", "NPL:IN-BR"]);
  });
  it("keeps totals apart", () => {
    expect(s.totals).toEqual([
      { neighbour: "BGD", neighbourName: "Bangladesh", km: 4096.7, source_ids: ["src-bd-total"] },
    ]);
  });
  it("describes the data in words", () => {
    expect(chart.describe(s, en())).toContain("The border with Bangladesh runs 4,096.7 km through 2 states");
  });
  it("cites exactly the rows it uses", () => {
    expect(chart.sources(s).sort()).toEqual(["src-bd-as", "src-bd-total", "src-bd-wb", "src-np-bihar"]);
  });
  it("gives one table row per bar", () => {
    expect(chart.rows(s, en())).toHaveLength(3);
  });
});
