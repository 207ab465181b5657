/**
 * Label overlays per variant: for every map state, surface and size class, no label overlaps another, and
 * text renders at least 11 CSS px on a phone (the narrow set on a 360–390 px figure), 11 px on a wide figure
 * (561 px and up), 14 px on a 1280×720 slide (a map shown at the width it is drawn at, which the deck's
 * layout chooses) and 11 px in an export at its width; in Hindi, a slide's Devanagari labels 16 px.
 * Rendered px = font size × (figure width / view-box width).
 */
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../../src/lib/charts/render.ts";
import { mapModule } from "../../../src/lib/charts/maps/map-state.ts";
import type { SizeClass, Surface } from "../../../src/lib/charts/types.ts";
import { drawMap } from "../../../src/lib/geo/draw-map.ts";
import { labelWidth, overlap, type Rect } from "../../../src/lib/geo/labels.ts";
import { MAP_STATES } from "../../../src/lib/geo/states.ts";
import { MAP_TEXT_MIN_PX } from "../../../src/lib/budgets.ts";
import { ctxFor } from "../../../src/site/ctx.ts";
import { en, withFixtureMaps } from "../../support/context.ts";
import { all, fixtureData } from "./layers/canvas.ts";

const inputs = withFixtureMaps(fixtureData());
const SURFACES: Surface[] = ["page", "essay", "embed", "slide", "export"];

/** The widths a slide's map is drawn at in the deck: a tall frame beside the points, up to a world map. */
const SLIDE_WIDTHS = [494, 640, 1169];

/** The figure widths each overlay must stay legible at, and the smallest size there. */
function checks(surface: Surface, size: SizeClass, drawn: number): { width: number; px: number }[] {
  if (surface === "export") return [{ width: size === "narrow" ? 360 : 640, px: MAP_TEXT_MIN_PX.phone }];
  if (size === "narrow")
    return [
      { width: 360, px: MAP_TEXT_MIN_PX.phone },
      { width: 390, px: MAP_TEXT_MIN_PX.phone },
    ];
  return surface === "slide"
    ? [{ width: drawn, px: MAP_TEXT_MIN_PX.slide }]
    : [{ width: 561, px: MAP_TEXT_MIN_PX.phone }];
}

/** The widths a variant is drawn at: a slide's map at the deck's widths, the others at the page's. */
const widthsOf = (surface: Surface, size: SizeClass): number[] =>
  surface === "slide" && size === "wide"
    ? SLIDE_WIDTHS
    : [surface === "export" && size === "narrow" ? 360 : 640];

const cases = (["en", "hi"] as const).flatMap((locale) =>
  MAP_STATES.flatMap((s) =>
    SURFACES.flatMap((surface) =>
      (["narrow", "wide"] as const).flatMap((size) =>
        widthsOf(surface, size).map((width) => [s.id, locale, surface, size, width] as const),
      ),
    ),
  ),
);

const DEVANAGARI = /\p{Script=Devanagari}/u;

describe("label overlays per variant", () => {
  it.each(cases)("%s in %s on %s, %s, %i px", (id, locale, surface, size, width) => {
    const state = MAP_STATES.find((s) => s.id === id)!;
    const ctx = ctxFor(locale);
    const parts = drawMap({
      ...mapModule(state).prepare(inputs, ctx),
      width,
      document: buildDocument(),
      ctx,
      variant: { size, surface },
    });
    const group = parts.overlays.find(
      (o) =>
        o.getAttribute("class") === "map-labels" &&
        (surface === "export" || o.getAttribute("data-size") === size),
    )!;
    expect(group).toBeTruthy();
    const vbWidth = Number(String(parts.root["viewBox"]).split(" ")[2]);
    const base = Number(group.getAttribute("font-size"));
    const texts = all(group, "text");
    const boxes: { id: string; box: Rect }[] = [];
    if (locale === "hi") expect(texts.some((t) => DEVANAGARI.test(t.textContent ?? ""))).toBe(true);
    for (const t of texts) {
      const fs = Number(t.getAttribute("font-size") ?? base);
      for (const c of checks(surface, size, width)) {
        // A slide's overlay in Hindi is set for Devanagari throughout.
        const px =
          surface === "slide" && size === "wide" && locale === "hi" ? MAP_TEXT_MIN_PX.slideDevanagari : c.px;
        expect(fs * (c.width / vbWidth), `${t.textContent} at ${c.width}`).toBeGreaterThanOrEqual(px - 1e-6);
      }
      const cls = t.getAttribute("class") ?? "";
      const weight = /label-(country|region)/.test(cls) ? 600 : 400;
      const w = labelWidth({
        text: t.textContent!,
        size: fs,
        weight,
        spacing: cls.includes("label-country") ? 0.04 : 0,
      });
      const x = Number(t.getAttribute("x"));
      const y = Number(t.getAttribute("y"));
      const anchor = t.getAttribute("text-anchor") ?? "start";
      const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
      // Positions are rounded to a tenth of a unit: allow that much.
      boxes.push({
        id: t.textContent!,
        box: { x0: x0 + 0.1, y0: y - fs * 0.6 + 0.1, x1: x0 + w - 0.1, y1: y + fs * 0.6 - 0.1 },
      });
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlap(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.id} / ${boxes[j]!.id}`).toBe(false);
  });

  it("gives a narrow figure fewer, larger labels than a wide one", () => {
    let narrow = 0;
    let wide = 0;
    for (const state of MAP_STATES) {
      const parts = drawMap({
        ...mapModule(state).prepare(inputs, en()),
        width: 640,
        document: buildDocument(),
        ctx: en(),
        variant: { size: "wide", surface: "page" },
      });
      const [w, n] = ["wide", "narrow"].map((size) =>
        parts.overlays.find(
          (o) => o.getAttribute("class") === "map-labels" && o.getAttribute("data-size") === size,
        )!,
      );
      expect(Number(n!.getAttribute("font-size"))).toBeGreaterThan(Number(w!.getAttribute("font-size")));
      narrow += all(n!, "text").length;
      wide += all(w!, "text").length;
    }
    expect(narrow).toBeLessThan(wide);
    expect(narrow).toBeGreaterThan(MAP_STATES.length);
  });
});
