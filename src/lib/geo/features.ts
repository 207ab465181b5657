/**
 * What a map frame draws, taken from the datasets: the places inside the frame, the documented route
 * segments with an end inside it, twin towns at crossings, border segments and (for the actors states)
 * the organisations on a corridor. Pure: rows in, typed features out.
 */
import { geoDistance } from "d3-geo";
import type { Datasets } from "../data/datasets.ts";
import type { Corridor, Place, Route } from "../data/schemas.ts";
import type { ActorKind, Exploitation, Force, Regime } from "../data/vocab.ts";
import type { Ctx } from "../context.ts";
import { FRAMES, inView, type Frame, type FrameId } from "./frames.ts";
import type { LayerId, MapState } from "./states.ts";

const EARTH_KM = 6371.0088;

export const PLACE_LAYER: Record<Place["kind"], LayerId> = {
  land_port: "crossings",
  border_town: "crossings",
  transit_hub: "hubs",
  destination: "destinations",
  camp: "camps",
  source_area: "origins",
  sea_port: "ports",
};

export interface MapPlace {
  id: string;
  name: string;
  country: string;
  admin1?: string;
  kind: Place["kind"];
  layer: LayerId;
  lon: number;
  lat: number;
  corridors: Corridor[];
  /** Corridors of drawn routes that start or end here (the place shows whenever those routes do). */
  ends: Corridor[];
  source_ids: string[];
}

export interface MapRoute {
  id: string;
  corridor: Corridor;
  from: MapPlace;
  to: MapPlace;
  fromIn: boolean;
  toIn: boolean;
  mode: Route["mode"];
  kind: Route["kind"];
  exploitation: Exploitation[];
  period?: string;
  source_ids: string[];
}

export interface MapTwin {
  id: string;
  a: MapPlace;
  b: MapPlace;
}

export interface MapBorder {
  id: string;
  neighbour: string;
  state: string;
  length_km?: number;
  guarded_by: Force;
  regime: Regime;
  source_ids: string[];
}

export interface MapActor {
  id: string;
  name: string;
  kind: ActorKind;
  base?: string;
  source_ids: string[];
}

export interface FrameFeatures {
  frame: Frame;
  places: MapPlace[];
  /** Destinations outside the frame, shown as pointers at its edge (overview only). */
  offFrame: MapPlace[];
  routes: MapRoute[];
  twins: MapTwin[];
  borders: MapBorder[];
}

const toMapPlace = (p: Place): MapPlace => ({
  id: p.id,
  name: p.name,
  country: p.country,
  ...(p.admin1 ? { admin1: p.admin1 } : {}),
  kind: p.kind,
  layer: PLACE_LAYER[p.kind],
  lon: p.lon,
  lat: p.lat,
  corridors: [...p.corridors],
  ends: [],
  source_ids: [...p.source_ids],
});

/** Great-circle distance in km. */
export const km = (a: { lon: number; lat: number }, b: { lon: number; lat: number }): number =>
  geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_KM;

/** The overview draws only the long legs of routes: the shorter ones belong to the corridor maps. */
const LONG_LEG_KM = 400;

