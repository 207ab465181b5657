import { en } from "../../support/context.ts";
import { describe, expect, it } from "vitest";
import chart, { shortName } from "../../../src/lib/charts/instruments-timeline.ts";
import type { Instrument } from "../../../src/lib/data/schemas.ts";
import { data, drawBoth } from "./helpers.ts";

const inst = (
  id: string,
  name: string,
  level: Instrument["level"],
  adopted: string | undefined,
  status: Instrument["india_status"],
  in_force?: string,
): Instrument => ({
  id,
  name,
  kind: "law",
  level,
  adopted,
  in_force,
  parties: undefined,
  india_status: status,
  source_ids: [`src-${id}`],
  note: undefined,
});
const d = data({
  instruments: [
    inst(
      "bns-s143",
      "Bharatiya Nyaya Sanhita 2023, section 143: trafficking of person",
      "national",
      "2023-12-25",
      "in_force",
      "2024-07-01",
    ),
    inst("ipc-s370", "Indian Penal Code section 370: trafficking of person", "national", "2013", "replaced"),
    inst("palermo-tip-protocol", "Trafficking Protocol", "international", "2000-11-15", "ratified"),
    inst("tip-bill-2018", "A bill", "national", undefined, "lapsed"),
  ],
});

describe("instruments-timeline prepare", () => {
  const s = chart.prepare(d, en());
  it("orders by adoption date and adds the coming into force of a replacing law", () => {
    expect(s.entries.map((e) => e.key)).toEqual([
      "palermo-tip-protocol|adopted",
      "ipc-s370|adopted",
      "bns-s143|adopted",
      "bns-s143|in_force",
    ]);
    expect(s.entries[3]!.replaces).toEqual(["Indian Penal Code section 370"]);
  });
  it("keeps undated instruments apart", () => expect(s.undated.map((u) => u.id)).toEqual(["tip-bill-2018"]));
  it("describes the 2024 replacement", () =>
    expect(chart.describe(s, en())).toMatch(
      /came into force on 2024-07-01, replacing Indian Penal Code section 370/,
    ));
  it("shortens names at the colon", () => expect(shortName("Ujjawala: a scheme")).toBe("Ujjawala"));
  it("draws each entry as a tooltip target", () => {
    const [narrow, wide] = drawBoth(chart, s);
    for (const svg of [narrow!, wide!]) expect((svg.match(/data-tip=/g) ?? []).length).toBe(5);
    expect(chart.sources(s).sort()).toEqual([
      "src-bns-s143",
      "src-ipc-s370",
      "src-palermo-tip-protocol",
      "src-tip-bill-2018",
    ]);
  });
  it("has views by instrument, or by one entry of an instrument", () => {
    const steps = chart.views!["india-steps"]!(s);
    // ipc-s370 keeps its one entry, bns-s143 only its coming into force, the bill (undated) stays apart.
    expect(steps.entries.map((e) => e.key)).toEqual(["ipc-s370|adopted", "bns-s143|in_force"]);
    expect(steps.undated.map((e) => e.id)).toEqual(["tip-bill-2018"]);
    expect(chart.sources(steps)).toEqual(["src-ipc-s370", "src-bns-s143", "src-tip-bill-2018"]);
    expect(chart.describe(steps, en())).toMatch(/^A part of the chart: 3 of its 5 rows/);
    // None of the 1815–1949 instruments is in this data: the view is the whole time line.
    expect(chart.views!["vienna-to-league"]!(s)).toBe(s);
  });
});
