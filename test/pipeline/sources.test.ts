/**
 * The standing of the sources over the real data (issue 17): how many figures rest on the publisher's own
 * document or a full-text archive, how few rest on mirrors and content farms, no source twice, and a year on
 * every dated source. A target not yet met is written as `it.fails`: it turns into a failure the day it passes,
 * to be made a plain test then. What stands in the way is in data/GAPS.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../scripts/data-pipeline.ts";
import { loadDatasets } from "../../src/lib/data/load.ts";
import { STAT_DATASETS, type Datasets } from "../../src/lib/data/datasets.ts";
import { DATED_KINDS, source, type Source } from "../../src/lib/data/schemas.ts";

let data: Datasets;
let out = "";
afterAll(() => rmSync(out, { recursive: true, force: true }));
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "crossings-sources-"));
  const { problems } = runPipeline("data", out);
  expect(problems).toEqual([]);
  data = loadDatasets(out);
});

/** Figure rows: every row of stats/*.csv, borders.csv and helplines.csv, with the sources it cites. */
function figureRows(): { id: string; source_ids: string[] }[] {
  const sets = [...STAT_DATASETS, "borders", "helplines"] as (keyof Datasets)[];
  return sets.flatMap((d) => data[d] as { id: string; source_ids: string[] }[]);
}

const classOf = () => new Map(data.sources.map((s) => [s.id, s.class]));
const isStrong = (c: Source["class"] | undefined) => c === "primary" || c === "archive";

function primaryShare(): number {
  const cls = classOf();
  const rows = figureRows();
  const strong = rows.filter((r) => r.source_ids.some((s) => isStrong(cls.get(s))));
  return strong.length / rows.length;
}

function aggregatorOnly(): string[] {
  const cls = classOf();
  return figureRows()
    .filter((r) => r.source_ids.every((s) => cls.get(s) === "aggregator"))
    .map((r) => r.id)
    .sort();
}

/** The share of figure rows citing a primary or archive source reached so far; it may rise, never fall. */
const PRIMARY_SHARE_FLOOR = 0.32;
/** The share issue 17 asks for. */
const PRIMARY_SHARE_TARGET = 0.4;

/** An address reduced to what tells two pages apart: no scheme, no `www.`, no trailing slash, lower case. */
const normaliseUrl = (u: string) =>
  u
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/+$/, "");

describe("the sources' standing", () => {
  it(`at least ${PRIMARY_SHARE_FLOOR * 100} % of figure rows cite a primary or archive source (the floor reached)`, () => {
    expect(primaryShare()).toBeGreaterThanOrEqual(PRIMARY_SHARE_FLOOR);
  });

  it.fails(
    `at least ${PRIMARY_SHARE_TARGET * 100} % of figure rows cite a primary or archive source (the target; see data/GAPS.md)`,
    () => {
      expect(primaryShare()).toBeGreaterThanOrEqual(PRIMARY_SHARE_TARGET);
    },
  );

  it("no figure row rests only on aggregators", () => {
    expect(aggregatorOnly()).toEqual([]);
  });

  it("at most 10 sources are aggregators", () => {
    const agg = data.sources.filter((s) => s.class === "aggregator").map((s) => s.id);
    expect(agg.length, agg.join(", ")).toBeLessThanOrEqual(10);
  });

  it("no two sources share an address", () => {
    const seen = new Map<string, string>();
    const dup: string[] = [];
    for (const s of data.sources) {
      if (!s.url) continue;
      const key = normaliseUrl(s.url);
      const first = seen.get(key);
      if (first) dup.push(`${first} = ${s.id}`);
      else seen.set(key, s.id);
    }
    expect(dup).toEqual([]);
  });

  it("no address is a bare IP address", () => {
    const ip = data.sources.filter((s) => s.url && /^https?:\/\/\d{1,3}(\.\d{1,3}){3}([:/]|$)/.test(s.url));
    expect(ip.map((s) => s.id)).toEqual([]);
  });

  it("every source of a dated kind has a year, or a note saying why not", () => {
    const dated = DATED_KINDS as readonly string[];
    const missing = data.sources
      .filter((s) => dated.includes(s.kind) && s.year === undefined && !(s.note ?? "").startsWith("Undated:"))
      .map((s) => s.id);
    expect(missing).toEqual([]);
  });

  it("a work only the paper cites with no address says why: not found, or found only where we do not link", () => {
    for (const s of data.sources.filter((x) => x.verified === "cited_by_paper" && !x.url)) {
      expect(s.note ?? "", s.id).toMatch(/^(Not found\b|Found\b|Undated:.*Not found\b)/);
    }
  });
});

describe("the source schema", () => {
  const row = {
    id: "mha-ar-2023-24",
    title: "Annual Report 2023-24",
    author_or_publisher: "Ministry of Home Affairs",
    year: "2024",
    url: "https://www.mha.gov.in/en/documents/annual-reports",
    accessed: "2026-12-07",
    kind: "government_report",
    verified: "yes",
    class: "primary",
    note: "",
  };
  const messages = (r: Record<string, string>) => {
    const p = source.safeParse(r);
    return p.success ? "" : p.error.issues.map((i) => `${String(i.path[0])} ${i.message}`).join("\n");
  };

  it("accepts a good row", () => {
    expect(messages(row)).toBe("");
  });

  it("refuses a class that is not one of the five, and names them", () => {
    expect(messages({ ...row, class: "official" })).toContain(
      "class is not one of: primary, archive, press, secondary, aggregator",
    );
  });

  it("refuses a dated kind of source without a year", () => {
    expect(messages({ ...row, year: "" })).toMatch(/^year is required for a dated kind of source/);
  });

  it('accepts a dated kind without a year when the note starts "Undated:"', () => {
    expect(messages({ ...row, year: "", note: "Undated: the page shows no date." })).toBe("");
  });

  it("does not ask a year of an undated kind (a web page, a dataset)", () => {
    expect(messages({ ...row, year: "", kind: "web_page" })).toBe("");
  });
});
