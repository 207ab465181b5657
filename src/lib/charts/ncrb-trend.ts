/**
 * Trafficking cases registered in India and persons trafficked, by year, from NCRB's Crime in India as
 * reported. NCRB changed what it counts in about 2017, so each method is its own line and the break is marked.
 */
import type { Stat } from "../data/schemas.ts";
import { formatNumber } from "./format.ts";
import {
  AHTU_FROM,
  SERIES_LABELS,
  seriesOf,
  splitAlternatives,
  yearOf,
  type NcrbSeries,
} from "./ncrb-series.ts";
import { plot, Plot, withTips } from "./plot.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

const MEASURES = {
  cases_registered: { label: "Cases registered", color: "var(--cat-1)", legend: "--cat-1" },
  persons_trafficked: {
    label: "Persons trafficked (victims in those cases)",
    color: "var(--cat-2)",
    legend: "--cat-2",
  },
} as const;
type Measure = keyof typeof MEASURES;

export interface TrendPoint {
  id: string;
  measure: Measure;
  series: NcrbSeries;
  year: number;
  value: number;
  source_ids: string[];
  note: string;
}

export interface TrendSeries {
  points: TrendPoint[];
  /** A second figure for the same year from another report: drawn as an open ring. */
  alternatives: (TrendPoint & { of: string })[];
}

const toPoint = (s: Stat): TrendPoint => ({
  id: s.id,
  measure: s.measure as Measure,
  series: seriesOf(s),
  year: yearOf(s),
  value: s.value,
  source_ids: s.source_ids,
  note: s.note ?? "",
});

/** Years with no figure inside a line become gaps rather than being bridged. */
function withGaps(
  points: TrendPoint[],
): (TrendPoint | { measure: Measure; series: NcrbSeries; year: number; value: number })[] {
  const out: (TrendPoint | { measure: Measure; series: NcrbSeries; year: number; value: number })[] = [];
  for (const m of Object.keys(MEASURES) as Measure[]) {
    for (const series of ["older", "ahtu"] as const) {
      const pts = points
        .filter((p) => p.measure === m && p.series === series)
        .sort((a, b) => a.year - b.year);
      pts.forEach((p, i) => {
        const prev = pts[i - 1];
        if (prev && p.year - prev.year > 1) out.push({ measure: m, series, year: prev.year + 1, value: NaN });
        out.push(p);
      });
    }
  }
  return out;
}

