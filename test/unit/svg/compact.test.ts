import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { compact } from "../../../src/lib/svg/compact.ts";
import { serialize } from "../../../src/lib/svg/serialize.ts";

const svg = (inner: string): Element => {
  const { document } = parseHTML(`<!doctype html><html><body><svg>${inner}</svg></body></html>`);
  return document.querySelector("svg") as unknown as Element;
};
const run = (inner: string) => serialize(compact(svg(inner)));

describe("compact", () => {
  it("folds a group of one element into it: paint inherited, transforms in order", () => {
    expect(run('<g fill="red" transform="translate(1,2)"><path d="M0,0" transform="rotate(3)" /></g>')).toBe(
      '<svg><path fill="red" d="M0,0" transform="translate(1,2) rotate(3)" /></svg>',
    );
  });

  it("leaves the child's own paint before the group's", () => {
    expect(run('<g fill="red" stroke="blue"><circle r="2" fill="green" /></g>')).toBe(
      '<svg><circle stroke="blue" r="2" fill="green" /></svg>',
    );
  });

  it("folds nested groups deepest first", () => {
    expect(run('<g aria-hidden="true"><g font-size="10"><text x="1">a</text></g></g>')).toBe(
      '<svg><text aria-hidden="true" font-size="10" x="1">a</text></svg>',
    );
  });

  it("keeps a group that carries a hook, a name, a role or a group-wide effect", () => {
    for (const attr of ['data-tip="t"', 'aria-label="x-axis"', 'class="c"', 'role="img"', 'opacity="0.5"']) {
      const inner = `<g ${attr}><path d="M0,0" /></g>`;
      expect(run(inner)).toBe(`<svg>${inner.replace("></path>", " />")}</svg>`);
    }
  });

  it("keeps a group of more than one child, or of text", () => {
    const two = '<g fill="red"><path d="M0,0" /><path d="M1,1" /></g>';
    expect(run(two)).toBe(`<svg>${two}</svg>`);
    expect(run('<g fill="red">loose text<path d="M0,0" /></g>')).toBe(
      '<svg><g fill="red">loose text<path d="M0,0" /></g></svg>',
    );
  });

  it("writes a text's first line into the text when their positions agree", () => {
    expect(run('<text y="5"><tspan x="0" dy="0">a</tspan><tspan x="0" dy="1em">b</tspan></text>')).toBe(
      '<svg><text x="0" y="5">a<tspan x="0" dy="1em">b</tspan></text></svg>',
    );
    expect(run('<text x="4"><tspan x="0">a</tspan></text>')).toBe(
      '<svg><text x="4"><tspan x="0">a</tspan></text></svg>',
    );
    expect(run('<text><tspan font-weight="bold">a</tspan></text>')).toBe(
      '<svg><text><tspan font-weight="bold">a</tspan></text></svg>',
    );
  });
});

describe("compact numbers", () => {
  it("writes geometry with at most three decimals, and leaves words and hooks alone", () => {
    expect(
      run(
        '<text y="0.9128571428571429em" transform="translate(10.12345,2)" data-tip="ratio 1.23456" aria-label="v 0.00001">a<tspan x="0" dy="1.3076923076923077em">b</tspan></text>',
      ),
    ).toBe(
      '<svg><text y="0.913em" transform="translate(10.123,2)" data-tip="ratio 1.23456" aria-label="v 0.00001">a<tspan x="0" dy="1.308em">b</tspan></text></svg>',
    );
  });
});
