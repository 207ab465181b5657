/**
 * A chart's SVG as a file that stands alone (downloads, PNG export): the CSS custom properties the page
 * would supply are resolved to the light or dark theme's colours, and a title and source line are added.
 */
import { paintSvg } from "./paint.ts";

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

/**
 * The chart as a file of its own. `stylesheets` are the site's CSS texts (see stylesheets.ts): their rules are
 * baked into the drawing as presentation attributes, so that it looks the same outside the page.
 */
/** Breaks text into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function standaloneSvg(
  svg: string,
  title: string,
  sources: string[],
  theme: Theme = "light",
  stylesheets: string[] = [],
  footnotes: string[] = [],
): string {
  const t = THEMES[theme];
  let body = resolveColours(stylesheets.length ? paintSvg(svg, stylesheets, theme) : svg, theme);
  const open = /^<svg[^>]*>/.exec(body)?.[0] ?? "";
  const w = Number(/\swidth="(\d+(?:\.\d+)?)"/.exec(open)?.[1] ?? 640);
  const h = Number(/\sheight="(\d+(?:\.\d+)?)"/.exec(open)?.[1] ?? 400);
  const top = 44;
  body = body.replace(/^<svg /, `<svg x="0" y="${top}" color="${t.fg}" `);
  const perLine = Math.floor(w / 6.2);
  const lines = [
    ...footnotes.flatMap((n) => wrap(n, perLine)),
    ...wrap(`Source: ${sources.join("; ")}. Crossings, CC BY 4.0`, perLine),
  ];
  const H = h + top + 14 + lines.length * 15;
  const text = lines
    .map(
      (l, k) => `<text x="0" y="${h + top + 22 + k * 15}" font-size="11" fill="${t.soft}">${esc(l)}</text>`,
    )
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${H}" viewBox="0 0 ${w} ${H}" font-family="Inter, Arial, sans-serif" font-size="12">` +
    `<rect width="100%" height="100%" fill="${t.bg}"/>` +
    `<text x="0" y="22" font-size="17" font-weight="600" fill="${t.fg}">${esc(title)}</text>` +
    body +
    text +
    `</svg>\n`
  );
}
