/**
 * Turns a map state (src/lib/geo/states.ts) into a registry entry: prepare takes the rows the state draws and
 * its frame's geometry (passed in with the data), describe and rows give the text alternative, render draws
 * the SVG. Every word comes from the locale's dictionary (`ctx.t.maps`, `ctx.t.vocab`).
 */
import type { Topology } from "topojson-specification";
import { corridorOfNeighbour, ROUTE_KINDS, FORCES, REGIMES, PLACE_KINDS } from "../../data/vocab.ts";
import { actorsOf, frameFeatures, visibleIn, type FrameFeatures, type MapActor } from "../../geo/features.ts";
import { assembleMap, drawMap } from "../../geo/draw-map.ts";
import type { MapState } from "../../geo/states.ts";
import type { Ctx } from "../../context.ts";
import type { ChartModule, LegendItem } from "../types.ts";

export interface MapSeries {
  state: MapState;
  features: FrameFeatures;
  topology: Topology;
  actors: MapActor[];
}

/** The outlines every map draws: Natural Earth, through the world-atlas package. */
const GEO_SOURCE = "natural-earth";

const count = (ctx: Ctx, n: number, forms: { one: string; other: string }) =>
  `${ctx.fmt.number(n)} ${n === 1 ? forms.one : forms.other}`;

