/**
 * Bakes the site's stylesheet into a drawing, for files that leave the page (SVG and PNG downloads, gallery
 * thumbnails, Open Graph images): PNG renderers read presentation attributes, not our CSS custom properties.
 * A small cascade: rules apply in stylesheet order, custom properties inherit down the tree and `var()` and
 * `light-dark()` resolve for the chosen theme. Enough for the project's own stylesheets, not a CSS engine.
 */
import { parseHTML } from "linkedom";

type Theme = "light" | "dark";

const PAINT = new Set([
  "fill",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "fill-opacity",
  "stroke-opacity",
  "font-size",
  "font-weight",
  "font-style",
  "letter-spacing",
  "paint-order",
  "text-anchor",
  "visibility",
  "display",
]);

interface Rule {
  selectors: string[];
  decls: [string, string][];
}

/** Rules of a stylesheet, skipping at-rules' blocks (media queries, font faces). */
function parseCss(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const rules: Rule[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0) break;
    const head = text.slice(i, open).trim();
    // Find the block's end, allowing nested blocks (an at-rule).
    let depth = 1;
    let j = open + 1;
    while (j < text.length && depth > 0) {
      if (text[j] === "{") depth++;
      else if (text[j] === "}") depth--;
      j++;
    }
    const body = text.slice(open + 1, j - 1);
    i = j;
    if (head.startsWith("@")) continue;
    const decls = body
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const k = d.indexOf(":");
        return [d.slice(0, k).trim(), d.slice(k + 1).trim()] as [string, string];
      });
    rules.push({ selectors: head.split(",").map((s) => s.trim()), decls });
  }
  return rules;
}

/** Splits `a, b` at its first top-level comma. */
function splitFirst(s: string): [string, string | undefined] {
  let depth = 0;
  for (let k = 0; k < s.length; k++) {
    if (s[k] === "(") depth++;
    else if (s[k] === ")") depth--;
    else if (s[k] === "," && depth === 0) return [s.slice(0, k).trim(), s.slice(k + 1).trim()];
  }
  return [s.trim(), undefined];
}

/** Resolves var() and light-dark() in a value; undefined when a var() has no value and no fallback. */
function resolve(value: string, vars: Map<string, string>, theme: Theme): string | undefined {
  for (const fn of ["var(", "light-dark("]) {
    let at = value.indexOf(fn);
    while (at >= 0) {
      let depth = 0;
      let end = at + fn.length - 1;
      for (; end < value.length; end++) {
        if (value[end] === "(") depth++;
        else if (value[end] === ")" && --depth === 0) break;
      }
      const inner = value.slice(at + fn.length, end);
      const [a, b] = splitFirst(inner);
      let out: string | undefined;
      if (fn === "var(") {
        const v = vars.get(a);
        out = v !== undefined ? v : b !== undefined ? resolve(b, vars, theme) : undefined;
      } else out = resolve(theme === "light" ? a : (b ?? a), vars, theme);
      if (out === undefined) return undefined;
      value = value.slice(0, at) + out + value.slice(end + 1);
      at = value.indexOf(fn);
    }
  }
  return value;
}

/** The selector as it applies to a lone drawing: our wrappers (`.chart`, `html`) are not there. */
function forDrawing(sel: string): string | null {
  if (
    /:(hover|focus|focus-visible|focus-within|active)|::|^(html|body|:root)|\.legend|\bchart-tip\b/.test(sel)
  )
    return null;
  return sel.replace(/^\.chart\s+/, "").replace(/^\.embed-body\s+/, "");
}

export function paintSvg(svg: string, stylesheets: string[], theme: Theme = "light"): string {
  const rules = stylesheets.flatMap(parseCss);
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector("svg");
  if (!root) return svg;
  // Document-level custom properties (:root blocks).
  const base = new Map<string, string>();
  for (const r of rules)
    if (r.selectors.includes(":root")) for (const [k, v] of r.decls) if (k.startsWith("--")) base.set(k, v);

  const own = new Map<Element, [string, string][]>();
  const props = new Map<Element, [string, string][]>();
  for (const r of rules) {
    for (const s of r.selectors) {
      const sel = forDrawing(s);
      if (!sel) continue;
      let matched: Element[];
      try {
        matched = [...root.querySelectorAll(sel)];
        if (root.matches(sel)) matched.unshift(root);
      } catch {
        continue;
      }
      for (const el of matched) {
        for (const [k, v] of r.decls) {
          const bag = k.startsWith("--") ? own : props;
          if (!k.startsWith("--") && !PAINT.has(k)) continue;
          bag.set(el, [...(bag.get(el) ?? []), [k, v]]);
        }
      }
    }
  }
  // Custom properties inherit down the tree; each element's own declarations resolve against its parent's.
  const varsOf = new Map<Element, Map<string, string>>();
  const walk = (el: Element, inherited: Map<string, string>) => {
    const vars = new Map(inherited);
    for (const [k, v] of own.get(el) ?? []) {
      const r = resolve(v, vars, theme);
      if (r === undefined) vars.delete(k);
      else vars.set(k, r);
    }
    varsOf.set(el, vars);
    for (const child of el.children) walk(child, vars);
  };
  const rootVars = new Map<string, string>();
  for (const [k, v] of base) {
    const r = resolve(v, base, theme);
    if (r !== undefined) rootVars.set(k, r);
  }
  walk(root, rootVars);
  for (const [el, decls] of props) {
    for (const [k, v] of decls) {
      const r = resolve(v, varsOf.get(el) ?? rootVars, theme);
      if (r !== undefined && !r.includes("var(")) el.setAttribute(k, r);
    }
  }
  return root.outerHTML;
}
