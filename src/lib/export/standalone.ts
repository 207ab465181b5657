/**
 * A figure as a file of its own (the SVG download, and the source of every PNG): the drawing with its title, its
 * notes and its source line around it, every colour resolved for one theme from the design tokens. Built as DOM
 * with the one element helper and written by the one serializer, so it is well-formed XML whatever the data holds.
 * The drawing must be self-contained (its paint in presentation attributes): nothing here reads CSS.
 */
import { DOMParser } from "linkedom";
import { el } from "../svg/el.ts";
import { serialize } from "../svg/serialize.ts";
import { resolvePaint, uiText, type Theme } from "../tokens.ts";
import { textWidth } from "../svg/measure.ts";
import type { LegendItem } from "../charts/types.ts";

export interface StandaloneText {
  title: string;
  subtitle?: string;
  /** The legend: a swatch (a design token) and a label for each item. */
  legend?: readonly LegendItem[];
  /** Caption lines under the drawing: method notes, the boundary note, attribution. */
  notes: readonly string[];
  /** "Source: …" in the page's words. */
  source: string;
  /** The licence and version line. */
  credit: string;
}

/** A standalone drawing as SVG text, with its size in CSS pixels. */
export interface Standalone {
  svg: string;
  width: number;
  height: number;
}

/** Measures a text set in the UI font at a size and weight, in px. */
export type Measure = (text: string, size: number, weight?: 400 | 600) => number;
/** By default, widths are measured from the fonts the PNGs render with. */
const fontWidth: Measure = (text, size, weight = 400) => textWidth(text, size, weight);

export function wrapText(text: string, width: number, size: number, measure: Measure = fontWidth): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The margin around everything, so a picture shown on its own does not touch its edges. */
export const PAD = 16;
const TITLE = 17;
const SUBTITLE = 12.5;
const NOTE = 11;
const LINE = 1.35;

/** The standalone drawing as an element of its own document. */
export function standaloneElement(
  figureSvg: string,
  text: StandaloneText,
  theme: Theme,
  measure?: Measure,
): Element {
  const doc = new DOMParser().parseFromString(figureSvg, "image/svg+xml") as unknown as Document;
  const figure = doc.documentElement;
  if (!figure || figure.localName !== "svg") throw new Error("standalone: the figure is not an <svg>");
  const w = Number(figure.getAttribute("width") ?? 640);
  const h = Number(figure.getAttribute("height") ?? 400);
  const titleLines = wrapText(text.title, w, TITLE, measure);
  const subLines = text.subtitle ? wrapText(text.subtitle, w, SUBTITLE, measure) : [];
  let y = 0;
  const head: Element[] = [];
  for (const l of titleLines)
    head.push(el(doc, "text", { x: 0, y: (y += TITLE * LINE), fill: "var(--fg)", ...uiText(TITLE, 600) }, l));
  for (const l of subLines)
    head.push(
      el(doc, "text", { x: 0, y: (y += SUBTITLE * LINE), fill: "var(--fg-soft)", ...uiText(SUBTITLE) }, l),
    );
  // The legend, in rows of swatches and labels as wide as the drawing.
  let x = 0;
  if (text.legend?.length) y += 8;
  for (const item of text.legend ?? []) {
    const wItem = 16 + (measure ?? fontWidth)(item.label, NOTE + 1) + 14;
    if (x > 0 && x + wItem > w) {
      x = 0;
      y += (NOTE + 1) * LINE + 2;
    }
    const colour = `var(${item.color})`;
    head.push(
      item.mark === "dash"
        ? el(doc, "path", {
            d: `M${x},${y + 9}h11`,
            stroke: colour,
            "stroke-width": 2,
            "stroke-dasharray": "4 3",
          })
        : el(doc, "rect", {
            x: item.mark === "ring" ? x + 0.75 : x,
            y: y + (item.mark === "ring" ? 3.75 : 3),
            width: item.mark === "ring" ? 9.5 : 11,
            height: item.mark === "ring" ? 9.5 : 11,
            rx: 2,
            ...(item.mark === "ring"
              ? { fill: "none", stroke: colour, "stroke-width": 1.5 }
              : { fill: colour }),
          }),
      el(doc, "text", { x: x + 16, y: y + 13, fill: "var(--fg)", ...uiText(NOTE + 1) }, item.label),
    );
    x += wItem;
  }
  if (text.legend?.length) y += (NOTE + 1) * LINE + 4;
  const top = Math.round(y + 12);
  figure.setAttribute("x", "0");
  figure.setAttribute("y", String(top));
  if (!figure.getAttribute("color")) figure.setAttribute("color", "var(--fg)");
  y = top + h + 8;
  const foot: Element[] = [];
  for (const n of [...text.notes, text.source, text.credit])
    for (const l of wrapText(n, w, NOTE, measure))
      foot.push(el(doc, "text", { x: 0, y: (y += NOTE * LINE), fill: "var(--fg-soft)", ...uiText(NOTE) }, l));
  const W = w + 2 * PAD;
  const H = Math.ceil(y + 4) + 2 * PAD;
  const root = el(
    doc,
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", width: W, height: H, viewBox: `0 0 ${W} ${H}`, ...uiText(12) },
    el(doc, "rect", { width: "100%", height: "100%", fill: "var(--bg)" }),
    el(doc, "g", { transform: `translate(${PAD},${PAD})` }, ...head, figure, ...foot),
  );
  resolvePaint(root, theme);
  // The namespace first, as SVG files conventionally begin (the DOM keeps the most recently set attribute first).
  root.removeAttribute("xmlns");
  root.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return root;
}

/** The standalone drawing as SVG text. */
export const standaloneSvg = (
  figureSvg: string,
  text: StandaloneText,
  theme: Theme,
  measure?: Measure,
): string => standalone(figureSvg, text, theme, measure).svg;

/** The standalone drawing as SVG text, with its size. */
export function standalone(
  figureSvg: string,
  text: StandaloneText,
  theme: Theme,
  measure?: Measure,
): Standalone {
  const root = standaloneElement(figureSvg, text, theme, measure);
  return {
    svg: `${serialize(root)}\n`,
    width: Number(root.getAttribute("width")),
    height: Number(root.getAttribute("height")),
  };
}
