/**
 * Who does what against trafficking: each organisation or agency against the "4 Ps" (prevention,
 * protection, prosecution, partnership), grouped by level. Rows carry `data-level` and `data-corridors`
 * so a small filter on the page can dim the rows that do not match, without any chart code in the browser.
 */
import { COUNTRIES, isIso3 } from "../data/countries.ts";
import { LEVELS as LEVEL_IDS, ROLES, type Actor, type Relation } from "../data/schemas.ts";
import { el, svgRoot, tip, charsIn } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

type Role = (typeof ROLES)[number];
type Level = (typeof LEVEL_IDS)[number];

const ROLE_LABELS: Record<Role, string> = {
  prevention: "Prevention",
  protection: "Protection",
  prosecution: "Prosecution",
  partnership: "Partnership",
};
const ROLE_COLORS: Record<Role, string> = {
  prevention: "--cat-3",
  protection: "--cat-1",
  prosecution: "--cat-2",
  partnership: "--cat-4",
};
export const LEVEL_LABELS: Record<Level, string> = {
  international: "International",
  regional: "Regional",
  national: "National",
  state: "State",
  local: "Local",
};
export const CORRIDOR_LABELS: Record<string, string> = {
  bd: "India–Bangladesh",
  np: "India–Nepal",
  mm: "India–Myanmar",
  sea: "Bay of Bengal",
  in: "Within India",
  world: "Elsewhere (comparison)",
};
const RELATION_WORDS: Record<Relation["relation"], string> = {
  administers: "administers",
  party_to: "is party to",
  implements: "implements",
  funds: "funds",
  partners_with: "works with",
  monitors: "monitors",
  guards: "guards",
  member_of: "is a member of",
  operates_in: "works in",
};

export interface ActorRow {
  id: string;
  name: string;
  label: string;
  level: Level;
  base?: string;
  roles: Role[];
  corridors: string[];
  links: string[];
  source_ids: string[];
  note: string;
}

export interface ActorsSeries {
  actors: ActorRow[];
}

/** The acronym in brackets when the name has one ("… (UNODC)"), else the name up to its first comma. */
export const labelOf = (name: string): string => {
  const m = /\(([A-Z][A-Za-z]{1,7})\)\s*$/.exec(name);
  if (m) return m[1]!;
  const [head, ...rest] = name.split(",");
  // Two ministries share a name: say whose government.
  const gov = /Government of ([A-Z][a-z]+)/.exec(rest.join(","));
  return `${head!.replace(/\s*\(.*\)\s*$/, "").trim()}${gov ? ` (${gov[1]})` : ""}`;
};

