/** The two panels of the Rohingya chart, each a Plot with its own scale, and the series they draw. */
import type { Ctx } from "../context.ts";
import { plot, Plot, withTips } from "./plot.ts";
import { textWidth, wrap, type Typo } from "./svg.ts";
import type { RenderOptions } from "./types.ts";

export const SEA = {
  set_out: { color: "--cat-1", measures: ["sea_crossing_attempts", "sea_departures"] },
  dead: { color: "--cat-2", measures: ["sea_dead_or_missing"] },
} as const;
export type SeaKind = keyof typeof SEA;
export const KINDS = Object.keys(SEA) as SeaKind[];

export interface HostBar {
  id: string;
  measure: string;
  /** A government estimate rather than a registration count. */
  estimate: boolean;
  date: string;
  value: number;
  minimum: boolean;
  source_ids: string[];
}
export interface SeaBar {
  ids: string[];
  kind: SeaKind;
  year: number;
  value: number;
  /** "More than": at least one figure is a minimum count. */
  minimum: boolean;
  /** Built from part-year figures added together. */
  parts: number;
  source_ids: string[];
}
export interface RohingyaSeries {
  hosts: HostBar[];
  sea: SeaBar[];
  /** In a view of one panel (a part of the chart): how many bars the whole chart has. */
  of?: number;
}

export const monthYear = (d: string, ctx: Ctx) => {
  const [y, m] = d.split("-");
  return m ? ctx.t.charts.common.monthYear(ctx.t.charts.common.months[Number(m) - 1]!, y!) : y!;
};

/** Counts by host country: one bar each, its label above it. */
export function drawHosts(
  hosts: HostBar[],
  { width, document, ctx }: RenderOptions,
  typo: Typo,
): SVGSVGElement {
  const t = ctx.t.charts["rohingya-displacement"];
  const lh = typo.lh(typo.base);
  const labels = hosts.map((h) =>
    wrap(t.hostLabel(t.host[h.measure] ?? h.measure, monthYear(h.date, ctx)), width, typo.base),
  );
  const labelH = Math.max(1, ...labels.map((l) => l.length)) * lh;
  const barH = Math.round(typo.base * 1.2);
  const band = labelH + barH + 12;
  const value = (h: HostBar) => t.barValue(ctx.fmt.number(h.value), h.minimum);
  const valueW = Math.max(0, ...hosts.map((h) => textWidth(value(h), typo.small))) + 8;
  // Offsets from the band's centre, where Plot places a band's marks.
  const barTop = -band / 2 + labelH + 2;
  return plot(
    {
      document,
      width,
      height: hosts.length * band,
      margin: 0,
      marginRight: Math.ceil(valueW),
      x: { axis: null, domain: [0, Math.max(1, ...hosts.map((h) => h.value))] },
      y: { type: "band", domain: hosts.map((h) => h.id), padding: 0, axis: null },
      marks: [
        Plot.text(hosts, {
          x: 0,
          y: "id",
          dy: barTop - 3,
          lineAnchor: "bottom",
          textAnchor: "start",
          lineHeight: lh / typo.base,
          fontSize: typo.base,
          fill: "var(--fg)",
          text: (h: HostBar) => labels[hosts.indexOf(h)]!.join("\n"),
          ariaHidden: "true",
        }),
        Plot.barX(hosts, {
          x: "value",
          y: "id",
          insetTop: labelH + 2,
          insetBottom: band - labelH - 2 - barH,
          fill: (h: HostBar) => (h.estimate ? "var(--cat-5)" : "var(--cat-3)"),
          ariaHidden: "true",
          render: withTips(hosts, (h) =>
            t.hostTip(
              t.host[h.measure] ?? h.measure,
              monthYear(h.date, ctx),
              t.value(ctx.fmt.number(h.value), h.minimum),
            ),
          ),
        }),
        Plot.text(hosts, {
          x: "value",
          y: "id",
          dx: 4,
          dy: barTop + barH / 2,
          textAnchor: "start",
          fontSize: typo.small,
          fill: "var(--fg)",
          text: value,
          ariaHidden: "true",
        }),
      ],
    },
    typo,
  );
}

/** People who set out by sea and who died or went missing, two bars a year. */
export function drawSea(
  sea: SeaBar[],
  { width, document, variant, ctx }: RenderOptions,
  typo: Typo,
): SVGSVGElement {
  const t = ctx.t.charts["rohingya-displacement"];
  const years = [...new Set(sea.map((s) => s.year))].sort((a, b) => a - b);
  const missing = years.flatMap((year) =>
    KINDS.filter((kind) => !sea.some((s) => s.year === year && s.kind === kind)).map((kind) => ({
      year,
      kind,
    })),
  );
  const narrow = variant.size === "narrow";
  const max = Math.max(1, ...sea.map((s) => s.value));
  const yearW = textWidth("2020", typo.small);
  const short = (width - 50) / Math.max(1, years.length) < yearW + 4;
  return plot(
    {
      document,
      width,
      height: narrow ? 200 : variant.surface === "slide" ? 260 : 230,
      marginLeft: Math.ceil(textWidth(ctx.fmt.number(max), typo.small)) + 12,
      marginRight: 0,
      marginTop: 8,
      fx: {
        domain: years,
        label: null,
        axis: "bottom",
        tickSize: 0,
        padding: 0.15,
        tickFormat: (y: number) => (short ? ctx.t.charts.common.shortYear(y) : String(y)),
      },
      x: { domain: KINDS, axis: null, padding: 0 },
      y: { label: null, grid: true, nice: true, ticks: 4, tickFormat: (v: number) => ctx.fmt.number(v) },
      marks: [
        Plot.barY(sea, {
          fx: "year",
          x: "kind",
          y: "value",
          insetLeft: 0.5,
          insetRight: 0.5,
          fill: (s: SeaBar) => `var(${SEA[s.kind].color})`,
          ariaHidden: "true",
          render: withTips(sea, (s) =>
            t.seaTip(s.year, t.value(ctx.fmt.number(s.value), s.minimum), s.kind, s.parts),
          ),
        }),
        Plot.text(missing, {
          fx: "year",
          x: "kind",
          y: 0,
          dy: -6,
          text: () => "–",
          fill: "var(--fg-soft)",
          ariaHidden: "true",
        }),
        Plot.ruleY([0], { stroke: "var(--fg-soft)", ariaHidden: "true" }),
      ],
    },
    typo,
  );
}
