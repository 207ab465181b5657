/**
 * Writes a drawing as well-formed XML, whatever text the data holds. linkedom's `outerHTML` leaves `<` and
 * `&` raw inside attribute values, which is tolerated in HTML but not in an SVG file or by resvg; every SVG
 * the site writes goes through here instead, so escaping happens in one place.
 */

/** Escapes text for an XML attribute value in double quotes. */
export const escapeAttr = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Escapes XML character data. */
export const escapeText = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** The node and its descendants as XML text: elements, attributes and text (comments are dropped). */
export function serialize(node: Node): string {
  if (node.nodeType === TEXT || node.nodeType === CDATA) return escapeText(node.nodeValue ?? "");
  if (node.nodeType !== ELEMENT) return "";
  const e = node as Element;
  const tag = e.localName;
  let out = `<${tag}`;
  for (const a of Array.from(e.attributes)) out += ` ${a.name}="${escapeAttr(a.value)}"`;
  const inner = Array.from(e.childNodes, serialize).join("");
  return inner ? `${out}>${inner}</${tag}>` : `${out} />`;
}
