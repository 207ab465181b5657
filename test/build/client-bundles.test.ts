/**
 * No chart code in the browser. Every script the built site runs, each file in dist/_astro/ and each inline
 * module script in a page, is matched (by a hash of its code) with the list of modules the build recorded for
 * it (scripts/client-modules.ts, a plugin in astro.config.mjs), and no bundle may contain Observable Plot, a d3
 * module, a chart or map module, zod, papaparse, linkedom or a data file (test/build/client-policy.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { RECORDS_DIR, codeKey, type ChunkRecord } from "../../scripts/client-modules.ts";
import { prePaintScript } from "../../src/client/essay-modes.ts";
import { forbiddenModules } from "./client-policy.ts";
import { DIST, filesUnder, requireBuilt } from "./site.ts";

requireBuilt("index.html", "the essay page");
requireBuilt("_astro", "the folder of client bundles");

interface Bundle {
  /** Where it is: a file under dist/, or "inline script in <page>". */
  where: string;
  code: string;
}

/** The inline scripts the pages write from a string in src/client, not through the bundler. */
const HAND_WRITTEN = new Set([prePaintScript()]);

function bundles(): Bundle[] {
  const out = new Map<string, Bundle>();
  for (const f of filesUnder("_astro").filter((f) => /\.m?js$/.test(f))) {
    const code = readFileSync(join(DIST, f), "utf8");
    out.set(codeKey(code), { where: `${DIST}/${f}`, code });
  }
  for (const page of filesUnder().filter((f) => f.endsWith(".html"))) {
    const { document } = parseHTML(readFileSync(join(DIST, page), "utf8"));
    for (const s of document.querySelectorAll("script:not([src])")) {
      const type = s.getAttribute("type") ?? "";
      if (type !== "" && type !== "module" && type !== "text/javascript") continue;
      const code = s.textContent ?? "";
      // Hand-written inline scripts (no bundle, no import) are checked against their source instead.
      if (HAND_WRITTEN.has(code)) continue;
      const key = codeKey(code);
      if (code.trim() && !out.has(key)) out.set(key, { where: `inline script in ${DIST}/${page}`, code });
    }
  }
  return [...out.values()];
}

const recordOf = (b: Bundle): ChunkRecord | undefined => {
  const file = join(RECORDS_DIR, `${codeKey(b.code)}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as ChunkRecord) : undefined;
};

describe("client bundles", () => {
  const all = bundles();

  it("were found (the essay's islands at least)", () => {
    expect(all.length).toBeGreaterThanOrEqual(3);
  });

  it("each has a record of the modules it was built from", () => {
    const missing = all.filter((b) => !recordOf(b)).map((b) => b.where);
    expect(
      missing,
      `no module record for these scripts in ${RECORDS_DIR}/: rebuild with \`npm run build\` ` +
        "(the clientModules plugin in astro.config.mjs writes them)",
    ).toEqual([]);
  });

  it("contain no Plot, d3, chart or map module, zod, papaparse, linkedom or data file", () => {
    const problems = all.flatMap((b) => {
      const r = recordOf(b);
      return r ? forbiddenModules(r.modules).map((p) => `${b.where} bundles ${p}`) : [];
    });
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("other scripts in dist/ are copies of hand-written files in public/, not bundles", () => {
    const others = filesUnder().filter((f) => /\.m?js$/.test(f) && !f.startsWith("_astro/"));
    for (const f of others) {
      const src = join("public", f);
      expect(existsSync(src), `${DIST}/${f} is not from public/`).toBe(true);
      expect(readFileSync(join(DIST, f), "utf8"), `${DIST}/${f} differs from ${src}`).toBe(
        readFileSync(src, "utf8"),
      );
    }
  });
});
