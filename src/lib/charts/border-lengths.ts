/** How long India's borders with Bangladesh, Nepal and Myanmar are, state by state, and who guards them. */
import type { Border } from "../data/schemas.ts";
import { plot, Plot, withTips } from "./plot.ts";
import { fit, textWidth, typeOf } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

const NEIGHBOURS = ["BGD", "NPL", "MMR"] as const;
const COLORS: Record<string, string> = { BGD: "--cat-1", NPL: "--cat-2", MMR: "--cat-3" };

export interface Segment {
  key: string;
  neighbour: (typeof NEIGHBOURS)[number];
  neighbourName: string;
  state: string;
  stateName: string;
  km: number;
  force: string;
  regime: string;
  source_ids: string[];
}

/** A second source's figure for a segment or total that another row already gives. */
export interface Alternative {
  key: string;
  stateName: string;
  neighbourName: string;
  km: number;
  source_ids: string[];
}

export interface BorderSeries {
  segments: Segment[];
  totals: { neighbour: string; neighbourName: string; km: number; source_ids: string[] }[];
  /** Disputed figures, drawn as ticks on the main bar. */
  alternatives: Alternative[];
  /** States on a border whose stretch has no sourced length. */
  unmeasured: { stateName: string; neighbourName: string; source_ids: string[] }[];
}

