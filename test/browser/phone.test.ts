/**
 * The essay on phones, tablets and laptops: at every size a reader might hold, each step's figure is wholly on
 * screen and mostly uncovered while its text is readable; nothing is cut off at 320 px; map text is large enough
 * on a 390 px phone; a tap pins a mark's details in a sheet that never covers the mark.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSite } from "./harness.ts";

const site = useSite();

const SIZES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 768, height: 1024 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

/** A phone or tablet gets touch; a laptop does not. */
const touch = (width: number, height: number) => Math.min(width, height) < 800;

async function open(
  browser: Browser,
  size: { width: number; height: number },
  opts: { path?: string; mode?: string; reducedMotion?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: size,
    isMobile: touch(size.width, size.height),
    hasTouch: touch(size.width, size.height),
    reducedMotion: opts.reducedMotion === false ? "no-preference" : "reduce",
  });
  await context.addInitScript((mode) => {
    localStorage.setItem("crossings:reading-hint-dismissed", "1");
    if (mode) localStorage.setItem("crossings:reading-mode", mode);
  }, opts.mode ?? "");
  const page = await context.newPage();
  await page.goto(`${site.url}${opts.path ?? "/"}`, { waitUntil: "networkidle" });
  return { context, page };
}

/** Scrolls a step to where it is read and waits until the essay has made it the active one. */
async function readStep(page: Page, id: string) {
  const active = (timeout: number) =>
    page
      .waitForFunction(
        (i) =>
          document.getElementById(i)?.classList.contains("is-active") &&
          document.querySelector(".scrolly-graphic > figure"),
        id,
        { timeout },
      )
      .then(
        () => true,
        () => false,
      );
  // Chapters far from the screen are laid out only as they come near: a second scroll lands where the first aimed.
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ block: "start" }), id);
    if (await active(4000)) break;
  }
  // Let a same-frame map settle (reduced motion swaps at once; this is one frame of slack).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

interface Fit {
  showing: string;
  inside: boolean;
  box: number[];
  uncovered: number;
  textOnTop: boolean;
}

/** Measures the pane's drawing and the step's text, in the page. */
const measure = (page: Page, id: string): Promise<Fit> =>
  page.evaluate((stepId) => {
    const step = document.getElementById(stepId)!;
    const pane = document.querySelector<HTMLElement>(".scrolly-graphic")!;
    const svg = pane.querySelector<SVGSVGElement>("figure .chart-svg svg")!;
    const r = svg.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const inside = r.left >= -0.5 && r.top >= -0.5 && r.right <= vw + 0.5 && r.bottom <= vh + 0.5;
    // A 10 × 10 grid over the drawing: how much of it answers as the figure.
    let hits = 0;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      for (let j = 0; j < 10; j++) {
        const x = r.left + ((i + 0.5) * r.width) / 10;
        const y = r.top + ((j + 0.5) * r.height) / 10;
        total++;
        const el = document.elementFromPoint(x, y);
        if (el && (el === svg || svg.contains(el))) hits++;
      }
    }
    // The step's text at its own point: the first line of it that is on screen and not under the figure.
    const paneBottom = pane.getBoundingClientRect().bottom;
    const sideBySide = pane.getBoundingClientRect().left > step.getBoundingClientRect().right - 1;
    const lines = [...step.querySelectorAll(":scope > p")].map((p) => p.getBoundingClientRect());
    const below = sideBySide ? 0 : Math.min(paneBottom, vh);
    const line = lines.find((b) => b.bottom > below + 12 && b.top < vh - 12);
    let textOnTop = false;
    if (line) {
      const y = Math.max(line.top, below) + 10;
      const el = document.elementFromPoint(line.left + 12, y);
      textOnTop = !!el && step.contains(el) && !el.closest("figure");
    }
    return {
      showing: pane.dataset["showing"] ?? "",
      inside,
      box: [r.left, r.top, r.right, r.bottom].map(Math.round),
      uncovered: hits / total,
      textOnTop,
    };
  }, id);

