/**
 * Versions of the data, for archives and pinned pictures: a short content hash of all the language-neutral data
 * (`data_version`), the date of the latest data change (`data_date`), and per figure a hash of the rows it draws
 * (`rows_hash`). Each is a function of the data alone: two builds of the same data give the same values, whatever
 * the time, the machine or the language.
 */
import { createHash } from "node:crypto";
import type { ChartModule, FigureText, Inputs } from "./charts/types.ts";
import { makeCtx, type Ctx } from "./context.ts";
import { DATASETS, type Datasets } from "./data/datasets.ts";
import type { FrameId } from "./geo/frames.ts";
import type { Dict } from "../i18n/index.ts";
import type { Locale } from "../i18n/locales.ts";

/** How many hex digits of SHA-256 a short hash keeps. */
export const HASH_DIGITS = 8;

/** The first HASH_DIGITS hex digits of the SHA-256 of a text. */
export const shortHash = (text: string): string =>
  createHash("sha256").update(text, "utf8").digest("hex").slice(0, HASH_DIGITS);

/** JSON with every object's keys sorted, so the text depends on the values only, not on the order of keys. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/**
 * The version of the data: a hash of every dataset's rows, in the catalogue's order, and of the map geometry.
 * Translations are not part of it: they live in the dictionaries and name files, not in the datasets.
 */
export function dataVersion(inputs: Inputs): string {
  const parts: string[] = DATASETS.map((d) => `${d.id}\n${canonicalJson(inputs[d.id])}`);
  for (const frame of Object.keys(inputs.maps ?? {}).sort())
    parts.push(`map:${frame}\n${canonicalJson(inputs.maps?.[frame as FrameId])}`);
  return shortHash(parts.join("\n"));
}

/**
 * The date of the latest data change: the latest `accessed` date in sources.csv (every figure is read from a
 * source on the day it was entered or checked). Never the build time, so a rebuild of unchanged data changes
 * nothing.
 */
export function dataDate(sources: Datasets["sources"]): string {
  let latest = "";
  for (const s of sources) if (s.accessed && s.accessed > latest) latest = s.accessed;
  if (!latest) throw new Error("data/sources.csv: no source has an accessed date, so the data has no date");
  return latest;
}

/**
 * A dictionary of the same shape whose every string is its own key path and whose every function returns its
 * key path and arguments: `vocab.corridor.bd`, `figure.dataTable(12)`. Text drawn through it says what was
 * drawn, in no language.
 */
export function neutralDictionary<T>(d: T, path = ""): T {
  if (typeof d === "string") return path as T;
  if (typeof d === "function")
    return ((...args: unknown[]) => `${path}(${args.map((a) => canonicalJson(a)).join(",")})`) as T;
  if (Array.isArray(d)) return d.map((v, i) => neutralDictionary(v, `${path}.${i}`)) as T;
  if (d && typeof d === "object")
    return Object.fromEntries(
      Object.entries(d).map(([k, v]) => [k, neutralDictionary(v, path ? `${path}.${k}` : k)]),
    ) as T;
  return d;
}

/**
 * A context in no language: the dictionary's key paths stand for its words, numbers are plain, and figure texts
 * are their ids. Rows prepared with it hold the data's values and ids and no translated label.
 */
export function neutralCtx(dict: Dict, locale: Locale, ids: readonly string[]): Ctx {
  const texts: Record<string, FigureText> = Object.fromEntries(
    ids.map((id) => [
      id,
      { title: `${id}.title`, subtitle: `${id}.subtitle`, description: `${id}.description` },
    ]),
  );
  return makeCtx(locale, neutralDictionary(dict), "en-US", texts);
}

/** The hash of the rows a figure draws (its table and CSV), prepared in the neutral context. */
export function rowsHash(chart: ChartModule<unknown>, inputs: Inputs, neutral: Ctx): string {
  return shortHash(canonicalJson(chart.rows(chart.prepare(inputs, neutral), neutral)));
}

export interface DataVersion {
  /** The short hash of the data. */
  version: string;
  /** The latest data change, ISO 8601. */
  date: string;
}
