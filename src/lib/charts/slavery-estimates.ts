/**
 * Modelled estimates of modern slavery in India and its neighbours (Walk Free's Global Slavery Index):
 * prevalence per 1,000 people in the latest edition, and the number of people in each edition. These are
 * survey-based models, not counts, and the editions' methods differ, so they are not a trend.
 */
import { COUNTRIES } from "../data/countries.ts";
import { formatNumber, inWords } from "./format.ts";
import { el, svgRoot, tip, panelTitle } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

const SUBJECTS = ["IND", "BGD", "NPL", "MMR"] as const;
type Subject = (typeof SUBJECTS)[number];
const name = (s: Subject) => (s === "MMR" ? "Myanmar" : COUNTRIES[s].name);
const EDITION_COLORS = ["--cat-6", "--cat-5", "--cat-1", "--cat-4"];

export interface Estimate {
  id: string;
  subject: Subject;
  edition: number;
  value: number;
  source_ids: string[];
  note: string;
}
export interface SlaverySeries {
  /** Prevalence per 1,000 people in the latest edition that has any. */
  prevalenceEdition?: number;
  prevalence: Estimate[];
  counts: Estimate[];
  editions: number[];
}

const people = (n: number) => inWords(n) ?? formatNumber(n);
const millions = (n: number) =>
  n >= 1e6 ? `${formatNumber(Math.round(n / 1e5) / 10)} million` : formatNumber(n);

