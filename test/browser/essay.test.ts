/**
 * The scrolling essay in chromium: the sticky graphic follows the steps (and names the map state it shows),
 * /#<step> restores the position, Back returns to the previous step, reduced motion swaps figures at once.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSite } from "./harness.ts";

const site = useSite();

const stepIds = (page: Page) => page.locator("section[data-step]").evaluateAll((els) => els.map((e) => e.id));
const activeStep = (page: Page) => page.locator("section[data-step].is-active").getAttribute("id");
const scrollTo = async (page: Page, id: string) => {
  await page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ block: "center" }), id);
  await page.waitForFunction((i) => document.getElementById(i)?.classList.contains("is-active"), id, {
    timeout: 5000,
  });
};

describe("the scrolling essay", () => {
  it("the sticky graphic follows the steps and carries data-map-state on map steps", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/`, { waitUntil: "networkidle" });
    const ids = await stepIds(page);
    const shows = await page
      .locator("section[data-step]")
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset["show"]));
    const seen = new Set<string>();
    const states = new Set<string>();
    for (const id of ids) {
      await scrollTo(page, id);
      await page.waitForTimeout(200);
      const g = page.locator(".scrolly-graphic");
      seen.add((await g.getAttribute("data-showing")) ?? "");
      const state = await g.getAttribute("data-map-state");
      if (state) states.add(state);
    }
    expect(seen.size).toBe(new Set(shows).size);
    const mapSteps = shows.filter((s) => s?.startsWith("map-"));
    if (mapSteps.length) expect(states.size).toBeGreaterThan(1);
    await context.close();
  });

  it("/#<step> restores the position on load, and Back returns to the previous step", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/`, { waitUntil: "networkidle" });
    const ids = await stepIds(page);
    expect(ids.length).toBeGreaterThan(2);
    const target = ids[Math.min(3, ids.length - 1)]!;
    await page.goto(`${site.url}/#${target}`, { waitUntil: "networkidle" });
    await page.waitForTimeout(300);
    expect(await activeStep(page)).toBe(target);
    const next = ids[ids.indexOf(target) + 1]!;
    await scrollTo(page, next);
    await page.waitForFunction((i) => location.hash === `#${i}`, next);
    await page.goBack();
    await page.waitForFunction((i) => location.hash === `#${i}`, target);
    await page.waitForTimeout(300);
    expect(await activeStep(page)).toBe(target);
    await context.close();
  });

  it("with reduced motion, a figure changes at once", async () => {
    const context = await site.browser.newContext({
      viewport: { width: 1280, height: 900 },
      reducedMotion: "reduce",
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/`, { waitUntil: "networkidle" });
    const steps = await page
      .locator("section[data-step]")
      .evaluateAll((els) => els.map((e) => ({ id: e.id, show: (e as HTMLElement).dataset["show"] })));
    const i = steps.findIndex((s, k) => k > 0 && s.show !== steps[0]!.show);
    expect(i).toBeGreaterThan(0);
    await scrollTo(page, steps[i]!.id);
    const g = page.locator(".scrolly-graphic");
    expect(await g.getAttribute("data-showing")).toBe(steps[i]!.show);
    expect(await g.evaluate((el) => el.classList.contains("is-leaving"))).toBe(false);
    expect(await g.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe("0s");
    await context.close();
  });

  it("on a phone the graphic sits behind the text", async () => {
    const context = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/`, { waitUntil: "networkidle" });
    const g = page.locator(".scrolly-graphic");
    expect(await g.evaluate((el) => getComputedStyle(el).position)).toBe("sticky");
    const box = await g.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    await context.close();
  });
});
