/**
 * Draws a map state from its layers (src/lib/geo/layers/, one file each) and returns it in parts:
 *
 * - `drawing`: the frame's shared drawing — every feature any state of the frame shows, with its
 *   `data-*` hooks and tooltip, styled by classes, without highlights — and its key (frame and content
 *   hash), the same for every state of the frame in one locale, so a page prints it once;
 * - `root`: the state's `<svg>` attributes: its view box and the classes that show, hide and highlight
 *   layers (src/styles/maps.css);
 * - `highlight`: the ids the state highlights, marked `is-hl` when the state is drawn on its own;
 * - `overlays`: what only this state has — label sets and scale bars, one per size class on a page
 *   (`data-size="narrow|wide"`, the stylesheet shows the one for the figure's width), one in an export.
 *
 * With `surface: "export"` the drawing instead holds only what the state shows, painted with presentation
 * attributes and highlighted, so the SVG needs no stylesheet.
 */
import { createHash } from "node:crypto";
import type { Topology } from "topojson-specification";
import type { Ctx } from "../context.ts";
import type { Corridor } from "../data/schemas.ts";
import type { Variant } from "../charts/types.ts";
import { el, type Attrs } from "../svg/el.ts";
import { serialize } from "../svg/serialize.ts";
import type { FrameFeatures, MapActor } from "./features.ts";
import { gridPath } from "./path.ts";
import { fitFrame, viewBoxFor, type Box } from "./projections.ts";
import { MAP_STATES, type LayerId, type MapState } from "./states.ts";
import { BASE_WIDTH, NARROW_MAX, labelSizing, unitsPerPx } from "./variants.ts";
import { cls, node, type Canvas } from "./layers/canvas.ts";
import { paintSea } from "./layers/paint.ts";
import { countries } from "./layers/countries.ts";
import { admin1 } from "./layers/admin1.ts";
import { lines } from "./layers/lines.ts";
import { borders } from "./layers/borders.ts";
import { twins } from "./layers/twins.ts";
import { routes } from "./layers/routes.ts";
import { places } from "./layers/places.ts";
import { offframe } from "./layers/offframe.ts";
import { labelOverlay } from "./layers/labels.ts";

export { NARROW_MAX };

export interface DrawInput {
  state: MapState;
  features: FrameFeatures;
  topology: Topology;
  actors: MapActor[];
  /** The width the figure is drawn for (its `width` attribute); the geometry is the frame's whatever it is. */
  width: number;
  document: Document;
  ctx: Ctx;
  variant: Variant;
}

export interface MapParts {
  root: Attrs;
  drawing: { key: string; element: Element };
  highlight: readonly string[];
  overlays: Element[];
}

/** The layers, bottom to top. */
const LAYERS = [countries, admin1, lines, borders, twins, routes, places, offframe];

/** Zoom classes: a state that shows part of its frame scales its marks back to their size on screen. */
const ZOOMS = [1.5, 2, 3];
const zoomClass = (zoom: number): string | undefined => {
  if (zoom < 1.25) return undefined;
  const z = ZOOMS.reduce((a, b) => (Math.abs(b - zoom) < Math.abs(a - zoom) ? b : a));
  return `zoom-${String(z).replace(".", "")}`;
};

const hash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 10);

function statesOf(state: MapState): MapState[] {
  const same = MAP_STATES.filter((s) => s.frame === state.frame);
  return same.some((s) => s.id === state.id) ? same : [...same, state];
}

export function drawMap(input: DrawInput): MapParts {
  const { state, features, topology, document: doc, ctx, width, variant } = input;
  const fitted = fitFrame(features.frame, BASE_WIDTH);
  const vb: Box = viewBoxFor(fitted, state.view);
  const exporting = variant.surface === "export";
  const actorsByBase = new Map<string, MapActor[]>();
  for (const a of input.actors)
    if (a.base) actorsByBase.set(a.base, [...(actorsByBase.get(a.base) ?? []), a]);
  const base = {
    doc,
    ctx,
    features,
    topology,
    projection: fitted.projection,
    path: gridPath(fitted.projection, 1),
    width: fitted.width,
    height: fitted.height,
    borderStyle: state.borderStyle,
  };
  // The state's own canvas: what it shows, highlighted; in an export, at its own scale and painted.
  const own: Canvas = {
    ...base,
    layers: new Set(state.layers),
    routes: new Set(state.routes),
    hl: new Set(state.highlight),
    unit: exporting ? vb.width / width : 1,
    paint: exporting,
    actorsByBase,
  };
  // The frame's shared canvas: what any of its states shows, unhighlighted, styled by classes.
  const frameStates = statesOf(state);
  const shared: Canvas = {
    ...base,
    layers: new Set<LayerId>(frameStates.flatMap((s) => s.layers)),
    routes: new Set<Corridor>(frameStates.flatMap((s) => s.routes)),
    hl: new Set(),
    unit: 1,
    paint: false,
    actorsByBase: new Map(),
  };
  const canvas = exporting ? own : shared;
  const body = LAYERS.map((layer) => layer(canvas)).filter((g): g is SVGElement => g !== null);
  const sea = node(
    canvas,
    "rect",
    { width: fitted.width, height: fitted.height, class: "map-sea" },
    paintSea(),
  );
  const group = el(doc, "g", { class: "map-drawing" }, sea, ...body);
  const key = `${features.frame.id}-${hash(serialize(group))}`;
  if (!exporting) group.setAttribute("data-drawing", key);

  const overlays: Element[] = [];
  const sizes = exporting ? [variant.size] : (["wide", "narrow"] as const);
  for (const size of sizes) {
    const sizing = labelSizing(variant.surface, size);
    const k = unitsPerPx(sizing, vb.width, width);
    const attrs: Record<string, string> = exporting ? {} : { "data-size": size };
    const o = labelOverlay(own, vb, k, sizing, attrs);
    overlays.push(o.labels, ...(o.scale ? [o.scale] : []));
  }

  const hl = state.highlight;
  const root: Attrs = {
    xmlns: "http://www.w3.org/2000/svg",
    viewBox: `${vb.x} ${vb.y} ${vb.width} ${vb.height}`,
    width,
    height: Math.round(width * (vb.height / vb.width)),
    class: cls(
      "map",
      `frame-${features.frame.id}`,
      ...state.layers.map((l) => `show-${l}`),
      ...state.routes.map((c) => `show-routes-${c}`),
      state.borderStyle && `border-by-${state.borderStyle}`,
      hl.length > 0 && "has-hl",
      zoomClass(BASE_WIDTH / vb.width),
    ),
    "data-frame": features.frame.id,
    "data-state": state.id,
    "data-highlight": hl.join(" "),
    "font-family": exporting ? "Inter, system-ui, sans-serif" : undefined,
  };
  return { root, drawing: { key, element: group }, highlight: hl, overlays };
}

/** Marks the highlighted features of a drawing `is-hl` (a drawing shown on its own, not shared). */
export function markHighlights(drawing: Element, ids: readonly string[]): void {
  if (!ids.length) return;
  const want = new Set(ids);
  for (const e of Array.from(drawing.querySelectorAll("[data-id]")))
    if (want.has(e.getAttribute("data-id") ?? "")) e.classList.add("is-hl");
}

/** The state as one `<svg>`: its root, its drawing (highlighted) and its overlays. */
export function assembleMap(parts: MapParts, doc: Document): Element {
  const drawing = parts.drawing.element;
  markHighlights(drawing, parts.highlight);
  return el(doc, "svg", parts.root, drawing, ...parts.overlays);
}
