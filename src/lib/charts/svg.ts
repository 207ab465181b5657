/**
 * Small helpers for charts drawn by hand (matrices, flows, tile maps) where Plot does not fit. Elements are
 * made in the document passed to `render`, so the same code runs under linkedom at build time. No inline
 * styles: colours go in presentation attributes as CSS custom properties, everything else in charts.css.
 */
import { el, SVG_NS as NS, r2 as round, type Attrs } from "../svg/el.ts";

export { el };
export type { Attrs };

/** The root `<svg>` of a hand-drawn chart, with the same class as Plot's so the stylesheet treats both alike. */
export function svgRoot(doc: Document, width: number, height: number, className: string): SVGSVGElement {
  return el(doc, "svg", {
    xmlns: NS,
    class: `plot hand ${className}`,
    width,
    height,
    viewBox: `0 0 ${round(width)} ${round(height)}`,
    "font-size": 12,
    "font-family": "system-ui, sans-serif",
    fill: "currentColor",
  }) as SVGSVGElement;
}

/** Marks an element as a tooltip target, as `withTips` does for Plot marks. */
export function tip<E extends Element>(node: E, text: string, key?: string): E {
  node.setAttribute("data-tip", text);
  if (key) node.setAttribute("data-key", key);
  node.setAttribute("class", `${node.getAttribute("class") ?? ""} tip-target`.trim());
  return node;
}

/**
 * Breaks text into lines of at most `max` characters (words are kept whole; a longer word gets a line
 * of its own). An approximation of measured width: build-time rendering has no font metrics.
 */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A `<text>` of several lines (tspans), the first baseline at y. */
export function multiline(
  doc: Document,
  lines: string[],
  x: number,
  y: number,
  lineHeight: number,
  attrs: Attrs = {},
): SVGElement {
  const t = el(doc, "text", { x, y, ...attrs });
  lines.forEach((l, i) => t.append(el(doc, "tspan", { x, dy: i === 0 ? 0 : lineHeight }, l)));
  return t;
}

/** Roughly how many characters of a 12px UI font fit in `px` pixels. */
export const charsIn = (px: number, fontSize = 12): number => Math.max(4, Math.floor(px / (fontSize * 0.53)));

/** A panel's title in a multi-panel chart, its baseline 14 px below `y`. */
export const panelTitle = (doc: Document, x: number, y: number, text: string): SVGElement =>
  el(doc, "text", { x, y: y + 14, class: "panel-title" }, text);
