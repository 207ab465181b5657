/**
 * PNG pictures of a figure, rendered at build time with resvg from the standalone SVG: the download, the gallery
 * thumbnail and the Open Graph card. Fonts come from npm packages (TTF; resvg cannot read woff/woff2) so that the
 * pictures look the same on every machine; system fonts are never read.
 */
import { createRequire } from "node:module";
import { crc32 } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { DOMParser } from "linkedom";
import { el } from "../svg/el.ts";
import { serialize } from "../svg/serialize.ts";
import { resolvePaint, uiText, type Theme } from "../tokens.ts";
import { outlineDevanagari } from "./outline.ts";
import { standalone, standaloneSvg, wrapText, type Measure, type StandaloneText } from "./standalone.ts";

const require = createRequire(import.meta.url);
/** The fonts resvg may use, by file. */
export const FONT_FILES: readonly string[] = [
  require.resolve("@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf"),
  require.resolve("@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf"),
  // Devanagari, for the Hindi pictures: resvg falls back to it for letters Inter lacks.
  require.resolve("@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf"),
  require.resolve("@expo-google-fonts/noto-sans-devanagari/600SemiBold/NotoSansDevanagari_600SemiBold.ttf"),
];

/** The SVG with its Devanagari texts as outlines (see outline.ts); other SVG is returned unchanged. */
export function withOutlinedDevanagari(svg: string): string {
  if (!/[\u0900-\u097F]/u.test(svg)) return svg;
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml") as unknown as Document;
  outlineDevanagari(doc.documentElement);
  return serialize(doc.documentElement);
}

/** Renders SVG text to a PNG `width` pixels wide. */
export function rasterise(svg: string, width: number, background?: string): Buffer {
  const r = new Resvg(withOutlinedDevanagari(svg), {
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

/**
 * Text a PNG carries in its own metadata (iTXt chunks, UTF-8), under the standard PNG keywords: what it shows,
 * where it comes from, its licence and its data version, for whoever finds the file on its own.
 */
export type PngText = Partial<Record<"Title" | "Description" | "Source" | "Copyright" | "Comment", string>>;

const chunk = (type: string, data: Buffer): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

/** The PNG with its text added after the header chunk; keys in a fixed order, so the bytes are deterministic. */
export function withText(png: Buffer, text: PngText): Buffer {
  const IHDR_END = 8 + 8 + 13 + 4;
  if (png.subarray(12, 16).toString("latin1") !== "IHDR") throw new Error("withText: not a PNG");
  const chunks = (["Title", "Description", "Source", "Copyright", "Comment"] as const)
    .filter((k) => text[k])
    .map((k) =>
      // keyword, NUL, no compression (0, 0), no language tag, NUL, no translated keyword, NUL, UTF-8 text
      chunk(
        "iTXt",
        Buffer.concat([
          Buffer.from(k, "latin1"),
          Buffer.from([0, 0, 0, 0, 0]),
          Buffer.from(text[k]!, "utf8"),
        ]),
      ),
    );
  return Buffer.concat([png.subarray(0, IHDR_END), ...chunks, png.subarray(IHDR_END)]);
}

export interface ChartPngOptions {
  theme?: Theme;
  /** Pixels per CSS pixel: 2 (the default) is sharp on every screen. */
  scale?: number;
  measure?: Measure;
  /** Metadata to carry. */
  text?: PngText;
}

/** The figure as a PNG download, at twice its size by default for sharpness. */
export function chartPng(figureSvg: string, text: StandaloneText, opts: ChartPngOptions = {}): Buffer {
  const s = standalone(figureSvg, text, opts.theme ?? "light", opts.measure);
  const png = rasterise(s.svg, Math.round(s.width * (opts.scale ?? 2)));
  return opts.text ? withText(png, opts.text) : png;
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
