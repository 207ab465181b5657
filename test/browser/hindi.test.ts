/**
 * The Hindi edition in Debian's chromium: the language switch keeps the reader's step both ways, the Devanagari
 * text is set in the site's own Noto Sans Devanagari (served from /fonts/, never from elsewhere), and a missing
 * Hindi address answers 404 with a message a Hindi reader can read. (Axe, console errors and foreign requests on
 * the Hindi pages are checked with every other route in site.test.ts.)
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSite } from "./harness.ts";

const site = useSite();

async function open(
  path: string,
  width = 1280,
): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(site.url + path, { waitUntil: "networkidle" });
  return { page, requests, close: () => context.close() };
}

/** A step in the middle of the essay (its id), so that keeping the place means something. */
async function middleStep(page: Page): Promise<string> {
  const ids = await page.locator("section[data-step]").evaluateAll((s) => s.map((e) => e.id));
  expect(ids.length).toBeGreaterThan(40);
  return ids[Math.floor(ids.length / 2)]!;
}

describe("the Hindi edition in a browser", () => {
  it("the language switch keeps the reader's step, English → Hindi → English", async () => {
    const en = await open("/");
    const step = await middleStep(en.page);
    await en.page.goto(`${site.url}/#${step}`, { waitUntil: "networkidle" });
    await en.page.locator("a[data-language-switch='hi']").first().click();
    await en.page.waitForURL(/\/hi\/#/);
    expect(new URL(en.page.url()).hash).toBe(`#${step}`);
    expect(await en.page.getAttribute("html", "lang")).toBe("hi");
    await expect
      .poll(() => en.page.locator(`#${step}`).evaluate((e) => e.getBoundingClientRect().top), {
        timeout: 5000,
      })
      .toBeLessThan(900);

    await en.page.locator("a[data-language-switch='en']").first().click();
    await en.page.waitForURL((u) => !u.pathname.startsWith("/hi/"));
    expect(new URL(en.page.url()).hash).toBe(`#${step}`);
    expect(await en.page.getAttribute("html", "lang")).toBe("en");
    await en.close();
  });

  it("sets Hindi text in the site's own Noto Sans Devanagari", async () => {
    const hi = await open("/hi/", 390);
    await hi.page.evaluate(() => document.fonts.ready);
    const loaded = await hi.page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replace(/"/g, "")),
    );
    expect(loaded).toContain("Noto Sans Devanagari");
    const fonts = hi.requests.filter((u) => /\.(woff2?|ttf|otf)(\?|$)/.test(u));
    expect(fonts.some((u) => /\/fonts\/noto-sans-devanagari-\d+\.woff2$/.test(u))).toBe(true);
    for (const u of fonts) expect(new URL(u).origin, u).toBe(site.url);
    // The body text's computed family leads with the Devanagari face on a Hindi page.
    const family = await hi.page
      .locator("main p")
      .first()
      .evaluate((p) => getComputedStyle(p).fontFamily);
    expect(family).toMatch(/Noto Sans Devanagari/);
    await hi.close();
  });

  it("an English page never downloads the Devanagari font", async () => {
    const en = await open("/");
    await en.page.evaluate(() => document.fonts.ready);
    expect(en.requests.filter((u) => u.includes("noto-sans-devanagari"))).toEqual([]);
    await en.close();
  });

  it("a missing Hindi address answers 404 with a Hindi message", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(`${site.url}/hi/no-such-page/`);
    expect(res?.status()).toBe(404);
    const hindi = await page.locator("[lang='hi']").allTextContents();
    expect(hindi.join(" ")).toMatch(/\p{Script=Devanagari}{3,}/u);
    await context.close();
  });
});
