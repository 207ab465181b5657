/**
 * Which of the paper's factual claims we could confirm from a source we read, which only in part, and which
 * not at all. Every claim is shown as "the paper reports…": a confirmed claim names the sources that
 * confirm it, an unconfirmed one stays the paper's word.
 */
import { el, svgRoot, tip, wrap, charsIn, multiline } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

export type ClaimStatus = "confirmed" | "partly" | "not_confirmed";
export const STATUS: Record<ClaimStatus, { label: string; color: string }> = {
  confirmed: { label: "Confirmed by a source we read", color: "--cat-3" },
  partly: { label: "Partly confirmed", color: "--cat-5" },
  not_confirmed: { label: "Not confirmed", color: "--cat-2" },
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
}

/** No confirming source: not confirmed. A note that opens with "Partly": partly. Otherwise confirmed. */
export const statusOf = (verifiedBy: readonly string[], note: string | undefined): ClaimStatus =>
  !verifiedBy.length ? "not_confirmed" : /^partly\b/i.test((note ?? "").trim()) ? "partly" : "confirmed";

const PAPER = "paper-sharma";
const lcFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** Names that keep their capital after "the paper reports that". */
const PROPER = /^(India|India's|Anti-Human|Operation|Rohingya|South|Bali|IOM|UN|UNHCR's|ASEAN|SAARC)\b/;
const sentence = (s: string) => {
  const t = s.trim();
  return PROPER.test(t) ? t : lcFirst(t);
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
  describe({ claims }) {
    const n = (s: ClaimStatus) => claims.filter((c) => c.status === s).length;
    const not = claims
      .filter((c) => c.status === "not_confirmed")
      .map((c) => `the paper reports that ${sentence(c.claim).replace(/\.$/, "")}`);
    return `Of ${claims.length} claims from the paper, ${n("confirmed")} were confirmed by a source we read, ${n("partly")} in part and ${n("not_confirmed")} not at all.${not.length ? ` Not confirmed: ${not.join("; ")}.` : ""}`;
  },
  sources: ({ claims }) => sourcesOf(claims),
  render({ claims }, { width, document: doc }) {
    const narrow = width < 480;
    const lh = narrow ? 14 : 15;
    const fs = narrow ? 11.5 : 12.5;
    const textX = 22;
    const svg = svgRoot(doc, width, 100, "claims-status");
    let y = 0;
    for (const st of ORDER) {
      const list = claims.filter((c) => c.status === st);
      if (!list.length) continue;
      const color = `var(${STATUS[st].color})`;
      svg.append(el(doc, "rect", { x: 0, y: y + 4, width: 4, height: 14, fill: color }));
      svg.append(
        el(doc, "text", { x: 10, y: y + 16, class: "row-head" }, `${STATUS[st].label} (${list.length})`),
      );
      y += 28;
      for (const c of list) {
        const lines = wrap(`The paper reports that ${sentence(c.claim)}`, charsIn(width - textX, fs));
        const h = lines.length * lh + 8;
        const g = el(doc, "g", { class: `claim claim-${st}`, "data-status": st });
        const mark =
          st === "confirmed"
            ? el(doc, "path", {
                d: `M3,${y + 7} l4,5 l8,-9`,
                fill: "none",
                stroke: color,
                "stroke-width": 2.5,
                "stroke-linecap": "round",
                "stroke-linejoin": "round",
              })
            : st === "partly"
              ? el(doc, "path", {
                  d: `M9,${y + 1} a6,6 0 0 1 0,12 z`,
                  fill: color,
                  stroke: color,
                  "stroke-width": 1.5,
                })
              : el(doc, "circle", {
                  cx: 9,
                  cy: y + 7,
                  r: 5.5,
                  fill: "none",
                  stroke: color,
                  "stroke-width": 2,
                });
        g.append(mark);
        const t = multiline(doc, lines, textX, y + lh - 3, lh, { class: "claim-text" });
        tip(
          t,
          `${STATUS[st].label}. ${c.note}${c.section ? ` (Paper section: ${c.section.toLowerCase()}.)` : ""}`,
          c.id,
        );
        g.append(t);
        svg.append(g);
        y += h;
      }
      y += 10;
    }
    const height = Math.ceil(y);
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    return svg;
  },
  rows: ({ claims }) =>
    claims.map((c) => ({
      claim: `The paper reports that ${sentence(c.claim)}`,
      paper_section: c.section,
      status: STATUS[c.status].label,
      what_we_found: c.note,
      source_ids: c.source_ids.join(";"),
    })),
  legend: ({ claims }) =>
    ORDER.filter((s) => claims.some((c) => c.status === s)).map((s) => ({
      label: STATUS[s].label,
      color: STATUS[s].color,
    })),
  notes: () => [
    "Every line is the paper's claim, retold. 'Confirmed' means a source the project read supports it; 'not confirmed' means we found no such source, not that the claim is false.",
  ],
  hint: (ctx) => ctx.t.hints["claims-status"],
};

export default chart;
