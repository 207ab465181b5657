/**
 * Trafficking cases registered in India and persons trafficked, by year, from NCRB's Crime in India as
 * reported. NCRB changed what it counts in about 2017, so each method is its own line and the break is marked.
 */
import type { Stat } from "../data/schemas.ts";
import { AHTU_FROM, seriesOf, splitAlternatives, yearOf, type NcrbSeries } from "./ncrb-series.ts";
import { plot, Plot, withTips } from "./plot.ts";
import { textWidth, typeOf } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

const MEASURES = ["cases_registered", "persons_trafficked"] as const;
type Measure = (typeof MEASURES)[number];
const COLOR: Record<Measure, string> = { cases_registered: "--cat-1", persons_trafficked: "--cat-2" };
const SERIES = ["older", "ahtu"] as const;

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

type LinePoint = { measure: Measure; series: NcrbSeries; year: number; value: number };

/** Years with no figure inside a line become gaps rather than being bridged. */
function withGaps(points: TrendPoint[]): LinePoint[] {
  const out: LinePoint[] = [];
  for (const m of MEASURES) {
    for (const series of SERIES) {
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
    const rows = data.ncrb.filter(
      (s) => s.subject === "IND" && (MEASURES as readonly string[]).includes(s.measure) && s.year,
    );
    const { main, alternatives } = splitAlternatives(rows);
    return {
      points: main.map(toPoint).sort((a, b) => a.year - b.year),
      alternatives: alternatives.map(({ of, alt }) => ({ ...toPoint(alt), of: of.id })),
    };
  },
  describe({ points, alternatives }, ctx) {
    const t = ctx.t.charts["ncrb-trend"];
    const n = (v: number) => ctx.fmt.number(v);
    const parts = MEASURES.flatMap((m) =>
      SERIES.map((series) => {
        const pts = points.filter((p) => p.measure === m && p.series === series);
        if (!pts.length) return "";
        const first = pts[0]!;
        const last = pts[pts.length - 1]!;
        const peak = pts.reduce((a, b) => (b.value > a.value ? b : a));
        const method = t.describe.method[series];
        return first === last
          ? t.describe.one(t.measureShort[m], method, first.year, n(first.value))
          : t.describe.span(
              t.measureShort[m],
              method,
              first.year,
              last.year,
              n(first.value),
              n(last.value),
              pts.length > 2 ? { value: n(peak.value), year: peak.year } : undefined,
            );
      }),
    ).filter(Boolean);
    const alt = alternatives.map((a) => t.describe.alt(a.year, n(a.value)));
    return [t.describe.intro(AHTU_FROM), ...parts, ...(alt.length ? [`${alt.join("; ")}.`] : [])].join(" ");
  },
  sources: ({ points, alternatives }) => sourcesOf([...points, ...alternatives]),
  render({ points, alternatives }, { width, document, variant, ctx }) {
    const t = ctx.t.charts["ncrb-trend"];
    const typo = typeOf(variant);
    const narrow = variant.size === "narrow";
    const years = [...points, ...alternatives].map((p) => p.year);
    const lo = Math.min(...years, AHTU_FROM - 1);
    const hi = Math.max(...years, AHTU_FROM);
    const color = (m: Measure) => `var(${COLOR[m]})`;
    const method = (s: NcrbSeries) => (s === "older" ? t.olderMethod : t.ahtuOnly);
    // The y axis is as wide as its longest tick label.
    const top = Math.max(0, ...points.map((p) => p.value), ...alternatives.map((p) => p.value));
    const marginLeft = Math.ceil(textWidth(ctx.fmt.number(top), typo.small)) + 14;
    const annotation = { fontSize: typo.small, ariaHidden: "true" } as const;
    return plot(
      {
        document,
        width,
        height: narrow ? 300 : variant.surface === "slide" ? 400 : 360,
        marginLeft,
        marginRight: 16,
        marginTop: 2 * typo.lh(typo.small) + 8,
        x: {
          domain: [lo - 0.5, hi + 0.5],
          label: null,
          tickFormat: (d: number) => (narrow && hi - lo > 6 ? ctx.t.charts.common.shortYear(d) : String(d)),
          ticks: narrow ? 4 : 8,
        },
        y: {
          label: null,
          grid: true,
          nice: true,
          zero: true,
          tickFormat: (d: number) => ctx.fmt.number(d),
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
            ...annotation,
            x: (d: number) => d,
            frameAnchor: "top",
            dy: -typo.lh(typo.small) - 6,
            textAnchor: "middle",
            text: () => (narrow ? t.methodChangesShort : t.methodChanges),
            fill: "var(--fg)",
            fontWeight: 600,
          }),
          Plot.text([lo - 0.5], {
            ...annotation,
            x: (d: number) => d,
            text: () => t.olderMethod,
            frameAnchor: "top",
            dx: 4,
            dy: -6,
            textAnchor: "start",
            fill: "var(--fg-soft)",
          }),
          Plot.text([hi + 0.5], {
            ...annotation,
            x: (d: number) => d,
            text: () => (narrow ? t.ahtuShort : t.ahtuOnly),
            frameAnchor: "top",
            dy: -6,
            textAnchor: "end",
            fill: "var(--fg-soft)",
          }),
          Plot.ruleY([0], { ariaHidden: "true" }),
          Plot.line(withGaps(points), {
            x: "year",
            y: "value",
            z: (d: LinePoint) => `${d.measure}|${d.series}`,
            stroke: (d: LinePoint) => color(d.measure),
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
            render: withTips(
              points,
              (p) => t.tip(p.year, ctx.fmt.number(p.value), p.measure, method(p.series)),
              (p) => p.id,
            ),
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
              (a) => t.altTip(a.year, ctx.fmt.number(a.value)),
              (a) => a.id,
            ),
          }),
        ],
      },
      typo,
    );
  },
  rows: ({ points, alternatives }, ctx) => {
    const t = ctx.t.charts["ncrb-trend"];
    return [
      ...points.map((p) => ({ p, figure: t.drawn })),
      ...alternatives.map((p) => ({ p, figure: t.anotherReport })),
    ]
      .sort((a, b) => a.p.year - b.p.year)
      .map(({ p, figure }) => ({
        year: p.year,
        measure: t.measure[p.measure],
        value: p.value,
        method: ctx.t.charts.ncrb.method[p.series],
        figure,
        source_ids: p.source_ids.join(";"),
      }));
  },
  legend: ({ points }, ctx) =>
    MEASURES.filter((m) => points.some((p) => p.measure === m)).map((m) => ({
      label: ctx.t.charts["ncrb-trend"].measure[m],
      color: COLOR[m],
    })),
  notes: ({ alternatives }, ctx) => {
    const t = ctx.t.charts["ncrb-trend"].notes;
    return [t.method(AHTU_FROM), t.police, ...(alternatives.length ? [t.rings] : []), t.gaps];
  },
};

export default chart;
