/**
 * A chart's SVG as a file that stands alone (downloads, PNG export): the CSS custom properties the page
 * would supply are resolved to the light or dark theme's colours, and a title and source line are added.
 */
export const THEMES = {
  light: {
    bg: "#ffffff",
    bgSoft: "#f1eee7",
    fg: "#1d1d1f",
    soft: "#4a4a4f",
    rule: "#d6d2c8",
    accent: "#8a3b12",
    cats: ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"],
  },
  dark: {
    bg: "#15161a",
    bgSoft: "#22242a",
    fg: "#ececef",
    soft: "#b8b8c0",
    rule: "#3a3c44",
    accent: "#f0a27a",
    cats: ["#5aa0e6", "#e69f00", "#3fc99a", "#e7a3cb", "#f0e442", "#9ad8f5"],
  },
} as const;
export type Theme = keyof typeof THEMES;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Replaces the CSS custom properties and currentColor in a drawing with one theme's colours. */
export function resolveColours(svg: string, theme: Theme): string {
  const t = THEMES[theme];
  return (
    svg
      .replace(/var\(--cat-(\d)\)/g, (_, n: string) => t.cats[Number(n) - 1] ?? t.fg)
      .replace(/currentColor/g, t.fg)
      .replace(/var\(--fg\)/g, t.fg)
      .replace(/var\(--fg-soft\)/g, t.soft)
      .replace(/var\(--bg\)/g, t.bg)
      .replace(/var\(--bg-soft\)/g, t.bgSoft)
      .replace(/var\(--rule\)/g, t.rule)
      .replace(/var\(--accent\)/g, t.accent)
      // Anything else (map-specific properties) falls back to the text colour rather than to nothing.
      .replace(
        /var\(--[a-z0-9-]+(?:,\s*([^)]+))?\)/g,
        (_m, fallback: string | undefined) => fallback?.trim() || t.soft,
      )
  );
}

export function standaloneSvg(svg: string, title: string, sources: string[], theme: Theme = "light"): string {
  const t = THEMES[theme];
  let body = resolveColours(svg, theme);
  const w = Number(/width="(\d+(?:\.\d+)?)"/.exec(body)?.[1] ?? 640);
  const h = Number(/height="(\d+(?:\.\d+)?)"/.exec(body)?.[1] ?? 400);
  body = body.replace(/^<svg /, `<svg x="0" y="${44}" color="${t.fg}" `);
  const top = 44;
  const H = h + top + 36;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${H}" viewBox="0 0 ${w} ${H}" font-family="Inter, Arial, sans-serif" font-size="12">` +
    `<rect width="100%" height="100%" fill="${t.bg}"/>` +
    `<text x="0" y="22" font-size="17" font-weight="600" fill="${t.fg}">${esc(title)}</text>` +
    body +
    `<text x="0" y="${H - 10}" font-size="11" fill="${t.soft}">Source: ${esc(sources.join("; "))}. Crossings, CC BY 4.0</text>` +
    `</svg>\n`
  );
}
