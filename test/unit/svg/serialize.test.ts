import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { el } from "../../../src/lib/svg/el.ts";
import { escapeAttr, serialize } from "../../../src/lib/svg/serialize.ts";

const doc = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;

describe("serialize", () => {
  it("escapes & < > and quotes in attributes, and & < > in text", () => {
    const d = doc();
    const hostile = `Justice & Care <script>alert("x")</script> 'q'`;
    const svg = el(d, "svg", { "data-tip": hostile }, el(d, "text", {}, hostile));
    const xml = serialize(svg);
    expect(xml).toBe(
      `<svg data-tip="Justice &amp; Care &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 'q'">` +
        `<text>Justice &amp; Care &lt;script&gt;alert("x")&lt;/script&gt; 'q'</text></svg>`,
    );
    expect(escapeAttr(hostile)).not.toMatch(/[<>"]|&(?!amp;|lt;|gt;|quot;)/);
    expect(xml).not.toMatch(/="[^"]*[<&](?!amp;|lt;|gt;|quot;)/);
  });

  it("keeps SVG names' case and closes empty elements", () => {
    const d = doc();
    const xml = serialize(el(d, "defs", {}, el(d, "clipPath", { id: "c" }, el(d, "path", { d: "M0,0" }))));
    expect(xml).toBe('<defs><clipPath id="c"><path d="M0,0" /></clipPath></defs>');
  });

  it("drops comments and leaves no attribute unquoted", () => {
    const d = doc();
    const g = el(d, "g", { "data-x": 'a"b' });
    g.append(d.createComment("not written"));
    expect(serialize(g)).toBe('<g data-x="a&quot;b" />');
  });
});
