/**
 * A canvas for layer tests: the fixture data (test/fixtures/valid, through the pipeline) and the committed
 * fixture geometry, fitted as the renderer fits it, in the shared (classes) or export (paint) mode.
 */
import { readFileSync } from "node:fs";
import { buildDocument } from "../../../../src/lib/charts/render.ts";
import { DATASETS, type Datasets } from "../../../../src/lib/data/datasets.ts";
import { toDatasets, validateFile, type ValidatedFile } from "../../../../src/lib/data/validate.ts";
import { frameFeatures } from "../../../../src/lib/geo/features.ts";
import type { FrameId } from "../../../../src/lib/geo/frames.ts";
import { FIXTURE_MAPS_DIR, loadMaps } from "../../../../src/lib/geo/load.ts";
import { gridPath } from "../../../../src/lib/geo/path.ts";
import { fitFrame } from "../../../../src/lib/geo/projections.ts";
import type { LayerId } from "../../../../src/lib/geo/states.ts";
import { BASE_WIDTH } from "../../../../src/lib/geo/variants.ts";
import type { Canvas } from "../../../../src/lib/geo/layers/canvas.ts";
import type { Corridor } from "../../../../src/lib/data/schemas.ts";
import { en } from "../../../support/context.ts";

let data: Datasets | undefined;
/** The fixture datasets (test/fixtures/valid), validated as the pipeline validates them. */
export function fixtureData(): Datasets {
  if (data) return data;
  const files = new Map<string, ValidatedFile>();
  for (const d of DATASETS)
    files.set(d.id, validateFile(d, readFileSync(`test/fixtures/valid/${d.file}`, "utf8"), d.file).result);
  return (data = toDatasets(files));
}

export interface CanvasOptions {
  layers?: LayerId[];
  routes?: Corridor[];
  hl?: string[];
  paint?: boolean;
  unit?: number;
  borderStyle?: "regime" | "force";
}

export function canvasFor(frame: FrameId, o: CanvasOptions = {}): Canvas {
  const fitted = fitFrame(frameFeatures(frame, fixtureData()).frame, BASE_WIDTH);
  return {
    doc: buildDocument(),
    ctx: en(),
    features: frameFeatures(frame, fixtureData()),
    topology: loadMaps(FIXTURE_MAPS_DIR)[frame],
    projection: fitted.projection,
    path: gridPath(fitted.projection, 1),
    width: fitted.width,
    height: fitted.height,
    layers: new Set(o.layers ?? []),
    routes: new Set(o.routes ?? []),
    borderStyle: o.borderStyle,
    hl: new Set(o.hl ?? []),
    unit: o.unit ?? 1,
    paint: o.paint ?? false,
    actorsByBase: new Map(),
  };
}

/** Every element under `root` (itself included) that matches. */
export const all = (root: Element | null, selector: string): Element[] =>
  root ? [...(root.matches(selector) ? [root] : []), ...Array.from(root.querySelectorAll(selector))] : [];