const stepList = (page: Page) =>
  page
    .locator("section[data-step]")
    .evaluateAll((els) => els.map((e) => ({ id: e.id, show: (e as HTMLElement).dataset["show"] ?? "" })));

describe("the figure fits", () => {
  it.each(SIZES)(
    "at $width×$height every step's drawing is on screen, mostly uncovered, beside readable text",
    async (size) => {
      const { context, page } = await open(site.browser, size);
      const steps = await stepList(page);
      expect(steps.length).toBeGreaterThan(20);
      const problems: string[] = [];
      for (const s of steps) {
        await readStep(page, s.id);
        const f = await measure(page, s.id);
        if (f.showing !== s.show) problems.push(`${s.id}: pane shows ${f.showing}, not ${s.show}`);
        if (!f.inside) problems.push(`${s.id}: drawing at ${f.box.join(",")} is not wholly on screen`);
        if (f.uncovered < 0.8) problems.push(`${s.id}: only ${Math.round(f.uncovered * 100)} % uncovered`);
        if (!f.textOnTop) problems.push(`${s.id}: the step's text is not on top at its own point`);
      }
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it.each(["scroll", "steps", "stacked"])("at 320 px nothing is cut off (%s)", async (mode) => {
    const { context, page } = await open(site.browser, { width: 320, height: 640 }, { mode });
    const steps = await stepList(page);
    for (const s of [steps[0]!, steps[Math.floor(steps.length / 2)]!, steps[steps.length - 1]!]) {
      await page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ block: "start" }), s.id);
      await page.waitForTimeout(100);
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        // Anything drawn past the screen's edge, except what scrolls in its own box (a one-line legend) or is
        // clipped by its drawing (a map's outlines run past its frame).
        wide: [...document.querySelectorAll("main *")]
          .filter((el) => {
            if (el.closest(".legend, .table-wrap, pre")) return false;
            const svg = el.closest("svg");
            const clip = svg && getComputedStyle(svg).overflow !== "visible" ? svg : el;
            const r = clip.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && (r.right > 320.5 || r.left < -0.5);
          })
          .slice(0, 3)
          .map(
            (el) =>
              `${el.closest("figure")?.getAttribute("data-chart") ?? ""} ${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`,
          ),
      }));
      expect(overflow.page, s.id).toBeLessThanOrEqual(320);
      expect(overflow.wide, s.id).toEqual([]);
    }
    await context.close();
  });
});

describe("legible maps", () => {
  it("on a 390 px phone, the 5th percentile of map text is at least 11 px", async () => {
    const { context, page } = await open(site.browser, { width: 390, height: 844 });
    const steps = (await stepList(page)).filter((s) => s.show.startsWith("map-"));
    expect(steps.length).toBeGreaterThan(5);
    const sizes: number[] = [];
    for (const s of steps) {
      await readStep(page, s.id);
      sizes.push(
        ...(await page.evaluate(() => {
          const svg = document.querySelector<SVGSVGElement>(".scrolly-graphic svg.map")!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          // checkVisibility() calls SVG text inside a display:none group visible: a drawn label also has a size.
          return [...svg.querySelectorAll("text")]
            .filter((t) => t.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
            .filter((t) => t.getBoundingClientRect().width > 0)
            .filter((t) => (t.textContent ?? "").trim())
            .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        })),
      );
    }
    sizes.sort((a, b) => a - b);
    expect(sizes.length).toBeGreaterThan(20);
    const p5 = sizes[Math.floor(sizes.length * 0.05)]!;
    expect(p5).toBeGreaterThanOrEqual(11);
    await context.close();
  });
});

describe("legible charts", () => {
  it("on a 390 px phone, every step's chart text is at least 9 px (a tall chart shows a view)", async () => {
    const { context, page } = await open(site.browser, { width: 390, height: 844 });
    const steps = (await stepList(page)).filter((s) => !s.show.startsWith("map-"));
    const small: string[] = [];
    for (const s of steps) {
      await readStep(page, s.id);
      const p10 = await page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>(".scrolly-graphic svg")!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const sizes = [...svg.querySelectorAll("text")]
          .filter((t) => (t.textContent ?? "").trim() && t.checkVisibility({ visibilityProperty: true }))
          .filter((t) => t.getBoundingClientRect().width > 0)
          .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)
          .sort((a, b) => a - b);
        return sizes[Math.floor(sizes.length * 0.1)] ?? 99;
      });
      if (p10 < 9) small.push(`${s.id} (${s.show}): ${p10.toFixed(1)} px`);
    }
    expect(small).toEqual([]);
    await context.close();
  });
});

