/**
 * The classroom in a real browser: the deck (keys, URL, reload), the speaker view, the handout's PDF, the
 * exercise, and the offline copy opened from file://. Every request must stay on 127.0.0.1 (or on disk).
 * Run after `npm run build`: `npx vitest run --config vitest.browser.config.ts test/browser/classroom.test.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { unzipSync } from "fflate";
import { PDFArray, PDFDocument, PDFRawStream, PDFRef, decodePDFRawStream, type PDFObject } from "pdf-lib";
import type { Page } from "playwright-core";
import { DIST, useSite } from "./harness.ts";
import { currentSlide, onSlide as onDeckSlide, ready, slideIds, watchedContexts } from "./deck-helpers.ts";
import { FOLDER, checkEntryName, offlineZip } from "../../scripts/pack.ts";

const site = useSite();
const { context, offsite, problems } = watchedContexts(site);
/** Waits until the deck shows this slide and the URL names it. */
const onSlide = (p: Page, id: string) => onDeckSlide(p, id, { hash: true });

describe("the deck", () => {
  it("moves through at least 20 slides with the keyboard, and the URL follows", async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    await p.goto(`${site.url}/present/`);
    await ready(p);
    const ids = await slideIds(p);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ids).size).toBe(ids.length);
    // Every slide has its notes in the page.
    expect(
      await p.$$eval(
        ".slides > section[data-slide] > aside.notes",
        (n) => n.filter((e) => e.textContent!.trim()).length,
      ),
    ).toBe(ids.length);
    expect(await currentSlide(p)).toBe(ids[0]);
    // reveal.js writes the URL at most once a second, so walk 21 slides one key at a time, then jump.
    const forward = ["ArrowRight", "Space", "PageDown", "ArrowDown"];
    const walk = Math.min(ids.length - 1, 21);
    for (let i = 1; i <= walk; i++) {
      await p.keyboard.press(forward[i % forward.length]!);
      await onSlide(p, ids[i]!);
    }
    await p.keyboard.press("PageUp");
    await onSlide(p, ids[walk - 1]!);
    await p.keyboard.press("ArrowLeft");
    await onSlide(p, ids[walk - 2]!);
    await p.keyboard.press("End");
    await onSlide(p, ids[ids.length - 1]!);
    await p.keyboard.press("Home");
    await onSlide(p, ids[0]!);
    // A progress bar and an overview.
    expect(await p.locator(".reveal .progress").isVisible()).toBe(true);
    await p.keyboard.press("o");
    await p.waitForSelector(".reveal.overview");
    await p.keyboard.press("Escape");
    await p.waitForFunction(() => !document.querySelector(".reveal.overview"));
    await ctx.close();
  });

  it("keeps the slide when the page is reloaded, and opens a slide from its URL", async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    await p.goto(`${site.url}/present/`);
    await ready(p);
    const ids = await slideIds(p);
    for (let i = 0; i < 5; i++) await p.keyboard.press("ArrowRight");
    await onSlide(p, ids[5]!);
    await p.reload();
    await ready(p);
    await onSlide(p, ids[5]!);
    await p.goto(`${site.url}/present/#/${ids[7]}`);
    await ready(p);
    await onSlide(p, ids[7]!);
    await ctx.close();
  });

  it("turns transitions off for reduced motion", async () => {
    const ctx = await context({ reducedMotion: "reduce" });
    const p = await ctx.newPage();
    await p.goto(`${site.url}/present/`);
    await ready(p);
    expect(await p.evaluate(() => document.querySelector(".reveal")!.classList.contains("none"))).toBe(true);
    expect(await p.evaluate(() => document.querySelector(".reveal")!.classList.contains("fade"))).toBe(false);
    await ctx.close();
  });

  it("opens a speaker view that shows the current slide's notes, follows the deck and drives it", async () => {
    const ctx = await context();
    const deck = await ctx.newPage();
    await deck.goto(`${site.url}/present/`);
    await ready(deck);
    const ids = await slideIds(deck);
    await deck.keyboard.press("ArrowRight");
    await onSlide(deck, ids[1]!);
    const [speaker] = await Promise.all([ctx.waitForEvent("page"), deck.keyboard.press("s")]);
    await speaker.waitForLoadState();
    const notesOf = async (id: string) =>
      (await deck.textContent(`section[data-slide="${id}"] > aside.notes`))!.replace(/\s+/g, " ").trim();
    const shown = () => speaker.locator("[data-note-for]:not([hidden]) [data-notes]");
    await speaker.waitForFunction((id) => document.documentElement.dataset["current"] === id, ids[1]);
    expect((await shown().textContent())!.replace(/\s+/g, " ").trim()).toBe(await notesOf(ids[1]!));
    // The deck moves; the speaker view follows.
    await deck.keyboard.press("ArrowRight");
    await onSlide(deck, ids[2]!);
    await speaker.waitForFunction((id) => document.documentElement.dataset["current"] === id, ids[2]);
    expect((await shown().textContent())!.replace(/\s+/g, " ").trim()).toBe(await notesOf(ids[2]!));
    // The speaker view moves the deck.
    await speaker.click('button[data-go="1"]');
    await onSlide(deck, ids[3]!);
    await speaker.waitForFunction((id) => document.documentElement.dataset["current"] === id, ids[3]);
    // The timer runs.
    const t0 = await speaker.textContent("[data-elapsed]");
    expect(t0).toMatch(/^\d\d:\d\d$/);
    await speaker.waitForFunction((t) => document.querySelector("[data-elapsed]")?.textContent !== t, t0, {
      timeout: 3_000,
    });
    await ctx.close();
  });
});

