/**
 * The rule the build-output test applies to every client bundle (test/build/client-bundles.test.ts), on
 * module lists like those the build records: what an island is made of today passes; Plot, d3, a chart module,
 * zod, papaparse, linkedom, a data file or an unlisted src/lib module fails, each with its reason.
 */
import { describe, expect, it } from "vitest";
import { ISLAND_ALLOWLIST, forbiddenModules } from "../../build/client-policy.ts";

describe("client bundle policy", () => {
  it("accepts what the islands are made of today", () => {
    expect(
      forbiddenModules([
        "src/components/Chart.astro?astro&type=script&index=0&lang.ts",
        "src/lib/data/place-kinds.ts",
        "src/pages/present/index.astro?astro&type=script&index=0&lang.ts",
        "node_modules/reveal.js/dist/reveal.mjs",
        "src/client/tips.ts",
        "vite/preload-helper.js",
      ]),
    ).toEqual([]);
    expect(ISLAND_ALLOWLIST).toContain("src/lib/data/place-kinds.ts");
  });

  it.each([
    ["node_modules/@observablehq/plot/src/plot.js", /Observable Plot/],
    ["node_modules/d3-geo/src/path/index.js", /d3 module/],
    ["node_modules/d3-array/src/max.js", /d3 module/],
    ["src/lib/charts/tip-tiers.ts", /chart module/],
    ["src/lib/geo/frames.ts", /map code/],
    ["node_modules/zod/lib/index.mjs", /zod/],
    ["node_modules/papaparse/papaparse.min.js", /papaparse/],
    ["node_modules/linkedom/esm/index.js", /linkedom/],
    ["public/data/places.csv", /data file/],
    ["public/data/maps/bd.topo.json", /data file/],
    ["data/stats/ncrb.csv?raw", /data file/],
    ["node_modules/world-atlas/countries-10m.json", /geodata|data file/],
    ["src/lib/numbers.ts", /not in the islands' allowlist/],
    ["src/site/chapters.ts", /build-time content/],
  ])("refuses %s", (module, why) => {
    const island = "src/components/Chart.astro?astro&type=script&index=0&lang.ts";
    const problems = forbiddenModules([island, module]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(why);
    expect(problems[0]!.startsWith(`${module}: `)).toBe(true);
  });
});
