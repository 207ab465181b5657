/**
 * The data pipeline on fixtures: every kind of bad input stops it with `file:line: message` lines, all at
 * once, and leaves the previous output untouched; good input gives byte-identical output on every run.
 */
import {
  cpSync,
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
import { runPipeline } from "../../scripts/data-pipeline.ts";
import { formatProblem } from "../../src/lib/data/csv.ts";

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
];

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
    const { problems, written } = runPipeline(data, out);
    const lines = problems.map(formatProblem);
    expect(written).toEqual([]);
    for (const re of expected)
      expect(
        lines.some((l) => re.test(l)),
        `${re} in\n${lines.join("\n")}`,
      ).toBe(true);
    for (const l of lines) expect(l).toMatch(/^[^:]+\.csv(:\d+)?: \S/);
    expect(snapshotDir(out)).toEqual(before);
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
