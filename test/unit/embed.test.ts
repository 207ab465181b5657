import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { MAX_ALT, embedCode, imageEmbedCode, oembed, shortAlt } from "../../src/lib/embed.ts";

const SITE = "https://crossings.example.org/";

describe("short alt text", () => {
  it("keeps a description that fits", () => {
    expect(shortAlt("A bar chart.  Two bars.")).toBe("A bar chart. Two bars.");
  });
  it("keeps whole sentences up to the limit", () => {
    const first = `Line chart with a break at 2017, ${"where the method changed ".repeat(4).trim()}.`;
    const alt = shortAlt(`${first} Cases rose from 3,030 to 8,132. ${"More detail here. ".repeat(20)}`);
    expect(alt.length).toBeLessThanOrEqual(MAX_ALT);
    expect(alt.startsWith(first)).toBe(true);
    expect(alt).toMatch(/\.$/);
    expect(alt).toContain("3,030 to 8,132.");
  });
  it("cuts a first sentence that is too long at a word, with an ellipsis", () => {
    const alt = shortAlt(`${"word ".repeat(100)}end.`);
    expect(alt.length).toBeLessThanOrEqual(MAX_ALT);
    expect(alt).toMatch(/word…$/);
  });
  it("does not split at a decimal point", () => {
    const first = `Values of 1.5 and 2.5 lakh ${"were counted ".repeat(9)}in all.`;
    expect(shortAlt(`${first} ${"x".repeat(300)}`)).toBe(first);
  });
  it("follows a short first sentence with the start of the next", () => {
    const alt = shortAlt(`Two bar charts. ${"Where people are counted, and how many ".repeat(10)}end.`);
    expect(alt.length).toBeLessThanOrEqual(MAX_ALT);
    expect(alt.length).toBeGreaterThan(MAX_ALT / 2);
    expect(alt).toMatch(/^Two bar charts\. Where people are counted, .*…$/);
  });
});

describe("embed codes", () => {
  it("iframe: lazy, titled, in the page's language, with the sizing script", () => {
    const code = embedCode(SITE, {
      id: "ncrb-trend",
      title: 'Cases "registered" & <more>',
      path: "/hi/embed/ncrb-trend/",
      height: 600,
    });
    const { document } = parseHTML(`<!doctype html><html><body>${code}</body></html>`);
    const f = document.querySelector("iframe")!;
    expect(f.getAttribute("src")).toBe(`${SITE}hi/embed/ncrb-trend/`);
    expect(f.getAttribute("loading")).toBe("lazy");
    expect(f.getAttribute("title")).toBe('Cases "registered" & <more>');
    expect(f.getAttribute("data-crossings-embed")).toBe("ncrb-trend");
    expect(document.querySelector("script")!.getAttribute("src")).toBe(`${SITE}embed.js`);
  });

  it("image: the picture with its size and alt, title, source, credit and a link, all escaped", () => {
    const code = imageEmbedCode({
      title: "A & B <script>",
      alt: 'Short "alt"',
      src: `${SITE}charts/x/chart.0123abcd.png`,
      width: 672,
      height: 500,
      source: "Sources: NCRB, 2022.",
      credit: "Crossings, CC BY 4.0; data version 0123abcd, 2026-12-07",
      href: `${SITE}charts/x/`,
      link: "Full description, data and sources",
      lang: "en",
    });
    expect(code).not.toContain("<script>");
    const { document } = parseHTML(`<!doctype html><html><body>${code}</body></html>`);
    const img = document.querySelector("figure > img")!;
    expect(img.getAttribute("alt")).toBe('Short "alt"');
    expect([img.getAttribute("width"), img.getAttribute("height")]).toEqual(["672", "500"]);
    expect(img.getAttribute("src")).toMatch(/chart\.0123abcd\.png$/);
    const cap = document.querySelector("figcaption")!;
    expect(cap.querySelector("strong")!.textContent).toBe("A & B <script>");
    expect(cap.textContent).toContain("data version 0123abcd, 2026-12-07");
    expect(cap.querySelector("a")!.getAttribute("href")).toBe(`${SITE}charts/x/`);
  });

  it("oEmbed: the iframe code, and the versioned PNG as thumbnail", () => {
    const o = oembed(SITE, {
      id: "x",
      title: "T",
      path: "/embed/x/",
      height: 500,
      provider: "Crossings",
      thumbnail: { path: "/charts/x/chart.0123abcd.png", width: 1344, height: 1000 },
    });
    expect(o).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "Crossings",
      thumbnail_url: `${SITE}charts/x/chart.0123abcd.png`,
      thumbnail_width: 1344,
      thumbnail_height: 1000,
    });
    expect(o.html).toContain(`${SITE}embed/x/`);
  });
});
