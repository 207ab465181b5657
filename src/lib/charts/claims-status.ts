/**
 * Which of the paper's factual claims we could confirm from a source we read, which only in part, and which
 * not at all. Every claim is shown as "the paper reports…": a confirmed claim names the sources that
 * confirm it, an unconfirmed one stays the paper's word.
 */
import { el, multiline, setHeight, svgRoot, tip, typeOf, wrap } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

export type ClaimStatus = "confirmed" | "partly" | "not_confirmed";
export const STATUS_COLORS: Record<ClaimStatus, string> = {
  confirmed: "--cat-3",
  partly: "--cat-5",
  not_confirmed: "--cat-2",
};
const ORDER: ClaimStatus[] = ["confirmed", "partly", "not_confirmed"];

export interface ClaimRow {
  id: string;
  section: string;
  claim: string;
  status: ClaimStatus;
  verified_by: string[];
  note: string;
  source_ids: string[];
}
export interface ClaimsSeries {
  claims: ClaimRow[];
  /** In a view of some claims (a part of the chart): how many claims the whole chart has. */
  of?: number;
  /** The compact view: every claim as one mark under its status, its words in the mark's tooltip. */
  compact?: boolean;
}

/** A view of only the claims of one status: what a step that goes through them talks about. */
const onlyStatus =
  (status: ClaimStatus) =>
  (s: ClaimsSeries): ClaimsSeries => {
    const claims = s.claims.filter((c) => c.status === status);
    // With no claim of that status, the whole chart: never an empty drawing.
    return claims.length ? { ...s, claims, of: s.of ?? s.claims.length } : s;
  };

/**
 * No confirming source: not confirmed. A note that opens with "Partly" (in a Hindi note, "आंशिक"): partly.
 * Otherwise confirmed.
 */
export const statusOf = (verifiedBy: readonly string[], note: string | undefined): ClaimStatus =>
  !verifiedBy.length
    ? "not_confirmed"
    : /^(partly\b|आंशिक)/i.test((note ?? "").trim())
      ? "partly"
      : "confirmed";

const PAPER = "paper-sharma";
const lcFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** Names that keep their capital after "the paper reports that". */
const PROPER = /^(India|India's|Anti-Human|Operation|Rohingya|South|Bali|IOM|UN|UNHCR's|ASEAN|SAARC)\b/;
const sentence = (s: string) => {
  const t = s.trim();
  // Names and acronyms (two capitals: UNODC, NCRB) keep their capital.
  return PROPER.test(t) || /^\p{Lu}{2}/u.test(t) ? t : lcFirst(t);
};

/** A status's mark, 18 px wide from x, centred on y: a tick, a half disc, a ring. */
const markOf = (doc: Document, st: ClaimStatus, color: string, x: number, y: number): Element =>
  st === "confirmed"
    ? el(doc, "path", {
        d: `M${x + 3},${y} l4,5 l8,-9`,
        fill: "none",
        stroke: color,
        "stroke-width": 2.5,
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
      })
    : st === "partly"
      ? el(doc, "path", {
          d: `M${x + 9},${y - 6} a6,6 0 0 1 0,12 z`,
          fill: color,
          stroke: color,
          "stroke-width": 1.5,
        })
      : el(doc, "circle", { cx: x + 9, cy: y, r: 5.5, fill: "none", stroke: color, "stroke-width": 2 });

const attrs = (node: Element, a: Record<string, string>): Element => {
  for (const [k, v] of Object.entries(a)) node.setAttribute(k, v);
  return node;
};

