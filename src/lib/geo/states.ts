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
  title: string;
  subtitle: string;
  /** Opening of the text description; the rest is generated from what the state draws. */
  description: string;
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
    title: "India and its neighbours",
    subtitle: "The three land corridors into India: Bangladesh, Nepal and Myanmar",
    description:
      "Map of South Asia in country outlines, with Bangladesh, Nepal and Myanmar marked as the three land neighbours whose borders with India this essay follows.",
    layers: [],
    routes: [],
    highlight: ["BGD", "NPL", "MMR", "IND"],
  },
  {
    id: "map-destinations",
    frame: "overview",
    title: "Where the documented routes lead",
    subtitle: "Cities named as destinations, and the long legs of routes that sources describe",
    description:
      "Map of India and its neighbours showing the cities that sources name as destinations of people who were trafficked or smuggled, with the long-distance route legs that lead to them.",
    layers: ["destinations", "offframe"],
    routes: ["bd", "np", "in"],
    highlight: ["delhi", "mumbai", "pune", "bengaluru"],
  },
  {
    id: "map-bd-border",
    frame: "bd",
    title: "The India–Bangladesh border",
    subtitle: "Each Indian state's stretch of the border, styled by how it is fenced",
    description:
      "Map of the India–Bangladesh border, drawn state by state across West Bengal, Assam, Meghalaya, Tripura and Mizoram, with Bangladesh's divisions.",
    layers: ["admin1", "borders"],
    routes: [],
    borderStyle: "regime",
    highlight: [...BD_STATES, "bd-in-wb", "bd-in-as", "bd-in-ml", "bd-in-tr", "bd-in-mz"],
  },
  {
    id: "map-bd-crossings",
    frame: "bd",
    title: "Crossing points on the India–Bangladesh border",
    subtitle: "Official land ports and the towns facing them",
    description:
      "Map of the official crossing points on the India–Bangladesh border and the border towns around them.",
    layers: ["admin1", "borders", "crossings", "twins"],
    routes: [],
    borderStyle: "regime",
    highlight: ["petrapole", "benapole", "agartala", "dawki"],
  },
  {
    id: "map-bd-routes",
    frame: "bd",
    title: "Documented routes across the India–Bangladesh border",
    subtitle: "Route segments as sources describe them, from town to town",
    description:
      "Map of route segments across and beyond the India–Bangladesh border that sources document, each drawn from the town where it starts to the town where it ends.",
    layers: ["admin1", "hubs", "origins"],
    routes: ["bd", "in"],
    highlight: ["bd-benapole-petrapole", "bd-comilla-agartala", "in-bangaon-howrah"],
  },
  {
    id: "map-bd-actors",
    frame: "bd",
    title: "Who guards the India–Bangladesh border",
    subtitle: "Border segments by guarding force, and the organisations working on this corridor",
    description:
      "Map of the India–Bangladesh border coloured by the force that guards each stretch, with the organisations that sources place on this corridor listed by where they are based.",
    layers: ["admin1", "borders"],
    routes: [],
    borderStyle: "force",
    actors: "bd",
    highlight: ["IND", "BGD"],
  },
  {
    id: "map-np-border",
    frame: "np",
    title: "The India–Nepal border",
    subtitle: "An open border under the 1950 treaty, state by state",
    description:
      "Map of the India–Nepal border across Uttarakhand, Uttar Pradesh, Bihar, West Bengal and Sikkim, with Nepal's seven provinces.",
    layers: ["admin1", "borders"],
    routes: [],
    borderStyle: "regime",
    highlight: [...NP_STATES, "np-in-uk", "np-in-up", "np-in-br", "np-in-wb", "np-in-sk"],
  },
  {
    id: "map-np-crossings",
    frame: "np",
    title: "Crossing points on the India–Nepal border",
    subtitle: "Official land ports and their twin towns",
    description:
      "Map of the official crossing points on the India–Nepal border and the Nepali towns that face them.",
    layers: ["admin1", "borders", "crossings", "twins"],
    routes: [],
    borderStyle: "regime",
    highlight: ["raxaul", "birgunj", "jogbani", "biratnagar", "banbasa", "mahendranagar"],
  },
  {
    id: "map-np-routes",
    frame: "np",
    title: "Documented routes across the India–Nepal border",
    subtitle: "Route segments as sources describe them, from town to town",
    description:
      "Map of route segments across the India–Nepal border that sources document, from the border towns onward into India and beyond.",
    layers: ["admin1", "crossings"],
    routes: ["np"],
    highlight: ["np-birgunj-raxaul", "np-nepalgunj-delhi"],
  },
  {
    id: "map-np-actors",
    frame: "np",
    title: "Who guards the India–Nepal border",
    subtitle: "Border segments by guarding force, and the organisations working on this corridor",
    description:
      "Map of the India–Nepal border coloured by the force that guards it, with the organisations that sources place on this corridor listed by where they are based.",
    layers: ["admin1", "borders"],
    routes: [],
    borderStyle: "force",
    actors: "np",
    highlight: ["IND", "NPL"],
  },
  {
    id: "map-mm-border",
    frame: "mm",
    title: "The India–Myanmar border",
    subtitle: "Four Indian states and three Myanmar states and regions",
    description:
      "Map of the India–Myanmar border across Arunachal Pradesh, Nagaland, Manipur and Mizoram, facing Myanmar's Kachin State, Sagaing Region and Chin State.",
    layers: ["admin1", "borders"],
    routes: [],
    borderStyle: "regime",
    highlight: [...MM_STATES, "MM-11", "MM-01", "MM-14", "mm-in-ar", "mm-in-nl", "mm-in-mn", "mm-in-mz"],
  },
  {
    id: "map-mm-crossings",
    frame: "mm",
    title: "Crossing points on the India–Myanmar border",
    subtitle: "Moreh–Tamu and Zokhawthar–Rikhawdar",
    description: "Map of the crossing points on the India–Myanmar border and the Myanmar towns facing them.",
    layers: ["admin1", "borders", "crossings", "twins"],
    routes: [],
    borderStyle: "regime",
    highlight: ["moreh", "tamu", "zokhawthar", "rikhawdar"],
  },
  {
    id: "map-mm-routes",
    frame: "mm",
    title: "Documented movements across the India–Myanmar border",
    subtitle: "People fleeing the 2021 coup, as sources describe them",
    description:
      "Map of movements across the India–Myanmar border that sources document, from Myanmar towns into Manipur and Mizoram.",
    layers: ["admin1", "crossings", "destinations"],
    routes: ["mm"],
    highlight: ["mm-tamu-moreh", "mm-rikhawdar-zokhawthar"],
  },
  {
    id: "map-mm-actors",
    frame: "mm",
    title: "Who guards the India–Myanmar border",
    subtitle: "Border segments by guarding force, and the organisations working on this corridor",
    description:
      "Map of the India–Myanmar border coloured by the force that guards it, with the organisations that sources place on this corridor listed by where they are based.",
    layers: ["admin1", "borders"],
    routes: [],
    borderStyle: "force",
    actors: "mm",
    highlight: ["IND", "MMR"],
  },
  {
    id: "map-sea-routes",
    frame: "sea",
    title: "The sea route across the Bay of Bengal",
    subtitle: "Boat journeys from the Bangladesh–Myanmar coast toward Thailand and Malaysia",
    description:
      "Map of the Bay of Bengal and the Andaman Sea with the boat and overland route segments that sources document from Rakhine and Cox's Bazar toward Thailand, Malaysia and Indonesia. Sea legs are schematic arcs between the ports the sources name.",
    layers: ["ports", "origins", "destinations", "hubs", "camps"],
    routes: ["sea"],
    highlight: ["sea-coxs-bazar-satun", "sea-coxs-bazar-langsa", "sea-coxs-bazar-kuah"],
  },
  {
    id: "map-sea-camps",
    frame: "bd",
    title: "The camps at Cox's Bazar",
    subtitle: "Rakhine, the Naf river and the camps where the sea route begins",
    description:
      "Map of the Bangladesh–Myanmar border area: northern Rakhine, the Naf river crossing and the Rohingya camps in Cox's Bazar district, where boat journeys begin.",
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
    title: "The paper's comparison cases",
    subtitle: "The Mediterranean, Central America and South Asia",
    description:
      "World map marking the regions the paper compares with India's borders: the central Mediterranean crossings toward Europe and the Northern Triangle of Central America on the way to the United States.",
    layers: ["regions"],
    routes: [],
    highlight: ["IND", "BGD", "NPL", "MMR", "LBY", "TUN", "ITA", "GRC", "GTM", "HND", "SLV", "MEX", "USA"],
  },
];

/** Region labels for the world frame: our own names for the groups the paper compares. */
export const REGION_LABELS: readonly { id: string; text: string; lon: number; lat: number }[] = [
  { id: "region-mediterranean", text: "Central Mediterranean", lon: 14, lat: 40.5 },
  { id: "region-northern-triangle", text: "Northern Triangle", lon: -88, lat: 19 },
  { id: "region-south-asia", text: "South Asia", lon: 84, lat: 33 },
];

export const mapStateIds: readonly string[] = MAP_STATES.map((s) => s.id);

export function getMapState(id: string): MapState {
  const s = MAP_STATES.find((x) => x.id === id);
  if (!s) throw new Error(`unknown map state "${id}" (known: ${mapStateIds.join(", ")})`);
  return s;
}
