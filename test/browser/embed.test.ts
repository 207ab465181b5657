/**
 * Embeds in a host page on another origin: /embed.js sizes each iframe to its content at 320, 640 and 1024
 * px wide, and a message that does not come from one of its own iframes changes nothing. It tells each iframe
 * the host page's theme (declared by the page, not the operating system) on load and whenever it changes; the
 * embed obeys only its parent window, only in the exact shape, and never against an explicit ?theme=.
 */
import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseHTML } from "linkedom";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch } from "./chromium.ts";
import { serve, type Served } from "./server.ts";
import { tokenValue } from "../../src/lib/tokens.ts";

const DIST = process.env["DIST"] ?? "dist";
const manifest = JSON.parse(readFileSync(join(DIST, "data/manifest.json"), "utf8")) as {
  charts: { id: string }[];
};
const ids = manifest.charts.map((c) => c.id).slice(0, 3);
/** Each chart page's image embed code, as a journalist copies it. */
const imageCodes = manifest.charts.map((c) => ({
  id: c.id,
  code:
    parseHTML(readFileSync(join(DIST, `charts/${c.id}/index.html`), "utf8")).document.querySelector(
      "pre[data-image-embed]",
    )?.textContent ?? "",
}));

let site: Served;
let host: Server;
let hostUrl = "";
let browser: Browser;

beforeAll(async () => {
  site = await serve(DIST);
  const frames = ids
    .map(
      (id) =>
        `<h2>${id}</h2><iframe src="${site.url}/embed/${id}/" data-crossings-embed="${id}" title="${id}" width="100%" height="300" style="border:0;width:100%"></iframe>`,
    )
    .join("\n");
  const theme = (html: string, frames: string) =>
    `<!doctype html><html ${html}><head><meta charset="utf-8"><title>host</title>` +
    `<style>.spacer{height:1500px}</style></head><body><p>A host article on another origin.</p>${frames}` +
    `<iframe id="stranger" src="/stranger" height="100"></iframe><script src="${site.url}/embed.js"></script></body></html>`;
  const themed = (query = "") =>
    `<iframe src="${site.url}/embed/${ids[0]}/${query}" data-crossings-embed="${ids[0]}" title="chart" width="100%" height="300"></iframe>`;
  const pages: Record<string, string> = {
    // The host declares its theme in each of the ways embed.js reads; the reader's system is light.
    "/theme/data-theme": theme('data-theme="dark"', themed()),
    "/theme/bs": theme('data-bs-theme="dark"', themed()),
    "/theme/class": theme('class="dark"', themed()),
    "/theme/color-scheme": theme('style="color-scheme: dark"', themed()),
    "/theme/none": theme("", themed()),
    // A lazy iframe far down the page loads late, and is told the theme when it does.
    "/theme/lazy": theme(
      'data-theme="dark"',
      `<div class="spacer"></div>${themed().replace("<iframe ", '<iframe loading="lazy" ')}`,
    ),
    // Every image embed code, pasted into an article (its URLs point at the site under test).
    "/images": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>images</title></head><body>${imageCodes
      .map((c) => c.code.replaceAll("http://localhost:4321", site.url))
      .join("\n")}</body></html>`,
    // An explicit ?theme= wins over the host.
    "/theme/explicit": theme('data-theme="dark"', themed("?theme=light")),
    "/": `<!doctype html><html><body><p>A host article on another origin.</p>${frames}<iframe id="stranger" src="/stranger" data-crossings-embed="${ids[0]}" height="100"></iframe><script src="${site.url}/embed.js"></script></body></html>`,
    // A frame on the host's origin that forges the message shape for a chart id it does not own.
    "/stranger": `<!doctype html><html><body><p>stranger</p></body></html>`,
  };
  host = createServer((req, res) => {
    const body = pages[req.url ?? "/"];
    res.writeHead(body ? 200 : 404, { "Content-Type": "text/html" }).end(body ?? "");
  });
  await new Promise<void>((r) => host.listen(0, "127.0.0.1", () => r()));
  const a = host.address();
  hostUrl = `http://localhost:${typeof a === "object" && a ? a.port : 0}`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise<void>((r) => host?.close(() => r()));
});

async function heights(page: Page) {
  const out: { id: string; frame: number; content: number }[] = [];
  for (const id of ids) {
    const el = page.locator(`iframe[data-crossings-embed="${id}"]`).first();
    const frame = (await el.boundingBox())?.height ?? 0;
    const content = await (await el.elementHandle())!
      .contentFrame()
      .then((f) => f!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)));
    out.push({ id, frame, content });
  }
  return out;
}

