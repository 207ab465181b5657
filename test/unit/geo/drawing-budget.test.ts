/**
 * Each frame's shared drawing stays within its byte budget (src/lib/budgets.ts, set from measurements with
 * 15 % headroom). Drawn from the site's geometry (`npm run data` writes it; `npm test` builds first) and the
 * real data, so the bytes are the ones a reader downloads.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../../src/lib/charts/render.ts";
import { mapModule } from "../../../src/lib/charts/maps/map-state.ts";
import { DATASETS, type Datasets } from "../../../src/lib/data/datasets.ts";
import { toDatasets, validateFile, type ValidatedFile } from "../../../src/lib/data/validate.ts";
import { drawMap } from "../../../src/lib/geo/draw-map.ts";
import { FRAME_IDS } from "../../../src/lib/geo/frames.ts";
import { MAPS_DIR, loadMaps } from "../../../src/lib/geo/load.ts";
import { MAP_STATES } from "../../../src/lib/geo/states.ts";
import { serialize } from "../../../src/lib/svg/serialize.ts";
import { MAP_DRAWING_RAW } from "../../../src/lib/budgets.ts";
import { en } from "../../support/context.ts";

function realData(): Datasets {
  const files = new Map<string, ValidatedFile>();
  for (const d of DATASETS)
    files.set(d.id, validateFile(d, readFileSync(`data/${d.file}`, "utf8"), d.file).result);
  return toDatasets(files);
}

describe("map drawing budgets", () => {
  it.each(FRAME_IDS)("%s: the shared drawing is within its budget", (frame) => {
    expect(existsSync(`${MAPS_DIR}/${frame}.topo.json`), `${MAPS_DIR} is missing: run npm run data`).toBe(
      true,
    );
    const inputs = { ...realData(), maps: loadMaps(MAPS_DIR) };
    const state = MAP_STATES.find((s) => s.frame === frame)!;
    const parts = drawMap({
      ...mapModule(state).prepare(inputs, en()),
      width: 640,
      document: buildDocument(),
      ctx: en(),
      variant: { size: "wide", surface: "essay" },
    });
    const bytes = Buffer.byteLength(serialize(parts.drawing.element));
    expect(bytes, `${frame}: ${bytes} bytes`).toBeLessThanOrEqual(MAP_DRAWING_RAW[frame]);
    // The budget means something: a drawing a third larger would fail it.
    expect(bytes * 1.33).toBeGreaterThan(MAP_DRAWING_RAW[frame]);
  });
});
