/**
 * The data pipeline as a function: validates every CSV under a data folder (and, when asked, the ids the
 * essay names), and writes the normalised CSVs, summary.json and the maps' TopoJSON to an output folder —
 * all or nothing. scripts/run-data.ts is its command line.
 *
 * The output folder is a symbolic link to one complete generation of files. A run writes a new generation
 * beside the others, flushes it to disk, and then replaces the link in one `rename`, which is atomic: at
 * every moment the output is the complete old set or the complete new one, whenever the run is killed.
 * Generations live in a store outside the output's folder (for `public/data`, in `.data/` at the project
 * root), so nothing but the live data can be published from `public/`. Every run first removes what an
 * interrupted run left behind.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeSync,
} from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { basename, dirname, join, relative, resolve } from "node:path";
import type { Topology } from "topojson-specification";
import {
  append,
  decodeUtf8,
  formatProblems,
  MAX_FILE_BYTES,
  sizeProblem,
  sortProblems,
  toCsv,
  type Problem,
} from "../src/lib/data/csv.ts";
import { columnsOf, DATASETS, type DatasetSpec } from "../src/lib/data/datasets.ts";
import { parseOverlay, TRANSLATABLE } from "../src/lib/data/overlay.ts";
import { essayRefs, unknownRefs } from "../src/lib/data/essay-refs.ts";
import { crossCheck, toDatasets, validateFile, type ValidatedFile } from "../src/lib/data/validate.ts";
import { quotables } from "../src/lib/numbers.ts";
import { nearCountryFrom } from "../src/lib/geo/outline.ts";
import { MAP_STATES } from "../src/lib/geo/states.ts";
import type { DatasetSummary } from "../src/lib/data/load.ts";
import { geodata } from "./geodata.ts";

const require = createRequire(import.meta.url);

/** Every generated file, by path under the output folder. Later steps (maps) add theirs here. */
export type Outputs = Map<string, string>;

export interface PipelineOptions {
  /**
   * Check the ids the essay names: every `.mdx` file under `dir` (recursively), against the figures in the
   * data and `chartIds` (the registry's ids, passed in so that this module does not load every chart).
   */
  essay?: { dir: string; chartIds: readonly string[] };
  /** The day of the run, for the "not in the future" checks; now by default. */
  today?: Date;
  /** Where generations are kept; see storeFor. */
  storeDir?: string;
  /** The largest data file read (bytes); MAX_FILE_BYTES by default. */
  maxFileBytes?: number;
}

const shown = (path: string) => relative(process.cwd(), path) || path;

function readData(path: string, file: string, max: number): { text: string | null; problems: Problem[] } {
  const big = sizeProblem(statSync(path).size, file, max);
  if (big) return { text: null, problems: [big] };
  return decodeUtf8(readFileSync(path), file);
}

