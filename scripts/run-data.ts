/**
 * npm run data: validates every CSV in data/, then writes the normalised CSVs, summary.json and (later)
 * the maps' TopoJSON to public/data/ — all or nothing. Files are staged in a temporary folder beside the
 * output and swapped in only when every step succeeded, so bad input leaves the previous output untouched.
 *
 * Usage: tsx scripts/run-data.ts [--data DIR] [--out DIR]
 * Exit 1 with one line per problem (`data/places.csv:17: lat "91.2" is outside -90..90`) when input is bad.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import type { Topology } from "topojson-specification";
import { formatProblem, sortProblems, toCsv, type Problem } from "../src/lib/data/csv.ts";
import { columnsOf, DATASETS, type DatasetSpec } from "../src/lib/data/datasets.ts";
import { crossCheck, validateFile, type ValidatedFile } from "../src/lib/data/validate.ts";
import { nearCountryFrom } from "../src/lib/geo/outline.ts";
import type { DatasetSummary } from "../src/lib/data/load.ts";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const dataDir = opt("--data", "data");
const outDir = opt("--out", "public/data");
const started = performance.now();
const require = createRequire(import.meta.url);

const fileName = (d: DatasetSpec) => relative(process.cwd(), join(dataDir, d.file)) || d.file;

/** Every generated file, by path under the output folder. Later steps (maps) add theirs here. */
export type Outputs = Map<string, string>;

function datasets(): { outputs: Outputs; problems: Problem[]; files: Map<string, ValidatedFile> } {
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
  const world = JSON.parse(readFileSync(require.resolve("world-atlas/countries-10m.json"), "utf8")) as Topology;
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
  return { outputs, problems, files };
}

function swapIn(outputs: Outputs) {
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

const { outputs, problems } = datasets();
if (problems.length) {
  for (const p of sortProblems(problems)) console.error(formatProblem(p));
  console.error(`npm run data: ${problems.length} problem(s); ${outDir}/ was not changed.`);
  process.exit(1);
}
swapIn(outputs);
console.log(`npm run data: ${outputs.size} files written to ${outDir}/ in ${Math.round(performance.now() - started)} ms`);
