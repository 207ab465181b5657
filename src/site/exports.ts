/**
 * A figure's files for one locale, as the routes serve them: the standalone SVG, the PNG (also at its versioned
 * address), the gallery thumbnail and the Open Graph card. Each is drawn once per build and shared by the routes
 * that serve it, so the versioned PNG costs no second rendering.
 */
import type { Locale } from "../i18n/locales.ts";
import { LOCALE_META, localePath } from "../i18n/locales.ts";
import { figure, type Figure } from "../lib/figures.ts";
import { chartPng, ogPng, thumbnailPng } from "../lib/export/png.ts";
import { standalone, type Standalone } from "../lib/export/standalone.ts";
import {
  creditText,
  exportPngText,
  exportText,
  sourceText,
  versionLine,
  type ExportFigure,
} from "../lib/export/text.ts";
import { imageEmbedCode, shortAlt, siteUrl } from "../lib/embed.ts";
import type { Theme } from "../lib/tokens.ts";
import { ctxFor } from "./ctx.ts";
import { chartRowsHash, siteVersion } from "./version.ts";

const DEFAULT_SITE = "http://localhost:4321";
const base = (site: URL | string | undefined): string => (site ?? DEFAULT_SITE).toString();

/** The figure as drawn for files: self-contained paint, the default width. */
export const exportFigure = (id: string, locale: Locale): Figure =>
  figure(id, ctxFor(locale), { surface: "export" });

/** Root-relative paths of a figure's page and pictures in a locale. */
export const paths = (id: string, locale: Locale) => ({
  page: localePath(locale, `/charts/${id}/`),
  png: localePath(locale, `/charts/${id}/chart.png`),
  /** The PNG at an address that names the rows it draws: it never changes under a page that shows it. */
  versionedPng: localePath(locale, `/charts/${id}/chart.${chartRowsHash(id)}.png`),
});

const asExport = (f: Figure): ExportFigure => ({
  kind: f.chart.kind,
  text: f.text,
  legend: f.legend,
  notes: f.notes,
  sourceRows: f.sourceRows,
});

/** The figure, its context, its page's address and the caption of its files. */
function prepared(id: string, locale: Locale, site: string) {
  const f = exportFigure(id, locale);
  const ctx = ctxFor(locale);
  const url = siteUrl(site, paths(id, locale).page);
  return { f, ctx, url, text: exportText(asExport(f), ctx, siteVersion(), url) };
}

const svgs = new Map<string, Standalone>();
/** The standalone SVG download, with its size. */
export function exportSvg(
  id: string,
  locale: Locale,
  site?: URL | string,
  theme: Theme = "light",
): Standalone {
  const key = `${id}@${locale}@${base(site)}@${theme}`;
  let s = svgs.get(key);
  if (!s) {
    const { f, text } = prepared(id, locale, base(site));
    svgs.set(key, (s = standalone(f.svg, text, theme)));
  }
  return s;
}

const pngs = new Map<string, Buffer>();
/** The PNG download: twice the standalone SVG's size, with its title, address, licence and version inside. */
export function exportPng(id: string, locale: Locale, site?: URL | string): Buffer {
  const key = `${id}@${locale}@${base(site)}`;
  let png = pngs.get(key);
  if (!png) {
    const { f, ctx, url, text } = prepared(id, locale, base(site));
    png = chartPng(f.svg, text, {
      text: exportPngText(asExport(f), ctx, siteVersion(), url, shortAlt(f.description)),
    });
    pngs.set(key, png);
  }
  return png;
}

/** The gallery's small picture: the title, legend and drawing (the card beside it has the rest). */
export function exportThumb(id: string, locale: Locale, site?: URL | string): Buffer {
  const { f, text } = prepared(id, locale, base(site));
  return thumbnailPng(f.svg, { ...text, notes: [], source: "", credit: "" });
}

/** The PNG's size in pixels, from its header. */
export function exportPngSize(
  id: string,
  locale: Locale,
  site?: URL | string,
): { width: number; height: number } {
  const png = exportPng(id, locale, site);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The Open Graph card. */
export function exportOg(id: string, locale: Locale): Buffer {
  const f = exportFigure(id, locale);
  return ogPng(f.svg, f.text.title, ctxFor(locale).t.site.name);
}

/** How many sources the image code names before "and N more" (as under the figure on the site). */
const IMAGE_CODE_SOURCES = 4;

/** The image embed code of a figure, for its chart page. */
export function imageCode(id: string, locale: Locale, site?: URL | string): string {
  const f = exportFigure(id, locale);
  const ctx = ctxFor(locale);
  const s = exportSvg(id, locale, site);
  const p = paths(id, locale);
  return imageEmbedCode({
    title: f.text.title,
    alt: shortAlt(f.description),
    src: siteUrl(base(site), p.versionedPng),
    width: s.width,
    height: s.height,
    source: sourceText(ctx, f.sourceRows, IMAGE_CODE_SOURCES),
    credit: creditText(ctx, siteVersion()),
    href: siteUrl(base(site), p.page),
    link: ctx.t.embed.image.link,
    lang: LOCALE_META[locale].lang,
  });
}

/** "data version 1a2b3c4d, 2026-12-07" in a locale. */
export const versionText = (locale: Locale): string => versionLine(ctxFor(locale), siteVersion());
