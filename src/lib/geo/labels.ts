/**
 * Label placement without collisions: a greedy pass in priority order. Each point label tries eight
 * positions around its marker; an area label sits centred on its anchor. A label that overlaps a placed
 * label, a marker or a reserved box, or leaves the drawing, is tried elsewhere and otherwise dropped
 * (the feature keeps its tooltip and its row in the table). Text widths are measured from the font
 * (src/lib/svg/measure.ts), so the result is the same at build time and in tests.
 */
import { textWidth, type Weight } from "../svg/measure.ts";

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
  /** Radius of the marker the label belongs to (0 for an area label). */
  r: number;
  /** Higher is placed first. */
  priority: number;
  /** Font size in drawing units. */
  size: number;
  kind: "point" | "area";
  /** Font weight (400 when absent). */
  weight?: Weight;
  /** Letter spacing in em (0 when absent). */
  spacing?: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Text anchor point: x by `anchor`, y at the vertical middle of the box. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  size: number;
  box: Rect;
}

/**
 * How much wider than Inter a label may render: the page sets map text in the reader's system UI font,
 * which is measured here through Inter (the export font); this margin covers the wider system fonts.
 */
export const WIDTH_MARGIN = 1.06;

/** The width a label's box reserves: the measured advance, its letter spacing and the margin. */
export const labelWidth = (q: Pick<LabelRequest, "text" | "size" | "weight" | "spacing">): number =>
  (textWidth(q.text, q.size, q.weight ?? 400) +
    (q.spacing ?? 0) * q.size * Math.max(0, [...q.text].length - 1)) *
  WIDTH_MARGIN;

export const overlap = (a: Rect, b: Rect): boolean =>
  a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

const within = (a: Rect, b: Rect): boolean => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

/** Candidate positions for a point label: right, left, above right, below right, above left, below left, above, below. */
const POSITIONS = [
  [1, 0],
  [-1, 0],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
  [0, -1],
  [0, 1],
] as const;

export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Rect,
  obstacles: readonly Rect[] = [],
): PlacedLabel[] {
  const taken: Rect[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const order = [...requests].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const q of order) {
    const w = labelWidth(q);
    const h = q.size * 1.2;
    // The gap between a mark and its label scales with the text (2 px at an 11 px label).
    const gap = q.r + q.size * 0.18;
    const options: [number, number][] = q.kind === "area" ? [[0, 0]] : POSITIONS.map(([dx, dy]) => [dx, dy]);
    for (const [dx, dy] of options) {
      const cx = q.x + dx * (gap + (dx === 0 ? 0 : w / 2));
      const cy = q.y + dy * (gap + h / 2) * (dx === 0 ? 1 : 0.7);
      const box = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
      if (!within(box, bounds) || taken.some((t) => overlap(box, t))) continue;
      taken.push(box);
      const anchor = dx > 0 ? "start" : dx < 0 ? "end" : "middle";
      placed.push({
        id: q.id,
        text: q.text,
        x: anchor === "start" ? box.x0 : anchor === "end" ? box.x1 : cx,
        y: cy,
        anchor,
        size: q.size,
        box,
      });
      break;
    }
  }
  return placed;
}
