/**
 * Places, each in the layer of its kind: squares for official crossings, circles for towns and cities,
 * diamonds for areas of origin, triangles for camps. A route's end places show whenever the route does
 * (`end-<corridor>` classes).
 */
import type { Place } from "../../data/schemas.ts";
import { placeTip, type MapPlace } from "../features.ts";
import { g1 } from "../path.ts";
import { cls, group, node, project, type Canvas, type Pt } from "./canvas.ts";
import { paintMark } from "./paint.ts";

/** Half the size of each kind's mark, in screen units. */
export const MARK_RADIUS: Record<Place["kind"], number> = {
  land_port: 3.6,
  border_town: 3.4,
  transit_hub: 4,
  destination: 4.6,
  camp: 5,
  source_area: 4.6,
  sea_port: 4,
};

/** The places drawn, with their projected points. */
export function placePoints(c: Canvas): { p: MapPlace; at: Pt }[] {
  return c.features.places
    .filter((p) => c.layers.has(p.layer) || p.ends.some((e) => c.routes.has(e)))
    .map((p) => ({ p, at: project(c, p.lon, p.lat) }));
}

/**
 * A place is one element: its mark drawn at its point, carrying the place's hooks and tooltip. The stylesheet
 * scales the mark about its own centre (`transform-box: fill-box`) for a zoomed state or a narrow figure.
 */
function mark(c: Canvas, p: MapPlace, [x, y]: Pt): SVGElement {
  const s = c.unit;
  const r = g1(MARK_RADIUS[p.kind] * s);
  const hl = c.hl.has(p.id);
  const paint = paintMark(c, p.kind, hl);
  const attrs = {
    class: cls("place", "mark", `kind-${p.kind}`, ...p.ends.map((e) => `end-${e}`), hl && "is-hl"),
    "data-layer": p.layer,
    "data-id": p.id,
    "data-kind": p.kind,
    "data-tip": placeTip(p, c.ctx),
  };
  const X = g1(x);
  const Y = g1(y);
  if (p.kind === "land_port")
    return node(
      c,
      "rect",
      { x: g1(X - r), y: g1(Y - r), width: g1(2 * r), height: g1(2 * r), ...attrs },
      paint,
    );
  const top = g1(Y - r);
  const at = `M${X}${top < 0 ? "" : " "}${top}`;
  if (p.kind === "camp")
    return node(c, "path", { d: `${at}l${g1(0.92 * r)} ${g1(1.68 * r)}h-${g1(1.84 * r)}z`, ...attrs }, paint);
  if (p.kind === "source_area")
    return node(c, "path", { d: `${at}l${r} ${r}-${r} ${r}-${r}-${r}z`, ...attrs }, paint);
  return node(c, "circle", { cx: X, cy: Y, r, ...attrs }, paint);
}

export function places(c: Canvas): SVGElement | null {
  const out = placePoints(c).map(({ p, at }) => mark(c, p, at));
  return group(c, { class: "map-places" }, out);
}
