/**
 * Which of NCRB's two methods a figure belongs to. Up to 2016 Crime in India summed cases under several
 * IPC sections and the ITPA; from about 2017 its trafficking chapter counts only cases registered by
 * Anti-Human Trafficking Units. The two series are not comparable, so charts keep them apart.
 */
import type { Stat } from "../data/schemas.ts";

export type NcrbSeries = "older" | "ahtu";

/** The first year of the AHTU-based series: the notes say "from about 2017". */
export const AHTU_FROM = 2017;

export const yearOf = (s: Stat): number => Number((s.year ?? "").slice(0, 4));

/** The row's note says which series it is in; where the note is silent, the year decides. */
export function seriesOf(s: Stat): NcrbSeries {
  const note = (s.note ?? "").toLowerCase();
  if (/older (series|multi-section)|older method|last year of the older/.test(note)) return "older";
  if (/ahtu|anti-human trafficking unit/.test(note)) return "ahtu";
  return yearOf(s) < AHTU_FROM ? "older" : "ahtu";
}

/**
 * One figure per measure, subject and year: the first row in file order is drawn, and any other row for
 * the same figure (a parliamentary reply, a later restatement) is kept as an alternative.
 */
export function splitAlternatives(rows: readonly Stat[]): {
  main: Stat[];
  alternatives: { of: Stat; alt: Stat }[];
} {
  const first = new Map<string, Stat>();
  const alternatives: { of: Stat; alt: Stat }[] = [];
  for (const r of rows) {
    const key = `${r.subject}|${r.measure}|${r.year ?? ""}`;
    const seen = first.get(key);
    if (seen) alternatives.push({ of: seen, alt: r });
    else first.set(key, r);
  }
  return { main: [...first.values()], alternatives };
}
