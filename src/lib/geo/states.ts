/**
 * The map-state registry: every shareable view of a map frame, as a plain typed object. A state names
 * its frame, an optional sub-extent (its view box), the layers it shows, how border segments are styled,
 * the route corridors it draws and the features it highlights. Each state becomes one registry entry
 * (src/lib/charts/catalogue-maps.ts) with the same id; the essay and the slides refer to these ids.
 */
import type { Corridor } from "../data/schemas.ts";
import type { Extent, FrameId } from "./frames.ts";

/** Layers a state can switch on. Countries, boundary lines and disputed lines are always drawn. */
export const LAYERS = [
  "admin1",
  "borders",
  "crossings",
  "twins",
  "hubs",
  "destinations",
  "camps",
  "origins",
  "ports",
  "offframe",
  "regions",
] as const;
export type LayerId = (typeof LAYERS)[number];

export interface MapState {
  id: string;
  frame: FrameId;
  /** A sub-extent to show; the whole frame when absent. */
  view?: Extent;
  layers: readonly LayerId[];
  /** Route corridors drawn (each route keeps its places visible). */
  routes: readonly Corridor[];
  /** How border segments are styled when the borders layer is on. */
  borderStyle?: "regime" | "force";
  /** For the actors states: the corridor whose organisations are listed. */
  actors?: Corridor;
  /** Ids of highlighted features: ISO3 countries, ISO 3166-2 units, place, route or border-segment ids. */
  highlight: readonly string[];
}

const BD_STATES = ["IN-WB", "IN-AS", "IN-ML", "IN-TR", "IN-MZ"];
const NP_STATES = ["IN-UK", "IN-UP", "IN-BR", "IN-WB", "IN-SK"];
const MM_STATES = ["IN-AR", "IN-NL", "IN-MN", "IN-MZ"];

export const MAP_STATES: readonly MapState[] = [
  {
    id: "map-overview",
    frame: "overview",
    layers: [],
    routes: [],
    highlight: ["BGD", "NPL", "MMR", "IND"],
  },
  {
    id: "map-destinations",
    frame: "overview",
    layers: ["destinations", "offframe"],
    routes: ["bd", "np", "in"],
    highlight: ["delhi", "mumbai", "pune", "bengaluru"],
  },
  {
    id: "map-bd-border",
    frame: "bd",
    layers: ["admin1", "borders"],
    routes: [],
    borderStyle: "regime",
    highlight: [...BD_STATES, "bd-in-wb", "bd-in-as", "bd-in-ml", "bd-in-tr", "bd-in-mz"],
  },
  {
    id: "map-bd-crossings",
    frame: "bd",
    layers: ["admin1", "borders", "crossings", "twins"],
    routes: [],
    borderStyle: "regime",
    highlight: ["petrapole", "benapole", "agartala", "dawki"],
  },
  {
    id: "map-bd-routes",
    frame: "bd",
    layers: ["admin1", "hubs", "origins"],
    routes: ["bd", "in"],
    highlight: ["bd-benapole-petrapole", "bd-comilla-agartala", "in-bangaon-howrah"],
  },
  {
    id: "map-bd-actors",
    frame: "bd",
    layers: ["admin1", "borders"],
    routes: [],
    borderStyle: "force",
    actors: "bd",
    highlight: ["IND", "BGD"],
  },
  {
    id: "map-np-border",
    frame: "np",
    layers: ["admin1", "borders"],
    routes: [],
    borderStyle: "regime",
    highlight: [...NP_STATES, "np-in-uk", "np-in-up", "np-in-br", "np-in-wb", "np-in-sk"],
  },
  {
    id: "map-np-crossings",
    frame: "np",
    layers: ["admin1", "borders", "crossings", "twins"],
    routes: [],
    borderStyle: "regime",
    highlight: ["raxaul", "birgunj", "jogbani", "biratnagar", "banbasa", "mahendranagar"],
  },
  {
    id: "map-np-routes",
    frame: "np",
    layers: ["admin1", "crossings"],
    routes: ["np"],
    highlight: ["np-birgunj-raxaul", "np-nepalgunj-delhi"],
  },
  {
    id: "map-np-actors",
    frame: "np",
    layers: ["admin1", "borders"],
    routes: [],
    borderStyle: "force",
    actors: "np",
    highlight: ["IND", "NPL"],
  },
  {
    id: "map-mm-border",
    frame: "mm",
    layers: ["admin1", "borders"],
    routes: [],
    borderStyle: "regime",
    highlight: [...MM_STATES, "MM-11", "MM-01", "MM-14", "mm-in-ar", "mm-in-nl", "mm-in-mn", "mm-in-mz"],
  },
  {
    id: "map-mm-crossings",
    frame: "mm",
    layers: ["admin1", "borders", "crossings", "twins"],
    routes: [],
    borderStyle: "regime",
    highlight: ["moreh", "tamu", "zokhawthar", "rikhawdar"],
  },
  {
    id: "map-mm-routes",
    frame: "mm",
    layers: ["admin1", "crossings", "destinations"],
    routes: ["mm"],
    highlight: ["mm-tamu-moreh", "mm-rikhawdar-zokhawthar"],
  },
  {
    id: "map-mm-actors",
    frame: "mm",
    layers: ["admin1", "borders"],
    routes: [],
    borderStyle: "force",
    actors: "mm",
    highlight: ["IND", "MMR"],
  },
  {
    id: "map-sea-routes",
    frame: "sea",
    layers: ["ports", "origins", "destinations", "hubs", "camps"],
    routes: ["sea"],
    highlight: ["sea-coxs-bazar-satun", "sea-coxs-bazar-langsa", "sea-coxs-bazar-kuah"],
  },
  {
    id: "map-sea-camps",
    frame: "bd",
    view: [
      [89.8, 19.9],
      [93.6, 23.6],
    ],
    layers: ["admin1", "camps", "ports", "origins"],
    routes: ["sea"],
    highlight: ["kutupalong", "MM-16", "sea-maungdaw-teknaf"],
  },
  {
    id: "map-world",
    frame: "world",
    layers: ["regions"],
    routes: [],
    highlight: ["IND", "BGD", "NPL", "MMR", "LBY", "TUN", "ITA", "GRC", "GTM", "HND", "SLV", "MEX", "USA"],
  },
];

/** Region labels for the world frame (their words are in the dictionary, `maps.region`). */
export const REGION_LABELS: readonly { id: string; lon: number; lat: number }[] = [
  { id: "region-mediterranean", lon: 14, lat: 40.5 },
  { id: "region-northern-triangle", lon: -88, lat: 19 },
  { id: "region-south-asia", lon: 84, lat: 33 },
];

export const mapStateIds: readonly string[] = MAP_STATES.map((s) => s.id);

export function getMapState(id: string): MapState {
  const s = MAP_STATES.find((x) => x.id === id);
  if (!s) throw new Error(`unknown map state "${id}" (known: ${mapStateIds.join(", ")})`);
  return s;
}
