/** Embed code, oEmbed and citation text for a chart: what a journalist copies. Pure functions of the site URL. */
import { SITE_NAME, LICENCES, PAPER } from "./site.ts";

export interface EmbedInfo {
  id: string;
  title: string;
  /** Height in px for hosts that strip scripts. */
  height: number;
}

export const embedUrl = (site: string, id: string): string => new URL(`/embed/${id}/`, site).toString();
export const chartUrl = (site: string, id: string): string => new URL(`/charts/${id}/`, site).toString();

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The iframe, with a fixed default height, plus the host script that keeps it sized to its content. */
export function embedCode(site: string, e: EmbedInfo): string {
  return (
    `<iframe src="${embedUrl(site, e.id)}" title="${escapeAttr(e.title)}" data-crossings-embed="${e.id}" ` +
    `width="100%" height="${e.height}" loading="lazy" scrolling="no" frameborder="0" style="border:0;width:100%;"></iframe>` +
    `<script async src="${new URL("/embed.js", site).toString()}"></script>`
  );
}

export function oembed(site: string, e: EmbedInfo & { thumbnail?: string }) {
  return {
    version: "1.0",
    type: "rich",
    provider_name: SITE_NAME,
    provider_url: new URL("/", site).toString(),
    title: e.title,
    html: embedCode(site, e),
    width: 640,
    height: e.height,
    ...(e.thumbnail
      ? { thumbnail_url: new URL(e.thumbnail, site).toString(), thumbnail_width: 1200, thumbnail_height: 630 }
      : {}),
  };
}

/** "Cite this chart" text. */
export function citation(site: string, title: string, id: string, year: string): string {
  return `${SITE_NAME}, “${title}” (${year}), ${chartUrl(site, id)}. Licence: ${LICENCES.content}. Retelling ${PAPER.author}, “${PAPER.title}”.`;
}

/** The embed's height for hosts that strip scripts: the SVG's height plus the text around it. */
export function defaultHeight(svg: string): number {
  const m = /height="(\d+(?:\.\d+)?)"/.exec(svg);
  return Math.round((m ? Number(m[1]) : 400) + 260);
}
