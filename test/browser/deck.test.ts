/**
 * The classroom, round two, in a real browser: figures that fill the slide on 16:9 and 4:3 screens, map text
 * large enough to read, legends beside the figure or on one line, print (Ctrl+P and `?print-pdf`, one slide
 * per page, counted with a PDF parser), notes on one screen (T), the speaker view from a plain link in sync
 * both ways (served and from disk), a slide's address on a phone, the printed worksheet, and the content note.
 * Run after `npm run build`: `npx vitest run --config vitest.browser.config.ts test/browser/deck.test.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { PDFDocument } from "pdf-lib";
import type { BrowserContext, Page } from "playwright-core";
import { DIST, useSite } from "./harness.ts";
import { currentSlide, onSlide, ready, slideIds, watchedContexts } from "./deck-helpers.ts";
import { offlineFiles } from "../../scripts/pack.ts";

const site = useSite();
const { context, offsite, problems } = watchedContexts(site);

/** Opens a slide through its address, as a link to it would. */
async function goTo(p: Page, id: string): Promise<void> {
  await p.evaluate((want) => (location.hash = `#/${want}`), id);
  await onSlide(p, id);
}
const clean = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
/** The slide ids of a deck, read without JavaScript. */
async function slideIdsAt(ctx: BrowserContext, path: string): Promise<string[]> {
  const p = await ctx.newPage();
  await p.goto(`${site.url}${path}`);
  const ids = await slideIds(p);
  await p.close();
  return ids;
}

interface Measured {
  id: string;
  kind: string;
  /** The drawing's share of the screen (its view box as drawn, not its element's box). */
  share: number;
  /** The smallest map text as rendered, CSS px. */
  minText: number;
  legend: "none" | "one-line" | "beside" | "elsewhere";
  /** How far the slide's text runs below its canvas, px (≤ 0: it fits). */
  overflow: number;
}

/** Measures the slide on screen: its figure, its map text, its legend and whether its text fits. */
const measure = (p: Page) =>
  p.evaluate((): Omit<Measured, "id"> => {
    const sec = document.querySelector<HTMLElement>(".slides > section.present")!;
    const svg = [...sec.querySelectorAll<SVGSVGElement>("svg[data-chart-svg]")].find(
      (e) => e.getBoundingClientRect().width > 0,
    )!;
    const box = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    const k = Math.min(box.width / vb.width, box.height / vb.height);
    const share = (vb.width * k * vb.height * k) / (innerWidth * innerHeight);
    const kind = sec.querySelector("figure")?.getAttribute("data-kind") ?? "chart";
    const texts = [...svg.querySelectorAll<SVGTextElement>("text")].filter(
      (t) => t.getBoundingClientRect().width > 0 && getComputedStyle(t).visibility !== "hidden",
    );
    const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1));
    const legendEl = sec.querySelector<HTMLElement>(".legend");
    let legend: Measured["legend"] = "none";
    if (legendEl && legendEl.getBoundingClientRect().width > 0) {
      const l = legendEl.getBoundingClientRect();
      const tops = [...legendEl.children].map((li) => Math.round(li.getBoundingClientRect().top));
      if (Math.max(...tops) - Math.min(...tops) <= 2) legend = "one-line";
      else if (l.right <= box.left + 1 || l.left >= box.right - 1) legend = "beside";
      else legend = "elsewhere";
    }
    const grid = sec.querySelector<HTMLElement>(".slide-grid")!;
    const g = grid.getBoundingClientRect();
    const scale = g.height / grid.offsetHeight;
    const bottom = g.bottom - parseFloat(getComputedStyle(grid).paddingBottom) * scale;
    const parts = grid.querySelectorAll(".slide-head, .points, .chart-head, .legend, figcaption, chart-tips");
    const overflow = Math.max(...[...parts].map((e) => e.getBoundingClientRect().bottom - bottom));
    return { share, kind, minText: sizes.length ? Math.min(...sizes) : Infinity, legend, overflow };
  });

