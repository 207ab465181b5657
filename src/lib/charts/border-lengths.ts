/** How long India's borders with Bangladesh, Nepal and Myanmar are, state by state, and who guards them. */
import type { Border } from "../data/schemas.ts";
import { COUNTRIES } from "../data/countries.ts";
import { admin1Name } from "../data/admin1.ts";
import { formatKm } from "./format.ts";
import { plot, Plot, withTips } from "./plot.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

const NEIGHBOURS = ["BGD", "NPL", "MMR"] as const;
const COLORS: Record<string, string> = { BGD: "var(--cat-1)", NPL: "var(--cat-2)", MMR: "var(--cat-3)" };
const FORCE: Record<Border["guarded_by"], string> = {
  bsf: "Border Security Force",
  ssb: "Sashastra Seema Bal",
  assam_rifles: "Assam Rifles",
};
const REGIME: Record<Border["regime"], string> = {
  fenced: "fenced",
  partly_fenced: "partly fenced",
  open: "open under the 1950 treaty",
  free_movement: "free movement regime",
  free_movement_suspended: "free movement regime suspended",
};

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
  prepare(data) {
    const known = new Set<string>(NEIGHBOURS);
    const rows = data.borders.filter((b) => known.has(b.neighbour));
    const main = rows.filter((b) => !b.alt_of);
    const segments = main
      .filter((b): b is Border & { length_km: number } => Boolean(b.state) && b.length_km !== undefined)
      .map((b) => ({
        key: `${b.neighbour}:${b.state}`,
        neighbour: b.neighbour as Segment["neighbour"],
        neighbourName: COUNTRIES[b.neighbour].name,
        state: b.state!,
        stateName: admin1Name(b.state!),
        km: b.length_km,
        force: FORCE[b.guarded_by],
        regime: REGIME[b.regime],
        source_ids: b.source_ids,
      }))
      .sort((a, b) => NEIGHBOURS.indexOf(a.neighbour) - NEIGHBOURS.indexOf(b.neighbour) || b.km - a.km);
    const totals = main
      .filter((b): b is Border & { length_km: number } => !b.state && b.length_km !== undefined)
      .map((b) => ({
        neighbour: b.neighbour,
        neighbourName: COUNTRIES[b.neighbour].name,
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
          stateName: of.state ? admin1Name(of.state) : "whole border",
          neighbourName: COUNTRIES[of.neighbour].name,
          km: b.length_km,
          source_ids: b.source_ids,
        };
      });
    const unmeasured = main
      .filter((b) => b.state && b.length_km === undefined)
      .map((b) => ({
        stateName: admin1Name(b.state!),
        neighbourName: COUNTRIES[b.neighbour].name,
        source_ids: b.source_ids,
      }));
    return { segments, totals, alternatives, unmeasured };
  },
  describe({ segments, totals, alternatives, unmeasured }) {
    const parts = NEIGHBOURS.map((n) => {
      const segs = segments.filter((s) => s.neighbour === n);
      if (!segs.length) return "";
      const total = totals.find((t) => t.neighbour === n);
      const longest = segs[0]!;
      return `The border with ${segs[0]!.neighbourName}${total ? ` runs ${formatKm(total.km)}` : ""} through ${segs.length} state${segs.length > 1 ? "s" : ""}; the longest stretch is in ${longest.stateName} (${formatKm(longest.km)}), guarded by the ${longest.force}.`;
    }).filter(Boolean);
    const alt = alternatives.map(
      (a) => `another source gives ${formatKm(a.km)} for ${a.stateName} (${a.neighbourName})`,
    );
    const gaps = unmeasured.map(
      (u) => `no sourced length was found for ${u.stateName}'s stretch with ${u.neighbourName}`,
    );
    const extra = [...alt, ...gaps];
    return `Bar chart of border lengths by Indian state. ${parts.join(" ")}${extra.length ? ` Where sources differ or are missing: ${extra.join("; ")}.` : ""}`;
  },
  sources: ({ segments, totals, alternatives, unmeasured }) =>
    sourcesOf([...totals, ...segments, ...alternatives, ...unmeasured]),
  render({ segments, alternatives }, { width, document }) {
    const drawn = alternatives.filter((a) => segments.some((s) => s.key === a.key));
    const narrow = width < 480;
    return plot({
      document,
      width,
      height: 40 + segments.length * (narrow ? 26 : 30),
      marginLeft: narrow ? 112 : 150,
      marginRight: narrow ? 64 : 80,
      x: { label: "km", grid: true, ticks: narrow ? 3 : 6 },
      y: {
        domain: segments.map((s) => s.key),
        tickFormat: (k: string) => segments.find((s) => s.key === k)?.stateName ?? k,
        label: null,
      },
      color: { domain: [...NEIGHBOURS], range: NEIGHBOURS.map((n) => COLORS[n]!) },
      marks: [
        Plot.barX(segments, {
          x: "km",
          y: "key",
          fill: "neighbour",
          ariaHidden: "true",
          render: withTips(
            segments,
            (s) => `${s.stateName} – ${s.neighbourName}: ${formatKm(s.km)}; ${s.force}; ${s.regime}`,
            (s) => s.key,
          ),
        }),
        Plot.text(segments, {
          x: "km",
          y: "key",
          text: (s: Segment) => formatKm(s.km),
          textAnchor: "start",
          dx: 4,
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
          render: withTips(
            drawn,
            (a) => `${a.stateName} – ${a.neighbourName}: another source gives ${formatKm(a.km)}`,
          ),
        }),
        Plot.ruleX([0], { ariaHidden: "true" }),
      ],
    });
  },
  rows: ({ segments, alternatives }) => [
    ...segments.map((s) => ({
      neighbour: s.neighbourName,
      state: s.stateName,
      length_km: s.km,
      figure: "main",
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
        figure: "another source",
        guarded_by: "",
        regime: "",
        source_ids: a.source_ids.join(";"),
      })),
  ],
  legend: () => NEIGHBOURS.map((n, i) => ({ label: COUNTRIES[n].name, color: `--cat-${i + 1}` })),
};

export default chart;