const chart: ChartModule<ActorsSeries> = {
  id: "actors-roles",
  kind: "chart",
  numberKind: "no_figures",
  datasets: ["actors", "relations", "instruments"],
  controls(series, ctx) {
    const levels = LEVEL_IDS.filter((l) => series.actors.some((a) => a.level === l));
    const corridors = Object.keys(CORRIDOR_LABELS).filter((c) =>
      series.actors.some((a) => a.corridors.includes(c)),
    );
    return [
      {
        kind: "filter",
        attribute: "level",
        label: ctx.t.controls.level,
        options: levels.map((l) => ({ value: l, label: LEVEL_LABELS[l] })),
      },
      {
        kind: "filter",
        attribute: "corridors",
        label: ctx.t.controls.corridor,
        options: corridors.map((c) => ({ value: c, label: CORRIDOR_LABELS[c]! })),
      },
    ];
  },
  prepare(data) {
    const names = new Map<string, string>([
      ...data.actors.map((a) => [a.id, labelOf(a.name)] as const),
      ...data.instruments.map((i) => [i.id, i.name.split(":")[0]!.split(" (")[0]!] as const),
      ...Object.entries(CORRIDOR_LABELS).map(([k, v]) => [k, `the ${v} corridor`] as const),
    ]);
    const order = (a: Actor) => LEVEL_IDS.indexOf(a.level);
    const actors = [...data.actors]
      .sort((a, b) => order(a) - order(b))
      .map((a) => {
        const rels = data.relations.filter((r) => r.from === a.id);
        return {
          id: a.id,
          name: a.name,
          label: labelOf(a.name),
          level: a.level,
          base: a.base,
          roles: ROLES.filter((r) => a.roles.includes(r)),
          corridors: a.corridors,
          links: rels.map((r) => `${RELATION_WORDS[r.relation]} ${names.get(r.to) ?? r.to}`),
          source_ids: [...new Set([...a.source_ids, ...rels.flatMap((r) => r.source_ids)])],
          note: a.note ?? "",
        };
      });
    return { actors };
  },
  describe({ actors }) {
    const count = (r: Role) => actors.filter((a) => a.roles.includes(r)).length;
    const levels = LEVEL_IDS.filter((l) => actors.some((a) => a.level === l)).map(
      (l) => `${actors.filter((a) => a.level === l).length} ${LEVEL_LABELS[l].toLowerCase()}`,
    );
    const none = actors.filter((a) => !a.roles.length).map((a) => a.label);
    const all = actors.filter((a) => a.roles.length === ROLES.length).map((a) => a.label);
    return `Matrix of ${actors.length} actors (${levels.join(", ")}) against the four Ps. ${ROLES.map((r) => `${ROLE_LABELS[r]}: ${count(r)} actors`).join("; ")}.${all.length ? ` Active in all four: ${all.join(", ")}.` : ""}${none.length ? ` No role sourced for ${none.join(", ")}.` : ""}`;
  },
  sources: ({ actors }) => sourcesOf(actors),
  render({ actors }, { width, document: doc }) {
    const narrow = width < 480;
    const colW = narrow ? 30 : 44;
    const corrW = narrow ? 0 : 110;
    const labelW = width - ROLES.length * colW - corrW - 8;
    const rowH = 20;
    const top = 86;
    const svg = svgRoot(doc, width, 100, "actors-roles");
    ROLES.forEach((r, j) => {
      const cx = labelW + j * colW + colW / 2;
      svg.append(
        el(
          doc,
          "text",
          { x: cx + 4, y: top - 8, transform: `rotate(-90 ${cx + 4} ${top - 8})`, class: "col-head small" },
          ROLE_LABELS[r],
        ),
      );
    });
    if (corrW)
      svg.append(el(doc, "text", { x: width - corrW + 8, y: top - 8, class: "col-head small" }, "Corridors"));
    let y = top;
    let level: Level | undefined;
    for (const a of actors) {
      if (a.level !== level) {
        level = a.level;
        y += 6;
        svg.append(
          el(
            doc,
            "text",
            { x: 0, y: y + 13, class: "row-head", "data-level": a.level },
            LEVEL_LABELS[a.level],
          ),
        );
        y += 20;
      }
      const g = el(doc, "g", {
        class: "actor-row",
        "data-level": a.level,
        "data-corridors": a.corridors.join(" "),
        "data-actor": a.id,
        "data-filter-row": "",
      });
      g.append(
        el(doc, "rect", {
          x: 0,
          y,
          width,
          height: rowH,
          class: "row-band",
          fill: "var(--fg)",
          "fill-opacity": 0,
        }),
      );
      const max = charsIn(labelW - 8, 12);
      const label = a.label.length > max ? `${a.label.slice(0, max - 1)}…` : a.label;
      const base =
        a.base && isIso3(a.base) ? ` Based in ${COUNTRIES[a.base as keyof typeof COUNTRIES].name}.` : "";
      const rowTip = `${a.name}.${base} ${a.roles.length ? `Roles: ${a.roles.join(", ")}.` : "No role sourced."}${a.links.length ? ` It ${a.links.join("; ")}.` : ""}`;
      g.append(tip(el(doc, "text", { x: 0, y: y + 14, class: "row-label" }, label), rowTip, a.id));
      ROLES.forEach((r, j) => {
        const cx = labelW + j * colW + colW / 2;
        if (a.roles.includes(r)) {
          g.append(
            el(doc, "rect", {
              x: cx - colW / 2 + 2,
              y: y + 2,
              width: colW - 4,
              height: rowH - 4,
              rx: 3,
              fill: `var(${ROLE_COLORS[r]})`,
              class: "role-cell",
            }),
          );
        } else {
          g.append(
            el(doc, "circle", { cx, cy: y + rowH / 2, r: 1.5, fill: "var(--fg-soft)", class: "role-empty" }),
          );
        }
      });
      if (corrW)
        g.append(
          el(
            doc,
            "text",
            { x: width - corrW + 8, y: y + 14, class: "corridor-codes" },
            a.corridors.join(" · ") || "–",
          ),
        );
      svg.append(g);
      y += rowH;
    }
    const height = Math.ceil(y + 6);
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    return svg;
  },
  rows: ({ actors }) =>
    actors.map((a) => ({
      actor: a.name,
      level: LEVEL_LABELS[a.level],
      prevention: a.roles.includes("prevention") ? "yes" : "",
      protection: a.roles.includes("protection") ? "yes" : "",
      prosecution: a.roles.includes("prosecution") ? "yes" : "",
      partnership: a.roles.includes("partnership") ? "yes" : "",
      corridors: a.corridors.join(";"),
      links: a.links.join("; "),
      source_ids: a.source_ids.join(";"),
    })),
  legend: () => ROLES.map((r) => ({ label: ROLE_LABELS[r], color: ROLE_COLORS[r] })),
  notes: ({ actors }) => [
    "A filled cell means a source we read describes that kind of work by the actor; an empty one means none was found, not that the actor does none.",
    "Corridors: bd India–Bangladesh, np India–Nepal, mm India–Myanmar, sea Bay of Bengal, in within India, world comparison cases elsewhere.",
    ...(actors.some((a) => !a.roles.length)
      ? ["Actors with no sourced role are kept because the story names them."]
      : []),
  ],
  hint: (ctx) => ctx.t.hints["actors-roles"],
};

export default chart;
