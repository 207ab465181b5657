/**
 * The paper's recommendations as a matrix of who should do what: one row per recommendation (retold in a
 * line), one column per group of actors the paper names, grouped by the paper's section. Drawn with Plot's
 * text, dot, rect and rule marks on pixel (identity) scales: each row is as tall as its wrapped text.
 */
import type { Recommendation } from "../data/schemas.ts";
import type { Ctx } from "../context.ts";
import { plot, Plot, withTips } from "./plot.ts";
import { textWidth, typeOf, wrap } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

/** Column order of the actor groups; a group not listed here is added at the end as written. */
export const WHO_ORDER = [
  "parliament",
  "union_government",
  "state_governments",
  "police",
  "border_forces",
  "judiciary",
  "ngos",
  "regional_bodies",
  "un_agencies",
  "donors",
];
const SECTION_COLORS = ["--cat-1", "--cat-2", "--cat-3", "--cat-4", "--cat-5", "--cat-6"];

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
  /** Every section of the paper that has a recommendation, in order (a section's colour is its place here). */
  sections: string[];
  groups: string[];
  recs: RecRow[];
  /** In a view (a part of the matrix): how many recommendations the whole matrix has. */
  of?: number;
}

/** The sections that have a recommendation in the series, with the colour each has in the whole matrix. */
const shownSections = ({ sections, recs }: RecSeries) =>
  sections
    .map((s, i) => ({ s, color: SECTION_COLORS[i % SECTION_COLORS.length]! }))
    .filter(({ s }) => recs.some((r) => r.section === s));

/**
 * A view of only the recommendations a step talks about (ids from data/recommendations.csv), with only the
 * columns of the actors they name; sections keep their colours. An id absent from the data is skipped; with none
 * present, the view is the whole.
 */
const only =
  (...ids: string[]) =>
  (s: RecSeries): RecSeries => {
    const recs = s.recs.filter((r) => ids.includes(r.id));
    // Data with none of the view's recommendations (a test fixture) gets the whole matrix, never an empty drawing.
    if (!recs.length) return s;
    return {
      sections: s.sections,
      groups: s.groups.filter((g) => recs.some((r) => r.who.includes(g))),
      recs,
      of: s.of ?? s.recs.length,
    };
  };

/** The views the essay's steps and slides choose: the four groups of proposals of "The way forward". */
export const VIEWS = {
  /** Parliament and the ministries: survivors first. */
  victims: [
    "rec-itpa-survivor-safeguards",
    "rec-compensation-paid",
    "rec-shelter-framework",
    "rec-ngo-rehabilitation",
  ],
  /** The Home Ministry, state police and the courts: train and equip. */
  training: [
    "rec-ahtu-capacity",
    "rec-ahtu-technology",
    "rec-trauma-informed",
    "rec-independent-oversight",
    "rec-border-resources",
  ],
  /** Across government: agencies working together, and the law telling the two crimes apart. */
  cooperation: [
    "rec-central-advisory-committee",
    "rec-coordination-accountability",
    "rec-distinct-definitions",
    "rec-palermo-in-law",
    "rec-train-the-difference",
  ],
  /** With the neighbours, and for everyone: across borders, and the causes (the ones its slide lists). */
  regional: [
    "rec-extradition",
    "rec-joint-task-forces",
    "rec-evidence-intelligence",
    "rec-saarc-convention",
    "rec-awareness-campaigns",
    "rec-economic-programmes",
  ],
} as const satisfies Record<string, readonly string[]>;

export const whoLabel = (w: string, ctx: Ctx) =>
  ctx.t.charts["recommendations-matrix"].who[w] ?? w.replace(/_/g, " ");