describe("embed.js on another origin", () => {
  it.each([320, 640, 1024])("iframes follow their content's height at %i px", async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(hostUrl, { waitUntil: "networkidle" });
    await page.waitForTimeout(500);
    for (const h of await heights(page)) {
      expect(
        Math.abs(h.frame - h.content),
        `${h.id}: iframe ${h.frame}px, content ${h.content}px`,
      ).toBeLessThanOrEqual(2);
      expect(h.frame).toBeGreaterThan(100);
    }
    await context.close();
  });

  it("ignores a forged message from the host page or from a frame that is not the chart's", async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 900 } });
    const page = await context.newPage();
    await page.goto(hostUrl, { waitUntil: "networkidle" });
    await page.waitForTimeout(500);
    const before = await heights(page);
    const id = ids[0]!;
    await page.evaluate((i) => window.postMessage({ "datawrapper-height": { [i]: 4321 } }, "*"), id);
    await page
      .frameLocator("#stranger")
      .locator("body")
      .evaluate((_b, i) => window.parent.postMessage({ "datawrapper-height": { [i]: 4321 } }, "*"), id);
    const stranger = page.locator("#stranger");
    await page.waitForTimeout(300);
    expect(await heights(page)).toEqual(before);
    expect((await stranger.boundingBox())?.height).toBeLessThan(200);
    await context.close();
  });
});

const BG = { light: tokenValue("--bg", "light"), dark: tokenValue("--bg", "dark") };
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

/** The embed's page background, as the reader sees it. */
async function embedBg(page: Page): Promise<string> {
  const frame = await (await page
    .locator(`iframe[data-crossings-embed]`)
    .first()
    .elementHandle())!.contentFrame();
  return frame!.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

async function open(path: string, colorScheme: "light" | "dark" = "light") {
  const context = await browser.newContext({ viewport: { width: 640, height: 900 }, colorScheme });
  const page = await context.newPage();
  const csp: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  await page.goto(`${hostUrl}${path}`, { waitUntil: "networkidle" });
  return { context, page, csp };
}

describe("the host page's theme", () => {
  it.each(["data-theme", "bs", "class", "color-scheme"])(
    "a host that declares dark (%s) on a light system turns the embed dark",
    async (how) => {
      const { context, page, csp } = await open(`/theme/${how}`);
      await expect.poll(() => embedBg(page), { timeout: 3000 }).toBe(rgb(BG.dark));
      expect(csp).toEqual([]);
      await context.close();
    },
  );

  it("with nothing declared, the embed follows the reader's system", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const { context, page } = await open("/theme/none", scheme);
      await page.waitForTimeout(300);
      expect(await embedBg(page)).toBe(rgb(BG[scheme]));
      await context.close();
    }
  });

  it("follows the host when it switches, within a second, both ways", async () => {
    const { context, page } = await open("/theme/data-theme");
    await expect.poll(() => embedBg(page), { timeout: 3000 }).toBe(rgb(BG.dark));
    await page.evaluate(() => (document.documentElement.dataset["theme"] = "light"));
    await expect.poll(() => embedBg(page), { timeout: 1000, interval: 50 }).toBe(rgb(BG.light));
    await page.evaluate(() => document.documentElement.setAttribute("style", "color-scheme: dark"));
    await expect.poll(() => embedBg(page), { timeout: 1000, interval: 50 }).toBe(rgb(BG.dark));
    await context.close();
  });

  it("tells a lazy iframe the theme when it loads", async () => {
    const { context, page } = await open("/theme/lazy");
    const frame = page.locator("iframe[data-crossings-embed]").first();
    await frame.scrollIntoViewIfNeeded();
    await expect.poll(() => embedBg(page), { timeout: 3000 }).toBe(rgb(BG.dark));
    await context.close();
  });

  it("keeps an explicit ?theme=light against a dark host", async () => {
    const { context, page } = await open("/theme/explicit");
    await page.waitForTimeout(500);
    expect(await embedBg(page)).toBe(rgb(BG.light));
    await page.evaluate(() => {
      const f = document.querySelector<HTMLIFrameElement>("iframe[data-crossings-embed]")!;
      f.contentWindow!.postMessage({ "crossings-theme": "dark" }, "*");
    });
    await page.waitForTimeout(300);
    expect(await embedBg(page)).toBe(rgb(BG.light));
    await context.close();
  });

  it("ignores a message from another window, or of another shape", async () => {
    const { context, page } = await open("/theme/none");
    await page.waitForTimeout(300);
    expect(await embedBg(page)).toBe(rgb(BG.light));
    // Another window (a frame of the host) sends the right shape.
    await page
      .frameLocator("#stranger")
      .locator("body")
      .evaluate(() => {
        const target = window.parent.document.querySelector<HTMLIFrameElement>(
          "iframe[data-crossings-embed]",
        );
        target!.contentWindow!.postMessage({ "crossings-theme": "dark" }, "*");
      });
    // The parent window sends other shapes.
    await page.evaluate(() => {
      const w = document.querySelector<HTMLIFrameElement>("iframe[data-crossings-embed]")!.contentWindow!;
      for (const m of [
        { "crossings-theme": "dark", extra: 1 },
        { "crossings-theme": "DARK" },
        { "crossings-theme": ["dark"] },
        { theme: "dark" },
        ["crossings-theme", "dark"],
        "dark",
        '{"crossings-theme":"dark"}',
        null,
      ])
        w.postMessage(m, "*");
    });
    await page.waitForTimeout(500);
    expect(await embedBg(page)).toBe(rgb(BG.light));
    // The control: the same window, the exact shape, is obeyed.
    await page.evaluate(() =>
      document
        .querySelector<HTMLIFrameElement>("iframe[data-crossings-embed]")!
        .contentWindow!.postMessage({ "crossings-theme": "dark" }, "*"),
    );
    await expect.poll(() => embedBg(page), { timeout: 1000 }).toBe(rgb(BG.dark));
    await context.close();
  });
});

