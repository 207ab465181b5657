/**
 * Fewer elements for the same picture. A page's element count is what a phone pays for in style and layout,
 * so a drawing is written with no element it does not need:
 *
 * - a group with one child and nothing of its own but inherited paint, `aria-hidden` or a transform is folded
 *   into that child (Plot wraps every mark in a group, even a mark of one element);
 * - a text's first line is the text itself, not a `<tspan>` inside it (a text of one line has no `<tspan>`);
 * - a number in a geometry attribute has at most three decimals (Plot writes line heights such as
 *   `1.3076923076923077em`; a thousandth of a unit is far below a pixel).
 *
 * Both keep the rendering exactly: a folded group's transform comes before the child's own, and what the group
 * gave by inheritance the child now has itself, unless it had its own already.
 */

/** Attributes that make a group more than a carrier of inherited paint: hooks, ids, and group-wide effects. */
const KEEP = /^(id|class|role|tabindex|aria-(?!hidden$).*|data-.*|clip-path|mask|filter|opacity|style)$/;

/** Attributes a first `<tspan>` may carry to be folded into its text. */
const POSITION = new Set(["x", "y", "dx", "dy"]);

const isElement = (n: Node): n is Element => n.nodeType === 1;

function foldGroup(g: Element): void {
  const nodes = Array.from(g.childNodes);
  if (nodes.length !== 1 || !isElement(nodes[0]!)) return;
  if (Array.from(g.attributes).some((a) => KEEP.test(a.name))) return;
  const child = nodes[0];
  for (const a of Array.from(g.attributes)) {
    if (a.name === "transform") {
      const own = child.getAttribute("transform");
      child.setAttribute("transform", own ? `${a.value} ${own}` : a.value);
    } else if (!child.hasAttribute(a.name)) child.setAttribute(a.name, a.value);
  }
  g.replaceWith(child);
}

function foldFirstLine(text: Element): void {
  const first = text.firstChild;
  if (!first || !isElement(first) || first.localName !== "tspan") return;
  if (Array.from(first.childNodes).some(isElement)) return;
  const attrs = Array.from(first.attributes);
  if (attrs.some((a) => !POSITION.has(a.name))) return;
  for (const a of attrs) {
    const mine = text.getAttribute(a.name);
    // The text's own position stands when the line's agrees with it (or, for an offset, adds nothing).
    const same = mine === a.value || ((a.name === "dx" || a.name === "dy") && Number(a.value) === 0);
    if (mine !== null && !same) return;
  }
  for (const a of attrs) {
    const zero = (a.name === "dx" || a.name === "dy") && Number(a.value) === 0;
    if (!text.hasAttribute(a.name) && !zero) text.setAttribute(a.name, a.value);
  }
  first.replaceWith(first.ownerDocument.createTextNode(first.textContent ?? ""));
}

/** Attributes whose value is words or names, never geometry: their digits are left alone. */
const WORDS = /^(id|class|role|href|aria-.*|data-.*)$/;
const LONG_DECIMAL = /\d*\.\d{4,}/g;

function roundNumbers(e: Element): void {
  for (const a of Array.from(e.attributes)) {
    if (WORDS.test(a.name) || !LONG_DECIMAL.test(a.value)) continue;
    LONG_DECIMAL.lastIndex = 0;
    e.setAttribute(
      a.name,
      a.value.replace(LONG_DECIMAL, (n) => String(Number(Number(n).toFixed(3)))),
    );
  }
}

/** Compacts `root` and everything under it, in place; returns it. */
export function compact<E extends Element>(root: E): E {
  // Deepest first, so that a group whose only child was a group folds too.
  const groups = Array.from(root.querySelectorAll("g")).reverse();
  for (const g of groups) foldGroup(g);
  for (const t of Array.from(root.querySelectorAll("text"))) foldFirstLine(t);
  for (const e of [root, ...Array.from(root.querySelectorAll("*"))]) roundNumbers(e);
  return root;
}
