/**
 * The laws, treaties and agreements against trafficking and smuggling, in the order they were adopted:
 * international, regional, bilateral and Indian, with India's status in each. Where an Indian law replaced
 * an older one (the Bharatiya Nyaya Sanhita replacing the IPC in 2024), the coming into force is its own
 * entry, so the change is visible on the time line.
 */
import { INSTRUMENT_LEVELS, type Instrument } from "../data/schemas.ts";
import { el, svgRoot, tip, wrap, charsIn, multiline } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

type Level = (typeof INSTRUMENT_LEVELS)[number];
const LEVELS: Record<Level, { label: string; color: string }> = {
  international: { label: "International", color: "--cat-1" },
  regional: { label: "Regional", color: "--cat-3" },
  bilateral: { label: "Bilateral", color: "--cat-5" },
  national: { label: "National (India and neighbours)", color: "--cat-2" },
};

/** How India stands, in words, and whether India is bound (filled mark) or not (open mark). */
const STATUS: Record<Instrument["india_status"], { label: string; bound: boolean | "old" }> = {
  party: { label: "India is a party", bound: true },
  ratified: { label: "India ratified", bound: true },
  signed: { label: "India signed", bound: false },
  not_party: { label: "India is not a party", bound: false },
  in_force: { label: "in force", bound: true },
  repealed: { label: "repealed", bound: "old" },
  replaced: { label: "replaced", bound: "old" },
  not_applicable: { label: "not for India", bound: false },
  member: { label: "India is a member", bound: true },
  lapsed: { label: "lapsed, never enacted", bound: false },
  draft: { label: "draft only", bound: false },
  unknown: { label: "India's status not found", bound: false },
};

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

