/**
 * The US State Department's Trafficking in Persons tiers for India and its three corridor neighbours, one
 * cell per country and report year. A year with no sourced tier is drawn as missing, never filled in.
 */
import { COUNTRIES } from "../data/countries.ts";
import { el, svgRoot, tip } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

const SUBJECTS = ["IND", "BGD", "NPL", "MMR"] as const;
type Subject = (typeof SUBJECTS)[number];

/** The four tiers: colour, a short label for the cell and the words for the table. */
export const TIERS: Record<string, { cls: string; color: string; short: string; label: string }> = {
  "1": { cls: "tier-1", color: "--cat-3", short: "1", label: "Tier 1" },
  "2": { cls: "tier-2", color: "--cat-6", short: "2", label: "Tier 2" },
  "2.5": { cls: "tier-2wl", color: "--cat-5", short: "2W", label: "Tier 2 Watch List" },
  "3": { cls: "tier-3", color: "--cat-2", short: "3", label: "Tier 3" },
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

const name = (s: Subject) => (s === "MMR" ? "Myanmar" : COUNTRIES[s].name);
const tierLabel = (t: number) => TIERS[String(t)]?.label ?? `Tier ${t}`;

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
  describe({ years, subjects, cells, missing }) {
    if (!cells.length) return "No tiers in the data.";
    const parts = subjects.map((s) => {
      const mine = cells.filter((c) => c.subject === s).sort((a, b) => a.year - b.year);
      const runs: string[] = [];
      let start = mine[0]!;
      mine.forEach((c, i) => {
        const next = mine[i + 1];
        if (!next || next.tier !== c.tier || next.year !== c.year + 1) {
          runs.push(`${tierLabel(c.tier)} ${start.year === c.year ? c.year : `${start.year}–${c.year}`}`);
          if (next) start = next;
        }
      });
      return `${name(s)}: ${runs.join(", ")}.`;
    });
    const gaps = missing.map((m) => `${name(m.subject)} ${m.year}`);
    return `Heatmap of US Trafficking in Persons tiers, ${years[0]} to ${years[years.length - 1]}. ${parts.join(" ")}${gaps.length ? ` No sourced tier for ${gaps.join(", ")}.` : ""}`;
  },
  sources: ({ cells }) => sourcesOf(cells),
  render({ years, subjects, cells }, { width, document: doc }) {
    const narrow = width < 480;
    const labelW = narrow ? 78 : 110;
    const cellW = Math.min(52, (width - labelW) / Math.max(1, years.length));
    const cellH = narrow ? 30 : 36;
    const top = 22;
    const height = top + subjects.length * cellH + 4;
    const svg = svgRoot(doc, width, height, "tip-tiers");
    years.forEach((y, j) => {
      const label = narrow && years.length > 6 ? `’${String(y).slice(2)}` : String(y);
      svg.append(
        el(
          doc,
          "text",
          { x: labelW + j * cellW + cellW / 2, y: top - 8, "text-anchor": "middle", class: "tick" },
          label,
        ),
      );
    });
    subjects.forEach((s, i) => {
      const y0 = top + i * cellH;
      svg.append(
        el(
          doc,
          "text",
          { x: labelW - 8, y: y0 + cellH / 2 + 4, "text-anchor": "end", class: "row-label" },
          name(s),
        ),
      );
      years.forEach((year, j) => {
        const x0 = labelW + j * cellW;
        const c = cells.find((d) => d.subject === s && d.year === year);
        const g = el(doc, "g", {});
        if (c) {
          const t = TIERS[String(c.tier)];
          const rect = el(doc, "rect", {
            x: x0 + 1,
            y: y0 + 1,
            width: cellW - 2,
            height: cellH - 2,
            rx: 2,
            fill: `var(${t?.color ?? "--fg-soft"})`,
            class: `tier-cell ${t?.cls ?? ""}`,
          });
          tip(rect, `${name(s)}, ${year} report: ${tierLabel(c.tier)}${c.note ? `. ${c.note}` : ""}`, c.id);
          g.append(
            rect,
            el(
              doc,
              "text",
              {
                x: x0 + cellW / 2,
                y: y0 + cellH / 2 + 4,
                "text-anchor": "middle",
                class: "cell-label on-cat",
              },
              t?.short ?? String(c.tier),
            ),
          );
        } else {
          const rect = el(doc, "rect", {
            x: x0 + 1.5,
            y: y0 + 1.5,
            width: cellW - 3,
            height: cellH - 3,
            rx: 2,
            fill: "none",
            stroke: "var(--fg-soft)",
            "stroke-dasharray": "2,2",
            class: "missing-cell",
          });
          tip(rect, `${name(s)}, ${year} report: no sourced tier`);
          g.append(
            rect,
            el(
              doc,
              "text",
              { x: x0 + cellW / 2, y: y0 + cellH / 2 + 4, "text-anchor": "middle", class: "missing-label" },
              "–",
            ),
          );
        }
        svg.append(g);
      });
    });
    return svg;
  },
  rows: ({ cells, missing }) =>
    [
      ...cells.map((c) => ({
        subject: c.subject,
        year: c.year,
        tier: c.tier as number | "",
        rating: tierLabel(c.tier),
        source_ids: c.source_ids.join(";"),
      })),
      ...missing.map((m) => ({
        subject: m.subject,
        year: m.year,
        tier: "" as const,
        rating: "no sourced tier",
        source_ids: "",
      })),
    ]
      .sort((a, b) => SUBJECTS.indexOf(a.subject) - SUBJECTS.indexOf(b.subject) || a.year - b.year)
      .map(({ subject, ...r }) => ({ country: name(subject), ...r })),
  legend: ({ cells }) =>
    Object.entries(TIERS)
      .filter(([k]) => cells.some((c) => String(c.tier) === k))
      .map(([, t]) => ({ label: `${t.label} (${t.short})`, color: t.color })),
  notes: ({ missing }) => [
    "Tiers rate a government's efforts against trafficking under US law, not how much trafficking there is. Tier 1 is the highest; Tier 3 the lowest; 2W is the Tier 2 Watch List.",
    "Each cell is the tier in that year's report, as read from the country narrative or from press coverage of it. Some years rest on a later report saying a country 'remained' on a tier.",
    ...(missing.length ? ["A dashed cell with a dash is a year for which no tier could be sourced."] : []),
  ],
};

export default chart;
