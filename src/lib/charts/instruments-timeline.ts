/**
 * The laws, treaties and agreements against trafficking and smuggling, in the order they were adopted:
 * international, regional, bilateral and Indian, with India's status in each. Where an Indian law replaced
 * an older one (the Bharatiya Nyaya Sanhita replacing the IPC in 2024), the coming into force is its own
 * entry, so the change is visible on the time line.
 */
import { INSTRUMENT_LEVELS, type Instrument } from "../data/schemas.ts";
import {
  REPLACEMENTS,
  shortName,
  timelineOf,
  type TimelineEntry,
  type TimelineSeries,
} from "./instruments-entries.ts";
import { el, multiline, setHeight, svgRoot, textWidth, tip, typeOf, wrap } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

type Level = (typeof INSTRUMENT_LEVELS)[number];
const LEVEL_COLORS: Record<Level, string> = {
  international: "--cat-1",
  regional: "--cat-3",
  bilateral: "--cat-5",
  national: "--cat-2",
};

/** Whether India is bound (filled mark), not (open mark), or the law is gone (struck through). */
const BOUND: Record<Instrument["india_status"], boolean | "old"> = {
  party: true,
  ratified: true,
  signed: false,
  not_party: false,
  in_force: true,
  repealed: "old",
  replaced: "old",
  not_applicable: false,
  member: true,
  lapsed: false,
  draft: false,
  unknown: false,
};

export { REPLACEMENTS, shortName, type TimelineEntry, type TimelineSeries };

/**
 * A view of only the instruments a step talks about: an id from data/instruments.csv keeps all its entries (its
 * adoption and, for a law that replaced older ones, its coming into force); an entry's key ("id|in_force") keeps
 * that entry alone. An id absent from the data is skipped; with none present, the view is the whole.
 */
const only =
  (...ids: string[]) =>
  (s: TimelineSeries): TimelineSeries => {
    const keep = (e: TimelineEntry) => ids.includes(e.id) || ids.includes(e.key);
    // Data with none of the view's instruments (a test fixture) gets the whole time line, never an empty drawing.
    if (!s.entries.some(keep) && !s.undated.some(keep)) return s;
    return {
      entries: s.entries.filter(keep),
      undated: s.undated.filter(keep),
      of: s.of ?? s.entries.length + s.undated.length,
    };
  };

/** The views the essay's steps and slides choose, each named after the era or the law its step is about. */
export const VIEWS = {
  /** 1815 to 1949: slavery, forced labour and trafficking for prostitution. */
  "vienna-to-league": [
    "declaration-1815-slave-trade",
    "slavery-convention-1926",
    "ilo-c029-forced-labour",
    "traffic-persons-convention-1949",
  ],
  /** The convention of 2000 and its protocols on trafficking and on smuggling. */
  "palermo-2000": ["untoc", "palermo-tip-protocol", "smuggling-protocol"],
  /** Regional agreements, the India–Bangladesh memorandum and the task force agreed at Abidjan. */
  regional: [
    "saarc-trafficking-convention-2002",
    "bali-process-2002",
    "eu-directive-2004-81",
    "ouagadougou-action-plan-2006",
    "eu-directive-2011-36",
    "actip-2015",
    "india-bangladesh-mou-2015",
    "au-eu-un-task-force-2017",
  ],
  /** India's own laws, step by step, to the new codes of 2024 and the immigration act of 2025 coming into force. */
  "india-steps": [
    "itpa-1956",
    "blsa-1976",
    "ipc-s370",
    "tip-bill-2018",
    "nia-amendment-2019",
    "bns-s143|in_force",
    "bns-s144|in_force",
    "bnss-s396|in_force",
    "immigration-foreigners-act-2025|in_force",
  ],
  /** The old sections and laws, and the new ones coming into force in their place. */
  "india-old-new": [
    "itpa-1956",
    "ipc-s370",
    "ipc-s370a",
    "crpc-s357a",
    "passport-entry-act-1920",
    "foreigners-act-1946",
    "bns-s143|in_force",
    "bns-s144|in_force",
    "bnss-s396|in_force",
    "immigration-foreigners-act-2025|in_force",
  ],
} as const satisfies Record<string, readonly string[]>;

