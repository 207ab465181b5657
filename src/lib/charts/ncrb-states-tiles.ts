/**
 * Trafficking cases registered by state, as a tile-grid map: every state and union territory is one equal
 * square, so the small north-eastern states weigh as much as the large ones. One panel per year that has
 * figures for enough states; a state without a sourced figure is drawn as "no data", never as zero.
 */
import type { Stat } from "../data/schemas.ts";
import { admin1Name } from "../data/admin1.ts";
import { formatNumber } from "./format.ts";
import { SERIES_LABELS, seriesOf, splitAlternatives, yearOf, type NcrbSeries } from "./ncrb-series.ts";
import { el, svgRoot, tip, panelTitle } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

/**
 * The tile layout: column and row of each state and union territory, roughly where it lies. Layout, not
 * data. Codes follow the data's spelling; ALIASES maps the other ISO 3166-2 spellings onto them.
 */
export const TILES: Record<string, [number, number]> = {
  "IN-JK": [2, 0],
  "IN-LA": [3, 0],
  "IN-CH": [0, 1],
  "IN-PB": [1, 1],
  "IN-HP": [2, 1],
  "IN-UK": [3, 1],
  "IN-AR": [8, 1],
  "IN-RJ": [0, 2],
  "IN-HR": [1, 2],
  "IN-DL": [2, 2],
  "IN-UP": [3, 2],
  "IN-BR": [4, 2],
  "IN-SK": [5, 2],
  "IN-AS": [6, 2],
  "IN-NL": [7, 2],
  "IN-GJ": [0, 3],
  "IN-MP": [1, 3],
  "IN-CT": [2, 3],
  "IN-JH": [3, 3],
  "IN-WB": [4, 3],
  "IN-ML": [6, 3],
  "IN-MN": [7, 3],
  "IN-DH": [0, 4],
  "IN-MH": [1, 4],
  "IN-TG": [2, 4],
  "IN-OD": [3, 4],
  "IN-TR": [6, 4],
  "IN-MZ": [7, 4],
  "IN-GA": [0, 5],
  "IN-KA": [1, 5],
  "IN-AP": [2, 5],
  "IN-LD": [0, 6],
  "IN-KL": [1, 6],
  "IN-TN": [2, 6],
  "IN-PY": [3, 6],
  "IN-AN": [5, 6],
};
export const ALIASES: Record<string, string> = {
  "IN-UT": "IN-UK",
  "IN-OR": "IN-OD",
  "IN-TS": "IN-TG",
  "IN-CG": "IN-CT",
};
const COLS = 9;
const ROWS = 7;

/** Bins of the colour scale: counts span 0 to thousands, so the steps are by order of magnitude. */
export const BINS = [
  { min: 0, max: 0, label: "0", opacity: 0.08 },
  { min: 1, max: 9, label: "1–9", opacity: 0.25 },
  { min: 10, max: 99, label: "10–99", opacity: 0.45 },
  { min: 100, max: 999, label: "100–999", opacity: 0.7 },
  { min: 1000, max: Infinity, label: "1,000+", opacity: 1 },
] as const;
export const binOf = (v: number) => BINS.findIndex((b) => v >= b.min && v <= b.max);

/** The fewest states a year needs to get a panel: fewer would be a list, not a map. */
const MIN_STATES = 8;

export interface StateFigure {
  id: string;
  state: string;
  value: number;
  source_ids: string[];
  note: string;
  /** Another report's figure for the same state and year. */
  alt?: { id: string; value: number; source_ids: string[] };
}

export interface StatePanel {
  year: number;
  series: NcrbSeries;
  figures: StateFigure[];
}

export interface TilesSeries {
  panels: StatePanel[];
}

const code = (s: string) => ALIASES[s] ?? s;

