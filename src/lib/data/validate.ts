/**
 * Checks parsed CSV tables against the dataset schemas and against each other. Nothing here reads files:
 * the runner (scripts/run-data.ts) and the loader (load.ts) pass the text in.
 */
import { append, parseCsv, restoreCell, textProblem, type Problem } from "./csv.ts";
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

export interface ValidateOptions {
  /**
   * The text is one of the site's own CSV files (public/data/), whose cells were neutralised against
   * spreadsheet formulas when written (csv.ts, toCsv): restore them before checking.
   */
  published?: boolean;
}

/** Parses and checks one dataset's text; returns what is valid and every problem found. */
export function validateFile(
  spec: DatasetSpec,
  text: string,
  file: string,
  options: ValidateOptions = {},
): { result: ValidatedFile; problems: Problem[] } {
  const { table, problems } = parseCsv(text, file);
  const result: ValidatedFile = { spec, rows: [], normalised: [] };
  if (!table) return { result, problems };
  if (options.published) for (const r of table.rows) r.cells = r.cells.map(restoreCell);
  const columns = columnsOf(spec);
  const at = table.headerLine;
  const seen = new Set<string>();
  for (const h of table.header) {
    const bad = textProblem(h);
    if (bad) problems.push({ file, line: at, message: `a column name ${bad}` });
  }
  for (const h of table.header) {
    if (!columns.includes(h)) problems.push({ file, line: at, message: `unknown column "${h}" (columns: ${columns.join(", ")})` });
    if (seen.has(h)) problems.push({ file, line: at, message: `column "${h}" appears twice` });
    seen.add(h);
  }
  const missing = columns.filter((c) => !table.header.includes(c) && !spec.optional.includes(c));
  for (const c of missing) problems.push({ file, line: at, message: `missing required column "${c}"` });
  if (missing.length) return { result, problems };

  const index = columns.map((c) => table.header.indexOf(c));
  for (const row of table.rows) {
    if (row.cells.length !== table.header.length) continue; // already reported by the parser
    const raw: Record<string, string> = {};
    let clean = true;
    columns.forEach((c, k) => {
      const i = index[k]!;
      raw[c] = i >= 0 ? (row.cells[i] ?? "") : "";
      const bad = textProblem(raw[c]);
      if (bad) {
        problems.push({ file, line: row.line, message: `${c} ${bad}` });
        clean = false;
      }
    });
    if (!clean) continue;
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

export interface CrossCheckOptions {
  /** Places must lie within 5 km of their country (skipped when absent). */
  nearCountry?: NearCountry;
  /** The day of the build: dates after it (with a day's slack) are refused. Defaults to now. */
  today?: Date;
}

/** Units whose figures may be negative (a change, a difference); every other figure is a count or a size. */
export const SIGNED_UNITS = ["percent", "percentage_points"] as const;
const signed = (unit: string) => (SIGNED_UNITS as readonly string[]).includes(unit) || unit.endsWith("_change");

/** A law deemed in force before it was adopted says so in its note. */
const RETROSPECTIVE = /\b(deemed|retrospective|retroactive)/i;

/** The earliest day an ISO date at any precision (2016, 2016-02, 2016-02-12) can mean, as YYYY-MM-DD. */
const earliestDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

/**
 * Checks references between datasets (ids unique, sources, places, actors and instruments known) and the
 * rules a single row's schema cannot see: a route joins two places, nothing relates to itself, `alt_of`
 * points at a main row, a fenced length fits its border, counts are not negative, dates are not in the
 * future, a law is not in force before it was adopted.
 */
export function crossCheck(
  files: Map<string, ValidatedFile>,
  fileName: (spec: DatasetSpec) => string,
  options: CrossCheckOptions = {},
): Problem[] {
  const { nearCountry } = options;
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
  append(problems, rowRules(files, fileName, options.today ?? new Date()));
  return problems;
}

/** The rules between columns and rows that no single cell shows (see crossCheck). */
function rowRules(files: Map<string, ValidatedFile>, fileName: (spec: DatasetSpec) => string, today: Date): Problem[] {
  const problems: Problem[] = [];
  const each = (id: string, check: (v: Record<string, unknown>) => string | undefined) => {
    const f = files.get(id);
    if (!f) return;
    for (const r of f.rows) {
      const message = check(r.value);
      if (message) problems.push({ file: fileName(f.spec), line: r.line, message });
    }
  };
  // A day's slack for time zones: the build's "today" may be a day behind the curator's.
  const latest = new Date(today.getTime() + 86_400_000);
  const latestDay = latest.toISOString().slice(0, 10);
  const latestYear = latest.getUTCFullYear();
  const notFuture = (column: string, v: unknown) => {
    if (v === undefined) return undefined;
    const year = typeof v === "number" ? v : Number(String(v).slice(0, 4));
    return year > latestYear ? `${column} "${String(v)}" is after ${today.getUTCFullYear()}, the year of the build` : undefined;
  };

  each("routes", (v) =>
    v["from"] === v["to"] ? `from and to are both "${String(v["from"])}": a route joins two different places` : undefined,
  );
  each("relations", (v) =>
    v["from"] === v["to"] ? `from and to are both "${String(v["from"])}": nothing relates to itself` : undefined,
  );

  const borders = new Map((files.get("borders")?.rows ?? []).map((r) => [String(r.value["id"]), r.value]));
  each("borders", (v) => {
    const id = String(v["id"]);
    const alt = v["alt_of"] as string | undefined;
    if (alt === undefined) return undefined;
    if (alt === id) return `alt_of "${alt}" is the row itself: point at the row whose figure this one disputes`;
    const next = borders.get(alt)?.["alt_of"] as string | undefined;
    if (next === undefined) return undefined; // an unknown id is reported with the references
    // Follow the chain to say whether it loops back.
    const path = [id, alt];
    let at: string | undefined = next;
    while (at !== undefined && !path.includes(at)) {
      path.push(at);
      at = borders.get(at)?.["alt_of"] as string | undefined;
    }
    if (at !== undefined) return `alt_of forms a cycle (${[...path.slice(path.indexOf(at)), at].join(" → ")}): one of them must be the main row, with no alt_of`;
    return `alt_of "${alt}" is itself an alternative (of "${next}"): point at the main row, alt_of does not chain`;
  });
  each("borders", (v) => {
    const fenced = v["fenced_km"] as number | undefined;
    const length = v["length_km"] as number | undefined;
    return fenced !== undefined && length !== undefined && fenced > length
      ? `fenced_km "${fenced}" is longer than the border's length_km "${length}"`
      : undefined;
  });

  for (const id of ["ncrb", "ncrb-states", "tip-tiers", "rohingya", "slavery", "other"]) {
    each(id, (v) => {
      const value = v["value"] as number;
      const unit = String(v["unit"]);
      return value < 0 && !signed(unit)
        ? `value "${value}" is negative: a count or size (unit ${unit}) cannot be; only ${SIGNED_UNITS.join(", ")} and *_change units may be`
        : undefined;
    });
    each(id, (v) => notFuture("year", v["year"]));
  }

  each("sources", (v) => {
    const accessed = v["accessed"] as string | undefined;
    if (accessed !== undefined && earliestDay(accessed) > latestDay) {
      return `accessed "${accessed}" is in the future (today is ${today.toISOString().slice(0, 10)})`;
    }
    return notFuture("year", v["year"]);
  });
  each("actors", (v) => notFuture("founded", v["founded"]));
  each("instruments", (v) => notFuture("adopted", v["adopted"]));
  each("instruments", (v) => {
    const adopted = v["adopted"] as string | undefined;
    const inForce = v["in_force"] as string | undefined;
    if (adopted === undefined || inForce === undefined) return undefined;
    const n = Math.min(adopted.length, inForce.length);
    if (inForce.slice(0, n) >= adopted.slice(0, n)) return undefined;
    if (RETROSPECTIVE.test(String(v["note"] ?? ""))) return undefined;
    return `in_force "${inForce}" is before adopted "${adopted}": if the law was deemed in force from an earlier date, say so in its note ("deemed in force from …")`;
  });
  return problems;
}

/** Turns validated files into the typed datasets the charts read. */
export function toDatasets(files: Map<string, ValidatedFile>): Datasets {
  const out: Record<string, unknown[]> = {};
  for (const d of DATASETS) out[d.id] = (files.get(d.id)?.rows ?? []).map((r) => r.value);
  return out as unknown as Datasets;
}
