import { describe, expect, it } from "vitest";
import * as s from "../../../src/lib/data/schemas.ts";
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


/** Every issue of a failed parse, as `column message`. */
const issues = (r: { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${String(i.path[0])} ${i.message}`);

describe("cells", () => {
  it("are trimmed; an empty optional cell is undefined", () => {
    const p = s.place.parse({ ...base, id: " petrapole ", name: "  Petrapole ", admin1: " ", note: "  a note " });
    expect(p).toMatchObject({ id: "petrapole", name: "Petrapole", admin1: undefined, note: "a note" });
    expect(issues(s.place.safeParse({ ...base, name: "   " }))).toEqual(["name is empty: a value is required"]);
  });
  it("ids are lower-case words joined by single hyphens", () => {
    for (const ok of ["a", "a-b", "a1-2b", "2016"]) expect(s.id().safeParse(ok).success, ok).toBe(true);
    for (const bad of ["A", "a_b", "a--b", "-a", "a-", "a b", "é", "a.b"]) {
      expect(issues(s.id().safeParse(bad)), bad).toEqual([
        "undefined is not an id (lower-case words joined by hyphens, e.g. petrapole-icp)",
      ]);
    }
  });
  it("lists are ;-separated ids with no spaces; empty is refused when required", () => {
    expect(s.idList().parse("a;b-c")).toEqual(["a", "b-c"]);
    expect(s.idList(false).parse("")).toEqual([]);
    expect(issues(s.idList().safeParse(""))).toEqual(["undefined is empty: a value is required"]);
    expect(issues(s.idList().safeParse("a;B;c d"))).toEqual([
      'undefined has "B", which is not an id (items are separated by ; with no spaces)',
      'undefined has "c d", which is not an id (items are separated by ; with no spaces)',
    ]);
    expect(issues(s.idList().safeParse("a;;b"))).toEqual([
      'undefined has "", which is not an id (items are separated by ; with no spaces)',
    ]);
  });
});

describe("dates", () => {
  it.each(["1800", "2016-01", "2016-12", "2016-01-01", "2016-01-31", "2016-04-30", "2000-02-29", "2024-02-29"])("accepts %s", (d) => {
    expect(s.isoDate().parse(d)).toBe(d);
  });
  it.each(["2016-00", "2016-13", "2016-01-00", "2016-01-32", "2016-04-31", "1900-02-29", "2023-02-29", "2016-1", "2016-01-1", "20160", " ", "2016-02-12T00:00"])(
    "refuses %j",
    (d) => {
      expect(s.isoDate().safeParse(d).success).toBe(false);
    },
  );
  it("an optional date may be empty", () => {
    const i = s.instrument.parse({ id: "x", name: "X", kind: "law", level: "national", adopted: "", in_force: " ", parties: "", india_status: "in_force", source_ids: "a", note: "" });
    expect(i.adopted).toBeUndefined();
    expect(i.in_force).toBeUndefined();
    expect(issues(s.instrument.safeParse({ ...i, adopted: "2016-13", in_force: "x", parties: "", source_ids: "a", note: "" }))).toEqual([
      "adopted is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)",
      "in_force is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)",
    ]);
  });
});

describe("numbers", () => {
  it("are plain digits with an optional decimal part, inside their range (ends included)", () => {
    expect(s.place.parse({ ...base, lat: "-90", lon: "180" })).toMatchObject({ lat: -90, lon: 180 });
    expect(s.place.parse({ ...base, lat: "90", lon: "-180.0" })).toMatchObject({ lat: 90, lon: -180 });
    for (const bad of ["1.", ".5", "1e5", "1,000", "+1", "1 000", "0x10", "--1", "1.2.3"]) {
      expect(issues(s.place.safeParse({ ...base, lat: bad })), bad).toEqual([
        "lat is not a number (digits, an optional . and decimals)",
      ]);
    }
    expect(issues(s.place.safeParse({ ...base, lat: "90.001", lon: "-180.5" }))).toEqual([
      "lat is outside -90..90",
      "lon is outside -180..180",
    ]);
  });
  it("optional numbers may be empty, and keep to their range", () => {
    const row = { id: "b", neighbour: "BGD", state: "IN-WB", length_km: "", guarded_by: "bsf", regime: "open", fenced_km: "", alt_of: "", source_ids: "a", note: "" };
    expect(s.border.parse(row)).toMatchObject({ length_km: undefined, fenced_km: undefined, alt_of: undefined });
    expect(s.border.parse({ ...row, length_km: "0", fenced_km: "20000" })).toMatchObject({ length_km: 0, fenced_km: 20000 });
    expect(issues(s.border.safeParse({ ...row, length_km: "-1", fenced_km: "20000.5", alt_of: "Not An Id" }))).toEqual([
      "length_km is outside 0..20000",
      "fenced_km is outside 0..20000",
      "alt_of is not an id",
    ]);
    expect(issues(s.border.safeParse({ ...row, length_km: "12km" }))).toEqual([
      "length_km is not a number (digits, an optional . and decimals)",
    ]);
    expect(s.border.parse({ ...row, alt_of: "bd-wb" }).alt_of).toBe("bd-wb");
  });
});

describe("codes and categories", () => {
  it("countries and first-level units", () => {
    expect(issues(s.place.safeParse({ ...base, country: "XXX", admin1: "IN-WBX1" }))).toEqual([
      "country is not an ISO 3166-1 alpha-3 code known to the project",
      "admin1 is not an ISO 3166-2 code (e.g. IN-WB, BD-C, NP-P1)",
    ]);
    for (const ok of ["IN-WB", "BD-C", "NP-P1", "MM-16", "IN-A"]) expect(s.place.safeParse({ ...base, admin1: ok }).success, ok).toBe(true);
    for (const bad of ["in-wb", "IND-WB", "IN_WB", "IN-", "IN-WB "]) {
      expect(s.place.safeParse({ ...base, admin1: `x${bad}` }).success, bad).toBe(false);
    }
  });
  it("a category is one of its list, and the message lists them", () => {
    expect(issues(s.place.safeParse({ ...base, kind: "" }))).toEqual(["kind is empty: a value is required"]);
    expect(issues(s.place.safeParse({ ...base, kind: "port" }))[0]).toMatch(/^kind is not one of: land_port, border_town, /);
    expect(issues(s.place.safeParse({ ...base, corridors: "bd;xx" }))).toEqual([
      'corridors has "xx", which is not one of: bd, np, mm, sea, in, world',
    ]);
  });
  it("an actor's base and founding year are optional", () => {
    const a = { id: "a", name: "A", kind: "ngo", level: "local", base: "", founded: "", roles: "", corridors: "", source_ids: "s", note: "" };
    expect(s.actor.parse(a)).toMatchObject({ base: undefined, founded: undefined, roles: [], corridors: [] });
    expect(s.actor.parse({ ...a, base: "IND", founded: "1800" })).toMatchObject({ base: "IND", founded: 1800 });
    expect(issues(s.actor.safeParse({ ...a, base: "India", founded: "1799", roles: "rescue" }))).toEqual([
      "base is not an ISO 3166-1 alpha-3 code known to the project",
      "founded is outside 1800..2100",
      'roles has "rescue", which is not one of: prevention, protection, prosecution, partnership',
    ]);
  });
  it("a stat's subject, measure and unit", () => {
    const row = { id: "x", subject: "IND", measure: "cases_registered", year: "", value: "1", unit: "cases", number_kind: "registered_cases", source_ids: "s", note: "" };
    for (const ok of ["world", "IND", "IN-WB", "NP-P1"]) expect(s.stat.safeParse({ ...row, subject: ok }).success, ok).toBe(true);
    for (const bad of ["World", "XXX", "IN", "IN-WBXX", "ind"]) {
      expect(issues(s.stat.safeParse({ ...row, subject: bad })), bad).toEqual([
        "subject is not world, a known ISO 3166-1 alpha-3 code or an ISO 3166-2 code",
      ]);
    }
    const three = issues(s.stat.safeParse({ ...row, measure: "Cases", unit: "per cent", value: "-1e12" }));
    expect(three.sort()).toEqual([
      "measure is not a snake_case measure",
      "unit is not a snake_case unit",
      "value is not a number (digits, an optional . and decimals)",
    ]);
    expect(s.stat.parse({ ...row, value: "-1000000000000" }).value).toBe(-1e12);
    expect(s.stat.safeParse({ ...row, value: "1000000000001" }).success).toBe(false);
    expect(s.stat.parse(row).year).toBeUndefined();
  });
  it("a helpline's number and a recommendation's groups", () => {
    const h = { id: "h", country: "IND", name: "Line", number: "1098", source_ids: "s", note: "" };
    expect(s.helpline.parse({ ...h, number: "1800 102-7222" }).number).toBe("1800 102-7222");
    expect(issues(s.helpline.safeParse({ ...h, number: "+91 1098" }))).toEqual(["number is not a phone number (digits, spaces, hyphens)"]);
    const r = { id: "r", section: "S", recommendation: "R", who: "union_government;police", area: "training", roles: "", source_ids: "s", note: "" };
    expect(s.recommendation.parse(r).who).toEqual(["union_government", "police"]);
    expect(issues(s.recommendation.safeParse({ ...r, who: "Police" }))).toEqual([
      'who has "Police", which is not a snake_case actor group (e.g. union_government, police)',
    ]);
  });
  it("a source's URL is http(s) with no spaces, quotes or angle brackets", () => {
    const src = { id: "x", title: "T", author_or_publisher: "", year: "", url: "https://example.org/a?b=1&c='d'", accessed: "", kind: "dataset", verified: "yes", class: "primary", note: "" };
    expect(s.source.parse(src)).toMatchObject({ url: "https://example.org/a?b=1&c='d'", author_or_publisher: undefined, year: undefined, accessed: undefined });
    expect(s.source.parse({ ...src, url: "" }).url).toBeUndefined();
    for (const bad of ["javascript:alert(1)", "ftp://x", "https://a b", 'https://a"b', "https://a<b", "http://"]) {
      expect(issues(s.source.safeParse({ ...src, url: bad })), bad).toEqual(["url is not an http(s) URL"]);
    }
  });
});
