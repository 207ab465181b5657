import { en } from "../../support/context.ts";
import { describe, expect, it } from "vitest";
import chart, { labelOf } from "../../../src/lib/charts/actors-roles.ts";
import type { Actor, Relation } from "../../../src/lib/data/schemas.ts";
import { data, drawBoth } from "./helpers.ts";

const actor = (
  id: string,
  name: string,
  level: Actor["level"],
  roles: Actor["roles"],
  corridors: Actor["corridors"],
): Actor => ({
  id,
  name,
  kind: "ngo",
  level,
  base: "IND",
  founded: undefined,
  roles,
  corridors,
  source_ids: [`src-${id}`],
  note: undefined,
});
const rel: Relation = {
  id: "r1",
  from: "ahtus",
  to: "bsf",
  relation: "partners_with",
  source_ids: ["src-r1"],
  note: undefined,
};
const d = data({
  actors: [
    actor(
      "ahtus",
      "Anti-Human Trafficking Units (district police units)",
      "local",
      ["prevention", "protection", "prosecution"],
      ["in"],
    ),
    actor(
      "unodc",
      "United Nations Office on Drugs and Crime (UNODC)",
      "international",
      ["prosecution", "partnership"],
      ["bd", "np"],
    ),
    actor("bsf", "Border Security Force (BSF)", "national", [], ["bd"]),
  ],
  relations: [rel],
});

describe("actors-roles prepare", () => {
  const s = chart.prepare(d, en());
  it("orders actors by level and labels them by acronym", () => {
    expect(s.actors.map((a) => a.label)).toEqual(["UNODC", "BSF", "Anti-Human Trafficking Units"]);
    expect(labelOf("Ministry of Home Affairs, Government of India (MHA)")).toBe("MHA");
  });
  it("adds the actor's relations and their sources", () => {
    const a = s.actors.find((x) => x.id === "ahtus")!;
    expect(a.links).toEqual(["works with BSF"]);
    expect(a.source_ids).toEqual(["src-ahtus", "src-r1"]);
  });
  it("writes level and corridors on each row for the filter", () => {
    const [, wide] = drawBoth(chart, s);
    expect(wide).toMatch(/<g[^>]*data-corridors="bd np"[^>]*data-level="international"/);
    expect((wide!.match(/class="actor-row"/g) ?? []).length).toBe(3);
    expect(chart.describe(s, en())).toMatch(/No role sourced for BSF/);
  });
});
