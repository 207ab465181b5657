/**
 * Helpers for charts drawn by hand (matrices, flows, diagrams) and for laying out text in any chart. Elements
 * are made in the document passed to `render`, so the same code runs under linkedom at build time. Every paint
 * is a presentation attribute on the element (colours as `var(--token)`), so a drawing looks right outside the
 * page too; the stylesheet adds only interaction states. Text widths come from the font (../svg/measure.ts).
 */
import { el, SVG_NS as NS, r2 as round, type Attrs } from "../svg/el.ts";
import { textWidth as measured } from "../svg/measure.ts";
import type { Variant } from "./types.ts";

export { el };
export type { Attrs };

/** The UI font the drawings are measured with, then the page's fallbacks. */
export const FONT_FAMILY = "Inter, system-ui, sans-serif";

/**
 * Room to leave for a font wider than the one measured: the page draws text in the reader's system UI font,
 * and the widest common one, DejaVu Sans (Linux's default), runs 6–13 % wider than Inter.
 */
export const SLACK = 1.1;

/** The width to lay text out for: its measured width in Inter, with room for a wider system font. */
export const textWidth = (text: string, size: number, weight = 400): number =>
  measured(text, size, weight) * SLACK;

/**
 * Text on a category colour: near-black in both themes, because every `--cat-*` is light enough for it in
 * both. A literal colour, not a token, since it must not turn light in dark mode.
 */
export const ON_CAT = "#111114";

/** Text sizes for a variant, in drawn pixels. */
export interface Typo {
  /** Ticks, notes in the drawing, codes. */
  small: number;
  /** Labels and body text. */
  base: number;
  /** Row and panel heads. */
  head: number;
  /** Line height for a size. */
  lh(size: number): number;
}

/**
 * Phones (narrow, drawn at 360 px and shown at about that width) get larger text relative to the width, and
 * never under 11 px. Slides are assumed to show the drawing at about its drawn width (760 px drawn, 700–900 px
 * shown on a 1280×720 screen), so their text is drawn at 16 px and more to stay at 14 px or above on screen.
 */
export function typeOf(variant: Variant): Typo {
  const [small, base, head] =
    variant.surface === "slide" ? [16, 17, 19] : variant.size === "narrow" ? [12, 13, 14] : [11, 12, 13];
  return { small, base, head, lh: (size) => Math.round(size * 1.3) };
}

/** The root `<svg>` of a hand-drawn chart, with the same class as Plot's so the page treats both alike. */
export function svgRoot(doc: Document, width: number, height: number, className: string): SVGSVGElement {
  return el(doc, "svg", {
    xmlns: NS,
    class: `plot hand ${className}`,
    width,
    height,
    viewBox: `0 0 ${round(width)} ${round(height)}`,
    "font-family": FONT_FAMILY,
    fill: "var(--fg)",
  }) as SVGSVGElement;
}

/** Sets the drawing's final height once its content is laid out. */
export function setHeight(svg: Element, height: number): void {
  const h = Math.ceil(height);
  const w = svg.getAttribute("width") ?? "0";
  svg.setAttribute("height", String(h));
  svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
}

/** Marks an element as a tooltip target, as `withTips` does for Plot marks. */
export function tip<E extends Element>(node: E, text: string, key?: string): E {
  node.setAttribute("data-tip", text);
  if (key) node.setAttribute("data-key", key);
  node.setAttribute("class", `${node.getAttribute("class") ?? ""} tip-target`.trim());
  return node;
}

/**
 * Breaks text into lines no wider than `max` pixels at `size` and `weight`, measured with the font. Words are
 * kept whole; a word wider than a line gets a line of its own.
 */
export function wrap(text: string, max: number, size: number, weight = 400): string[] {
  const space = textWidth(" ", size, weight);
  const lines: string[] = [];
  let line = "";
  let w = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const ww = textWidth(word, size, weight);
    if (line && w + space + ww <= max) {
      line += ` ${word}`;
      w += space + ww;
    } else {
      if (line) lines.push(line);
      line = word;
      w = ww;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The text cut at a word or letter, with an ellipsis, to fit in `max` pixels. */
export function fit(text: string, max: number, size: number, weight = 400): string {
  if (textWidth(text, size, weight) <= max) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join("").trimEnd()}…`, size, weight) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join("").trimEnd()}…`;
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

/** A panel's or row's heading: bold, at the head size, its baseline at y. */
export const heading = (doc: Document, x: number, y: number, text: string, typo: Typo): SVGElement =>
  el(doc, "text", { x, y, "font-size": typo.head, "font-weight": 700, class: "panel-title" }, text);

/**
 * Stacks drawings (Plot's or hand-made) one under another in one root, each nested `<svg>` placed at its
 * offset: a chart of several panels with their own scales. Returns the root.
 */
export function stack(
  doc: Document,
  width: number,
  className: string,
  parts: { node: Element; height: number; gap?: number }[],
): SVGSVGElement {
  const root = svgRoot(doc, width, 0, className);
  let y = 0;
  for (const p of parts) {
    y += p.gap ?? 0;
    if (p.node.tagName.toLowerCase() === "svg") {
      p.node.setAttribute("x", "0");
      p.node.setAttribute("y", String(round(y)));
      p.node.removeAttribute("xmlns");
      root.append(p.node);
    } else {
      const g = el(doc, "g", { transform: `translate(0,${round(y)})` });
      g.append(p.node);
      root.append(g);
    }
    y += p.height;
  }
  setHeight(root, y);
  return root;
}
