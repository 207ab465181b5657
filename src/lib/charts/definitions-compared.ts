/**
 * Trafficking, smuggling and irregular migration side by side, element by element, as the two Palermo
 * Protocols define them. The cells restate the treaty texts (definitions, not figures), each tied to the
 * instrument row it comes from, so the chart cites exactly the instruments it draws on.
 */
import type { Instrument } from "../data/schemas.ts";
import { el, svgRoot, tip, wrap, charsIn, multiline } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

export const CONCEPTS = {
  trafficking: { label: "Trafficking in persons", short: "Trafficking", color: "--cat-2" },
  smuggling: { label: "Smuggling of migrants", short: "Smuggling", color: "--cat-1" },
  irregular: { label: "Irregular migration", short: "Irregular migration", color: "--cat-3" },
} as const;
export type Concept = keyof typeof CONCEPTS;

/** Is the element part of the definition? */
export type Status = "required" | "not_required" | "irrelevant" | "position";
const STATUS_LABEL: Record<Status, string> = {
  required: "Required",
  not_required: "Not required",
  irrelevant: "Irrelevant",
  position: "In law",
};
const statusOf = (c: DefinitionCell) => c.label ?? STATUS_LABEL[c.status];

export interface DefinitionCell {
  aspect: string;
  concept: Concept;
  status: Status;
  text: string;
  /** The instrument row (instruments.csv) the text restates. */
  instrument: string;
  article: string;
  /** Replaces the status word where the row is about the person, not an element of the offence. */
  label?: string;
}

const T = "palermo-tip-protocol";
const S = "smuggling-protocol";
const U = "untoc";

/**
 * What the treaties say, in our words. Trafficking: Trafficking Protocol art. 3; smuggling and "illegal
 * entry": Smuggling Protocol arts. 3, 5 and 6; the offence without a border: UNTOC art. 34(2).
 */
export const DEFINITIONS: readonly DefinitionCell[] = [
  {
    aspect: "Act",
    concept: "trafficking",
    status: "required",
    text: "Recruiting, transporting, transferring, harbouring or receiving a person",
    instrument: T,
    article: "art. 3(a)",
  },
  {
    aspect: "Act",
    concept: "smuggling",
    status: "required",
    text: "Arranging another person's illegal entry into a country where they are neither a national nor a permanent resident",
    instrument: S,
    article: "art. 3(a)",
  },
  {
    aspect: "Act",
    concept: "irregular",
    status: "required",
    text: "Crossing a border without meeting the requirements for legal entry (the Protocol's 'illegal entry')",
    instrument: S,
    article: "art. 3(b)",
  },
  {
    aspect: "Means",
    concept: "trafficking",
    status: "required",
    text: "Threat or force, coercion, abduction, fraud, deception, abuse of power or of vulnerability, or payments to someone who controls the person. Not needed when the person is under 18",
    instrument: T,
    article: "art. 3(a), 3(c)",
  },
  {
    aspect: "Means",
    concept: "smuggling",
    status: "not_required",
    text: "No means of control is part of the definition",
    instrument: S,
    article: "art. 3(a)",
  },
  {
    aspect: "Means",
    concept: "irregular",
    status: "not_required",
    text: "No means: it is the person's own movement",
    instrument: S,
    article: "art. 3(b)",
  },
  {
    aspect: "Purpose",
    concept: "trafficking",
    status: "required",
    text: "Exploitation: at least sexual exploitation, forced labour or services, slavery or like practices, servitude, or removal of organs",
    instrument: T,
    article: "art. 3(a)",
  },
  {
    aspect: "Purpose",
    concept: "smuggling",
    status: "required",
    text: "A financial or other material benefit for the smuggler",
    instrument: S,
    article: "art. 3(a)",
  },
  {
    aspect: "Purpose",
    concept: "irregular",
    status: "not_required",
    text: "No purpose is part of the definition",
    instrument: S,
    article: "art. 3(b)",
  },
  {
    aspect: "Consent",
    concept: "trafficking",
    status: "irrelevant",
    text: "The person's consent does not matter once any of the means was used",
    instrument: T,
    article: "art. 3(b)",
  },
  {
    aspect: "Consent",
    concept: "smuggling",
    status: "not_required",
    text: "The definition does not mention consent",
    instrument: S,
    article: "art. 3(a)",
  },
  {
    aspect: "Consent",
    concept: "irregular",
    status: "not_required",
    text: "The definition does not mention consent",
    instrument: S,
    article: "art. 3(b)",
  },
  {
    aspect: "Crossing a border",
    concept: "trafficking",
    status: "not_required",
    text: "Not an element: states must make trafficking a crime whether or not it crosses a border",
    instrument: U,
    article: "UNTOC art. 34(2)",
  },
  {
    aspect: "Crossing a border",
    concept: "smuggling",
    status: "required",
    text: "Always: the crime is procuring entry into another country",
    instrument: S,
    article: "art. 3(a)",
  },
  {
    aspect: "Crossing a border",
    concept: "irregular",
    status: "required",
    text: "Always: the entry breaks that country's entry rules",
    instrument: S,
    article: "art. 3(b)",
  },
  {
    aspect: "Exploitation",
    concept: "trafficking",
    status: "required",
    text: "The aim of the crime; it is complete once the act is done for that aim, even before any exploitation",
    instrument: T,
    article: "art. 3(a)",
  },
  {
    aspect: "Exploitation",
    concept: "smuggling",
    status: "not_required",
    text: "Not an element; exploiting or endangering the migrant makes the offence more serious",
    instrument: S,
    article: "art. 6(3)",
  },
  {
    aspect: "Exploitation",
    concept: "irregular",
    status: "not_required",
    text: "Not an element",
    instrument: S,
    article: "art. 3(b)",
  },
  {
    aspect: "The person",
    concept: "trafficking",
    status: "position",
    label: "A victim",
    text: "Owed assistance and protection",
    instrument: T,
    article: "arts. 6–8",
  },
  {
    aspect: "The person",
    concept: "smuggling",
    status: "position",
    label: "Not the offender",
    text: "Not to be prosecuted under the Protocol for having been smuggled",
    instrument: S,
    article: "art. 5",
  },
  {
    aspect: "The person",
    concept: "irregular",
    status: "position",
    label: "Not a Protocol crime",
    text: "Neither Protocol makes it a crime; national law may",
    instrument: S,
    article: "art. 6(4)",
  },
];

