/**
 * The US State Department's Trafficking in Persons tiers for India and its three corridor neighbours, one
 * cell per country and report year. A year with no sourced tier is drawn as missing, never filled in.
 */
import { plot, Plot, withTips } from "./plot.ts";
import { fit, ON_CAT, textWidth, typeOf } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

const SUBJECTS = ["IND", "BGD", "NPL", "MMR"] as const;
type Subject = (typeof SUBJECTS)[number];

/** The colour of each tier, by its number in the data. */
export const TIER_COLORS: Record<string, string> = {
  "1": "--cat-3",
  "2": "--cat-6",
  "2.5": "--cat-5",
  "3": "--cat-2",
};

export interface TierCell {
  id: string;
  subject: Subject;
  year: number;
  tier: number;
  source_ids: string[];
  note: string;
}

export interface TierSeries {
  years: number[];
  subjects: Subject[];
  cells: TierCell[];
  /** Country-years inside the span with no sourced tier. */
  missing: { subject: Subject; year: number }[];
}

/** One grid position: a tier, or none where no tier was sourced. */
type Slot = { subject: Subject; year: number; cell?: TierCell };

const chart: ChartModule<TierSeries> = {
  id: "tip-tiers",
  kind: "chart",
  numberKind: "rating",
  datasets: ["tip-tiers"],
  prepare(data) {
    const known = new Set<string>(SUBJECTS);
    const cells = data["tip-tiers"]
      .filter((s) => s.measure === "tip_tier" && known.has(s.subject) && s.year)
      .map((s) => ({
        id: s.id,
        subject: s.subject as Subject,
        year: Number(s.year!.slice(0, 4)),
        tier: s.value,
        source_ids: s.source_ids,
        note: s.note ?? "",
      }));
    const ys = cells.map((c) => c.year);
    const years = ys.length
      ? Array.from({ length: Math.max(...ys) - Math.min(...ys) + 1 }, (_, i) => Math.min(...ys) + i)
      : [];
    const subjects = SUBJECTS.filter((s) => cells.some((c) => c.subject === s));
    const missing = subjects.flatMap((subject) =>
      years
        .filter((year) => !cells.some((c) => c.subject === subject && c.year === year))
        .map((year) => ({ subject, year })),
    );
    return { years, subjects, cells, missing };
  },
  describe({ years, subjects, cells, missing }, ctx) {
    const t = ctx.t.charts["tip-tiers"];
    const label = (tier: number) => t.tier[String(tier)] ?? t.other(tier);
    if (!cells.length) return t.describe.none;
    const parts = subjects.map((s) => {
      const mine = cells.filter((c) => c.subject === s).sort((a, b) => a.year - b.year);
      const runs: string[] = [];
      let start = mine[0]!;
      mine.forEach((c, i) => {
        const next = mine[i + 1];
        if (!next || next.tier !== c.tier || next.year !== c.year + 1) {
          runs.push(t.describe.run(label(c.tier), start.year, c.year));
          if (next) start = next;
        }
      });
      return t.describe.country(ctx.country(s), ctx.fmt.list(runs));
    });
    const gaps = missing.map((m) => t.describe.gap(ctx.country(m.subject), m.year));
    return [
      t.describe.intro(years[0]!, years[years.length - 1]!),
      ...parts,
      ...(gaps.length ? [t.describe.gaps(gaps.join(", "))] : []),
    ].join(" ");
  },
  sources: ({ cells }) => sourcesOf(cells),
  render({ years, subjects, cells }, { width, document, variant, ctx }) {
    const t = ctx.t.charts["tip-tiers"];
    const typo = typeOf(variant);
    const narrow = variant.size === "narrow";
    const label = (tier: number) => t.tier[String(tier)] ?? t.other(tier);
    const names = new Map(subjects.map((s) => [s, ctx.country(s)] as const));
    const labelW =
      Math.min(width / 3, Math.max(...[...names.values()].map((n) => textWidth(n, typo.base)))) + 10;
    const cellW = Math.min(52, (width - labelW) / Math.max(1, years.length));
    const cellH = Math.round(typo.base * (narrow ? 2.4 : 3));
    const top = typo.lh(typo.small) + 8;
    const slots: Slot[] = subjects.flatMap((subject) =>
      years.map((year) => {
        const cell = cells.find((c) => c.subject === subject && c.year === year);
        return cell ? { subject, year, cell } : { subject, year };
      }),
    );
    const empty = slots.filter((s) => !s.cell);
    const short = narrow && cellW < textWidth("2020", typo.small) + 6;
    return plot(
      {
        document,
        width,
        height: top + subjects.length * cellH + 4,
        marginLeft: Math.ceil(labelW),
        marginRight: Math.max(0, width - labelW - cellW * years.length),
        marginTop: top,
        marginBottom: 4,
        x: {
          type: "band",
          domain: years,
          axis: "top",
          label: null,
          tickSize: 0,
          padding: 0,
          tickFormat: (y: number) => (short ? ctx.t.charts.common.shortYear(y) : String(y)),
        },
        y: { type: "band", domain: subjects, padding: 0 },
        marks: [
          Plot.axisY({
            tickSize: 0,
            fontSize: typo.base,
            tickFormat: (s: Subject) => fit(names.get(s) ?? s, labelW - 10, typo.base),
            label: null,
            ariaHidden: "true",
          }),
          Plot.cell(slots, {
            x: "year",
            y: "subject",
            inset: 1,
            rx: 2,
            fill: (d: Slot) =>
              d.cell ? `var(${TIER_COLORS[String(d.cell.tier)] ?? "--fg-soft"})` : "var(--fg)",
            fillOpacity: (d: Slot) => (d.cell ? 1 : 0),
            ariaHidden: "true",
            render: withTips(
              slots,
              (d) =>
                d.cell
                  ? t.tip(names.get(d.subject)!, d.year, label(d.cell.tier), d.cell.note)
                  : t.missingTip(names.get(d.subject)!, d.year),
              (d) => d.cell?.id ?? "",
              (d) => ({ class: d.cell ? "tier-cell" : "missing-cell" }),
            ),
          }),
          Plot.cell(empty, {
            x: "year",
            y: "subject",
            inset: 1.5,
            rx: 2,
            fill: "none",
            stroke: "var(--fg-soft)",
            strokeDasharray: "2,2",
            pointerEvents: "none",
            ariaHidden: "true",
          }),
          Plot.text(
            slots.filter((d) => d.cell),
            {
              x: "year",
              y: "subject",
              text: (d: Slot) => t.short[String(d.cell!.tier)] ?? String(d.cell!.tier),
              fill: ON_CAT,
              fontSize: typo.small,
              fontWeight: 700,
              pointerEvents: "none",
              ariaHidden: "true",
            },
          ),
          Plot.text(empty, {
            x: "year",
            y: "subject",
            text: () => "–",
            fill: "var(--fg-soft)",
            pointerEvents: "none",
            ariaHidden: "true",
          }),
        ],
      },
      typo,
      "tip-tiers",
    );
  },
  rows: ({ cells, missing }, ctx) => {
    const t = ctx.t.charts["tip-tiers"];
    return [
      ...cells.map((c) => ({
        subject: c.subject,
        year: c.year,
        tier: c.tier as number | "",
        rating: t.tier[String(c.tier)] ?? t.other(c.tier),
        source_ids: c.source_ids.join(";"),
      })),
      ...missing.map((m) => ({
        subject: m.subject,
        year: m.year,
        tier: "" as const,
        rating: t.noTier,
        source_ids: "",
      })),
    ]
      .sort((a, b) => SUBJECTS.indexOf(a.subject) - SUBJECTS.indexOf(b.subject) || a.year - b.year)
      .map(({ subject, ...r }) => ({ country: ctx.country(subject), ...r }));
  },
  legend: ({ cells }, ctx) => {
    const t = ctx.t.charts["tip-tiers"];
    return Object.entries(TIER_COLORS)
      .filter(([k]) => cells.some((c) => String(c.tier) === k))
      .map(([k, color]) => ({ label: t.legend(t.tier[k]!, t.short[k]!), color }));
  },
  notes: ({ missing }, ctx) => {
    const t = ctx.t.charts["tip-tiers"].notes;
    return [t.meaning, t.reading, ...(missing.length ? [t.missing] : [])];
  },
};

export default chart;
