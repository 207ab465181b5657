/** How long India's borders with Bangladesh, Nepal and Myanmar are, state by state, and who guards them. */
import type { Border } from "../data/schemas.ts";
import { COUNTRIES } from "../geo/countries.ts";
import { admin1Name } from "../geo/admin1.ts";
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

export interface BorderSeries {
  segments: Segment[];
  totals: { neighbour: string; neighbourName: string; km: number; source_ids: string[] }[];
}

const chart: ChartModule<BorderSeries> = {
  id: "border-lengths",
  title: "India's borders with Bangladesh, Nepal and Myanmar",
  subtitle: "Length of each border by Indian state, in kilometres",
  description: "The length of India's land borders with Bangladesh, Nepal and Myanmar, state by state, with the force that guards each.",
  numberKind: "official_figure",
  datasets: ["borders"],
  prepare(data) {
    const known = new Set<string>(NEIGHBOURS);
    const rows = data.borders.filter((b) => known.has(b.neighbour));
    const segments = rows
      .filter((b) => b.state)
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
    const totals = rows
      .filter((b) => !b.state)
      .map((b) => ({
        neighbour: b.neighbour,
        neighbourName: COUNTRIES[b.neighbour].name,
        km: b.length_km,
        source_ids: b.source_ids,
      }));
    return { segments, totals };
  },
  describe({ segments, totals }) {
    const parts = NEIGHBOURS.map((n) => {
      const segs = segments.filter((s) => s.neighbour === n);
      if (!segs.length) return "";
      const total = totals.find((t) => t.neighbour === n);
      const longest = segs[0]!;
      return `The border with ${segs[0]!.neighbourName}${total ? ` runs ${formatKm(total.km)}` : ""} through ${segs.length} state${segs.length > 1 ? "s" : ""}; the longest stretch is in ${longest.stateName} (${formatKm(longest.km)}), guarded by the ${longest.force}.`;
    }).filter(Boolean);
    return `Bar chart of border lengths by Indian state. ${parts.join(" ")}`;
  },
  sources: ({ segments, totals }) => sourcesOf([...totals, ...segments]),
  render({ segments }, { width, document }) {
    const narrow = width < 480;
    return plot({
      document,
      width,
      height: 40 + segments.length * (narrow ? 26 : 30),
      marginLeft: narrow ? 112 : 150,
      marginRight: narrow ? 64 : 80,
      x: { label: "km", grid: true, ticks: narrow ? 3 : 6 },
      y: { domain: segments.map((s) => s.key), tickFormat: (k: string) => segments.find((s) => s.key === k)?.stateName ?? k, label: null },
      color: { domain: [...NEIGHBOURS], range: NEIGHBOURS.map((n) => COLORS[n]!) },
      marks: [
        Plot.barX(segments, {
          x: "km",
          y: "key",
          fill: "neighbour",
          ariaHidden: "true",
          render: withTips(segments, (s) => `${s.stateName} – ${s.neighbourName}: ${formatKm(s.km)}; ${s.force}; ${s.regime}`, (s) => s.key),
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
        Plot.ruleX([0], { ariaHidden: "true" }),
      ],
    });
  },
  rows: ({ segments }) =>
    segments.map((s) => ({
      neighbour: s.neighbourName,
      state: s.stateName,
      length_km: s.km,
      guarded_by: s.force,
      regime: s.regime,
      source_ids: s.source_ids.join(";"),
    })),
  legend: () => NEIGHBOURS.map((n, i) => ({ label: COUNTRIES[n].name, color: `--cat-${i + 1}` })),
};

export default chart;
