import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { ADMIN1_NAMES, admin1Name } from "../../../src/lib/data/admin1.ts";

describe("first-level unit names", () => {
  it("name every code with words, under an ISO 3166-2 code", () => {
    const entries = Object.entries(ADMIN1_NAMES);
    expect(entries.length).toBeGreaterThan(50);
    for (const [code, name] of entries) {
      expect(code, code).toMatch(/^(IN|BD|NP|MM)-[A-Z0-9]{1,3}$/);
      expect(name, code).toMatch(/^\p{Lu}[\p{L} ().'-]+$/u);
      expect(name.length, code).toBeGreaterThanOrEqual(3);
    }
  });
  it("give a name, or the code itself when there is none", () => {
    expect(admin1Name("IN-WB")).toBe("West Bengal");
    expect(admin1Name("IN-AS")).toBe("Assam");
    expect(admin1Name("XX-YY")).toBe("XX-YY");
  });
  it("name every unit of India, Bangladesh, Nepal and Myanmar the data uses", () => {
    const used = new Set<string>();
    for (const f of ["data/places.csv", "data/borders.csv"]) {
      const rows = Papa.parse<Record<string, string>>(readFileSync(f, "utf8"), { header: true, skipEmptyLines: true }).data;
      for (const r of rows) for (const c of [r["admin1"], r["state"]]) if (c && /^(IN|BD|NP|MM)-/.test(c)) used.add(c);
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((c) => !(c in ADMIN1_NAMES))).toEqual([]);
  });
});
