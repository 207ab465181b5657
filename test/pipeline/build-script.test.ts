/**
 * scripts/build.ts before it builds anything: a production build refuses to start without a proper SITE_URL;
 * a build killed between its two renames gets its dist/ back, and leftovers of dead runs are removed; the
 * config warns loudly when a production build has no SITE_URL. (The builds themselves, good and failing,
 * are in hostile-build.test.ts.)
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const work = mkdtempSync(join(tmpdir(), "crossings-build-script-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function env(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith("VITEST") && !["SITE_URL", "CI", "NODE_ENV", "CROSSINGS_PRODUCTION"].includes(k))
      e[k] = v;
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) e[k] = v;
  return e;
}

const buildScript = (args: string[], extra: Record<string, string | undefined> = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", ...args], {
    encoding: "utf8",
    env: env(extra),
  });

describe("npm run build:prod", () => {
  it.each([
    [undefined, /npm run build: SITE_URL is not set\. A production build needs the site's public address/],
    ["crossings.example.org", /SITE_URL "crossings\.example\.org" is not a URL/],
    ["ftp://crossings.example.org", /SITE_URL "ftp:\/\/crossings\.example\.org" is not an http\(s\) address/],
  ])("refuses SITE_URL=%s with exit 1 and a clear message, before building", (site, message) => {
    const out = join(work, "prod", "dist");
    const r = buildScript(["--prod", "--out", out], { SITE_URL: site });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).not.toMatch(/npm run data/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("leftovers of interrupted builds", () => {
  it("puts back dist/ from dist.old-<pid> and removes dead runs' staging folders", () => {
    const dir = join(work, "left");
    const out = join(dir, "dist");
    const dead = Number(
      spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" })
        .stdout,
    );
    mkdirSync(join(dir, `dist.old-${dead}`), { recursive: true });
    writeFileSync(join(dir, `dist.old-${dead}`, "index.html"), "last good\n");
    mkdirSync(join(dir, `dist.staging-${dead}`, "chunks"), { recursive: true });
    // A running build's staging folder (our parent process stands in) is left alone.
    mkdirSync(join(dir, `dist.staging-${process.ppid}`), { recursive: true });
    // Bad data stops the run after the clean-up and before Astro.
    const r = buildScript(["--out", out, "--data", "test/fixtures/bad/empty-file"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/put back dist\/ from dist\.old-\d+/);
    expect(r.stderr).toMatch(/the data has problems; dist\/ was not changed/);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("last good\n");
    expect(readdirSync(dir).sort()).toEqual(["dist", `dist.staging-${process.ppid}`]);
  });
});

describe("the config's warning", () => {
  // The config imports TypeScript (the design tokens), so it is loaded through tsx, as Astro would.
  const loader = join(work, "load-config.mjs");
  writeFileSync(
    loader,
    `await import(${JSON.stringify(pathToFileURL(resolve("astro.config.mjs")).href)});\n`,
  );
  const load = (extra: Record<string, string | undefined>) =>
    spawnSync(process.execPath, ["--import", "tsx", loader, "build"], { encoding: "utf8", env: env(extra) });
  it.each([
    [{ CI: "true" }, true],
    [{ CROSSINGS_PRODUCTION: "1" }, true],
    [{ CI: "true", SITE_URL: "https://crossings.example.org" }, false],
    [{}, false],
  ])("with %j, warns: %s", (extra, warns) => {
    const r = load(extra);
    expect(r.status).toBe(0);
    if (warns)
      expect(r.stderr).toMatch(/!! SITE_URL is not set: canonical links, Open Graph, oEmbed and embed code/);
    else expect(r.stderr).not.toMatch(/SITE_URL/);
  });
});
