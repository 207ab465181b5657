/**
 * The lint covers the code that reaches browsers: the `<script>` blocks of `.astro` files are linted as
 * TypeScript at the same strictness as `.ts` files, through the project's own eslint.config.js. If the config
 * ignored `.astro` files again, or lost the rules below, `npm run check` would let them through.
 */
import { readFileSync } from "node:fs";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

const component = (script: string) => `---
interface Props {
  label: string;
}
const { label } = Astro.props;
---

<p data-label={label}>{label}</p>

<script>
${script}
</script>
`;

/** Lints source text as if it were a file at `path`, with the project's config; returns "rule: message" lines. */
async function lint(path: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? "fatal"}: ${m.message}`);
}

describe("ESLint over .astro files", () => {
  it("passes a clean component script", async () => {
    const clean = component(`  const el = document.querySelector("p");
  if (el) el.hidden = false;`);
    expect(await lint("src/components/LintFixture.astro", clean)).toEqual([]);
  });

  it("fails a `debugger;` in a component's <script>", async () => {
    const bad = component(`  const el = document.querySelector("p");
  debugger;
  if (el) el.hidden = false;`);
    expect(await lint("src/components/LintFixture.astro", bad)).toContain(
      "no-debugger: Unexpected 'debugger' statement.",
    );
  });

  it("fails a `debugger;` in a page's <script>", async () => {
    const bad = component(`  debugger;`);
    expect((await lint("src/pages/lint-fixture.astro", bad)).join("\n")).toMatch(/^no-debugger:/m);
  });

  it("applies the TypeScript rules to component scripts as to .ts files", async () => {
    const script = `  const unused = 1;
  const x: any = document.body;
  x.hidden = false;`;
    const inAstro = await lint("src/components/LintFixture.astro", component(script));
    const inTs = await lint("src/client/lint-fixture.ts", script);
    for (const rule of ["@typescript-eslint/no-unused-vars", "@typescript-eslint/no-explicit-any"]) {
      expect(inAstro.join("\n")).toContain(rule);
      expect(inTs.join("\n")).toContain(rule);
    }
  });

  it("fails a `debugger;` in the frontmatter too", async () => {
    const bad = component("").replace(
      "const { label } = Astro.props;",
      "const { label } = Astro.props;\ndebugger;",
    );
    expect((await lint("src/components/LintFixture.astro", bad)).join("\n")).toMatch(/^no-debugger:/m);
  });

  it("no .astro file is ignored, and npm run check runs ESLint over the whole project", async () => {
    expect(await eslint.isPathIgnored("src/components/Chart.astro")).toBe(false);
    expect(await eslint.isPathIgnored("src/pages/index.astro")).toBe(false);
    const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> })
      .scripts;
    expect(scripts["check"]).toMatch(/(^|&& )eslint \.( |$)/);
  });
});
