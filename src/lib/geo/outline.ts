/**
 * Country outlines from world-atlas (Natural Earth 1:10m) and a test of whether a point lies inside a
 * country or within some kilometres of its edge. Used by the pipeline to catch swapped or mistyped
 * coordinates; the geodata is passed in so that this module reads no files.
 */
import { geoContains, geoDistance } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, Geometry, Position } from "geojson";
import { COUNTRIES, isIso3 } from "../data/countries.ts";
import type { NearCountry } from "../data/validate.ts";

const EARTH_KM = 6371;

/** Distance in km from a point to the segment a–b, on a local flat approximation (fine at a few km). */
function kmToSegment(p: Position, a: Position, b: Position): number {
  const k = Math.cos(((p[1] ?? 0) * Math.PI) / 180);
  const ax = ((a[0] ?? 0) - (p[0] ?? 0)) * k;
  const ay = (a[1] ?? 0) - (p[1] ?? 0);
  const bx = ((b[0] ?? 0) - (p[0] ?? 0)) * k;
  const by = (b[1] ?? 0) - (p[1] ?? 0);
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
  const x = ax + t * dx;
  const y = ay + t * dy;
  return (Math.sqrt(x * x + y * y) * Math.PI * EARTH_KM) / 180;
}

function rings(g: Geometry): Position[][] {
  if (g.type === "Polygon") return g.coordinates;
  if (g.type === "MultiPolygon") return g.coordinates.flat();
  return [];
}

/** Builds a NearCountry test from the world-atlas countries topology. */
export function nearCountryFrom(world: Topology): NearCountry {
  const fc = feature(world, world.objects["countries"] as GeometryCollection);
  const byNumeric = new Map<string, Feature>();
  for (const f of fc.features) if (f.id !== undefined) byNumeric.set(String(f.id), f);
  return (iso3, lon, lat, km) => {
    if (!isIso3(iso3)) return false;
    const f = byNumeric.get(COUNTRIES[iso3].numeric);
    if (!f || !f.geometry) return false;
    if (geoContains(f, [lon, lat])) return true;
    const p: [number, number] = [lon, lat];
    for (const ring of rings(f.geometry)) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1] as [number, number];
        const b = ring[i] as [number, number];
        // Cheap reject: both ends far away.
        if (geoDistance(p, a) * EARTH_KM > 200 && geoDistance(p, b) * EARTH_KM > 200) continue;
        if (kmToSegment(p, a, b) <= km) return true;
      }
    }
    return false;
  };
}
