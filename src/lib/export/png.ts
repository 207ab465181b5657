/**
 * PNG pictures of a figure, rendered at build time with resvg from the standalone SVG: the download, the gallery
 * thumbnail and the Open Graph card. Fonts come from npm packages (TTF; resvg cannot read woff/woff2) so that the
 * pictures look the same on every machine; system fonts are never read.
 */
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { DOMParser } from "linkedom";
import { el } from "../svg/el.ts";
import { serialize } from "../svg/serialize.ts";
import { resolvePaint, uiText, type Theme } from "../tokens.ts";
import { standaloneSvg, wrapText, type Measure, type StandaloneText } from "./standalone.ts";

const require = createRequire(import.meta.url);
/** The fonts resvg may use, by file. */
export const FONT_FILES: readonly string[] = [
  require.resolve("@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf"),
  require.resolve("@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf"),
];

/** Renders SVG text to a PNG `width` pixels wide. */
export function rasterise(svg: string, width: number, background?: string): Buffer {
  const r = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: {
      loadSystemFonts: false,
      fontFiles: [...FONT_FILES],
      defaultFontFamily: "Inter",
      sansSerifFamily: "Inter",
    },
    ...(background ? { background } : {}),
  });
  return r.render().asPng();
}

const widthOf = (svg: string): number => Number(/\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 640);

/** The figure as a PNG download, at twice its size for sharpness. */
export function chartPng(
  figureSvg: string,
  text: StandaloneText,
  theme: Theme = "light",
  measure?: Measure,
): Buffer {
  const s = standaloneSvg(figureSvg, text, theme, measure);
  return rasterise(s, Math.round(widthOf(s) * 2));
}

/** A small picture for the gallery. */
export function thumbnailPng(figureSvg: string, text: StandaloneText, measure?: Measure): Buffer {
  return rasterise(standaloneSvg(figureSvg, text, "light", measure), 480);
}

/** A 1200×630 Open Graph card: the site's name, the figure's title and the figure. */
export function ogPng(figureSvg: string, title: string, site: string, measure?: Measure): Buffer {
  const doc = new DOMParser().parseFromString(figureSvg, "image/svg+xml") as unknown as Document;
  const figure = doc.documentElement;
  const w = Number(figure.getAttribute("width") ?? 640);
  const h = Number(figure.getAttribute("height") ?? 400);
  const titleLines = wrapText(title, 1100, 36, measure).slice(0, 2);
  const top = 112 + titleLines.length * 46;
  const scale = Math.min(1100 / w, (600 - top) / h);
  figure.setAttribute("x", "50");
  figure.setAttribute("y", String(top));
  figure.setAttribute("width", String(Math.round(w * scale)));
  figure.setAttribute("height", String(Math.round(h * scale)));
  if (!figure.getAttribute("viewBox")) figure.setAttribute("viewBox", `0 0 ${w} ${h}`);
  if (!figure.getAttribute("color")) figure.setAttribute("color", "var(--fg)");
  const card = el(
    doc,
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", width: 1200, height: 630, viewBox: "0 0 1200 630", ...uiText(12) },
    el(doc, "rect", { width: 1200, height: 630, fill: "var(--bg)" }),
    el(doc, "text", { x: 50, y: 62, fill: "var(--accent)", ...uiText(26, 600) }, site),
    ...titleLines.map((l, i) =>
      el(doc, "text", { x: 50, y: 112 + i * 46, fill: "var(--fg)", ...uiText(36, 600) }, l),
    ),
    figure,
  );
  resolvePaint(card, "light");
  return rasterise(serialize(card), 1200);
}
