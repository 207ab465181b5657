/**
 * From case to conviction: what NCRB's figures, as reported, say about each year's trafficking cases —
 * how many were registered, what share the police charge-sheeted and what share of completed trials ended
 * in conviction. The rates have different bases, so the chart shows them side by side, not as one funnel.
 */
import { seriesOf, splitAlternatives, yearOf, type NcrbSeries } from "./ncrb-series.ts";
import { plot, Plot, withTips } from "./plot.ts";
import { textWidth, typeOf } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

const STAGES = ["cases_registered", "chargesheet_rate", "conviction_rate"] as const;
type Stage = (typeof STAGES)[number];
const RATES = ["chargesheet", "conviction"] as const;
type Rate = (typeof RATES)[number];
const RATE_STAGE: Record<Rate, Stage> = { chargesheet: "chargesheet_rate", conviction: "conviction_rate" };
const RATE_COLOR: Record<Rate, string> = { chargesheet: "--cat-1", conviction: "--cat-2" };

export interface FunnelFigure {
  id: string;
  stage: Stage;
  value: number;
  source_ids: string[];
  note: string;
}

export interface FunnelYear {
  year: number;
  series: NcrbSeries;
  cases?: FunnelFigure;
  chargesheet?: FunnelFigure;
  conviction?: FunnelFigure;
}

export interface FunnelSeries {
  years: FunnelYear[];
}

/** One bar: a year's rate, or its empty slot. */
type Bar = { key: string; year: number; rate: Rate; figure?: FunnelFigure };

