/**
 * One drawing, many figures: on a page that shows the same drawing several times (the essay's steps, the
 * deck's slides), the first figure carries it inside `<g id>` and the others `<use>` it with their own outer
 * `<svg>` (view box, classes, overlays). A `<use>` copy inherits custom properties from its outer `<svg>` but
 * is not reached by selectors that name an ancestor outside it, so what differs between figures travels as
 * custom properties (see maps.css). Events on a `<use>` copy retarget to the `<use>`, so the essay's island
 * replaces the copy near the screen with a real one and restores the state's highlights from
 * `data-highlight` (the shared drawing has none).
 */
import { DOMParser } from "linkedom";
import { serialize } from "../svg/serialize.ts";

export interface SvgParts {
  open: string;
  inner: string;
}

export function splitSvg(svg: string): SvgParts {
  const end = svg.indexOf(">");
  if (!svg.startsWith("<svg") || end < 0 || !svg.endsWith("</svg>"))
    throw new Error("not a single <svg> element");
  return { open: svg.slice(0, end + 1), inner: svg.slice(end + 1, -"</svg>".length) };
}

/** A safe id for a drawing key. */
export const drawingId = (key: string): string => `draw-${key.replace(/[^a-z0-9-]+/gi, "-")}`;

function emit(open: string, inner: string, key: string, drawn: Set<string>): string {
  const id = drawingId(key);
  if (drawn.has(key)) return `${open}<use href="#${id}" data-reuse="${id}"></use></svg>`;
  drawn.add(key);
  return `${open}<g id="${id}">${inner}</g></svg>`;
}

/**
 * Returns the SVG to print: the full drawing the first time `key` is seen in `drawn`, a `<use>` of it after.
 * `drawn` is the page's set of keys already printed.
 */
export function drawOnce(svg: string, key: string, drawn: Set<string>): string {
  const { open, inner } = splitSvg(svg);
  return emit(open, inner, key, drawn);
}

/**
 * The same for a map state, whose SVG (src/lib/geo/draw-map.ts) holds its frame's shared drawing as
 * `<g class="map-drawing" data-drawing="<key>">` followed by the state's own overlays. The first state of a
 * frame on the page prints the drawing, unhighlighted, under the id `draw-<key>`; later ones `<use>` it.
 * Either way the overlays (labels, scale bars) stay the state's own, and `has-hl` leaves the root: the page
 * restores highlights where it makes a real copy. The map's geometry does not depend on the figure's width,
 * so the width is not part of the key.
 */
export function drawMapOnce(svg: string, chartId: string, _width: number, drawn: Set<string>): string {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml") as unknown as Document;
  const root = doc.documentElement;
  const drawing = root?.querySelector("g.map-drawing[data-drawing]");
  if (!root || root.localName !== "svg" || !drawing)
    throw new Error(`map ${chartId}: the SVG has no shared drawing (g.map-drawing[data-drawing])`);
  const key = drawing.getAttribute("data-drawing")!;
  const id = drawingId(key);
  root.classList.remove("has-hl");
  if (drawn.has(key)) {
    const use = doc.createElementNS("http://www.w3.org/2000/svg", "use");
    use.setAttribute("href", `#${id}`);
    use.setAttribute("data-reuse", id);
    drawing.replaceWith(use);
  } else {
    drawn.add(key);
    drawing.setAttribute("id", id);
    for (const e of Array.from(drawing.querySelectorAll(".is-hl"))) e.classList.remove("is-hl");
  }
  return serialize(root);
}
