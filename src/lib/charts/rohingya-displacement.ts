/**
 * Rohingya displacement: where refugees from Myanmar are counted (Bangladesh's camps, Malaysia, India), and
 * how many set out across the Bay of Bengal and Andaman Sea each year and how many died or went missing.
 */
import type { Stat } from "../data/schemas.ts";
import { formatNumber } from "./format.ts";
import { el, svgRoot, tip, wrap, charsIn, multiline, panelTitle } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

/** The population counts drawn, in order, with what each one counts. Labels, not figures. */
const HOSTS: { subject: string; measure: string; label: string }[] = [
  {
    subject: "BGD",
    measure: "refugees_registered_camps_and_bhasan_char",
    label: "Bangladesh: registered in the Cox's Bazar camps and on Bhasan Char",
  },
  { subject: "MYS", measure: "rohingya_registered_unhcr", label: "Malaysia: registered with UNHCR" },
  { subject: "IND", measure: "rohingya_registered_unhcr_india", label: "India: registered with UNHCR" },
  { subject: "IND", measure: "rohingya_in_india_govt_estimate", label: "India: government estimate" },
];
const SEA = {
  set_out: {
    label: "Set out by sea",
    color: "--cat-1",
    measures: ["sea_crossing_attempts", "sea_departures"],
  },
  dead: { label: "Dead or missing at sea", color: "--cat-2", measures: ["sea_dead_or_missing"] },
} as const;
type SeaKind = keyof typeof SEA;

export interface HostBar {
  id: string;
  label: string;
  date: string;
  value: number;
  minimum: boolean;
  source_ids: string[];
}
export interface SeaBar {
  ids: string[];
  kind: SeaKind;
  year: number;
  value: number;
  /** "More than": at least one figure is a minimum count. */
  minimum: boolean;
  /** Built from part-year figures added together. */
  parts: number;
  source_ids: string[];
}
export interface RohingyaSeries {
  hosts: HostBar[];
  sea: SeaBar[];
}

const more = (b: { minimum: boolean }) => (b.minimum ? "more than " : "");
const monthYear = (d: string) => {
  const [y, m] = d.split("-");
  return m
    ? `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(m) - 1]} ${y}`
    : y!;
};

