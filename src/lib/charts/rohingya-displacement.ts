/**
 * Rohingya displacement: where refugees from Myanmar are counted (Bangladesh's camps, Malaysia, India), and
 * how many set out across the Bay of Bengal and Andaman Sea each year and how many died or went missing.
 * Two panels, each a Plot with its own scale, stacked in one drawing.
 */
import type { Stat } from "../data/schemas.ts";
import type { Ctx } from "../context.ts";
import { plot, Plot, withTips } from "./plot.ts";
import { heading, stack, textWidth, typeOf, wrap, type Typo } from "./svg.ts";
import { sourcesOf, type ChartModule, type RenderOptions } from "./types.ts";

/** The population counts drawn, in order: subject and measure (their labels are in the dictionary). */
const HOSTS: { subject: string; measure: string; estimate?: true }[] = [
  { subject: "BGD", measure: "refugees_registered_camps_and_bhasan_char" },
  { subject: "MYS", measure: "rohingya_registered_unhcr" },
  { subject: "IND", measure: "rohingya_registered_unhcr_india" },
  { subject: "IND", measure: "rohingya_in_india_govt_estimate", estimate: true },
];
const SEA = {
  set_out: { color: "--cat-1", measures: ["sea_crossing_attempts", "sea_departures"] },
  dead: { color: "--cat-2", measures: ["sea_dead_or_missing"] },
} as const;
type SeaKind = keyof typeof SEA;
const KINDS = Object.keys(SEA) as SeaKind[];

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
}

const monthYear = (d: string, ctx: Ctx) => {
  const [y, m] = d.split("-");
  return m ? ctx.t.charts.common.monthYear(ctx.t.charts.common.months[Number(m) - 1]!, y!) : y!;
};

