/**
 * India's corridor borders, segment by Indian state: each segment coloured by its regime or by the force
 * that guards it (the state's root says which), with its length, force, regime and sources in the tooltip.
 */
import { corridorOfNeighbour } from "../../data/vocab.ts";
import { borderTip } from "../features.ts";
import { cls, dimmed, group, node, type Canvas } from "./canvas.ts";
import { joinLines, objectFeatures } from "./objects.ts";
import { paintBorder } from "./paint.ts";

export function borders(c: Canvas): SVGElement | null {
  if (!c.layers.has("borders")) return null;
  const all = objectFeatures(c.topology, "lines");
  const out: Element[] = [];
  for (const b of c.features.borders) {
    const segs = all.filter(
      (l) =>
        l.properties["state"] === b.state &&
        [l.properties["a"], l.properties["b"]].includes(b.neighbour) &&
        !l.properties["disputed"],
    );
    const d = segs.length ? c.path(joinLines(segs)) : "";
    if (!d) continue;
    out.push(
      node(
        c,
        "path",
        {
          d,
          class: cls("border", `regime-${b.regime}`, `force-${b.guarded_by}`, c.hl.has(b.id) && "is-hl"),
          "data-id": b.id,
          "data-kind": "border-segment",
          "data-corridor": corridorOfNeighbour(b.neighbour),
          "data-sources": b.source_ids.join(" "),
          "data-tip": borderTip(b, c.ctx),
        },
        paintBorder(c, b.regime, b.guarded_by, dimmed(c, b.id)),
      ),
    );
  }
  return group(c, { class: "map-borders", "data-layer": "borders" }, out);
}
