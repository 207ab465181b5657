/** Reading a frame's topology: the features of one object, and several lines joined into one geometry. */
import { feature } from "topojson-client";
import type { Feature, Geometry, MultiLineString } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

export type Props = Record<string, string | number | undefined>;

/** The features of a named GeometryCollection ([] when the topology has none). */
export function objectFeatures(topo: Topology, name: string): Feature<Geometry, Props>[] {
  const o = topo.objects[name] as GeometryCollection<Props> | undefined;
  if (!o || o.type !== "GeometryCollection") return [];
  return (feature(topo, o) as unknown as { features: Feature<Geometry, Props>[] }).features;
}

/** Line features as one MultiLineString (one path element draws them all). */
export const joinLines = (fs: readonly Feature<Geometry, Props>[]): MultiLineString => ({
  type: "MultiLineString",
  coordinates: fs.flatMap((l) =>
    l.geometry.type === "LineString"
      ? [l.geometry.coordinates]
      : l.geometry.type === "MultiLineString"
        ? l.geometry.coordinates
        : [],
  ),
});