const chart: ChartModule<RecSeries> = {
  id: "recommendations-matrix",
  kind: "chart",
  numberKind: "no_figures",
  datasets: ["recommendations"],
  prepare(data) {
    const sections = [...new Set(data.recommendations.map((r) => r.section))];
    const named = new Set(data.recommendations.flatMap((r) => r.who));
    const groups = [
      ...WHO_ORDER.filter((w) => named.has(w)),
      ...[...named].filter((w) => !WHO_ORDER.includes(w)).sort(),
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
  views: Object.fromEntries(Object.entries(VIEWS).map(([k, ids]) => [k, only(...ids)])),
  describe({ sections, groups, recs, of }, ctx) {
    const t = ctx.t.charts["recommendations-matrix"].describe;
    const load = groups
      .map((g) => ({ g, n: recs.filter((r) => r.who.includes(g)).length }))
      .sort((a, b) => b.n - a.n);
    const bySection = sections
      .filter((s) => recs.some((r) => r.section === s))
      .map((s) => t.section(recs.filter((r) => r.section === s).length, s));
    return [
      ...(of === undefined ? [] : [ctx.t.charts.common.part(recs.length, of)]),
      t.intro(recs.length, bySection.join(", "), groups.length),
      t.most(
        load
          .slice(0, 3)
          .map((l) => t.load(whoLabel(l.g, ctx), l.n))
          .join(", "),
      ),
      ...recs.map((r) => t.rec(r.text, r.who.map((w) => whoLabel(w, ctx)).join(", "))),
    ].join(" ");
  },
  sources: ({ recs }) => sourcesOf(recs),
  render(series, { width, document, variant, ctx }) {
    const { groups, recs } = series;
    const t = ctx.t.charts["recommendations-matrix"];
    const typo = typeOf(variant);
    const narrow = variant.size === "narrow";
    const colW = narrow ? typo.small + 6 : Math.max(30, typo.small + 10);
    const labelW = width - groups.length * colW - 4;
    const lh = typo.lh(typo.base);
    const headLh = typo.lh(typo.head);
    const top = Math.ceil(Math.max(...groups.map((g) => textWidth(whoLabel(g, ctx), typo.small, 600)))) + 12;
    const cx = (j: number) => labelW + j * colW + colW / 2;
    const marks: Plot.Markish[] = [
      Plot.ruleX(groups, {
        ariaHidden: "true",
        x: (_g: string, j: number) => cx(j),
        y1: 0,
        y2: top - 4,
        stroke: "var(--rule)",
      }),
      Plot.text(groups, {
        ariaHidden: "true",
        x: (_g: string, j: number) => cx(j) + typo.small / 3,
        y: top - 8,
        rotate: -90,
        textAnchor: "start",
        fontSize: typo.small,
        fontWeight: 600,
        fill: "var(--fg)",
        text: (g: string) => whoLabel(g, ctx),
      }),
    ];
    let y = top;
    shownSections(series).forEach(({ s, color: token }) => {
      const color = `var(${token})`;
      const head = wrap(s, labelW - 12, typo.head, 700);
      y += 8;
      marks.push(
        Plot.rect([s], { ariaHidden: "true", x1: 0, x2: 4, y1: y + 2, y2: y + 2 + typo.head, fill: color }),
        Plot.text([head.join("\n")], {
          ariaHidden: "true",
          x: 10,
          y: y + 2,
          lineAnchor: "top",
          textAnchor: "start",
          lineHeight: headLh / typo.head,
          fontSize: typo.head,
          fontWeight: 700,
          fill: "var(--fg)",
          text: (d: string) => d,
        }),
      );
      y += 8 + head.length * headLh;
      // One group of marks per recommendation, so that the keyboard reads a row, then its dots.
      for (const r of recs.filter((x) => x.section === s)) {
        const lines = wrap(r.text, labelW - 12, typo.base);
        const h = lines.length * lh + 8;
        const who = groups.filter((g) => r.who.includes(g));
        marks.push(
          Plot.ruleY([y], {
            ariaHidden: "true",
            y: (d: number) => d,
            x1: 0,
            x2: width,
            stroke: "var(--rule)",
          }),
          Plot.text([r], {
            ariaHidden: "true",
            x: 10,
            y: y + 5,
            lineAnchor: "top",
            textAnchor: "start",
            lineHeight: lh / typo.base,
            fontSize: typo.base,
            fill: "var(--fg)",
            text: () => lines.join("\n"),
            render: withTips(
              [r],
              (d) =>
                t.tip(
                  d.text,
                  d.who.map((w) => whoLabel(w, ctx)).join(", "),
                  ctx.t.vocab.recommendationArea[d.area],
                  d.note,
                ),
              (d) => ({ class: "rec-text", "data-area": d.area }),
            ),
          }),
          Plot.dot(who, {
            ariaHidden: "true",
            x: (g: string) => cx(groups.indexOf(g)),
            y: y + h / 2,
            r: narrow ? 5 : 6.5,
            fill: color,
            render: withTips(
              who,
              (g) => t.dotTip(whoLabel(g, ctx), r.text),
              () => ({ class: "who-dot" }),
            ),
          }),
        );
        y += h;
      }
    });
    return plot(
      {
        document,
        width,
        height: Math.ceil(y + 6),
        margin: 0,
        x: { type: "identity", axis: null },
        y: { type: "identity", axis: null },
        marks,
      },
      typo,
      "recommendations-matrix",
    );
  },
  rows: ({ recs }, ctx) =>
    recs.map((r) => ({
      section: r.section,
      recommendation: r.text,
      who: r.who.map((w) => whoLabel(w, ctx)).join("; "),
      area: ctx.t.vocab.recommendationArea[r.area],
      roles: r.roles.join(";"),
      note: r.note,
      source_ids: r.source_ids.join(";"),
    })),
  legend: (series, ctx) =>
    shownSections(series).map(({ s, color }) => ({
      label: ctx.t.charts["recommendations-matrix"].fromSection(s),
      color,
    })),
  notes: (_s, ctx) => {
    const t = ctx.t.charts["recommendations-matrix"].notes;
    return [t.retold, t.inferred];
  },
  hint: (ctx) => ctx.t.hints["recommendations-matrix"],
};

export default chart;
