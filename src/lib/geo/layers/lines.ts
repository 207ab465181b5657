/**
 * Land boundaries: every boundary in one path, and the disputed ones (the Line of Control, the lines with
 * China, Kalapani) dashed in another, with a tooltip that says so. Coasts are the edge of the land fill.
 */
import { group, node, type Canvas } from "./canvas.ts";
import { joinLines, objectFeatures } from "./objects.ts";
import { paintBoundary } from "./paint.ts";

export function lines(c: Canvas): SVGElement | null {
  const all = objectFeatures(c.topology, "lines");
  const plain = c.path(joinLines(all.filter((l) => !l.properties["disputed"])));
  const disputed = c.path(joinLines(all.filter((l) => l.properties["disputed"])));
  const out: Element[] = [];
  if (plain) out.push(node(c, "path", { d: plain, class: "boundary" }, paintBoundary(c, false)));
  if (disputed)
    out.push(
      node(
        c,
        "path",
        {
          d: disputed,
          class: "boundary disputed",
          "data-kind": "disputed-boundary",
          "data-tip": c.ctx.t.maps.tip.disputed,
        },
        paintBoundary(c, true),
      ),
    );
  return group(c, { class: "map-lines" }, out);
}
