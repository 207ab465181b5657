/**
 * Fits a frame's projection to a width: the frame's view extent (a lon/lat box, its edges densified so
 * that a conic box keeps its curved sides) fills the width, and the height follows from the shape.
 */
import { geoPath, type GeoProjection } from "d3-geo";
import type { Polygon } from "geojson";
import type { Extent, Frame } from "./frames.ts";

export interface Fitted {
  projection: GeoProjection;
  width: number;
  height: number;
}

/** A lon/lat box as a GeoJSON polygon, edges densified every degree (clockwise, as d3 expects). */
export function extentPolygon([[w, s], [e, n]]: Extent, step = 1): Polygon {
  const ring: [number, number][] = [];
  const steps = (a: number, b: number) => Math.max(1, Math.ceil(Math.abs(b - a) / step));
  const edge = (x0: number, y0: number, x1: number, y1: number) => {
    const k = steps(x0 === x1 ? y0 : x0, x0 === x1 ? y1 : x1);
    for (let i = 0; i < k; i++) ring.push([x0 + ((x1 - x0) * i) / k, y0 + ((y1 - y0) * i) / k]);
  };
  // Clockwise on the map: west edge northward, north edge eastward, east edge southward, south edge westward.
  edge(w, s, w, n);
  edge(w, n, e, n);
  edge(e, n, e, s);
  edge(e, s, w, s);
  ring.push([w, s]);
  return { type: "Polygon", coordinates: [ring] };
}

/** The frame's projection fitted so that its view fills `width`; height rounded up to a whole pixel. */
export function fitFrame(frame: Frame, width: number): Fitted {
  const projection = frame.projection();
  const outline = extentPolygon(frame.view);
  projection.fitWidth(width, outline);
  const [, [, y1]] = geoPath(projection).bounds(outline);
  const height = Math.ceil(y1);
  // Drop geometry well outside the drawing: smaller paths, no huge coordinates.
  projection.clipExtent([
    [-20, -20],
    [width + 20, height + 20],
  ]);
  return { projection, width, height };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The view box that shows a sub-extent of a frame: the extent's projected bounds, grown to the frame's
 * aspect ratio and kept inside the drawing.
 */
export function viewBoxFor(fitted: Fitted, view: Extent | undefined): Box {
  const full = { x: 0, y: 0, width: fitted.width, height: fitted.height };
  if (!view) return full;
  const [[x0, y0], [x1, y1]] = geoPath(fitted.projection).bounds(extentPolygon(view));
  const aspect = fitted.height / fitted.width;
  let w = x1 - x0;
  let h = y1 - y0;
  if (h / w > aspect) w = h / aspect;
  else h = w * aspect;
  w = Math.min(w, fitted.width);
  h = Math.min(h, fitted.height);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const x = Math.min(Math.max(0, cx - w / 2), fitted.width - w);
  const y = Math.min(Math.max(0, cy - h / 2), fitted.height - h);
  const r = (n: number) => Math.round(n * 10) / 10;
  return { x: r(x), y: r(y), width: r(w), height: r(h) };
}
