/**
 * What every layer draws with: the frame's projection and path generator at the drawing's resolution,
 * the features, which of them to draw, and how. A layer is a function of a canvas that returns its group.
 *
 * Two modes. The shared drawing (`paint: false`) holds every feature that some state of the frame shows,
 * styled by classes only (src/styles/maps.css), with no highlights: one drawing serves every state of the
 * frame. An export (`paint: true`) holds only what one state shows, with every paint as a presentation
 * attribute (`var(--map-…)` colours) and the state's highlights, so that it needs no stylesheet.
 */
import type { GeoProjection } from "d3-geo";
import type { Topology } from "topojson-specification";
import type { Ctx } from "../../context.ts";
import type { Corridor } from "../../data/schemas.ts";
import { el, type Attrs } from "../../svg/el.ts";
import type { FrameFeatures, MapActor } from "../features.ts";
import type { GridPathFn } from "../path.ts";
import type { LayerId } from "../states.ts";

export type Pt = [number, number];

export interface Canvas {
  doc: Document;
  ctx: Ctx;
  /** Everything the frame could draw. */
  features: FrameFeatures;
  topology: Topology;
  projection: GeoProjection;
  path: GridPathFn;
  /** The frame's drawing size in drawing units (the view box of the whole frame). */
  width: number;
  height: number;
  /** Layers and route corridors to draw: a state's (export) or every state's of the frame (shared). */
  layers: ReadonlySet<LayerId>;
  routes: ReadonlySet<Corridor>;
  borderStyle: "regime" | "force" | undefined;
  /** Highlighted ids (empty in the shared drawing: the state's root and the page's island add them). */
  hl: ReadonlySet<string>;
  /** Drawing units per screen unit: 1 in the shared drawing, the state's zoom (view width / frame width) in an export. */
  unit: number;
  /** Paint as presentation attributes (export) rather than classes alone (page). */
  paint: boolean;
  /** Organisations by the ISO3 code of the country they are based in (the actors states; export only). */
  actorsByBase: ReadonlyMap<string, MapActor[]>;
}

/** Projects a lon/lat point. */
export const project = (c: Canvas, lon: number, lat: number): Pt => c.projection([lon, lat]) as Pt;

/** Class names, without the empty ones. */
export const cls = (...names: (string | false | undefined)[]): string => names.filter(Boolean).join(" ");

/** Whether an export dims this feature: the state highlights something else. */
export const dimmed = (c: Canvas, id: string): boolean => c.paint && c.hl.size > 0 && !c.hl.has(id);

/** An element; `paint` attributes are written only in an export. */
export const node = (
  c: Canvas,
  tag: string,
  attrs: Attrs,
  paint: Attrs = {},
  ...children: (Element | string | null | false | undefined)[]
): SVGElement => el(c.doc, tag, c.paint ? { ...attrs, ...paint } : attrs, ...children);

/** A layer's group, or null when it would be empty. */
export const group = (c: Canvas, attrs: Attrs, children: Element[], paint: Attrs = {}): SVGElement | null =>
  children.length ? node(c, "g", attrs, paint, ...children) : null;