export interface DefinitionsSeries {
  aspects: string[];
  concepts: Concept[];
  cells: (DefinitionCell & { instrumentName: string; source_ids: string[] })[];
}

const shortInstrument = (i: Instrument) =>
  i.id === T
    ? "Trafficking Protocol"
    : i.id === S
      ? "Smuggling Protocol"
      : i.id === U
        ? "UN Convention against Transnational Organized Crime"
        : i.name;

const chart: ChartModule<DefinitionsSeries> = {
  id: "definitions-compared",
  kind: "chart",
  numberKind: "no_figures",
  datasets: ["instruments"],
  prepare(data) {
    const byId = new Map(data.instruments.map((i) => [i.id, i]));
    // A cell is drawn only when the instrument it restates is in the data, so every cell has a source.
    const cells = DEFINITIONS.filter((c) => byId.has(c.instrument)).map((c) => {
      const i = byId.get(c.instrument)!;
      return { ...c, instrumentName: shortInstrument(i), source_ids: i.source_ids };
    });
    const aspects = [...new Set(cells.map((c) => c.aspect))];
    const concepts = (Object.keys(CONCEPTS) as Concept[]).filter((k) => cells.some((c) => c.concept === k));
    return { aspects, concepts, cells };
  },
  describe({ aspects, concepts, cells }) {
    const lines = aspects.map((a) => {
      const bits = concepts.map((k) => {
        const c = cells.find((d) => d.aspect === a && d.concept === k);
        return c ? `${CONCEPTS[k].short.toLowerCase()}: ${statusOf(c).toLowerCase()} (${c.text})` : "";
      });
      return `${a}. ${bits.filter(Boolean).join("; ")}.`;
    });
    return `Comparison table of ${concepts.map((k) => CONCEPTS[k].label.toLowerCase()).join(", ")}. ${lines.join(" ")}`;
  },
  sources: ({ cells }) => sourcesOf(cells),
  render({ aspects, concepts, cells }, { width, document: doc }) {
    const narrow = width < 560;
    const svg = svgRoot(doc, width, 100, "definitions-compared");
    const lh = 15;
    let y = 0;
    const glyph = (c: DefinitionCell, x: number, yy: number) => {
      const color = `var(${CONCEPTS[c.concept].color})`;
      if (c.status === "required") return el(doc, "circle", { cx: x + 6, cy: yy - 4, r: 5, fill: color });
      if (c.status === "irrelevant" || c.status === "position")
        return el(doc, "rect", {
          x: x + 1,
          y: yy - 9,
          width: 10,
          height: 10,
          fill: "none",
          stroke: color,
          "stroke-width": 2,
          transform: `rotate(45 ${x + 6} ${yy - 4})`,
        });
      return el(doc, "circle", {
        cx: x + 6,
        cy: yy - 4,
        r: 4.5,
        fill: "none",
        stroke: color,
        "stroke-width": 1.5,
      });
    };
    const cellBlock = (c: (typeof cells)[number], x: number, y0: number, w: number) => {
      const g = el(doc, "g", { class: `def-cell concept-${c.concept}` });
      const textLines = wrap(c.text, charsIn(w - 4, 12));
      const h = 8 + lh + textLines.length * lh + 6;
      const bg = el(doc, "rect", {
        x,
        y: y0,
        width: w,
        height: h,
        class: "def-cell-bg",
        fill: "var(--fg)",
        "fill-opacity": 0.03,
      });
      tip(
        bg,
        `${CONCEPTS[c.concept].label}, ${c.aspect.toLowerCase()}: ${c.text}. ${c.instrumentName}, ${c.article}.`,
        `${c.aspect}|${c.concept}`,
      );
      g.append(bg, glyph(c, x + 4, y0 + 8 + lh - 3));
      g.append(el(doc, "text", { x: x + 20, y: y0 + 8 + lh - 3, class: "def-status" }, statusOf(c)));
      g.append(multiline(doc, textLines, x + 4, y0 + 8 + 2 * lh - 2, lh, { class: "def-text" }));
      return { g, h };
    };
    if (!narrow) {
      const labelW = 104;
      const colW = (width - labelW) / concepts.length;
      concepts.forEach((k, i) => {
        const x = labelW + i * colW;
        svg.append(
          el(doc, "rect", { x: x + 2, y: 0, width: colW - 4, height: 4, fill: `var(${CONCEPTS[k].color})` }),
        );
        svg.append(
          multiline(doc, wrap(CONCEPTS[k].label, charsIn(colW - 8, 13)), x + 4, 22, 16, {
            class: "col-head",
          }),
        );
      });
      y = 50;
      for (const a of aspects) {
        const blocks = concepts.map((k, i) => {
          const c = cells.find((d) => d.aspect === a && d.concept === k);
          return c ? cellBlock(c, labelW + i * colW + 2, y, colW - 4) : undefined;
        });
        const h = Math.max(...blocks.map((b) => b?.h ?? 0));
        svg.append(el(doc, "line", { x1: 0, x2: width, y1: y - 3, y2: y - 3, stroke: "var(--rule)" }));
        svg.append(multiline(doc, wrap(a, 13), 0, y + lh + 5, lh, { class: "row-head" }));
        for (const b of blocks) if (b) svg.append(b.g);
        y += h + 6;
      }
    } else {
      const labelW = 0;
      for (const a of aspects) {
        svg.append(el(doc, "line", { x1: 0, x2: width, y1: y + 2, y2: y + 2, stroke: "var(--rule)" }));
        svg.append(el(doc, "text", { x: 0, y: y + 20, class: "row-head" }, a));
        y += 28;
        for (const k of concepts) {
          const c = cells.find((d) => d.aspect === a && d.concept === k);
          if (!c) continue;
          svg.append(
            el(doc, "rect", { x: labelW, y, width: 4, height: 14, fill: `var(${CONCEPTS[k].color})` }),
          );
          svg.append(
            el(doc, "text", { x: labelW + 10, y: y + 11, class: "concept-label" }, CONCEPTS[k].short),
          );
          const b = cellBlock(c, labelW, y + 14, width - labelW);
          svg.append(b.g);
          y += 14 + b.h + 6;
        }
      }
    }
    const height = Math.ceil(y + 4);
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    return svg;
  },
  rows: ({ cells }) =>
    cells.map((c) => ({
      element: c.aspect,
      concept: CONCEPTS[c.concept].label,
      status: statusOf(c),
      what_the_treaty_says: c.text,
      instrument: c.instrumentName,
      article: c.article,
      source_ids: c.source_ids.join(";"),
    })),
  legend: ({ concepts }) => concepts.map((k) => ({ label: CONCEPTS[k].label, color: CONCEPTS[k].color })),
  notes: () => [
    "Filled dot: the element is part of the definition. Open ring: it is not. Diamond: the treaty sets the element aside (consent), or the row is about the person's position in law rather than the offence.",
    "Cells restate the treaty texts in plain words; the Protocols' own wording governs. Irregular migration has no definition of its own in these treaties: its row draws on the Smuggling Protocol's meaning of 'illegal entry'.",
    "In India the trafficking offence is now section 143 of the Bharatiya Nyaya Sanhita, which replaced IPC section 370 on 1 July 2024.",
  ],
  hint: (ctx) => ctx.t.hints["definitions-compared"],
};

export default chart;
