/**
 * The Hindi edition as built: every page in Hindi with its language, alternates both ways and the same step ids
 * as the English essay; the Hindi essay's visible text in Devanagari; the legal terms kept apart.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { DIST, filesUnder, requireBuilt } from "./site.ts";

const page = (path: string) => readFileSync(join(requireBuilt(path, `the page ${path}`)), "utf8");
const hindiPages = () => filesUnder("hi").filter((f) => f.endsWith(".html"));

/** The text a reader sees in a page's <main>: no scripts, no SVG internals, no hidden source ids. */
function visibleText(html: string): string {
  const { document } = parseHTML(html);
  const main = document.querySelector("main");
  if (!main) return "";
  for (const el of main.querySelectorAll("script, style, svg, code, pre, .chart-source, cite, [lang='en']"))
    el.remove();
  return main.textContent ?? "";
}

/** The share of letters that are Devanagari, in text without acronyms (runs of capitals) and URLs. */
export function devanagariShare(text: string): number {
  const clean = text.replace(/https?:\/\/\S+/g, "").replace(/\b[A-Z][A-Z0-9&.-]+\b/g, "");
  const letters = clean.match(/\p{L}/gu) ?? [];
  const dev = letters.filter((c) => /\p{Script=Devanagari}/u.test(c)).length;
  return letters.length ? dev / letters.length : 0;
}

const stepIds = (html: string) =>
  [...html.matchAll(/<section\b[^>]*\sdata-step="([^"]+)"/g)].map((m) => m[1]);

describe("the Hindi edition", () => {
  it("has a Hindi twin of every English page", () => {
    const english = filesUnder("")
      .filter((f) => f.endsWith("index.html") && !f.startsWith("hi/") && !f.startsWith("_astro"))
      .map((f) => f.replace(/index\.html$/, ""));
    const missing = english.filter((p) => !hindiPages().includes(`hi/${p}index.html`));
    expect(missing).toEqual([]);
  });

  it("says lang=hi on every Hindi page, with hreflang alternates both ways and x-default", () => {
    // Every problem at once, by page, rather than the first page's whole HTML.
    const problems = hindiPages().flatMap((f) => {
      const html = readFileSync(join(DIST, f), "utf8");
      const p = /<html\b[^>]*\slang="hi"/.test(html) ? [] : [`${f}: no lang="hi"`];
      if (/name="robots" content="noindex/.test(html)) return p;
      for (const lang of ["en", "hi", "x-default"])
        if (!new RegExp(`<link rel="alternate" hreflang="${lang}"`).test(html))
          p.push(`${f}: no hreflang=${lang}`);
      return p;
    });
    expect(problems).toEqual([]);
    expect(page("index.html")).toMatch(/<link rel="alternate" hreflang="hi" href="[^"]*\/hi\/"/);
  });

  it("keeps the English essay's step ids, in the same order", () => {
    const en = stepIds(page("index.html"));
    expect(en.length).toBeGreaterThan(40);
    expect(stepIds(page("hi/index.html"))).toEqual(en);
  });

  it("shows the essay's text in Devanagari (at least 85 % of its letters)", () => {
    expect(devanagariShare(visibleText(page("hi/index.html")))).toBeGreaterThanOrEqual(0.85);
  });

  it("shows every Hindi page mostly in Devanagari", () => {
    const low = hindiPages()
      .filter((f) => !f.includes("/embed/") || f.endsWith("index.html"))
      .map((f) => [f, devanagariShare(visibleText(readFileSync(join(DIST, f), "utf8")))] as const)
      .filter(([, share]) => share < 0.7);
    expect(low).toEqual([]);
  });

  it("never calls trafficking 'तस्करी' in chart titles", () => {
    const { document } = parseHTML(page("hi/charts/index.html"));
    const titles = [...document.querySelectorAll("[data-gallery-item] h2")].map((h) => h.textContent ?? "");
    expect(titles.length).toBeGreaterThan(20);
    for (const t of titles) expect(t, t).not.toMatch(/मानव\s+तस्करी/);
    expect(titles.some((t) => t.includes("दुर्व्यापार"))).toBe(true);
  });
});
