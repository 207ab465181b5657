/**
 * `npm run data` checks the essay's step figures against the registry's ids without loading every chart
 * (scripts/data-pipeline.ts, registryIds): this keeps that shortcut equal to the registry itself.
 */
import { describe, expect, it } from "vitest";
import { registryIds } from "../../scripts/data-pipeline.ts";
import { chartIds } from "../../src/lib/charts/index.ts";

describe("registryIds", () => {
  it("lists exactly the registry's chart and map-state ids", () => {
    expect(registryIds().sort()).toEqual([...chartIds].sort());
    expect(chartIds.length).toBeGreaterThan(20);
  });
});
