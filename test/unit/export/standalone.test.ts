import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { FONT_FILES, chartPng } from "../../../src/lib/export/png.ts";
import { standaloneSvg } from "../../../src/lib/export/standalone.ts";
import { resolvePaint, resolveValue, tokenValue, tokensCss, TOKENS } from "../../../src/lib/tokens.ts";
import { buildDocument } from "../../../src/lib/charts/render.ts";
import { el } from "../../../src/lib/svg/el.ts";

const figure =
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="100" viewBox="0 0 600 100">' +
  '<rect x="10" y="10" width="80" height="80" fill="var(--cat-1)" data-tip="Justice &amp; Care &lt;b&gt;" />' +
  '<text x="100" y="50" fill="currentColor">A &amp; B</text></svg>';
const text = {
  title: 'Sources & "quotes" <script>',
  notes: ["Boundaries shown do not imply endorsement."],
  source: "Source: MHA & BSF",
  credit: "Crossings, CC BY 4.0; data version abc123",
  legend: [{ label: "Smuggling", color: "--map-route-smuggling" }],
};

/** The RGBA of one pixel of a rendered SVG. */
function pixel(svg: string, x: number, y: number): number[] {
  const img = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [...FONT_FILES] } }).render();
  const i = (y * img.width + x) * 4;
  return [...img.pixels.subarray(i, i + 4)];
}
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe("design tokens", () => {
  it("generate one declaration per token, light-dark() where the themes differ", () => {
    const css = tokensCss();
    for (const [name, [light, dark]] of Object.entries(TOKENS))
      expect(css).toContain(
        light === dark ? `${name}: ${light};` : `${name}: light-dark(${light}, ${dark});`,
      );
    expect(css).toContain(".sw-cat-1 {");
  });

  it("resolve var() with fallbacks and currentColor, and refuse a name that is no token", () => {
    expect(resolveValue("var(--cat-2)", "dark")).toBe(tokenValue("--cat-2", "dark"));
    expect(resolveValue("var(--nope, var(--fg))", "light")).toBe(tokenValue("--fg", "light"));
    expect(resolveValue("currentColor", "dark")).toBe(tokenValue("--fg", "dark"));
    expect(() => resolveValue("var(--not-a-token)", "light")).toThrow(/not a design token/);
  });

  it("resolve paint attributes through a whole tree", () => {
    const doc = buildDocument();
    const g = el(doc, "g", { fill: "var(--bg)" }, el(doc, "path", { stroke: "var(--map-line)", d: "M0,0" }));
    resolvePaint(g, "dark");
    expect(g.getAttribute("fill")).toBe(tokenValue("--bg", "dark"));
    expect(g.firstElementChild!.getAttribute("stroke")).toBe(tokenValue("--map-line", "dark"));
  });
});

describe("standalone SVG", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`${theme}: every colour resolved, text escaped, the theme's background`, () => {
      const svg = standaloneSvg(figure, text, theme);
      expect(svg).not.toMatch(/var\(|currentColor/);
      expect(svg).toContain("Sources &amp; &quot;quotes&quot; &lt;script&gt;".replace(/&quot;/g, '"'));
      expect(svg).not.toMatch(/="[^"]*[<>]/);
      expect(svg).toContain(`fill="${tokenValue("--cat-1", theme)}"`);
      expect(pixel(svg, 1, 1).slice(0, 3)).toEqual(rgb(tokenValue("--bg", theme)));
    });
  }

  it("keeps the legend, the notes, the source and the credit", () => {
    const svg = standaloneSvg(figure, text, "light");
    for (const s of ["Smuggling", "Boundaries shown", "Source: MHA &amp; BSF", "data version abc123"])
      expect(svg).toContain(s);
    expect(svg).toContain(`fill="${tokenValue("--map-route-smuggling", "light")}"`);
  });
});

describe("PNG export", () => {
  it("is twice the drawing's width, in the theme's colours", () => {
    for (const theme of ["light", "dark"] as const) {
      const png = chartPng(figure, text, theme);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(1200);
    }
  });
});