function datasets(
  dataDir: string,
  options: PipelineOptions,
): { outputs: Outputs; problems: Problem[]; files: Map<string, ValidatedFile> } {
  const fileName = (d: DatasetSpec) => shown(join(dataDir, d.file));
  const problems: Problem[] = [];
  const files = new Map<string, ValidatedFile>();
  for (const d of DATASETS) {
    const path = join(dataDir, d.file);
    if (!existsSync(path)) {
      problems.push({ file: fileName(d), line: 0, message: "the file is missing" });
      continue;
    }
    const { text, problems: unread } = readData(path, fileName(d), options.maxFileBytes ?? MAX_FILE_BYTES);
    append(problems, unread);
    if (text === null) continue;
    const { result, problems: p } = validateFile(d, text, fileName(d));
    files.set(d.id, result);
    append(problems, p);
  }
  const world = JSON.parse(
    readFileSync(require.resolve("world-atlas/countries-10m.json"), "utf8"),
  ) as Topology;
  append(
    problems,
    crossCheck(files, fileName, {
      nearCountry: nearCountryFrom(world),
      ...(options.today ? { today: options.today } : {}),
    }),
  );
  if (options.essay) append(problems, essayProblems(files, options.essay));

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
      const file = shown(path);
      const allowed = TRANSLATABLE[d.id];
      if (!allowed) {
        problems.push({ file, line: 1, message: `${d.id} has no translatable columns` });
        continue;
      }
      const rows = files.get(d.id)?.normalised ?? [];
      const { text, problems: unread } = decodeUtf8(readFileSync(path), file);
      append(problems, unread);
      if (text === null) continue;
      const { overlay, problems: p } = parseOverlay(d.id, text, file, rows);
      append(problems, p);
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

/** The essay's `<Num id>`s and steps' figure ids that name nothing, with the chapter's file and line. */
function essayProblems(
  files: Map<string, ValidatedFile>,
  essay: NonNullable<PipelineOptions["essay"]>,
): Problem[] {
  const problems: Problem[] = [];
  if (!existsSync(essay.dir)) {
    return [{ file: shown(essay.dir), line: 0, message: "the essay's folder is missing" }];
  }
  const figures = new Set(quotables(toDatasets(files)).keys());
  const charts = new Set(essay.chartIds);
  const chapters = readdirSync(essay.dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx"))
    .sort();
  for (const f of chapters) {
    const file = shown(join(essay.dir, f));
    const { text, problems: unread } = decodeUtf8(readFileSync(join(essay.dir, f)), file);
    append(problems, unread);
    if (text === null) continue;
    const { refs, problems: p } = essayRefs(text, file);
    append(problems, p);
    append(problems, unknownRefs(refs, file, figures, charts));
  }
  return problems;
}

/**
 * The registry's ids (src/lib/charts/index.ts) without loading every chart, which takes seconds: a chart's
 * id is its module's file name (catalogue-charts.ts imports `./<id>.ts`), and the map states are plain
 * objects (geo/states.ts). test/pipeline/registry-ids.test.ts checks that this list is the registry's.
 */
export function registryIds(
  chartsDir = fileURLToPath(new URL("../src/lib/charts", import.meta.url)),
): string[] {
  const catalogue = readFileSync(join(chartsDir, "catalogue-charts.ts"), "utf8");
  const charts = [
    ...catalogue.matchAll(/^import\s+\w+\s+from\s+"\.\/([a-z0-9]+(?:-[a-z0-9]+)*)\.ts";/gm),
  ].map((m) => m[1]!);
  return [...charts, ...MAP_STATES.map((s) => s.id)];
}

// ---------------------------------------------------------------------------------------------------------
// The swap

/**
 * Where an output folder's generations are kept. For an output inside a folder named `public` (which a site
 * publishes whole), a `.data/` folder beside that `public`; for any other output, `<output>.store` beside it.
 */
export function storeFor(outDir: string): string {
  const out = resolve(outDir);
  const parent = dirname(out);
  return basename(parent) === "public" ? join(dirname(parent), ".data", basename(out)) : `${out}.store`;
}

/** Is a process with this id running (and not us)? */
export function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Flushes a file or folder to disk. */
function fsyncPath(path: string) {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeDurably(path: string, body: string) {
  const fd = openSync(path, "w");
  try {
    writeSync(fd, body);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The generation folder the output link points at, if it is a link. */
function liveTarget(outDir: string): string | undefined {
  try {
    if (!lstatSync(outDir).isSymbolicLink()) return undefined;
    return resolve(dirname(outDir), readlinkSync(outDir));
  } catch {
    return undefined;
  }
}

/** The pid in a name such as `gen-1234-…`, `link-1234`, `data.staging-1234`, `data.old-1234`. */
const pidOf = (name: string) => Number(/(?:^gen-|^link-|^legacy-|\.staging-|\.old-)(\d+)/.exec(name)?.[1]);

/**
 * Removes what interrupted runs left: generations that are not live, temporary links, and the
 * `<output>.staging-<pid>` / `<output>.old-<pid>` folders of the pipeline's earlier, two-rename swap.
 * Anything belonging to a run still in progress (its pid is alive) is left alone.
 */
export function removeStale(outDir: string, storeDir = storeFor(outDir)): string[] {
  const removed: string[] = [];
  const out = resolve(outDir);
  const store = resolve(storeDir);
  if (!existsSync(out) && existsSync(store)) recover(out, store);
  const live = liveTarget(out);
  const drop = (p: string) => {
    rmSync(p, { recursive: true, force: true });
    removed.push(p);
  };
  if (existsSync(store)) {
    for (const name of readdirSync(store)) {
      const p = join(store, name);
      if (p === live || running(pidOf(name))) continue;
      drop(p);
    }
  }
  const parent = dirname(out);
  if (existsSync(parent)) {
    const prefix = `${basename(out)}.`;
    for (const name of readdirSync(parent)) {
      if (!name.startsWith(prefix) || !/\.(staging|old)-\d+$/.test(name)) continue;
      if (running(pidOf(name))) continue;
      drop(join(parent, name));
    }
  }
  return removed;
}

/**
 * A run killed during the one-time move from a real output folder to a link leaves no output: put back the
 * link it had made (a complete new generation), or else the folder it had moved aside.
 */
function recover(out: string, store: string) {
  const names = readdirSync(store).sort();
  for (const name of names) {
    const p = join(store, name);
    // The link's text is relative to the output's folder, not to the store.
    if (
      name.startsWith("link-") &&
      !running(pidOf(name)) &&
      existsSync(resolve(dirname(out), readlinkSync(p)))
    ) {
      renameSync(p, out);
      return;
    }
  }
  for (const name of names) {
    if (name.startsWith("legacy-") && !running(pidOf(name))) {
      renameSync(join(store, name), out);
      return;
    }
  }
}

let generation = 0;

/** Writes `outputs` as a new generation and points `outDir` at it in one atomic rename. */
export function swapIn(outputs: Outputs, outDir: string, storeDir = storeFor(outDir)): void {
  const out = resolve(outDir);
  const store = resolve(storeDir);
  const gen = join(store, `gen-${process.pid}-${Date.now()}-${generation++}`);
  mkdirSync(gen, { recursive: true });
  const dirs = new Set<string>([gen]);
  for (const [path, body] of [...outputs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = join(gen, path);
    mkdirSync(dirname(target), { recursive: true });
    writeDurably(target, body);
    for (let d = dirname(target); d.startsWith(gen); d = dirname(d)) dirs.add(d);
  }
  // Folders after their files, deepest first, so that every name is on disk before the link moves.
  for (const d of [...dirs].sort((a, b) => b.length - a.length)) fsyncPath(d);
  fsyncPath(store);

  mkdirSync(dirname(out), { recursive: true });
  const previous = liveTarget(out);
  const link = join(store, `link-${process.pid}`);
  rmSync(link, { force: true });
  // The link's text is relative to the output's folder, so a copied or moved project keeps working.
  symlinkSync(relative(dirname(out), gen), link, "dir");
  let legacy: string | undefined;
  if (existsSync(out) && !lstatSync(out).isSymbolicLink()) {
    // An output written by an older pipeline is a real folder, which no rename can replace in one step:
    // move it aside first (once; afterwards the output is always a link).
    legacy = join(store, `legacy-${process.pid}`);
    renameSync(out, legacy);
  }
  renameSync(link, out);
  fsyncPath(dirname(out));
  fsyncPath(store);
  if (previous && previous !== gen && previous.startsWith(store))
    rmSync(previous, { recursive: true, force: true });
  if (legacy) rmSync(legacy, { recursive: true, force: true });
}

/** Removes an output folder (the link) and every generation in its store: for tests' temporary outputs. */
export function removeOutput(outDir: string, storeDir = storeFor(outDir)): void {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(storeDir, { recursive: true, force: true });
}

export interface PipelineResult {
  problems: Problem[];
  /** Paths written under the output folder (empty when there were problems). */
  written: string[];
}

/** Runs the whole pipeline; writes nothing when any problem is found. */
export function runPipeline(
  dataDir = "data",
  outDir = "public/data",
  options: PipelineOptions = {},
): PipelineResult {
  const store = options.storeDir ?? storeFor(outDir);
  removeStale(outDir, store);
  const { outputs, problems } = datasets(dataDir, options);
  if (problems.length) return { problems: sortProblems(problems), written: [] };
  swapIn(outputs, outDir, store);
  return { problems: [], written: [...outputs.keys()].sort() };
}

/**
 * The command line's report: prints at most a few problems per file, and returns the exit code (0 or 1).
 */
export function report(
  result: PipelineResult,
  outDir: string,
  ms: number,
  log: Pick<Console, "log" | "error"> = console,
): number {
  if (result.problems.length) {
    for (const line of formatProblems(result.problems)) log.error(line);
    log.error(`npm run data: ${result.problems.length} problem(s); ${outDir}/ was not changed.`);
    return 1;
  }
  log.log(`npm run data: ${result.written.length} files written to ${outDir}/ in ${Math.round(ms)} ms`);
  return 0;
}
