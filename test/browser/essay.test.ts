/**
 * The essay in chromium: the pane follows the steps (and names the map state it shows); scrolling keeps the
 * address at the step without filling the history, while Next and Previous are kept in it; /#<step> lands on its
 * step; the three reading modes work, are announced and survive a reload; the first-visit hint goes for good when
 * dismissed; reduced motion swaps figures at once.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSite } from "./harness.ts";

const site = useSite();

const stepIds = (page: Page) => page.locator("section[data-step]").evaluateAll((els) => els.map((e) => e.id));
const activeStep = (page: Page) => page.locator("section[data-step].is-active").getAttribute("id");
const scrollTo = async (page: Page, id: string) => {
  await page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ block: "start" }), id);
  await page.waitForFunction((i) => document.getElementById(i)?.classList.contains("is-active"), id, {
    timeout: 5000,
  });
};
const mode = (page: Page) => page.evaluate(() => document.documentElement.dataset["readingMode"]);

async function open(
  opts: {
    width?: number;
    height?: number;
    path?: string;
    hint?: boolean;
    reducedMotion?: boolean;
    scheme?: "light" | "dark";
    touch?: boolean;
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    reducedMotion: opts.reducedMotion ? "reduce" : "no-preference",
    colorScheme: opts.scheme ?? "light",
    isMobile: !!opts.touch,
    hasTouch: !!opts.touch,
  });
  if (!opts.hint)
    await context.addInitScript(() => localStorage.setItem("crossings:reading-hint-dismissed", "1"));
  const page = await context.newPage();
  await page.goto(`${site.url}${opts.path ?? "/"}`, { waitUntil: "networkidle" });
  return { context, page };
}

describe("the scrolling essay", () => {
  it("the pane follows the steps and carries data-map-state on map steps", async () => {
    const { context, page } = await open();
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

  it.each([
    [390, 844],
    [1280, 720],
  ])(
    "at %i×%i scrolling through 20 steps keeps the address at the step and adds at most one history entry",
    async (width, height) => {
      const { context, page } = await open({ width, height, reducedMotion: true });
      const ids = await stepIds(page);
      const before = await page.evaluate(() => history.length);
      for (const id of ids.slice(5, 25)) {
        await scrollTo(page, id);
        await page.waitForFunction((i) => location.hash === `#${i}`, id, { timeout: 3000 });
      }
      const after = await page.evaluate(() => history.length);
      expect(after - before).toBeLessThanOrEqual(1);
      await context.close();
    },
  );

  it("/#<step> lands on its step from a shared link and again after a reload", async () => {
    const probe = await open();
    const ids = await stepIds(probe.page);
    await probe.context.close();
    const target = ids[Math.floor(ids.length / 2)]!;
    // A shared link: a fresh browser with nothing remembered.
    const { context, page } = await open({ width: 390, height: 844, path: `/#${target}` });
    await page.waitForTimeout(300);
    expect(await activeStep(page)).toBe(target);
    const onScreen = async () =>
      page.evaluate((i) => {
        const r = document.getElementById(i)!.getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight - 40;
      }, target);
    expect(await onScreen()).toBe(true);
    await page.reload({ waitUntil: "networkidle" });
    await page.waitForTimeout(300);
    expect(await activeStep(page)).toBe(target);
    expect(await onScreen()).toBe(true);
    expect(await page.locator(".scrolly-graphic").getAttribute("data-showing")).toBe(
      await page.locator(`#${target}`).getAttribute("data-show"),
    );
    await context.close();
  });

  it("with reduced motion, a figure changes at once", async () => {
    const { context, page } = await open({ reducedMotion: true });
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

  it("on a portrait phone the figure sits above the text, and beside it on its side", async () => {
    for (const [width, height, side] of [
      [390, 844, false],
      [844, 390, true],
    ] as const) {
      const { context, page } = await open({ width, height, reducedMotion: true });
      const ids = await stepIds(page);
      await scrollTo(page, ids[2]!);
      const pane = (await page.locator(".scrolly-graphic > figure").boundingBox())!;
      const text = (await page.locator(`#${ids[2]} > p`).first().boundingBox())!;
      if (side) expect(pane.x).toBeGreaterThanOrEqual(text.x + text.width - 1);
      else {
        expect(pane.y).toBeLessThan(2);
        expect(pane.width).toBeGreaterThan(width - 40);
        expect(text.y).toBeGreaterThanOrEqual(pane.y + pane.height - 1);
      }
      await context.close();
    }
  });
});

describe("reading modes", () => {
  it.each(["scroll", "steps", "stacked"] as const)(
    "%s: chosen with its control, announced, and kept after a reload",
    async (m) => {
      const { context, page } = await open();
      const other = m === "scroll" ? "stacked" : "scroll";
      await page.locator(`[data-reading-mode-set="${other}"]`).click();
      expect(await mode(page)).toBe(other);
      const button = page.locator(`[data-reading-mode-set="${m}"]`);
      await button.focus();
      await page.keyboard.press("Enter");
      expect(await mode(page)).toBe(m);
      expect(await button.getAttribute("aria-pressed")).toBe("true");
      const name = ((await button.textContent()) ?? "").trim();
      await page.waitForFunction(
        (n) => document.querySelector("[data-step-live]")?.textContent?.includes(n),
        name,
      );
      await page.reload({ waitUntil: "networkidle" });
      expect(await mode(page)).toBe(m);
      expect(await page.locator(`[data-reading-mode-set="${m}"]`).getAttribute("aria-pressed")).toBe("true");
      // What each mode shows.
      const paneShown = await page.locator(".scrolly-graphic").isVisible();
      const figuresInPlace = await page
        .locator("figure.step-figure")
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
      const steps = await page.locator("section[data-step]").count();
      const stepsShown = await page
        .locator("section[data-step]")
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
      if (m === "stacked") {
        expect(paneShown).toBe(false);
        expect(figuresInPlace).toBe(steps);
      } else {
        expect(paneShown).toBe(true);
        expect(figuresInPlace).toBe(0);
        expect(stepsShown).toBe(m === "steps" ? 1 : steps);
      }
      await context.close();
    },
  );

  it("step by step: Next, Previous and the arrow keys move, each move is kept in the history, scrolling changes nothing", async () => {
    const { context, page } = await open({ reducedMotion: true });
    await page.locator('[data-reading-mode-set="steps"]').click();
    const ids = await stepIds(page);
    const first = (await activeStep(page))!;
    const at = ids.indexOf(first);
    const h0 = await page.evaluate(() => history.length);
    await page.locator("[data-step-next]").click();
    expect(await activeStep(page)).toBe(ids[at + 1]);
    expect(await page.evaluate(() => location.hash)).toBe(`#${ids[at + 1]}`);
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("ArrowRight");
    expect(await activeStep(page)).toBe(ids[at + 2]);
    await page.keyboard.press("ArrowLeft");
    expect(await activeStep(page)).toBe(ids[at + 1]);
    expect(await page.evaluate(() => history.length)).toBe(h0 + 3);
    // Back returns to the step before.
    await page.goBack();
    await page.waitForFunction((i) => location.hash === `#${i}`, ids[at + 2]);
    await page.waitForTimeout(200);
    expect(await activeStep(page)).toBe(ids[at + 2]);
    await page.locator("[data-step-prev]").click();
    expect(await activeStep(page)).toBe(ids[at + 1]);
    // Inside a figure the arrow keys walk its marks, not the steps.
    await page.locator(".scrolly-graphic svg").first().focus();
    await page.keyboard.press("ArrowRight");
    expect(await activeStep(page)).toBe(ids[at + 1]);
    // Scrolling does not change the step.
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(300);
    expect(await activeStep(page)).toBe(ids[at + 1]);
    // The figure is beside the text, whole.
    const pane = (await page.locator(".scrolly-graphic > figure").boundingBox())!;
    const text = (await page.locator("section[data-step].is-active > p").first().boundingBox())!;
    expect(pane.x).toBeGreaterThan(text.x + text.width - 1);
    await context.close();
  });

  it("text with figures shows each step followed by its own figure", async () => {
    const { context, page } = await open();
    await page.locator('[data-reading-mode-set="stacked"]').click();
    const order = await page.locator("section[data-step]").evaluateAll((els) =>
      els.map((s) => {
        const fig = s.querySelector<HTMLElement>(":scope > figure.step-figure");
        const text = s.querySelector<HTMLElement>(":scope > p");
        if (!fig || !text) return false;
        return (
          fig.dataset["chart"] === (s as HTMLElement).dataset["show"] &&
          fig.getBoundingClientRect().top > text.getBoundingClientRect().bottom - 1 &&
          fig.getBoundingClientRect().height > 20
        );
      }),
    );
    expect(order.every(Boolean)).toBe(true);
    // A figure that reuses an earlier drawing becomes a real copy near the screen, so its marks answer too.
    const reused = await page
      .locator("figure.step-figure")
      .evaluateAll((els) => els.findIndex((f) => f.querySelector("use[data-reuse]")));
    expect(reused).toBeGreaterThanOrEqual(0);
    const fig = page.locator("figure.step-figure").nth(reused);
    await fig.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (i) => !document.querySelectorAll("figure.step-figure")[i]!.querySelector("use[data-reuse]"),
      reused,
    );
    expect(await fig.locator("[data-tip]").count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe("before the island", () => {
  it("the remembered mode is set before the first paint, by a script the policy allows", async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => {
      localStorage.setItem("crossings:reading-mode", "steps");
      const w = window as unknown as { __violations: string[]; __atParse: string | undefined };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(e.violatedDirective));
      // What the page says when the parser reaches the body, before any module script has run.
      new MutationObserver((_m, o) => {
        if (!document.body) return;
        w.__atParse = document.documentElement.dataset["readingMode"];
        o.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/`, { waitUntil: "networkidle" });
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __violations: string[]; __atParse: string | undefined };
      return { violations: w.__violations, atParse: w.__atParse };
    });
    expect(seen).toEqual({ violations: [], atParse: "steps" });
    expect(await mode(page)).toBe("steps");
    await context.close();
  });

  it("if the island never starts, the page falls back to text with figures", async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => localStorage.setItem("crossings:reading-mode", "scroll"));
    await context.route("**/_astro/*.js", (r) => r.abort());
    const page = await context.newPage();
    await page.goto(`${site.url}/`, { waitUntil: "load" });
    await page.waitForFunction(() => document.documentElement.dataset["readingMode"] === "stacked");
    const shown = await page
      .locator("figure.step-figure")
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(shown).toBe(await page.locator("section[data-step]").count());
    await context.close();
  });
});

describe("print", () => {
  it.each(["scroll", "steps", "stacked"] as const)(
    "printed from %s mode, every step shows with its own figure and no controls",
    async (m) => {
      const { context, page } = await open({ reducedMotion: true });
      await page.locator(`[data-reading-mode-set="${m}"]`).click();
      await page.emulateMedia({ media: "print" });
      const shown = await page.evaluate(() => {
        const tall = (el: Element | null) => !!el && el.getBoundingClientRect().height > 20;
        const steps = [...document.querySelectorAll("section[data-step]")];
        return {
          steps: steps.length,
          withFigure: steps.filter((s) => tall(s) && tall(s.querySelector(":scope > figure.step-figure svg")))
            .length,
          pane: getComputedStyle(document.querySelector(".scrolly-graphic")!).display,
          controls: getComputedStyle(document.querySelector("[data-reading-modes]")!).display,
          nav: getComputedStyle(document.querySelector(".step-nav")!).display,
        };
      });
      expect(shown.withFigure).toBe(shown.steps);
      expect([shown.pane, shown.controls, shown.nav]).toEqual(["none", "none", "none"]);
      await context.close();
    },
  );
});

describe("the first-visit hint", () => {
  it("shows once, dismisses without trapping focus, and stays away", async () => {
    const { context, page } = await open({ hint: true });
    const hint = page.locator("[data-reading-hint]");
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.getAttribute("aria-modal")).toBeNull();
    expect(await hint.getAttribute("role")).toBeNull();
    const dismiss = page.locator("[data-reading-hint-dismiss]");
    await dismiss.focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("[data-reading-hint]"))).toBeNull();
    await dismiss.click();
    expect(await hint.isVisible()).toBe(false);
    await page.reload({ waitUntil: "networkidle" });
    expect(await page.locator("[data-reading-hint]").isVisible()).toBe(false);
    await context.close();
  });
});

describe("accessibility of what the island adds", () => {
  const violations = async (page: Page) =>
    (await new AxeBuilder({ page }).analyze()).violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );

  it.each(["light", "dark"] as const)(
    "axe finds nothing with the pane filled, in step by step, or with a tapped mark's sheet open (%s)",
    async (scheme) => {
      const { context, page } = await open({
        width: 390,
        height: 844,
        scheme,
        touch: true,
        reducedMotion: true,
      });
      await scrollTo(page, "bd-routes");
      await page.locator(".scrolly-graphic details.chart-more > summary").click();
      expect(await violations(page)).toEqual([]);
      await page.locator(".scrolly-graphic details.chart-more > summary").click();
      const mark = await page.evaluate(() => {
        const el = [...document.querySelectorAll<SVGGraphicsElement>(".scrolly-graphic [data-tip]")].find(
          (m) => {
            const b = m.getBoundingClientRect();
            const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
            return b.width > 2 && b.width < 60 && !!hit && (hit === m || m.contains(hit));
          },
        )!;
        const b = el.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      });
      await page.touchscreen.tap(mark.x, mark.y);
      await page.locator("[data-tip-sheet]").waitFor({ state: "visible" });
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press("Escape");
      await page.locator('[data-reading-mode-set="steps"]').click();
      expect(await violations(page)).toEqual([]);
      await context.close();
    },
    300_000,
  );
});
