import { describe, expect, it } from "vitest";
import {
  exportNotes,
  exportPngText,
  exportText,
  sourceText,
  type ExportFigure,
} from "../../../src/lib/export/text.ts";
import type { Source } from "../../../src/lib/data/schemas.ts";
import { en } from "../../support/context.ts";

const source = (id: string, publisher: string, year: number): Source =>
  ({
    id,
    title: `Report ${id}`,
    author_or_publisher: publisher,
    year,
    url: "",
    kind: "government_report",
    verified: "yes",
    class: "primary",
    accessed: "2026-01-01",
  }) as Source;
const v = { version: "0123abcd", date: "2026-12-07" };
const base: ExportFigure = {
  kind: "chart",
  text: { title: "Cases by year", subtitle: "NCRB", description: "A line chart." },
  legend: [{ label: "Cases", color: "--cat-1" }],
  notes: ["Method changed in 2017."],
  sourceRows: [source("a", "NCRB", 2022), source("b", "NCRB", 2022), source("c", "MHA", 2023)],
};

describe("export text", () => {
  const ctx = en();
  it("names the sources once each, the licence, the data version and the page", () => {
    const t = exportText(base, ctx, v, "https://x.org/charts/c/");
    expect(t.title).toBe("Cases by year");
    expect(t.subtitle).toBe("NCRB");
    expect(t.source).toBe(`${ctx.t.figure.source(3)}: NCRB, 2022; MHA, 2023.`);
    expect(t.credit).toBe(
      `Crossings, CC BY 4.0; data version 0123abcd, 2026-12-07 · https://x.org/charts/c/`,
    );
    expect(t.notes).toEqual(["Method changed in 2017."]);
  });

  it("names the first sources and counts the rest when asked to be short", () => {
    const many = [...base.sourceRows, source("d", "UNHCR", 2024), source("e", "IOM", 2021)];
    expect(sourceText(ctx, many, 2)).toBe(
      `${ctx.t.figure.source(5)}: NCRB, 2022; MHA, 2023 ${ctx.t.figure.and} ${ctx.t.figure.andMore(2)}.`,
    );
    expect(sourceText(ctx, many)).toContain("IOM, 2021.");
  });

  it("gives a map the boundary note, once, first", () => {
    const map = { ...base, kind: "map" as const };
    expect(exportNotes(map, ctx)).toEqual([ctx.t.maps.boundaryNote, "Method changed in 2017."]);
    const already = { ...map, notes: ["x", ctx.t.maps.boundaryNote] };
    expect(exportNotes(already, ctx)).toEqual(["x", ctx.t.maps.boundaryNote]);
    expect(exportNotes(base, ctx)).not.toContain(ctx.t.maps.boundaryNote);
  });

  it("puts the title, page, licence and version in the PNG's metadata", () => {
    expect(exportPngText(base, ctx, v, "https://x.org/charts/c/", "A line chart.")).toEqual({
      Title: "Cases by year",
      Description: "A line chart.",
      Source: "https://x.org/charts/c/",
      Copyright: "Crossings, CC BY 4.0; data version 0123abcd, 2026-12-07",
      Comment: "data version 0123abcd, 2026-12-07",
    });
  });
});