const chart: ChartModule<TimelineSeries> = {
  id: "instruments-timeline",
  kind: "chart",
  numberKind: "no_figures",
  datasets: ["instruments"],
  prepare: (data) => timelineOf(data.instruments),
  views: Object.fromEntries(Object.entries(VIEWS).map(([k, ids]) => [k, only(...ids)])),
  describe({ entries, undated, of }, ctx) {
    const t = ctx.t.charts["instruments-timeline"].describe;
    const part = of === undefined ? [] : [ctx.t.charts.common.part(entries.length + undated.length, of)];
    if (!entries.length) return [...part, t.none].join(" ");
    const first = entries[0]!;
    const last = entries[entries.length - 1]!;
    const count = (l: Level) => entries.filter((e) => e.event === "adopted" && e.level === l).length;
    const levels = INSTRUMENT_LEVELS.filter((l) => count(l)).map((l) =>
      t.level(count(l), ctx.t.vocab.instrumentLevel[l]),
    );
    const bound = entries
      .filter((e) => e.event === "adopted" && (e.status === "ratified" || e.status === "party"))
      .map((e) => t.boundItem(e.name, e.year));
    const swaps = entries
      .filter((e) => e.event === "in_force")
      .map((e) => t.swap(e.name, e.date, ctx.fmt.list(e.replaces)));
    return [
      ...part,
      t.intro(first.year, first.name, last.year, last.name, levels.join(", ")),
      t.bound(bound.join("; ")),
      ...(swaps.length ? [`${swaps.join("; ")}.`] : []),
      ...(undated.length ? [t.undated(undated.map((u) => u.name).join("; "))] : []),
    ].join(" ");
  },
  sources: ({ entries, undated }) => sourcesOf([...entries, ...undated]),
  render({ entries, undated }, { width, document: doc, variant, ctx }) {
    const t = ctx.t.charts["instruments-timeline"];
    const typo = typeOf(variant);
    const narrow = variant.size === "narrow";
    const status = (e: TimelineEntry) => ctx.t.vocab.indiaStatus[e.status];
    const yearW = Math.ceil(textWidth("2000", typo.small)) + 6;
    const axisX = yearW + 8;
    const textX = axisX + 14;
    const statusW = narrow
      ? 0
      : Math.ceil(Math.max(...[...entries, ...undated].map((e) => textWidth(status(e), typo.small)))) + 12;
    const lh = typo.lh(typo.base);
    const svg = svgRoot(doc, width, 0, "instruments-timeline");
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
        svg.append(
          el(
            doc,
            "text",
            { x: 0, y: y + typo.head, class: "row-head", "font-size": typo.head, "font-weight": 700 },
            t.undated,
          ),
        );
        y += typo.lh(typo.head) + 4;
      }
      const isSwap = e.event === "in_force";
      const bound = BOUND[e.status];
      const weight = isSwap ? 700 : 400;
      const full = wrap(
        isSwap ? t.swap(e.name, ctx.fmt.list(e.replaces)) : e.name,
        width - textX - statusW - 8,
        typo.base,
        weight,
      );
      const lines = full.length > 3 ? [...full.slice(0, 2), `${full[2]}…`] : full;
      const statusLine = narrow && !isSwap ? status(e) : "";
      const h = (lines.length + (statusLine ? 1 : 0)) * lh + 8;
      const g = el(doc, "g", {
        class: `timeline-entry level-${e.level}${isSwap ? " is-swap" : ""}`,
        "data-level": e.level,
      });
      if (e.year && e.year !== lastYear) {
        g.append(
          el(
            doc,
            "text",
            {
              x: yearW,
              y: y + typo.base,
              "text-anchor": "end",
              class: "tick year",
              "font-size": typo.small,
              fill: "var(--fg-soft)",
            },
            String(e.year),
          ),
        );
        lastYear = e.year;
      }
      const color = `var(${LEVEL_COLORS[e.level]})`;
      const cy = y + typo.base / 2 + 2;
      const mark = isSwap
        ? el(doc, "path", {
            d: `M${axisX - 6},${cy} L${axisX},${cy - 6} L${axisX + 6},${cy} L${axisX},${cy + 6} Z`,
            fill: color,
            stroke: "var(--fg)",
            "stroke-width": 1,
          })
        : el(doc, "circle", {
            cx: axisX,
            cy,
            r: 5,
            fill: bound === true ? color : "var(--bg)",
            stroke: color,
            "stroke-width": 2,
            class: bound === "old" ? "superseded" : undefined,
          });
      tip(
        mark,
        isSwap
          ? t.swapTip(e.date, e.name, ctx.fmt.list(e.replaces))
          : t.tip(
              e.date || t.dateNotSourced,
              e.name,
              ctx.t.vocab.instrumentLevel[e.level],
              status(e),
              e.note,
            ),
      );
      g.append(mark);
      const old = bound === "old" && !isSwap;
      const name = multiline(doc, lines, textX, y + typo.base, lh, {
        class: `entry-name${old ? " superseded" : ""}${isSwap ? " swap" : ""}`,
        "font-size": typo.base,
        "font-weight": weight,
        fill: old ? "var(--fg-soft)" : undefined,
        "text-decoration": old ? "line-through" : undefined,
      });
      if (statusLine)
        name.append(
          el(
            doc,
            "tspan",
            {
              x: textX,
              dy: lh,
              class: "entry-status",
              "font-size": typo.small,
              "font-style": "italic",
              fill: "var(--fg-soft)",
              "text-decoration": "none",
            },
            statusLine,
          ),
        );
      g.append(name);
      if (!narrow && !isSwap)
        g.append(
          el(
            doc,
            "text",
            {
              x: width,
              y: y + typo.base,
              "text-anchor": "end",
              class: "entry-status",
              "font-size": typo.small,
              "font-style": "italic",
              fill: "var(--fg-soft)",
            },
            status(e),
          ),
        );
      svg.append(g);
      y += h;
    });
    spine.setAttribute("y2", String(Math.round(y)));
    setHeight(svg, y + 6);
    return svg;
  },
  rows: ({ entries, undated }, ctx) => {
    const t = ctx.t.charts["instruments-timeline"];
    return [...entries, ...undated].map((e) => ({
      date: e.date,
      event: e.event === "adopted" ? t.adopted : t.cameIntoForce,
      instrument: e.name,
      level: ctx.t.vocab.instrumentLevel[e.level],
      india_status: ctx.t.vocab.indiaStatus[e.status],
      replaces: e.replaces.join("; "),
      source_ids: e.source_ids.join(";"),
    }));
  },
  legend: ({ entries }, ctx) =>
    INSTRUMENT_LEVELS.filter((l) => entries.some((e) => e.level === l)).map((l) => ({
      label: ctx.t.vocab.instrumentLevel[l],
      color: LEVEL_COLORS[l],
    })),
  notes: (_s, ctx) => {
    const t = ctx.t.charts["instruments-timeline"].notes;
    return [t.marks, t.dates];
  },
};

export default chart;
