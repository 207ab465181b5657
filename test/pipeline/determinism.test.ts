/**
 * Two separate `npm run data` processes, each computing the map geometry from scratch, write identical bytes
 * in every output file. Each runs the same command as `npm run data` in a fresh working directory, where the
 * geodata cache (node_modules/.cache/crossings-geodata, relative to the working directory) does not exist yet,
 * so nothing is shared between the two runs but the code, the packages and data/: an unseeded random, a
 * timestamp or an order that depends on the run shows up as a difference.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(".");
const CACHE = join("node_modules", ".cache", "crossings-geodata");
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every file under a folder, by relative path, with its bytes. */
function contents(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** Runs `npm run data`'s command in a fresh working directory; resolves with its output folder. */
function runData(): Promise<string> {
  const cwd = mkdtempSync(join(tmpdir(), "crossings-determinism-"));
  dirs.push(cwd);
  const out = join(cwd, "out");
  expect(existsSync(join(cwd, CACHE))).toBe(false);
  return new Promise((done, fail) => {
    const child = spawn(
      join(ROOT, "node_modules", ".bin", "tsx"),
      [
        join(ROOT, "scripts", "run-data.ts"),
        ...["--data", join(ROOT, "data"), "--essay", join(ROOT, "src", "content"), "--out", out],
      ],
      { cwd, stdio: ["ignore", "pipe", "pipe"] },
    );
    let log = "";
    child.stdout.on("data", (b: Buffer) => (log += b.toString()));
    child.stderr.on("data", (b: Buffer) => (log += b.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code !== 0) return fail(new Error(`npm run data exited ${code}:\n${log}`));
      // The run computed the geometry itself, and cached it where this test expects (not in a shared cache).
      if (!existsSync(join(cwd, CACHE)))
        return fail(
          new Error(`the run wrote no geodata cache under ${join(cwd, CACHE)}: did the cache move?`),
        );
      done(out);
    });
  });
}

describe("npm run data", () => {
  it("is the command this test runs", () => {
    const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> })
      .scripts;
    // The data step, then the Devanagari font subsets cut to the Hindi text (scripts/fonts.ts).
    expect(scripts["data"]).toBe("tsx scripts/run-data.ts && tsx scripts/fonts.ts");
  });

  it("gives the same bytes in every file from two separate processes, with no cache", async () => {
    const [a, b] = await Promise.all([runData(), runData()]);
    const first = contents(a);
    const second = contents(b);
    expect([...first.keys()].filter((k) => k.startsWith("maps/")).length).toBeGreaterThanOrEqual(5);
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differ = [...first].filter(([k, v]) => !v.equals(second.get(k)!)).map(([k]) => k);
    expect(differ, `these files differ between two runs: ${differ.join(", ")}`).toEqual([]);
  }, 180_000);
});
