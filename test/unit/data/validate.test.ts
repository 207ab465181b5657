import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/lib/data/csv.ts";
import { DATASETS, type DatasetSpec } from "../../../src/lib/data/datasets.ts";
import {
  crossCheck,
  SIGNED_UNITS,
  toDatasets,
  validateFile,
  type CrossCheckOptions,
  type ValidatedFile,
} from "../../../src/lib/data/validate.ts";

const VALID = "test/fixtures/valid";
const spec = (id: string): DatasetSpec => DATASETS.find((d) => d.id === id)!;
const validText = (id: string) => readFileSync(join(VALID, spec(id).file), "utf8");
const lines = (ps: { file: string; line: number; message: string }[]) => ps.map(formatProblem);

describe("validateFile", () => {
  const places = spec("places");
  const header = "id,name,country,admin1,lat,lon,kind,corridors,source_ids,note";

  it("turns each row into typed values with its line, and keeps the trimmed cells in column order", () => {
    const text = `${header}\n petrapole , Petrapole ,IND,IN-WB,23.036,88.875,land_port,bd,s1,\n`;
    const { result, problems } = validateFile(places, text, "places.csv");
    expect(problems).toEqual([]);
    expect(result.spec).toBe(places);
    expect(result.rows).toEqual([
      {
        line: 2,
        value: {
          id: "petrapole",
          name: "Petrapole",
          country: "IND",
          admin1: "IN-WB",
          lat: 23.036,
          lon: 88.875,
          kind: "land_port",
          corridors: ["bd"],
          source_ids: ["s1"],
          note: undefined,
        },
      },
    ]);
    expect(result.normalised).toEqual([
      {
        id: "petrapole",
        name: "Petrapole",
        country: "IND",
        admin1: "IN-WB",
        lat: "23.036",
        lon: "88.875",
        kind: "land_port",
        corridors: "bd",
        source_ids: "s1",
        note: "",
      },
    ]);
  });

  it("reads columns in any order, and lets an optional column be left out", () => {
    const text = "source_ids,corridors,kind,lon,lat,admin1,country,name,id\ns1,bd,land_port,88.875,23.036,,IND,Petrapole,petrapole\n";
    const { result, problems } = validateFile(places, text, "places.csv");
    expect(problems).toEqual([]);
    expect(Object.keys(result.normalised[0]!)).toEqual(header.split(","));
    expect(result.normalised[0]!["note"]).toBe("");
    expect(result.normalised[0]!["id"]).toBe("petrapole");
  });

  it("refuses unknown, repeated and missing columns, and a control character in a column name", () => {
    const { result, problems } = validateFile(places, "id,name,name,population,na\u0000me\nx,y,y,1,z\n", "places.csv");
    expect(lines(problems)).toEqual([
      "places.csv:1: a column name contains NUL (U+0000), a control character, at character 3: remove it",
      `places.csv:1: column "name" appears twice`,
      `places.csv:1: unknown column "population" (columns: ${header.split(",").join(", ")})`,
      `places.csv:1: unknown column "na\\u{0}me" (columns: ${header.split(",").join(", ")})`,
      'places.csv:1: missing required column "country"',
      'places.csv:1: missing required column "admin1"',
      'places.csv:1: missing required column "lat"',
      'places.csv:1: missing required column "lon"',
      'places.csv:1: missing required column "kind"',
      'places.csv:1: missing required column "corridors"',
      'places.csv:1: missing required column "source_ids"',
    ]);
    expect(result.rows).toEqual([]);
  });

  it("names the column and the value of a bad cell, or only the column when it is empty", () => {
    const text = `${header}\nx,,IND,,91,88,land_port,bd,s1,\n`;
    expect(lines(validateFile(places, text, "places.csv").problems)).toEqual([
      "places.csv:2: name is empty: a value is required",
      'places.csv:2: lat "91" is outside -90..90',
    ]);
  });

  it("refuses a control or bidi character in any cell, naming the column, and keeps the row out", () => {
    const text = `${header}\nx,Pe\u202etra,IND,,23,88,land_port,bd,s1,a\tb\ny,Ok,IND,,23,88,land_port,bd,s1,\n`;
    const { result, problems } = validateFile(places, text, "places.csv");
    expect(lines(problems)).toEqual([
      "places.csv:2: name contains RIGHT-TO-LEFT OVERRIDE (U+202E), a bidirectional control character, at character 3: remove it",
      "places.csv:2: note contains a tab (U+0009), a control character, at character 2: remove it",
    ]);
    expect(result.rows.map((r) => r.value["id"])).toEqual(["y"]);
  });

  it("skips a row with the wrong number of cells (the parser reports it)", () => {
    const { result, problems } = validateFile(places, `${header}\nx,y\n`, "places.csv");
    expect(lines(problems)).toEqual(["places.csv:2: has 2 columns, the header has 10"]);
    expect(result.rows).toEqual([]);
  });

  it("returns an empty result for an empty file", () => {
    const { result, problems } = validateFile(places, "", "places.csv");
    expect(result).toEqual({ spec: places, rows: [], normalised: [] });
    expect(problems).toHaveLength(1);
  });

  it("restores the site's own neutralised cells when reading published files", () => {
    const text = `${header}\nx,"'=HYPERLINK(1)",IND,,23,88,land_port,bd,s1,"''@x"\n`;
    const published = validateFile(places, text, "places.csv", { published: true });
    expect(published.problems).toEqual([]);
    expect(published.result.rows[0]!.value["name"]).toBe("=HYPERLINK(1)");
    expect(published.result.rows[0]!.value["note"]).toBe("'@x");
    const raw = validateFile(places, text, "places.csv");
    expect(raw.result.rows[0]!.value["name"]).toBe("'=HYPERLINK(1)");
  });
});

