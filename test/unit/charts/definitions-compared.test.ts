import { en } from "../../support/context.ts";
import { describe, expect, it } from "vitest";
import chart, { DEFINITIONS } from "../../../src/lib/charts/definitions-compared.ts";
import type { Instrument } from "../../../src/lib/data/schemas.ts";
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

describe("definitions-compared prepare", () => {
  it("draws a cell only when its instrument is in the data, and cites those instruments", () => {
    const s = chart.prepare(
      data({ instruments: [inst("palermo-tip-protocol"), inst("smuggling-protocol")] }),
      en(),
    );
    expect(s.cells.length).toBe(DEFINITIONS.filter((c) => c.instrument !== "untoc").length);
    expect(chart.sources(s)).toEqual(["src-palermo-tip-protocol", "src-smuggling-protocol"]);
    expect(s.concepts).toEqual(["trafficking", "smuggling", "irregular"]);
  });
  it("covers every element for every concept once", () => {
    const keys = DEFINITIONS.map((c) => `${c.aspect}|${c.concept}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(7 * 3);
  });
  it("says consent is irrelevant to trafficking and a border is not required", () => {
    const s = chart.prepare(
      data({ instruments: [inst("palermo-tip-protocol"), inst("smuggling-protocol"), inst("untoc")] }),
      en(),
    );
    const text = chart.describe(s, en());
    expect(text).toMatch(/Consent\. trafficking: irrelevant/);
    expect(text).toMatch(/Crossing a border\. trafficking: not required/);
    const [narrow, wide] = drawBoth(chart, s);
    expect((wide!.match(/data-tip=/g) ?? []).length).toBe(21);
    expect(narrow).not.toMatch(/style=/);
  });
});
