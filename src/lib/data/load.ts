/**
 * Reads the pipeline's output (public/data/) into typed datasets for the build. Node only; the parsing
 * and checks are the same as the pipeline's, so a page never sees a row the pipeline would refuse. The
 * files there are the site's downloads, with cells neutralised against spreadsheet formulas; they are
 * restored here to exactly what data/ holds.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { append, decodeUtf8, formatProblems, type Problem } from "./csv.ts";
import { DATASETS, type Datasets } from "./datasets.ts";
import { toDatasets, validateFile, type ValidatedFile } from "./validate.ts";

/**
 * The folder the build reads the pipeline's output from: `public/data`, or `CROSSINGS_DATA_DIR` when set (the
 * component tests point it at the pipeline's output for test/fixtures/valid). Read here and nowhere else.
 */
export const dataDir = (): string => process.env["CROSSINGS_DATA_DIR"] || "public/data";

const cache = new Map<string, Datasets>();

export function loadDatasets(dir = dataDir()): Datasets {
  const hit = cache.get(dir);
  if (hit) return hit;
  const files = new Map<string, ValidatedFile>();
  const problems: Problem[] = [];
  for (const d of DATASETS) {
    const file = join(dir, d.file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new Error(`${file} is missing: run npm run data first`);
    }
    const { text, problems: unread } = decodeUtf8(bytes, file);
    append(problems, unread);
    if (text === null) continue;
    const { result, problems: p } = validateFile(d, text, file, { published: true });
    files.set(d.id, result);
    append(problems, p);
  }
  if (problems.length) throw new Error(formatProblems(problems).join("\n"));
  const data = toDatasets(files);
  cache.set(dir, data);
  return data;
}

export interface DatasetSummary {
  id: string;
  title: string;
  row: string;
  file: string;
  rows: number;
  columns: string[];
  source_ids: string[];
}

/** The summary the pipeline writes beside the CSVs (public/data/summary.json). */
export function loadSummary(dir = dataDir()): DatasetSummary[] {
  return JSON.parse(readFileSync(join(dir, "summary.json"), "utf8")) as DatasetSummary[];
}
