/** SVG building for the maps: the shared element helper (src/lib/svg/el.ts), with the maps' calling style. */
import { el, type Attrs } from "../svg/el.ts";

export type { Attrs };
export { r2 } from "../svg/el.ts";

/** Creates an SVG element with attributes (undefined, null and false are left out) and children. */
export const svgEl = (
  doc: Document,
  tag: string,
  attrs: Attrs = {},
  children: (Element | string)[] = [],
): Element => el(doc, tag, attrs, ...children);