describe("figures fill the slide", () => {
  const screens = [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ];
  const results = new Map<string, Measured[]>();

  beforeAll(async () => {
    for (const viewport of screens) {
      const ctx = await context({ viewport });
      const p = await ctx.newPage();
      await p.goto(`${site.url}/present/`);
      await ready(p);
      const rows: Measured[] = [];
      for (const id of (await slideIds(p)).slice(1)) {
        await goTo(p, id);
        rows.push({ id, ...(await measure(p)) });
      }
      results.set(`${viewport.width}x${viewport.height}`, rows);
      await ctx.close();
    }
  });

  it.each(screens.map((s) => `${s.width}x${s.height}`))(
    "at %s every figure takes at least 30 percent of the screen",
    (screen) => {
      const rows = results.get(screen)!;
      expect(rows.length).toBeGreaterThan(40);
      const small = rows.filter((r) => r.share < 0.3).map((r) => `${r.id} (${(r.share * 100).toFixed(1)} %)`);
      expect(small).toEqual([]);
    },
  );

  it("at 1280x720 every map's text is at least 14 px", () => {
    const maps = results.get("1280x720")!.filter((r) => r.kind === "map");
    expect(maps.length).toBeGreaterThan(15);
    const small = maps.filter((r) => r.minText < 14).map((r) => `${r.id} (${r.minText.toFixed(1)} px)`);
    expect(small).toEqual([]);
  });

  it("puts every legend beside its figure or on one line", () => {
    for (const [screen, rows] of results) {
      const bad = rows.filter((r) => r.legend === "elsewhere").map((r) => r.id);
      expect(bad, screen).toEqual([]);
      expect(rows.some((r) => r.legend === "beside")).toBe(true);
      expect(rows.some((r) => r.legend === "one-line")).toBe(true);
    }
  });

  it("keeps each slide's words on its canvas", () => {
    for (const [screen, rows] of results) {
      const spilt = rows.filter((r) => r.overflow > 1).map((r) => `${r.id} (${Math.round(r.overflow)} px)`);
      expect(spilt, screen).toEqual([]);
    }
  });

  it("lays a 4:3 screen out on the taller canvas and a 16:9 one on the wide canvas", async () => {
    for (const [viewport, canvas] of [
      [{ width: 1024, height: 768 }, "standard"],
      [{ width: 1280, height: 720 }, "wide"],
    ] as const) {
      const ctx = await context({ viewport });
      const p = await ctx.newPage();
      await p.goto(`${site.url}/present/`);
      await ready(p);
      expect(await p.evaluate(() => document.documentElement.dataset["canvas"])).toBe(canvas);
      const planned = await p.$$eval(
        ".slides > section[data-layout]",
        (els, c) =>
          els.every((e) => {
            const s = (e as HTMLElement).dataset;
            return s["layout"] === s[c === "wide" ? "layoutWide" : "layoutStandard"];
          }),
        canvas,
      );
      expect(planned).toBe(true);
      await ctx.close();
    }
  });
});

/** Pages of a PDF, read with a PDF parser. */
const pageCount = async (pdf: Buffer) => (await PDFDocument.load(pdf)).getPageCount();

