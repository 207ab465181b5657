/**
 * First-level units: a fill per unit (transparent unless highlighted, a tooltip target) and, once, the
 * lines between units of one country. The pipeline has already cut the units to their country's outline.
 */
import type { GeoPermissibleObjects } from "d3-geo";
import { mesh } from "topojson-client";
import type { GeometryCollection } from "topojson-specification";
import { cls, group, node, type Canvas } from "./canvas.ts";
import { objectFeatures, type Props } from "./objects.ts";
import { paintAdmin1, paintAdmin1Line } from "./paint.ts";

/** A unit's name as the maps show it (some say more than the bare name), in the locale. */
export const unitName = (c: Canvas, id: string): string => c.ctx.t.names.admin1Map[id] ?? c.ctx.admin1(id);

export function admin1(c: Canvas): SVGElement | null {
  if (!c.layers.has("admin1")) return null;
  const out: Element[] = [];
  for (const u of objectFeatures(c.topology, "admin1")) {
    const id = String(u.id);
    const d = c.path(u as GeoPermissibleObjects);
    if (!d) continue;
    const hl = c.hl.has(id);
    out.push(
      node(
        c,
        "path",
        {
          d,
          class: cls("admin1", hl && "is-hl"),
          "data-id": id,
          "data-kind": "admin1",
          "data-tip": c.ctx.t.maps.tip.admin1(
            unitName(c, id),
            c.ctx.country(String(u.properties["country"])),
          ),
        },
        paintAdmin1(hl),
      ),
    );
  }
  const object = c.topology.objects["admin1"] as GeometryCollection<Props> | undefined;
  if (object?.type === "GeometryCollection") {
    const sameCountry = (a: { properties?: unknown }, b: { properties?: unknown }) =>
      a !== b && (a.properties as Props)["country"] === (b.properties as Props)["country"];
    const d = c.path(mesh(c.topology, object, sameCountry));
    if (d) out.push(node(c, "path", { d, class: "admin1-line" }, paintAdmin1Line(c)));
  }
  return group(c, { class: "map-admin1", "data-layer": "admin1" }, out);
}
