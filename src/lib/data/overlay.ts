/**
 * Per-locale text for the data: `data/i18n/<locale>/<file>.csv` holds, for each row id of `data/<file>.csv`, the
 * row's words in that language (names, notes, claims…), never its numbers or codes. Adding a language adds files,
 * not columns. The pipeline checks each overlay against its dataset and publishes it beside the data; the build
 * lays it over the rows for pages in that language.
 */
import { parseCsv, type Problem } from "./csv.ts";
import type { DatasetId, Datasets } from "./datasets.ts";

/** The columns a locale may give words for, by dataset. Numbers, codes, dates and ids are never translated. */
export const TRANSLATABLE: Partial<Record<DatasetId, readonly string[]>> = {
  places: ["name"],
  actors: ["name", "note"],
  instruments: ["name", "note"],
  claims: ["section", "claim", "note"],
  recommendations: ["section", "recommendation", "note"],
  helplines: ["name", "note"],
  definitions: ["label", "text", "note"],
  journey: ["stage", "smuggling", "trafficking", "turn", "note"],
  routes: ["period", "note"],
  borders: ["note"],
  ncrb: ["note"],
  "ncrb-states": ["note"],
  "tip-tiers": ["note"],
  rohingya: ["note"],
  slavery: ["note"],
  other: ["note"],
};

/** One overlay: row id → column → text. */
export type Overlay = Map<string, Record<string, string>>;
export type Overlays = Partial<Record<DatasetId, Overlay>>;

/**
 * Parses and checks one overlay file against its dataset's ids: the header is `id`, then translatable columns,
 * then an optional `source_ids`; every id names a row; a cell is filled only where the dataset's cell is.
 */
export function parseOverlay(
  dataset: DatasetId,
  text: string,
  file: string,
  rows: readonly Record<string, unknown>[],
): { overlay: Overlay; problems: Problem[] } {
  const overlay: Overlay = new Map();
  const allowed = TRANSLATABLE[dataset];
  if (!allowed) return { overlay, problems: [{ file, line: 1, message: `${dataset} has no translatable columns` }] };
  const { table, problems } = parseCsv(text, file);
  if (!table) return { overlay, problems };
  const [first, ...cols] = table.header;
  if (first !== "id") problems.push({ file, line: table.headerLine, message: `the first column is "id", not "${first}"` });
  const textCols = cols.filter((c) => c !== "source_ids");
  for (const c of textCols)
    if (!allowed.includes(c))
      problems.push({
        file,
        line: table.headerLine,
        message: `column "${c}" is not translatable in ${dataset} (columns: ${allowed.join(", ")})`,
      });
  const byId = new Map(rows.map((r) => [String(r["id"]), r]));
  for (const row of table.rows) {
    if (row.cells.length !== table.header.length) continue; // reported by the parser
    const id = row.cells[0]!.trim();
    const base = byId.get(id);
    if (!base) {
      problems.push({ file, line: row.line, message: `id "${id}" is not a row of ${dataset}` });
      continue;
    }
    if (overlay.has(id)) {
      problems.push({ file, line: row.line, message: `id "${id}" appears twice` });
      continue;
    }
    const cells: Record<string, string> = {};
    textCols.forEach((c) => {
      const v = (row.cells[table.header.indexOf(c)] ?? "").trim();
      const has = base[c] !== undefined && String(base[c]).trim() !== "";
      if (v && !has) problems.push({ file, line: row.line, message: `${c} is filled but ${dataset}'s ${c} is empty` });
      if (v) cells[c] = v;
    });
    overlay.set(id, cells);
  }
  return { overlay, problems };
}

/** The datasets with a locale's words laid over their rows (a copy; rows without words keep their own). */
export function applyOverlays<D extends Partial<Datasets>>(data: D, overlays: Overlays): D {
  const out = { ...data } as Record<string, unknown>;
  for (const [dataset, overlay] of Object.entries(overlays) as [DatasetId, Overlay][]) {
    const rows = (data as Record<string, Record<string, unknown>[] | undefined>)[dataset];
    if (!rows) continue;
    out[dataset] = rows.map((r) => {
      const words = overlay.get(String(r["id"]));
      return words ? { ...r, ...words } : r;
    });
  }
  return out as D;
}

/**
 * The rows of a dataset that have a translatable column filled in the dataset but no words in the overlay: what
 * a locale still lacks.
 */
export function missingWords(dataset: DatasetId, rows: readonly Record<string, unknown>[], overlay: Overlay | undefined) {
  const cols = TRANSLATABLE[dataset] ?? [];
  return rows.flatMap((r) =>
    cols
      .filter((c) => r[c] !== undefined && String(r[c]).trim() !== "" && !overlay?.get(String(r["id"]))?.[c])
      .map((c) => `${String(r["id"])}.${c}`),
  );
}
