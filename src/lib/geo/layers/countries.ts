/**
 * Countries: the land fills, each a tooltip target. India has its own tint; a highlighted country another.
 * In an export of an actors state, a country's tooltip also names the organisations based there.
 */
import type { GeoPermissibleObjects } from "d3-geo";
import { cls, group, node, type Canvas } from "./canvas.ts";
import { objectFeatures } from "./objects.ts";
import { paintCountry } from "./paint.ts";

/** A country's name in the locale, or Natural Earth's name for a territory the project does not list. */
export function countryName(c: Canvas, id: string, fallback: unknown): string {
  const name = c.ctx.country(id);
  return name === id ? String(fallback ?? id) : name;
}

export function countries(c: Canvas): SVGElement | null {
  const tip = c.ctx.t.maps.tip;
  const out: Element[] = [];
  for (const f of objectFeatures(c.topology, "countries")) {
    const id = String(f.id);
    const d = c.path(f as GeoPermissibleObjects);
    if (!d) continue;
    const name = countryName(c, id, f.properties["name"]);
    const based = c.actorsByBase.get(id) ?? [];
    const hl = c.hl.has(id);
    out.push(
      node(
        c,
        "path",
        {
          d,
          class: cls("country", hl && "is-hl", id === "IND" && "is-india"),
          "data-id": id,
          "data-kind": "country",
          "data-tip": based.length
            ? tip.countryWithActors(name, based.map((a) => a.name).join(", "))
            : tip.country(name),
        },
        paintCountry(id, hl),
      ),
    );
  }
  return group(c, { class: "map-countries" }, out);
}
