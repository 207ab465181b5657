/**
 * Every chart module's drawing stands alone and suits its variant: paint in presentation attributes (design
 * tokens, no currentColor), a text size on every text, no text under 11 px on a phone and none under 16 px
 * drawn for a slide (shown at about its drawn width, that stays at 14 px or more).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART_MODULES } from "../../../src/lib/charts/catalogue-charts.ts";
import { buildDocument } from "../../../src/lib/charts/render.ts";
import { variantOf, type Inputs, type Surface } from "../../../src/lib/charts/types.ts";
import { loadDatasets } from "../../../src/lib/data/load.ts";
import { runPipeline } from "../../../scripts/data-pipeline.ts";
import { en } from "../../support/context.ts";

const TOKENS = [
  "--cat-1",
  "--cat-2",
  "--cat-3",
  "--cat-4",
  "--cat-5",
  "--cat-6",
  "--fg",
  "--fg-soft",
  "--bg",
  "--bg-soft",
  "--rule",
  "--accent",
];
const PAINT = /^(none|#[0-9a-f]{6}|var\((--[a-z0-9-]+)\))$/i;

let data: Inputs;
let out = "";
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "crossings-drawing-"));
  runPipeline("test/fixtures/valid", out);
  data = loadDatasets(out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const draw = (id: string, width: number, surface: Surface) => {
  const chart = CHART_MODULES.find((c) => c.id === id)!;
  const ctx = en();
  return chart.render(chart.prepare(data, ctx), {
    width,
    document: buildDocument(),
    variant: variantOf(width, surface),
    ctx,
  });
};

/** The font size a text is drawn at: its own attribute or its nearest ancestor's. */
function sizeOf(node: Element): number | undefined {
  for (let n: Element | null = node; n; n = n.parentElement) {
    const v = n.getAttribute("font-size");
    if (v) return Number(v);
  }
  return undefined;
}

describe.each(CHART_MODULES.map((c) => c.id))("%s draws", (id) => {
  it("its own paint: tokens or literal colours, never currentColor", () => {
    const svg = draw(id, 640, "page");
    for (const n of [svg, ...svg.querySelectorAll("*")])
      for (const a of ["fill", "stroke"]) {
        const v = n.getAttribute(a);
        if (v === null) continue;
        const m = PAINT.exec(v);
        expect(m, `${id}: ${n.tagName} ${a}="${v}"`).not.toBeNull();
        if (m?.[2]) expect(TOKENS, `${id}: ${a}="${v}"`).toContain(m[2]);
      }
  });
  it.each([
    [360, "page", 11],
    [640, "page", 11],
    [760, "slide", 16],
  ] as const)("at %i px for the %s, text of at least %i px", (width, surface, min) => {
    const svg = draw(id, width, surface);
    const texts = [...svg.querySelectorAll("text")];
    for (const t of texts) {
      const size = sizeOf(t);
      expect(size, `${id}: "${t.textContent}" has no size`).toBeDefined();
      expect(size!, `${id}: "${t.textContent}"`).toBeGreaterThanOrEqual(min);
    }
  });
});
