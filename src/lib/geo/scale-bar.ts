/** A scale bar: a round distance whose drawn length is close to a target, measured at a point of the map. */
import type { GeoProjection } from "d3-geo";

const EARTH_KM = 6371.0088;

export interface ScaleBar {
  km: number;
  px: number;
  label: string;
}

/** The round distance (1, 2 or 5 × 10ⁿ km) nearest below `targetPx` pixels, measured east–west at `at`. */
export function scaleBar(projection: GeoProjection, at: [number, number], targetPx: number): ScaleBar {
  const [lon, lat] = at;
  const kmPerDegree = (Math.PI / 180) * EARTH_KM * Math.cos((lat * Math.PI) / 180);
  const a = projection([lon - 0.5, lat]);
  const b = projection([lon + 0.5, lat]);
  if (!a || !b) throw new Error("scale bar: the point does not project");
  const pxPerKm = Math.hypot(b[0] - a[0], b[1] - a[1]) / kmPerDegree;
  const raw = targetPx / pxPerKm;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const km = [5, 2, 1].map((m) => m * pow).find((v) => v <= raw) ?? pow;
  return { km, px: km * pxPerKm, label: `${km.toLocaleString("en-GB")} km` };
}
