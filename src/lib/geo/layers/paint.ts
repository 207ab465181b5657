/**
 * The paint of a map as presentation attributes, for exports that travel without a stylesheet. These are
 * the rules of src/styles/maps.css written out per feature: the same custom properties (resolved to a
 * theme's colours by whoever writes the file), the same widths and dashes. Widths are in screen pixels and
 * are multiplied by the canvas's unit, because an export has no `vector-effect` to keep strokes thin.
 */
import type { Attrs } from "../../svg/el.ts";
import type { Force, Regime } from "../../data/vocab.ts";
import type { Canvas } from "./canvas.ts";

const v = (token: string) => `var(--${token})`;
const w = (c: Canvas, px: number) => Math.round(px * c.unit * 100) / 100;

export const paintSea = (): Attrs => ({ fill: v("map-sea") });

export const paintCountry = (id: string, hl: boolean): Attrs => ({
  fill: hl ? v("map-land-hl") : id === "IND" ? v("map-land-india") : v("map-land"),
});

export const paintAdmin1 = (hl: boolean): Attrs => ({ fill: hl ? v("map-admin1-hl") : "none" });

export const paintAdmin1Line = (c: Canvas): Attrs => ({
  fill: "none",
  stroke: v("map-line-soft"),
  "stroke-width": w(c, 0.7),
});

export const paintBoundary = (c: Canvas, disputed: boolean): Attrs => ({
  fill: "none",
  stroke: disputed ? v("map-disputed") : v("map-line"),
  "stroke-width": w(c, 1),
  "stroke-linejoin": "round",
  "stroke-dasharray": disputed ? `${w(c, 4)} ${w(c, 3)}` : undefined,
});

export const paintBorder = (c: Canvas, regime: Regime, force: Force, dim: boolean): Attrs => ({
  fill: "none",
  stroke: c.borderStyle === "force" ? v(`map-force-${force}`) : v(`map-regime-${regime}`),
  "stroke-width": w(c, 3),
  "stroke-linecap": "round",
  "stroke-linejoin": "round",
  "stroke-dasharray":
    c.borderStyle !== "force" && (regime === "free_movement_suspended" || regime === "border_pass")
      ? `${w(c, 7)} ${w(c, 3)}`
      : undefined,
  opacity: dim ? 0.45 : undefined,
});

const ROUTE_DASH: Record<string, [number, number] | undefined> = {
  smuggling: [6, 3],
  displacement: [2, 3],
};

export const paintRoute = (dim: boolean): Attrs => ({ opacity: dim ? 0.55 : undefined });

export const paintRouteLine = (c: Canvas, kind: string, mode: string): Attrs => {
  const dash = mode === "air" ? ([1, 4] as [number, number]) : ROUTE_DASH[kind];
  return {
    fill: "none",
    stroke: v(`map-route-${kind}`),
    "stroke-width": w(c, 2),
    "stroke-linecap": "round",
    "stroke-dasharray": dash ? `${w(c, dash[0])} ${w(c, dash[1])}` : undefined,
  };
};

export const paintRouteHead = (kind: string): Attrs => ({ fill: v(`map-route-${kind}`) });

export const paintMark = (c: Canvas, kind: string, hl: boolean): Attrs => ({
  fill:
    kind === "land_port" || kind === "destination"
      ? v("map-place")
      : kind === "camp"
        ? v("map-route-displacement")
        : v("map-place-fill"),
  stroke: v("map-place"),
  "stroke-width": w(c, hl ? 2.4 : 1.4),
});

export const paintTwin = (c: Canvas): Attrs => ({
  stroke: v("map-place"),
  "stroke-width": w(c, 1),
  "stroke-dasharray": `${w(c, 1)} ${w(c, 2)}`,
});

export const paintOffframe = (): Attrs => ({ fill: v("map-place") });

export const paintScaleLine = (c: Canvas): Attrs => ({
  fill: "none",
  stroke: v("map-label"),
  "stroke-width": w(c, 1.2),
});

export type LabelClass = "place" | "edge" | "country" | "admin1" | "region" | "scale";

/**
 * A label's paint: dark text on a halo of the background colour, so that it reads over lines. The halo's
 * width is set on the label's group, in the overlay's units.
 */
export const paintLabel = (kind: LabelClass, size: number): Attrs => ({
  fill: kind === "country" || kind === "admin1" || kind === "edge" ? v("map-label-soft") : v("map-label"),
  stroke: v("map-halo"),
  "stroke-linejoin": "round",
  "paint-order": "stroke",
  "font-weight": kind === "country" || kind === "region" ? 600 : undefined,
  "font-style": kind === "admin1" ? "italic" : undefined,
  "letter-spacing": kind === "country" ? Math.round(size * 0.04 * 100) / 100 : undefined,
});
