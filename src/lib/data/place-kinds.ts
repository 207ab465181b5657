/** The kinds of place in places.csv: a dependency-free list, so that browser code can use it too. */
export const PLACE_KINDS = [
  "land_port",
  "border_town",
  "transit_hub",
  "destination",
  "source_area",
  "camp",
  "sea_port",
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
