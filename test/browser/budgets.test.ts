/** Byte budgets of DESIGN.md, enforced: bytes are stable enough to gate CI (timings are only reported by the bench). */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BUDGETS } from "./budgets.ts";
import { domElements, kb, pageBytes } from "./measure.ts";

const manifest = JSON.parse(readFileSync(join(DIST, "data/manifest.json"), "utf8")) as {
  charts: { id: string }[];
};
import { DIST, useSite } from "./harness.ts";

const site = useSite();

describe("budgets", () => {
  it(`the essay loads ≤ ${kb(BUDGETS.essayJs)} of JavaScript and ≤ ${kb(BUDGETS.essayTotal)} in all (gzip)`, async () => {
    const b = await pageBytes(site.browser, `${site.url}/`);
    expect(b.js.gzip).toBeLessThanOrEqual(BUDGETS.essayJs);
    expect(b.total.gzip).toBeLessThanOrEqual(BUDGETS.essayTotal);
  });

  it(`the essay's HTML is ≤ ${kb(BUDGETS.essayHtmlGzip)} gzip`, () => {
    const html = readFileSync(join(DIST, "index.html"));
    expect(gzipSync(html).length).toBeLessThanOrEqual(BUDGETS.essayHtmlGzip);
  });

  it(`the essay has ≤ ${BUDGETS.essayDomElements} elements at load`, async () => {
    expect(await domElements(site.browser, `${site.url}/`)).toBeLessThanOrEqual(BUDGETS.essayDomElements);
  });

  it.each(manifest.charts.map((c) => c.id))(
    `embed %s loads ≤ ${kb(BUDGETS.embedTotal)} in all (gzip)`,
    async (id) => {
      const b = await pageBytes(site.browser, `${site.url}/embed/${id}/`);
      expect(b.total.gzip).toBeLessThanOrEqual(BUDGETS.embedTotal);
    },
  );

  it(`every corridor TopoJSON is ≤ ${kb(BUDGETS.topojson)} gzip`, () => {
    const dir = join(DIST, "data", "maps");
    expect(existsSync(dir), `${dir}/ is missing: the build published no TopoJSON`).toBe(true);
    const files = readdirSync(dir).filter((f) => f.endsWith(".topo.json"));
    expect(files.length, `no .topo.json in ${dir}/`).toBeGreaterThan(0);
    for (const f of files)
      expect(gzipSync(readFileSync(join(dir, f))).length, f).toBeLessThanOrEqual(BUDGETS.topojson);
  });
});
