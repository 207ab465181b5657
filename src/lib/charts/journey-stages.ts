/**
 * The journey from recruitment to exploitation, told twice: as a smuggled journey and as trafficking. The
 * arrows mark where the paper (drawing on UNODC and IOM) says a smuggled journey can turn into trafficking.
 * Stages, not numbers: a schematic retold in our words, with each stage's sources.
 */
import { el, svgRoot, tip, wrap, charsIn, multiline } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

export interface Stage {
  id: string;
  stage: string;
  smuggling: string;
  trafficking: string;
  /** Where the smuggled journey can become trafficking at this stage; absent where the paper names no turn. */
  turn?: string;
  source_ids: string[];
}

/** The paper's nexus section, and the UNODC (2022) and IOM (2023) works it relies on there. */
const NEXUS = ["paper-sharma", "unodc-som-tip-2022", "iom-ht-ms-2023"];

export const STAGES: readonly Stage[] = [
  {
    id: "push",
    stage: "Why people leave",
    smuggling:
      "Poverty, conflict or violence, and no safe legal way to migrate, push people to pay for help to cross.",
    trafficking: "The same pressures leave people open to anyone who offers a way out.",
    source_ids: NEXUS,
  },
  {
    id: "recruitment",
    stage: "Recruitment",
    smuggling: "The migrant seeks out a smuggler and agrees a fee for the crossing.",
    trafficking: "A recruiter lures the person with promises of safety, a job or a better income.",
    turn: "The offer was a deception: the job or the safety never existed.",
    source_ids: NEXUS,
  },
  {
    id: "movement",
    stage: "Movement and crossing",
    smuggling: "The smuggler moves the migrant across the border along routes where checks are thin.",
    trafficking: "The same routes and networks carry people who are being trafficked.",
    turn: "Smuggling and trafficking networks overlap; a person can be handed from one to the other.",
    source_ids: NEXUS,
  },
  {
    id: "arrival",
    stage: "Arrival",
    smuggling: "The deal ends once the migrant has crossed and the fee is paid.",
    trafficking: "The person arrives under the control of the traffickers, who decide what comes next.",
    turn: "Once the migrant has arrived, the smugglers may push them into exploitative work.",
    source_ids: NEXUS,
  },
  {
    id: "exploitation",
    stage: "Exploitation",
    smuggling: "Without legal status the migrant still risks abuse at work and fears reporting it.",
    trafficking: "Forced labour, sexual exploitation, or bondage through a debt that cannot be repaid.",
    source_ids: NEXUS,
  },
];

export interface JourneySeries {
  stages: Stage[];
}

