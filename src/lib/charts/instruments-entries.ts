/** The instruments time line's entries, from the instruments' rows (data in, entries out; no drawing). */
import type { Instrument } from "../data/schemas.ts";

type Level = Instrument["level"];

/**
 * Which instrument took over from which: from the instruments' own notes (BNS and BNSS in 2024, the
 * Immigration and Foreigners Act in 2025). Pairs whose rows are absent are skipped.
 */
export const REPLACEMENTS: readonly { old: string; by: string }[] = [
  { old: "ipc-s370", by: "bns-s143" },
  { old: "ipc-s370a", by: "bns-s144" },
  { old: "crpc-s357a", by: "bnss-s396" },
  { old: "passport-entry-act-1920", by: "immigration-foreigners-act-2025" },
  { old: "foreigners-act-1946", by: "immigration-foreigners-act-2025" },
];

export interface TimelineEntry {
  key: string;
  id: string;
  date: string;
  year: number;
  event: "adopted" | "in_force";
  name: string;
  level: Level;
  status: Instrument["india_status"];
  /** For an "in force" entry of a law that replaced older ones: their short names. */
  replaces: string[];
  source_ids: string[];
  note: string;
}

export interface TimelineSeries {
  entries: TimelineEntry[];
  /** Instruments with no sourced date: listed after the time line. */
  undated: TimelineEntry[];
  /** In a view (a part of the time line): how many entries the whole time line has. */
  of?: number;
}

/** A name short enough for a line: the part before a colon, without a trailing year in brackets. */
export const shortName = (name: string): string => name.split(":")[0]!.replace(/\s+/g, " ").trim();

const entry = (
  i: Instrument,
  event: TimelineEntry["event"],
  date: string,
  replaces: string[] = [],
): TimelineEntry => ({
  key: `${i.id}|${event}`,
  id: i.id,
  date,
  year: Number(date.slice(0, 4)),
  event,
  name: shortName(i.name),
  level: i.level,
  status: i.india_status,
  replaces,
  source_ids: i.source_ids,
  note: i.note ?? "",
});

/** The entries of the time line: one per adoption, and one per new law coming into force in place of older ones. */
export function timelineOf(instruments: readonly Instrument[]): TimelineSeries {
  const byId = new Map(instruments.map((i) => [i.id, i]));
  const entries: TimelineEntry[] = [];
  const undated: TimelineEntry[] = [];
  for (const i of instruments) {
    if (i.adopted) entries.push(entry(i, "adopted", i.adopted));
    else undated.push(entry(i, "adopted", ""));
    const replaces = REPLACEMENTS.filter((r) => r.by === i.id && byId.has(r.old)).map((r) =>
      shortName(byId.get(r.old)!.name),
    );
    if (replaces.length && i.in_force && i.in_force !== i.adopted)
      entries.push(entry(i, "in_force", i.in_force, replaces));
  }
  entries.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
  return { entries, undated };
}