const chart: ChartModule<TimelineSeries> = {
  id: "instruments-timeline",
  kind: "chart",
  numberKind: "no_figures",
  datasets: ["instruments"],
  prepare(data) {
    const byId = new Map(data.instruments.map((i) => [i.id, i]));
    const entries: TimelineEntry[] = [];
    const undated: TimelineEntry[] = [];
    for (const i of data.instruments) {
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
  },
  describe({ entries, undated }) {
    if (!entries.length) return "No dated instruments in the data.";
    const first = entries[0]!;
    const last = entries[entries.length - 1]!;
    const count = (l: Level) => entries.filter((e) => e.event === "adopted" && e.level === l).length;
    const levels = (Object.keys(LEVELS) as Level[])
      .filter((l) => count(l))
      .map((l) => `${count(l)} ${LEVELS[l].label.split(" ")[0]!.toLowerCase()}`);
    const bound = entries
      .filter((e) => e.event === "adopted" && (e.status === "ratified" || e.status === "party"))
      .map((e) => `${e.name} (${e.year})`);
    const swaps = entries
      .filter((e) => e.event === "in_force")
      .map((e) => `${e.name} came into force on ${e.date}, replacing ${e.replaces.join(" and ")}`);
    return `Time line from ${first.year} (${first.name}) to ${last.year} (${last.name}): ${levels.join(", ")} instruments. India has ratified or is a party to: ${bound.join("; ") || "none listed"}. ${swaps.length ? `${swaps.join("; ")}.` : ""}${undated.length ? ` Without a sourced date: ${undated.map((u) => u.name).join("; ")}.` : ""}`;
  },
  sources: ({ entries, undated }) => sourcesOf([...entries, ...undated]),
  render({ entries, undated }, { width, document: doc }) {
    const narrow = width < 480;
    const yearW = narrow ? 40 : 52;
    const axisX = yearW + 8;
    const textX = axisX + 14;
    const statusW = narrow ? 0 : 150;
    const nameChars = charsIn(width - textX - statusW - 8, 12);
    const lh = 14;
    const svg = svgRoot(doc, width, 100, "instruments-timeline");
    let y = 8;
    let lastYear = -1;
    const all = [...entries, ...undated];
    const spine = el(doc, "line", {
      x1: axisX,
      x2: axisX,
      y1: 4,
      y2: 0,
      stroke: "var(--rule)",
      "stroke-width": 2,
    });
    svg.append(spine);
    all.forEach((e, idx) => {
      if (idx === entries.length && undated.length) {
        y += 8;
        svg.append(el(doc, "text", { x: 0, y: y + 12, class: "row-head" }, "No sourced date"));
        y += 20;
      }
      const isSwap = e.event === "in_force";
      const full = wrap(
        isSwap ? `${e.name} in force, replacing ${e.replaces.join(" and ")}` : e.name,
        nameChars,
      );
      const lines = full.length > 3 ? [...full.slice(0, 2), `${full[2]}…`] : full;
      const statusLine = narrow ? [isSwap ? "" : STATUS[e.status].label] : [];
      const h = Math.max(lines.length + (statusLine[0] ? 1 : 0), 1) * lh + 8;
      const g = el(doc, "g", {
        class: `timeline-entry level-${e.level}${isSwap ? " is-swap" : ""}`,
        "data-level": e.level,
      });
      if (e.year && e.year !== lastYear) {
        g.append(
          el(doc, "text", { x: yearW, y: y + 12, "text-anchor": "end", class: "tick year" }, String(e.year)),
        );
        lastYear = e.year;
      }
      const color = `var(${LEVELS[e.level].color})`;
      const bound = STATUS[e.status].bound;
      const mark = isSwap
        ? el(doc, "path", {
            d: `M${axisX - 6},${y + 8} L${axisX},${y + 2} L${axisX + 6},${y + 8} L${axisX},${y + 14} Z`,
            fill: color,
            stroke: "var(--fg)",
            "stroke-width": 1,
          })
        : el(doc, "circle", {
            cx: axisX,
            cy: y + 8,
            r: 5,
            fill: bound === true ? color : "var(--bg)",
            stroke: color,
            "stroke-width": 2,
            class: bound === "old" ? "superseded" : undefined,
          });
      tip(
        mark,
        isSwap
          ? `${e.date}: ${e.name} came into force, replacing ${e.replaces.join(" and ")}.`
          : `${e.date || "date not sourced"}: ${e.name} (${LEVELS[e.level].label.toLowerCase()}). ${STATUS[e.status].label[0]!.toUpperCase()}${STATUS[e.status].label.slice(1)}.${e.note ? ` ${e.note}` : ""}`,
        e.key,
      );
      g.append(mark);
      g.append(
        multiline(doc, [...lines, ...statusLine.filter(Boolean)], textX, y + 12, lh, {
          class: `entry-name${bound === "old" && !isSwap ? " superseded" : ""}${isSwap ? " swap" : ""}`,
        }),
      );
      if (statusLine.length && statusLine[0]) {
        const tsp = g.lastElementChild!.lastElementChild!;
        tsp.setAttribute("class", "entry-status");
      }
      if (!narrow && !isSwap)
        g.append(
          el(
            doc,
            "text",
            { x: width, y: y + 12, "text-anchor": "end", class: "entry-status" },
            STATUS[e.status].label,
          ),
        );
      svg.append(g);
      y += h;
    });
    spine.setAttribute("y2", String(Math.round(y)));
    const height = Math.ceil(y + 6);
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    return svg;
  },
  rows: ({ entries, undated }) =>
    [...entries, ...undated].map((e) => ({
      date: e.date,
      event: e.event === "adopted" ? "adopted" : "came into force",
      instrument: e.name,
      level: LEVELS[e.level].label,
      india_status: STATUS[e.status].label,
      replaces: e.replaces.join("; "),
      source_ids: e.source_ids.join(";"),
    })),
  legend: ({ entries }) =>
    (Object.keys(LEVELS) as Level[])
      .filter((l) => entries.some((e) => e.level === l))
      .map((l) => ({ label: LEVELS[l].label, color: LEVELS[l].color })),
  notes: () => [
    "Filled dot: India is bound (ratified, a party or a member) or, for a national law, it is in force. Open dot: India is not bound, or the law belongs to another country. Struck-through names were repealed or replaced. A diamond marks a new law coming into force in place of older ones.",
    "Dates are adoption dates at the precision the sources give; some are years only. Comparison cases from Europe and Africa are included because the paper discusses them.",
  ],
};

export default chart;