/** The pages of a PDF, in order, each with its decoded content stream(s), read with pdf-lib. */
async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const decode = (o: PDFObject | undefined): string => {
    const v = o instanceof PDFRef ? doc.context.lookup(o) : o;
    if (v instanceof PDFArray) return v.asArray().map(decode).join("\n");
    if (v instanceof PDFRawStream) return Buffer.from(decodePDFRawStream(v).decode()).toString("latin1");
    return "";
  };
  const pages = doc.getPages().map((p) => decode(p.node.Contents()));
  expect(pages.length, "pdf-lib counts the same pages as the page tree").toBe(doc.getPageCount());
  return pages;
}
/** Path-building operators (move, line, curve, rectangle) in a content stream: what an SVG becomes. */
const pathOps = (content: string) => (content.match(/(?<![A-Za-z])(?:m|l|c|re)(?=\s)/g) ?? []).length;

describe("the handout", () => {
  it("prints one page per slide, and every figure page keeps its SVG paths", async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    await p.goto(`${site.url}/present/handout/`);
    await p.emulateMedia({ media: "print" });
    const sections = await p.$$eval(".handout-page", (els) =>
      els.map((e) => ({
        id: (e as HTMLElement).dataset["slide"]!,
        chart: e.querySelector("[data-chart]")?.getAttribute("data-chart") ?? null,
      })),
    );
    const deck = await (async () => {
      const d = await ctx.newPage();
      await d.goto(`${site.url}/present/`);
      const ids = await slideIds(d);
      await d.close();
      return ids;
    })();
    expect(sections.map((s) => s.id)).toEqual(deck);
    const pages = await pdfPages(await p.pdf({ preferCSSPageSize: true }));
    expect(pages.length, `the handout's PDF should have one page per slide (${sections.length})`).toBe(
      sections.length,
    );
    const plain = Math.max(...pages.filter((_, i) => !sections[i]!.chart).map(pathOps), 0);
    sections.forEach((s, i) => {
      if (!s.chart) return;
      expect(pathOps(pages[i]!), `page ${i + 1} (${s.id}, ${s.chart}) has lost its figure`).toBeGreaterThan(
        plain + 20,
      );
    });
    await ctx.close();
  });
});