describe("print", () => {
  /** Under print media: every slide visible, with its figure, its sources and, on a map, the boundary note. */
  async function printedSlides(p: Page) {
    await p.emulateMedia({ media: "print" });
    return p.$$eval(".slides > section[data-slide]", (els) =>
      els.map((s) => {
        const visible = (e: Element | null) => !!e && e.getBoundingClientRect().height > 0;
        const r = s.getBoundingClientRect();
        return {
          id: (s as HTMLElement).dataset["slide"]!,
          size: `${Math.round(r.width)}x${Math.round(r.height)}`,
          headline: visible(s.querySelector("h1, h2")),
          figure: s.querySelector("figure") ? visible(s.querySelector("svg[data-chart-svg]")) : null,
          sources: s.querySelector("figure") ? visible(s.querySelector(".chart-source")) : null,
          boundary:
            s.querySelector("figure")?.getAttribute("data-kind") === "map"
              ? /do not imply endorsement/.test(
                  [...s.querySelectorAll(".chart-note")]
                    .filter((n) => visible(n))
                    .map((n) => n.textContent)
                    .join(" "),
                )
              : null,
          note: s.querySelector("[data-content-note]")
            ? visible(s.querySelector("[data-content-note]"))
            : null,
          notes: visible(s.querySelector("aside.notes")),
        };
      }),
    );
  }

  it.each([
    ["the live deck (Ctrl+P)", "/present/", true],
    ["?print-pdf", "/present/?print-pdf", true],
    ["the deck without JavaScript", "/present/", false],
  ] as const)("prints %s one slide per page, with figure, sources and boundary note", async (_, path, js) => {
    const ctx = await context({ javaScriptEnabled: js });
    const p = await ctx.newPage();
    await p.goto(`${site.url}${path}`);
    if (js && !path.includes("print-pdf")) await ready(p);
    const ids = await slideIds(p);
    expect(ids.length).toBeGreaterThan(40);
    const pdf = await p.pdf({ preferCSSPageSize: true });
    expect(await pageCount(pdf)).toBe(ids.length);
    const printed = await printedSlides(p);
    expect(printed.map((s) => s.id)).toEqual(ids);
    for (const s of printed) {
      expect(s.size, s.id).toBe("1280x720");
      expect(s.headline, s.id).toBe(true);
      expect(s.notes, s.id).toBe(false);
      if (s.figure !== null) {
        expect(s.figure, `${s.id}: figure`).toBe(true);
        expect(s.sources, `${s.id}: sources`).toBe(true);
      }
      if (s.boundary !== null) expect(s.boundary, `${s.id}: boundary note`).toBe(true);
    }
    expect(printed[0]!.note).toBe(true);
    await ctx.close();
  });

  it("shows the print layout on screen with ?print-pdf, without starting reveal.js or adding to the CSP", async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    const res = await p.goto(`${site.url}/present/?print-pdf`);
    expect(await p.evaluate(() => document.documentElement.classList.contains("print-view"))).toBe(true);
    expect(await p.locator(".reveal").count()).toBe(0);
    const plain = await (await ctx.newPage()).goto(`${site.url}/present/`);
    const csp = async (r: typeof res) =>
      /http-equiv="content-security-policy" content="([^"]+)"/.exec((await r!.text()) ?? "")?.[1];
    expect(await csp(res)).toBe(await csp(plain));
    expect(await csp(res)).not.toContain("unsafe");
    // Every slide on its own 16:9 page, one under the other.
    const boxes = await p.$$eval(".slides > section[data-slide]", (els) =>
      els.slice(0, 3).map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
    );
    for (const b of boxes) expect(b.height / b.width).toBeCloseTo(720 / 1280, 2);
    expect(boxes[1]!.top).toBeGreaterThan(boxes[0]!.bottom);
    await ctx.close();
  });
});

describe("notes on one screen", () => {
  it("T shows the current slide's notes over the deck, they follow the slides, N still moves on", async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    await p.goto(`${site.url}/present/`);
    await ready(p);
    const ids = await slideIds(p);
    const overlay = p.locator("[data-notes-overlay]");
    const notesOf = async (id: string) =>
      clean(await p.textContent(`section[data-slide="${id}"] > aside.notes`));
    expect(await overlay.isVisible()).toBe(false);
    await goTo(p, ids[3]!);
    await p.keyboard.press("t");
    await overlay.waitFor({ state: "visible" });
    expect(clean(await overlay.locator("[data-notes-overlay-text]").textContent())).toBe(
      await notesOf(ids[3]!),
    );
    expect(await p.getAttribute("[data-notes-toggle]", "aria-pressed")).toBe("true");
    // N is still reveal's "next"; the notes follow.
    await p.keyboard.press("n");
    await onSlide(p, ids[4]!);
    expect(clean(await overlay.locator("[data-notes-overlay-text]").textContent())).toBe(
      await notesOf(ids[4]!),
    );
    await p.keyboard.press("ArrowRight");
    await onSlide(p, ids[5]!);
    expect(clean(await overlay.locator("[data-notes-overlay-text]").textContent())).toBe(
      await notesOf(ids[5]!),
    );
    // The overlay warns that a mirrored projector shows it.
    expect(await overlay.textContent()).toMatch(/mirror/i);
    await p.keyboard.press("t");
    await overlay.waitFor({ state: "hidden" });
    // Off again after a reload: it is never remembered.
    await p.keyboard.press("t");
    await overlay.waitFor({ state: "visible" });
    await p.reload();
    await ready(p);
    expect(await overlay.isVisible()).toBe(false);
    await ctx.close();
  });

  it("the help overlay and the teachers' page warn that a mirrored projector shows the notes", async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    await p.goto(`${site.url}/present/`);
    await ready(p);
    await p.keyboard.press("Shift+Slash");
    const help = p.locator(".r-overlay-help");
    await help.waitFor({ state: "visible" });
    const row = help.locator("tr", { hasText: /speaker notes on this screen/i });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toMatch(/^\s*T/);
    expect(await row.textContent()).toMatch(/mirror/i);
    const teach = await ctx.newPage();
    await teach.goto(`${site.url}/teach/`);
    expect(await teach.locator("[data-mirror-warning]").textContent()).toMatch(/mirror/i);
    expect(await teach.locator("[data-mirror-warning]").isVisible()).toBe(true);
    await ctx.close();
  });
});

