/**
 * Keyboard only: the essay's skip link and figures, a map's places by arrow keys with a tooltip, the gallery's
 * links, and a pinned tooltip that Escape lets go.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSite } from "./harness.ts";

const site = useSite();

async function open(path: string, width = 1280): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.url + path, { waitUntil: "networkidle" });
  return page;
}

/** Presses Tab until `pred` holds for the focused element, or gives up. */
async function tabUntil(page: Page, pred: string, max = 80): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((p) => Boolean(document.activeElement?.matches(p)), pred)) return true;
  }
  return false;
}

describe("keyboard only", () => {
  it("the essay: the skip link comes first, and Tab reaches a figure", async () => {
    const page = await open("/");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("skip-link");
    expect(await tabUntil(page, "figure[data-chart] svg")).toBe(true);
    await page.context().close();
  });

  it("a map: arrow keys walk its visible places and routes, each with a tooltip", async () => {
    const page = await open("/charts/map-bd-crossings/");
    expect(await tabUntil(page, 'figure[data-chart="map-bd-crossings"] svg')).toBe(true);
    const tip = page.locator('figure[data-chart="map-bd-crossings"] .chart-tip');
    await page.waitForTimeout(200);
    const seen = new Set<string>();
    for (let i = 0; i < 6; i++) {
      expect(await tip.isVisible()).toBe(true);
      seen.add((await tip.textContent()) ?? "");
      const active = page.locator('figure[data-chart="map-bd-crossings"] .is-active').first();
      expect(await active.evaluate((el) => getComputedStyle(el).visibility)).not.toBe("hidden");
      await page.keyboard.press("ArrowRight");
    }
    expect(seen.size).toBeGreaterThan(3);
    expect([...seen].some((t) => /crossing|port|town|hub/i.test(t))).toBe(true);
    await page.context().close();
  });

  it("Enter pins a tooltip and Escape lets it go", async () => {
    const page = await open("/charts/border-lengths/");
    await tabUntil(page, 'figure[data-chart="border-lengths"] svg');
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    const tip = page.locator('figure[data-chart="border-lengths"] .chart-tip');
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    expect(await tip.isVisible()).toBe(false);
    await page.context().close();
  });

  it("the gallery: Tab reaches every chart's link", async () => {
    const page = await open("/charts/");
    const count = await page.locator("[data-gallery-item] h2 a").count();
    const reached = new Set<string>();
    for (let i = 0; i < count * 3 + 20 && reached.size < count; i++) {
      await page.keyboard.press("Tab");
      const href = await page.evaluate(() =>
        document.activeElement?.closest("[data-gallery-item] h2")
          ? document.activeElement.getAttribute("href")
          : null,
      );
      if (href) reached.add(href);
    }
    expect(reached.size).toBe(count);
    await page.context().close();
  });
});
