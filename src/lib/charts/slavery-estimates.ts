/**
 * Modelled estimates of modern slavery in India and its neighbours (Walk Free's Global Slavery Index):
 * prevalence per 1,000 people in the latest edition, and the number of people in each edition. These are
 * survey-based models, not counts, and the editions' methods differ, so they are not a trend.
 */
import { plot, Plot, withTips } from "./plot.ts";
import { heading, stack, textWidth, typeOf } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

const SUBJECTS = ["IND", "BGD", "NPL", "MMR"] as const;
type Subject = (typeof SUBJECTS)[number];
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
  describe({ prevalenceEdition, prevalence, counts, editions }, ctx) {
    const t = ctx.t.charts["slavery-estimates"];
    const n = (v: number) => ctx.fmt.number(v);
    const millions = (v: number) => (v >= 1e6 ? t.million(n(Math.round(v / 1e5) / 10)) : n(v));
    const p = prevalence.map((e) => t.describe.item(ctx.country(e.subject), n(e.value)));
    const missingP = SUBJECTS.filter((s) => !prevalence.some((e) => e.subject === s)).map((s) =>
      ctx.country(s),
    );
    const c = SUBJECTS.filter((s) => counts.some((e) => e.subject === s)).map((s) =>
      t.describe.country(
        ctx.country(s),
        counts
          .filter((e) => e.subject === s)
          .map((e) => t.describe.count(millions(e.value), e.edition))
          .join(", "),
      ),
    );
    return [
      t.describe.intro,
      ...(prevalenceEdition
        ? [
            t.describe.prevalence(
              prevalenceEdition,
              p.join(", "),
              missingP.length ? ctx.fmt.list(missingP) : "",
            ),
          ]
        : []),
      t.describe.counts(editions.join(", "), c.join("; ")),
      t.describe.outro,
    ].join(" ");
  },
  sources: ({ prevalence, counts }) => sourcesOf([...prevalence, ...counts]),
  render({ prevalenceEdition, prevalence, counts, editions }, { width, document: doc, variant, ctx }) {
    const t = ctx.t.charts["slavery-estimates"];
    const typo = typeOf(variant);
    const n = (v: number) => ctx.fmt.number(v);
    const people = (v: number) => ctx.fmt.inWords(v) ?? n(v);
    const color = (ed: number) => `var(${EDITION_COLORS[editions.indexOf(ed) % EDITION_COLORS.length]})`;
    const name = (s: Subject) => ctx.country(s);
    const labelW = Math.ceil(Math.max(...SUBJECTS.map((s) => textWidth(name(s), typo.base)))) + 12;
    const rowH = Math.round(typo.base * 1.9);
    const head = (text: string) => ({
      node: heading(doc, 0, typo.head, text, typo),
      height: typo.lh(typo.head) + 8,
    });
    const yAxis = Plot.axisY({
      tickSize: 0,
      fontSize: typo.base,
      label: null,
      tickFormat: name,
      ariaHidden: "true",
    });
    const parts: { node: Element; height: number; gap?: number }[] = [];
    if (prevalence.length) {
      const valueW = Math.max(...prevalence.map((p) => textWidth(n(p.value), typo.small))) + 8;
      const missing = SUBJECTS.filter((s) => !prevalence.some((p) => p.subject === s));
      const height = SUBJECTS.length * rowH;
      parts.push(head(t.prevalenceTitle(prevalenceEdition!)), {
        node: plot(
          {
            document: doc,
            width,
            height,
            margin: 0,
            marginLeft: labelW,
            marginRight: Math.ceil(valueW),
            x: { axis: null, domain: [0, Math.max(...prevalence.map((p) => p.value))] },
            y: { type: "band", domain: [...SUBJECTS], padding: 0.2 },
            marks: [
              yAxis,
              Plot.barX(prevalence, {
                x: "value",
                y: "subject",
                fill: (p: Estimate) => color(p.edition),
                ariaHidden: "true",
                render: withTips(
                  prevalence,
                  (p) => t.prevalenceTip(name(p.subject), p.edition, n(p.value)),
                  (p) => p.id,
                ),
              }),
              Plot.text(prevalence, {
                x: "value",
                y: "subject",
                dx: 4,
                textAnchor: "start",
                fill: "var(--fg)",
                text: (p: Estimate) => n(p.value),
                ariaHidden: "true",
              }),
              Plot.text(missing, {
                x: 0,
                y: (s: Subject) => s,
                textAnchor: "start",
                fill: "var(--fg-soft)",
                text: () => t.notFound,
                ariaHidden: "true",
              }),
            ],
          },
          typo,
        ),
        height,
      });
    }
    const rows = SUBJECTS.filter((s) => counts.some((c) => c.subject === s));
    const lo = Math.min(...counts.map((c) => c.value), 1e5);
    const hi = Math.max(...counts.map((c) => c.value), 1e6);
    const decades = Array.from(
      { length: Math.ceil(Math.log10(hi)) - Math.floor(Math.log10(lo)) + 1 },
      (_, i) => 10 ** (Math.floor(Math.log10(lo)) + i),
    );
    const ranges = rows
      .map((s) => counts.filter((c) => c.subject === s))
      .filter((m) => m.length > 1)
      .map((m) => ({
        subject: m[0]!.subject,
        lo: Math.min(...m.map((c) => c.value)),
        hi: Math.max(...m.map((c) => c.value)),
      }));
    const height = rows.length * rowH + typo.lh(typo.small) + 6;
    parts.push(
      { ...head(t.countsTitle), gap: 14 },
      {
        node: plot(
          {
            document: doc,
            width,
            height,
            margin: 0,
            marginLeft: labelW,
            marginRight: 16,
            marginBottom: typo.lh(typo.small) + 6,
            x: { type: "log", domain: [decades[0]!, decades[decades.length - 1]!], axis: null },
            y: { type: "band", domain: rows, padding: 0 },
            marks: [
              Plot.gridX(decades, { stroke: "var(--rule)", strokeOpacity: 1, ariaHidden: "true" }),
              Plot.axisX(decades, { tickSize: 0, label: null, tickFormat: t.tick, ariaHidden: "true" }),
              yAxis,
              Plot.link(ranges, {
                x1: "lo",
                x2: "hi",
                y1: "subject",
                y2: "subject",
                stroke: "var(--rule)",
                strokeWidth: 2,
                ariaHidden: "true",
              }),
              Plot.dot(counts, {
                x: "value",
                y: "subject",
                r: 6,
                fill: (c: Estimate) => color(c.edition),
                stroke: "var(--bg)",
                ariaHidden: "true",
                render: withTips(
                  counts,
                  (c) => t.countTip(name(c.subject), c.edition, people(c.value), c.note),
                  (c) => c.id,
                ),
              }),
            ],
          },
          typo,
        ),
        height,
      },
    );
    return stack(doc, width, "slavery-estimates", parts);
  },
  rows: ({ prevalence, counts }, ctx) => {
    const t = ctx.t.charts["slavery-estimates"];
    return [
      ...prevalence.map((p) => ({
        country: ctx.country(p.subject),
        edition: p.edition,
        measure: t.measure.prevalence,
        value: p.value,
        source_ids: p.source_ids.join(";"),
      })),
      ...counts.map((c) => ({
        country: ctx.country(c.subject),
        edition: c.edition,
        measure: t.measure.people,
        value: c.value,
        source_ids: c.source_ids.join(";"),
      })),
    ];
  },
  legend: ({ editions }, ctx) =>
    editions.map((e, i) => ({
      label: ctx.t.charts["slavery-estimates"].edition(e),
      color: EDITION_COLORS[i % EDITION_COLORS.length]!,
    })),
  notes: ({ editions }, ctx) => {
    const t = ctx.t.charts["slavery-estimates"].notes;
    return [
      t.modelled,
      ...(editions.length > 1 ? [t.editions(ctx.fmt.list(editions.map(String)))] : []),
      t.press,
    ];
  },
};

export default chart;
