/** SVG building for the maps: the charts' element helper (src/lib/charts/svg.ts), with the maps' calling style. */
import { el, type Attrs as ChartAttrs } from "../charts/svg.ts";

export type Attrs = Record<string, string | number | undefined | null | false>;

/** Creates an SVG element with attributes (undefined, null and false are left out) and children. */
export function svgEl(
  doc: Document,
  tag: string,
  attrs: Attrs = {},
  children: (Element | string)[] = [],
): Element {
  const kept: ChartAttrs = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) kept[k] = v;
  return el(doc, tag, kept, ...children);
}

/** Rounds to two decimals for compact, stable path data. */
export const r2 = (n: number): number => Math.round(n * 100) / 100;
