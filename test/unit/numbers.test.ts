import { describe, expect, it } from "vitest";
import type { Datasets } from "../../src/lib/data/datasets.ts";
import type { Stat } from "../../src/lib/data/schemas.ts";
import { quotables, usesIndianGrouping, type Quotable } from "../../src/lib/numbers.ts";

const stat = (id: string, over: Partial<Stat> = {}): Stat => ({
  id,
  subject: "IND",
  measure: "cases_registered",
  year: "2020",
  value: 1,
  unit: "cases",
  number_kind: "registered_cases",
  source_ids: ["s1"],
  note: undefined,
  ...over,
});

const data = {
  ncrb: [stat("a", { value: 10, year: "2019" })],
  "ncrb-states": [stat("b", { subject: "IN-WB", value: 20 })],
  "tip-tiers": [stat("c", { unit: "tier", value: 2.5, number_kind: "rating" })],
  rohingya: [stat("d", { subject: "BGD", unit: "persons", number_kind: "official_figure", year: undefined })],
  slavery: [],
  other: [stat("e", { value: 5 })],
  borders: [
    {
      id: "bd-wb",
      neighbour: "BGD",
      state: "IN-WB",
      length_km: 2216.7,
      guarded_by: "bsf",
      regime: "partly_fenced",
      source_ids: ["s2", "s3"],
    },
    {
      id: "bd-total",
      neighbour: "BGD",
      state: undefined,
      length_km: 4096.7,
      guarded_by: "bsf",
      regime: "partly_fenced",
      source_ids: ["s2"],
    },
    {
      id: "np-in-sk",
      neighbour: "NPL",
      state: "IN-SK",
      length_km: undefined,
      guarded_by: "ssb",
      regime: "open",
      source_ids: ["s4"],
    },
  ],
} as unknown as Datasets;

describe("quotables", () => {
  const q = quotables(data);
  it("holds every stats row, with what the prose needs", () => {
    expect(q.get("a")).toEqual({
      id: "a",
      value: 10,
      unit: "cases",
      numberKind: "registered_cases",
      year: "2019",
      subject: "IND",
      source_ids: ["s1"],
    });
    for (const id of ["a", "b", "c", "d", "e"]) expect(q.has(id), id).toBe(true);
    expect(q.get("d")?.year).toBeUndefined();
    expect(q.get("c")).toMatchObject({ unit: "tier", numberKind: "rating", value: 2.5 });
  });
  it("holds every border with a length, in km, with its state or else its neighbour as subject", () => {
    expect(q.get("bd-wb")).toEqual({
      id: "bd-wb",
      value: 2216.7,
      unit: "km",
      numberKind: "length",
      subject: "IN-WB",
      source_ids: ["s2", "s3"],
    });
    expect(q.get("bd-total")?.subject).toBe("BGD");
    expect(q.has("np-in-sk")).toBe(false);
    expect(q.size).toBe(7);
  });
});

describe("usesIndianGrouping", () => {
  const of = (unit: string, subject: string) => usesIndianGrouping({ unit, subject } as Quotable);
  it.each([
    ["persons", "IND", true],
    ["cases", "IND", true],
    ["cases", "IN-WB", true],
    ["persons", "IN-AS", true],
    ["percent", "IND", false],
    ["km", "IND", false],
    ["persons", "BGD", false],
    ["cases", "world", false],
    ["cases", "XIN-", false],
  ])("%s in %s: %s", (unit, subject, expected) => {
    expect(of(unit, subject)).toBe(expected);
  });
});