const chart: ChartModule<ClaimsSeries> = {
  id: "claims-status",
  kind: "chart",
  numberKind: "no_figures",
  datasets: ["claims", "sources"],
  prepare(data) {
    const hasPaper = data.sources.some((s) => s.id === PAPER);
    const claims = data.claims
      .map((c) => ({
        id: c.id,
        section: c.section,
        claim: c.claim,
        status: statusOf(c.verified_by, c.note),
        verified_by: c.verified_by,
        note: c.note ?? "",
        // The claim is the paper's; the confirmation is the sources'.
        source_ids: [...(hasPaper ? [PAPER] : []), ...c.verified_by],
      }))
      .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
    return { claims };
  },
  views: {
    "not-confirmed": onlyStatus("not_confirmed"),
    summary: (s) => ({ ...s, compact: true }),
  },
  describe({ claims, of, compact }, ctx) {
    const t = ctx.t.charts["claims-status"];
    const n = (s: ClaimStatus) => claims.filter((c) => c.status === s).length;
    const not = claims
      .filter((c) => c.status === "not_confirmed")
      .map((c) => t.reportsInline(sentence(c.claim).replace(/\.$/, "")));
    return [
      ...(of === undefined ? [] : [ctx.t.charts.common.part(claims.length, of)]),
      ...(compact ? [t.describe.compact] : []),
      t.describe.intro(claims.length, n("confirmed"), n("partly"), n("not_confirmed")),
      ...(not.length ? [t.describe.not(not.join("; "))] : []),
    ].join(" ");
  },
  sources: ({ claims }) => sourcesOf(claims),
  render({ claims, compact }, { width, document: doc, variant, ctx }) {
    const t = ctx.t.charts["claims-status"];
    const typo = typeOf(variant);
    const lh = typo.lh(typo.base);
    const textX = 22;
    const svg = svgRoot(doc, width, 0, "claims-status");
    // The compact view's grid: one cell per claim, as many to a line as fit.
    const cell = Math.round(typo.base * 1.9);
    const perLine = Math.max(1, Math.floor((width - 10) / cell));
    let y = 0;
    for (const st of ORDER) {
      const list = claims.filter((c) => c.status === st);
      if (!list.length) continue;
      const color = `var(${STATUS_COLORS[st]})`;
      svg.append(
        el(doc, "rect", { x: 0, y: y + 4, width: 4, height: typo.head + 1, fill: color }),
        el(
          doc,
          "text",
          { x: 10, y: y + 4 + typo.head, class: "row-head", "font-size": typo.head, "font-weight": 700 },
          t.head(t.status[st], list.length),
        ),
      );
      y += typo.lh(typo.head) + 12;
      if (compact) {
        list.forEach((c, i) => {
          const x = 10 + (i % perLine) * cell;
          const top = y + Math.floor(i / perLine) * cell;
          // No group per claim: the cell carries the claim (and its status), the mark beside it is drawn once.
          svg.append(
            tip(
              el(doc, "rect", {
                x: x + 1,
                y: top + 1,
                width: cell - 2,
                height: cell - 2,
                rx: 3,
                class: `claim-cell claim-${st}`,
                "data-status": st,
                fill: color,
                "fill-opacity": 0.12,
                stroke: color,
              }),
              `${t.reports(sentence(c.claim))} ${t.tip(t.status[st], c.note, c.section)}`,
            ),
            // The cell under the mark takes the pointer.
            attrs(markOf(doc, st, color, x + cell / 2 - 9, top + cell / 2), { "pointer-events": "none" }),
          );
        });
        y += Math.ceil(list.length / perLine) * cell + 10;
        continue;
      }
      for (const c of list) {
        const lines = wrap(t.reports(sentence(c.claim)), width - textX, typo.base);
        const h = lines.length * lh + 8;
        const g = el(doc, "g", { class: `claim claim-${st}`, "data-status": st });
        g.append(markOf(doc, st, color, 0, y + lh / 2 - 2));
        const text = multiline(doc, lines, textX, y + typo.base, lh, {
          class: "claim-text",
          "font-size": typo.base,
        });
        tip(text, t.tip(t.status[st], c.note, c.section));
        g.append(text);
        svg.append(g);
        y += h;
      }
      y += 10;
    }
    setHeight(svg, y);
    return svg;
  },
  rows: ({ claims }, ctx) => {
    const t = ctx.t.charts["claims-status"];
    return claims.map((c) => ({
      claim: t.reports(sentence(c.claim)),
      paper_section: c.section,
      status: t.status[c.status],
      what_we_found: c.note,
      source_ids: c.source_ids.join(";"),
    }));
  },
  legend: ({ claims }, ctx) =>
    ORDER.filter((s) => claims.some((c) => c.status === s)).map((s) => ({
      label: ctx.t.charts["claims-status"].status[s],
      color: STATUS_COLORS[s],
    })),
  notes: (_s, ctx) => [ctx.t.charts["claims-status"].notes.meaning],
  hint: (ctx) => ctx.t.hints["claims-status"],
};

export default chart;
