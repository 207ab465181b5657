/**
 * Project conventions for Observable Plot, in one place: no inline styles (the CSP forbids them), marks
 * hidden from assistive technology (the figure has its own description and table), classes for CSS, and
 * `data-tip` on each drawn element so the browser's island can show a tooltip without the chart code.
 */
import * as Plot from "@observablehq/plot";

type RenderFn = NonNullable<Plot.MarkOptions["render"]>;

/** A mark `render` option that writes `data-tip` (and `data-key`) on each element drawn for datum i. */
export function withTips<T>(data: readonly T[], tip: (d: T) => string, key?: (d: T) => string): RenderFn {
  return function (index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context);
    if (!g) return g;
    const marks = [...g.children].filter((el) => el.tagName !== "title");
    index.forEach((i, k) => {
      const el = marks[k];
      const d = data[i];
      if (!el || d === undefined) return;
      el.setAttribute("data-tip", tip(d));
      if (key) el.setAttribute("data-key", key(d));
      el.setAttribute("class", `${el.getAttribute("class") ?? ""} tip-target`.trim());
    });
    return g;
  };
}

/** Plot.plot with the project's defaults; strips the inline `<style>` and style attributes Plot adds. */
export function plot(options: Plot.PlotOptions & { document: Document }): SVGSVGElement {
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
  return el;
}

export { Plot };
