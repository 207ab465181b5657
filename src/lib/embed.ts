/**
 * What a journalist copies: the iframe embed code, the image embed code for hosts that strip iframes and
 * scripts, oEmbed, and the citation. Pure functions of the site's address and the words they are given.
 */
import { escapeAttr, escapeText } from "./svg/serialize.ts";

/** An absolute URL on the site, from a root-relative path (which may start with a locale's prefix). */
export const siteUrl = (site: string, path: string): string => new URL(path, site).toString();

export interface EmbedInfo {
  id: string;
  title: string;
  /** Root-relative path of the embed page, in the page's locale: `/embed/<id>/`, `/hi/embed/<id>/`. */
  path: string;
  /** Height in px for hosts that strip scripts. */
  height: number;
}

/**
 * The iframe, with a fixed default height and a title, loaded lazily, plus the host script that keeps it sized
 * to its content and tells it the host page's theme (`?theme=auto`, the default).
 */
export function embedCode(site: string, e: EmbedInfo): string {
  return (
    `<iframe src="${escapeAttr(siteUrl(site, e.path))}" title="${escapeAttr(e.title)}" data-crossings-embed="${escapeAttr(e.id)}" ` +
    `width="100%" height="${e.height}" loading="lazy" scrolling="no" frameborder="0" style="border:0;width:100%;"></iframe>` +
    `<script async src="${escapeAttr(siteUrl(site, "/embed.js"))}"></script>`
  );
}

/** The embed's height for hosts that strip scripts: the SVG's height plus the text around it. */
export function defaultHeight(svg: string): number {
  const m = /height="(\d+(?:\.\d+)?)"/.exec(svg);
  return Math.round((m ? Number(m[1]) : 400) + 260);
}

/** The longest alt text an image embed carries; the full description is one link away. */
export const MAX_ALT = 250;

/** Text cut at a word to at most `max` characters, with an ellipsis. */
function cutAt(text: string, max: number): string {
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, "")}…`;
}

/**
 * A short text alternative from a long description: as many whole sentences as fit in `max` characters; when
 * they fill less than half of it, the next sentence follows, cut at a word with an ellipsis.
 */
export function shortAlt(description: string, max = MAX_ALT): string {
  const text = description.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  // A sentence ends at . ! or ? before a space: "1.5 lakh" is one sentence.
  const sentences = text.split(/(?<=[.!?])\s+/);
  let out = "";
  let i = 0;
  for (; i < sentences.length; i++) {
    const next = out ? `${out} ${sentences[i]}` : sentences[i]!;
    if (next.length > max) break;
    out = next;
  }
  if (out.length >= max / 2) return out;
  return out ? `${out} ${cutAt(sentences[i]!, max - out.length - 1)}` : cutAt(text, max);
}

export interface ImageEmbed {
  title: string;
  /** The short text alternative (≤ MAX_ALT characters). */
  alt: string;
  /** Absolute URL of the versioned PNG. */
  src: string;
  /** The picture's size in CSS pixels; the PNG has twice as many, for sharp screens. */
  width: number;
  height: number;
  /** "Sources: …" */
  source: string;
  /** The licence and data version. */
  credit: string;
  /** Absolute URL of the chart page, where the full description is. */
  href: string;
  /** The link's text. */
  link: string;
  /** The language of the words, for hosts writing in another. */
  lang: string;
}

/** The image embed code: the versioned picture with its size, a short alt, the title, source, version and a link. */
export function imageEmbedCode(e: ImageEmbed): string {
  return [
    `<figure lang="${escapeAttr(e.lang)}" style="margin:1em 0;">`,
    `<img src="${escapeAttr(e.src)}" width="${e.width}" height="${e.height}" alt="${escapeAttr(e.alt)}" loading="lazy" style="max-width:100%;height:auto;">`,
    `<figcaption><strong>${escapeText(e.title)}</strong><br>${escapeText(e.source)}<br>${escapeText(e.credit)}. ` +
      `<a href="${escapeAttr(e.href)}">${escapeText(e.link)}</a></figcaption>`,
    `</figure>`,
  ].join("\n");
}

export interface OEmbedInfo extends EmbedInfo {
  provider: string;
  /** The versioned PNG: root-relative path and size in pixels. */
  thumbnail: { path: string; width: number; height: number };
}

/** The oEmbed response (type "rich") for a figure. */
export function oembed(site: string, e: OEmbedInfo) {
  return {
    version: "1.0",
    type: "rich",
    provider_name: e.provider,
    provider_url: siteUrl(site, "/"),
    title: e.title,
    html: embedCode(site, e),
    width: 640,
    height: e.height,
    thumbnail_url: siteUrl(site, e.thumbnail.path),
    thumbnail_width: e.thumbnail.width,
    thumbnail_height: e.thumbnail.height,
  };
}