describe("the speaker view", () => {
  /** Deck and speaker view move each other: the deck by its keys, the speaker view by its buttons. */
  async function inSync(deck: Page, speaker: Page, ids: string[], from: number): Promise<void> {
    const shows = (id: string) =>
      speaker.waitForFunction((want) => document.documentElement.dataset["current"] === want, id, {
        timeout: 5_000,
      });
    await shows(ids[from]!);
    await deck.keyboard.press("ArrowRight");
    await onSlide(deck, ids[from + 1]!);
    await shows(ids[from + 1]!);
    await speaker.click('button[data-go="1"]');
    await onSlide(deck, ids[from + 2]!);
    await shows(ids[from + 2]!);
    await speaker.keyboard.press("ArrowLeft");
    await onSlide(deck, ids[from + 1]!);
    await shows(ids[from + 1]!);
  }

  it("opens from a plain link (no popup) and stays in sync both ways", async () => {
    const ctx = await context();
    const deck = await ctx.newPage();
    await deck.goto(`${site.url}/present/`);
    await ready(deck);
    const ids = await slideIds(deck);
    const link = deck.locator("a[data-speaker-link]");
    expect(await link.getAttribute("href")).toBe("/present/speaker/");
    expect(await link.getAttribute("target")).toBe("crossings-speaker");
    await goTo(deck, ids[2]!);
    const [speaker] = await Promise.all([ctx.waitForEvent("page"), link.click()]);
    await speaker.waitForLoadState();
    expect(new URL(speaker.url()).pathname).toBe("/present/speaker/");
    await inSync(deck, speaker, ids, 2);
    // S follows the same link: the named window is reused, not a second one opened.
    const pages = ctx.pages().length;
    await deck.keyboard.press("s");
    await deck.waitForTimeout(300);
    expect(ctx.pages().length).toBe(pages);
    await ctx.close();
  });

  it("follows and drives a deck it was not opened from (a second window opened by hand)", async () => {
    const ctx = await context();
    const deck = await ctx.newPage();
    await deck.goto(`${site.url}/present/`);
    await ready(deck);
    const ids = await slideIds(deck);
    await goTo(deck, ids[6]!);
    const speaker = await ctx.newPage();
    await speaker.goto(`${site.url}/present/speaker/`);
    expect(await speaker.evaluate(() => window.opener)).toBeNull();
    await inSync(deck, speaker, ids, 6);
    await ctx.close();
  });

  describe("from the offline copy", () => {
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "crossings-deck-"));
      for (const f of await offlineFiles(DIST)) {
        mkdirSync(dirname(join(dir, f.path)), { recursive: true });
        writeFileSync(join(dir, f.path), f.data);
      }
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const at = (path: string) => pathToFileURL(join(dir, path)).href;

    it("opens from the deck's link on disk and stays in sync both ways", async () => {
      const ctx = await context();
      const deck = await ctx.newPage();
      await deck.goto(at("present/index.html"));
      await ready(deck);
      const ids = await slideIds(deck);
      await goTo(deck, ids[1]!);
      const [speaker] = await Promise.all([
        ctx.waitForEvent("page"),
        deck.locator("a[data-speaker-link]").click(),
      ]);
      await speaker.waitForLoadState();
      expect(speaker.url()).toMatch(/^file:.*present\/speaker\/index\.html$/);
      await inSync(deck, speaker, ids, 1);
      await ctx.close();
    });

    it("syncs a speaker view opened by hand from disk", async () => {
      const ctx = await context();
      const deck = await ctx.newPage();
      await deck.goto(at("present/index.html"));
      await ready(deck);
      const ids = await slideIds(deck);
      await goTo(deck, ids[4]!);
      const speaker = await ctx.newPage();
      await speaker.goto(at("present/speaker/index.html"));
      await inSync(deck, speaker, ids, 4);
      await ctx.close();
    });
  });
});

