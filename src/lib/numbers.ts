/**
 * Figures the prose may quote, by id: every stats row, and every border length. The number component
 * prints them; an id not found here fails the build.
 */
import type { Datasets } from "./data/datasets.ts";
import { STAT_DATASETS } from "./data/datasets.ts";
import type { NumberKind } from "./data/schemas.ts";

export interface Quotable {
  id: string;
  value: number;
  unit: string;
  numberKind: NumberKind;
  year?: string;
  subject: string;
  source_ids: string[];
}

export function quotables(data: Datasets): Map<string, Quotable> {
  const out = new Map<string, Quotable>();
  for (const ds of STAT_DATASETS) {
    for (const r of data[ds as keyof Datasets] as Datasets["ncrb"]) {
      out.set(r.id, {
        id: r.id,
        value: r.value,
        unit: r.unit,
        numberKind: r.number_kind,
        year: r.year,
        subject: r.subject,
        source_ids: r.source_ids,
      });
    }
  }
  for (const b of data.borders) {
    if (b.length_km === undefined) continue;
    out.set(b.id, {
      id: b.id,
      value: b.length_km,
      unit: "km",
      numberKind: "length",
      subject: b.state ?? b.neighbour,
      source_ids: b.source_ids,
    });
  }
  return out;
}

/** A count of people or cases, which prose may also give in lakh or crore. */
export const isHeadcount = (q: Quotable): boolean => q.unit === "persons" || q.unit === "cases";

/** Persons and cases in India are printed with the Indian grouping (lakh, crore). */
export const usesIndianGrouping = (q: Quotable): boolean =>
  isHeadcount(q) && (q.subject === "IND" || q.subject.startsWith("IN-"));
