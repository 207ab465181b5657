/** The build under test, for every build-output test: fails loudly when it is missing, never passes vacuously. */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** DIST lets a run check another build folder; dist/ otherwise. */
export const DIST = process.env["DIST"] ?? "dist";

/** Throws a message that names the folder or file and how to make it, when it is missing or empty. */
export function requireBuilt(path = "", what = "the built site"): string {
  const full = join(DIST, path);
  const hint = "run `npm run build` first (`npm test` builds, then tests)";
  if (!existsSync(full)) throw new Error(`${full} is missing: ${what} is not there; ${hint}`);
  if (statSync(full).isDirectory() && readdirSync(full).length === 0)
    throw new Error(`${full}/ is empty: ${what} is not there; ${hint}`);
  return full;
}

/** Every file under a folder of the build, as paths relative to DIST, in a stable order. */
export function filesUnder(dir = ""): string[] {
  const root = requireBuilt(dir);
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((n) => {
        const p = join(d, n);
        return statSync(p).isDirectory() ? walk(p) : [p.slice(DIST.length + 1)];
      });
  return walk(root);
}