describe("on a phone", () => {
  it("a slide's address scrolls the stacked deck to that slide", async () => {
    const ctx = await context({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const p = await ctx.newPage();
    await p.goto(`${site.url}/present/`);
    const ids = await slideIds(p);
    expect(await p.locator(".reveal").count()).toBe(0);
    for (const id of [ids[Math.floor(ids.length / 2)]!, ids[ids.length - 2]!]) {
      await p.goto(`${site.url}/present/#/${id}`);
      await p.waitForFunction(
        (want) => {
          const top = document.getElementById(want)?.getBoundingClientRect().top ?? 1e9;
          return Math.abs(top) < 40;
        },
        id,
        { timeout: 5_000 },
      );
      expect(await currentSlide(p)).toBeUndefined();
    }
    await ctx.close();
  });
});

describe("the printed worksheet", () => {
  it("under print media shows every scenario with boxes and lines, no navigation, no answers, a footer", async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    await p.goto(`${site.url}/exercise/`);
    await p.waitForSelector(".exercise.is-live");
    const total = await p.locator("[data-scenario]").count();
    expect(total).toBeGreaterThanOrEqual(12);
    await p.emulateMedia({ media: "print" });
    const seen = await p.evaluate(() => {
      const shown = (e: Element | null) => !!e && e.getBoundingClientRect().height > 0;
      return {
        nav: [...document.querySelectorAll("nav, .site-header, .site-footer, .skip-link")].some(shown),
        scenarios: [...document.querySelectorAll("[data-scenario]")].map((s) => ({
          shown: shown(s),
          boxes: [...s.querySelectorAll("input")].filter(shown).length,
          lines: s.querySelectorAll(".ws-lines span").length,
          linesShown: shown(s.querySelector(".ws-lines")),
          answer: shown(s.querySelector(".ex-answer")),
          button: shown(s.querySelector("button")),
        })),
        fields: shown(document.querySelector(".ws-fields")),
        note: shown(document.querySelector("[data-content-note]")),
        footer: getComputedStyle(document.documentElement).getPropertyValue("--ws-footer"),
        printed: document.querySelector("[data-today] time")?.getAttribute("datetime"),
      };
    });
    expect(seen.nav).toBe(false);
    expect(seen.printed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(seen.scenarios).toHaveLength(total);
    for (const s of seen.scenarios) {
      expect(s).toMatchObject({ shown: true, linesShown: true, answer: false, button: false });
      expect(s.boxes).toBe(9);
      expect(s.lines).toBeGreaterThanOrEqual(3);
    }
    expect(seen.fields).toBe(true);
    expect(seen.note).toBe(true);
    expect(seen.footer).toMatch(/Crossings · .*\/exercise\/ · \d{1,2} \w+ \d{4}/);
    const pdf = await p.pdf({ preferCSSPageSize: true });
    expect(await pageCount(pdf)).toBeGreaterThan(2);
    await ctx.close();
  });

  it("prints the answer key on its own, and shows the worksheet's footer without JavaScript", async () => {
    const ctx = await context({ javaScriptEnabled: false });
    const key = await ctx.newPage();
    await key.goto(`${site.url}/exercise/key/`);
    await key.emulateMedia({ media: "print" });
    const shown = await key.$$eval(
      "[data-key-for]",
      (els) => els.filter((e) => e.getBoundingClientRect().height > 0).length,
    );
    const ws = await ctx.newPage();
    await ws.goto(`${site.url}/exercise/`);
    await ws.emulateMedia({ media: "print" });
    expect(shown).toBe(await ws.locator("[data-scenario]").count());
    expect(await ws.locator(".ws-footer").isVisible()).toBe(true);
    expect(await ws.locator(".ws-footer").textContent()).toMatch(/Crossings · .*\/exercise\//);
    expect(await ws.locator("[data-scenario] .ex-answer").first().isVisible()).toBe(false);
    await ctx.close();
  });
});

describe("the content note and helplines", () => {
  it.each([
    ["/present/", "deck"],
    ["/exercise/", "exercise"],
    ["/teach/", "teach"],
    ["/present/handout/", "handout"],
  ])("open %s, on screen and in print", async (path, surface) => {
    const ctx = await context();
    const p = await ctx.newPage();
    await p.goto(`${site.url}${path}`);
    const note = p.locator(`[data-content-note="${surface}"]`);
    expect(await note.count()).toBe(1);
    expect(
      await note.locator(".helplines li").evaluateAll((l) => l.map((e) => e.getAttribute("data-country"))),
    ).toEqual(["IND", "NPL", "BGD"]);
    expect(await note.locator('a[href^="tel:"]').count()).toBeGreaterThanOrEqual(6);
    // Each helpline links to its source.
    expect(await note.locator(".helpline").count()).toBe(
      await note.locator('.helpline a[href*="/sources/#"]').count(),
    );
    if (surface === "deck") {
      expect(await note.evaluate((n) => n.closest("section[data-slide]")?.getAttribute("data-slide"))).toBe(
        "title",
      );
      await ready(p);
      expect(await note.isVisible()).toBe(true);
    }
    await p.emulateMedia({ media: "print" });
    expect(await note.isVisible()).toBe(true);
    await ctx.close();
  });
});

describe("weight", () => {
  it("prints each drawing once on /present/, and every slide stays in the HTML", async () => {
    const ctx = await context({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${site.url}/present/`);
    const drawings = await p.$$eval("g[id^='draw-']", (els) => els.map((e) => e.id));
    expect(new Set(drawings).size).toBe(drawings.length);
    expect(drawings.length).toBeGreaterThan(5);
    expect(await p.locator("template").count()).toBe(0);
    const slides = await p.locator(".slides > section[data-slide]").count();
    expect(
      await p.locator(".slides > section[data-slide] svg[data-chart-svg]").count(),
    ).toBeGreaterThanOrEqual(slides - 1);
    await ctx.close();
  });
});

describe("the classroom in Hindi", () => {
  const devanagari = (s: string | null | undefined) => /\p{Script=Devanagari}/u.test(s ?? "");

  const hindiRows: Measured[] = [];
  it("the deck says lang=hi and draws its words in the self-hosted Devanagari font", async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    const fonts: string[] = [];
    p.on("request", (r) => {
      if (r.url().includes("/fonts/noto-sans-devanagari")) fonts.push(new URL(r.url()).pathname);
    });
    await p.goto(`${site.url}/hi/present/`);
    await ready(p);
    expect(await p.getAttribute("html", "lang")).toBe("hi");
    const ids = await slideIds(p);
    expect(ids).toEqual(await slideIdsAt(ctx, "/present/"));
    const headlines = await p.$$eval(".slides > section[data-slide] h2[id$='-h']", (els) =>
      els.map((e) => e.textContent ?? ""),
    );
    expect(headlines.length).toBe(ids.length - 1);
    expect(headlines.filter((h) => !devanagari(h))).toEqual([]);
    await p.evaluate(() => document.fonts.ready);
    expect(await p.evaluate(() => document.fonts.check('16px "Noto Sans Devanagari"', "दुर्व्यापार"))).toBe(
      true,
    );
    expect(fonts.length).toBeGreaterThan(0);
    for (const id of ids.slice(1)) {
      await goTo(p, id);
      hindiRows.push({ id, ...(await measure(p)) });
    }
    await ctx.close();
  });

  it("at 1280x720 every Hindi figure takes at least 30 percent of the screen and the words stay on the canvas", () => {
    expect(hindiRows.length).toBeGreaterThan(40);
    expect(hindiRows.filter((r) => r.overflow > 1).map((r) => `${r.id} ${r.overflow} px`)).toEqual([]);
    expect(
      hindiRows.filter((r) => r.share < 0.3).map((r) => `${r.id} ${(r.share * 100).toFixed(1)} %`),
    ).toEqual([]);
  });

  it("at 1280x720 Devanagari map labels on a slide render at 16 px or more", () => {
    const maps = hindiRows.filter((r) => r.kind === "map");
    expect(maps.length).toBeGreaterThan(5);
    expect(maps.filter((r) => r.minText < 16).map((r) => `${r.id} ${r.minText.toFixed(1)} px`)).toEqual([]);
  });

  it("T shows the Hindi notes with the mirror warning; reveal's help and arrows speak Hindi", async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    await p.goto(`${site.url}/hi/present/`);
    await ready(p);
    const ids = await slideIds(p);
    await goTo(p, ids[2]!);
    await p.keyboard.press("t");
    const overlay = p.locator("[data-notes-overlay]");
    await overlay.waitFor({ state: "visible" });
    const text = clean(await overlay.locator("[data-notes-overlay-text]").textContent());
    expect(text).toBe(clean(await p.textContent(`section[data-slide="${ids[2]!}"] > aside.notes`)));
    expect(devanagari(text)).toBe(true);
    expect(await overlay.textContent()).toContain("प्रोजेक्टर");
    await p.keyboard.press("t");
    await p.keyboard.press("Shift+Slash");
    const help = p.locator(".r-overlay-help");
    await help.waitFor({ state: "visible" });
    const helpText = clean(await help.textContent());
    expect(helpText).not.toMatch(/Keyboard Shortcuts|Next slide|Slide overview|ACTION/);
    expect(helpText).toContain("अगली स्लाइड");
    expect(clean(await help.locator("tr", { hasText: /^\s*T/ }).textContent())).toContain("प्रोजेक्टर");
    const labels = await p.$$eval(".reveal .controls button[aria-label]", (els) =>
      els.map((e) => e.getAttribute("aria-label") ?? ""),
    );
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((l) => !/\p{Script=Devanagari}/u.test(l))).toEqual([]);
    await ctx.close();
  });

  it("the speaker view and handout are in Hindi, and the speaker view lists the notes' questions", async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    await p.goto(`${site.url}/hi/present/speaker/`);
    expect(await p.getAttribute("html", "lang")).toBe("hi");
    const prompts = await p.$$eval(".speaker-prompt", (els) => els.map((e) => e.textContent ?? ""));
    expect(prompts.length).toBeGreaterThan(10);
    for (const q of prompts) expect(q).toMatch(/^\s*पूछें:/);
    const handout = await ctx.newPage();
    await handout.goto(`${site.url}/hi/present/handout/`);
    expect(await handout.getAttribute("html", "lang")).toBe("hi");
    expect(await handout.locator(".handout-page").count()).toBe((await slideIdsAt(ctx, "/present/")).length);
    expect(devanagari(await handout.textContent("h1"))).toBe(true);
    await ctx.close();
  });

  it("the Hindi worksheet prints every scenario in Hindi, with the English key's scenarios in the same order", async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    await p.goto(`${site.url}/hi/exercise/`);
    await p.waitForSelector(".exercise.is-live");
    expect(await p.getAttribute("html", "lang")).toBe("hi");
    const key = async (page: Page) =>
      page.$$eval("[data-scenario]", (els) =>
        els.map((e) => {
          const a = e.querySelector<HTMLElement>(".ex-answer")!;
          return `${e.getAttribute("data-scenario")}:${a.dataset["answer"]}:${a.dataset["elements"]}`;
        }),
      );
    const en = await ctx.newPage();
    await en.goto(`${site.url}/exercise/`);
    expect(await key(p)).toEqual(await key(en));
    await p.emulateMedia({ media: "print" });
    const seen = await p.$$eval("[data-scenario]", (els) =>
      els.map((s) => ({
        shown: s.getBoundingClientRect().height > 0,
        text: s.querySelector(".scenario-text")?.textContent ?? "",
      })),
    );
    expect(seen.length).toBeGreaterThanOrEqual(12);
    for (const s of seen) {
      expect(s.shown).toBe(true);
      expect(devanagari(s.text)).toBe(true);
    }
    const footer = await p.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue("--ws-footer"),
    );
    expect(footer).toMatch(/Crossings · .*\/hi\/exercise\/ · \d{1,2} \p{Script=Devanagari}+ \d{4}/u);
    await ctx.close();
  });
});

describe("privacy", () => {
  it("sent no request beyond 127.0.0.1 and the disk, and no page reported an error", () => {
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });
});
