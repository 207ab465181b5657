/**
 * Who does what against trafficking: each organisation or agency against the "4 Ps" (prevention,
 * protection, prosecution, partnership), grouped by level. Rows carry `data-level` and `data-corridors`
 * so a small filter on the page can dim the rows that do not match, without any chart code in the browser.
 */
import { isIso3 } from "../data/countries.ts";
import { CORRIDORS, LEVELS as LEVEL_IDS, ROLES, type Actor } from "../data/schemas.ts";
import type { Corridor } from "../data/vocab.ts";
import { el, fit, setHeight, svgRoot, textWidth, tip, typeOf } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

type Role = (typeof ROLES)[number];
type Level = (typeof LEVEL_IDS)[number];

const ROLE_COLORS: Record<Role, string> = {
  prevention: "--cat-3",
  protection: "--cat-1",
  prosecution: "--cat-2",
  partnership: "--cat-4",
};

export interface ActorRow {
  id: string;
  name: string;
  label: string;
  level: Level;
  kind: Actor["kind"];
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

/** A view of only some actors (rows): what an essay step or a slide talks about. */
const only =
  (keep: (a: ActorRow) => boolean) =>
  (s: ActorsSeries): ActorsSeries => ({ actors: s.actors.filter(keep) });

const GOVERNMENT = new Set<Actor["kind"]>(["government", "law_enforcement"]);

const chart: ChartModule<ActorsSeries> = {
  id: "actors-roles",
  kind: "chart",
  numberKind: "no_figures",
  datasets: ["actors", "relations", "instruments"],
  views: {
    international: only((a) => a.level === "international"),
    regional: only((a) => a.level === "regional"),
    national: only((a) => a.level === "national"),
    "state-local": only((a) => a.level === "state" || a.level === "local"),
    "india-agencies": only((a) => a.base === "IND" && GOVERNMENT.has(a.kind)),
    "un-agencies": only((a) => a.kind === "un_agency"),
    ngos: only((a) => a.kind === "ngo"),
    bd: only((a) => a.corridors.includes("bd")),
    np: only((a) => a.corridors.includes("np")),
    mm: only((a) => a.corridors.includes("mm")),
    sea: only((a) => a.corridors.includes("sea")),
  },
  controls(series, ctx) {
    const levels = LEVEL_IDS.filter((l) => series.actors.some((a) => a.level === l));
    const corridors = CORRIDORS.filter((c) => series.actors.some((a) => a.corridors.includes(c)));
    return [
      {
        kind: "filter",
        attribute: "level",
        label: ctx.t.controls.level,
        options: levels.map((l) => ({ value: l, label: ctx.t.vocab.level[l] })),
      },
      {
        kind: "filter",
        attribute: "corridors",
        label: ctx.t.controls.corridor,
        options: corridors.map((c) => ({ value: c, label: ctx.t.vocab.corridor[c] })),
      },
    ];
  },
  prepare(data, ctx) {
    const t = ctx.t.charts["actors-roles"];
    const names = new Map<string, string>([
      ...data.actors.map((a) => [a.id, labelOf(a.name)] as const),
      ...data.instruments.map((i) => [i.id, i.name.split(":")[0]!.split(" (")[0]!] as const),
      ...CORRIDORS.map((c) => [c, t.corridorTarget(ctx.t.vocab.corridor[c])] as const),
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
          kind: a.kind,
          base: a.base,
          roles: ROLES.filter((r) => a.roles.includes(r)),
          corridors: a.corridors,
          links: rels.map((r) => t.link(ctx.t.vocab.relation[r.relation], names.get(r.to) ?? r.to)),
          source_ids: [...new Set([...a.source_ids, ...rels.flatMap((r) => r.source_ids)])],
          note: a.note ?? "",
        };
      });
    return { actors };
  },
  describe({ actors }, ctx) {
    const t = ctx.t.charts["actors-roles"].describe;
    const count = (r: Role) => actors.filter((a) => a.roles.includes(r)).length;
    const levels = LEVEL_IDS.filter((l) => actors.some((a) => a.level === l)).map((l) =>
      t.level(actors.filter((a) => a.level === l).length, ctx.t.vocab.level[l]),
    );
    const none = actors.filter((a) => !a.roles.length).map((a) => a.label);
    const all = actors.filter((a) => a.roles.length === ROLES.length).map((a) => a.label);
    return [
      t.intro(actors.length, levels.join(", ")),
      `${ROLES.map((r) => t.role(ctx.t.vocab.role[r], count(r))).join("; ")}.`,
      ...(all.length ? [t.all(all.join(", "))] : []),
      ...(none.length ? [t.none(none.join(", "))] : []),
    ].join(" ");
  },
  sources: ({ actors }) => sourcesOf(actors),
  render({ actors }, { width, document: doc, variant, ctx }) {
    const t = ctx.t.charts["actors-roles"];
    const typo = typeOf(variant);
    const narrow = variant.size === "narrow";
    const colW = narrow ? Math.max(30, typo.small + 16) : 44;
    const corrW = narrow ? 0 : Math.ceil(textWidth("bd · np · mm · sea", typo.small)) + 16;
    const labelW = width - ROLES.length * colW - corrW - 8;
    const rowH = Math.round(typo.base * 1.7);
    const headW = Math.max(...ROLES.map((r) => textWidth(ctx.t.vocab.role[r], typo.small, 600)));
    const top = Math.ceil(headW) + 14;
    const svg = svgRoot(doc, width, 0, "actors-roles");
    const small = { class: "col-head small", "font-size": typo.small, "font-weight": 600 };
    ROLES.forEach((r, j) => {
      const cx = labelW + j * colW + colW / 2 + typo.small / 3;
      svg.append(
        el(
          doc,
          "text",
          { x: cx, y: top - 8, transform: `rotate(-90 ${cx} ${top - 8})`, ...small },
          ctx.t.vocab.role[r],
        ),
      );
    });
    if (corrW) svg.append(el(doc, "text", { x: width - corrW + 8, y: top - 8, ...small }, t.corridors));
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
            {
              x: 0,
              y: y + typo.head,
              class: "row-head",
              "data-level": a.level,
              "font-size": typo.head,
              "font-weight": 700,
            },
            ctx.t.vocab.level[a.level],
          ),
        );
        y += typo.lh(typo.head) + 4;
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
      const base = a.base && isIso3(a.base) ? t.basedIn(ctx.country(a.base)) : "";
      const roles = ctx.fmt.list(a.roles.map((r) => ctx.t.vocab.role[r].toLowerCase()));
      const rowTip = t.tip(a.name, base, roles, a.links.join("; "));
      const baseline = y + rowH / 2 + typo.base * 0.35;
      g.append(
        tip(
          el(
            doc,
            "text",
            { x: 0, y: baseline, class: "row-label", "font-size": typo.base },
            fit(a.label, labelW - 8, typo.base),
          ),
          rowTip,
        ),
      );
      ROLES.forEach((r, j) => {
        const cx = labelW + j * colW + colW / 2;
        g.append(
          a.roles.includes(r)
            ? el(doc, "rect", {
                x: cx - colW / 2 + 2,
                y: y + 2,
                width: colW - 4,
                height: rowH - 4,
                rx: 3,
                fill: `var(${ROLE_COLORS[r]})`,
                class: "role-cell",
              })
            : el(doc, "circle", {
                cx,
                cy: y + rowH / 2,
                r: 1.5,
                fill: "var(--fg-soft)",
                class: "role-empty",
              }),
        );
      });
      if (corrW)
        g.append(
          el(
            doc,
            "text",
            {
              x: width - corrW + 8,
              y: baseline,
              class: "corridor-codes",
              "font-size": typo.small,
              fill: "var(--fg-soft)",
            },
            a.corridors.join(" · ") || "–",
          ),
        );
      svg.append(g);
      y += rowH;
    }
    setHeight(svg, y + 6);
    return svg;
  },
  rows: ({ actors }, ctx) =>
    actors.map((a) => {
      const yes = (r: Role) => (a.roles.includes(r) ? ctx.t.charts.common.yes : "");
      return {
        actor: a.name,
        level: ctx.t.vocab.level[a.level],
        prevention: yes("prevention"),
        protection: yes("protection"),
        prosecution: yes("prosecution"),
        partnership: yes("partnership"),
        corridors: a.corridors.map((c) => ctx.t.vocab.corridor[c as Corridor] ?? c).join("; "),
        links: a.links.join("; "),
        source_ids: a.source_ids.join(";"),
      };
    }),
  legend: (_s, ctx) => ROLES.map((r) => ({ label: ctx.t.vocab.role[r], color: ROLE_COLORS[r] })),
  notes: ({ actors }, ctx) => {
    const t = ctx.t.charts["actors-roles"].notes;
    const shown = CORRIDORS.filter((c) => actors.some((a) => a.corridors.includes(c)));
    return [
      t.cells,
      t.corridors(shown.map((c) => t.corridor(c, ctx.t.vocab.corridor[c])).join(", ")),
      ...(actors.some((a) => !a.roles.length) ? [t.kept] : []),
    ];
  },
  hint: (ctx) => ctx.t.hints["actors-roles"],
};

export default chart;
