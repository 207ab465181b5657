/** Twin towns across an official crossing: a dotted line between the two. */
import { g1 } from "../path.ts";
import { group, node, project, type Canvas } from "./canvas.ts";
import { paintTwin } from "./paint.ts";

export function twins(c: Canvas): SVGElement | null {
  if (!c.layers.has("twins")) return null;
  const out = c.features.twins.map((t) => {
    const [x1, y1] = project(c, t.a.lon, t.a.lat);
    const [x2, y2] = project(c, t.b.lon, t.b.lat);
    return node(
      c,
      "line",
      {
        x1: g1(x1),
        y1: g1(y1),
        x2: g1(x2),
        y2: g1(y2),
        class: "twin",
        "data-id": t.id,
        "data-kind": "twin-towns",
        "data-tip": c.ctx.t.maps.tip.twins(t.a.name, t.b.name),
      },
      paintTwin(c),
    );
  });
  return group(c, { class: "map-twins", "data-layer": "twins" }, out);
}
