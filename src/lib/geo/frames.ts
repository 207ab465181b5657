/**
 * The map frames: one drawing per corridor (plus an overview and a small world view). A frame fixes the
 * geographic extent, the projection and which geometry the pipeline keeps for it; map states
 * (states.ts) are views of one frame. The pipeline (scripts/geodata.ts) and the renderer read this list.
 */
import {
  geoConicEqualArea,
  geoEqualEarth,
  geoMercator,
  geoTransverseMercator,
  type GeoProjection,
} from "d3-geo";
import type { Corridor } from "../data/schemas.ts";

export const FRAME_IDS = ["overview", "bd", "np", "mm", "sea", "world"] as const;
export type FrameId = (typeof FRAME_IDS)[number];

/** [[west, south], [east, north]] in degrees. */
export type Extent = [[number, number], [number, number]];

export interface Frame {
  id: FrameId;
  /** A short name for the frame, used in descriptions. */
  name: string;
  /** What the figure must show: the projection is fitted to this box. */
  view: Extent;
  /** What the pipeline keeps: the view plus a margin (a conic box is wider at its corners). */
  clip: Extent | null;
  /** A projection suited to the frame, before fitting. */
  projection: () => GeoProjection;
  /** ISO3 codes of the countries whose first-level units are drawn (and named) in this frame. */
  admin1Countries: readonly string[];
  /** Routes of these corridors are drawn when an end lies in the frame. */
  corridors: readonly Corridor[];
  /**
   * The simplification's threshold: the smallest triangle a point may make with its neighbours, in square
   * pixels of the frame drawn at its base width (scripts/geodata.ts).
   */
  minArea: number;
}

const pad = ([[w, s], [e, n]]: Extent, k: number): Extent => {
  const dx = (e - w) * k;
  const dy = (n - s) * k;
  return [
    [w - dx, s - dy],
    [e + dx, n + dy],
  ];
};

/**
 * What a pixel shows: a point that bends the outline by less than this area (px²) is dropped. At 8 px² a bend
 * of under about 1.5 px over 10 px goes; the drawing is shown at 640 px or narrower, so no reader sees it.
 */
const MIN_AREA = 8;

const frame = (f: Omit<Frame, "clip"> & { margin?: number; noClip?: boolean }): Frame => ({
  id: f.id,
  name: f.name,
  view: f.view,
  clip: f.noClip ? null : pad(f.view, f.margin ?? 0.12),
  projection: f.projection,
  admin1Countries: f.admin1Countries,
  corridors: f.corridors,
  minArea: f.minArea,
});

export const FRAMES: Record<FrameId, Frame> = {
  overview: frame({
    id: "overview",
    name: "India and its neighbours",
    view: [
      [60, 5],
      [101, 37.5],
    ],
    // Albers-style equal-area conic with standard parallels across India: areas compare fairly.
    projection: () => geoConicEqualArea().parallels([12, 28]).rotate([-80, 0]),
    admin1Countries: [],
    corridors: ["bd", "np", "mm", "sea", "in"],
    // Shown in few steps as the page's opening orientation; the sea frame draws the islands in detail.
    minArea: 12,
  }),
  bd: frame({
    id: "bd",
    name: "the India–Bangladesh border",
    view: [
      [85.9, 19.9],
      [93.6, 27.3],
    ],
    // Transverse Mercator centred on the corridor: conformal, so border shapes and angles read true.
    projection: () => geoTransverseMercator().rotate([-89.8, -23.8]),
    admin1Countries: ["IND", "BGD", "MMR"],
    corridors: ["bd", "in", "sea"],
    minArea: MIN_AREA,
  }),
  np: frame({
    id: "np",
    name: "the India–Nepal border",
    view: [
      [77, 23.7],
      [89.4, 31],
    ],
    projection: () => geoTransverseMercator().rotate([-83.2, -27.3]),
    admin1Countries: ["IND", "NPL"],
    corridors: ["np"],
    minArea: MIN_AREA,
  }),
  mm: frame({
    id: "mm",
    name: "the India–Myanmar border",
    view: [
      [90.8, 20.6],
      [98.9, 29.5],
    ],
    projection: () => geoTransverseMercator().rotate([-94.85, -25]),
    admin1Countries: ["IND", "MMR"],
    corridors: ["mm"],
    minArea: MIN_AREA,
  }),
  sea: frame({
    id: "sea",
    name: "the Bay of Bengal and the Andaman Sea",
    view: [
      [84.5, 1.5],
      [103.5, 24.2],
    ],
    // Near the equator Mercator is nearly true to scale and keeps the coasts' shapes.
    projection: () => geoMercator(),
    admin1Countries: ["MMR", "BGD"],
    corridors: ["sea"],
    minArea: MIN_AREA,
  }),
  world: frame({
    id: "world",
    name: "the world",
    view: [
      [-125, -8],
      [125, 62],
    ],
    noClip: true,
    // Equal Earth: an equal-area world map, so regions compare by size.
    projection: () => geoEqualEarth().rotate([-5, 0]),
    admin1Countries: [],
    corridors: ["world"],
    // Shown in few steps, a whole world at 640 units: small islands and bends are below what a reader sees.
    minArea: 20,
  }),
};

export const isFrameId = (s: string): s is FrameId => (FRAME_IDS as readonly string[]).includes(s);

/** Whether a point lies inside a frame's view extent. */
export function inView(frame: Frame, lon: number, lat: number): boolean {
  const [[w, s], [e, n]] = frame.view;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}
