/**
 * Each frame's shared drawing stays within its byte budget (src/lib/budgets.ts, set from measurements with
 * 15 % headroom). Drawn from the site's geometry, built by the same step as `npm run data` (scripts/geodata.ts,
 * cached on disk), and the real data, so the bytes are the ones a reader downloads; no build needed.
 */
import { readFileSync } from "node:fs";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../../src/lib/charts/render.ts";
import { mapModule } from "../../../src/lib/charts/maps/map-state.ts";
import { DATASETS, type Datasets } from "../../../src/lib/data/datasets.ts";
import { toDatasets, validateFile, type ValidatedFile } from "../../../src/lib/data/validate.ts";
import { drawMap } from "../../../src/lib/geo/draw-map.ts";
import { FRAME_IDS } from "../../../src/lib/geo/frames.ts";
import type { FrameTopologies } from "../../../src/lib/geo/load.ts";
import { MAP_STATES } from "../../../src/lib/geo/states.ts";
import { serialize } from "../../../src/lib/svg/serialize.ts";
import { MAP_DRAWING_RAW } from "../../../src/lib/budgets.ts";
import { en } from "../../support/context.ts";
import { geodata } from "../../../scripts/geodata.ts";

function realData(): Datasets {
  const files = new Map<string, ValidatedFile>();
  for (const d of DATASETS)
    files.set(d.id, validateFile(d, readFileSync(`data/${d.file}`, "utf8"), d.file).result);
  return toDatasets(files);
}

/** The geometry `npm run data` writes to public/data/maps/, by frame. */
function siteMaps(): FrameTopologies {
  const files = geodata();
  return Object.fromEntries(
    FRAME_IDS.map((id) => {
      const body = files.get(`maps/${id}.topo.json`);
      if (!body) throw new Error(`the geodata step built no maps/${id}.topo.json`);
      return [id, JSON.parse(body) as Topology];
    }),
  ) as FrameTopologies;
}

describe("map drawing budgets", () => {
  it.each(FRAME_IDS)("%s: the shared drawing is within its budget", (frame) => {
    const inputs = { ...realData(), maps: siteMaps() };
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
    expect(bytes * 1.33, `${frame}: ${bytes} bytes`).toBeGreaterThan(MAP_DRAWING_RAW[frame]);
  });
});