describe("the image embed code", () => {
  it("is valid HTML (Nu HTML Checker) with a non-empty alt", () => {
    const dir = mkdtempSync(join(tmpdir(), "crossings-image-code-"));
    try {
      for (const c of imageCodes) {
        expect(c.code, c.id).toContain("<img ");
        writeFileSync(
          join(dir, `${c.id}.html`),
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${c.id}</title></head><body>\n${c.code}\n</body></html>\n`,
        );
      }
      const jar = join(dirname(createRequire(import.meta.url).resolve("vnu-jar")), "build/dist/vnu.jar");
      const r = spawnSync("java", ["-jar", jar, "--errors-only", "--format", "gnu", dir], {
        encoding: "utf8",
      });
      expect(r.error, "the HTML checker needs Java (apt-get install default-jre-headless)").toBeUndefined();
      expect(`${r.stdout}${r.stderr}`.trim()).toBe("");
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    for (const c of imageCodes) {
      const img = parseHTML(`<!doctype html><html><body>${c.code}</body></html>`).document.querySelector(
        "img",
      );
      expect(img?.getAttribute("alt")?.trim(), c.id).toBeTruthy();
    }
  });

  it("shows each versioned picture, sharp at twice its size, in an article on another origin", async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${hostUrl}/images`, { waitUntil: "load" });
    const imgs = page.locator("figure > img");
    expect(await imgs.count()).toBe(imageCodes.length);
    for (let i = 0; i < imageCodes.length; i++) {
      const img = imgs.nth(i);
      // The pictures load lazily: bring each into view.
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(() =>
          img.evaluate((e) => (e as HTMLImageElement).complete && (e as HTMLImageElement).naturalWidth),
        )
        .toBeTruthy();
      const { natural, declared, shown, src } = await img.evaluate((e) => {
        const im = e as HTMLImageElement;
        return {
          natural: im.naturalWidth,
          declared: Number(im.getAttribute("width")),
          shown: im.width,
          src: im.src,
        };
      });
      expect(src.startsWith(site.url), src).toBe(true);
      expect(natural, src).toBe(2 * declared);
      expect(shown, src).toBeLessThanOrEqual(1024);
    }
    await context.close();
  });
});
