/**
 * One drawing, many figures: on a page that shows the same drawing several times (the essay's steps), the
 * first figure carries it inside `<g id>` and the others `<use>` it with their own outer `<svg>` (view box,
 * classes). A `<use>` copy inherits custom properties from its outer `<svg>` but is not reached by selectors
 * that name an ancestor outside it, so what differs between figures travels as custom properties (see
 * maps.css). Map states of one frame share one drawing: their highlights are left out of it and restored from
 * `data-highlight` when the essay's island makes a real copy (events on a `<use>` copy retarget).
 */
import { createHash } from "node:crypto";

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

function emit(open: string, inner: string, key: string, drawn: Set<string>, overlay = ""): string {
  const id = drawingId(key);
  if (drawn.has(key)) return `${open}<use href="#${id}" data-reuse="${id}"></use>${overlay}</svg>`;
  drawn.add(key);
  return `${open}<g id="${id}">${inner.split("\u0000").join(id)}</g>${overlay}</svg>`;
}

/** Groups that belong to one state rather than to its frame: labels (placed for the layers shown) and the scale. */
const OWN_GROUPS = /<g aria-hidden="true" class="map-(?:labels|scale)">[\s\S]*?<\/g>/g;

/**
 * Returns the SVG to print: the full drawing the first time `key` is seen in `drawn`, a `<use>` of it after.
 * `drawn` is the page's set of keys already printed.
 */
export function drawOnce(svg: string, key: string, drawn: Set<string>): string {
  const { open, inner } = splitSvg(svg);
  return emit(open, inner, key, drawn);
}

/**
 * The same for a map state: states of one frame whose drawings differ only in highlights and generated ids
 * share one drawing. `chartId` is the prefix of the state's generated ids (see render.ts's stableIds).
 */
export function drawMapOnce(svg: string, chartId: string, width: number, drawn: Set<string>): string {
  const { open, inner: whole } = splitSvg(svg);
  const frame = /\sdata-frame="([^"]+)"/.exec(open)?.[1] ?? chartId;
  const overlay = (whole.match(OWN_GROUPS) ?? []).join("");
  const inner = whole.replace(OWN_GROUPS, "");
  const esc = chartId.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const shared = inner
    .replace(new RegExp(`(id="|#)${esc}-(\\d+)`, "g"), (_m, lead: string, n: string) => `${lead}\u0000-${n}`)
    .replace(/(class="[^"]*?)\s*\bis-hl\b/g, "$1")
    // The actors states add the organisations based in a country to its tooltip; on a page that shares
    // drawings that detail stays in the state's table, and the outline is shared.
    .replace(/(data-tip="[^";]*: country); organisations based here[^"]*"/g, '$1"');
  const hash = createHash("sha256").update(shared).digest("hex").slice(0, 10);
  return emit(open.replace(/\s*\bhas-hl\b/, ""), shared, `${frame}-${hash}@${width}`, drawn, overlay);
}
