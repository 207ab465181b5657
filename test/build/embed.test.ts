/**
 * The data's version in the build (npm test builds first): the manifest's data_version, data_date and rows_hash
 * are a function of the data alone (a second rendering of the manifest, at another time, gives the same bytes),
 * and the version appears in every embed, readme and download; the versioned PNG is the PNG; the image embed
 * code is well-formed, with a short alt, the picture's true size and the build's own address; the embed page's
 * inline scripts are hashed in its policy.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadDatasets } from "../../src/lib/data/load.ts";
import { loadMaps } from "../../src/lib/geo/load.ts";
import { dataVersion } from "../../src/lib/version.ts";

const DIST = process.env["DIST"] ?? "dist";
const read = (p: string) => readFileSync(join(DIST, p), "utf8");
const bytes = (p: string) => readFileSync(join(DIST, p));
const doc = (p: string) => parseHTML(read(p)).document;

interface Manifest {
  data_version: string;
  data_date: string;
  charts: {
    id: string;
    title: string;
    rows_hash: string;
    png: string;
    png_versioned: string;
    locales: Record<string, { png_versioned: string }>;
  }[];
}
const manifest = JSON.parse(read("data/manifest.json")) as Manifest;
const line = `data version ${manifest.data_version}, ${manifest.data_date}`;

/** The iTXt entries of a PNG, by keyword. */
function pngText(png: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString("latin1");
    if (type === "iTXt") {
      const d = png.subarray(at + 8, at + 8 + len);
      const nul = d.indexOf(0);
      const text = d.indexOf(0, d.indexOf(0, nul + 3) + 1) + 1;
      out[d.subarray(0, nul).toString("latin1")] = d.subarray(text).toString("utf8");
    }
    at += 12 + len;
  }
  return out;
}

describe("the manifest's version", () => {
  afterEach(() => vi.useRealTimers());

  it("is a short hash and the date of the latest data change", () => {
    expect(manifest.data_version).toMatch(/^[0-9a-f]{8}$/);
    const sources = Papa.parse<Record<string, string>>(read("data/sources.csv"), { header: true }).data;
    const latest = sources
      .map((s) => s["accessed"] ?? "")
      .sort()
      .at(-1);
    expect(manifest.data_date).toBe(latest);
  });

  it("is the same in a second rendering, at another time, byte for byte", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-05-05T05:05:05Z"));
    const { GET } = await import("../../src/pages/data/manifest.json.ts");
    const again = await (await (GET as unknown as () => Response | Promise<Response>)()).text();
    expect(again).toBe(read("data/manifest.json"));
  });

  it("is the hash of the data the build read", () => {
    expect(dataVersion({ ...loadDatasets(), maps: loadMaps() })).toBe(manifest.data_version);
  });
});

describe.each(manifest.charts.map((c) => [c.id, c] as const))("%s", (id, c) => {
  it("has a rows hash, and its PNG at the versioned address, the same bytes", () => {
    expect(c.rows_hash).toMatch(/^[0-9a-f]{8}$/);
    expect(c.png_versioned).toBe(`/charts/${id}/chart.${c.rows_hash}.png`);
    for (const l of Object.values(c.locales))
      expect(l.png_versioned).toMatch(new RegExp(`chart\\.${c.rows_hash}\\.png$`));
    const png = bytes(c.png.slice(1));
    expect(bytes(c.png_versioned.slice(1)).equals(png)).toBe(true);
  });

  it("cites the data version in its embed, readme, SVG, PNG and page", () => {
    expect(doc(`embed/${id}/index.html`).querySelector("[data-embed-citation]")?.textContent).toContain(line);
    const readme = read(`charts/${id}/README.txt`);
    expect(readme).toContain(line);
    expect(readme).toContain(c.rows_hash);
    expect(read(`charts/${id}/chart.svg`)).toContain(line);
    const meta = pngText(bytes(`charts/${id}/chart.png`));
    expect(meta["Comment"]).toBe(line);
    expect(meta["Title"]).toBe(c.title);
    const page = doc(`charts/${id}/index.html`);
    expect(page.querySelector(".data-version")?.textContent).toContain(line);
    expect(page.querySelector(".cite")?.textContent).toContain(line);
  });

  it("offers an image embed code: the versioned PNG at 2x with its size, a short alt, title, source, version, link", () => {
    const page = doc(`charts/${id}/index.html`);
    const site = new URL(page.querySelector('link[rel="canonical"]')!.getAttribute("href")!).origin;
    const code = page.querySelector("pre[data-image-embed]")?.textContent ?? "";
    const snippet = parseHTML(`<!doctype html><html><body>${code}</body></html>`).document;
    const figure = snippet.body.firstElementChild!;
    expect(figure.localName).toBe("figure");
    expect(snippet.body.children.length).toBe(1);
    const img = figure.querySelector("img")!;
    const alt = img.getAttribute("alt") ?? "";
    expect(alt.trim().length).toBeGreaterThan(20);
    expect(alt.length).toBeLessThanOrEqual(250);
    expect(img.getAttribute("src")).toBe(`${site}${c.png_versioned}`);
    const png = bytes(c.png_versioned.slice(1));
    expect(Number(img.getAttribute("width")) * 2).toBe(png.readUInt32BE(16));
    expect(Number(img.getAttribute("height")) * 2).toBe(png.readUInt32BE(20));
    const caption = figure.querySelector("figcaption")!;
    expect(caption.querySelector("strong")?.textContent).toBe(c.title);
    expect(caption.textContent).toMatch(/Sources?: /);
    expect(caption.textContent).toContain(line);
    expect(caption.querySelector("a")?.getAttribute("href")).toBe(`${site}/charts/${id}/`);
  });

  it("points oEmbed's thumbnail at the versioned PNG, with its size", () => {
    const o = JSON.parse(read(`oembed/${id}.json`)) as Record<string, string | number>;
    const png = bytes(c.png_versioned.slice(1));
    expect(String(o["thumbnail_url"]).endsWith(c.png_versioned)).toBe(true);
    expect([o["thumbnail_width"], o["thumbnail_height"]]).toEqual([
      png.readUInt32BE(16),
      png.readUInt32BE(20),
    ]);
    expect(String(o["html"])).toContain('loading="lazy"');
    expect(String(o["html"])).toMatch(/ title="[^"]+"/);
  });
});

describe("the embed page's policy", () => {
  it("hashes every inline script the page runs (the theme and height handshake included)", () => {
    const id = manifest.charts[0]!.id;
    const page = doc(`embed/${id}/index.html`);
    const csp =
      page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    const inline = [...page.querySelectorAll("script:not([src])")].map((s) => s.textContent ?? "");
    expect(inline.some((s) => s.includes("crossings-theme"))).toBe(true);
    for (const s of inline) {
      const hash = createHash("sha256").update(s).digest("base64");
      expect(scriptSrc).toContain(`'sha256-${hash}'`);
    }
    expect(scriptSrc).not.toContain("unsafe-inline");
  });

  it("embed.js stays under 2 KB gzip and speaks both messages", async () => {
    const { gzipSync } = await import("node:zlib");
    const js = read("embed.js");
    expect(gzipSync(js).length).toBeLessThan(2048);
    expect(js).toContain('"crossings-theme"');
    expect(js).toContain('"datawrapper-height"');
  });
});
