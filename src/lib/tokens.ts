/**
 * The design tokens: every colour of the site, for the light and the dark theme, in one place. The site's CSS
 * custom properties are generated from here (`tokensCss`, served as the virtual stylesheet `virtual:tokens.css`),
 * and files that leave the page (SVG and PNG downloads, Open Graph cards) resolve `var(--token)` in a drawing's
 * presentation attributes from the same table (`resolvePaint`), so nothing has to interpret CSS.
 */
import type { Attrs } from "./svg/el.ts";

export type Theme = "light" | "dark";
export const THEMES: readonly Theme[] = ["light", "dark"];

/** Site colours: page, text, rules, links, focus, tooltips. */
const SITE = {
  "--bg": ["#fbfaf7", "#15161a"],
  "--bg-soft": ["#f1eee7", "#22242a"],
  "--fg": ["#1d1d1f", "#ececef"],
  "--fg-soft": ["#4a4a4f", "#b8b8c0"],
  "--rule": ["#d6d2c8", "#3a3c44"],
  "--accent": ["#8a3b12", "#f0a27a"],
  "--focus": ["#1357c5", "#8ab4ff"],
  "--link": ["#1a4fa0", "#9cc2ff"],
  "--tip-bg": ["#1d1d1f", "#ececef"],
  "--tip-fg": ["#ffffff", "#15161a"],
} as const;

/**
 * Categorical colours (Okabe–Ito): they stay apart under the common colour-vision deficiencies, and text in
 * `--on-cat` is readable on every one of them in both themes (tested).
 */
const CATEGORIES = {
  "--cat-1": ["#0072b2", "#5aa0e6"],
  "--cat-2": ["#d55e00", "#e69f00"],
  "--cat-3": ["#009e73", "#3fc99a"],
  "--cat-4": ["#cc79a7", "#e7a3cb"],
  "--cat-5": ["#e69f00", "#f0e442"],
  "--cat-6": ["#56b4e9", "#9ad8f5"],
  "--on-cat": ["#111114", "#111114"],
} as const;

/** Map colours: sea and land, lines, routes by kind, borders by regime and by force, places, labels. */
const MAP = {
  "--map-sea": ["#dfe9ee", "#1b2630"],
  "--map-land": ["#f4f1ea", "#2a2c31"],
  "--map-land-india": ["#ebe5d8", "#33353b"],
  "--map-land-hl": ["#e2d3b5", "#4a4438"],
  "--map-admin1-hl": ["#d9c39a", "#5e5340"],
  "--map-line": ["#8d8a82", "#8f8c86"],
  "--map-line-soft": ["#b9b4a8", "#5d5b58"],
  "--map-disputed": ["#6b6860", "#b3b0a8"],
  "--map-halo": ["#fbfaf7", "#15161a"],
  "--map-label": ["#1d1d1f", "#ececef"],
  "--map-label-soft": ["#4a4a4f", "#b8b8c0"],
  "--map-route-trafficking": ["#d55e00", "#f08a3c"],
  "--map-route-smuggling": ["#0072b2", "#56b4e9"],
  "--map-route-both": ["#9b4f96", "#d89ad3"],
  "--map-route-displacement": ["#007a5a", "#3fc99a"],
  "--map-regime-fenced": ["#5b3a1a", "#e3b98a"],
  "--map-regime-partly_fenced": ["#a0522d", "#f0a27a"],
  "--map-regime-open": ["#009e73", "#3fc99a"],
  "--map-regime-free_movement": ["#56b4e9", "#9ad8f5"],
  "--map-regime-free_movement_suspended": ["#cc79a7", "#e7a3cb"],
  "--map-regime-border_pass": ["#cc79a7", "#e7a3cb"],
  "--map-force-bsf": ["#0072b2", "#56b4e9"],
  "--map-force-ssb": ["#e69f00", "#f0e442"],
  "--map-force-assam_rifles": ["#009e73", "#3fc99a"],
  "--map-place": ["#1d1d1f", "#ececef"],
  "--map-place-fill": ["#ffffff", "#15161a"],
} as const;

export const TOKENS = { ...SITE, ...CATEGORIES, ...MAP } as const satisfies Record<
  string,
  readonly [string, string]
>;
export type Token = keyof typeof TOKENS;

export const isToken = (name: string): name is Token => Object.hasOwn(TOKENS, name);

/** A token's colour in a theme. */
export const tokenValue = (name: Token, theme: Theme): string => TOKENS[name][theme === "light" ? 0 : 1];

/** The class that gives a legend swatch a token's colour: `--map-route-smuggling` → `sw-map-route-smuggling`. */
export const swatchClass = (name: string): string => `sw-${name.replace(/^--/, "")}`;

/**
 * The stylesheet of the tokens: one `light-dark()` declaration per token on the root (the page's
 * `color-scheme`, set by the theme switch and `?theme=`, picks the side), and a swatch class per token.
 */
export function tokensCss(): string {
  const decls = Object.entries(TOKENS)
    .map(([name, [light, dark]]) =>
      light === dark ? `  ${name}: ${light};` : `  ${name}: light-dark(${light}, ${dark});`,
    )
    .join("\n");
  const swatches = Object.keys(TOKENS)
    .map((name) => `.${swatchClass(name)} {\n  --swatch: var(${name});\n}`)
    .join("\n");
  return `:root {\n${decls}\n}\n${swatches}\n`;
}

/** The presentation attributes that may carry a colour. */
const PAINT_ATTRS = ["fill", "stroke", "color", "stop-color", "flood-color", "lighting-color"] as const;

/** A paint value with every `var(--token)` (and `currentColor`, as the text colour) resolved for a theme. */
export function resolveValue(value: string, theme: Theme): string {
  let out = "";
  let i = 0;
  for (let at = value.indexOf("var(", i); at >= 0; at = value.indexOf("var(", i)) {
    // Find the matching parenthesis: a fallback may itself hold a var().
    let depth = 0;
    let end = at + 3;
    for (; end < value.length; end++) {
      if (value[end] === "(") depth++;
      else if (value[end] === ")" && --depth === 0) break;
    }
    const inner = value.slice(at + 4, end);
    const comma = inner.indexOf(",");
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    let resolved: string;
    if (isToken(name)) resolved = tokenValue(name, theme);
    else if (comma >= 0) resolved = resolveValue(inner.slice(comma + 1).trim(), theme);
    else throw new Error(`"${name}" is not a design token (src/lib/tokens.ts)`);
    out += value.slice(i, at) + resolved;
    i = end + 1;
  }
  out += value.slice(i);
  return out === "currentColor" ? tokenValue("--fg", theme) : out;
}

/**
 * Resolves every colour in a drawing's presentation attributes for one theme, in place. Throws on a
 * `var()` that names no token, so an export never silently loses a colour.
 */
export function resolvePaint(root: Element, theme: Theme): void {
  const visit = (node: Element) => {
    for (const a of PAINT_ATTRS) {
      const v = node.getAttribute(a);
      if (v && (v.includes("var(") || v === "currentColor")) node.setAttribute(a, resolveValue(v, theme));
    }
    for (const c of Array.from(node.children)) visit(c);
  };
  visit(root);
}

/** Presentation attributes for a text in the site's UI font, at a size. */
export const uiText = (size: number, weight: 400 | 600 = 400): Attrs => ({
  "font-family": "Inter, system-ui, sans-serif",
  "font-size": size,
  "font-weight": weight === 600 ? 600 : undefined,
});
