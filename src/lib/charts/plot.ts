/**
 * Project conventions for Observable Plot, in one place: no inline styles (the CSP forbids them), marks
 * hidden from assistive technology (the figure has its own description and table), and `data-tip` on each
 * drawn element so the browser's island can show a tooltip without the chart code. The drawing carries its
 * own paint: `currentColor` becomes `var(--fg)` and every text gets its size as an attribute, so it looks the
 * same as a downloaded file as on the page.
 */
import * as Plot from "@observablehq/plot";
import { FONT_FAMILY, type Typo } from "./svg.ts";

type RenderFn = NonNullable<Plot.MarkOptions["render"]>;

/** A mark `render` option that writes `data-tip` (and `data-key`) on each element drawn for datum i. */
export function withTips<T>(
  data: readonly T[],
  tip: (d: T) => string,
  key?: (d: T) => string,
  attrs?: (d: T) => Record<string, string>,
): RenderFn {
  return function (index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context);
    if (!g) return g;
    // A faceted mark nests one group per facet; the elements of this facet are the leaves.
    const marks = [...g.children].filter((el) => el.tagName !== "title");
    index.forEach((i, k) => {
      const el = marks[k];
      const d = data[i];
      if (!el || d === undefined) return;
      el.setAttribute("data-tip", tip(d));
      if (key) el.setAttribute("data-key", key(d));
      for (const [a, v] of Object.entries(attrs?.(d) ?? {})) el.setAttribute(a, v);
      el.setAttribute("class", `${el.getAttribute("class") ?? ""} tip-target`.trim());
    });
    return g;
  };
}

/** A mark `render` option that sets attributes on the mark's group (a hook for the page, a class). */
export function withGroup(attrs: Record<string, string>, then?: RenderFn): RenderFn {
  return function (index, scales, values, dimensions, context, next) {
    const g = then
      ? then(index, scales, values, dimensions, context, next)
      : next!(index, scales, values, dimensions, context);
    if (g) for (const [a, v] of Object.entries(attrs)) g.setAttribute(a, v);
    return g;
  };
}

const PAINT = ["fill", "stroke", "color"];

/**
 * Plot.plot with the project's defaults; strips the inline `<style>` and style attributes Plot adds, and writes
 * the paint and text sizes into the drawing. `className` is added to the root's classes.
 */
export function plot(
  options: Plot.PlotOptions & { document: Document },
  typo: Typo,
  className = "",
): SVGSVGElement {
  const el = Plot.plot({ className: "plot", ...options }) as SVGSVGElement;
  for (const s of [...el.querySelectorAll("style")]) s.remove();
  el.removeAttribute("style");
  for (const n of [...el.querySelectorAll("[style]")]) n.removeAttribute("style");
  // Plot's font-variant attribute is not valid SVG; a class does the same through the stylesheet.
  for (const n of [...el.querySelectorAll("[font-variant]")]) {
    n.removeAttribute("font-variant");
    n.setAttribute("class", `${n.getAttribute("class") ?? ""} tabular`.trim());
  }
  for (const n of [...el.querySelectorAll("g[aria-label]")]) {
    n.removeAttribute("aria-label");
    n.removeAttribute("aria-description");
  }
  el.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  if (className) el.setAttribute("class", `plot ${className}`);
  el.setAttribute("font-family", FONT_FAMILY);
  el.setAttribute("font-size", String(typo.small));
  for (const n of [el, ...el.querySelectorAll("*")])
    for (const a of PAINT)
      if (n.getAttribute(a)?.toLowerCase() === "currentcolor") n.setAttribute(a, "var(--fg)");
  // The page's stylesheet sizes a chart's root; a size on each group of text keeps the drawing's own.
  for (const g of el.querySelectorAll("g")) {
    if (g.hasAttribute("font-size")) continue;
    if ([...g.children].some((c) => c.tagName.toLowerCase() === "text"))
      g.setAttribute("font-size", String(typo.small));
  }
  return el;
}

export { Plot };