const chart: ChartModule<TrendSeries> = {
  id: "ncrb-trend",
  kind: "chart",
  numberKind: "registered_cases",
  datasets: ["ncrb"],
  prepare(data) {
    const rows = data.ncrb.filter((s) => s.subject === "IND" && s.measure in MEASURES && s.year);
    const { main, alternatives } = splitAlternatives(rows);
    return {
      points: main.map(toPoint).sort((a, b) => a.year - b.year),
      alternatives: alternatives.map(({ of, alt }) => ({ ...toPoint(alt), of: of.id })),
    };
  },
  describe({ points, alternatives }) {
    const parts = (Object.keys(MEASURES) as Measure[])
      .flatMap((m) =>
        (["older", "ahtu"] as const).map((series) => {
          const pts = points.filter((p) => p.measure === m && p.series === series);
          if (!pts.length) return "";
          const first = pts[0]!;
          const last = pts[pts.length - 1]!;
          const peak = pts.reduce((a, b) => (b.value > a.value ? b : a));
          const what = MEASURES[m].label.toLowerCase().replace(/ \(.*\)/, "");
          const span =
            first === last
              ? `${first.year}: ${formatNumber(first.value)}`
              : `${first.year} to ${last.year}, from ${formatNumber(first.value)} to ${formatNumber(last.value)}`;
          return `${what[0]!.toUpperCase()}${what.slice(1)} under the ${series === "older" ? "older method" : "AHTU-based method"}: ${span}${pts.length > 2 ? `, highest ${formatNumber(peak.value)} in ${peak.year}` : ""}.`;
        }),
      )
      .filter(Boolean);
    const alt = alternatives.map(
      (a) => `${a.year} also has a figure of ${formatNumber(a.value)} from another report`,
    );
    return `Line chart with a break at ${AHTU_FROM}, where NCRB began counting only cases registered by Anti-Human Trafficking Units; the two methods are drawn as separate lines and should not be compared. ${parts.join(" ")}${alt.length ? ` ${alt.join("; ")}.` : ""}`;
  },
  sources: ({ points, alternatives }) => sourcesOf([...points, ...alternatives]),
  render({ points, alternatives }, { width, document }) {
    const narrow = width < 480;
    const years = [...points, ...alternatives].map((p) => p.year);
    const lo = Math.min(...years, AHTU_FROM - 1);
    const hi = Math.max(...years, AHTU_FROM);
    const line = withGaps(points);
    const color = (m: Measure) => MEASURES[m].color;
    const tipOf = (p: TrendPoint) =>
      `${p.year}: ${formatNumber(p.value)} ${p.measure === "cases_registered" ? "cases" : "persons trafficked"} (${p.series === "older" ? "older method" : "AHTU cases only"})`;
    return plot({
      document,
      width,
      height: narrow ? 300 : 360,
      marginLeft: narrow ? 50 : 60,
      marginRight: 16,
      marginTop: 30,
      x: {
        domain: [lo - 0.5, hi + 0.5],
        label: null,
        tickFormat: (d: number) => String(d),
        ticks: narrow ? 4 : 8,
      },
      y: {
        label: null,
        grid: true,
        nice: true,
        zero: true,
        tickFormat: (d: number) => formatNumber(d),
        ticks: narrow ? 4 : 6,
      },
      marks: [
        Plot.rectX([{ x1: AHTU_FROM - 0.5, x2: hi + 0.5 }], {
          x1: "x1",
          x2: "x2",
          fill: "var(--fg)",
          fillOpacity: 0.06,
          ariaHidden: "true",
        }),
        Plot.ruleX([AHTU_FROM - 0.5], {
          stroke: "var(--fg-soft)",
          strokeDasharray: "4,3",
          ariaHidden: "true",
        }),
        Plot.text([AHTU_FROM - 0.5], {
          x: (d: number) => d,
          frameAnchor: "top",
          dy: -20,
          textAnchor: "middle",
          text: () => (narrow ? "method changes" : "NCRB's method changes"),
          className: "chart-annotation",
          ariaHidden: "true",
        }),
        Plot.text([lo - 0.5], {
          x: (d: number) => d,
          text: () => "older method",
          frameAnchor: "top",
          dy: -6,
          textAnchor: "start",
          className: "chart-annotation soft",
          ariaHidden: "true",
        }),
        Plot.text([hi + 0.5], {
          x: (d: number) => d,
          text: () => (narrow ? "AHTU cases" : "AHTU cases only"),
          frameAnchor: "top",
          dy: -6,
          textAnchor: "end",
          className: "chart-annotation soft",
          ariaHidden: "true",
        }),
        Plot.ruleY([0], { ariaHidden: "true" }),
        Plot.line(line, {
          x: "year",
          y: "value",
          z: (d: { measure: Measure; series: NcrbSeries }) => `${d.measure}|${d.series}`,
          stroke: (d: { measure: Measure }) => color(d.measure),
          strokeWidth: 2,
          ariaHidden: "true",
        }),
        Plot.dot(points, {
          x: "year",
          y: "value",
          r: narrow ? 3.5 : 4,
          fill: (d: TrendPoint) => color(d.measure),
          stroke: "var(--bg)",
          ariaHidden: "true",
          render: withTips(points, tipOf, (p) => p.id),
        }),
        Plot.dot(alternatives, {
          x: "year",
          y: "value",
          r: narrow ? 3.5 : 4,
          fill: "none",
          stroke: (d: TrendPoint) => color(d.measure),
          strokeWidth: 1.5,
          ariaHidden: "true",
          render: withTips(
            alternatives,
            (a) => `${a.year}: another report gives ${formatNumber(a.value)}`,
            (a) => a.id,
          ),
        }),
      ],
    });
  },
  rows: ({ points, alternatives }) =>
    [
      ...points.map((p) => ({ p, figure: "drawn" })),
      ...alternatives.map((p) => ({ p, figure: "another report" })),
    ]
      .sort((a, b) => a.p.year - b.p.year)
      .map(({ p, figure }) => ({
        year: p.year,
        measure: MEASURES[p.measure].label,
        value: p.value,
        method: SERIES_LABELS[p.series],
        figure,
        source_ids: p.source_ids.join(";"),
      })),
  legend: ({ points }) =>
    (Object.keys(MEASURES) as Measure[])
      .filter((m) => points.some((p) => p.measure === m))
      .map((m) => ({ label: MEASURES[m].label, color: MEASURES[m].legend })),
  notes: ({ alternatives }) => [
    `Up to 2016 NCRB added up cases under several IPC sections and the Immoral Traffic (Prevention) Act; from about ${AHTU_FROM} it counts only cases registered by Anti-Human Trafficking Units. The lines are drawn apart on purpose: the drop between them reflects, at least in part, a change in what is counted.`,
    "Registered cases and detected victims measure police work, not how much trafficking there is.",
    ...(alternatives.length
      ? [
          "Open rings are a second figure for the same year from another report (a reply in Parliament or a later edition).",
        ]
      : []),
    "Years without a sourced figure are left as gaps.",
  ],
};

export default chart;
