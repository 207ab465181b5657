/**
 * npm run build: the data pipeline and the Devanagari font subsets, then `astro build` into a temporary folder beside dist/, which replaces
 * dist/ only when the build succeeded. A failed build (bad data, a page that throws, a killed process) leaves
 * the last good dist/ exactly as it was, and removes its own half-written folder, Astro's server chunks with
 * it.
 *
 * Usage: tsx scripts/build.ts [--prod] [--out DIR] [--data DIR]
 *   --prod   a production build: SITE_URL must be set to the site's public http(s) address (npm run build:prod)
 *   --out    the folder to replace (dist by default)
 *   --data   the data folder for the pipeline (data by default)
 *
 * dist/ is swapped with two renames (dist → dist.old-<pid>, dist.staging-<pid> → dist), a moment apart; a run
 * killed between them leaves dist.old-<pid>, which the next run puts back before it starts.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { registryIds, report, runPipeline, running } from "./data-pipeline.ts";
import { buildFonts } from "./fonts.ts";

const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const prod = args.includes("--prod");
const flag = (v: string | undefined) => Boolean(v) && v !== "0" && v !== "false";
/** A build meant for the public: --prod, CI, or NODE_ENV=production as the user set it. */
const production = prod || flag(process.env["CI"]) || process.env["NODE_ENV"] === "production";
const out = resolve(opt("--out", "dist"));
const dataDir = opt("--data", "data");
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

function fail(message: string, code = 1): never {
  console.error(`npm run build: ${message}`);
  process.exit(code);
}

/** A production build needs the public address, or every canonical and embed link says localhost. */
function checkSiteUrl(): void {
  const url = process.env["SITE_URL"];
  if (!url) {
    fail(
      "SITE_URL is not set. A production build needs the site's public address for canonical links, " +
        "Open Graph, oEmbed and the embed code: SITE_URL=https://crossings.example.org npm run build:prod",
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    fail(`SITE_URL "${url}" is not a URL (expected e.g. https://crossings.example.org)`);
  }
  if (!/^https?:$/.test(parsed.protocol)) fail(`SITE_URL "${url}" is not an http(s) address`);
}

/**
 * Puts back dist/ if a run was killed between its two renames, then removes what interrupted runs left
 * (`dist.staging-<pid>`, `dist.old-<pid>` of processes no longer running).
 */
function removeStale(): void {
  const parent = dirname(out);
  const name = basename(out);
  const leftovers = readdirSync(parent)
    .map((n) => ({
      n,
      m: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(staging|old)-(\\d+)$`).exec(n),
    }))
    .filter((x) => x.m && !running(Number(x.m[2])));
  if (!existsSync(out)) {
    const old = leftovers
      .filter((x) => x.m![1] === "old")
      .sort((a, b) => statSync(join(parent, b.n)).mtimeMs - statSync(join(parent, a.n)).mtimeMs)[0];
    if (old) {
      renameSync(join(parent, old.n), out);
      console.log(`npm run build: put back ${name}/ from ${old.n} (an earlier build was interrupted)`);
    }
  }
  for (const { n } of leftovers)
    if (existsSync(join(parent, n))) rmSync(join(parent, n), { recursive: true, force: true });
}

/** Runs `astro build` into `dir`; resolves with its exit code. */
function astroBuild(dir: string): Promise<number> {
  const astro = join(dirname(require.resolve("astro/package.json")), "astro.js");
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_OUT_DIR: dir };
  // astro build sets NODE_ENV=production itself, so the config learns from this whether the user asked.
  if (production) env["CROSSINGS_PRODUCTION"] = "1";
  return new Promise((done) => {
    const child = spawn(process.execPath, [astro, "build"], { stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onInt = forward("SIGINT");
    const onTerm = forward("SIGTERM");
    process.on("SIGINT", onInt);
    process.on("SIGTERM", onTerm);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      done(code ?? (signal ? 1 : 0));
    });
    child.on("error", () => done(1));
  });
}

if (prod) checkSiteUrl();
removeStale();

const data = runPipeline(dataDir, "public/data", { essay: { dir: "src/content", chartIds: registryIds() } });
if (report(data, "public/data", performance.now() - started))
  fail(`the data has problems; ${basename(out)}/ was not changed`);
// The Devanagari font subsets the Hindi pages load (npm run fonts), cut to the text as it is now.
await buildFonts();

const staging = `${out}.staging-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
const code = await astroBuild(staging);
if (code !== 0 || !existsSync(join(staging, "index.html"))) {
  rmSync(staging, { recursive: true, force: true });
  fail(`astro build failed after ${seconds()}; ${basename(out)}/ was not changed`, code || 1);
}

const old = `${out}.old-${process.pid}`;
if (existsSync(out)) renameSync(out, old);
renameSync(staging, out);
rmSync(old, { recursive: true, force: true });
console.log(`npm run build: ${basename(out)}/ replaced in ${seconds()}`);
if (!process.env["SITE_URL"]) {
  const line = "SITE_URL is not set, so canonical, Open Graph and embed links point at http://localhost:4321";
  if (production) console.warn(`\n${"!".repeat(78)}\n!! npm run build: ${line}\n${"!".repeat(78)}`);
  else console.log(`npm run build: ${line}`);
}