describe("the exercise", () => {
  it("scores a scenario, explains it and links to the definitions, by keyboard", async () => {
    const ctx = await context({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const p = await ctx.newPage();
    await p.goto(`${site.url}/exercise/`);
    const scenarios = p.locator("[data-scenario]");
    expect(await scenarios.count()).toBeGreaterThanOrEqual(12);
    expect(await p.locator("[data-scenario] .scenario-label").first().textContent()).toMatch(/fictional/i);
    await p.waitForSelector(".exercise.is-live");

    // The first scenario, answered rightly with the keyboard alone.
    const first = scenarios.nth(0);
    const key = await first.locator("details.ex-answer").evaluate((d) => ({
      answer: (d as HTMLElement).dataset["answer"]!,
      elements: (d as HTMLElement).dataset["elements"]!.split(" ").filter(Boolean),
      why: d.querySelector(".ex-explanation")!.textContent!.trim(),
    }));
    const radios = await first
      .locator('input[type="radio"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await first.locator('input[type="radio"]').first().focus();
    await p.keyboard.press("Space");
    for (let i = 0; i < radios.indexOf(key.answer); i++) await p.keyboard.press("ArrowDown");
    for (const box of await first.locator('input[type="checkbox"]').all()) {
      const value = await box.getAttribute("value");
      if (key.elements.includes(value!)) {
        await box.focus();
        await p.keyboard.press("Space");
      }
    }
    await first.locator('button[type="submit"]').focus();
    await p.keyboard.press("Enter");
    const feedback = first.locator("[data-feedback]");
    await feedback.waitFor({ state: "visible" });
    expect(await feedback.getAttribute("data-result")).toBe("right");
    expect(await feedback.locator(".ex-verdict").textContent()).toMatch(/^Right/);
    expect(await feedback.locator(".ex-explanation").textContent()).toBe(key.why);
    expect(await feedback.locator('a[href^="/#"]').count()).toBe(1);
    expect(await p.textContent("[data-score-text]")).toMatch(/^1 of 1 answered correctly/);

    // The second, answered wrongly by tapping: the feedback says so and gives the right answer.
    const second = scenarios.nth(1);
    const right = await second.locator("details.ex-answer").getAttribute("data-answer");
    const wrong = radios.find((r) => r !== right)!;
    await second.locator(`input[type="radio"][value="${wrong}"]`).tap();
    await second.locator('button[type="submit"]').tap();
    await second.locator("[data-feedback]").waitFor({ state: "visible" });
    expect(await second.locator("[data-feedback]").getAttribute("data-result")).toBe("wrong");
    expect(await p.textContent("[data-score-text]")).toMatch(/^1 of 2 answered correctly/);

    // Answers stay on the device across a reload.
    await p.reload();
    await p.waitForSelector(".exercise.is-live");
    expect(await p.textContent("[data-score-text]")).toMatch(/^1 of 2 answered correctly/);
    await ctx.close();
  });

  it("reads without JavaScript, with each answer in a <details>", async () => {
    const ctx = await context({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${site.url}/exercise/`);
    const n = await p.locator("[data-scenario]").count();
    expect(await p.locator("[data-scenario] details.ex-answer").count()).toBe(n);
    expect(await p.locator("[data-scenario] form").first().isVisible()).toBe(false);
    await p.locator("[data-scenario] details.ex-answer summary").first().click();
    expect(await p.locator("[data-scenario] .ex-explanation").first().isVisible()).toBe(true);
    await ctx.close();
  });

  it("has a teacher's answer key", async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    await p.goto(`${site.url}/exercise/key/`);
    const exercise = await ctx.newPage();
    await exercise.goto(`${site.url}/exercise/`);
    expect(await p.locator("[data-key-for]").count()).toBe(await exercise.locator("[data-scenario]").count());
    await ctx.close();
  });
});

describe("the offline copy", () => {
  let dir: string;
  let root: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "crossings-offline-"));
    // The archive `npm run pack` writes, read back with the library that wrote it.
    const entries = unzipSync(new Uint8Array(await offlineZip(DIST)));
    const names = Object.keys(entries);
    expect(names.length, "the offline zip has no files").toBeGreaterThan(10);
    for (const name of names) {
      checkEntryName(name);
      expect(name.startsWith(`${FOLDER}/`), `${name} is outside ${FOLDER}/`).toBe(true);
      const to = resolve(dir, name);
      expect(to.startsWith(resolve(dir) + sep), `${name} unpacks outside the folder`).toBe(true);
      if (name.endsWith("/")) continue;
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, entries[name]!);
    }
    root = join(dir, FOLDER);
    expect(entries[`${FOLDER}/index.html`], "the offline zip has no index.html").toBeDefined();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const at = (path: string) => pathToFileURL(join(root, path)).href;

  it("opens the essay from disk, with its figures and scripts", async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    const before = problems.length;
    await p.goto(at("index.html"));
    expect(await p.locator("figure[data-chart] svg").count()).toBeGreaterThan(0);
    await p.waitForFunction(() => !!customElements.get("chart-tips"));
    // Links end in index.html so that they open pages, not folder listings.
    const hrefs = await p.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href")!));
    for (const h of hrefs.filter((h) => !/^(https?:|mailto:|tel:|#)/.test(h)))
      expect(h).toMatch(/(\.html|\.[a-z0-9]+)(#.*)?$|^index\.html/);
    expect(problems.slice(before)).toEqual([]);
    await ctx.close();
  });

  it("runs the slides from disk with the keyboard", async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    const before = problems.length;
    await p.goto(at("present/index.html"));
    await ready(p);
    const ids = await slideIds(p);
    for (let i = 1; i <= 3; i++) {
      await p.keyboard.press("ArrowRight");
      await onSlide(p, ids[i]!);
    }
    expect(p.url()).toContain(`present/index.html#/${ids[3]}`);
    // The speaker view works from disk too (postMessage between the two windows).
    const [speaker] = await Promise.all([ctx.waitForEvent("page"), p.keyboard.press("s")]);
    await speaker.waitForFunction((id) => document.documentElement.dataset["current"] === id, ids[3]);
    await p.keyboard.press("ArrowRight");
    await speaker.waitForFunction((id) => document.documentElement.dataset["current"] === id, ids[4]);
    expect(problems.slice(before)).toEqual([]);
    await ctx.close();
  });

  it("scores the exercise from disk", async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    await p.goto(at("exercise/index.html"));
    await p.waitForSelector(".exercise.is-live");
    const first = p.locator("[data-scenario]").first();
    const answer = await first.locator("details.ex-answer").getAttribute("data-answer");
    await first.locator(`input[type="radio"][value="${answer}"]`).check();
    await first.locator('button[type="submit"]').click();
    await first.locator("[data-feedback]").waitFor({ state: "visible" });
    expect(await p.textContent("[data-score-text]")).toMatch(/^1 of 1/);
    await ctx.close();
  });
});

describe("privacy", () => {
  it("sent no request beyond 127.0.0.1 and the disk, and no page reported an error", () => {
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });
});
