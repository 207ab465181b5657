/**
 * Reads a locale's data text from the pipeline's output (`<dir>/i18n/<locale>/<file>.csv`, published by
 * `npm run data` after it checked each file against its dataset) for the build. Node only.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatProblem } from "./csv.ts";
import { DATASETS, type Datasets } from "./datasets.ts";
import { dataDir } from "./load.ts";
import { parseOverlay, TRANSLATABLE, type Overlays } from "./overlay.ts";

/** Where a locale's text for a dataset file is, under a data folder. */
export const overlayPath = (dir: string, locale: string, file: string): string => join(dir, "i18n", locale, file);

/** Every overlay of a locale, checked against the datasets' rows; throws, naming each problem, on a bad file. */
export function loadOverlays(data: Datasets, locale: string, dir = dataDir()): Overlays {
  const out: Overlays = {};
  const problems: string[] = [];
  for (const d of DATASETS) {
    if (!TRANSLATABLE[d.id]) continue;
    const file = overlayPath(dir, locale, d.file);
    if (!existsSync(file)) continue;
    const rows = data[d.id] as unknown as Record<string, unknown>[];
    const { overlay, problems: p } = parseOverlay(d.id, readFileSync(file, "utf8"), file, rows);
    problems.push(...p.map(formatProblem));
    out[d.id] = overlay;
  }
  if (problems.length) throw new Error(problems.join("\n"));
  return out;
}