const chart: ChartModule<FunnelSeries> = {
  id: "ncrb-funnel",
  kind: "chart",
  numberKind: "official_figure",
  datasets: ["ncrb"],
  prepare(data) {
    const rows = data.ncrb.filter(
      (s) => s.subject === "IND" && (STAGES as readonly string[]).includes(s.measure) && s.year,
    );
    const { main } = splitAlternatives(rows);
    const byYear = new Map<number, FunnelYear>();
    for (const s of main) {
      const year = yearOf(s);
      const y = byYear.get(year) ?? { year, series: seriesOf(s) };
      const f: FunnelFigure = {
        id: s.id,
        stage: s.measure as Stage,
        value: s.value,
        source_ids: s.source_ids,
        note: s.note ?? "",
      };
      if (f.stage === "cases_registered") y.cases = f;
      else if (f.stage === "chargesheet_rate") y.chargesheet = f;
      else y.conviction = f;
      byYear.set(year, y);
    }
    // Only years with a rate belong here: the case counts alone are the trend chart's subject.
    const years = [...byYear.values()]
      .filter((y) => y.chargesheet || y.conviction)
      .sort((a, b) => a.year - b.year);
    return { years };
  },
  describe({ years }, ctx) {
    const t = ctx.t.charts["ncrb-funnel"].describe;
    if (!years.length) return t.none;
    const n = (v: number) => ctx.fmt.number(v);
    const pct = (v: number) => ctx.t.charts.common.percent(n(v));
    const parts = years.map((y) =>
      t.year(
        y.year,
        y.cases && n(y.cases.value),
        y.chargesheet && pct(y.chargesheet.value),
        y.conviction && pct(y.conviction.value),
      ),
    );
    const full = years.filter((y) => y.cases && y.chargesheet && y.conviction).map((y) => String(y.year));
    return [t.intro, ...parts, full.length ? t.full(ctx.fmt.list(full)) : t.noneFull].join(" ");
  },
  sources: ({ years }) =>
    sourcesOf(
      years.flatMap((y) =>
        [y.cases, y.chargesheet, y.conviction].filter((f): f is FunnelFigure => Boolean(f)),
      ),
    ),
  render({ years }, { width, document, variant, ctx }) {
    const t = ctx.t.charts["ncrb-funnel"];
    const typo = typeOf(variant);
    const narrow = variant.size === "narrow";
    const n = (v: number) => ctx.fmt.number(v);
    const pct = (v: number) => ctx.t.charts.common.percent(n(v));
    const stageLabel = (r: Rate) => (narrow ? t.stageShort : t.stage)[RATE_STAGE[r]];
    const labelW = Math.max(...RATES.map((r) => textWidth(stageLabel(r), typo.base))) + 12;
    const valueW = textWidth(pct(100), typo.small) + 8;
    const rowH = Math.round(typo.base * 1.9);
    const keys = years.flatMap((y) => [`${y.year}|head`, ...RATES.map((r) => `${y.year}|${r}`)]);
    const heads = new Set(years.map((y) => `${y.year}|head`));
    const top = typo.lh(typo.small) + 10;
    // One group of marks per year, so that the keyboard walks the figures year by year.
    const marks = years.flatMap((y) => {
      const bars: Bar[] = RATES.map((r) => ({
        key: `${y.year}|${r}`,
        year: y.year,
        rate: r,
        ...(y[r] ? { figure: y[r] } : {}),
      }));
      const drawn = bars.filter((b) => b.figure);
      const empty = bars.filter((b) => !b.figure);
      const head = [{ key: `${y.year}|head`, y }];
      return [
        Plot.text(head, {
          x: 0,
          y: "key",
          dx: -labelW,
          textAnchor: "start",
          fontSize: typo.head,
          fontWeight: 700,
          fill: "var(--fg)",
          text: (d: (typeof head)[number]) => t.head(d.y.year, d.y.cases && n(d.y.cases.value)),
          ariaHidden: "true",
          ...(y.cases
            ? {
                render: withTips(
                  head,
                  (d) => t.casesTip(d.y.year, n(d.y.cases!.value)),
                  () => y.cases!.id,
                ),
              }
            : {}),
        }),
        Plot.barX(drawn, {
          x: (b: Bar) => b.figure!.value,
          y: "key",
          insetTop: 3,
          insetBottom: 3,
          fill: (b: Bar) => `var(${RATE_COLOR[b.rate]})`,
          ariaHidden: "true",
          render: withTips(
            drawn,
            (b) =>
              (b.rate === "chargesheet" ? t.chargesheetTip : t.convictionTip)(b.year, pct(b.figure!.value)),
            (b) => b.figure!.id,
          ),
        }),
        Plot.text(drawn, {
          x: (b: Bar) => b.figure!.value,
          y: "key",
          dx: 4,
          textAnchor: "start",
          fill: "var(--fg)",
          text: (b: Bar) => pct(b.figure!.value),
          ariaHidden: "true",
        }),
        Plot.barX(empty, {
          x1: 0,
          x2: 100,
          y: "key",
          insetTop: 3,
          insetBottom: 3,
          fill: "none",
          stroke: "var(--rule)",
          strokeDasharray: "3,3",
          ariaHidden: "true",
        }),
        Plot.text(empty, {
          x: 0,
          y: "key",
          dx: 6,
          textAnchor: "start",
          fill: "var(--fg-soft)",
          text: () => t.notSourced,
          ariaHidden: "true",
        }),
      ];
    });
    return plot(
      {
        document,
        width,
        height: top + keys.length * rowH + 8,
        marginTop: top,
        marginLeft: Math.ceil(labelW),
        marginRight: Math.ceil(valueW),
        marginBottom: 8,
        x: { domain: [0, 100], label: null },
        y: { type: "band", domain: keys, padding: 0 },
        marks: [
          Plot.gridX([0, 25, 50, 75, 100], { stroke: "var(--rule)", strokeOpacity: 1, ariaHidden: "true" }),
          Plot.axisX([0, 25, 50, 75, 100], {
            anchor: "top",
            tickSize: 0,
            label: null,
            tickFormat: (v: number) => pct(v),
            ariaHidden: "true",
          }),
          Plot.axisY({
            tickSize: 0,
            fontSize: typo.base,
            label: null,
            tickFormat: (k: string) => (heads.has(k) ? "" : stageLabel(k.split("|")[1] as Rate)),
            ariaHidden: "true",
          }),
          ...marks,
        ],
      },
      typo,
      "ncrb-funnel",
    );
  },
  rows: ({ years }, ctx) => {
    const t = ctx.t.charts["ncrb-funnel"];
    return years.flatMap((y) =>
      (["cases", "chargesheet", "conviction"] as const).map((k) => {
        const f = y[k];
        const stage: Stage = k === "cases" ? "cases_registered" : RATE_STAGE[k];
        return {
          year: y.year,
          stage: t.stage[stage],
          value: f ? f.value : "",
          unit: k === "cases" ? t.unit.cases : t.unit.percent,
          source_ids: f ? f.source_ids.join(";") : "",
        };
      }),
    );
  },
  legend: (_s, ctx) =>
    RATES.map((r) => ({ label: ctx.t.charts["ncrb-funnel"].legend[r], color: RATE_COLOR[r] })),
  notes: ({ years }, ctx) => {
    const t = ctx.t.charts["ncrb-funnel"].notes;
    const gaps = years.filter((y) => !(y.cases && y.chargesheet && y.conviction)).map((y) => String(y.year));
    return [
      t.bases,
      years.every((y) => y.series === "ahtu") ? t.ahtu : t.mixed,
      ...(gaps.length ? [t.gaps(ctx.fmt.list(gaps))] : []),
    ];
  },
};

export default chart;
