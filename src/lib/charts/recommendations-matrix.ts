/**
 * The paper's recommendations as a matrix of who should do what: one row per recommendation (retold in a
 * line), one column per group of actors the paper names, grouped by the paper's section.
 */
import type { Recommendation } from "../data/schemas.ts";
import { el, svgRoot, tip, wrap, charsIn, multiline } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

/** Column order and labels for the actor groups; a group not listed here is added at the end as written. */
export const WHO_LABELS: Record<string, string> = {
  parliament: "Parliament",
  union_government: "Union government",
  state_governments: "State governments",
  police: "Police and AHTUs",
  border_forces: "Border forces",
  judiciary: "Courts",
  ngos: "NGOs",
  regional_bodies: "Regional bodies",
  un_agencies: "UN agencies",
  donors: "Funders",
};
const SECTION_COLORS = ["--cat-1", "--cat-2", "--cat-3", "--cat-4", "--cat-5", "--cat-6"];
const AREA_LABELS: Record<Recommendation["area"], string> = {
  legal_reform: "law reform",
  victim_protection: "victim protection",
  rehabilitation: "rehabilitation",
  training: "training",
  coordination: "coordination",
  cross_border: "cross-border work",
  anti_corruption: "anti-corruption",
  prevention: "prevention",
  technology: "technology",
  funding: "funding",
};

export interface RecRow {
  id: string;
  section: string;
  text: string;
  who: string[];
  area: Recommendation["area"];
  roles: string[];
  source_ids: string[];
  note: string;
}

export interface RecSeries {
  sections: string[];
  groups: string[];
  recs: RecRow[];
}

export const whoLabel = (w: string) => WHO_LABELS[w] ?? w.replace(/_/g, " ");

const chart: ChartModule<RecSeries> = {
  id: "recommendations-matrix",
  kind: "chart",
  numberKind: "no_figures",
  datasets: ["recommendations"],
  prepare(data) {
    const sections = [...new Set(data.recommendations.map((r) => r.section))];
    const named = new Set(data.recommendations.flatMap((r) => r.who));
    const groups = [
      ...Object.keys(WHO_LABELS).filter((w) => named.has(w)),
      ...[...named].filter((w) => !(w in WHO_LABELS)).sort(),
    ];
    const recs = data.recommendations.map((r) => ({
      id: r.id,
      section: r.section,
      text: r.recommendation,
      who: r.who,
      area: r.area,
      roles: r.roles,
      source_ids: r.source_ids,
      note: r.note ?? "",
    }));
    return { sections, groups, recs };
  },
  describe({ sections, groups, recs }) {
    const load = groups
      .map((g) => ({ g, n: recs.filter((r) => r.who.includes(g)).length }))
      .sort((a, b) => b.n - a.n);
    const bySection = sections.map((s) => `${recs.filter((r) => r.section === s).length} from "${s}"`);
    return `Matrix of ${recs.length} recommendations (${bySection.join(", ")}) against ${groups.length} groups of actors. Most often addressed: ${load
      .slice(0, 3)
      .map((l) => `${whoLabel(l.g)} (${l.n})`)
      .join(", ")}. ${recs.map((r) => `${r.text} (${r.who.map(whoLabel).join(", ")})`).join(" ")}`;
  },
  sources: ({ recs }) => sourcesOf(recs),
  render({ sections, groups, recs }, { width, document: doc }) {
    const narrow = width < 560;
    const colW = narrow ? 19 : 30;
    const labelW = width - groups.length * colW - 4;
    const lh = narrow ? 13 : 14;
    const fs = narrow ? 11 : 12;
    const top = narrow ? 146 : 160;
    const svg = svgRoot(doc, width, 100, "recommendations-matrix");
    groups.forEach((g, j) => {
      const cx = labelW + j * colW + colW / 2;
      svg.append(
        el(doc, "line", { x1: cx, x2: cx, y1: top - 4, y2: 0, stroke: "var(--rule)", class: "col-guide" }),
      );
      svg.append(
        el(
          doc,
          "text",
          { x: cx + 4, y: top - 8, transform: `rotate(-90 ${cx + 4} ${top - 8})`, class: "col-head small" },
          whoLabel(g),
        ),
      );
    });
    let y = top;
    sections.forEach((s, si) => {
      const color = `var(${SECTION_COLORS[si % SECTION_COLORS.length]})`;
      y += 8;
      svg.append(el(doc, "rect", { x: 0, y: y + 2, width: 4, height: 14, fill: color }));
      const head = wrap(s, charsIn(labelW - 12, 13));
      svg.append(multiline(doc, head, 10, y + 14, 16, { class: "row-head" }));
      y += 8 + head.length * 16;
      for (const r of recs.filter((x) => x.section === s)) {
        const lines = wrap(r.text, charsIn(labelW - 12, fs));
        const h = lines.length * lh + 8;
        const g = el(doc, "g", { class: "rec-row", "data-area": r.area });
        g.append(el(doc, "line", { x1: 0, x2: width, y1: y, y2: y, stroke: "var(--rule)" }));
        const label = multiline(doc, lines, 10, y + lh, lh, { class: "rec-text" });
        tip(
          label,
          `${r.text} Who: ${r.who.map(whoLabel).join(", ")}. Area: ${AREA_LABELS[r.area]}.${r.note ? ` ${r.note}` : ""}`,
          r.id,
        );
        g.append(label);
        groups.forEach((gr, j) => {
          const cx = labelW + j * colW + colW / 2;
          if (r.who.includes(gr)) {
            const dot = el(doc, "circle", {
              cx,
              cy: y + h / 2,
              r: narrow ? 5 : 6.5,
              fill: color,
              class: "who-dot",
            });
            tip(dot, `${whoLabel(gr)}: ${r.text}`, `${r.id}|${gr}`);
            g.append(dot);
          }
        });
        svg.append(g);
        y += h;
      }
    });
    const height = Math.ceil(y + 6);
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    return svg;
  },
  rows: ({ recs }) =>
    recs.map((r) => ({
      section: r.section,
      recommendation: r.text,
      who: r.who.map(whoLabel).join("; "),
      area: AREA_LABELS[r.area],
      roles: r.roles.join(";"),
      note: r.note,
      source_ids: r.source_ids.join(";"),
    })),
  legend: ({ sections }) =>
    sections.map((s, i) => ({ label: `From "${s}"`, color: SECTION_COLORS[i % SECTION_COLORS.length]! })),
  notes: () => [
    "The recommendations are the paper's, retold in one line each; they are proposals, not measures in force.",
    "Where the paper does not say who should act, the row's note says whose role we inferred.",
  ],
  hint: (ctx) => ctx.t.hints["recommendations-matrix"],
};

export default chart;