function describeState({ state, features, actors }: MapSeries, ctx: Ctx): string {
  const d = ctx.t.maps.describe;
  const v = visibleIn(state, features);
  const parts: string[] = [ctx.figureText(state.id).description];
  if (v.borders.length) {
    const segs = v.borders.map((b) =>
      d.borderSegment(
        ctx.admin1(b.state),
        b.length_km !== undefined ? ctx.fmt.km(b.length_km) : undefined,
        state.borderStyle === "force"
          ? d.guardedBy(ctx.t.vocab.force[b.guarded_by])
          : ctx.t.vocab.regime[b.regime],
      ),
    );
    const byNeighbour = [...new Set(v.borders.map((b) => b.neighbour))];
    parts.push(d.borders(ctx.fmt.list(byNeighbour.map(ctx.country)), segs.join("; ")));
  }
  for (const k of [...new Set(v.places.map((p) => p.kind))]) {
    const ps = v.places.filter((p) => p.kind === k);
    parts.push(
      d.places(count(ctx, ps.length, ctx.t.vocab.placeKind[k]), ctx.fmt.list(ps.map((p) => p.name))),
    );
  }
  if (v.twins.length) parts.push(d.twins(v.twins.map((t) => d.pair(t.a.name, t.b.name)).join("; ")));
  if (v.routes.length) {
    const byKind = ROUTE_KINDS.map((k) => [k, v.routes.filter((r) => r.kind === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => d.routeKindCount(n, ctx.t.vocab.routeKind[k]));
    parts.push(
      d.routes(
        v.routes.length,
        byKind.join(", "),
        v.routes.map((r) => d.fromTo(r.from.name, r.to.name)).join("; "),
      ),
    );
    const leaving = v.routes.filter((r) => !r.toIn || !r.fromIn);
    if (leaving.length) parts.push(d.leaving(leaving.length));
  }
  if (v.offFrame.length) parts.push(d.beyond(ctx.fmt.list(v.offFrame.map((p) => p.name))));
  if (state.actors)
    parts.push(actors.length ? d.actors(actors.length, ctx.t.vocab.corridor[state.actors]) : d.noActors);
  const hl = state.highlight
    .map(
      (id) =>
        features.places.find((p) => p.id === id)?.name ??
        features.routes.find((r) => r.id === id)?.id ??
        (/^[A-Z]{2}-/.test(id) ? ctx.admin1(id) : /^[A-Z]{3}$/.test(id) ? ctx.country(id) : ""),
    )
    .filter(Boolean);
  if (hl.length && !v.routes.length) parts.push(d.highlighted(ctx.fmt.list([...new Set(hl)])));
  return parts.join(" ");
}

function rowsOf({ state, features, actors }: MapSeries, ctx: Ctx): Record<string, string | number>[] {
  const r_ = ctx.t.maps.row;
  const vocab = ctx.t.vocab;
  const v = visibleIn(state, features);
  const rows: Record<string, string | number>[] = [];
  for (const b of v.borders)
    rows.push({
      name: r_.border(ctx.country(b.neighbour), ctx.admin1(b.state)),
      kind: r_.borderSegment,
      corridor: vocab.corridor[corridorOfNeighbour(b.neighbour) ?? "in"],
      detail: `${b.length_km !== undefined ? `${ctx.fmt.km(b.length_km)}; ` : ""}${vocab.force[b.guarded_by]}; ${vocab.regime[b.regime]}`,
      source_ids: b.source_ids.join(";"),
    });
  for (const p of v.places)
    rows.push({
      name: p.name,
      kind: vocab.placeKind[p.kind].one,
      corridor: p.corridors.map((c) => vocab.corridor[c]).join("; "),
      detail: [p.admin1 ? ctx.admin1(p.admin1) : "", ctx.country(p.country)].filter(Boolean).join(", "),
      source_ids: p.source_ids.join(";"),
    });
  for (const p of v.offFrame)
    rows.push({
      name: p.name,
      kind: r_.beyondKind,
      corridor: p.corridors.map((c) => vocab.corridor[c]).join("; "),
      detail: ctx.country(p.country),
      source_ids: p.source_ids.join(";"),
    });
  for (const r of v.routes)
    rows.push({
      name: ctx.t.maps.describe.fromTo(r.from.name, r.to.name),
      kind: r_.route(vocab.routeKind[r.kind]),
      corridor: vocab.corridor[r.corridor],
      detail: [
        r_.by(vocab.mode[r.mode]),
        r.period ?? "",
        r.exploitation.map((e) => vocab.exploitation[e]).join(", "),
      ]
        .filter(Boolean)
        .join("; "),
      source_ids: r.source_ids.join(";"),
    });
  if (state.actors)
    for (const a of actors)
      rows.push({
        name: a.name,
        kind: r_.organisation(vocab.actorKind[a.kind]),
        corridor: vocab.corridor[state.actors],
        detail: a.base ? r_.basedIn(ctx.country(a.base)) : r_.baseUnknown,
        source_ids: a.source_ids.join(";"),
      });
  // A state that marks only countries (the overview, the world view) lists them, on Natural Earth's outlines.
  if (!rows.length)
    for (const id of state.highlight.filter((h) => /^[A-Z]{3}$/.test(h)))
      rows.push({
        name: ctx.country(id),
        kind: r_.countryMarked,
        corridor: "",
        detail: "",
        source_ids: GEO_SOURCE,
      });
  // Every map draws its countries on Natural Earth's outlines: the base map is a row of its own, so the table
  // cites exactly what the map draws.
  else
    rows.push({ name: r_.baseMap, kind: r_.baseMapKind, corridor: "", detail: "", source_ids: GEO_SOURCE });
  return rows;
}

function legendOf({ state, features }: MapSeries, ctx: Ctx): LegendItem[] {
  const l = ctx.t.maps.legend;
  const vocab = ctx.t.vocab;
  const v = visibleIn(state, features);
  const items: LegendItem[] = [];
  if (v.borders.length) {
    if (state.borderStyle === "force")
      for (const k of FORCES)
        if (v.borders.some((b) => b.guarded_by === k))
          items.push({ label: l.border(vocab.force[k]), color: `--map-force-${k}` });
    if (state.borderStyle !== "force")
      for (const k of REGIMES)
        if (v.borders.some((b) => b.regime === k))
          items.push({ label: l.border(vocab.regime[k]), color: `--map-regime-${k}` });
  }
  for (const k of ROUTE_KINDS)
    if (v.routes.some((r) => r.kind === k))
      items.push({ label: l.route(vocab.routeKind[k]), color: `--map-route-${k}` });
  for (const k of PLACE_KINDS)
    if (v.places.some((p) => p.kind === k)) {
      const one = vocab.placeKind[k].one;
      // The legend draws each kind as its marker is painted (layers/paint.ts): solid, ringed or the camps' colour.
      const solid = k === "land_port" || k === "destination";
      items.push({
        label: one[0]!.toUpperCase() + one.slice(1),
        color: k === "camp" ? "--map-route-displacement" : "--map-place",
        ...(solid || k === "camp" ? {} : { mark: "ring" as const }),
      });
    }
  if (state.highlight.some((id) => /^[A-Z]{3}$/.test(id) || /^[A-Z]{2}-/.test(id)))
    items.push({ label: l.highlighted, color: "--map-land-hl" });
  items.push({ label: l.disputed, color: "--map-disputed", mark: "dash" });
  return items;
}

/** The registry entry for one map state. */
export function mapModule(state: MapState): ChartModule<MapSeries> {
  return {
    id: state.id,
    numberKind: "locations",
    datasets: state.actors ? ["places", "routes", "borders", "actors"] : ["places", "routes", "borders"],
    kind: "map",
    hint: (ctx) => ctx.t.figure.mapHint,
    prepare(data, _ctx): MapSeries {
      const topology = data.maps?.[state.frame];
      if (!topology)
        throw new Error(`map state ${state.id}: no geometry for frame "${state.frame}" was passed in`);
      return {
        state,
        features: frameFeatures(state.frame, data),
        topology,
        actors: state.actors ? actorsOf(data, state.actors) : [],
      };
    },
    describe: describeState,
    sources(series) {
      const v = visibleIn(series.state, series.features);
      const ids = [
        ...v.borders,
        ...v.places,
        ...v.offFrame,
        ...v.routes,
        ...(series.state.actors ? series.actors : []),
      ].flatMap((x) => x.source_ids);
      return [...new Set([...ids, GEO_SOURCE])];
    },
    render(series, { width, document, ctx, variant }) {
      return assembleMap(drawMap({ ...series, width, document, ctx, variant }), document);
    },
    rows: rowsOf,
    legend: legendOf,
    notes: (_s, ctx) => [ctx.t.maps.boundaryNote, ctx.t.maps.attribution],
  };
}
