/**
 * What the classroom's browser tests share: a context that keeps every request on this machine (or on disk) and
 * records page errors, and the deck's small readers (is reveal.js ready, which slides, which is shown).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Site } from "./harness.ts";

const LOCAL_PROTOCOLS = ["file:", "data:", "blob:"];
const isLocal = (href: string) => {
  const url = new URL(href);
  return LOCAL_PROTOCOLS.includes(url.protocol) || url.hostname === "127.0.0.1";
};

export interface Watched {
  /** Requests that would have left the machine (each was blocked). */
  readonly offsite: string[];
  /** Page errors and console errors, with the page's address. */
  readonly problems: string[];
  /** A 1280×720 context (unless told otherwise) whose requests and pages are watched. */
  context(options?: Parameters<Browser["newContext"]>[0]): Promise<BrowserContext>;
}

export function watchedContexts(site: Site): Watched {
  const offsite: string[] = [];
  const problems: string[] = [];
  return {
    offsite,
    problems,
    async context(options = {}) {
      const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
      await ctx.route("**/*", (route) => {
        const href = route.request().url();
        if (isLocal(href)) return route.continue();
        offsite.push(href);
        return route.abort();
      });
      ctx.on("page", (p) => {
        p.on("pageerror", (e) => problems.push(`${p.url()}: ${e.message}`));
        p.on("console", (m) => {
          if (m.type() === "error") problems.push(`${p.url()}: ${m.text()}`);
        });
      });
      return ctx;
    },
  };
}

/** Resolves when reveal.js has laid the deck out. */
export const ready = (p: Page) => p.waitForSelector(".reveal.ready", { timeout: 20_000 });
/** The deck's slide ids, in order (read from the HTML, so they work without JavaScript too). */
export const slideIds = (p: Page) =>
  p.$$eval(".slides > section[data-slide]", (els) => els.map((e) => (e as HTMLElement).dataset["slide"]!));
/** The id of the slide on screen. */
export const currentSlide = (p: Page) =>
  p.evaluate(() => document.querySelector<HTMLElement>(".slides > section.present")?.dataset["slide"]);
/** Waits until the deck shows this slide (and, with `hash`, until the address names it too). */
export async function onSlide(p: Page, id: string, { hash = false } = {}): Promise<void> {
  await p.waitForFunction(
    ([want, withHash]) =>
      document.querySelector<HTMLElement>(".slides > section.present")?.dataset["slide"] === want &&
      (!withHash || location.hash === `#/${want}`),
    [id, hash] as const,
    { timeout: 5_000 },
  );
}
