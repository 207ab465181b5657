/**
 * Embeds in a host page on another origin: /embed.js sizes each iframe to its content at 320, 640 and 1024
 * px wide, and a message that does not come from one of its own iframes changes nothing.
 */
import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch } from "./chromium.ts";
import { serve, type Served } from "./server.ts";

const DIST = process.env["DIST"] ?? "dist";
const ids = (
  JSON.parse(readFileSync(join(DIST, "data/manifest.json"), "utf8")) as { charts: { id: string }[] }
).charts
  .map((c) => c.id)
  .slice(0, 3);

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
  const pages: Record<string, string> = {
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
