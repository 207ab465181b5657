/**
 * From case to conviction: what NCRB's figures, as reported, say about each year's trafficking cases —
 * how many were registered, what share the police charge-sheeted and what share of completed trials ended
 * in conviction. The rates have different bases, so the chart shows them side by side, not as one funnel.
 */
import { formatNumber } from "./format.ts";
import { seriesOf, splitAlternatives, yearOf, type NcrbSeries } from "./ncrb-series.ts";
import { el, svgRoot, tip } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

const STAGES = {
  cases_registered: { label: "Cases registered", short: "Cases" },
  chargesheet_rate: { label: "Charge-sheeting rate", short: "Charge-sheeted" },
  conviction_rate: { label: "Conviction rate", short: "Convicted" },
} as const;
type Stage = keyof typeof STAGES;

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

const pct = (n: number) => `${formatNumber(n)}%`;

const chart: ChartModule<FunnelSeries> = {
  id: "ncrb-funnel",
  kind: "chart",
  numberKind: "official_figure",
  datasets: ["ncrb"],
  prepare(data) {
    const rows = data.ncrb.filter((s) => s.subject === "IND" && s.measure in STAGES && s.year);
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
  describe({ years }) {
    if (!years.length) return "No year has a charge-sheeting or conviction rate in the data.";
    const parts = years.map((y) => {
      const bits = [
        y.cases ? `${formatNumber(y.cases.value)} cases registered` : "cases not sourced",
        y.chargesheet ? `${pct(y.chargesheet.value)} charge-sheeted` : "charge-sheeting rate not sourced",
        y.conviction
          ? `${pct(y.conviction.value)} of completed trials ended in conviction`
          : "conviction rate not sourced",
      ];
      return `${y.year}: ${bits.join(", ")}`;
    });
    const full = years.filter((y) => y.cases && y.chargesheet && y.conviction).map((y) => y.year);
    return `Bars of charge-sheeting and conviction rates by year, with the cases registered. ${parts.join(". ")}. ${full.length ? `All three figures are available for ${full.join(", ")}.` : "No year has all three figures."}`;
  },
  sources: ({ years }) =>
    sourcesOf(
      years.flatMap((y) =>
        [y.cases, y.chargesheet, y.conviction].filter((f): f is FunnelFigure => Boolean(f)),
      ),
    ),
  render({ years }, { width, document: doc }) {
    const narrow = width < 480;
    const labelW = narrow ? 96 : 150;
    const right = narrow ? 44 : 56;
    const barW = width - labelW - right;
    const rowH = 22;
    const blockH = 24 + 2 * rowH + 18;
    const top = 30;
    const height = top + years.length * blockH + 8;
    const svg = svgRoot(doc, width, height, "ncrb-funnel");
    // The scale: 0–100 per cent, with guides at each quarter.
    const x = (v: number) => labelW + (barW * v) / 100;
    const axis = el(doc, "g", { class: "axis", "aria-hidden": "true" });
    for (const t of [0, 25, 50, 75, 100]) {
      axis.append(
        el(doc, "line", {
          x1: x(t),
          x2: x(t),
          y1: top - 6,
          y2: height - 8,
          stroke: "var(--rule)",
          class: "grid",
        }),
      );
      axis.append(el(doc, "text", { x: x(t), y: top - 10, "text-anchor": "middle", class: "tick" }, `${t}%`));
    }
    svg.append(axis);
    years.forEach((y, i) => {
      const y0 = top + i * blockH;
      const g = el(doc, "g", { class: "funnel-year", "data-year": y.year });
      const head = y.cases
        ? `${y.year} · ${formatNumber(y.cases.value)} cases registered`
        : `${y.year} · cases not sourced`;
      const headText = el(doc, "text", { x: 0, y: y0 + 16, class: "row-head" }, head);
      if (y.cases)
        tip(headText, `${y.year}: ${formatNumber(y.cases.value)} trafficking cases registered`, y.cases.id);
      g.append(headText);
      (["chargesheet", "conviction"] as const).forEach((k, j) => {
        const f = y[k];
        const yy = y0 + 24 + j * rowH;
        const stage = k === "chargesheet" ? "chargesheet_rate" : "conviction_rate";
        g.append(
          el(
            doc,
            "text",
            { x: labelW - 8, y: yy + rowH / 2 + 4, "text-anchor": "end", class: "row-label" },
            narrow ? STAGES[stage].short : STAGES[stage].label,
          ),
        );
        if (f) {
          const bar = el(doc, "rect", {
            x: labelW,
            y: yy + 3,
            width: Math.max(1, x(f.value) - labelW),
            height: rowH - 6,
            fill: k === "chargesheet" ? "var(--cat-1)" : "var(--cat-2)",
          });
          tip(
            bar,
            k === "chargesheet"
              ? `${y.year}: police filed charge-sheets in ${pct(f.value)} of the trafficking cases they disposed of`
              : `${y.year}: ${pct(f.value)} of trafficking trials completed in court ended in conviction`,
            f.id,
          );
          g.append(bar);
          g.append(
            el(doc, "text", { x: x(f.value) + 4, y: yy + rowH / 2 + 4, class: "bar-label" }, pct(f.value)),
          );
        } else {
          g.append(
            el(doc, "rect", {
              x: labelW,
              y: yy + 3,
              width: barW,
              height: rowH - 6,
              fill: "none",
              stroke: "var(--rule)",
              "stroke-dasharray": "3,3",
            }),
          );
          g.append(
            el(doc, "text", { x: labelW + 6, y: yy + rowH / 2 + 4, class: "missing-label" }, "not sourced"),
          );
        }
      });
      svg.append(g);
    });
    return svg;
  },
  rows: ({ years }) =>
    years.flatMap((y) =>
      (["cases", "chargesheet", "conviction"] as const).map((k) => {
        const f = y[k];
        const stage: Stage =
          k === "cases" ? "cases_registered" : k === "chargesheet" ? "chargesheet_rate" : "conviction_rate";
        return {
          year: y.year,
          stage: STAGES[stage].label,
          value: f ? f.value : "",
          unit: k === "cases" ? "cases" : "percent",
          source_ids: f ? f.source_ids.join(";") : "",
        };
      }),
    ),
  legend: () => [
    { label: "Charge-sheeting rate (police)", color: "--cat-1" },
    { label: "Conviction rate (courts)", color: "--cat-2" },
  ],
  notes: ({ years }) => {
    const gaps = years.filter((y) => !(y.cases && y.chargesheet && y.conviction)).map((y) => y.year);
    return [
      "This is not a true funnel. The data hold rates, not counts, and each rate has its own base: the charge-sheeting rate is a share of the cases the police disposed of in the year (which can include older cases), and the conviction rate a share of the trials courts completed. Multiplying them would not give the share of cases that end in conviction.",
      years.every((y) => y.series === "ahtu")
        ? "All years shown fall in NCRB's later method, which counts only cases registered by Anti-Human Trafficking Units."
        : "The years shown span NCRB's change of method in about 2017; figures either side of it are not comparable.",
      ...(gaps.length
        ? [`Figures not found for some stages in ${gaps.join(", ")}; those bars are left empty.`]
        : []),
    ];
  },
};

export default chart;