/** The valid fixture's files, with some replaced by the given texts. */
function filesWith(overrides: Record<string, string> = {}): Map<string, ValidatedFile> {
  const files = new Map<string, ValidatedFile>();
  for (const d of DATASETS) {
    const { result, problems } = validateFile(d, overrides[d.id] ?? validText(d.id), d.file);
    expect(lines(problems), d.file).toEqual([]);
    files.set(d.id, result);
  }
  return files;
}
const check = (overrides: Record<string, string>, options: CrossCheckOptions = {}) =>
  lines(crossCheck(filesWith(overrides), (d) => d.file, { today: new Date("2026-12-07T12:00:00Z"), ...options }));

const STAT_HEADER = "id,subject,measure,year,value,unit,number_kind,source_ids,note";
const BORDER_HEADER = "id,neighbour,state,length_km,guarded_by,regime,fenced_km,alt_of,source_ids,note";
const INSTRUMENT_HEADER = "id,name,kind,level,adopted,in_force,parties,india_status,source_ids,note";
const SOURCE_HEADER = "id,title,author_or_publisher,year,url,accessed,kind,verified,class";
const src = (id: string, year = "", accessed = "") =>
  `${id},A title,A publisher,${year},https://example.org/,${accessed},dataset,yes,primary`;
const sources = (...rows: string[]) =>
  [SOURCE_HEADER, src("mha-ar-2023-24"), src("natural-earth"), ...rows].join("\n") + "\n";

