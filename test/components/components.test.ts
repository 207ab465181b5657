/**
 * The prose components rendered by Astro's Container API, with no build: the data loaders read the
 * pipeline's output for test/fixtures/valid, maps included (CROSSINGS_DATA_DIR), and the essay's chapters are
 * replaced by one fixture chapter. English, the default locale. Assertions are about what a reader
 * and the scripts see (hooks, links, the table), not markup details.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runPipeline } from "../../scripts/data-pipeline.ts";
import { getChart } from "../../src/lib/charts/index.ts";
import { siteInputs } from "../../src/lib/figures.ts";
import { en } from "../support/context.ts";
import Chart from "../../src/components/Chart.astro";
import Num from "../../src/components/Num.astro";
import Step from "../../src/components/Step.astro";
import Term from "../../src/components/Term.astro";

vi.mock("../../src/site/chapters.ts", () => ({
  chapters: async () => [
    {
      id: "fixture-chapter",
      title: "A fixture chapter",
      order: 1,
      summary: "Test data.",
      steps: [
        {
          id: "fixture-step",
          show: "border-lengths",
          slide: { headline: "A fixture slide", points: [] },
          notes: "Fixture notes.",
        },
      ],
    },
  ],
}));

let out = "";
let container: AstroContainer;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "crossings-components-"));
  const { problems } = runPipeline("test/fixtures/valid", out);
  expect(problems, "the fixture data must pass the pipeline").toEqual([]);
  vi.stubEnv("CROSSINGS_DATA_DIR", out);
  container = await AstroContainer.create();
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(out, { recursive: true, force: true });
});

type Component = Parameters<AstroContainer["renderToString"]>[0];
const render = async (c: Component, props: Record<string, unknown>, slot?: string) =>
  parseHTML(
    `<!doctype html><html><body>${await container.renderToString(c, {
      props,
      ...(slot === undefined ? {} : { slots: { default: slot } }),
    })}</body></html>`,
  ).document;

describe("<Num>", () => {
  it("prints a figure from the data, a large count in India with its crore form, linked to its source", async () => {
    const d = await render(Num, { id: "fx-ind-2023-people" });
    const a = d.querySelector("a[data-num]")!;
    expect(a.getAttribute("data-num")).toBe("fx-ind-2023-people");
    expect(a.textContent).toBe("11,000,000 (1.1 crore)");
    expect(a.querySelector(".num-words")?.textContent).toBe(" (1.1 crore)");
    expect(a.getAttribute("href")).toBe("/sources/#mha-ar-2023-24");
    expect((await render(Num, { id: "fx-ind-2016-cases" })).querySelector("a")!.textContent).toBe("120");
  });

  it("prints a border length with its unit, and a tier by its name", async () => {
    expect((await render(Num, { id: "bd-wb" })).querySelector("a[data-num]")!.textContent).toBe("2,216.7 km");
    expect((await render(Num, { id: "bd-wb", unit: false })).querySelector("a")!.textContent).toBe("2,216.7");
    expect((await render(Num, { id: "ind-tip-2024" })).querySelector("a")!.textContent).toBe("Tier 2");
  });

  it("fails with a clear message on an unknown id", async () => {
    await expect(render(Num, { id: "no-such-figure" })).rejects.toThrow(
      '<Num id="no-such-figure"/>: no figure with that id',
    );
  });
});

describe("<Chart>", () => {
  it("renders any registry entry at build time, with its table and source links", async () => {
    const id = "border-lengths";
    const d = await render(Chart, { id });
    const fig = d.querySelector(`figure[data-chart="${id}"]`)!;
    expect(fig).toBeTruthy();
    const svg = fig.querySelector("chart-tips svg[role=img]")!;
    expect(svg.getAttribute("tabindex")).toBe("0");
    // The SVG is labelled by the figure's title.
    expect(d.getElementById(svg.getAttribute("aria-labelledby")!)?.textContent).toBe(
      en().figureText(id).title,
    );
    expect(svg.querySelectorAll("[data-tip]").length).toBeGreaterThan(0);
    const chart = getChart(id);
    const series = chart.prepare(siteInputs(), en());
    const rows = chart.rows(series, en());
    expect(rows.length).toBeGreaterThan(0);
    expect(fig.querySelectorAll("table.data-table tbody tr").length).toBe(rows.length);
    const sources = [...fig.querySelectorAll("figcaption a[href^='/sources/#']")].map((a) =>
      a.getAttribute("href"),
    );
    expect(sources).toEqual(chart.sources(series).map((s) => `/sources/#${s}`));
    expect(fig.querySelector(`a[href="/charts/${id}/"]`)).toBeTruthy();
    expect(fig.outerHTML).not.toMatch(/\sstyle="/);
  });

  it("renders a map state, marked as a map", async () => {
    const d = await render(Chart, { id: "map-bd-crossings", table: "none", link: false });
    const fig = d.querySelector('figure[data-chart="map-bd-crossings"]')!;
    expect(fig.getAttribute("data-kind")).toBe("map");
    expect(fig.querySelector("svg.map")).toBeTruthy();
    expect(fig.querySelector("table")).toBeNull();
    expect(fig.querySelector('a[href="/charts/map-bd-crossings/"]')).toBeNull();
  });

  it("fails with a clear message on an unknown id", async () => {
    await expect(render(Chart, { id: "no-such-chart" })).rejects.toThrow(
      'unknown chart or map-state id "no-such-chart"',
    );
  });
});

describe("<Step>", () => {
  it("wraps its prose and shows the figure its frontmatter names", async () => {
    const d = await render(Step, { id: "fixture-step" }, "<p>Some prose.</p>");
    const s = d.querySelector("section[data-step]")!;
    expect(s.getAttribute("data-step")).toBe("fixture-step");
    expect(s.id).toBe("fixture-step");
    expect(s.getAttribute("data-show")).toBe("border-lengths");
    expect(s.textContent).toContain("Some prose.");
    expect(s.querySelector('figure[data-chart="border-lengths"] svg')).toBeTruthy();
  });

  it("fails with a clear message on an unknown id, and without prose", async () => {
    await expect(render(Step, { id: "no-such-step" }, "<p>x</p>")).rejects.toThrow(
      '<Step id="no-such-step">: no step with that id',
    );
    await expect(render(Step, { id: "fixture-step" })).rejects.toThrow("a step needs prose");
  });
});

describe("<Term>", () => {
  it("gives its text a definition that hover and keyboard focus show", async () => {
    const d = await render(Term, { id: "trafficking" }, "trafficked");
    const term = d.querySelector("span.term")!;
    expect(term.getAttribute("tabindex")).toBe("0");
    const tip = d.getElementById(term.getAttribute("aria-describedby")!)!;
    expect(tip.getAttribute("role")).toBe("tooltip");
    expect(tip.textContent).toContain(en().t.glossary.trafficking.definition);
    expect(term.textContent!.startsWith("trafficked")).toBe(true);
  });

  it("gives two uses of one term different tooltip ids", async () => {
    const a = (await render(Term, { id: "smuggling" }, "x")).querySelector("span.term")!;
    const b = (await render(Term, { id: "smuggling" }, "x")).querySelector("span.term")!;
    expect(a.getAttribute("aria-describedby")).not.toBe(b.getAttribute("aria-describedby"));
  });

  it("fails with a clear message on an unknown id", async () => {
    await expect(render(Term, { id: "no-such-term" }, "x")).rejects.toThrow(
      '<Term id="no-such-term">: no such entry in the glossary',
    );
  });
});