const chart: ChartModule<RohingyaSeries> = {
  id: "rohingya-displacement",
  kind: "chart",
  numberKind: "official_figure",
  datasets: ["rohingya"],
  prepare(data) {
    const rows = data.rohingya;
    const hosts = HOSTS.flatMap((h) => {
      const latest = rows
        .filter((r) => r.subject === h.subject && r.measure === h.measure && r.year)
        .sort((a, b) => b.year!.localeCompare(a.year!))[0];
      return latest
        ? [
            {
              id: latest.id,
              measure: h.measure,
              estimate: Boolean(h.estimate),
              date: latest.year!,
              value: latest.value,
              minimum: latest.number_kind === "minimum_count",
              source_ids: latest.source_ids,
            },
          ]
        : [];
    });
    const sea: SeaBar[] = [];
    for (const kind of KINDS) {
      // Whole-year figures only (YYYY), or half-year departures (YYYY-MM) added up; a cumulative figure
      // ending mid-year (e.g. Jan 2020 – Jun 2021) overlaps the yearly ones and is left out.
      const own = rows.filter(
        (r) =>
          (SEA[kind].measures as readonly string[]).includes(r.measure) &&
          r.year &&
          (r.year.length === 4 || r.measure === "sea_departures"),
      );
      const years = [...new Set(own.map((r) => Number(r.year!.slice(0, 4))))].sort((a, b) => a - b);
      for (const year of years) {
        const list: Stat[] = own.filter((r) => Number(r.year!.slice(0, 4)) === year);
        sea.push({
          ids: list.map((r) => r.id),
          kind,
          year,
          value: list.reduce((t, r) => t + r.value, 0),
          minimum: list.some((r) => r.number_kind === "minimum_count"),
          parts: list.length,
          source_ids: [...new Set(list.flatMap((r) => r.source_ids))],
        });
      }
    }
    return { hosts, sea };
  },
  describe({ hosts, sea }, ctx) {
    const t = ctx.t.charts["rohingya-displacement"];
    const v = (b: { value: number; minimum: boolean }) => t.value(ctx.fmt.number(b.value), b.minimum);
    const h = hosts.map((b) => t.describe.host(t.host[b.measure] ?? b.measure, monthYear(b.date, ctx), v(b)));
    const years = [...new Set(sea.map((s) => s.year))];
    const s = years.map((y) => {
      const out = sea.find((b) => b.year === y && b.kind === "set_out");
      const dead = sea.find((b) => b.year === y && b.kind === "dead");
      return t.describe.year(y, out && v(out), dead && v(dead));
    });
    return [t.describe.intro, t.describe.hosts(h.join("; ")), t.describe.sea(s.join("; "))].join(" ");
  },
  sources: ({ hosts, sea }) => sourcesOf([...hosts, ...sea]),
  render({ hosts, sea }, opts) {
    const { width, document: doc, variant, ctx } = opts;
    const t = ctx.t.charts["rohingya-displacement"];
    const typo = typeOf(variant);
    const head = (text: string) => {
      const lines = wrap(text, width, typo.head, 700);
      const g = doc.createElementNS("http://www.w3.org/2000/svg", "g");
      lines.forEach((l, i) => g.append(heading(doc, 0, typo.head + i * typo.lh(typo.head), l, typo)));
      return { node: g, height: lines.length * typo.lh(typo.head) + 8 };
    };
    const hostsPlot = drawHosts(hosts, opts, typo);
    const seaPlot = drawSea(sea, opts, typo);
    return stack(doc, width, "rohingya-displacement", [
      head(t.hostsTitle),
      { node: hostsPlot, height: Number(hostsPlot.getAttribute("height")) },
      { ...head(t.seaTitle), gap: 12 },
      { node: seaPlot, height: Number(seaPlot.getAttribute("height")) },
    ]);
  },
  rows: ({ hosts, sea }, ctx) => {
    const t = ctx.t.charts["rohingya-displacement"];
    const yes = ctx.t.charts.common.yes;
    return [
      ...hosts.map((h) => ({
        panel: t.panel.hosts,
        what: t.host[h.measure] ?? h.measure,
        date: h.date,
        value: h.value,
        minimum: h.minimum ? yes : "",
        source_ids: h.source_ids.join(";"),
      })),
      ...sea.map((s) => ({
        panel: t.panel.sea,
        what: t.sea[s.kind],
        date: String(s.year),
        value: s.value,
        minimum: s.minimum ? yes : "",
        source_ids: s.source_ids.join(";"),
      })),
    ];
  },
  legend: ({ sea, hosts }, ctx) => {
    const t = ctx.t.charts["rohingya-displacement"];
    return [
      ...(hosts.some((h) => !h.estimate) ? [{ label: t.legend.registered, color: "--cat-3" }] : []),
      ...(hosts.some((h) => h.estimate) ? [{ label: t.legend.estimate, color: "--cat-5" }] : []),
      ...KINDS.filter((k) => sea.some((s) => s.kind === k)).map((k) => ({
        label: t.sea[k],
        color: SEA[k].color,
      })),
    ];
  },
  notes: ({ hosts, sea }, ctx) => {
    const t = ctx.t.charts["rohingya-displacement"].notes;
    return [
      t.registered,
      ...(sea.some((s) => s.minimum) || hosts.some((h) => h.minimum) ? [t.minimums] : []),
      ...sea.filter((s) => s.parts > 1).map((s) => t.parts(s.year, s.parts)),
      t.dash,
    ];
  },
};

/** Counts by host country: one bar each, its label above it. */
function drawHosts(hosts: HostBar[], { width, document, ctx }: RenderOptions, typo: Typo): SVGSVGElement {
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
          render: withTips(
            hosts,
            (h) =>
              t.hostTip(
                t.host[h.measure] ?? h.measure,
                monthYear(h.date, ctx),
                t.value(ctx.fmt.number(h.value), h.minimum),
              ),
            (h) => h.id,
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
function drawSea(sea: SeaBar[], { width, document, variant, ctx }: RenderOptions, typo: Typo): SVGSVGElement {
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
          render: withTips(
            sea,
            (s) => t.seaTip(s.year, t.value(ctx.fmt.number(s.value), s.minimum), s.kind, s.parts),
            (s) => `${s.kind}|${s.year}`,
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

export default chart;
