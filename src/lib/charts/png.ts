/**
 * PNG pictures of a chart, rendered at build time with resvg from the standalone SVG: the download, the
 * gallery thumbnail and the Open Graph image. Fonts come from an npm package (Inter, TTF, OFL) so that the
 * pictures look the same on every machine; resvg cannot read woff/woff2.
 */
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { resolveColours, standaloneSvg, type Theme } from "./standalone.ts";
import { paintSvg } from "./paint.ts";
import { siteStylesheets } from "./stylesheets.ts";

const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve("@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf"),
  require.resolve("@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf"),
];

function rasterise(svg: string, width: number): Buffer {
  const r = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: "Inter",
      sansSerifFamily: "Inter",
    },
    background: "white",
  });
  return r.render().asPng();
}

/** The chart as a PNG download (2× for sharpness). */
export function chartPng(
  svg: string,
  title: string,
  sources: string[],
  theme: Theme = "light",
  footnotes: string[] = [],
): Buffer {
  const s = standaloneSvg(svg, title, sources, theme, siteStylesheets(), footnotes);
  const w = Number(/width="(\d+(?:\.\d+)?)"/.exec(s)?.[1] ?? 640);
  return rasterise(s, Math.round(w * 2));
}

/** A small picture for the gallery. */
export function thumbnailPng(svg: string, title: string, sources: string[]): Buffer {
  return rasterise(standaloneSvg(svg, title, sources, "light", siteStylesheets()), 480);
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A 1200×630 Open Graph card: site name, title and the chart. */
export function ogPng(svg: string, title: string, site: string): Buffer {
  const inner = resolveColours(paintSvg(svg, siteStylesheets(), "light"), "light");
  const w = Number(/width="(\d+(?:\.\d+)?)"/.exec(inner)?.[1] ?? 640);
  const h = Number(/height="(\d+(?:\.\d+)?)"/.exec(inner)?.[1] ?? 400);
  const scale = Math.min(1100 / w, 440 / h);
  const card =
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="Inter">` +
    `<rect width="1200" height="630" fill="#fbfaf7"/>` +
    `<text x="50" y="62" font-size="26" font-weight="600" fill="#8a3b12">${esc(site)}</text>` +
    `<text x="50" y="112" font-size="36" font-weight="600" fill="#1d1d1f">${esc(title.length > 60 ? `${title.slice(0, 58)}…` : title)}</text>` +
    `<g transform="translate(50,150) scale(${scale.toFixed(4)})" color="#1d1d1f" fill="#1d1d1f">${inner}</g>` +
    `</svg>`;
  return rasterise(card, 1200);
}