const chart: ChartModule<RohingyaSeries> = {
  id: "rohingya-displacement",
  kind: "chart",
  numberKind: "official_figure",
  datasets: ["rohingya"],
  prepare(data) {
    const rows = data.rohingya;
    const hosts = HOSTS.flatMap((h) => {
      const latest = rows
        .filter((r) => r.subject === h.subject && r.measure === h.measure && r.year)
        .sort((a, b) => b.year!.localeCompare(a.year!))[0];
      return latest
        ? [
            {
              id: latest.id,
              label: h.label,
              date: latest.year!,
              value: latest.value,
              minimum: latest.number_kind === "minimum_count",
              source_ids: latest.source_ids,
            },
          ]
        : [];
    });
    const sea: SeaBar[] = [];
    for (const kind of Object.keys(SEA) as SeaKind[]) {
      // Whole-year figures only (YYYY), or half-year departures (YYYY-MM) added up; a cumulative figure
      // ending mid-year (e.g. Jan 2020 – Jun 2021) overlaps the yearly ones and is left out.
      const own = rows.filter(
        (r) =>
          (SEA[kind].measures as readonly string[]).includes(r.measure) &&
          r.year &&
          (r.year.length === 4 || r.measure === "sea_departures"),
      );
      const years = [...new Set(own.map((r) => Number(r.year!.slice(0, 4))))].sort((a, b) => a - b);
      for (const year of years) {
        const list: Stat[] = own.filter((r) => Number(r.year!.slice(0, 4)) === year);
        sea.push({
          ids: list.map((r) => r.id),
          kind,
          year,
          value: list.reduce((t, r) => t + r.value, 0),
          minimum: list.some((r) => r.number_kind === "minimum_count"),
          parts: list.length,
          source_ids: [...new Set(list.flatMap((r) => r.source_ids))],
        });
      }
    }
    return { hosts, sea };
  },
  describe({ hosts, sea }) {
    const h = hosts.map((b) => `${b.label}, ${monthYear(b.date)}: ${more(b)}${formatNumber(b.value)}`);
    const years = [...new Set(sea.map((s) => s.year))];
    const s = years.map((y) => {
      const out = sea.find((b) => b.year === y && b.kind === "set_out");
      const dead = sea.find((b) => b.year === y && b.kind === "dead");
      return `${y}: ${out ? `${more(out)}${formatNumber(out.value)} set out` : "departures not sourced"}${dead ? `, ${more(dead)}${formatNumber(dead.value)} dead or missing` : ""}`;
    });
    return `Two bar charts. Where Rohingya are counted: ${h.join("; ")}. At sea in the Bay of Bengal and Andaman Sea: ${s.join("; ")}.`;
  },
  sources: ({ hosts, sea }) => sourcesOf([...hosts, ...sea]),
  render({ hosts, sea }, { width, document: doc }) {
    const narrow = width < 480;
    const svg = svgRoot(doc, width, 100, "rohingya-displacement");
    let y = 0;
    // Panel 1: counts by country, horizontal bars with the label above each bar.
    svg.append(panelTitle(doc, 0, y, "Where Rohingya refugees are counted"));
    y += 26;
    const maxH = Math.max(1, ...hosts.map((h) => h.value));
    const valueW = narrow ? 78 : 96;
    const barMax = width - valueW;
    for (const h of hosts) {
      const lines = wrap(`${h.label} (${monthYear(h.date)})`, charsIn(width, 12));
      svg.append(multiline(doc, lines, 0, y + 12, 14, { class: "row-label" }));
      y += lines.length * 14 + 2;
      const w = Math.max(2, (barMax * h.value) / maxH);
      svg.append(
        tip(
          el(doc, "rect", {
            x: 0,
            y,
            width: w,
            height: 14,
            fill: h.label.includes("government") ? "var(--cat-5)" : "var(--cat-3)",
          }),
          `${h.label}, ${monthYear(h.date)}: ${more(h)}${formatNumber(h.value)} people`,
          h.id,
        ),
      );
      svg.append(
        el(
          doc,
          "text",
          { x: w + 4, y: y + 11, class: "bar-label" },
          `${h.minimum ? ">" : ""}${formatNumber(h.value)}`,
        ),
      );
      y += 24;
    }
    // Panel 2: the sea, by year: two bars per year.
    y += 14;
    svg.append(panelTitle(doc, 0, y, "At sea: people who set out, and who died or went missing"));
    y += 24;
    const years = [...new Set(sea.map((s) => s.year))].sort((a, b) => a - b);
    const left = narrow ? 40 : 50;
    const chartH = narrow ? 170 : 200;
    const maxS = Math.max(1, ...sea.map((s) => s.value));
    const step = (width - left) / Math.max(1, years.length);
    const bw = Math.min(22, (step - 6) / 2);
    const base = y + chartH;
    const yScale = (v: number) => base - (chartH * v) / maxS;
    const ticks = niceTicks(maxS, 4);
    for (const t of ticks) {
      svg.append(
        el(doc, "line", {
          x1: left,
          x2: width,
          y1: yScale(t),
          y2: yScale(t),
          stroke: "var(--rule)",
          class: "grid",
        }),
      );
      svg.append(
        el(
          doc,
          "text",
          { x: left - 6, y: yScale(t) + 4, "text-anchor": "end", class: "tick" },
          formatNumber(t),
        ),
      );
    }
    years.forEach((yr, i) => {
      const cx = left + i * step + step / 2;
      (["set_out", "dead"] as const).forEach((k, j) => {
        const b = sea.find((s) => s.year === yr && s.kind === k);
        const x = cx - bw + j * bw;
        if (!b) {
          svg.append(
            el(
              doc,
              "text",
              { x: x + bw / 2, y: base - 4, "text-anchor": "middle", class: "missing-label" },
              "–",
            ),
          );
          return;
        }
        svg.append(
          tip(
            el(doc, "rect", {
              x: x + 0.5,
              y: yScale(b.value),
              width: bw - 1,
              height: base - yScale(b.value),
              fill: `var(${SEA[k].color})`,
            }),
            `${yr}: ${more(b)}${formatNumber(b.value)} ${k === "set_out" ? "set out by sea" : "dead or missing at sea"}${b.parts > 1 ? ` (${b.parts} part-year estimates added)` : ""}`,
            `${k}|${yr}`,
          ),
        );
      });
      svg.append(
        el(
          doc,
          "text",
          { x: cx, y: base + 14, "text-anchor": "middle", class: "tick" },
          narrow && years.length > 6 ? `’${String(yr).slice(2)}` : String(yr),
        ),
      );
    });
    svg.append(el(doc, "line", { x1: left, x2: width, y1: base, y2: base, stroke: "var(--fg-soft)" }));
    y = base + 22;
    const height = Math.ceil(y);
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    return svg;
  },
  rows: ({ hosts, sea }) => [
    ...hosts.map((h) => ({
      panel: "where counted",
      what: h.label,
      date: h.date,
      value: h.value,
      minimum: h.minimum ? "yes" : "",
      source_ids: h.source_ids.join(";"),
    })),
    ...sea.map((s) => ({
      panel: "at sea",
      what: SEA[s.kind].label,
      date: String(s.year),
      value: s.value,
      minimum: s.minimum ? "yes" : "",
      source_ids: s.source_ids.join(";"),
    })),
  ],
  legend: ({ sea, hosts }) => [
    ...(hosts.length ? [{ label: "Registered with UNHCR or the camp database", color: "--cat-3" }] : []),
    ...(hosts.some((h) => h.label.includes("government"))
      ? [{ label: "Government estimate", color: "--cat-5" }]
      : []),
    ...(Object.keys(SEA) as SeaKind[])
      .filter((k) => sea.some((s) => s.kind === k))
      .map((k) => ({ label: SEA[k].label, color: SEA[k].color })),
  ],
  notes: ({ hosts, sea }) => [
    "Counts of registered refugees leave out people who are not registered; India's government estimate and UNHCR's registrations count different things and disagree.",
    ...(sea.some((s) => s.minimum) || hosts.some((h) => h.minimum)
      ? ["Some figures are minimums ('more than …'); several are UNHCR's approximations."]
      : []),
    ...sea
      .filter((s) => s.parts > 1)
      .map((s) => `${s.year} adds ${s.parts} part-year estimates of departures.`),
    "A dash is a year with no sourced figure for that measure. Sea figures are UNHCR's, for the Bay of Bengal and Andaman Sea.",
  ],
};

/** Round tick values for a linear axis from 0 to max. */
function niceTicks(max: number, count: number): number[] {
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

export default chart;
