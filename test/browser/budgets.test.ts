/**
 * DESIGN.md's budgets as a browser sees them (limits from src/lib/budgets.ts): what the essay and each embed
 * download, measured in Debian's chromium, and the essay's elements once its scripts have run. The build-output
 * test (test/build/budgets.test.ts) gates the same budgets on the files; timings are only reported by the bench.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BUDGETS } from "../../src/lib/budgets.ts";
import { DIST, useSite } from "./harness.ts";
import { domElements, kb, pageBytes } from "./measure.ts";

const manifest = JSON.parse(readFileSync(join(DIST, "data/manifest.json"), "utf8")) as {
  charts: { id: string }[];
};
const site = useSite();

describe("budgets", () => {
  it(`the essay loads ≤ ${kb(BUDGETS.essayJsGzip)} of JavaScript (gzip)`, async () => {
    const b = await pageBytes(site.browser, `${site.url}/`);
    expect(b.js.gzip, kb(b.js.gzip)).toBeGreaterThan(0);
    expect(b.js.gzip, kb(b.js.gzip)).toBeLessThanOrEqual(BUDGETS.essayJsGzip);
  });

  it(`the essay loads ≤ ${kb(BUDGETS.essayTotalGzip)} in all (gzip)`, async () => {
    const b = await pageBytes(site.browser, `${site.url}/`);
    expect(b.html.gzip, kb(b.html.gzip)).toBeGreaterThan(0);
    expect(b.total.gzip, kb(b.total.gzip)).toBeLessThanOrEqual(BUDGETS.essayTotalGzip);
  });

  it(`the essay's HTML is ≤ ${kb(BUDGETS.essayHtmlGzip)} gzip`, () => {
    const html = readFileSync(join(DIST, "index.html"));
    expect(gzipSync(html).length).toBeLessThanOrEqual(BUDGETS.essayHtmlGzip);
  });

  // The HTML as served has 4,613 elements (Dec 2026), over the budget; expected to fail until it is met (remove
  // `.fails` then: vitest fails a marked test that passes).
  it.fails(`the essay has ≤ ${BUDGETS.essayDomElements} elements at load`, async () => {
    expect(await domElements(site.browser, `${site.url}/`)).toBeLessThanOrEqual(BUDGETS.essayDomElements);
  });

  it.each(manifest.charts.map((c) => c.id))(
    `embed %s loads ≤ ${kb(BUDGETS.embedTotalGzip)} in all (gzip)`,
    async (id) => {
      const b = await pageBytes(site.browser, `${site.url}/embed/${id}/`);
      expect(b.total.gzip, kb(b.total.gzip)).toBeLessThanOrEqual(BUDGETS.embedTotalGzip);
    },
  );

  it(`every corridor TopoJSON is ≤ ${kb(BUDGETS.topojsonGzip)} gzip`, () => {
    const dir = join(DIST, "data", "maps");
    expect(existsSync(dir), `${dir}/ is missing: the build published no TopoJSON`).toBe(true);
    const files = readdirSync(dir).filter((f) => f.endsWith(".topo.json"));
    expect(files.length, `no .topo.json in ${dir}/`).toBeGreaterThan(0);
    for (const f of files)
      expect(gzipSync(readFileSync(join(dir, f))).length, f).toBeLessThanOrEqual(BUDGETS.topojsonGzip);
  });
});
