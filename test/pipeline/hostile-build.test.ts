/**
 * The whole site built from hostile data, in a copy of the project: test/fixtures/valid/ with markup, quotes,
 * `</script>`, an `onerror` attribute and a spreadsheet formula in every text column of every dataset (see
 * test/fixtures/hostile/). The pipeline and `npm run build` must pass; every SVG written must be
 * well-formed XML; no page may run anything from the data; every CSV must be safe in a spreadsheet. Then a
 * build that fails (a page that throws) must leave the last good dist/ byte for byte, with no half-written
 * folder or server chunks left behind.
 *
 * Slow (a site build and most of a second one, about a minute and a half on two cores); `npm test` runs it
 * once.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { essayFigureIds, FORMULAS, makeHostile, TAIL } from "../fixtures/hostile/hostile.ts";
import { csvFindings, filesUnder, htmlFindings, svgFindings } from "./output-checks.ts";

const ROOT = resolve(".");
const project = mkdtempSync(join(tmpdir(), "crossings-hostile-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));
const dist = join(project, "dist");
const MARKER = `alert("hostile")`;

/** The environment of a build run from the test runner, without what vitest sets (VITEST, NODE_ENV=test). */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith("VITEST") || k === "NODE_ENV" || k === "CROSSINGS_MAPS_DIR" || k === "SITE_URL")
      continue;
    env[k] = v;
  }
  return env;
}

/** `npm run build` in the copy (scripts/build.ts), with the hostile data or another folder. */
function build(data = "hostile-data") {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--data", data], {
    cwd: project,
    env: buildEnv(),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const log = `${r.stdout}\n${r.stderr}`;
  return { status: r.status, log, seconds: (performance.now() - t0) / 1000 };
}

/** The last lines of a build log that say what went wrong. */
const tail = (log: string) =>
  log
    .split("\n")
    .filter((l) => l.trim())
    .slice(-14)
    .join("\n");

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

let first: ReturnType<typeof build>;
let figureIds: string[] = [];