const chart: ChartModule<TilesSeries> = {
  id: "ncrb-states-tiles",
  kind: "chart",
  numberKind: "registered_cases",
  datasets: ["ncrb-states"],
  prepare(data) {
    const rows = data["ncrb-states"].filter(
      (s) => s.measure === "cases_registered" && s.year && TILES[code(s.subject)],
    );
    const { main, alternatives } = splitAlternatives(rows);
    const byYear = new Map<number, Stat[]>();
    for (const s of main) byYear.set(yearOf(s), [...(byYear.get(yearOf(s)) ?? []), s]);
    const panels = [...byYear.entries()]
      .filter(([, list]) => list.length >= MIN_STATES)
      .sort(([a], [b]) => a - b)
      .map(([year, list]) => ({
        year,
        series: seriesOf(list[0]!),
        figures: list.map((s) => {
          const alt = alternatives.find((a) => a.of.id === s.id)?.alt;
          return {
            id: s.id,
            state: code(s.subject),
            value: s.value,
            source_ids: s.source_ids,
            note: s.note ?? "",
            ...(alt ? { alt: { id: alt.id, value: alt.value, source_ids: alt.source_ids } } : {}),
          };
        }),
      }));
    return { panels };
  },
  describe({ panels }) {
    if (!panels.length) return "No year has state figures for enough states to draw.";
    const total = Object.keys(TILES).length;
    const parts = panels.map((p) => {
      const sorted = [...p.figures].sort((a, b) => b.value - a.value);
      const top = sorted.slice(0, 3).map((f) => `${admin1Name(f.state)} ${formatNumber(f.value)}`);
      const zero = p.figures.filter((f) => f.value === 0).map((f) => admin1Name(f.state));
      return `${p.year} (${p.series === "older" ? "older method" : "AHTU cases only"}): figures for ${p.figures.length} of ${total} states and union territories; highest ${top.join(", ")}${zero.length ? `; none registered in ${zero.join(", ")}` : ""}; ${total - p.figures.length} have no sourced figure.`;
    });
    return `Tile-grid map of Indian states shaded by trafficking cases registered. ${parts.join(" ")}`;
  },
  sources: ({ panels }) =>
    sourcesOf(panels.flatMap((p) => p.figures.flatMap((f) => [f, ...(f.alt ? [f.alt] : [])]))),
  render({ panels }, { width, document: doc }) {
    const narrow = width < 480;
    const perRow = narrow ? 1 : Math.min(2, Math.max(1, panels.length));
    const gap = 24;
    const panelW = (width - gap * (perRow - 1)) / perRow;
    const tile = Math.min(46, Math.floor(panelW / COLS));
    const panelH = 26 + tile * ROWS;
    const legendH = 40;
    const rowsOfPanels = Math.ceil(panels.length / perRow) || 1;
    const height = rowsOfPanels * (panelH + 16) + legendH;
    const svg = svgRoot(doc, width, height, "ncrb-states-tiles");
    panels.forEach((p, i) => {
      const ox = (i % perRow) * (panelW + gap);
      const oy = Math.floor(i / perRow) * (panelH + 16);
      const g = el(doc, "g", { class: "tile-panel", "data-year": p.year });
      g.append(
        panelTitle(doc, ox, oy, `${p.year} · ${p.series === "older" ? "older method" : "AHTU cases only"}`),
      );
      for (const [st, [c, r]] of Object.entries(TILES)) {
        const x = ox + c * tile;
        const y = oy + 22 + r * tile;
        const f = p.figures.find((d) => d.state === st);
        const abbr = st.slice(3);
        if (f) {
          const bin = BINS[binOf(f.value)]!;
          const rect = el(doc, "rect", {
            x: x + 1,
            y: y + 1,
            width: tile - 2,
            height: tile - 2,
            rx: 3,
            fill: "var(--cat-1)",
            "fill-opacity": bin.opacity,
            class: `tile bin-${binOf(f.value)}`,
          });
          tip(
            rect,
            `${admin1Name(st)}, ${p.year}: ${formatNumber(f.value)} cases registered${f.alt ? ` (another report gives ${formatNumber(f.alt.value)})` : ""}`,
            f.id,
          );
          g.append(rect);
          g.append(
            el(
              doc,
              "text",
              {
                x: x + tile / 2,
                y: y + tile / 2 + (tile > 34 ? -1 : 4),
                "text-anchor": "middle",
                class: `tile-code ${binOf(f.value) >= 3 ? "on-dark" : ""}`.trim(),
              },
              abbr,
            ),
          );
          if (tile > 34)
            g.append(
              el(
                doc,
                "text",
                {
                  x: x + tile / 2,
                  y: y + tile / 2 + 11,
                  "text-anchor": "middle",
                  class: `tile-value ${binOf(f.value) >= 3 ? "on-dark" : ""}`.trim(),
                },
                formatNumber(f.value),
              ),
            );
        } else {
          const rect = el(doc, "rect", {
            x: x + 1.5,
            y: y + 1.5,
            width: tile - 3,
            height: tile - 3,
            rx: 3,
            fill: "none",
            stroke: "var(--rule)",
            "stroke-dasharray": "3,2",
            class: "tile no-data",
          });
          tip(rect, `${admin1Name(st)}, ${p.year}: no sourced figure`);
          g.append(
            rect,
            el(
              doc,
              "text",
              {
                x: x + tile / 2,
                y: y + tile / 2 + 4,
                "text-anchor": "middle",
                class: "tile-code missing-label",
              },
              abbr,
            ),
          );
        }
      }
      svg.append(g);
    });
    // The legend of shades sits inside the figure: the page legend takes only flat colours.
    const ly = height - legendH + 12;
    const lg = el(doc, "g", { class: "tile-legend", "aria-hidden": "true" });
    const sw = narrow ? 44 : 58;
    BINS.forEach((b, i) => {
      lg.append(
        el(doc, "rect", {
          x: i * sw,
          y: ly,
          width: sw - 4,
          height: 10,
          fill: "var(--cat-1)",
          "fill-opacity": b.opacity,
        }),
      );
      lg.append(el(doc, "text", { x: i * sw, y: ly + 24, class: "tick" }, b.label));
    });
    const nx = BINS.length * sw + 8;
    lg.append(
      el(doc, "rect", {
        x: nx,
        y: ly,
        width: sw - 4,
        height: 10,
        fill: "none",
        stroke: "var(--rule)",
        "stroke-dasharray": "3,2",
      }),
    );
    lg.append(el(doc, "text", { x: nx, y: ly + 24, class: "tick" }, "no data"));
    svg.append(lg);
    return svg;
  },
  rows: ({ panels }) =>
    panels.flatMap((p) =>
      Object.keys(TILES).map((st) => {
        const f = p.figures.find((d) => d.state === st);
        return {
          year: p.year,
          state: admin1Name(st),
          code: st,
          cases_registered: f ? f.value : "",
          other_report: f?.alt ? f.alt.value : "",
          method: SERIES_LABELS[p.series],
          source_ids: f
            ? [...f.source_ids, ...(f.alt?.source_ids ?? [])]
                .filter((v, i, a) => a.indexOf(v) === i)
                .join(";")
            : "",
        };
      }),
    ),
  notes: ({ panels }) => [
    "Each tile is a state or union territory placed roughly where it lies; size says nothing about area or population. Shades step by order of magnitude.",
    "A dashed tile has no sourced figure for that year: it is not a zero.",
    ...(panels.some((p) => p.series === "older") && panels.some((p) => p.series === "ahtu")
      ? [
          "The panels use NCRB's two different methods (the older multi-section total and the later count of AHTU cases only), so a state's figures cannot be compared across them.",
        ]
      : []),
    "Counts are cases registered by the police, not how much trafficking there is: a higher count can reflect more policing or reporting as much as more trafficking.",
  ],
};

export default chart;
