/**
 * Destinations beyond the frame (the Gulf, on the overview): a pointer at the frame's edge in their
 * direction, not a route. `offframePoints` gives the labels layer where each pointer is.
 */
import { placeTip, type MapPlace } from "../features.ts";
import { g1 } from "../path.ts";
import { cls, dimmed, group, node, project, type Canvas, type Pt } from "./canvas.ts";
import { paintOffframe } from "./paint.ts";
import { exitPoint } from "./routes.ts";

export function offframePoints(c: Canvas): { p: MapPlace; at: Pt; dir: Pt }[] {
  if (!c.layers.has("offframe")) return [];
  const routeEnds = new Set(c.features.routes.flatMap((r) => [r.from.id, r.to.id]));
  const v = c.features.frame.view;
  const centre = project(c, (v[0][0] + v[1][0]) / 2, (v[0][1] + v[1][1]) / 2);
  return c.features.offFrame
    .filter((p) => !routeEnds.has(p.id))
    .map((p) => {
      const at = exitPoint(centre, project(c, p.lon, p.lat), c.width, c.height, 10);
      const l = Math.hypot(at[0] - centre[0], at[1] - centre[1]) || 1;
      return { p, at, dir: [(at[0] - centre[0]) / l, (at[1] - centre[1]) / l] as Pt };
    });
}

export function offframe(c: Canvas): SVGElement | null {
  const out = offframePoints(c).map(({ p, at, dir: [ux, uy] }) => {
    const k = 6 * c.unit;
    const f = (x: number, y: number) => `${g1(x)}${g1(y) < 0 ? "" : " "}${g1(y)}`;
    const d = `M${f(at[0] + ux * k, at[1] + uy * k)}L${f(at[0] - uy * k, at[1] + ux * k)}L${f(at[0] + uy * k, at[1] - ux * k)}Z`;
    return node(
      c,
      "path",
      {
        d,
        class: cls("offframe", c.hl.has(p.id) && "is-hl"),
        "data-id": p.id,
        "data-kind": "destination-beyond-map",
        "data-sources": p.source_ids.join(" "),
        "data-tip": c.ctx.t.maps.tip.beyond(placeTip(p, c.ctx)),
      },
      { ...paintOffframe(), opacity: dimmed(c, p.id) ? 0.55 : undefined },
    );
  });
  return group(c, { class: "map-offframe", "data-layer": "offframe" }, out);
}
