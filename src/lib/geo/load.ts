/**
 * Reads the pipeline's map geometry (one TopoJSON per frame, `<dir>/<frame>.topo.json`) for the build.
 * Node only, cached per folder. The build passes the geometry to the map modules with the data; tests pass
 * the committed fixture geometry (FIXTURE_MAPS_DIR) instead.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Topology } from "topojson-specification";
import { dataDir } from "../data/load.ts";
import { FRAME_IDS, type FrameId } from "./frames.ts";

export type FrameTopologies = Record<FrameId, Topology>;

/** Where the pipeline writes the maps. */
export const MAPS_DIR = "public/data/maps";
/** The maps beside the data the build reads (`public/data/maps`, or under CROSSINGS_DATA_DIR: data/load.ts). */
export const mapsDir = (): string => join(dataDir(), "maps");
/** The small, coarse geometry the tests draw (see test/fixtures/README.md). */
export const FIXTURE_MAPS_DIR = "test/fixtures/maps";

const cache = new Map<string, FrameTopologies>();

/** Every frame's topology from a folder; throws a clear message when a file is missing. */
export function loadMaps(dir = mapsDir()): FrameTopologies {
  const hit = cache.get(dir);
  if (hit) return hit;
  const out = {} as FrameTopologies;
  for (const id of FRAME_IDS) {
    const file = join(dir, `${id}.topo.json`);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      throw new Error(`${file} is missing: run npm run data first`);
    }
    out[id] = JSON.parse(text) as Topology;
  }
  cache.set(dir, out);
  return out;
}
