import { en } from "../../support/context.ts";
import { describe, expect, it } from "vitest";
import chart, { statusOf } from "../../../src/lib/charts/claims-status.ts";
import type { Claim, Source } from "../../../src/lib/data/schemas.ts";
import { data, drawBoth } from "./helpers.ts";

const claim = (id: string, text: string, verified_by: string[], note?: string): Claim => ({
  id,
  section: "S",
  claim: text,
  paper_cites: undefined,
  verified_by,
  note,
});
const d = data({
  sources: [{ id: "paper-sharma" } as Source],
  claims: [
    claim("a", "The convention came into force in 2003.", []),
    claim("b", "India ratified it.", ["v1"]),
    claim("c", "Migrants fear reporting.", ["v2"], "Partly: only one side."),
    claim("d", "UNODC counted them.", ["v3"]),
  ],
});

describe("claims-status prepare", () => {
  const s = chart.prepare(d, en());
  it("sorts confirmed, partly, not confirmed", () => {
    expect(s.claims.map((c) => `${c.id}:${c.status}`)).toEqual([
      "b:confirmed",
      "d:confirmed",
      "c:partly",
      "a:not_confirmed",
    ]);
    expect(statusOf([], "Partly")).toBe("not_confirmed");
    // A Hindi note opens with "आंशिक" where the English one opens with "Partly".
    expect(statusOf(["v"], "आंशिक रूप से पुष्टि: …")).toBe("partly");
    expect(statusOf(["v"], "Partly: one side.")).toBe("partly");
    expect(statusOf(["v"], "Confirmed in part of the text.")).toBe("confirmed");
  });
  it("shows every claim as the paper's and cites the paper with the confirming sources", () => {
    expect(chart.rows(s, en()).map((r) => r.claim)).toEqual([
      "The paper reports that India ratified it.",
      "The paper reports that UNODC counted them.",
      "The paper reports that migrants fear reporting.",
      "The paper reports that the convention came into force in 2003.",
    ]);
    expect(chart.sources(s)).toEqual(["paper-sharma", "v1", "v3", "v2"]);
    expect(chart.describe(s, en())).toMatch(/2 were confirmed .* 1 in part and 1 not at all/);
    const [narrow] = drawBoth(chart, s);
    expect((narrow!.match(/data-tip=/g) ?? []).length).toBe(4);
  });
  it("has a view of the claims not confirmed and a compact view of every claim", () => {
    const s = chart.prepare(d, en());
    const not = chart.views!["not-confirmed"]!(s);
    expect(not.claims.map((c) => c.id)).toEqual(["a"]);
    expect(chart.sources(not)).toEqual(["paper-sharma"]);
    expect(chart.describe(not, en())).toMatch(/^A part of the chart: 1 of its 4 rows/);
    const summary = chart.views!["summary"]!(s);
    expect(chart.rows(summary, en())).toHaveLength(4);
    const [narrow] = drawBoth(chart, summary);
    // One tooltip per claim, each carrying the claim as the paper's.
    expect((narrow!.match(/data-tip="The paper reports that/g) ?? []).length).toBe(4);
    expect(narrow).not.toMatch(/class="claim-text"/);
  });
});