const chart: ChartModule<JourneySeries> = {
  id: "journey-stages",
  kind: "chart",
  numberKind: "no_figures",
  datasets: ["sources"],
  prepare(data) {
    const known = new Set(data.sources.map((s) => s.id));
    // A stage cites only sources the bibliography holds; the fixtures hold none of them.
    return { stages: STAGES.map((s) => ({ ...s, source_ids: s.source_ids.filter((id) => known.has(id)) })) };
  },
  describe({ stages }) {
    const turns = stages.filter((s) => s.turn);
    return `Diagram in ${stages.length} stages: ${stages.map((s) => s.stage.toLowerCase()).join(", ")}. ${stages
      .map(
        (s) =>
          `${s.stage}: as smuggling, ${lc(s.smuggling)} As trafficking, ${lc(s.trafficking)}${s.turn ? ` Turning point: ${lc(s.turn)}` : ""}`,
      )
      .join(
        " ",
      )} The paper places the turning points at ${turns.map((s) => s.stage.toLowerCase()).join(", ")}.`;
  },
  sources: ({ stages }) => sourcesOf(stages),
  render({ stages }, { width, document: doc }) {
    const narrow = width < 480;
    const gap = narrow ? 26 : 56;
    const boxW = (width - gap) / 2;
    const lh = narrow ? 14 : 15;
    const fs = narrow ? 11.5 : 12.5;
    const svg = svgRoot(doc, width, 100, "journey-stages");
    const heads = [
      { x: 0, text: "Smuggled journey", color: "var(--cat-1)" },
      { x: boxW + gap, text: "Trafficking", color: "var(--cat-2)" },
    ];
    for (const h of heads) {
      svg.append(el(doc, "rect", { x: h.x, y: 0, width: boxW, height: 4, fill: h.color }));
      svg.append(el(doc, "text", { x: h.x, y: 22, class: "col-head" }, h.text));
    }
    let y = 36;
    stages.forEach((s, i) => {
      svg.append(el(doc, "text", { x: 0, y: y + 14, class: "row-head" }, `${i + 1}. ${s.stage}`));
      y += 22;
      const left = wrap(s.smuggling, charsIn(boxW - 16, fs));
      const right = wrap(s.trafficking, charsIn(boxW - 16, fs));
      const h = Math.max(left.length, right.length) * lh + 16;
      const g = el(doc, "g", { class: "journey-stage", "data-stage": s.id });
      const lbox = tip(
        el(doc, "rect", {
          x: 0,
          y,
          width: boxW,
          height: h,
          rx: 6,
          class: "stage-box",
          fill: "var(--cat-1)",
          "fill-opacity": 0.1,
          stroke: "var(--cat-1)",
        }),
        `${s.stage}, smuggled journey: ${s.smuggling}`,
        `${s.id}|smuggling`,
      );
      const rbox = tip(
        el(doc, "rect", {
          x: boxW + gap,
          y,
          width: boxW,
          height: h,
          rx: 6,
          class: "stage-box",
          fill: "var(--cat-2)",
          "fill-opacity": 0.1,
          stroke: "var(--cat-2)",
        }),
        `${s.stage}, trafficking: ${s.trafficking}`,
        `${s.id}|trafficking`,
      );
      g.append(lbox, multiline(doc, left, 8, y + 8 + lh - 3, lh, { class: "stage-text" }));
      g.append(rbox, multiline(doc, right, boxW + gap + 8, y + 8 + lh - 3, lh, { class: "stage-text" }));
      if (s.turn) {
        const cy = y + h / 2;
        const x1 = boxW + 3;
        const x2 = boxW + gap - 4;
        const arrow = el(doc, "g", { class: "turn" });
        arrow.append(
          el(doc, "line", { x1, x2: x2 - 6, y1: cy, y2: cy, stroke: "var(--cat-4)", "stroke-width": 3 }),
        );
        arrow.append(
          el(doc, "path", {
            d: `M${x2 - 8},${cy - 6} L${x2},${cy} L${x2 - 8},${cy + 6} Z`,
            fill: "var(--cat-4)",
          }),
        );
        const hit = el(doc, "rect", {
          x: x1,
          y: cy - 12,
          width: x2 - x1,
          height: 24,
          fill: "var(--cat-4)",
          "fill-opacity": 0.001,
          class: "turn-hit",
        });
        tip(hit, `Turning point at ${s.stage.toLowerCase()}: ${s.turn}`, `${s.id}|turn`);
        arrow.append(hit);
        g.append(arrow);
      }
      svg.append(g);
      y += h;
      if (s.turn) {
        const turnLines = wrap(`Can turn: ${s.turn}`, charsIn(width - 20, 11.5));
        svg.append(
          multiline(doc, turnLines, boxW + gap / 2, y + 15, 14, {
            class: "turn-text",
            "text-anchor": "middle",
          }),
        );
        y += turnLines.length * 14 + 6;
      }
      if (i < stages.length - 1) {
        svg.append(
          el(doc, "path", {
            d: `M${boxW / 2},${y + 4} v10`,
            stroke: "var(--fg-soft)",
            "stroke-width": 1.5,
            class: "flow",
          }),
        );
        svg.append(
          el(doc, "path", {
            d: `M${boxW + gap + boxW / 2},${y + 4} v10`,
            stroke: "var(--fg-soft)",
            "stroke-width": 1.5,
            class: "flow",
          }),
        );
      }
      y += 12;
    });
    const height = Math.ceil(y + 4);
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    return svg;
  },
  rows: ({ stages }) =>
    stages.map((s, i) => ({
      step: i + 1,
      stage: s.stage,
      smuggled_journey: s.smuggling,
      trafficking: s.trafficking,
      turning_point: s.turn ?? "",
      source_ids: s.source_ids.join(";"),
    })),
  legend: () => [
    { label: "Smuggled journey", color: "--cat-1" },
    { label: "Trafficking", color: "--cat-2" },
    { label: "Where smuggling can turn into trafficking", color: "--cat-4" },
  ],
  notes: () => [
    "A schematic of the paper's account, which draws on UNODC (2022) and IOM (2023); it shows possibilities, not how often each happens. The paper reports these turning points; no figure here counts them.",
    "A person who agreed to be smuggled can still be a victim of trafficking: under the Trafficking Protocol their earlier consent does not count once deception or force is used.",
  ],
  hint: (ctx) => ctx.t.hints["journey-stages"],
};

const lc = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export default chart;
