/**
 * The data pipeline on fixtures: every kind of bad input stops it with `file:line: message` lines, all at
 * once, and leaves the previous output untouched; good input gives byte-identical output on every run.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { report, runPipeline, type PipelineOptions } from "../../scripts/data-pipeline.ts";
import { formatProblem, MAX_FILE_BYTES, MAX_PROBLEMS_PER_FILE } from "../../src/lib/data/csv.ts";
import { chartIds } from "../../src/lib/charts/index.ts";

const FIX = "test/fixtures";
const work = mkdtempSync(join(tmpdir(), "crossings-pipeline-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the valid fixture folder with the files of `overlay` laid over it. */
function dataset(name: string, overlay?: string): string {
  const dir = join(work, name, "data");
  cpSync(join(FIX, "valid"), dir, { recursive: true });
  if (overlay) cpSync(overlay, dir, { recursive: true });
  return dir;
}

function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, "utf8");
    }
  };
  walk(dir);
  return out;
}

const CASES: [string, RegExp[]][] = [
  ["unterminated-quote", [/places\.csv:2: a quoted field is never closed \(unterminated quote\)/]],
  [
    "wrong-column-count",
    [/places\.csv:2: has 9 columns, the header has 10/, /places\.csv:3: has 11 columns, the header has 10/],
  ],
  ["missing-column", [/places\.csv:1: missing required column "lon"/]],
  ["unknown-column", [/places\.csv:1: unknown column "population"/]],
  ["empty-file", [/relations\.csv:1: the file is empty: a header row is required/]],
  [
    "non-numeric",
    [/places\.csv:2: lat "twenty-three" is not a number/, /places\.csv:3: lat "91\.2" is outside -90\.\.90/],
  ],
  ["bad-date", [/instruments\.csv:2: adopted "1956-13-30" is not an ISO 8601 date/]],
  ["bad-category", [/places\.csv:2: kind "Land Port" is not one of: land_port, border_town/]],
  ["duplicate-id", [/places\.csv:5: id "petrapole" is used twice \(first on line 2\)/]],
  ["unknown-source", [/relations\.csv:2: source_ids "no-such-source" is not an id in sources\.csv/]],
  [
    "missing-year",
    [
      /sources\.csv:2: year is required for a dated kind of source \(news, government_report, .*\); give the year, or start the note with "Undated:"/,
    ],
  ],
  ["unknown-place", [/routes\.csv:2: to "atlantis" is not an id in places\.csv/]],
  [
    "outside-country",
    [
      /places\.csv:5: lat\/lon "22\.573, 88\.364" is farther than 5 km outside Bangladesh \(BGD\)/,
      /places\.csv:6: lat\/lon "27\.717, 85\.324" is farther than 5 km outside India \(IND\)/,
    ],
  ],
  [
    "empty-required",
    [
      /places\.csv:2: name is empty: a value is required/,
      /places\.csv:3: source_ids is empty: a value is required/,
    ],
  ],
  [
    "invalid-utf8",
    [
      /places\.csv:3: is not valid UTF-8 \(byte 0xE9 at byte 11 of the line\): save the file as UTF-8$/,
      /places\.csv:5: is not valid UTF-8 \(byte 0xE4 at byte 11 of the line\)/,
    ],
  ],
  [
    "control-characters",
    [
      /places\.csv:2: name contains NUL \(U\+0000\), a control character, at character 6: remove it$/,
      /places\.csv:3: note contains ESC \(U\+001B\), a control character, at character 1/,
      /places\.csv:5: name contains U\+0085, a control character/,
    ],
  ],
  [
    "bidi-control",
    [
      /places\.csv:2: name contains RIGHT-TO-LEFT OVERRIDE \(U\+202E\), a bidirectional control character/,
      /places\.csv:3: name contains LEFT-TO-RIGHT ISOLATE \(U\+2066\), a bidirectional control character/,
    ],
  ],
  [
    "route-to-itself",
    [/routes\.csv:2: from and to are both "petrapole": a route joins two different places$/],
  ],
  [
    "relation-to-itself",
    [/relations\.csv:3: from and to are both "fixture-ngo": nothing relates to itself$/],
  ],
  [
    "alt-of",
    [
      /borders\.csv:3: alt_of "bd-wb-self" is the row itself/,
      /borders\.csv:5: alt_of "bd-wb-alt" is itself an alternative \(of "bd-wb"\): point at the main row, alt_of does not chain$/,
      /borders\.csv:6: alt_of forms a cycle \(bd-as-a → bd-as-b → bd-as-a\)/,
      /borders\.csv:7: alt_of forms a cycle \(bd-as-b → bd-as-a → bd-as-b\)/,
    ],
  ],
  ["fenced-longer", [/borders\.csv:2: fenced_km "19000" is longer than the border's length_km "2216\.7"$/]],
  [
    "negative-count",
    [/stats\/ncrb\.csv:2: value "-500" is negative: a count or size \(unit cases\) cannot be/],
  ],
  [
    "future-dates",
    [
      /sources\.csv:2: accessed "2999-01-01" is in the future \(today is \d{4}-\d\d-\d\d\)$/,
      /sources\.csv:3: year "2099" is after \d{4}, the year of the build$/,
      /actors\.csv:2: founded "2099" is after \d{4}, the year of the build$/,
      /instruments\.csv:2: adopted "2099-12-30" is after \d{4}/,
      /stats\/rohingya\.csv:2: year "2099-09" is after \d{4}/,
    ],
  ],
  [
    "in-force-before-adopted",
    [
      /instruments\.csv:3: in_force "1999" is before adopted "2000-11-15": if the law was deemed in force from an earlier date, say so in its note/,
      /instruments\.csv:6: in_force "2010-04-30" is before adopted "2010-05-01"/,
    ],
  ],
  [
    "essay-ids",
    [
      /_essay\/01-fixture\.mdx:13: step "fixture-two" shows "no-such-chart", which is not a chart or map-state id/,
      /_essay\/01-fixture\.mdx:24: <Num id="fx-ind-2015-cases"\/> names no figure/,
      /_essay\/01-fixture\.mdx:24: <Num id="fx-ind-2016-cases"\/> names no figure/,
      /_essay\/01-fixture\.mdx:30: <Num id=\{someId\}\/> has no literal id/,
    ],
  ],
];

/** The exact number of problems each case gives: a rule that fires on a good row fails here. */
const COUNTS: Record<string, number> = {
  "control-characters": 7, // 3, and 4 references to the refused places
  "bidi-control": 4, // 2, and 2 references to the refused places
  "route-to-itself": 1,
  "relation-to-itself": 1,
  "alt-of": 4,
  "fenced-longer": 1,
  "negative-count": 1,
  "future-dates": 5,
  "in-force-before-adopted": 2,
  "essay-ids": 4,
};

/** Options for a case: the essay check for the chapter fixture. */
const optionsFor = (name: string, data: string): PipelineOptions =>
  name === "essay-ids" ? { essay: { dir: join(data, "_essay"), chartIds } } : {};

/** A quiet log for `report`, keeping what it printed. */
const quiet = () => {
  const lines: string[] = [];
  return { lines, log: { log: (s: string) => lines.push(s), error: (s: string) => lines.push(s) } };
};

describe("bad input is refused", () => {
  it("the fixture list covers every folder in test/fixtures/bad", () => {
    expect(readdirSync(join(FIX, "bad")).sort()).toEqual(CASES.map(([c]) => c).sort());
  });

  it.each(CASES)("%s", (name, expected) => {
    const data = dataset(name, join(FIX, "bad", name));
    const out = join(work, name, "out");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "previous.txt"), "earlier output\n");
    const before = snapshotDir(out);
    const result = runPipeline(data, out, optionsFor(name, data));
    const lines = result.problems.map(formatProblem);
    expect(result.written).toEqual([]);
    for (const re of expected)
      expect(
        lines.some((l) => re.test(l)),
        `${re} in\n${lines.join("\n")}`,
      ).toBe(true);
    for (const l of lines) expect(l).toMatch(/^[^:]+\.(csv|mdx)(:\d+)?: \S/);
    if (COUNTS[name] !== undefined) expect(lines, lines.join("\n")).toHaveLength(COUNTS[name]);
    expect(report(result, out, 0, quiet().log), "the command line's exit code").toBe(1);
    expect(snapshotDir(out)).toEqual(before);
  });

  it("refuses a file over the size limit before reading it, naming the limit", () => {
    const data = dataset("too-large");
    const body = readFileSync(join(FIX, "valid", "places.csv"), "utf8");
    writeFileSync(join(data, "places.csv"), body + "#".repeat(MAX_FILE_BYTES + 1 - Buffer.byteLength(body)));
    const out = join(work, "too-large", "out");
    const { problems } = runPipeline(data, out);
    expect(problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `places\\.csv: the file is 5\\.0 MiB \\(${MAX_FILE_BYTES + 1} bytes\\); the limit is 5\\.0 MiB`,
        ),
      ),
    );
    expect(existsSync(out)).toBe(false);
  });

  it("survives 200,000 bad rows and prints at most a few problems per file", () => {
    const data = dataset("many-rows");
    const header = readFileSync(join(FIX, "valid", "places.csv"), "utf8").split("\n")[0];
    writeFileSync(join(data, "places.csv"), `${header}\n${"x\n".repeat(200_000)}`);
    const result = runPipeline(data, join(work, "many-rows", "out"));
    const places = result.problems.filter((p) => p.file.endsWith("places.csv"));
    expect(places.length).toBe(200_000);
    expect(places[0]).toMatchObject({ line: 2, message: "has 1 columns, the header has 10" });
    const { lines, log } = quiet();
    expect(report(result, "out", 0, log)).toBe(1);
    const printed = lines.filter((l) => /^[^:]*places\.csv[:]/.test(l));
    expect(printed).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(printed.at(-1)).toMatch(
      new RegExp(`places\\.csv: …and ${200_000 - MAX_PROBLEMS_PER_FILE} more problems in this file$`),
    );
  });

  it("reports every problem at once, not just the first", () => {
    const data = dataset("many");
    writeFileSync(join(data, "places.csv"), readFileSync(join(FIX, "bad", "non-numeric", "places.csv")));
    writeFileSync(
      join(data, "relations.csv"),
      readFileSync(join(FIX, "bad", "unknown-source", "relations.csv")),
    );
    const lines = runPipeline(data, join(work, "many", "out")).problems.map(formatProblem);
    expect(lines.filter((l) => l.includes("places.csv")).length).toBeGreaterThanOrEqual(2);
    expect(lines.some((l) => l.includes("relations.csv"))).toBe(true);
  });

  it("exits 1 from the command line and prints one line per problem", () => {
    const data = dataset("cli", join(FIX, "bad", "non-numeric"));
    const r = spawnSync(
      "npx",
      ["tsx", "scripts/run-data.ts", "--data", data, "--out", join(work, "cli", "out")],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines.some((l) => /places\.csv:3: lat "91\.2" is outside -90\.\.90$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/problem\(s\); .* was not changed/);
  });

  it("checks the essay's ids from the command line, with the chapter's file and line", () => {
    const data = dataset("cli-essay", join(FIX, "bad", "essay-ids"));
    const r = spawnSync(
      "npx",
      [
        "tsx",
        "scripts/run-data.ts",
        "--data",
        data,
        "--out",
        join(work, "cli-essay", "out"),
        "--essay",
        join(data, "_essay"),
      ],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/_essay\/01-fixture\.mdx:24: <Num id="fx-ind-2015-cases"\/> names no figure/);
    expect(r.stderr).toMatch(/_essay\/01-fixture\.mdx:13: step "fixture-two" shows "no-such-chart"/);
    expect(existsSync(join(work, "cli-essay", "out"))).toBe(false);
  });
});

describe("good input", () => {
  it("is accepted with a byte-order mark and CRLF line endings, and normalised", () => {
    const plain = join(work, "plain-out");
    const crlf = join(work, "crlf-out");
    expect(runPipeline(dataset("plain"), plain).problems).toEqual([]);
    expect(runPipeline(dataset("crlf", join(FIX, "accepted-bom-crlf")), crlf).problems).toEqual([]);
    expect(readFileSync(join(crlf, "places.csv"), "utf8")).toBe(
      readFileSync(join(plain, "places.csv"), "utf8"),
    );
  });

  it("gives byte-identical output on two runs", () => {
    const data = dataset("twice");
    const a = join(work, "a");
    const b = join(work, "b");
    runPipeline(data, a);
    runPipeline(data, b);
    const sa = snapshotDir(a);
    expect(Object.keys(sa).length).toBeGreaterThan(10);
    expect(snapshotDir(b)).toEqual(sa);
  });

  it("the real data passes", () => {
    const out = join(work, "real");
    const { problems } = runPipeline("data", out);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
