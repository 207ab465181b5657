/**
 * A Vite plugin that records, for every chunk of Astro's client build, the modules bundled into it. Astro
 * inlines small scripts into the HTML and minifies everything, so the bundles in dist/ no longer say what they
 * are made of; test/build/client-bundles.test.ts reads these records to prove that no chart code, Plot, d3,
 * zod, papaparse, linkedom or data file reaches the browser.
 *
 * Each record is keyed by a hash of the chunk's code as it lands in dist/ (a file under `_astro/`, or the text
 * of an inline `<script type="module">`), so a test finds the record of exactly the bytes it reads, whatever
 * folder the build was written to. Records are kept outside dist/ (never published), under
 * node_modules/.cache/crossings-client-modules/.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Plugin } from "vite";

export const RECORDS_DIR = join("node_modules", ".cache", "crossings-client-modules");

export interface ChunkRecord {
  /** The chunk's file name in the client build (gone from dist/ when Astro inlined it). */
  file: string;
  /** Every module bundled into it: project-relative paths, `node_modules/<package>/…`, or virtual ids. */
  modules: string[];
}

/** The key of a bundle's record: the hash of its code as written (Astro trims what it inlines). */
export const codeKey = (code: string): string =>
  createHash("sha256").update(code.trim()).digest("hex").slice(0, 32);

/** A module id as a stable, machine-independent name. */
export function moduleName(id: string, root: string): string {
  const clean = id.replace(/^\0+/, "").split("?")[0]!;
  if (!clean.startsWith(root)) return id.replace(/^\0+/, "");
  const rel = relative(root, clean).split(sep).join("/");
  const query = id.includes("?") ? id.slice(id.indexOf("?")) : "";
  return rel + query;
}

export function clientModules(root = process.cwd()): Plugin {
  let client = false;
  return {
    name: "crossings:client-modules",
    apply: "build",
    configResolved(config) {
      // Astro builds the server (prerender) side and the client side with separate Vite builds.
      client = !config.build.ssr;
    },
    generateBundle: {
      // Before Astro's own plugin removes the chunks it inlines into the HTML.
      order: "pre",
      handler(_options, bundle) {
        if (!client) return;
        const dir = join(root, RECORDS_DIR);
        mkdirSync(dir, { recursive: true });
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== "chunk") continue;
          const record: ChunkRecord = {
            file: chunk.fileName,
            modules: Object.keys(chunk.modules)
              .map((m) => moduleName(m, root))
              .sort(),
          };
          writeFileSync(join(dir, `${codeKey(chunk.code)}.json`), JSON.stringify(record, null, 2) + "\n");
        }
      },
    },
  };
}
