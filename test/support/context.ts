/** What tests give drawings: the English context, and data with map geometry from a folder they choose. */
import { join } from "node:path";
import type { Datasets } from "../../src/lib/data/datasets.ts";
import { FIXTURE_MAPS_DIR, loadMaps } from "../../src/lib/geo/load.ts";
import type { Inputs } from "../../src/lib/charts/types.ts";
import type { Ctx } from "../../src/lib/context.ts";
import { ctxFor } from "../../src/site/ctx.ts";

/** The English context the site builds with. */
export const en = (): Ctx => ctxFor("en");

/** Datasets with the committed fixture geometry (small and coarse; see test/fixtures/README.md). */
export const withFixtureMaps = (data: Datasets): Inputs => ({ ...data, maps: loadMaps(FIXTURE_MAPS_DIR) });

/** Datasets with the geometry a pipeline run wrote to `<out>/maps`. */
export const withMapsFrom = (data: Datasets, out: string): Inputs => ({
  ...data,
  maps: loadMaps(join(out, "maps")),
});
