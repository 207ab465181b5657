import { readFileSync } from "node:fs";
import { en } from "../../support/context.ts";
import { describe, expect, it } from "vitest";
import chart from "../../../src/lib/charts/journey-stages.ts";
import { DATASETS } from "../../../src/lib/data/datasets.ts";
import { validateFile } from "../../../src/lib/data/validate.ts";
import type { JourneyStage } from "../../../src/lib/data/schemas.ts";
import { data, drawBoth } from "./helpers.ts";

const spec = DATASETS.find((d) => d.id === "journey")!;
const { result, problems } = validateFile(spec, readFileSync(`data/${spec.file}`, "utf8"), spec.file);
const stages = result.rows.map((r) => r.value as JourneyStage);

describe("journey-stages", () => {
  it("reads its stages from data/journey.csv, in file order, each with sources", () => {
    expect(problems).toEqual([]);
    expect(stages.map((s) => s.id)).toEqual(["push", "recruitment", "movement", "arrival", "exploitation"]);
    for (const s of stages) expect(s.source_ids.length, s.id).toBeGreaterThan(0);
  });
  it("marks the turning points and draws an arrow for each", () => {
    const s = chart.prepare(data({ journey: stages }), en());
    const turns = stages.filter((x) => x.turn).length;
    expect(turns).toBeGreaterThan(0);
    const [narrow, wide] = drawBoth(chart, s);
    for (const svg of [narrow!, wide!]) expect((svg.match(/class="turn"/g) ?? []).length).toBe(turns);
    expect(chart.describe(s, en())).toMatch(/turning points at recruitment/);
    expect(chart.rows(s, en())).toHaveLength(stages.length);
    expect(chart.sources(s)).toEqual(["paper-sharma", "unodc-som-tip-2022", "iom-ht-ms-2023"]);
  });
  it("has views of a run of stages that keep their numbers, and a view of data without them is the whole", () => {
    const s = chart.prepare(data({ journey: stages }), en());
    const turns = chart.views!["turns"]!(s);
    expect(turns.stages.map((x) => x.id)).toEqual(["recruitment", "movement", "arrival"]);
    expect(chart.rows(turns, en()).map((r) => r["step"])).toEqual([2, 3, 4]);
    const [narrow] = drawBoth(chart, turns);
    expect(narrow).toMatch(/>2\. Recruitment</);
    expect(narrow).not.toMatch(/>1\. /);
    expect(chart.describe(turns, en())).toMatch(/^A part of the chart: 3 of its 5 rows/);
    const none = data({ journey: stages.filter((x) => x.id !== "arrival") });
    const whole = chart.prepare(none, en());
    expect(chart.views!["turns"]!(whole)).toBe(whole);
  });
});
