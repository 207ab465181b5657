/**
 * Rohingya displacement: where refugees from Myanmar are counted (Bangladesh's camps, Malaysia, India), and
 * how many set out across the Bay of Bengal and Andaman Sea each year and how many died or went missing.
 * Two panels, each a Plot with its own scale, stacked in one drawing.
 */
import type { Stat } from "../data/schemas.ts";
import {
  drawHosts,
  drawSea,
  KINDS,
  monthYear,
  SEA,
  type HostBar,
  type RohingyaSeries,
  type SeaBar,
} from "./rohingya-panels.ts";
import { heading, stack, typeOf, wrap } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

/** The population counts drawn, in order: subject and measure (their labels are in the dictionary). */
const HOSTS: { subject: string; measure: string; estimate?: true }[] = [
  { subject: "BGD", measure: "refugees_registered_camps_and_bhasan_char" },
  { subject: "BGD", measure: "rohingya_identified_in_camps" },
  { subject: "BGD", measure: "new_arrivals_biometrically_identified" },
  { subject: "MYS", measure: "rohingya_registered_unhcr" },
  { subject: "IND", measure: "rohingya_registered_unhcr_india" },
  { subject: "IND", measure: "rohingya_in_india_govt_estimate", estimate: true },
];
export type { HostBar, RohingyaSeries, SeaBar };

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
  views: {
    /** Where Rohingya are counted: the panel a step about people fleeing Myanmar talks about. */
    hosts: (s) =>
      s.hosts.length ? { hosts: s.hosts, sea: [], of: s.of ?? s.hosts.length + s.sea.length } : s,
  },
  describe({ hosts, sea, of }, ctx) {
    const t = ctx.t.charts["rohingya-displacement"];
    const v = (b: { value: number; minimum: boolean }) => t.value(ctx.fmt.number(b.value), b.minimum);
    const h = hosts.map((b) => t.describe.host(t.host[b.measure] ?? b.measure, monthYear(b.date, ctx), v(b)));
    const years = [...new Set(sea.map((s) => s.year))];
    const s = years.map((y) => {
      const out = sea.find((b) => b.year === y && b.kind === "set_out");
      const dead = sea.find((b) => b.year === y && b.kind === "dead");
      return t.describe.year(y, out && v(out), dead && v(dead));
    });
    return [
      ...(of === undefined ? [] : [ctx.t.charts.common.part(hosts.length + sea.length, of)]),
      ...(hosts.length && sea.length ? [t.describe.intro] : []),
      ...(hosts.length ? [t.describe.hosts(h.join("; "))] : []),
      ...(sea.length ? [t.describe.sea(s.join("; "))] : []),
    ].join(" ");
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
    const hostsPlot = hosts.length ? drawHosts(hosts, opts, typo) : undefined;
    const seaPlot = sea.length || !hostsPlot ? drawSea(sea, opts, typo) : undefined;
    return stack(doc, width, "rohingya-displacement", [
      ...(hostsPlot
        ? [head(t.hostsTitle), { node: hostsPlot, height: Number(hostsPlot.getAttribute("height")) }]
        : []),
      ...(seaPlot
        ? [
            { ...head(t.seaTitle), ...(hostsPlot ? { gap: 12 } : {}) },
            { node: seaPlot, height: Number(seaPlot.getAttribute("height")) },
          ]
        : []),
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

export default chart;
