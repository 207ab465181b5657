/**
 * The one element helper for every drawing (charts, maps, exports). Elements are made in the document passed
 * in, so the same code runs under linkedom at build time and in a browser. Attributes that are undefined, null
 * or false are left out; numbers are rounded to two decimals for compact, stable output.
 */
export const SVG_NS = "http://www.w3.org/2000/svg";

export type Attrs = Record<string, string | number | undefined | null | false>;

/** Rounds to two decimals. */
export const r2 = (n: number): number => Math.round(n * 100) / 100;

/** Creates an SVG element with attributes and children (elements or text). */
export function el(
  doc: Document,
  tag: string,
  attrs: Attrs = {},
  ...children: (Element | string | null | undefined | false)[]
): SVGElement {
  const node = doc.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    node.setAttribute(k, typeof v === "number" ? String(r2(v)) : v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === "string" ? doc.createTextNode(c) : c);
  }
  return node;
}