describe("crossCheck", () => {
  it("finds nothing wrong with the valid fixture", () => {
    expect(check({})).toEqual([]);
  });

  it("refuses an id used twice in a file, and across the stats files", () => {
    const ncrb = validText("ncrb").trimEnd() + "\nfx-ind-2015-cases,IND,x,2015,1,cases,registered_cases,mha-ar-2023-24,\n";
    const other = `${STAT_HEADER}\nfx-ind-2016-cases,IND,x,2015,1,cases,registered_cases,mha-ar-2023-24,\n`;
    expect(check({ ncrb, other })).toEqual([
      `stats/ncrb.csv:${ncrb.trimEnd().split("\n").length}: id "fx-ind-2015-cases" is used twice (first on line 2)`,
      'stats/other.csv:2: id "fx-ind-2016-cases" is also used in stats/ncrb.csv',
    ]);
  });

  it("refuses an actor id that is also an instrument id", () => {
    const instruments = validText("instruments").trimEnd() + "\nbsf,A law named like an actor,law,national,2000,,,in_force,mha-ar-2023-24,\n";
    expect(check({ instruments })).toEqual([
      `instruments.csv:${instruments.trimEnd().split("\n").length}: id "bsf" is also an actor id; relations need them apart`,
    ]);
  });

  it("refuses references to unknown sources, places, actors, borders and targets", () => {
    const relations = "id,from,to,relation,source_ids,note\nr1,nobody,bd,guards,mha-ar-2023-24;nope,\nr2,bsf,nowhere,guards,mha-ar-2023-24,\nr3,bsf,itpa-1956,implements,mha-ar-2023-24,\nr4,bsf,fixture-ngo,partners_with,mha-ar-2023-24,\n";
    const claims = "id,section,claim,paper_cites,verified_by,note\nc1,S,C,,unknown-source,\n";
    const borders = `${BORDER_HEADER}\nbd-wb,BGD,IN-WB,2216.7,bsf,partly_fenced,,no-such-row,mha-ar-2023-24,\n`;
    const routes = "id,corridor,from,to,mode,kind,exploitation,period,source_ids,note\nr1,bd,atlantis,petrapole,land,both,,,mha-ar-2023-24,\nr2,bd,petrapole,lemuria,land,both,,,mha-ar-2023-24,\n";
    expect(check({ relations, claims, borders, routes })).toEqual([
      'relations.csv:2: source_ids "nope" is not an id in sources.csv',
      'claims.csv:2: verified_by "unknown-source" is not an id in sources.csv',
      'borders.csv:2: alt_of "no-such-row" is not an id in borders.csv',
      'routes.csv:2: from "atlantis" is not an id in places.csv',
      'routes.csv:3: to "lemuria" is not an id in places.csv',
      'relations.csv:2: from "nobody" is not an id in actors.csv',
      'relations.csv:3: to "nowhere" is not an actor, an instrument or a corridor (bd, np, mm, sea, in, world)',
    ]);
  });

  it("refuses a first-level unit of another country, and a place far outside its country", () => {
    const places = "id,name,country,admin1,lat,lon,kind,corridors,source_ids,note\npetrapole,P,IND,BD-D,23.036,88.875,land_port,bd,mha-ar-2023-24,\nbenapole,B,BGD,BD-D,23.043,88.894,land_port,bd,mha-ar-2023-24,\nkolkata,K,IND,,22.573,88.364,transit_hub,bd,mha-ar-2023-24,\nraxaul,R,IND,,26.98,84.851,land_port,np,mha-ar-2023-24,\nbirgunj,B,NPL,,27.017,84.88,border_town,np,mha-ar-2023-24,\n";
    const seen: [string, number, number, number][] = [];
    const near = (iso3: string, lon: number, lat: number, km: number) => {
      seen.push([iso3, lon, lat, km]);
      return iso3 !== "BGD";
    };
    const routes = "id,corridor,from,to,mode,kind,exploitation,period,source_ids,note\n";
    const relations = "id,from,to,relation,source_ids,note\n";
    expect(check({ places, routes, relations }, { nearCountry: near })).toEqual([
      'places.csv:2: admin1 "BD-D" is not a first-level unit of IND',
      'places.csv:3: lat/lon "23.043, 88.894" is farther than 5 km outside Bangladesh (BGD)',
    ]);
    expect(seen[0]).toEqual(["IND", 88.875, 23.036, 5]);
    expect(check({ places, routes, relations })).toEqual(['places.csv:2: admin1 "BD-D" is not a first-level unit of IND']);
  });

  it("refuses a border state that is not Indian", () => {
    const borders = `${BORDER_HEADER}\nbd-x,BGD,BD-C,10,bsf,open,,,mha-ar-2023-24,\nbd-y,BGD,,10,bsf,open,,,mha-ar-2023-24,\n`;
    expect(check({ borders })).toEqual(['borders.csv:2: state "BD-C" is not an Indian state (IN-…)']);
  });

  it.each(["ncrb", "ncrb-states", "tip-tiers", "rohingya", "slavery", "other"])("refuses a tier that is not 1, 2, 2.5 or 3 in %s", (id) => {
    const text = `${STAT_HEADER}\nt1,IND,tip_tier,2020,1,tier,rating,mha-ar-2023-24,\nt2,IND,tip_tier,2021,2.5,tier,rating,mha-ar-2023-24,\nt3,IND,tip_tier,2022,4,tier,rating,mha-ar-2023-24,\nt4,IND,tip_tier,2023,3,tier,rating,mha-ar-2023-24,\nt5,IND,tip_tier,2023,2,tier,rating,mha-ar-2023-24,\nt6,IND,cases,2023,4,cases,registered_cases,mha-ar-2023-24,\n`;
    expect(check({ [id]: text })).toEqual([`${spec(id).file}:4: value "4" is not a TIP tier (1, 2, 2.5 for the Watch List, 3)`]);
  });

  it("refuses a route or a relation to itself", () => {
    const routes = "id,corridor,from,to,mode,kind,exploitation,period,source_ids,note\nr1,bd,petrapole,petrapole,land,both,,,mha-ar-2023-24,\nr2,bd,benapole,petrapole,land,both,,,mha-ar-2023-24,\n";
    const relations = "id,from,to,relation,source_ids,note\nr1,bsf,bsf,partners_with,mha-ar-2023-24,\nr2,bsf,fixture-ngo,partners_with,mha-ar-2023-24,\n";
    expect(check({ routes, relations })).toEqual([
      'routes.csv:2: from and to are both "petrapole": a route joins two different places',
      'relations.csv:2: from and to are both "bsf": nothing relates to itself',
    ]);
  });

  it("refuses alt_of pointing at its own row, chaining or cycling; one level is fine", () => {
    const borders = [
      BORDER_HEADER,
      "main,BGD,IN-WB,10,bsf,open,,,mha-ar-2023-24,",
      "alt,BGD,IN-WB,11,bsf,open,,main,mha-ar-2023-24,",
      "self,BGD,IN-WB,12,bsf,open,,self,mha-ar-2023-24,",
      "chain,BGD,IN-WB,13,bsf,open,,alt,mha-ar-2023-24,",
      "a,BGD,IN-AS,1,bsf,open,,b,mha-ar-2023-24,",
      "b,BGD,IN-AS,2,bsf,open,,c,mha-ar-2023-24,",
      "c,BGD,IN-AS,3,bsf,open,,a,mha-ar-2023-24,",
      "lead-in,BGD,IN-AS,4,bsf,open,,a,mha-ar-2023-24,",
      "",
    ].join("\n");
    expect(check({ borders })).toEqual([
      'borders.csv:4: alt_of "self" is the row itself: point at the row whose figure this one disputes',
      'borders.csv:5: alt_of "alt" is itself an alternative (of "main"): point at the main row, alt_of does not chain',
      "borders.csv:6: alt_of forms a cycle (a → b → c → a): one of them must be the main row, with no alt_of",
      "borders.csv:7: alt_of forms a cycle (b → c → a → b): one of them must be the main row, with no alt_of",
      "borders.csv:8: alt_of forms a cycle (c → a → b → c): one of them must be the main row, with no alt_of",
      "borders.csv:9: alt_of forms a cycle (a → b → c → a): one of them must be the main row, with no alt_of",
    ]);
  });

  it("refuses a fenced length longer than the border; equal is fine", () => {
    const borders = `${BORDER_HEADER}\nx,BGD,IN-WB,2216.7,bsf,open,19000,,mha-ar-2023-24,\ny,BGD,IN-AS,263,bsf,fenced,263,,mha-ar-2023-24,\nz,BGD,IN-ML,,bsf,fenced,400,,mha-ar-2023-24,\n`;
    expect(check({ borders })).toEqual(['borders.csv:2: fenced_km "19000" is longer than the border\'s length_km "2216.7"']);
  });

  it("refuses negative counts; zero, percentages, percentage points and changes may be negative or zero", () => {
    expect(SIGNED_UNITS).toEqual(["percent", "percentage_points"]);
    const text = [
      STAT_HEADER,
      "a,IND,cases_registered,2020,-500,cases,registered_cases,mha-ar-2023-24,",
      "b,IND,cases_registered,2020,0,cases,registered_cases,mha-ar-2023-24,",
      "c,IND,rate_change,2020,-3,percent,official_figure,mha-ar-2023-24,",
      "d,IND,rate_change,2020,-3,percentage_points,official_figure,mha-ar-2023-24,",
      "e,IND,cases,2020,-3,cases_change,official_figure,mha-ar-2023-24,",
      "f,IND,persons,2020,-0.5,persons,detected_victims,mha-ar-2023-24,",
      "",
    ].join("\n");
    expect(check({ other: text })).toEqual([
      'stats/other.csv:2: value "-500" is negative: a count or size (unit cases) cannot be; only percent, percentage_points and *_change units may be',
      'stats/other.csv:7: value "-0.5" is negative: a count or size (unit persons) cannot be; only percent, percentage_points and *_change units may be',
    ]);
  });

  it("refuses dates after the build, with a day's slack", () => {
    const today = { today: new Date("2026-12-07T12:00:00Z") };
    const s = sources(
      src("a1", "", "2026-12-08"),
      src("a2", "", "2026-12-09"),
      src("a3", "", "2026-12"),
      src("a4", "", "2027"),
      src("y1", "2026"),
      src("y2", "2027"),
    );
    const actors = "id,name,kind,level,base,founded,roles,corridors,source_ids,note\nbsf,B,border_force,national,IND,2027,,bd,mha-ar-2023-24,\nfixture-ngo,F,ngo,local,IND,2026,,,mha-ar-2023-24,\n";
    const instruments = `${INSTRUMENT_HEADER}\nitpa-1956,I,law,national,2027-01,,,in_force,mha-ar-2023-24,\nbns-s143,B,law_section,national,2026-12-31,2030,,in_force,mha-ar-2023-24,\n`;
    const other = `${STAT_HEADER}\nz1,IND,x,2027,1,cases,registered_cases,mha-ar-2023-24,\nz2,IND,x,2026-12,1,cases,registered_cases,mha-ar-2023-24,\n`;
    expect(check({ sources: s, actors, instruments, other }, today)).toEqual([
      'stats/other.csv:2: year "2027" is after 2026, the year of the build',
      'sources.csv:5: accessed "2026-12-09" is in the future (today is 2026-12-07)',
      'sources.csv:7: accessed "2027" is in the future (today is 2026-12-07)',
      'sources.csv:9: year "2027" is after 2026, the year of the build',
      'actors.csv:2: founded "2027" is after 2026, the year of the build',
      'instruments.csv:2: adopted "2027-01" is after 2026, the year of the build',
    ]);
    // On the last day of a year, the next year's first day is within the slack.
    expect(check({ sources: sources(src("a5", "2027", "2027-01-01")) }, { today: new Date("2026-12-31T10:00:00Z") })).toEqual([]);
  });

  it("uses today when no day is given", () => {
    const far = sources(src("a6", "", "2999-01-01"));
    expect(lines(crossCheck(filesWith({ sources: far }), (d) => d.file))).toEqual([
      expect.stringMatching(/^sources\.csv:4: accessed "2999-01-01" is in the future \(today is \d{4}-\d\d-\d\d\)$/),
    ]);
  });

  it("refuses a law in force before it was adopted, unless its note says it was deemed so", () => {
    const instruments = [
      INSTRUMENT_HEADER,
      "a,A,law,national,2000-11-15,1999,,in_force,mha-ar-2023-24,",
      "b,B,law,national,2000-11-15,2000-11,,in_force,mha-ar-2023-24,",
      "c,C,law,national,2010-05-01,2010-04-30,,in_force,mha-ar-2023-24,",
      "d,D,law,national,1976-02-09,1975-10-25,,in_force,mha-ar-2023-24,Deemed in force from October 1975",
      "e,E,law,national,1976-02-09,1975-10-25,,in_force,mha-ar-2023-24,applies with retrospective effect",
      "f,F,law,national,1976-02-09,1975-10-25,,in_force,mha-ar-2023-24,retroactively",
      "g,G,law,national,2010,2010-04-30,,in_force,mha-ar-2023-24,",
      "h,H,law,national,,2010,,in_force,mha-ar-2023-24,",
      "i,I,law,national,2010,,,in_force,mha-ar-2023-24,",
      "j,J,law,national,2010-05-01,2010-05-01,,in_force,mha-ar-2023-24,",
      "k,K,law,national,2010-05-01,2009,,in_force,mha-ar-2023-24,a note that says nothing of it",
      "",
    ].join("\n");
    expect(check({ instruments })).toEqual([
      'instruments.csv:2: in_force "1999" is before adopted "2000-11-15": if the law was deemed in force from an earlier date, say so in its note ("deemed in force from …")',
      'instruments.csv:4: in_force "2010-04-30" is before adopted "2010-05-01": if the law was deemed in force from an earlier date, say so in its note ("deemed in force from …")',
      'instruments.csv:12: in_force "2009" is before adopted "2010-05-01": if the law was deemed in force from an earlier date, say so in its note ("deemed in force from …")',
    ]);
  });

  it("checks what it can when a dataset is missing", () => {
    const files = filesWith();
    files.delete("routes");
    files.delete("borders");
    files.delete("places");
    expect(crossCheck(files, (d) => d.file).map((p) => p.file)).not.toContain("routes.csv");
  });
});

describe("toDatasets", () => {
  it("gives every dataset's typed rows, and an empty list for a missing one", () => {
    const files = filesWith();
    files.delete("helplines");
    const data = toDatasets(files);
    expect(Object.keys(data).sort()).toEqual(DATASETS.map((d) => d.id).sort());
    expect(data.helplines).toEqual([]);
    expect(data.places[0]).toMatchObject({ id: "petrapole", lat: 23.036, corridors: ["bd"] });
    expect(data.places).toHaveLength(files.get("places")!.rows.length);
  });
});
