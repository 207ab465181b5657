/**
 * Checks parsed CSV tables against the dataset schemas and against each other. Nothing here reads files:
 * the runner (scripts/run-data.ts) and the loader (load.ts) pass the text in.
 */
import { parseCsv, type Problem } from "./csv.ts";
import { columnsOf, DATASETS, type Datasets, type DatasetSpec } from "./datasets.ts";
import { CORRIDORS } from "./schemas.ts";
import { COUNTRIES, isIso3 } from "./countries.ts";

export interface ValidatedFile {
  spec: DatasetSpec;
  /** Typed rows, with the line each came from. */
  rows: { line: number; value: Record<string, unknown> }[];
  /** The trimmed cells of each valid row in the canonical column order, for the normalised CSV. */
  normalised: Record<string, string>[];
}

/** Parses and checks one dataset's text; returns what is valid and every problem found. */
export function validateFile(
  spec: DatasetSpec,
  text: string,
  file: string,
): { result: ValidatedFile; problems: Problem[] } {
  const { table, problems } = parseCsv(text, file);
  const result: ValidatedFile = { spec, rows: [], normalised: [] };
  if (!table) return { result, problems };
  const columns = columnsOf(spec);
  const at = table.headerLine;
  const seen = new Set<string>();
  for (const h of table.header) {
    if (!columns.includes(h)) problems.push({ file, line: at, message: `unknown column "${h}" (columns: ${columns.join(", ")})` });
    if (seen.has(h)) problems.push({ file, line: at, message: `column "${h}" appears twice` });
    seen.add(h);
  }
  const missing = columns.filter((c) => !table.header.includes(c) && !spec.optional.includes(c));
  for (const c of missing) problems.push({ file, line: at, message: `missing required column "${c}"` });
  if (missing.length) return { result, problems };

  for (const row of table.rows) {
    if (row.cells.length !== table.header.length) continue; // already reported by the parser
    const raw: Record<string, string> = {};
    columns.forEach((c) => {
      const i = table.header.indexOf(c);
      raw[c] = i >= 0 ? (row.cells[i] ?? "") : "";
    });
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const col = String(issue.path[0] ?? "");
        const value = (raw[col] ?? "").trim();
        const message = value === "" ? `${col} ${issue.message}` : `${col} "${value}" ${issue.message}`;
        problems.push({ file, line: row.line, message });
      }
      continue;
    }
    result.rows.push({ line: row.line, value: parsed.data });
    result.normalised.push(Object.fromEntries(columns.map((c) => [c, (raw[c] ?? "").trim()])));
  }
  return { result, problems };
}

/** A test for "is this point within `km` of that country?", backed by geodata (see geo/outline.ts). */
export type NearCountry = (iso3: string, lon: number, lat: number, km: number) => boolean;

