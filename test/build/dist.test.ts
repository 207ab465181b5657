/**
 * Build-output tests over dist/ (npm test builds first): the routes of DESIGN.md, the manifest and what it
 * promises for each chart, the essay's and slides' hooks, and the page-level rules (CSP, no inline styles in
 * figures, no inline handlers, nothing loaded from elsewhere).
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { FRAME_IDS } from "../../src/lib/geo/frames.ts";
import { DIST, requireBuilt } from "./site.ts";

requireBuilt("index.html", "the essay page");
const read = (p: string) => readFileSync(join(DIST, p), "utf8");
const doc = (p: string) => parseHTML(read(p)).document;
const htmlFiles = (dir = DIST): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === "_astro" ? [] : htmlFiles(p);
    return n.endsWith(".html") ? [p.slice(DIST.length + 1)] : [];
  });

interface Manifest {
  datasets: {
    id: string;
    title: string;
    file: string;
    rows: number;
    columns: string[];
    source_ids: string[];
  }[];
  charts: { id: string; title: string; description: string; embed: string; datasets: string[] }[];
}

describe("routes", () => {
  it.each([
    "index.html",
    "charts/index.html",
    "present/index.html",
    "exercise/index.html",
    "data/index.html",
    "sources/index.html",
    "about/index.html",
    "404.html",
    "embed.js",
    "data/manifest.json",
  ])("%s exists", (p) => expect(existsSync(join(DIST, p))).toBe(true));
  it("embed.js stays under 2 KB gzip", async () => {
    const { gzipSync } = await import("node:zlib");
    expect(gzipSync(read("embed.js")).length).toBeLessThan(2048);
  });
  it("publishes one TopoJSON per map frame, each ≤ 80 KB gzip", async () => {
    const { gzipSync } = await import("node:zlib");
    requireBuilt("data/maps", "the maps' TopoJSON");
    for (const id of FRAME_IDS) {
      const file = join(DIST, "data", "maps", `${id}.topo.json`);
      expect(existsSync(file), `${file} is missing`).toBe(true);
      expect(gzipSync(readFileSync(file), { level: 9 }).length, file).toBeLessThanOrEqual(80 * 1024);
    }
  });
});

describe("manifest", () => {
  const m = JSON.parse(read("data/manifest.json")) as Manifest;
  it("lists datasets whose files exist with the rows and columns it states", () => {
    expect(m.datasets.length).toBeGreaterThan(5);
    for (const d of m.datasets) {
      expect(d.file.startsWith("/data/")).toBe(true);
      const parsed = Papa.parse<Record<string, string>>(read(d.file.slice(1)), {
        header: true,
        skipEmptyLines: true,
        delimiter: ",",
      });
      expect(parsed.meta.fields).toEqual(d.columns);
      expect(parsed.data.length).toBe(d.rows);
    }
  });
  it.each(m.charts.map((c) => [c.id, c] as const))(
    "chart %s has its pages, data, SVG and oEmbed",
    (id, c) => {
      expect(c.title && c.description).toBeTruthy();
      expect(c.embed).toBe(`/embed/${id}/`);
      const embed = doc(`embed/${id}/index.html`);
      expect(embed.querySelector(`figure[data-chart="${id}"] svg`)).toBeTruthy();
      expect(embed.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
      const page = doc(`charts/${id}/index.html`);
      expect(page.querySelector(`figure[data-chart="${id}"] svg`)).toBeTruthy();
      expect(page.querySelector("table.data-table")).toBeTruthy();
      expect(
        page.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute("href"),
      ).toMatch(new RegExp(`/oembed/${id}\\.json$`));
      const csv = Papa.parse<Record<string, string>>(read(`charts/${id}/data.csv`), {
        header: true,
        skipEmptyLines: true,
        delimiter: ",",
      });
      expect(csv.errors).toEqual([]);
      expect(csv.data.length).toBe(page.querySelectorAll("table.data-table tbody tr").length);
      expect(read(`charts/${id}/chart.svg`)).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      const o = JSON.parse(read(`oembed/${id}.json`)) as Record<string, unknown>;
      expect(o).toMatchObject({ version: "1.0", type: "rich", title: c.title });
      expect(typeof o["width"]).toBe("number");
      expect(typeof o["height"]).toBe("number");
      expect(String(o["html"])).toContain(`/embed/${id}/`);
    },
  );
});

describe("essay and slides", () => {
  const essay = doc("index.html");
  const slides = doc("present/index.html");
  const stepIds = [...essay.querySelectorAll("section[data-step]")].map((s) => s.getAttribute("data-step"));
  it("has steps with unique ids equal to their element ids", () => {
    expect(stepIds.length).toBeGreaterThan(0);
    expect(new Set(stepIds).size).toBe(stepIds.length);
    for (const s of essay.querySelectorAll("section[data-step]"))
      expect(s.id).toBe(s.getAttribute("data-step"));
  });
  it("shows a build-time figure in every step", () => {
    for (const s of essay.querySelectorAll("section[data-step]")) {
      expect(s.querySelector("figure[data-chart] svg"), s.id).toBeTruthy();
    }
  });
  it("has one slide per step, each with speaker notes", () => {
    const slideIds = [...slides.querySelectorAll("[data-slide]")]
      .map((s) => s.getAttribute("data-slide"))
      .filter((s) => s !== "title");
    expect(slideIds).toEqual(stepIds);
    for (const s of slides.querySelectorAll("[data-slide]"))
      expect(s.querySelector("aside.notes")?.textContent?.trim()).toBeTruthy();
  });
  it("links every number in the prose to a source", () => {
    for (const n of essay.querySelectorAll("[data-num]"))
      expect(n.getAttribute("href")).toMatch(/^\/sources\/#/);
  });
});

describe("every page", () => {
  const pages = htmlFiles();
  it("was found", () => expect(pages.length).toBeGreaterThan(8));
  it.each(pages)(
    "%s: CSP, metadata, no inline styles in figures, no inline handlers, nothing from elsewhere",
    (p) => {
      const html = read(p);
      const d = parseHTML(html).document;
      const csp =
        d.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(d.querySelector("title")?.textContent).toBeTruthy();
      expect(d.querySelector('meta[name="description"]')?.getAttribute("content")).toBeTruthy();
      expect(d.documentElement.getAttribute("lang")).toBeTruthy();
      for (const svg of d.querySelectorAll("svg")) {
        expect(svg.outerHTML).not.toMatch(/\sstyle="|<style/);
      }
      expect(html).not.toMatch(/\son[a-z]+="/);
      for (const el of d.querySelectorAll(
        "script[src], link[href]:not([rel=canonical]):not([rel=alternate]), img[src], iframe[src]",
      )) {
        const url = el.getAttribute("src") ?? el.getAttribute("href") ?? "";
        expect(url, `${p}: ${el.outerHTML.slice(0, 80)}`).not.toMatch(/^(https?:)?\/\//);
      }
    },
  );
});
