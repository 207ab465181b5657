import { describe, expect, it } from "vitest";
import { columnsOf, DATASETS, STAT_DATASETS } from "../../../src/lib/data/datasets.ts";

describe("the dataset catalogue", () => {
  it("lists each dataset once, with its file and the stats files apart", () => {
    const ids = DATASETS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const core of ["sources", "places", "borders", "routes", "actors", "instruments", "relations", "claims"]) {
      expect(ids).toContain(core);
    }
    expect(STAT_DATASETS).toEqual(["ncrb", "ncrb-states", "tip-tiers", "rohingya", "slavery", "other"]);
    expect(ids.indexOf("sources")).toBe(0);
    for (const d of DATASETS) {
      expect(d.file).toBe(STAT_DATASETS.includes(d.id) ? `stats/${d.id}.csv` : `${d.id}.csv`);
      expect(d.title.length).toBeGreaterThan(3);
      expect(d.row.length).toBeGreaterThan(3);
    }
  });
  it("lets note be left out everywhere, and alt_of and fenced_km in borders", () => {
    for (const d of DATASETS) expect(d.optional).toContain("note");
    expect(DATASETS.find((d) => d.id === "borders")!.optional).toEqual(["note", "alt_of", "fenced_km"]);
    expect(DATASETS.find((d) => d.id === "places")!.optional).toEqual(["note"]);
  });
  it("takes the columns from the schema, in order", () => {
    expect(columnsOf(DATASETS.find((d) => d.id === "helplines")!)).toEqual(["id", "country", "name", "number", "source_ids", "note"]);
  });
});
