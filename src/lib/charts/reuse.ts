/**
 * One drawing, many figures: on a page that shows the same figure several times (the essay's steps), the
 * first copy carries the drawing inside `<g id>` and the others `<use>` it with their own outer `<svg>` (view
 * box, classes). Colours are custom properties, so a `<use>` copy inherits them; the essay's island swaps a
 * `<use>` back for a real copy when the figure becomes interactive (events on a `<use>` copy retarget).
 */

export interface SvgParts {
  open: string;
  inner: string;
}

export function splitSvg(svg: string): SvgParts {
  const end = svg.indexOf(">");
  if (!svg.startsWith("<svg") || end < 0 || !svg.endsWith("</svg>")) throw new Error("not a single <svg> element");
  return { open: svg.slice(0, end + 1), inner: svg.slice(end + 1, -"</svg>".length) };
}

/** A safe id for a drawing key. */
export const drawingId = (key: string): string => `draw-${key.replace(/[^a-z0-9-]+/gi, "-")}`;

/**
 * Returns the SVG to print: the full drawing the first time `key` is seen in `drawn`, a `<use>` of it after.
 * `drawn` is the page's set of keys already printed.
 */
export function drawOnce(svg: string, key: string, drawn: Set<string>): string {
  const { open, inner } = splitSvg(svg);
  const id = drawingId(key);
  if (drawn.has(key)) return `${open}<use href="#${id}" data-reuse="${id}"></use></svg>`;
  drawn.add(key);
  return `${open}<g id="${id}">${inner}</g></svg>`;
}
