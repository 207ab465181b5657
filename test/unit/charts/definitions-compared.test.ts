import { readFileSync } from "node:fs";
import { en } from "../../support/context.ts";
import { describe, expect, it } from "vitest";
import chart from "../../../src/lib/charts/definitions-compared.ts";
import { DATASETS } from "../../../src/lib/data/datasets.ts";
import { validateFile } from "../../../src/lib/data/validate.ts";
import type { Definition, Instrument } from "../../../src/lib/data/schemas.ts";
import { data, drawBoth } from "./helpers.ts";

const inst = (id: string): Instrument => ({
  id,
  name: id,
  kind: "protocol",
  level: "international",
  adopted: "2000",
  in_force: undefined,
  parties: undefined,
  india_status: "ratified",
  source_ids: [`src-${id}`],
  note: undefined,
});
const def = (
  aspect: Definition["aspect"],
  concept: Definition["concept"],
  instrument: string,
): Definition => ({
  id: `${aspect}-${concept}`,
  aspect,
  concept,
  status: aspect === "consent" && concept === "trafficking" ? "irrelevant" : "required",
  label: undefined,
  text: `${aspect} of ${concept}`,
  instrument,
  article: "art. 3",
  source_ids: [`src-${instrument}`],
  note: undefined,
});

/** The site's own rows, read and checked as the pipeline reads them. */
function rowsOf<T>(id: string): T[] {
  const spec = DATASETS.find((d) => d.id === id)!;
  const { result, problems } = validateFile(spec, readFileSync(`data/${spec.file}`, "utf8"), spec.file);
  expect(problems).toEqual([]);
  return result.rows.map((r) => r.value as T);
}

describe("definitions-compared", () => {
  const defs = [
    def("act", "trafficking", "palermo-tip-protocol"),
    def("act", "smuggling", "smuggling-protocol"),
    def("consent", "trafficking", "palermo-tip-protocol"),
    def("border", "trafficking", "untoc"),
  ];
  const d = data({
    definitions: defs,
    instruments: [inst("palermo-tip-protocol"), inst("smuggling-protocol")],
  });

  it("draws a cell only when its instrument is in the data, and cites the rows drawn", () => {
    const s = chart.prepare(d, en());
    expect(s.cells.map((c) => c.id)).toEqual(["act-trafficking", "act-smuggling", "consent-trafficking"]);
    expect(chart.sources(s)).toEqual(["src-palermo-tip-protocol", "src-smuggling-protocol"]);
    expect(s.cells[0]!.instrumentName).toBe("Trafficking Protocol");
    const text = chart.describe(s, en());
    expect(text).toMatch(/Consent\. trafficking: irrelevant/);
    const [narrow, wide] = drawBoth(chart, s);
    for (const svg of [narrow!, wide!]) expect((svg.match(/data-tip=/g) ?? []).length).toBe(3);
  });

  it("has views of only the elements a step talks about", () => {
    const s = chart.prepare(d, en());
    const act = chart.views!["act"]!(s);
    expect(act.aspects).toEqual(["act"]);
    expect(act.cells.every((c) => c.aspect === "act")).toBe(true);
    expect(chart.views!["consent-border"]!(s).cells.map((c) => c.id)).toEqual(["consent-trafficking"]);
    for (const view of Object.values(chart.views!))
      expect(chart.rows(view(s), en()).length).toBeLessThanOrEqual(3);
  });

  it("data/definitions.csv covers every element for every concept once, each citing its instrument's sources", () => {
    const rows = rowsOf<Definition>("definitions");
    const keys = rows.map((c) => `${c.aspect}|${c.concept}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(7 * 3);
    const instruments = new Map(rowsOf<Instrument>("instruments").map((i) => [i.id, i]));
    for (const r of rows) {
      expect(instruments.has(r.instrument), r.id).toBe(true);
      expect(r.source_ids, r.id).toEqual(instruments.get(r.instrument)!.source_ids);
    }
    const s = chart.prepare(data({ definitions: rows, instruments: [...instruments.values()] }), en());
    expect(chart.describe(s, en())).toMatch(/Crossing a border\. trafficking: not required/);
  });
});