describe("touch", () => {
  /** Taps the centre of the visible mark nearest the given fraction of the drawing's height. */
  async function tapMark(page: Page, at: number) {
    const mark = await page.evaluate((frac) => {
      const svg = document.querySelector<SVGSVGElement>(".scrolly-graphic svg")!;
      const r = svg.getBoundingClientRect();
      const target = r.top + r.height * frac;
      const marks = [...svg.querySelectorAll<SVGGraphicsElement>("[data-tip]")]
        .map((el) => ({ el, b: el.getBoundingClientRect() }))
        .filter(({ el, b }) => {
          if (b.width < 2 || b.height < 2 || b.width > r.width / 2 || b.height > r.height / 2) return false;
          const x = b.left + b.width / 2;
          const y = b.top + b.height / 2;
          const hit = document.elementFromPoint(x, y);
          return !!hit && (hit === el || el.contains(hit));
        })
        .sort((p, q) => Math.abs(p.b.top - target) - Math.abs(q.b.top - target));
      const m = marks[0];
      if (!m) return null;
      return {
        x: m.b.left + m.b.width / 2,
        y: m.b.top + m.b.height / 2,
        box: [m.b.left, m.b.top, m.b.right, m.b.bottom],
        tip: m.el.getAttribute("data-tip"),
      };
    }, at);
    expect(mark).not.toBeNull();
    await page.touchscreen.tap(mark!.x, mark!.y);
    return mark!;
  }

  const sheetBox = (page: Page) =>
    page.locator("[data-tip-sheet]").evaluate((el) => {
      const b = el.getBoundingClientRect();
      return [b.left, b.top, b.right, b.bottom];
    });
  const overlaps = (a: number[], b: number[]) =>
    a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

  it.each([
    { width: 390, height: 844, at: 0.5 },
    { width: 844, height: 390, at: 0.95 },
    { width: 844, height: 390, at: 0.05 },
  ])(
    "at $width×$height a tap pins the mark in a sheet that leaves it uncovered",
    async ({ width, height, at }) => {
      const { context, page } = await open(site.browser, { width, height });
      await readStep(page, "bd-crossings");
      const mark = await tapMark(page, at);
      const sheet = page.locator("[data-tip-sheet]");
      await sheet.waitFor({ state: "visible", timeout: 3000 });
      expect(await sheet.getAttribute("role")).toBe("dialog");
      expect(await sheet.textContent()).toContain(mark.tip);
      expect(overlaps(await sheetBox(page), mark.box)).toBe(false);
      // A tap elsewhere closes it.
      const text = await page.locator("#bd-crossings > p").first().boundingBox();
      const away =
        width > height ? { x: 20, y: height / 2 } : { x: 40, y: Math.min(height - 20, text!.y + 40) };
      await page.touchscreen.tap(away.x, away.y);
      await sheet.waitFor({ state: "hidden", timeout: 3000 });
      // Escape closes it too.
      await tapMark(page, at);
      await sheet.waitFor({ state: "visible", timeout: 3000 });
      await page.keyboard.press("Escape");
      await sheet.waitFor({ state: "hidden", timeout: 3000 });
      await context.close();
    },
  );
});