const chart: ChartModule<BorderSeries> = {
  id: "border-lengths",
  kind: "chart",
  numberKind: "length",
  datasets: ["borders"],
  prepare(data, ctx) {
    const known = new Set<string>(NEIGHBOURS);
    const rows = data.borders.filter((b) => known.has(b.neighbour));
    const main = rows.filter((b) => !b.alt_of);
    const segments = main
      .filter((b): b is Border & { length_km: number } => Boolean(b.state) && b.length_km !== undefined)
      .map((b) => ({
        key: `${b.neighbour}:${b.state}`,
        neighbour: b.neighbour as Segment["neighbour"],
        neighbourName: ctx.country(b.neighbour),
        state: b.state!,
        stateName: ctx.admin1(b.state!),
        km: b.length_km,
        force: ctx.t.vocab.force[b.guarded_by],
        regime: ctx.t.vocab.regime[b.regime],
        source_ids: b.source_ids,
      }))
      .sort((a, b) => NEIGHBOURS.indexOf(a.neighbour) - NEIGHBOURS.indexOf(b.neighbour) || b.km - a.km);
    const totals = main
      .filter((b): b is Border & { length_km: number } => !b.state && b.length_km !== undefined)
      .map((b) => ({
        neighbour: b.neighbour,
        neighbourName: ctx.country(b.neighbour),
        km: b.length_km,
        source_ids: b.source_ids,
      }));
    const byId = new Map(rows.map((b) => [b.id, b]));
    const alternatives = rows
      .filter(
        (b): b is Border & { length_km: number; alt_of: string } =>
          Boolean(b.alt_of) && b.length_km !== undefined,
      )
      .map((b) => {
        const of = byId.get(b.alt_of)!;
        return {
          key: `${of.neighbour}:${of.state ?? "total"}`,
          stateName: of.state ? ctx.admin1(of.state) : ctx.t.charts["border-lengths"].wholeBorder,
          neighbourName: ctx.country(of.neighbour),
          km: b.length_km,
          source_ids: b.source_ids,
        };
      });
    const unmeasured = main
      .filter((b) => b.state && b.length_km === undefined)
      .map((b) => ({
        stateName: ctx.admin1(b.state!),
        neighbourName: ctx.country(b.neighbour),
        source_ids: b.source_ids,
      }));
    return { segments, totals, alternatives, unmeasured };
  },
  describe({ segments, totals, alternatives, unmeasured }, ctx) {
    const t = ctx.t.charts["border-lengths"].describe;
    const km = ctx.fmt.km;
    const parts = NEIGHBOURS.map((n) => {
      const segs = segments.filter((s) => s.neighbour === n);
      if (!segs.length) return "";
      const total = totals.find((x) => x.neighbour === n);
      const longest = segs[0]!;
      return t.neighbour(
        longest.neighbourName,
        total ? km(total.km) : undefined,
        segs.length,
        longest.stateName,
        km(longest.km),
        longest.force,
      );
    }).filter(Boolean);
    const extra = [
      ...alternatives.map((a) => t.alt(km(a.km), a.stateName, a.neighbourName)),
      ...unmeasured.map((u) => t.gap(u.stateName, u.neighbourName)),
    ];
    return [t.intro, ...parts, ...(extra.length ? [t.differ(extra.join("; "))] : [])].join(" ");
  },
  sources: ({ segments, totals, alternatives, unmeasured }) =>
    sourcesOf([...totals, ...segments, ...alternatives, ...unmeasured]),
  render({ segments, alternatives }, { width, document, variant, ctx }) {
    const t = ctx.t.charts["border-lengths"];
    const typo = typeOf(variant);
    const narrow = variant.size === "narrow";
    const drawn = alternatives.filter((a) => segments.some((s) => s.key === a.key));
    const km = ctx.fmt.km;
    // The state names' margin: as wide as the longest name, up to a third of the drawing.
    const maxLabel = Math.min(
      width / 3,
      Math.max(0, ...segments.map((s) => textWidth(s.stateName, typo.small))),
    );
    const valueW = Math.max(0, ...segments.map((s) => textWidth(km(s.km), typo.small))) + 8;
    const label = new Map(segments.map((s) => [s.key, fit(s.stateName, maxLabel, typo.small)]));
    return plot(
      {
        document,
        width,
        height: 40 + segments.length * (typo.base * 2 + (narrow ? 2 : 6)),
        marginLeft: Math.ceil(maxLabel) + 10,
        marginRight: Math.ceil(valueW),
        x: { label: t.axis, grid: true, ticks: narrow ? 3 : 6, tickFormat: (d: number) => ctx.fmt.number(d) },
        y: { domain: segments.map((s) => s.key), tickFormat: (k: string) => label.get(k) ?? k, label: null },
        color: { domain: [...NEIGHBOURS], range: NEIGHBOURS.map((n) => `var(${COLORS[n]})`) },
        marks: [
          Plot.barX(segments, {
            x: "km",
            y: "key",
            fill: "neighbour",
            ariaHidden: "true",
            render: withTips(
              segments,
              (s) => t.tip(s.stateName, s.neighbourName, km(s.km), s.force, s.regime),
              (s) => s.key,
            ),
          }),
          Plot.text(segments, {
            x: "km",
            y: "key",
            text: (s: Segment) => km(s.km),
            textAnchor: "start",
            dx: 4,
            fill: "var(--fg)",
            className: "bar-label",
            ariaHidden: "true",
          }),
          Plot.tickX(drawn, {
            x: "km",
            y: "key",
            stroke: "var(--fg)",
            strokeWidth: 2,
            strokeDasharray: "2,2",
            ariaHidden: "true",
            render: withTips(drawn, (a) => t.altTip(a.stateName, a.neighbourName, km(a.km))),
          }),
          Plot.ruleX([0], { ariaHidden: "true" }),
        ],
      },
      typo,
    );
  },
  rows: ({ segments, alternatives }, ctx) => {
    const t = ctx.t.charts["border-lengths"];
    return [
      ...segments.map((s) => ({
        neighbour: s.neighbourName,
        state: s.stateName,
        length_km: s.km,
        figure: t.main,
        guarded_by: s.force,
        regime: s.regime,
        source_ids: s.source_ids.join(";"),
      })),
      ...alternatives
        .filter((a) => segments.some((s) => s.key === a.key))
        .map((a) => ({
          neighbour: a.neighbourName,
          state: a.stateName,
          length_km: a.km,
          figure: t.anotherSource,
          guarded_by: "",
          regime: "",
          source_ids: a.source_ids.join(";"),
        })),
    ];
  },
  legend: (_s, ctx) => NEIGHBOURS.map((n) => ({ label: ctx.country(n), color: COLORS[n]! })),
};

export default chart;