const chart: ChartModule<SlaverySeries> = {
  id: "slavery-estimates",
  kind: "chart",
  numberKind: "modelled_estimate",
  datasets: ["slavery"],
  prepare(data) {
    const known = new Set<string>(SUBJECTS);
    const toEst = (r: (typeof data.slavery)[number]): Estimate => ({
      id: r.id,
      subject: r.subject as Subject,
      edition: Number(r.year!.slice(0, 4)),
      value: r.value,
      source_ids: r.source_ids,
      note: r.note ?? "",
    });
    const rows = data.slavery.filter((r) => known.has(r.subject) && r.year);
    const prev = rows.filter((r) => r.measure === "prevalence_per_1000").map(toEst);
    const prevalenceEdition = prev.length ? Math.max(...prev.map((p) => p.edition)) : undefined;
    const prevalence = prev
      .filter((p) => p.edition === prevalenceEdition)
      .sort((a, b) => SUBJECTS.indexOf(a.subject) - SUBJECTS.indexOf(b.subject));
    const counts = rows
      .filter((r) => r.measure === "people_in_modern_slavery")
      .map(toEst)
      .sort((a, b) => SUBJECTS.indexOf(a.subject) - SUBJECTS.indexOf(b.subject) || a.edition - b.edition);
    const editions = [...new Set(counts.map((c) => c.edition))].sort((a, b) => a - b);
    return { prevalenceEdition, prevalence, counts, editions };
  },
  describe({ prevalenceEdition, prevalence, counts, editions }) {
    const p = prevalence.map((e) => `${name(e.subject)} ${formatNumber(e.value)}`);
    const missingP = SUBJECTS.filter((s) => !prevalence.some((e) => e.subject === s)).map(name);
    const c = SUBJECTS.filter((s) => counts.some((e) => e.subject === s)).map(
      (s) =>
        `${name(s)}: ${counts
          .filter((e) => e.subject === s)
          .map((e) => `${millions(e.value)} (${e.edition} edition)`)
          .join(", ")}`,
    );
    return `Modelled estimates, not counts. ${prevalenceEdition ? `Per 1,000 people in the ${prevalenceEdition} edition: ${p.join(", ")}${missingP.length ? `; not found for ${missingP.join(", ")}` : ""}. ` : ""}People in modern slavery by edition (${editions.join(", ")}): ${c.join("; ")}. The editions use different methods and are not a trend.`;
  },
  sources: ({ prevalence, counts }) => sourcesOf([...prevalence, ...counts]),
  render({ prevalenceEdition, prevalence, counts, editions }, { width, document: doc }) {
    const narrow = width < 480;
    const labelW = narrow ? 78 : 100;
    const right = narrow ? 40 : 56;
    const svg = svgRoot(doc, width, 100, "slavery-estimates");
    let y = 0;
    const color = (ed: number) => `var(${EDITION_COLORS[editions.indexOf(ed) % EDITION_COLORS.length]})`;
    if (prevalence.length) {
      svg.append(panelTitle(doc, 0, y, `Per 1,000 people, ${prevalenceEdition} edition`));
      y += 26;
      const max = Math.max(...prevalence.map((p) => p.value));
      for (const s of SUBJECTS) {
        const p = prevalence.find((e) => e.subject === s);
        svg.append(
          el(doc, "text", { x: labelW - 8, y: y + 13, "text-anchor": "end", class: "row-label" }, name(s)),
        );
        if (p) {
          const w = ((width - labelW - right) * p.value) / max;
          svg.append(
            tip(
              el(doc, "rect", { x: labelW, y: y + 2, width: w, height: 16, fill: color(p.edition) }),
              `${name(s)}, ${p.edition} edition: an estimated ${formatNumber(p.value)} in every 1,000 people (modelled)`,
              p.id,
            ),
          );
          svg.append(
            el(doc, "text", { x: labelW + w + 4, y: y + 14, class: "bar-label" }, formatNumber(p.value)),
          );
        } else {
          svg.append(el(doc, "text", { x: labelW, y: y + 14, class: "missing-label" }, "not found"));
        }
        y += 22;
      }
      y += 16;
    }
    svg.append(panelTitle(doc, 0, y, "People in modern slavery, by edition (log scale)"));
    y += 24;
    const lo = Math.min(...counts.map((c) => c.value), 1e5);
    const hi = Math.max(...counts.map((c) => c.value), 1e6);
    const l0 = Math.floor(Math.log10(lo));
    const l1 = Math.ceil(Math.log10(hi));
    const x = (v: number) => labelW + ((width - labelW - 16) * (Math.log10(v) - l0)) / (l1 - l0);
    const rows = SUBJECTS.filter((s) => counts.some((c) => c.subject === s));
    const top = y;
    const rowH = 26;
    for (let e = l0; e <= l1; e++) {
      const v = 10 ** e;
      svg.append(
        el(doc, "line", {
          x1: x(v),
          x2: x(v),
          y1: top,
          y2: top + rows.length * rowH,
          stroke: "var(--rule)",
          class: "grid",
        }),
      );
      svg.append(
        el(
          doc,
          "text",
          { x: x(v), y: top + rows.length * rowH + 14, "text-anchor": "middle", class: "tick" },
          v >= 1e6 ? `${v / 1e6}m` : v >= 1e3 ? `${v / 1e3}k` : String(v),
        ),
      );
    }
    rows.forEach((s, i) => {
      const cy = top + i * rowH + rowH / 2;
      svg.append(
        el(doc, "text", { x: labelW - 8, y: cy + 4, "text-anchor": "end", class: "row-label" }, name(s)),
      );
      const mine = counts.filter((c) => c.subject === s);
      if (mine.length > 1)
        svg.append(
          el(doc, "line", {
            x1: x(Math.min(...mine.map((m) => m.value))),
            x2: x(Math.max(...mine.map((m) => m.value))),
            y1: cy,
            y2: cy,
            stroke: "var(--rule)",
            "stroke-width": 2,
          }),
        );
      for (const c of mine) {
        svg.append(
          tip(
            el(doc, "circle", { cx: x(c.value), cy, r: 6, fill: color(c.edition), stroke: "var(--bg)" }),
            `${name(s)}, ${c.edition} edition: an estimated ${people(c.value)} people (modelled). ${c.note}`,
            c.id,
          ),
        );
      }
    });
    y = top + rows.length * rowH + 22;
    const height = Math.ceil(y);
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    return svg;
  },
  rows: ({ prevalence, counts }) => [
    ...prevalence.map((p) => ({
      country: name(p.subject),
      edition: p.edition,
      measure: "per 1,000 people",
      value: p.value,
      source_ids: p.source_ids.join(";"),
    })),
    ...counts.map((c) => ({
      country: name(c.subject),
      edition: c.edition,
      measure: "people",
      value: c.value,
      source_ids: c.source_ids.join(";"),
    })),
  ],
  legend: ({ editions }) =>
    editions.map((e, i) => ({
      label: `Global Slavery Index ${e}`,
      color: EDITION_COLORS[i % EDITION_COLORS.length]!,
    })),
  notes: ({ editions }) => [
    "Modelled estimates: Walk Free combines national surveys with risk factors to estimate how many people are in forced labour or forced marriage. They are not counts of identified victims, and the Indian government has disputed the index's definitions and sample.",
    ...(editions.length > 1
      ? [
          `The ${editions.join(", ")} editions use different methods; differences between them are not a trend.`,
        ]
      : []),
    "Figures were read from news reports of each edition where Walk Free's own pages could not be reached.",
  ],
};

export default chart;
