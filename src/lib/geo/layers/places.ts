/**
 * Places, each in the layer of its kind: squares for official crossings, circles for towns and cities,
 * diamonds for areas of origin, triangles for camps. A place is a group moved to its point, its mark drawn
 * around the origin, so that the stylesheet can scale marks for a zoomed state or a narrow figure. A
 * route's end places show whenever the route does (`end-<corridor>` classes).
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

function mark(c: Canvas, p: MapPlace): SVGElement {
  const s = c.unit;
  const r = g1(MARK_RADIUS[p.kind] * s);
  const hl = c.hl.has(p.id);
  const paint = paintMark(c, p.kind, hl);
  if (p.kind === "land_port")
    return node(c, "rect", { x: -r, y: -r, width: g1(2 * r), height: g1(2 * r), class: "mark" }, paint);
  if (p.kind === "camp")
    return node(
      c,
      "path",
      { d: `M0-${r}l${g1(0.92 * r)} ${g1(1.68 * r)}h-${g1(1.84 * r)}z`, class: "mark" },
      paint,
    );
  if (p.kind === "source_area")
    return node(c, "path", { d: `M0-${r}l${r} ${r}-${r} ${r}-${r}-${r}z`, class: "mark" }, paint);
  return node(c, "circle", { r, class: "mark" }, paint);
}

export function places(c: Canvas): SVGElement | null {
  const out = placePoints(c).map(({ p, at }) =>
    node(
      c,
      "g",
      {
        class: cls("place", `kind-${p.kind}`, ...p.ends.map((e) => `end-${e}`), c.hl.has(p.id) && "is-hl"),
        transform: `translate(${g1(at[0])} ${g1(at[1])})`,
        "data-layer": p.layer,
        "data-id": p.id,
        "data-kind": p.kind,
        "data-corridor": p.corridors.join(" "),
        "data-sources": p.source_ids.join(" "),
        "data-tip": placeTip(p, c.ctx),
      },
      {},
      mark(c, p),
    ),
  );
  return group(c, { class: "map-places" }, out);
}
