/**
 * The categorical palette (--cat-1 … --cat-6) must stay distinguishable for readers with the common
 * colour-vision deficiencies, in both themes. Each colour is passed through Machado, Oliveira and
 * Fernandes' (2009) simulation at full severity (protanopia, deuteranopia, tritanopia; culori's
 * `filterDeficiency*`, which applies the paper's matrices to sRGB values), clamped to the sRGB gamut, and every
 * pair is compared with CIEDE2000 (culori's `differenceCiede2000`, in CIELAB with the D65 white).
 *
 * Threshold: ΔE00 ≥ 8 for the worst pair. A ΔE00 of about 2 is a just-noticeable difference for large,
 * side-by-side patches; chart marks are small and apart, where Szafir (2018, "Modeling Color Difference
 * for Visualization Design") found the noticeable difference grows several-fold, so we ask for roughly
 * four JNDs. The charts never rely on colour alone (labels, shapes, order), so this is a floor, not a goal.
 */
import {
  clampRgb,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  type Color,
} from "culori";
import { describe, expect, it } from "vitest";
import { TOKENS } from "../../../src/lib/tokens.ts";

const MIN_DE = 8;

/** Pairs allowed to fail, kept visible if ever needed (the dark --cat-1 was changed to #5aa0e6 to clear them). */
const KNOWN_FAILURES = new Set<string>();

function palettes(): Record<"light" | "dark", Record<string, string>> {
  // Each --cat-N is one design token: [light, dark].
  const pairs = Object.entries(TOKENS)
    .filter(([k]) => /^--cat-\d$/.test(k))
    .map(([k, v]) => [k, k.slice(2), v[0], v[1]] as const);
  if (pairs.length < 6) throw new Error("src/lib/tokens.ts should declare --cat-1…6");
  return {
    light: Object.fromEntries(pairs.map((x) => [x[1]!, x[2]!.toLowerCase()])),
    dark: Object.fromEntries(pairs.map((x) => [x[1]!, x[3]!.toLowerCase()])),
  };
}

const deltaE = differenceCiede2000();
const VISIONS: Record<string, (c: Color) => Color> = {
  normal: (c) => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};
const colour = (hex: string): Color => {
  const c = parse(hex);
  if (!c) throw new Error(`not a colour: ${hex}`);
  return c;
};

describe("CIEDE2000", () => {
  it("matches Sharma, Wu and Dalal's (2005) test pairs", () => {
    const lab = (l: number, a: number, b: number): Color => ({ mode: "lab65", l, a, b });
    expect(deltaE(lab(50, 2.6772, -79.7751), lab(50, 0, -82.7485))).toBeCloseTo(2.0425, 3);
    expect(deltaE(lab(50, -1.3802, -84.2814), lab(50, 0, -82.7485))).toBeCloseTo(1.0, 3);
    expect(deltaE(lab(60.2574, -34.0099, 36.2677), lab(60.4626, -34.1751, 39.4387))).toBeCloseTo(1.2644, 3);
  });
});

describe("colour-vision simulation", () => {
  it("keeps greys grey and turns red and green alike for protanopia and deuteranopia", () => {
    for (const f of Object.values(VISIONS))
      expect(deltaE(f(colour("#777777")), colour("#777777"))).toBeLessThan(1);
    const red = colour("#d62728");
    const green = colour("#2ca02c");
    expect(deltaE(red, green)).toBeGreaterThan(40);
    for (const v of ["protanopia", "deuteranopia"])
      expect(deltaE(VISIONS[v]!(red), VISIONS[v]!(green)), v).toBeLessThan(deltaE(red, green) / 2);
  });
});

describe("categorical palette under colour-vision deficiencies", () => {
  const themes = palettes();
  for (const [theme, colours] of Object.entries(themes)) {
    it(`${theme}: all six --cat colours are defined`, () =>
      expect(Object.keys(colours).sort()).toEqual(["cat-1", "cat-2", "cat-3", "cat-4", "cat-5", "cat-6"]));
    for (const [vision, simulate] of Object.entries(VISIONS)) {
      const test = KNOWN_FAILURES.has(`${theme}/${vision}`) ? it.fails : it;
      test(`${theme}, ${vision}: every pair differs by ΔE00 ≥ ${MIN_DE}`, () => {
        const names = Object.keys(colours).sort();
        const seen = names.map((n) => clampRgb(simulate(colour(colours[n]!))));
        const close: string[] = [];
        for (let i = 0; i < names.length; i++)
          for (let j = i + 1; j < names.length; j++) {
            const d = deltaE(seen[i]!, seen[j]!);
            if (d < MIN_DE)
              close.push(
                `${names[i]} ${colours[names[i]!]} / ${names[j]} ${colours[names[j]!]}: ΔE00 ${d.toFixed(1)}`,
              );
          }
        expect(close, close.join("\n")).toEqual([]);
      });
    }
  }
});