/** Everything a frame draws, whatever the state: states only show, hide and highlight it. */
export function frameFeatures(
  frameId: FrameId,
  data: Pick<Datasets, "places" | "routes" | "borders">,
): FrameFeatures {
  const frame = FRAMES[frameId];
  const byId = new Map(data.places.map((p) => [p.id, toMapPlace(p)]));
  const within = (p: MapPlace) => inView(frame, p.lon, p.lat);
  const routes: MapRoute[] = [];
  for (const r of data.routes) {
    if (!frame.corridors.includes(r.corridor)) continue;
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    if (!from || !to) continue;
    const fromIn = within(from);
    const toIn = within(to);
    if (!fromIn && !toIn) continue;
    if (frameId === "overview" && km(from, to) < LONG_LEG_KM) continue;
    routes.push({
      id: r.id,
      corridor: r.corridor,
      from,
      to,
      fromIn,
      toIn,
      mode: r.mode,
      kind: r.kind,
      exploitation: r.exploitation.filter((e) => e !== "none_reported"),
      ...(r.period ? { period: r.period } : {}),
      source_ids: [...r.source_ids],
    });
    for (const [p, inside] of [
      [from, fromIn],
      [to, toIn],
    ] as const)
      if (inside && !p.ends.includes(r.corridor)) p.ends.push(r.corridor);
  }
  const shownKind = (p: MapPlace) =>
    frameId === "overview" ? p.kind === "destination" : p.corridors.some((c) => frame.corridors.includes(c));
  const places = [...byId.values()].filter((p) => within(p) && (shownKind(p) || p.ends.length > 0));
  const offFrame =
    frameId === "overview" ? [...byId.values()].filter((p) => p.kind === "destination" && !within(p)) : [];

  // Twin towns: a crossing point and the nearest town across the border within 30 km.
  const twins: MapTwin[] = [];
  const crossings = places.filter((p) => p.layer === "crossings");
  for (const a of crossings.filter((p) => p.country === "IND")) {
    const across = crossings
      .filter((b) => b.country !== a.country)
      .map((b) => ({ b, d: km(a, b) }))
      .filter((x) => x.d <= 30)
      .sort((x, y) => x.d - y.d)[0];
    if (across) twins.push({ id: `twin-${a.id}-${across.b.id}`, a, b: across.b });
  }
  const borders: MapBorder[] = data.borders
    .filter((b) => b.state && !b.alt_of)
    .map((b) => ({
      id: b.id,
      neighbour: b.neighbour,
      state: b.state!,
      ...(b.length_km !== undefined ? { length_km: b.length_km } : {}),
      guarded_by: b.guarded_by,
      regime: b.regime,
      source_ids: [...b.source_ids],
    }));
  return { frame, places, offFrame, routes, twins, borders };
}

/** The parts of a frame a state shows: the same rule the stylesheet applies to the drawing. */
export function visibleIn(state: MapState, f: FrameFeatures) {
  const layers = new Set(state.layers);
  const routeSet = new Set(state.routes);
  const routes = f.routes.filter((r) => routeSet.has(r.corridor));
  const places = f.places.filter((p) => layers.has(p.layer) || p.ends.some((c) => routeSet.has(c)));
  const twins = layers.has("twins") ? f.twins : [];
  const borders = layers.has("borders") ? f.borders : [];
  const offFrame = layers.has("offframe") ? f.offFrame : [];
  return { routes, places, twins, borders, offFrame };
}

export const placeTip = (p: MapPlace, ctx: Ctx): string =>
  ctx.t.maps.tip.place(
    p.name,
    [p.admin1 ? ctx.admin1(p.admin1) : "", ctx.country(p.country)].filter(Boolean).join(", "),
    ctx.t.vocab.placeKind[p.kind].one,
    p.corridors.map((c) => ctx.t.vocab.corridor[c]).join(", "),
    p.source_ids.join(", "),
  );

export const routeTip = (r: MapRoute, ctx: Ctx): string =>
  ctx.t.maps.tip.route(
    r.from.name,
    r.to.name,
    ctx.t.vocab.routeKind[r.kind],
    ctx.t.maps.tip.routeDetail(
      r.exploitation.map((e) => ctx.t.vocab.exploitation[e]).join(", "),
      ctx.t.vocab.mode[r.mode],
      r.period ?? "",
    ),
    ctx.t.vocab.corridor[r.corridor],
    r.source_ids.join(", "),
  );

export const borderTip = (b: MapBorder, ctx: Ctx): string =>
  ctx.t.maps.tip.border(
    ctx.country(b.neighbour),
    ctx.admin1(b.state),
    b.length_km !== undefined ? ctx.fmt.km(b.length_km) : "",
    ctx.t.vocab.force[b.guarded_by],
    ctx.t.vocab.regime[b.regime],
    b.source_ids.join(", "),
  );

export const actorsOf = (data: Pick<Datasets, "actors">, corridor: Corridor): MapActor[] =>
  data.actors
    .filter((a) => a.corridors.includes(corridor))
    .map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      ...(a.base ? { base: a.base } : {}),
      source_ids: [...a.source_ids],
    }));
