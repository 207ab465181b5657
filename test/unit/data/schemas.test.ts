import { describe, expect, it } from "vitest";
import { place, instrument, stat, isoDate } from "../../../src/lib/data/schemas.ts";

const base = {
  id: "petrapole",
  name: "Petrapole",
  country: "IND",
  admin1: "IN-WB",
  lat: "23.036",
  lon: "88.875",
  kind: "land_port",
  corridors: "bd;in",
  source_ids: "a;b",
  note: "",
};

describe("place schema", () => {
  it("turns cells into typed values", () => {
    const p = place.parse(base);
    expect(p.lat).toBe(23.036);
    expect(p.corridors).toEqual(["bd", "in"]);
    expect(p.note).toBeUndefined();
  });
  it.each([
    ["lat", "91.2", "is outside -90..90"],
    ["lat", "north", "is not a number"],
    ["kind", "Land Port", "is not one of"],
    ["country", "India", "is not an ISO 3166-1 alpha-3 code"],
    ["admin1", "WB", "is not an ISO 3166-2 code"],
    ["corridors", "bd; np", 'has " np"'],
    ["id", "Petra Pole", "is not an id"],
    ["name", "", "is empty"],
  ])("refuses %s = %j", (col, value, message) => {
    const r = place.safeParse({ ...base, [col]: value });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => `${String(i.path[0])} ${i.message}`).join("\n")).toContain(`${col} ${message}`);
  });
});

describe("dates", () => {
  it.each(["2016", "2016-02", "2016-02-29", "2024-07-01"])("accepts %s", (d) => {
    expect(isoDate().safeParse(d).success).toBe(true);
  });
  it.each(["16", "2016-13", "2015-02-29", "2016/02/01", "July 2024"])("refuses %s", (d) => {
    expect(isoDate().safeParse(d).success).toBe(false);
  });
});

describe("instrument and stat schemas", () => {
  it("reads an instrument with an optional in-force date", () => {
    const i = instrument.parse({ id: "bns-2023", name: "Bharatiya Nyaya Sanhita", kind: "law", level: "national", adopted: "2023-12-25", in_force: "2024-07-01", parties: "", india_status: "in_force", source_ids: "x", note: "" });
    expect(i.in_force).toBe("2024-07-01");
    expect(i.parties).toBeUndefined();
  });
  it("reads a TIP tier as a number", () => {
    const s = stat.parse({ id: "ind-2024", subject: "IND", measure: "tip_tier", year: "2024", value: "2.5", unit: "tier", number_kind: "rating", source_ids: "x", note: "" });
    expect(s.value).toBe(2.5);
  });
});
