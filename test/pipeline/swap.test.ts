/**
 * The output swap: the output folder is a link to one complete generation, replaced in one rename. Whatever
 * interrupted runs left behind (generations, temporary links, the older pipeline's `.staging-`/`.old-`
 * folders) is removed at the start of the next run, except what belongs to a run still going; a run killed
 * at any moment leaves a complete output; nothing but the live generation sits inside the output's folder.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeStale, runPipeline, storeFor } from "../../scripts/data-pipeline.ts";

const work = mkdtempSync(join(tmpdir(), "crossings-swap-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const VALID = "test/fixtures/valid";

function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, "utf8");
    }
  };
  walk(dir);
  return out;
}

/** The id of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(r.stdout);
}

let reference: Record<string, string>;
beforeAll(() => {
  const out = join(work, "reference", "out");
  expect(runPipeline(VALID, out).problems).toEqual([]);
  reference = snapshotDir(out);
  expect(Object.keys(reference).length).toBeGreaterThan(10);
}, 120_000);

describe("the output is a link to one complete generation", () => {
  it("keeps generations outside a public/ folder, so that nothing else can be published", () => {
    const out = join(work, "site", "public", "data");
    mkdirSync(dirname(out), { recursive: true });
    expect(storeFor(out)).toBe(join(work, "site", ".data", "data"));
    expect(runPipeline(VALID, out).problems).toEqual([]);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(work, "site", "public"))).toEqual(["data"]);
    // The link is relative, so that a copied project keeps working.
    expect(readlinkSync(out)).toMatch(/^\.\.\/\.data\/data\/gen-\d+-\d+-\d+$/);
    expect(snapshotDir(out)).toEqual(reference);
  });

  it("replaces a real folder left by an older pipeline", () => {
    const out = join(work, "legacy", "out");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "stale.csv"), "old\n");
    expect(runPipeline(VALID, out).problems).toEqual([]);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(snapshotDir(out)).toEqual(reference);
    expect(readdirSync(storeFor(out))).toEqual([basename(realpathSync(out))]);
  });
});

describe("stale leftovers", () => {
  it("are removed at the start of a run, good or bad; a live run's are kept", () => {
    const out = join(work, "stale", "out");
    expect(runPipeline(VALID, out).problems).toEqual([]);
    const first = realpathSync(out);
    const store = storeFor(out);
    const dead = deadPid();
    const plant = () => {
      mkdirSync(join(store, `gen-${dead}-1-0`, "stats"), { recursive: true });
      writeFileSync(join(store, `gen-${dead}-1-0`, "places.csv"), "half\n");
      symlinkSync("nowhere", join(store, `link-${dead}`));
      mkdirSync(join(dirname(out), `out.staging-${dead}`), { recursive: true });
      mkdirSync(join(dirname(out), `out.old-${dead}`), { recursive: true });
    };
    plant();
    // A generation being written by a run that is still going (our parent process) is left alone.
    const busy = join(store, `gen-${process.ppid}-1-0`);
    mkdirSync(busy, { recursive: true });

    // A bad run removes the leftovers and changes nothing else.
    const bad = join(work, "stale-bad-data");
    cpSync(VALID, bad, { recursive: true });
    cpSync("test/fixtures/bad/duplicate-id", bad, { recursive: true });
    expect(runPipeline(bad, out).problems.length).toBeGreaterThan(0);
    expect(realpathSync(out)).toBe(first);
    expect(readdirSync(store).sort()).toEqual([basename(first), basename(busy)].sort());
    expect(readdirSync(dirname(out)).sort()).toEqual(["out", "out.store"]);

    // A good run removes them too, and the generation it replaced.
    plant();
    expect(runPipeline(VALID, out).problems).toEqual([]);
    const second = realpathSync(out);
    expect(second).not.toBe(first);
    expect(existsSync(first)).toBe(false);
    expect(readdirSync(store).sort()).toEqual([basename(second), basename(busy)].sort());
    expect(readdirSync(dirname(out)).sort()).toEqual(["out", "out.store"]);
    expect(snapshotDir(out)).toEqual(reference);
  });

  it("puts back the output when a run was killed while moving an old folder aside", () => {
    const out = resolve(work, "recover", "out");
    expect(runPipeline(VALID, out).problems).toEqual([]);
    const store = storeFor(out);
    const gen = realpathSync(out);
    const dead = deadPid();
    // Killed after moving the real folder aside, before the new link took its place.
    rmSync(out);
    symlinkSync(relative(dirname(out), gen), join(store, `link-${dead}`));
    mkdirSync(join(store, `legacy-${dead}`));
    removeStale(out);
    expect(realpathSync(out)).toBe(gen);
    expect(snapshotDir(out)).toEqual(reference);
    expect(readdirSync(store)).toEqual([basename(gen)]);

    // With no new generation to point at, the old folder comes back.
    rmSync(out);
    rmSync(gen, { recursive: true });
    mkdirSync(join(store, `legacy-${dead}`));
    writeFileSync(join(store, `legacy-${dead}`, "places.csv"), "the old output\n");
    removeStale(out);
    expect(lstatSync(out).isDirectory()).toBe(true);
    expect(readFileSync(join(out, "places.csv"), "utf8")).toBe("the old output\n");
  });
});

describe("a run killed at any moment", () => {
  it("leaves a complete output, old or new, and the next run cleans up", { timeout: 180_000 }, async () => {
    const out = join(work, "killed", "out");
    const cli = ["--import", "tsx", "scripts/run-data.ts", "--data", VALID, "--out", out, "--no-essay"];
    const run = (killAfter?: number) =>
      new Promise<number>((done) => {
        const t0 = performance.now();
        const child = spawn(process.execPath, cli, { stdio: "ignore" });
        const timer =
          killAfter === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfter);
        child.on("exit", () => {
          clearTimeout(timer);
          done(performance.now() - t0);
        });
      });
    const full = await run();
    expect(snapshotDir(out)).toEqual(reference);
    // Kill points from early in the run to just past its end, where the files are written and swapped.
    const points = [0.5, 0.85, 0.93, 0.97, 1.0, 1.04].map((f) => Math.round(full * f));
    for (const at of points) {
      await run(at);
      expect(existsSync(out), `the output exists after a kill at ${at} ms of ${Math.round(full)}`).toBe(true);
      expect(snapshotDir(out), `a complete output after a kill at ${at} ms`).toEqual(reference);
    }
    await run();
    expect(snapshotDir(out)).toEqual(reference);
    expect(readdirSync(storeFor(out))).toEqual([basename(realpathSync(out))]);
    expect(readdirSync(dirname(out)).sort()).toEqual(["out", "out.store"]);
  });
});
