import { crc32 } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { FONT_FILES, chartPng } from "../../../src/lib/export/png.ts";
import { PAD, standalone, standaloneSvg } from "../../../src/lib/export/standalone.ts";
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
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
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

describe("sizes", () => {
  it("the standalone drawing is the figure's width plus its margins, with the caption below", () => {
    const st = standalone(figure, text, "light");
    expect(st.width).toBe(600 + 2 * PAD);
    const root = parseHTML(`<!doctype html><html><body>${st.svg}</body></html>`).document.querySelector(
      "svg",
    )!;
    expect(["width", "height", "viewBox"].map((a) => root.getAttribute(a))).toEqual([
      String(st.width),
      String(st.height),
      `0 0 ${st.width} ${st.height}`,
    ]);
    const inner = placed(st.svg);
    // Title and legend above the figure, notes, source and credit below it, all inside the picture.
    expect(inner.y).toBeGreaterThan(17);
    expect(st.height).toBeGreaterThan(PAD + inner.y + 100 + 4 * 11);
    const fewer = standalone(figure, { ...text, notes: [], legend: [] }, "light");
    expect(fewer.height).toBeLessThan(st.height);
  });

  it("long titles and notes wrap to the figure's width", () => {
    const long = standalone(
      figure,
      { ...text, title: "word ".repeat(60), notes: ["note ".repeat(200)] },
      "light",
    );
    const { document } = parseHTML(`<!doctype html><html><body>${long.svg}</body></html>`);
    const lines = [...document.querySelectorAll("svg > g > text")];
    expect(lines.length).toBeGreaterThan(8);
    for (const l of lines) expect((l.textContent ?? "").length * 11 * 0.53).toBeLessThanOrEqual(600 * 1.6);
  });
});

describe("legend swatches", () => {
  it("draw a ring and a dash where the legend asks for them, in the token's colour", () => {
    const svg = standaloneSvg(
      figure,
      {
        ...text,
        legend: [
          { label: "Border town", color: "--map-place", mark: "ring" },
          { label: "Disputed boundary", color: "--map-disputed", mark: "dash" },
        ],
      },
      "dark",
    );
    const doc = parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
    const ring = doc.querySelector("svg > g > rect")!;
    expect([ring.getAttribute("fill"), ring.getAttribute("stroke")]).toEqual([
      "none",
      tokenValue("--map-place", "dark"),
    ]);
    const dash = doc.querySelector("svg > g > path[stroke-dasharray]")!;
    expect(dash.getAttribute("stroke")).toBe(tokenValue("--map-disputed", "dark"));
  });

  it("refuse a legend colour that is no design token", () => {
    expect(() =>
      standaloneSvg(
        figure,
        { ...text, legend: [{ label: "Land port", color: "--map-place-land-port" }] },
        "dark",
      ),
    ).toThrow(/not a design token/);
  });
});

describe("PNG export", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`${theme}: twice the standalone size, in the theme's colours`, () => {
      const st = standalone(figure, text, theme);
      const png = chartPng(figure, text, { theme });
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([st.width * 2, st.height * 2]);
      const inner = placed(st.svg);
      // The figure's first mark (a --cat-1 square at 10..90) and the page, in PNG pixels.
      const px = pngPixels(png);
      expect(px(2 * (PAD + 50), 2 * (PAD + inner.y + 50))).toEqual(rgb(tokenValue("--cat-1", theme)));
      expect(px(3, 3)).toEqual(rgb(tokenValue("--bg", theme)));
    });
  }

  it("at scale 1 is the standalone size", () => {
    const st = standalone(figure, text, "light");
    const png = chartPng(figure, text, { scale: 1 });
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([st.width, st.height]);
  });

  it("carries its metadata in valid iTXt chunks, UTF-8 included, and still decodes", () => {
    const meta = { Title: "दुर्व्यापार & trafficking", Comment: "data version abc12345, 2026-12-07" };
    const png = chartPng(figure, text, { text: meta });
    const cs = chunks(png);
    expect(cs.map((c) => c.type).slice(0, 3)).toEqual(["IHDR", "iTXt", "iTXt"]);
    for (const c of cs) expect(c.crcOk, c.type).toBe(true);
    expect(itxt(png)).toEqual(meta);
    expect(pngPixels(png)(3, 3)).toEqual(rgb(tokenValue("--bg", "light")));
  });
});

/** The y at which the figure sits inside the standalone drawing's margin group. */
function placed(svg: string): { y: number } {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return { y: Number(document.querySelector("svg > g > svg")!.getAttribute("y")) };
}

/** Reads a PNG's pixels by drawing it into an SVG with resvg: (x, y) → [r, g, b]. */
function pngPixels(png: Buffer) {
  const w = png.readUInt32BE(16);
  const h = png.readUInt32BE(20);
  const img = new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><image width="${w}" height="${h}" href="data:image/png;base64,${png.toString("base64")}"/></svg>`,
  ).render();
  return (x: number, y: number) => {
    const i = (Math.round(y) * img.width + Math.round(x)) * 4;
    return [...img.pixels.subarray(i, i + 3)];
  };
}

function chunks(png: Buffer) {
  const out: { type: string; data: Buffer; crcOk: boolean }[] = [];
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString("latin1");
    const data = png.subarray(at + 8, at + 8 + len);
    const crc = png.readUInt32BE(at + 8 + len);
    out.push({ type, data, crcOk: crc32(png.subarray(at + 4, at + 8 + len)) === crc });
    at += 12 + len;
  }
  return out;
}

/** The iTXt entries of a PNG, by keyword. */
function itxt(png: Buffer): Record<string, string> {
  return Object.fromEntries(
    chunks(png)
      .filter((c) => c.type === "iTXt")
      .map((c) => {
        const nul = c.data.indexOf(0);
        // keyword NUL, compression flag and method, language tag NUL, translated keyword NUL, text
        let at = nul + 3;
        at = c.data.indexOf(0, at) + 1;
        at = c.data.indexOf(0, at) + 1;
        return [c.data.subarray(0, nul).toString("latin1"), c.data.subarray(at).toString("utf8")];
      }),
  );
}
