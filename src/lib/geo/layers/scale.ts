/**
 * The scale bar of one overlay: a round distance about 90 screen pixels long at the bottom left of the
 * state's view, measured at the view's centre. The world frame (equal-area, continents apart) has none.
 */
import { scaleBar } from "../scale-bar.ts";
import type { Box } from "../projections.ts";
import { labelWidth, type Rect } from "../labels.ts";
import { g1 } from "../path.ts";
import { node, type Canvas } from "./canvas.ts";
import { paintLabel, paintScaleLine } from "./paint.ts";

export interface ScaleOverlay {
  element: SVGElement;
  /** The box labels keep clear of. */
  box: Rect;
}

/** `k`: drawing units per screen pixel; `size`: the label font size in drawing units. */
export function scale(
  c: Canvas,
  vb: Box,
  k: number,
  size: number,
  attrs: Record<string, string>,
): ScaleOverlay | null {
  if (c.features.frame.id === "world") return null;
  const centre = c.projection.invert!([vb.x + vb.width / 2, vb.y + vb.height / 2])!;
  const bar = scaleBar(c.projection, [centre[0], centre[1]], 90 * k);
  const x0 = vb.x + 10 * k;
  const y0 = vb.y + vb.height - 10 * k;
  const tick = 4 * k;
  const label = c.ctx.fmt.km(bar.km);
  const element = node(
    c,
    "g",
    { class: "map-scale", "aria-hidden": "true", ...attrs, "stroke-width": g1(2 * k) },
    {},
    node(
      c,
      "path",
      { d: `M${g1(x0)} ${g1(y0 - tick)}v${g1(tick)}h${g1(bar.px)}v${g1(-tick)}`, class: "scale-line" },
      paintScaleLine(c),
    ),
    node(
      c,
      "text",
      { x: g1(x0), y: g1(y0 - tick - size * 0.35), "font-size": g1(size), class: "label label-scale" },
      paintLabel("scale", size),
      label,
    ),
  );
  const box = {
    x0: x0 - 2 * k,
    y0: y0 - tick - size * 1.4,
    x1: x0 + Math.max(bar.px, labelWidth({ text: label, size })) + 4 * k,
    y1: y0 + 4 * k,
  };
  return { element, box };
}
