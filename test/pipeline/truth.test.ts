/**
 * Truth checks over the real data and the essay's use of it: claims say what their sources allow, the
 * essay quotes the newest figure where the data hold several, tiers read as names, comparisons are like
 * for like, and the rows that bring facts up to date keep their shape.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeOutput, runPipeline } from "../../scripts/data-pipeline.ts";
import { loadDatasets } from "../../src/lib/data/load.ts";
import { STAT_DATASETS, type Datasets } from "../../src/lib/data/datasets.ts";
import type { Stat } from "../../src/lib/data/schemas.ts";
import { statusOf } from "../../src/lib/charts/claims-status.ts";
import { CHARTS } from "../../src/lib/charts/index.ts";
import type { RohingyaSeries } from "../../src/lib/charts/rohingya-displacement.ts";
import { en } from "../support/context.ts";

const ESSAY = "src/content/essay/en";
const chapters = readdirSync(ESSAY).filter((f) => f.endsWith(".mdx"));
const text = (f: string) => readFileSync(join(ESSAY, f), "utf8");
/** The ids of every <Num id="…"/> in a chapter, in order. */
const numIds = (src: string) => [...src.matchAll(/<Num\s+id="([^"]+)"/g)].map((m) => m[1]!);

let data: Datasets;
let stats: Map<string, Stat>;
let out = "";
afterAll(() => removeOutput(out));
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "crossings-truth-"));
  expect(runPipeline("data", out).problems).toEqual([]);
  data = loadDatasets(out);
  stats = new Map(STAT_DATASETS.flatMap((d) => (data[d as keyof Datasets] as Stat[]).map((r) => [r.id, r])));
});

describe("claims", () => {
  it("a note's verdict agrees with the confirming sources", () => {
    for (const c of data.claims) {
      const verdict = (c.note ?? "").trim();
      if (/^(confirmed|partly)\b/i.test(verdict)) expect(c.verified_by.length, c.id).toBeGreaterThan(0);
      if (!c.verified_by.length) expect(verdict, c.id).not.toMatch(/^(confirmed|partly)\b/i);
    }
  });

  it("the extradition claim is only partly confirmed, and the treaties that contradict it are in the data", () => {
    const claim = data.claims.find((c) => c.id === "cl-extradition-treaties-lacking");
    expect(claim).toBeDefined();
    expect(statusOf(claim!.verified_by, claim!.note)).toBe("partly");
    const treaties = data.instruments.filter(
      (i) => i.level === "bilateral" && /extradition/i.test(i.name) && i.india_status === "in_force",
    );
    const partners = treaties.map((t) => t.name).join(" ");
    expect(partners).toMatch(/Bangladesh/);
    expect(partners).toMatch(/Nepal/);
    const rec = data.recommendations.find((r) => r.id === "rec-extradition");
    expect(rec?.note ?? "").toMatch(/Bangladesh/);
    expect(rec?.note ?? "").toMatch(/Nepal/);
  });
});

describe("the essay quotes current figures", () => {
  const MEASURES = ["tip_protocol_parties", "ind_bgd_border_fenced_length", "ind_mmr_border_fenced_length"];

  it.each(MEASURES)("every %s the essay quotes is the newest row for its subject", (measure) => {
    const quoted = chapters
      .flatMap((f) => numIds(text(f)))
      .filter((id) => stats.get(id)?.measure === measure);
    expect(quoted.length, `no ${measure} quoted`).toBeGreaterThan(0);
    for (const id of quoted) {
      const row = stats.get(id)!;
      const newest = [...stats.values()]
        .filter((r) => r.measure === measure && r.subject === row.subject && r.year)
        .sort((a, b) => b.year!.localeCompare(a.year!))[0]!;
      expect(id, `${measure}: ${newest.id} is newer`).toBe(newest.id);
    }
  });

  it("a tier is printed by name, never after the word Tier", () => {
    const tiers = chapters.flatMap((f) => numIds(text(f))).filter((id) => stats.get(id)?.unit === "tier");
    expect(tiers.length).toBeGreaterThan(0);
    for (const f of chapters) expect(text(f), f).not.toMatch(/Tiers?\s*<Num\b/);
  });
});

describe("like for like", () => {
  it("the Nepal chapter quotes case counts only for states whose foreign border is Nepal's", () => {
    const NEPAL_ONLY = new Set(["IN-UP", "IN-BR", "IN-UK", "IN-SK"]);
    const counts = numIds(text("06-nepal.mdx"))
      .map((id) => stats.get(id))
      .filter((r): r is Stat => r?.measure === "cases_registered");
    expect(counts.length).toBeGreaterThan(0);
    for (const r of counts) expect(NEPAL_ONLY.has(r.subject), r.id).toBe(true);
  });

  it("a comparison of states within one passage uses one year", () => {
    for (const f of chapters) {
      for (const step of text(f).split(/<Step\b/)) {
        for (const para of step.split(/\n\s*\n/)) {
          const years = new Set(
            numIds(para)
              .map((id) => stats.get(id))
              .filter((r): r is Stat => r?.measure === "cases_registered" && r.subject.startsWith("IN-"))
              .map((r) => r.year),
          );
          expect(years.size, `${f}: ${para.slice(0, 60)}`).toBeLessThanOrEqual(1);
        }
      }
    }
  });
});

describe("rows that bring facts up to date", () => {
  it("a border row that claims no length of its own carries a fenced length and says what it updates", () => {
    const updates = data.borders.filter((b) => b.alt_of && b.length_km === undefined);
    expect(updates.length).toBeGreaterThan(0);
    for (const b of updates) {
      expect(b.fenced_km, b.id).toBeDefined();
      expect(b.note ?? "", b.id).toMatch(new RegExp(b.alt_of!));
    }
  });

  it("a single incident at sea is never drawn as a year's total", () => {
    const incidents = data.rohingya.filter((r) => /incident/.test(r.measure));
    expect(incidents.length).toBeGreaterThan(0);
    const chart = CHARTS.find((c) => c.id === "rohingya-displacement")!;
    const drawn = (chart.prepare(data, en()) as RohingyaSeries).sea.flatMap((b) => b.ids);
    for (const r of incidents) expect(drawn, r.id).not.toContain(r.id);
    const wholeYears = new Set(
      data.rohingya
        .filter((r) => r.measure === "sea_dead_or_missing" && r.year?.length === 4)
        .map((r) => r.year),
    );
    for (const b of (chart.prepare(data, en()) as RohingyaSeries).sea.filter((s) => s.kind === "dead"))
      expect(wholeYears.has(String(b.year)), String(b.year)).toBe(true);
  });

  it("the Rohingya data reach the arrivals of 2024-25", () => {
    const recent = data.rohingya.filter((r) => r.subject === "BGD" && (r.year ?? "") >= "2025");
    expect(recent.map((r) => r.measure)).toEqual(expect.arrayContaining(["new_arrivals_since_early_2024"]));
  });

  it("India's helplines include the National Commission for Women's, with a primary source", () => {
    const ncw = data.helplines.find(
      (h) => h.country === "IND" && /National Commission for Women/.test(h.name),
    );
    expect(ncw).toBeDefined();
    const classes = ncw!.source_ids.map((id) => data.sources.find((s) => s.id === id)?.class);
    expect(classes).toContain("primary");
  });
});