beforeAll(() => {
  for (const f of ["src", "scripts", "data", "astro.config.mjs", "tsconfig.json", "package.json"]) {
    cpSync(join(ROOT, f), join(project, f), { recursive: true });
  }
  mkdirSync(join(project, "public"));
  for (const f of readdirSync(join(ROOT, "public"))) {
    if (f !== "data") cpSync(join(ROOT, "public", f), join(project, "public", f), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"), "dir");
  figureIds = essayFigureIds(join(project, "src", "content"));
  makeHostile(join(ROOT, "test/fixtures/valid"), join(project, "hostile-data"), figureIds);
  first = build();
  console.log(`hostile build: exit ${first.status} in ${first.seconds.toFixed(1)} s`);
}, 600_000);

describe("a site built from hostile data", () => {
  it("the fixture holds the hostile text in every text column, and the essay's figures", () => {
    const places = readFileSync(join(project, "hostile-data", "places.csv"), "utf8");
    expect(places).toContain(`</script><script>alert(""hostile"")</script>`);
    expect(places).toContain(`"${FORMULAS[0].replace(/"/g, '""')}`);
    expect(figureIds.length).toBeGreaterThan(5);
    const other = readFileSync(join(project, "hostile-data", "stats", "other.csv"), "utf8");
    for (const id of figureIds.slice(0, 5))
      expect(other + readFileSync(join(project, "hostile-data", "borders.csv"), "utf8")).toContain(id);
  });

  it("npm run build passes", () => {
    expect(first.status, `the build failed:\n${tail(first.log)}`).toBe(0);
    expect(first.log).toMatch(/npm run data: \d+ files written/);
    expect(existsSync(join(dist, "index.html"))).toBe(true);
  });

  it("shows the hostile text as text: it reached the pages, escaped", () => {
    expect(existsSync(dist), "no dist/: the build failed (see 'npm run build passes')").toBe(true);
    const sources = readFileSync(join(dist, "sources", "index.html"), "utf8");
    expect(sources).toContain("&lt;/script&gt;&lt;script&gt;alert(");
    expect(TAIL).toContain("</script>");
  });

  it("every SVG it writes is well-formed XML (files and drawings inline in pages)", () => {
    expect(existsSync(dist), "no dist/: the build failed (see 'npm run build passes')").toBe(true);
    expect(filesUnder(dist, ".svg").length).toBeGreaterThan(20);
    expect(svgFindings(dist)).toEqual([]);
  });

  it("no page runs a script or a handler from the data", () => {
    expect(existsSync(dist), "no dist/: the build failed (see 'npm run build passes')").toBe(true);
    expect(filesUnder(dist, ".html").length).toBeGreaterThan(50);
    expect(htmlFindings(dist, MARKER)).toEqual([]);
  });

  it("every CSV is safe to open in a spreadsheet, and the formulas are kept as text", () => {
    expect(existsSync(dist), "no dist/: the build failed (see 'npm run build passes')").toBe(true);
    const csvs = filesUnder(dist, ".csv");
    expect(csvs.length).toBeGreaterThan(20);
    expect(csvFindings(dist)).toEqual([]);
    const places = readFileSync(join(dist, "data", "places.csv"), "utf8");
    expect(places).toContain(`"'${FORMULAS[0].replace(/"/g, '""')}`);
    const downloads = csvs
      .filter((f) => f.includes(`${join("charts", "")}`))
      .map((f) => readFileSync(f, "utf8"));
    expect(downloads.some((t) => t.includes(`"'${FORMULAS[0].replace(/"/g, '""')}`))).toBe(true);
  });

  it("every JSON file parses", () => {
    expect(existsSync(dist), "no dist/: the build failed (see 'npm run build passes')").toBe(true);
    for (const f of filesUnder(dist, ".json"))
      expect(() => JSON.parse(readFileSync(f, "utf8")), f).not.toThrow();
  });
});

describe("a failed build", () => {
  it("leaves the last good dist/ byte for byte, and nothing half-written", { timeout: 600_000 }, () => {
    if (!existsSync(join(dist, "index.html"))) {
      // The hostile build failed (reported above): stand in a small "last good" dist/ of our own.
      mkdirSync(join(dist, "charts", "x"), { recursive: true });
      writeFileSync(join(dist, "index.html"), "<!doctype html><title>last good</title>\n");
      writeFileSync(join(dist, "charts", "x", "data.csv"), "a,b\n1,2\n");
    }
    const before = hashes(dist);
    // Pages are written in the order of their files: this one comes after the 404 and about pages.
    writeFileSync(
      join(project, "src", "pages", "[...locale]", "about", "zz-broken.astro"),
      `---\nexport const getStaticPaths = () => [{ params: { locale: undefined } }];\nthrow new Error("a page that throws, on purpose");\n---\n<p>never</p>\n`,
    );
    try {
      // The project's own data, which builds: the page that throws is the only thing wrong.
      const r = build("data");
      console.log(`failing build: exit ${r.status} in ${r.seconds.toFixed(1)} s`);
      expect(r.status).not.toBe(0);
      expect(r.log, "Astro had started writing pages").toMatch(/generating static routes/);
      expect(r.log).toContain("a page that throws, on purpose");
      expect(r.log).toMatch(/astro build failed after .*; dist\/ was not changed/);
    } finally {
      rmSync(join(project, "src", "pages", "[...locale]", "about", "zz-broken.astro"), { force: true });
    }
    expect(hashes(dist)).toEqual(before);
    const left = readdirSync(project).filter((n) => /^dist\./.test(n));
    expect(left, "no dist.staging-* or dist.old-* left").toEqual([]);
    expect(existsSync(join(dist, "chunks")), "no server chunks in dist/").toBe(false);
  });

  it("with bad data, stops before Astro and leaves dist/ as it was", () => {
    const before = hashes(dist);
    const places = join(project, "hostile-data", "places.csv");
    const good = readFileSync(places);
    writeFileSync(places, Buffer.concat([good, Buffer.from("broken,row\n")]));
    try {
      const r = build();
      expect(r.status).toBe(1);
      expect(r.log).toMatch(/hostile-data\/places\.csv:\d+: has 2 columns, the header has 10/);
      expect(r.log).toContain("the data has problems; dist/ was not changed");
      expect(r.log, "Astro never started").not.toMatch(/\[build\]/);
    } finally {
      writeFileSync(places, good);
    }
    expect(hashes(dist)).toEqual(before);
  });
});
