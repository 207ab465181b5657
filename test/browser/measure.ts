/**
 * Measures what a page downloads on load, by type (html, css, js, data, fonts, images), raw and gzip, in
 * Debian's chromium. Shared by the budget tests and `npm run bench`.
 */
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

export type Kind = "html" | "css" | "js" | "data" | "fonts" | "images" | "other";
export interface Bytes {
  raw: number;
  gzip: number;
}
export type ByKind = Record<Kind | "total", Bytes>;

export function kindOf(url: string, contentType: string): Kind {
  const path = new URL(url).pathname;
  if (contentType.includes("html")) return "html";
  if (contentType.includes("css") || path.endsWith(".css")) return "css";
  if (contentType.includes("javascript") || path.endsWith(".js")) return "js";
  if (/font|woff/.test(contentType) || /\.(woff2?|ttf|otf)$/.test(path)) return "fonts";
  if (contentType.startsWith("image/")) return "images";
  if (/json|csv/.test(contentType) || /\.(json|csv)$/.test(path)) return "data";
  return "other";
}

const empty = (): ByKind => {
  const z = () => ({ raw: 0, gzip: 0 });
  return { html: z(), css: z(), js: z(), data: z(), fonts: z(), images: z(), other: z(), total: z() };
};

/** Loads `url` in a fresh context and adds up every response body by kind. */
export async function pageBytes(
  browser: Browser,
  url: string,
  viewport = { width: 390, height: 844 },
): Promise<ByKind> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const out = empty();
  const pending: Promise<void>[] = [];
  page.on("response", (r) => {
    pending.push(
      (async () => {
        try {
          const body = await r.body();
          const kind = kindOf(r.url(), r.headers()["content-type"] ?? "");
          // Fonts and images are already compressed; gzip would not shrink them on the wire.
          const gz = kind === "fonts" || kind === "images" ? body.length : gzipSync(body).length;
          for (const k of [kind, "total"] as const) {
            out[k].raw += body.length;
            out[k].gzip += gz;
          }
        } catch {
          /* a redirect or an aborted response has no body */
        }
      })(),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  await context.close();
  return out;
}

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** The number of elements in `url`'s document once it has loaded, as a phone opens it (what Lighthouse counts). */
export async function domElements(
  browser: Browser,
  url: string,
  viewport = { width: 390, height: 844 },
): Promise<number> {
  const context = await browser.newContext({ viewport, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  const n = await page.evaluate(() => document.getElementsByTagName("*").length);
  await context.close();
  return n;
}
