/**
 * Documented route segments: a curve bowing to the left of travel, one width, coloured and dashed by kind,
 * with an arrowhead. A segment with an end outside the frame runs to the frame's edge, where a label
 * names the far end ("to Delhi"); `routeEnds` gives those label anchors to the labels layer.
 */
import type { MapRoute } from "../features.ts";
import { routeTip } from "../features.ts";
import { g1 } from "../path.ts";
import { cls, dimmed, group, node, project, type Canvas, type Pt } from "./canvas.ts";
import { paintRoute, paintRouteHead, paintRouteLine } from "./paint.ts";

/** Where a segment from inside point a toward b leaves the rectangle (inset by `pad`). */
export function exitPoint(a: Pt, b: Pt, w: number, h: number, pad: number): Pt {
  let t = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  if (dx < 0) t = Math.min(t, (pad - a[0]) / dx);
  if (dx > 0) t = Math.min(t, (w - pad - a[0]) / dx);
  if (dy < 0) t = Math.min(t, (pad - a[1]) / dy);
  if (dy > 0) t = Math.min(t, (h - pad - a[1]) / dy);
  return [a[0] + dx * Math.max(0, t), a[1] + dy * Math.max(0, t)];
}

const n = (v: number) => String(g1(v));
const pair = (x: number, y: number) => `${n(x)}${g1(y) < 0 ? "" : " "}${n(y)}`;

/** A curved route: quadratic Bézier bowing to the left of travel, trimmed at both ends, with its arrowhead. */
export function routeGeometry(a: Pt, b: Pt, bow: number, trimStart: number, trimEnd: number, head: number) {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  const nx = -(b[1] - a[1]) / len;
  const ny = (b[0] - a[0]) / len;
  const c: Pt = [(a[0] + b[0]) / 2 + nx * len * bow, (a[1] + b[1]) / 2 + ny * len * bow];
  const along = (p: Pt, q: Pt, d: number): Pt => {
    const l = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
    return [p[0] + ((q[0] - p[0]) / l) * d, p[1] + ((q[1] - p[1]) / l) * d];
  };
  const r = (p: Pt): Pt => [g1(p[0]), g1(p[1])];
  const s = r(along(a, c, Math.min(trimStart, len / 3)));
  const e = r(along(b, c, Math.min(trimEnd, len / 3)));
  // The shaft stops at the arrowhead's base so that the tip stays sharp.
  const base = r(along(e, c, head));
  const cc = r(c);
  const ux = (e[0] - cc[0]) / (Math.hypot(e[0] - cc[0], e[1] - cc[1]) || 1);
  const uy = (e[1] - cc[1]) / (Math.hypot(e[0] - cc[0], e[1] - cc[1]) || 1);
  const wing = head * 0.55;
  const w1 = r([base[0] - uy * wing, base[1] + ux * wing]);
  const w2 = r([base[0] + uy * wing, base[1] - ux * wing]);
  const shaft = `M${pair(s[0], s[1])}q${pair(cc[0] - s[0], cc[1] - s[1])} ${pair(base[0] - s[0], base[1] - s[1])}`;
  const arrow = `M${pair(e[0], e[1])}l${pair(w1[0] - e[0], w1[1] - e[1])} ${pair(w2[0] - w1[0], w2[1] - w1[1])}z`;
  return { shaft, arrow, start: s, end: e };
}

export interface RouteEnd {
  route: MapRoute;
  at: Pt;
  text: string;
}

/** Where each drawn route meets the frame's edge, with the words for its far end. */
export function routeEnds(c: Canvas): RouteEnd[] {
  return drawn(c).flatMap(({ r, geo }) => [
    ...(r.toIn ? [] : [{ route: r, at: geo.end, text: c.ctx.t.maps.label.to(r.to.name) }]),
    ...(r.fromIn ? [] : [{ route: r, at: geo.start, text: c.ctx.t.maps.label.from(r.from.name) }]),
  ]);
}

function drawn(c: Canvas) {
  // Trims and arrowheads are in screen units: the same on screen whatever the state's zoom.
  const placeR = 5 * c.unit;
  return c.features.routes
    .filter((r) => c.routes.has(r.corridor))
    .map((r) => {
      const a = project(c, r.from.lon, r.from.lat);
      const b = project(c, r.to.lon, r.to.lat);
      const start = r.fromIn ? a : exitPoint(b, a, c.width, c.height, 8);
      const end = r.toIn ? b : exitPoint(a, b, c.width, c.height, 8);
      const bow = r.fromIn && r.toIn ? 0.18 : 0.06;
      const geo = routeGeometry(start, end, bow, r.fromIn ? placeR : 0, r.toIn ? placeR : 0, 7 * c.unit);
      return { r, geo };
    });
}

export function routes(c: Canvas): SVGElement | null {
  const out = drawn(c).map(({ r, geo }) =>
    node(
      c,
      "g",
      {
        class: cls("route", `c-${r.corridor}`, `kind-${r.kind}`, `mode-${r.mode}`, c.hl.has(r.id) && "is-hl"),
        "data-id": r.id,
        "data-kind": "route",
        "data-corridor": r.corridor,
        "data-sources": r.source_ids.join(" "),
        "data-tip": routeTip(r, c.ctx),
      },
      paintRoute(dimmed(c, r.id)),
      node(c, "path", { d: geo.shaft, class: "route-line" }, paintRouteLine(c, r.kind, r.mode)),
      node(c, "path", { d: geo.arrow, class: "route-head" }, paintRouteHead(r.kind)),
    ),
  );
  return group(c, { class: "map-routes" }, out);
}
