/**
 * The built site in Debian's chromium: every route answers, renders with no console error, no failed request
 * and no request outside the site; axe finds no violations in light and dark; hostile query parameters are
 * inert; with JavaScript off every step still shows its figure; budgets hold.
 */
import { readFileSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";

interface Manifest {
  charts: { id: string }[];
}
const manifest = JSON.parse(readFileSync(`${DIST}/data/manifest.json`, "utf8")) as Manifest;
const ids = manifest.charts.map((c) => c.id);
const PAGES = [
  "/",
  "/charts/",
  "/present/",
  "/present/speaker/",
  "/present/handout/",
  "/exercise/",
  "/exercise/key/",
  "/teach/",
  "/data/",
  "/sources/",
  "/about/",
  ...ids.map((id) => `/charts/${id}/`),
  ...ids.map((id) => `/embed/${id}/`),
  // The Hindi edition: every kind of page, and a chart page and an embed of a chart and of a map.
  ...["", "charts/", "present/", "exercise/", "teach/", "data/", "sources/", "about/"].map((p) => `/hi/${p}`),
  ...["ncrb-trend", "map-bd-routes"].flatMap((id) => [`/hi/charts/${id}/`, `/hi/embed/${id}/`]),
];
import { DIST, useSite } from "./harness.ts";

const site = useSite();

interface Visit {
  page: Page;
  context: BrowserContext;
  errors: string[];
  failed: string[];
  foreign: string[];
  bytes: Map<string, number>;
}

async function visit(
  path: string,
  opts: { scheme?: "light" | "dark"; js?: boolean; width?: number } = {},
): Promise<Visit & { status: number }> {
  const context = await site.browser.newContext({
    colorScheme: opts.scheme ?? "light",
    javaScriptEnabled: opts.js ?? true,
    viewport: { width: opts.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const v: Visit = { page, context, errors: [], failed: [], foreign: [], bytes: new Map() };
  page.on("console", (m) => {
    if (m.type() === "error") v.errors.push(m.text());
  });
  page.on("pageerror", (e) => v.errors.push(String(e)));
  page.on("requestfailed", (r) => v.failed.push(`${r.url()} ${r.failure()?.errorText ?? ""}`));
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (
      !["127.0.0.1", "localhost"].includes(u.hostname) &&
      !["data:", "blob:", "about:"].includes(u.protocol)
    )
      v.foreign.push(r.url());
  });
  page.on("response", async (r) => {
    try {
      const body = await r.body();
      v.bytes.set(r.url(), body.length);
    } catch {
      /* redirects and aborted responses have no body */
    }
  });
  const res = await page.goto(site.url + path, { waitUntil: "networkidle" });
  return { ...v, status: res?.status() ?? 0 };
}

describe("every route", () => {
  it.each(PAGES)("%s answers 200 with no console error, failed or foreign request", async (path) => {
    const v = await visit(path);
    expect(v.status).toBe(200);
    expect(v.errors).toEqual([]);
    expect(v.failed).toEqual([]);
    expect(v.foreign).toEqual([]);
    await v.context.close();
  });

  it.each(
    PAGES.flatMap(
      (p) =>
        [
          [p, "light"],
          [p, "dark"],
        ] as const,
    ),
  )("%s has no axe violations (%s)", async (path, scheme) => {
    const v = await visit(path, { scheme });
    const result = await new AxeBuilder({ page: v.page }).analyze();
    const summary = result.violations.map(
      (x) =>
        `${x.id}: ${x.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
    expect(summary).toEqual([]);
    await v.context.close();
  });

  it("the data files, manifest, oEmbed and embed.js answer", async () => {
    for (const p of [
      "/data/manifest.json",
      "/embed.js",
      ...ids.map((id) => `/oembed/${id}.json`),
      ...ids.map((id) => `/charts/${id}/data.csv`),
    ]) {
      const r = await fetch(site.url + p);
      expect(r.status, p).toBe(200);
    }
  });
});

describe("bad addresses and hostile parameters", () => {
  it("an unknown chart id gets a clear message, as text", async () => {
    const v = await visit("/embed/no-such-chart/");
    expect(v.status).toBe(404);
    await v.page.waitForFunction(() =>
      document.querySelector("[data-not-found]")?.textContent?.includes("no-such-chart"),
    );
    expect(await v.page.locator("[data-not-found]").textContent()).toMatch(
      /no chart or map with the id “no-such-chart”/,
    );
    await v.context.close();
  });

  it("markup in an unknown id is shown as text, never run", async () => {
    const v = await visit(`/charts/${encodeURIComponent("<img src=x onerror=alert(1)>")}/`);
    let dialog = false;
    v.page.on("dialog", () => (dialog = true));
    expect(await v.page.locator("img[src=x]").count()).toBe(0);
    expect(await v.page.locator("[data-not-found]").textContent()).toContain("<img");
    expect(dialog).toBe(false);
    await v.context.close();
  });

  it.each([
    ["a script in theme", `?theme=<script>alert(1)</script>`],
    ["a 5,000-character theme", `?theme=${"x".repeat(5000)}`],
    ["markup in transparent", `?theme=dark&transparent="><b>x</b>`],
  ])("embed ignores %s", async (_label, q) => {
    const v = await visit(`/embed/${ids[0]}/${q}`);
    let dialog = false;
    v.page.on("dialog", () => (dialog = true));
    expect(v.errors).toEqual([]);
    expect(
      await v.page
        .locator("script:not([src])")
        .evaluateAll((s) => s.filter((x) => x.textContent?.includes("alert(1)")).length),
    ).toBe(0);
    expect(await v.page.locator("b").count()).toBe(0);
    const theme = await v.page.evaluate(() => document.documentElement.dataset["theme"] ?? "");
    expect(["", "dark"]).toContain(theme);
    expect(dialog).toBe(false);
    await v.context.close();
  });

  it("embed follows ?theme=dark", async () => {
    const v = await visit(`/embed/${ids[0]}/?theme=dark`, { scheme: "light" });
    const bg = await v.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(21, 22, 26)");
    await v.context.close();
  });
});

describe("the essay", () => {
  it("shows every step's figure with JavaScript off", async () => {
    const v = await visit("/", { js: false });
    const steps = await v.page.locator("section[data-step]").count();
    expect(steps).toBeGreaterThan(0);
    const withFigure = await v.page.locator("section[data-step] figure[data-chart] svg").count();
    expect(withFigure).toBeGreaterThanOrEqual(steps);
    await v.context.close();
  });

  it("a figure's tooltip answers the keyboard", async () => {
    const v = await visit(`/charts/${ids[0]}/`);
    const svg = v.page.locator(`figure[data-chart="${ids[0]}"] svg`).first();
    await svg.focus();
    await v.page.keyboard.press("ArrowRight");
    const tip = v.page.locator(`figure[data-chart="${ids[0]}"] .chart-tip`).first();
    expect(await tip.isVisible()).toBe(true);
    expect((await tip.textContent())?.length).toBeGreaterThan(3);
    await v.context.close();
  });
});
