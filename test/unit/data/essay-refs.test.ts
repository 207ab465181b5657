import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/lib/data/csv.ts";
import { essayRefs, unknownRefs } from "../../../src/lib/data/essay-refs.ts";

const chapter = `---
title: "A chapter"
steps:
  - id: one
    show: border-lengths
    slide: { headline: "x", points: [] }
  - { id: two, show: "map-overview" }
  - id: three
    slide: { headline: "no figure" }
  - just a string
---

<Step id="one">

West Bengal has <Num id="bd-in-wb"/> of it, and <Num unit={false} id='bd-in-as' />.

A figure in braces: <Num id={"np-total"} /> and in a template: <Num id={\`mm-total\`}/>.

</Step>
<Numbers id="not-a-num"/> and <Num id={dynamic}/>
`;

describe("essayRefs", () => {
  it("finds every step's figure and every literal <Num id>, with their lines", () => {
    const { refs, problems } = essayRefs(chapter, "c.mdx");
    expect(refs).toEqual([
      { kind: "show", id: "border-lengths", line: 5, step: "one" },
      { kind: "show", id: "map-overview", line: 7, step: "two" },
      { kind: "num", id: "bd-in-wb", line: 15 },
      { kind: "num", id: "bd-in-as", line: 15 },
      { kind: "num", id: "np-total", line: 17 },
      { kind: "num", id: "mm-total", line: 17 },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'c.mdx:20: <Num id={dynamic}/> has no literal id: write <Num id="…"/> so that the id can be checked before the build',
    ]);
  });

  it("reads a file with no frontmatter, and CRLF line endings", () => {
    const { refs } = essayRefs('Intro\r\n\r\n<Num id="x"/>\r\n', "c.mdx");
    expect(refs).toEqual([{ kind: "num", id: "x", line: 3 }]);
    const crlf = essayRefs('---\r\nsteps:\r\n  - id: a\r\n    show: b\r\n---\r\n<Num id="y"/>\r\n', "c.mdx");
    expect(crlf.refs).toEqual([
      { kind: "show", id: "b", line: 4, step: "a" },
      { kind: "num", id: "y", line: 6 },
    ]);
  });

  it("reports frontmatter that is not YAML, with its line", () => {
    const { problems } = essayRefs("---\ntitle: ok\nsteps: [\n---\nbody\n", "c.mdx");
    expect(problems[0]).toMatchObject({ file: "c.mdx", message: expect.stringMatching(/^the frontmatter is not valid YAML: /) });
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
    expect(problems[0]!.message).not.toContain("\n");
  });

  it("ignores frontmatter without steps, or with steps that are not a list", () => {
    expect(essayRefs("---\ntitle: x\n---\n", "c.mdx")).toEqual({ refs: [], problems: [] });
    expect(essayRefs("---\nsteps: 3\n---\n", "c.mdx")).toEqual({ refs: [], problems: [] });
    expect(essayRefs("---\n- a\n---\n", "c.mdx").refs).toEqual([]);
  });

  it("counts lines from the top of the file, frontmatter included", () => {
    const text = "---\na: 1\nb: 2\n---\n\n\n<Num id=\"z\"/>\n";
    expect(essayRefs(text, "c.mdx").refs).toEqual([{ kind: "num", id: "z", line: 7 }]);
  });
});

describe("unknownRefs", () => {
  it("reports a <Num> that names no figure and a step that names no chart", () => {
    const refs = essayRefs(chapter, "c.mdx").refs;
    const figures = new Set(["bd-in-wb", "np-total", "mm-total"]);
    const charts = new Set(["border-lengths"]);
    expect(unknownRefs(refs, "c.mdx", figures, charts).map(formatProblem)).toEqual([
      'c.mdx:7: step "two" shows "map-overview", which is not a chart or map-state id in src/lib/charts/index.ts',
      'c.mdx:15: <Num id="bd-in-as"/> names no figure: no row with that id in data/stats/*.csv, nor a border with a length in data/borders.csv',
    ]);
  });
  it("says 'step' alone when the step has no id", () => {
    expect(unknownRefs([{ kind: "show", id: "x", line: 3 }], "c.mdx", new Set(), new Set()).map(formatProblem)).toEqual([
      'c.mdx:3: step shows "x", which is not a chart or map-state id in src/lib/charts/index.ts',
    ]);
  });
  it("finds nothing wrong when everything is known", () => {
    const refs = essayRefs(chapter, "c.mdx").refs;
    expect(unknownRefs(refs, "c.mdx", new Set(["bd-in-wb", "bd-in-as", "np-total", "mm-total"]), new Set(["border-lengths", "map-overview"]))).toEqual([]);
  });
});
