/** A small helper for building SVG with the document the renderer is given (linkedom at build time). */
export const SVG_NS = "http://www.w3.org/2000/svg";

export type Attrs = Record<string, string | number | undefined | null | false>;

/** Creates an SVG element with attributes (undefined, null and false are left out) and children. */
export function svgEl(
  doc: Document,
  tag: string,
  attrs: Attrs = {},
  children: (Element | string)[] = [],
): Element {
  const el = doc.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs))
    if (v !== undefined && v !== null && v !== false) el.setAttribute(k, String(v));
  for (const c of children) el.append(typeof c === "string" ? doc.createTextNode(c) : c);
  return el;
}

/** Rounds to two decimals for compact, stable path data. */
export const r2 = (n: number): number => Math.round(n * 100) / 100;