/** Checks references between datasets: ids unique, sources known, places, actors and instruments known. */
export function crossCheck(
  files: Map<string, ValidatedFile>,
  fileName: (spec: DatasetSpec) => string,
  nearCountry?: NearCountry,
): Problem[] {
  const problems: Problem[] = [];
  const rowsOf = (id: string) => files.get(id)?.rows ?? [];
  const idsOf = (id: string) => new Set(rowsOf(id).map((r) => String(r.value["id"])));
  const sources = idsOf("sources");
  const places = idsOf("places");
  const actors = idsOf("actors");
  const instruments = idsOf("instruments");

  // Ids are unique within a file, and across the stats files (one namespace of figures).
  const statIds = new Map<string, string>();
  for (const [id, f] of files) {
    const file = fileName(f.spec);
    const seen = new Map<string, number>();
    for (const r of f.rows) {
      const rid = String(r.value["id"]);
      const first = seen.get(rid);
      if (first !== undefined) problems.push({ file, line: r.line, message: `id "${rid}" is used twice (first on line ${first})` });
      else seen.set(rid, r.line);
      if (f.spec.file.startsWith("stats/")) {
        const other = statIds.get(rid);
        if (other && other !== id) problems.push({ file, line: r.line, message: `id "${rid}" is also used in stats/${other}.csv` });
        statIds.set(rid, id);
      }
    }
  }
  for (const a of actors) {
    if (instruments.has(a)) {
      const line = rowsOf("instruments").find((r) => r.value["id"] === a)?.line ?? 0;
      problems.push({ file: fileName(files.get("instruments")!.spec), line, message: `id "${a}" is also an actor id; relations need them apart` });
    }
  }

  const refs = (id: string, column: string, known: Set<string>, what: string) => {
    const f = files.get(id);
    if (!f) return;
    for (const r of f.rows) {
      const v = r.value[column];
      const list = Array.isArray(v) ? (v as string[]) : v === undefined ? [] : [String(v)];
      for (const x of list) {
        if (!known.has(x)) problems.push({ file: fileName(f.spec), line: r.line, message: `${column} "${x}" is not ${what}` });
      }
    }
  };
  for (const d of DATASETS) {
    if (d.id !== "sources" && d.id !== "claims") refs(d.id, "source_ids", sources, "an id in sources.csv");
  }
  refs("claims", "verified_by", sources, "an id in sources.csv");
  refs("borders", "alt_of", idsOf("borders"), "an id in borders.csv");
  refs("routes", "from", places, "an id in places.csv");
  refs("routes", "to", places, "an id in places.csv");
  refs("relations", "from", actors, "an id in actors.csv");
  const targets = new Set<string>([...actors, ...instruments, ...CORRIDORS]);
  refs("relations", "to", targets, "an actor, an instrument or a corridor (bd, np, mm, sea, in, world)");

  // A first-level code belongs to its country; border states are Indian.
  const places_ = files.get("places");
  if (places_) {
    for (const r of places_.rows) {
      const c = String(r.value["country"]);
      const a1 = r.value["admin1"] as string | undefined;
      if (a1 && isIso3(c) && !a1.startsWith(`${COUNTRIES[c].iso2}-`)) {
        problems.push({ file: fileName(places_.spec), line: r.line, message: `admin1 "${a1}" is not a first-level unit of ${c}` });
      }
      if (nearCountry && isIso3(c)) {
        const lat = Number(r.value["lat"]);
        const lon = Number(r.value["lon"]);
        if (!nearCountry(c, lon, lat, 5)) {
          problems.push({
            file: fileName(places_.spec),
            line: r.line,
            message: `lat/lon "${lat}, ${lon}" is farther than 5 km outside ${COUNTRIES[c].name} (${c})`,
          });
        }
      }
    }
  }
  const borders = files.get("borders");
  for (const r of borders?.rows ?? []) {
    const st = r.value["state"] as string | undefined;
    if (st && !st.startsWith("IN-")) problems.push({ file: fileName(borders!.spec), line: r.line, message: `state "${st}" is not an Indian state (IN-…)` });
  }
  for (const id of ["tip-tiers", "ncrb", "ncrb-states", "rohingya", "slavery", "other"]) {
    const f = files.get(id);
    for (const r of f?.rows ?? []) {
      if (r.value["unit"] === "tier" && ![1, 2, 2.5, 3].includes(Number(r.value["value"]))) {
        problems.push({ file: fileName(f!.spec), line: r.line, message: `value "${String(r.value["value"])}" is not a TIP tier (1, 2, 2.5 for the Watch List, 3)` });
      }
    }
  }
  return problems;
}

/** Turns validated files into the typed datasets the charts read. */
export function toDatasets(files: Map<string, ValidatedFile>): Datasets {
  const out: Record<string, unknown[]> = {};
  for (const d of DATASETS) out[d.id] = (files.get(d.id)?.rows ?? []).map((r) => r.value);
  return out as unknown as Datasets;
}
