/**
 * npm run bench: measures the built site against DESIGN.md's budgets and prints every miss.
 * - cold build time (data pipeline + astro build, caches removed first);
 * - bytes per route by type (html, css, js, data, fonts), raw and gzip, in Debian's chromium;
 * - Lighthouse 12 (mobile) scores per route (SEO not scored on noindex embeds);
 * - long tasks while scrolling the essay through every step;
 * - each corridor TopoJSON's size.
 * Writes bench/results.json (not committed). Timings and scores are noisy on a shared machine: they are
 * reported here, not gated in CI (the browser suite gates bytes).
 * Usage: tsx scripts/bench.ts [--no-build] [--no-lighthouse]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import lighthouse from "lighthouse";
import { CHROMIUM, FLAGS } from "../test/browser/chromium.ts";
import { serve } from "../test/browser/server.ts";
import { BUDGETS } from "../test/browser/budgets.ts";
import { domElements, kb, pageBytes, type ByKind } from "../test/browser/measure.ts";

const args = process.argv.slice(2);
const DIST = process.env["DIST"] ?? "dist";
const misses: string[] = [];
const results: Record<string, unknown> = { date: new Date().toISOString() };

if (!args.includes("--no-build")) {
  for (const d of [DIST, ".astro", "node_modules/.astro", "node_modules/.vite"])
    rmSync(d, { recursive: true, force: true });
  const t0 = performance.now();
  const r = spawnSync("npm", ["run", "build"], { stdio: "ignore" });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error("npm run build failed");
  results["coldBuildSeconds"] = Number(seconds.toFixed(1));
  console.log(`cold build: ${seconds.toFixed(1)} s`);
  if (seconds > BUDGETS.coldBuildS)
    misses.push(`cold build ${seconds.toFixed(1)} s > ${BUDGETS.coldBuildS} s`);
}

const manifest = JSON.parse(readFileSync(join(DIST, "data/manifest.json"), "utf8")) as {
  charts: { id: string }[];
};
const first = manifest.charts[0]!.id;
const ROUTES = ["/", "/charts/", `/charts/${first}/`, `/embed/${first}/`, "/present/", "/exercise/"];

const server = await serve(DIST);
const port = 9300 + Math.floor(Math.random() * 500);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...FLAGS, `--remote-debugging-port=${port}`],
});

// Bytes per route.
const bytes: Record<string, ByKind> = {};
for (const r of ROUTES) bytes[r] = await pageBytes(browser, server.url + r);
const embeds: Record<string, number> = {};
for (const c of manifest.charts)
  embeds[c.id] = (await pageBytes(browser, `${server.url}/embed/${c.id}/`)).total.gzip;
results["bytes"] = bytes;
results["embedTotals"] = embeds;
const kinds = ["html", "css", "js", "data", "fonts", "images"] as const;
console.log(
  `\n| route | ${kinds.join(" | ")} | total (gzip) |\n|---|${kinds.map(() => "---|").join("")}---|`,
);
for (const [r, b] of Object.entries(bytes)) {
  console.log(
    `| ${r} | ${kinds.map((k) => `${kb(b[k].gzip)} (${kb(b[k].raw)} raw)`).join(" | ")} | ${kb(b.total.gzip)} |`,
  );
}
const essay = bytes["/"]!;
if (essay.js.gzip > BUDGETS.essayJs) misses.push(`essay JS ${kb(essay.js.gzip)} > ${kb(BUDGETS.essayJs)}`);
if (essay.total.gzip > BUDGETS.essayTotal)
  misses.push(`essay total ${kb(essay.total.gzip)} > ${kb(BUDGETS.essayTotal)}`);
for (const [id, g] of Object.entries(embeds))
  if (g > BUDGETS.embedTotal) misses.push(`embed ${id} ${kb(g)} > ${kb(BUDGETS.embedTotal)}`);
console.log(
  `\nembeds (total gzip): ${Object.entries(embeds)
    .map(([id, g]) => `${id} ${kb(g)}`)
    .join(", ")}`,
);

// The essay's document: its HTML file and its elements at load on a phone.
{
  const html = readFileSync(join(DIST, "index.html"));
  const gz = gzipSync(html).length;
  const dom = await domElements(browser, `${server.url}/`);
  results["essayHtml"] = { raw: html.length, gzip: gz, domElements: dom };
  console.log(`\nessay index.html: ${kb(gz)} gzip (${kb(html.length)} raw), ${dom} elements at load`);
  if (gz > BUDGETS.essayHtmlGzip) misses.push(`essay index.html ${kb(gz)} > ${kb(BUDGETS.essayHtmlGzip)}`);
  if (dom > BUDGETS.essayDomElements)
    misses.push(`essay elements at load ${dom} > ${BUDGETS.essayDomElements}`);
}

// TopoJSON sizes.
const mapsDir = join(DIST, "data", "maps");
const topo: Record<string, Record<string, number>> = {};
if (existsSync(mapsDir)) {
  for (const f of readdirSync(mapsDir).filter((x) => x.endsWith(".topo.json"))) {
    const buf = readFileSync(join(mapsDir, f));
    topo[f] = { raw: buf.length, gzip: gzipSync(buf).length };
    if (topo[f]!["gzip"]! > BUDGETS.topojson)
      misses.push(`${f} ${kb(topo[f]!["gzip"]!)} > ${kb(BUDGETS.topojson)}`);
  }
  console.log(
    `\nTopoJSON: ${Object.entries(topo)
      .map(([f, s]) => `${f} ${kb(s["gzip"]!)} gzip (${kb(s["raw"]!)} raw)`)
      .join(", ")}`,
  );
} else misses.push(`${mapsDir}/ is missing: no TopoJSON was measured`);
results["topojson"] = topo;

// Long tasks while scrolling the essay through every step.
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/`, { waitUntil: "networkidle" });
  await page.evaluate(() => {
    (window as unknown as { __long: number[] }).__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { __long: number[] }).__long.push(e.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  const steps = await page.locator("section[data-step]").count();
  for (let i = 0; i < steps; i++) {
    await page.locator("section[data-step]").nth(i).scrollIntoViewIfNeeded();
    await page.waitForTimeout(250);
  }
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  const worst = long.length ? Math.max(...long) : 0;
  results["scroll"] = { steps, longTasks: long.length, worstMs: Math.round(worst) };
  console.log(`\nscrolling ${steps} steps: ${long.length} long task(s), worst ${Math.round(worst)} ms`);
  if (worst > BUDGETS.longTaskMs)
    misses.push(`long task while scrolling ${Math.round(worst)} ms > ${BUDGETS.longTaskMs} ms`);
  await context.close();
}

// Lighthouse (mobile).
if (!args.includes("--no-lighthouse")) {
  const scores: Record<string, Record<string, number>> = {};
  for (const r of ROUTES) {
    const isEmbed = r.startsWith("/embed/");
    const categories = ["performance", "accessibility", "best-practices", ...(isEmbed ? [] : ["seo"])];
    const res = await lighthouse(server.url + r, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: categories,
    });
    const s: Record<string, number> = {};
    for (const c of categories) s[c] = Math.round((res?.lhr.categories[c]?.score ?? 0) * 100);
    scores[r] = s;
    for (const [c, v] of Object.entries(s)) {
      const min = BUDGETS.lighthouse[c as keyof typeof BUDGETS.lighthouse];
      if (v < min) misses.push(`Lighthouse ${c} on ${r}: ${v} < ${min}`);
    }
  }
  results["lighthouse"] = scores;
  console.log(`\n| route | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|`);
  for (const [r, s] of Object.entries(scores)) {
    console.log(
      `| ${r} | ${s["performance"]} | ${s["accessibility"]} | ${s["best-practices"]} | ${s["seo"] ?? "not scored (noindex)"} |`,
    );
  }
}

await browser.close();
await server.close();
mkdirSync("bench", { recursive: true });
results["misses"] = misses;
writeFileSync("bench/results.json", JSON.stringify(results, null, 2) + "\n");
console.log(
  misses.length
    ? `\nMisses against DESIGN.md's budgets:\n${misses.map((m) => `- ${m}`).join("\n")}`
    : "\nEvery budget met.",
);
console.log("Wrote bench/results.json");
