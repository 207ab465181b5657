/**
 * Devanagari for the PNG renderer: resvg (2.6) places some Devanagari vowel signs wrongly, so before a picture is
 * rendered every text that holds Devanagari is replaced by its outline, shaped by fontkit (which forms the
 * conjuncts and places the signs as a browser does) in Noto Sans Devanagari. Latin-only text is left to resvg.
 * Handles what the project's drawings use: x, y, dx, dy (px or em), text-anchor, font-size, font-weight and fill,
 * inherited or set on the text, and one level of tspans each with its own x and dy.
 */
import { fontFor } from "../svg/measure.ts";

const DEVANAGARI = /\p{Script=Devanagari}/u;
const SVG_NS = "http://www.w3.org/2000/svg";

interface Style {
  size: number;
  weight: number;
  anchor: string;
}

const num = (v: string | null, size: number): number => {
  if (!v) return 0;
  const m = /^(-?[\d.]+)(em|px)?$/.exec(v.trim());
  if (!m) return 0;
  return m[2] === "em" ? Number(m[1]) * size : Number(m[1]);
};

function styleOf(el: Element, parent: Style): Style {
  const size = el.getAttribute("font-size");
  const weight = el.getAttribute("font-weight");
  const anchor = el.getAttribute("text-anchor");
  return {
    size: size ? num(size, parent.size) || parent.size : parent.size,
    weight: weight ? (weight === "bold" ? 700 : Number(weight) || parent.weight) : parent.weight,
    anchor: anchor ?? parent.anchor,
  };
}

/** The outline of one line of text, its start at (x, baseline y), as path data. */
function outlineLine(text: string, x: number, y: number, s: Style): string {
  const font = fontFor("devanagari", s.weight);
  const run = font.layout(text);
  const k = s.size / font.unitsPerEm;
  const width = run.positions.reduce((w, p) => w + p.xAdvance, 0) * k;
  const start = s.anchor === "middle" ? x - width / 2 : s.anchor === "end" ? x - width : x;
  let pen = 0;
  let d = "";
  run.glyphs.forEach((g, i) => {
    const p = run.positions[i]!;
    d += g.path
      .scale(k, -k)
      .translate(start + (pen + p.xOffset) * k, y - p.yOffset * k)
      .toSVG();
    pen += p.xAdvance;
  });
  return d;
}

/** Replaces, in place, every text under `root` that holds Devanagari with a path of its outline. */
export function outlineDevanagari(
  root: Element,
  inherited: Style = { size: 12, weight: 400, anchor: "start" },
): void {
  const doc = root.ownerDocument;
  const visit = (el: Element, parent: Style) => {
    const s = styleOf(el, parent);
    if (el.localName === "text") {
      if (DEVANAGARI.test(el.textContent ?? "")) replace(el, s);
      return;
    }
    for (const c of Array.from(el.children)) visit(c, s);
  };
  const replace = (text: Element, s: Style) => {
    const x0 = num(text.getAttribute("x"), s.size) + num(text.getAttribute("dx"), s.size);
    let y = num(text.getAttribute("y"), s.size) + num(text.getAttribute("dy"), s.size);
    const spans = Array.from(text.children).filter((c) => c.localName === "tspan");
    let d = "";
    if (!spans.length) d = outlineLine(text.textContent ?? "", x0, y, s);
    for (const t of spans) {
      const ts = styleOf(t, s);
      const x = t.hasAttribute("x") ? num(t.getAttribute("x"), ts.size) : x0;
      y += num(t.getAttribute("dy"), ts.size);
      if (t.hasAttribute("y")) y = num(t.getAttribute("y"), ts.size);
      d += outlineLine(t.textContent ?? "", x, y, ts);
    }
    const path = doc.createElementNS(SVG_NS, "path");
    path.setAttribute("d", d);
    for (const a of [
      "fill",
      "transform",
      "opacity",
      "fill-opacity",
      "stroke",
      "stroke-width",
      "stroke-linejoin",
      "paint-order",
      "class",
    ]) {
      const v = text.getAttribute(a);
      if (v !== null) path.setAttribute(a, v);
    }
    text.replaceWith(path);
  };
  visit(root, inherited);
}
