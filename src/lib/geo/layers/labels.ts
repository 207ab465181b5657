/**
 * One label overlay: the names a state shows, placed for one variant without overlaps. Candidates carry a
 * priority (highlighted features first, then places, countries, units); the font size and the marks they
 * keep clear of are in screen pixels converted to drawing units (`k` per pixel), so a narrow figure gets
 * fewer, larger labels on the same geometry. Returns the label group and the scale bar of the overlay.
 */
import { geoContains, type GeoPermissibleObjects } from "d3-geo";
import type { Box } from "../projections.ts";
import { placeLabels, type LabelRequest, type Rect } from "../labels.ts";
import { REGION_LABELS } from "../states.ts";
import { g1 } from "../path.ts";
import { minPx, type LabelSizing } from "../variants.ts";
import { node, project, type Canvas } from "./canvas.ts";
import { countryName } from "./countries.ts";
import { unitName } from "./admin1.ts";
import { objectFeatures } from "./objects.ts";
import { paintLabel, type LabelClass } from "./paint.ts";
import { MARK_RADIUS, placePoints } from "./places.ts";
import { offframePoints } from "./offframe.ts";
import { routeEnds } from "./routes.ts";
import { scale } from "./scale.ts";

type Request = LabelRequest & { cls: LabelClass };

const up = (n: number) => Math.ceil(n * 10 - 1e-9) / 10;

/** Font size of each kind of label relative to the overlay's smallest size. */
const REL: Record<LabelClass, number> = {
  place: 1,
  edge: 1,
  country: 1.05,
  admin1: 1,
  region: 1.1,
  scale: 1,
};

/** The candidates, each `size` its kind's size relative to the overlay's (REL): the overlay sizes them after. */
function requests(c: Canvas, k: number, markScale: number, obstacles: Rect[]): Request[] {
  const out: Request[] = [];
  const hl = c.hl;
  const sized = (cls: LabelClass) => ({ size: REL[cls], cls });
  for (const {
    p,
    at: [x, y],
  } of placePoints(c)) {
    const r = MARK_RADIUS[p.kind] * c.unit * markScale;
    obstacles.push({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
    const priority = (hl.has(p.id) ? 80 : 50) + (p.kind === "destination" ? 5 : 0);
    out.push({ id: p.id, text: p.name, x, y, r: r + k, priority, kind: "point", ...sized("place") });
  }
  for (const {
    p,
    at: [x, y],
  } of offframePoints(c))
    out.push({
      id: `off-${p.id}`,
      text: p.name,
      x,
      y,
      r: 7 * k,
      priority: 75,
      kind: "point",
      ...sized("place"),
    });
  for (const e of routeEnds(c))
    out.push({
      id: `edge-${e.route.id}-${e.text}`,
      text: e.text,
      x: e.at[0],
      y: e.at[1],
      r: 6 * k,
      priority: 40,
      kind: "point",
      ...sized("edge"),
    });
  const area = (f: GeoPermissibleObjects) => c.path.area(f);
  // An area's name sits at its centroid, unless that falls outside it (India around Bangladesh): then none.
  const anchor = (f: GeoPermissibleObjects): [number, number] | null => {
    const [x, y] = c.path.centroid(f);
    const ll = Number.isFinite(x) ? c.projection.invert!([x, y]) : null;
    return ll && geoContains(f, ll) ? [x, y] : null;
  };
  for (const f of objectFeatures(c.topology, "countries")) {
    const id = String(f.id);
    if (area(f as GeoPermissibleObjects) < 900 * k * k) continue;
    const spot = anchor(f as GeoPermissibleObjects);
    if (!spot) continue;
    const [x, y] = spot;
    const name = countryName(c, id, f.properties["name"]);
    const based = c.actorsByBase.get(id)?.length ?? 0;
    const text = based ? c.ctx.t.maps.label.basedHere(name, based) : name;
    const priority = hl.has(id) ? 70 : 30;
    out.push({
      id: `country-${id}`,
      text,
      x,
      y,
      r: 0,
      priority,
      kind: "area",
      weight: 600,
      spacing: 0.04,
      ...sized("country"),
    });
  }
  if (c.layers.has("admin1"))
    for (const u of objectFeatures(c.topology, "admin1")) {
      const id = String(u.id);
      if (area(u as GeoPermissibleObjects) < 1400 * k * k) continue;
      const spot = anchor(u as GeoPermissibleObjects);
      if (!spot) continue;
      const [x, y] = spot;
      const priority = hl.has(id) ? 45 : 20;
      out.push({
        id: `admin1-${id}`,
        text: unitName(c, id),
        x,
        y,
        r: 0,
        priority,
        kind: "area",
        ...sized("admin1"),
      });
    }
  if (c.layers.has("regions"))
    for (const g of REGION_LABELS) {
      const [x, y] = project(c, g.lon, g.lat);
      const text = c.ctx.t.maps.region[g.id] ?? g.id;
      out.push({ id: g.id, text, x, y, r: 0, priority: 90, kind: "area", weight: 600, ...sized("region") });
    }
  return out;
}

export interface Overlay {
  labels: SVGElement;
  scale: SVGElement | null;
}

/**
 * The labels and scale bar of one variant of a state. `c` is the state's canvas (its layers, routes and
 * highlights), `vb` its view box, `k` drawing units per screen pixel, `attrs` what marks the groups
 * (`data-size` on a page).
 */
export function labelOverlay(
  c: Canvas,
  vb: Box,
  k: number,
  sizing: LabelSizing,
  attrs: Record<string, string>,
): Overlay {
  const obstacles: Rect[] = [];
  const candidates = requests(c, k, sizing.markScale, obstacles);
  // The overlay's smallest size follows its script (the scale bar's unit is in the locale's words too).
  const px = minPx(sizing, [c.ctx.fmt.km(1), ...candidates.map((q) => q.text)]);
  const size = up(px * k);
  const bar = scale(c, vb, k, size, attrs);
  if (bar) obstacles.push(bar.box);
  const inset = 2 * k;
  const bounds = {
    x0: vb.x + inset,
    y0: vb.y + inset,
    x1: vb.x + vb.width - inset,
    y1: vb.y + vb.height - inset,
  };
  // Rounded up to a tenth of a unit, so that no label renders below its minimum.
  const all = candidates
    .filter((q) => q.priority >= sizing.minPriority)
    .map((q) => ({ ...q, size: up(size * q.size) }));
  const kindOf = new Map(all.map((q) => [q.id, q.cls]));
  const placed = placeLabels(all, bounds, obstacles);
  const labels = node(
    c,
    "g",
    {
      class: "map-labels",
      "aria-hidden": "true",
      ...attrs,
      "font-size": g1(size),
      "stroke-width": g1(3 * k),
    },
    {},
    ...placed.map((l) => {
      const kind = kindOf.get(l.id) ?? "place";
      return node(
        c,
        "text",
        {
          x: g1(l.x),
          y: g1(l.y),
          dy: ".35em",
          "text-anchor": l.anchor === "start" ? undefined : l.anchor,
          "font-size": REL[kind] === 1 ? undefined : l.size,
          class: `label label-${kind}`,
        },
        paintLabel(kind, l.size),
        l.text,
      );
    }),
  );
  return { labels, scale: bar?.element ?? null };
}
