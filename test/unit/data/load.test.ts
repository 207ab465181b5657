import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toCsv } from "../../../src/lib/data/csv.ts";
import { loadDatasets, loadSummary } from "../../../src/lib/data/load.ts";

const work = mkdtempSync(join(tmpdir(), "crossings-load-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A published folder: the valid fixture, as the pipeline would write it. */
function folder(name: string): string {
  const dir = join(work, name);
  cpSync("test/fixtures/valid", dir, { recursive: true });
  return dir;
}

describe("loadDatasets", () => {
  it("reads every dataset, typed", () => {
    const data = loadDatasets(folder("plain"));
    expect(data.places.find((p) => p.id === "petrapole")).toMatchObject({ lat: 23.036, corridors: ["bd"] });
    expect(data.other).toEqual([]);
    expect(data.sources.length).toBeGreaterThan(0);
  });

  it("restores cells the pipeline neutralised against spreadsheet formulas", () => {
    const dir = folder("neutralised");
    const header = "id,country,name,number,source_ids,note";
    const row = { id: "in-x", country: "IND", name: "=HYPERLINK(1)", number: "1098", source_ids: "mha-ar-2023-24", note: "-not a number" };
    const text = toCsv(header.split(","), [row]);
    expect(text).toContain(`"'=HYPERLINK(1)"`);
    writeFileSync(join(dir, "helplines.csv"), text);
    const [h] = loadDatasets(dir).helplines;
    expect(h).toMatchObject({ name: "=HYPERLINK(1)", note: "-not a number" });
  });

  it("caches by folder", () => {
    const dir = folder("cached");
    const a = loadDatasets(dir);
    writeFileSync(join(dir, "places.csv"), "broken\n");
    expect(loadDatasets(dir)).toBe(a);
  });

  it("says which file is missing and what to run", () => {
    const dir = folder("missing");
    rmSync(join(dir, "routes.csv"));
    expect(() => loadDatasets(dir)).toThrow(`${join(dir, "routes.csv")} is missing: run npm run data first`);
  });

  it("throws every problem, file and line, for a bad file", () => {
    const dir = folder("bad");
    writeFileSync(join(dir, "places.csv"), readFileSync(join(dir, "places.csv"), "utf8").replace("23.036", "91"));
    writeFileSync(join(dir, "routes.csv"), Buffer.concat([readFileSync(join(dir, "routes.csv")), Buffer.from([0xe9, 0x0a])]));
    expect(() => loadDatasets(dir)).toThrow(
      new RegExp(`${join(dir, "places.csv")}:2: lat "91" is outside -90\\.\\.90\\n${join(dir, "routes.csv")}:\\d+: is not valid UTF-8`),
    );
  });
});

describe("loadSummary", () => {
  it("reads summary.json", () => {
    const dir = folder("summary");
    writeFileSync(join(dir, "summary.json"), JSON.stringify([{ id: "places", rows: 3 }]));
    expect(loadSummary(dir)).toEqual([{ id: "places", rows: 3 }]);
  });
});
