/**
 * The data pipeline as a function: validates every CSV under a data folder, and writes the normalised CSVs,
 * summary.json and the maps' TopoJSON to an output folder — all or nothing. Files are staged in a
 * temporary folder beside the output and swapped in only when every step succeeded, so bad input leaves
 * the previous output untouched. scripts/run-data.ts is its command line.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import type { Topology } from "topojson-specification";
import { sortProblems, toCsv, type Problem } from "../src/lib/data/csv.ts";
import { columnsOf, DATASETS, type DatasetSpec } from "../src/lib/data/datasets.ts";
import { crossCheck, validateFile, type ValidatedFile } from "../src/lib/data/validate.ts";
import { parseOverlay, TRANSLATABLE } from "../src/lib/data/overlay.ts";
import { nearCountryFrom } from "../src/lib/geo/outline.ts";
import type { DatasetSummary } from "../src/lib/data/load.ts";
import { geodata } from "./geodata.ts";

const require = createRequire(import.meta.url);

/** Every generated file, by path under the output folder. Later steps (maps) add theirs here. */
export type Outputs = Map<string, string>;

function datasets(dataDir: string): {
  outputs: Outputs;
  problems: Problem[];
  files: Map<string, ValidatedFile>;
} {
  const fileName = (d: DatasetSpec) => relative(process.cwd(), join(dataDir, d.file)) || d.file;
  const problems: Problem[] = [];
  const files = new Map<string, ValidatedFile>();
  for (const d of DATASETS) {
    const path = join(dataDir, d.file);
    if (!existsSync(path)) {
      problems.push({ file: fileName(d), line: 0, message: "the file is missing" });
      continue;
    }
    const { result, problems: p } = validateFile(d, readFileSync(path, "utf8"), fileName(d));
    files.set(d.id, result);
    problems.push(...p);
  }
  const world = JSON.parse(
    readFileSync(require.resolve("world-atlas/countries-10m.json"), "utf8"),
  ) as Topology;
  problems.push(...crossCheck(files, fileName, nearCountryFrom(world)));

  const outputs: Outputs = new Map();
  const summary: DatasetSummary[] = [];
  for (const d of DATASETS) {
    const f = files.get(d.id);
    if (!f) continue;
    const columns = columnsOf(d);
    outputs.set(d.file, toCsv(columns, f.normalised));
    const sourceIds = new Set<string>();
    for (const r of f.rows) {
      for (const k of ["source_ids", "verified_by"]) {
        const v = r.value[k];
        if (Array.isArray(v)) for (const s of v) sourceIds.add(String(s));
      }
    }
    if (d.id === "sources") for (const r of f.rows) sourceIds.add(String(r.value["id"]));
    summary.push({
      id: d.id,
      title: d.title,
      row: d.row,
      file: `/data/${d.file}`,
      rows: f.rows.length,
      columns,
      source_ids: [...sourceIds].sort(),
    });
  }
  outputs.set("summary.json", JSON.stringify(summary, null, 2) + "\n");
  // Each locale's words for the data (data/i18n/<locale>/<file>.csv), checked against the rows and published
  // beside them.
  for (const [path, body] of overlays(dataDir, files, problems)) outputs.set(path, body);
  // The maps' TopoJSON (maps/<frame>.topo.json) joins the same staged swap; skipped when the data is bad.
  if (!problems.length) for (const [path, body] of geodata()) outputs.set(path, body);
  return { outputs, problems, files };
}

/** Checks every overlay file under `<dataDir>/i18n/<locale>/` and returns its normalised copy, by output path. */
function overlays(dataDir: string, files: Map<string, ValidatedFile>, problems: Problem[]): Outputs {
  const out: Outputs = new Map();
  const root = join(dataDir, "i18n");
  if (!existsSync(root)) return out;
  for (const locale of readdirSync(root).sort()) {
    for (const d of DATASETS) {
      const path = join(root, locale, d.file);
      if (!existsSync(path)) continue;
      const file = relative(process.cwd(), path) || path;
      const allowed = TRANSLATABLE[d.id];
      if (!allowed) {
        problems.push({ file, line: 1, message: `${d.id} has no translatable columns` });
        continue;
      }
      const rows = files.get(d.id)?.normalised ?? [];
      const { overlay, problems: p } = parseOverlay(d.id, readFileSync(path, "utf8"), file, rows);
      for (const x of p) problems.push(x);
      const cols = allowed.filter((c) => [...overlay.values()].some((r) => r[c] !== undefined));
      out.set(
        `i18n/${locale}/${d.file}`,
        toCsv(
          ["id", ...cols],
          [...overlay].map(([id, r]) => ({ id, ...Object.fromEntries(cols.map((c) => [c, r[c] ?? ""])) })),
        ),
      );
    }
  }
  return out;
}

function swapIn(outputs: Outputs, outDir: string) {
  const staging = `${outDir}.staging-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  for (const [path, body] of [...outputs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = join(staging, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, body);
  }
  mkdirSync(dirname(outDir), { recursive: true });
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
}

export interface PipelineResult {
  problems: Problem[];
  /** Paths written under the output folder (empty when there were problems). */
  written: string[];
}

/** Runs the whole pipeline; writes nothing when any problem is found. */
export function runPipeline(dataDir = "data", outDir = "public/data"): PipelineResult {
  const { outputs, problems } = datasets(dataDir);
  if (problems.length) return { problems: sortProblems(problems), written: [] };
  swapIn(outputs, outDir);
  return { problems: [], written: [...outputs.keys()].sort() };
}
