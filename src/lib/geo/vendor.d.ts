/** The one function used from d3-geo-projection, which ships no types. */
declare module "d3-geo-projection" {
  import type { GeoStreamWrapper } from "d3-geo";
  export function geoProject<T>(object: T, projection: GeoStreamWrapper): T;
}
