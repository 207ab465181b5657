/**
 * The categorical palette (--cat-1 … --cat-6) must stay distinguishable for readers with the common
 * colour-vision deficiencies, in both themes. Each colour is passed through Machado, Oliveira and
 * Fernandes' (2009) simulation at full severity (protanopia, deuteranopia, tritanopia, applied in linear
 * sRGB) and every pair is compared with CIEDE2000.
 *
 * Threshold: ΔE00 ≥ 8 for the worst pair. A ΔE00 of about 2 is a just-noticeable difference for large,
 * side-by-side patches; chart marks are small and apart, where Szafir (2018, "Modeling Color Difference
 * for Visualization Design") found the noticeable difference grows several-fold, so we ask for roughly
 * four JNDs. The charts never rely on colour alone (labels, shapes, order), so this is a floor, not a goal.
 */
import { TOKENS } from "../../../src/lib/tokens.ts";
import { describe, expect, it } from "vitest";

type RGB = [number, number, number];
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

const hex = (h: string): RGB => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as RGB;
const toLin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLin = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp = (c: number) => Math.min(1, Math.max(0, c));

/** Machado et al. 2009, severity 1.0. */
export const MACHADO: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function simulate(rgb: RGB, m: number[][] | undefined): RGB {
  if (!m) return rgb;
  const lin = rgb.map(toLin);
  return m.map((row) => fromLin(clamp(row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!))) as RGB;
}

function lab(rgb: RGB): RGB {
  const [r, g, b] = rgb.map(toLin) as RGB;
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIEDE2000 (Sharma, Wu and Dalal 2005). */
export function deltaE2000([L1, a1, b1]: RGB, [L2, a2, b2]: RGB): number {
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cb = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cb ** 7 / (Cb ** 7 + 25 ** 7)));
  const ap1 = (1 + G) * a1;
  const ap2 = (1 + G) * a2;
  const Cp1 = Math.hypot(ap1, b1);
  const Cp2 = Math.hypot(ap2, b2);
  const hp = (b: number, ap: number) => (b === 0 && ap === 0 ? 0 : (Math.atan2(b, ap) / rad + 360) % 360);
  const hp1 = hp(b1, ap1);
  const hp2 = hp(b2, ap2);
  const dL = L2 - L1;
  const dC = Cp2 - Cp1;
  let dh = 0;
  if (Cp1 * Cp2 !== 0) {
    dh = hp2 - hp1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(Cp1 * Cp2) * Math.sin((dh / 2) * rad);
  const Lb = (L1 + L2) / 2;
  const Cpb = (Cp1 + Cp2) / 2;
  let hb = hp1 + hp2;
  if (Cp1 * Cp2 !== 0) {
    if (Math.abs(hp1 - hp2) > 180) hb = hp1 + hp2 < 360 ? hb + 360 : hb - 360;
    hb /= 2;
  }
  const T =
    1 -
    0.17 * Math.cos((hb - 30) * rad) +
    0.24 * Math.cos(2 * hb * rad) +
    0.32 * Math.cos((3 * hb + 6) * rad) -
    0.2 * Math.cos((4 * hb - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hb - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cpb ** 7 / (Cpb ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lb - 50) ** 2) / Math.sqrt(20 + (Lb - 50) ** 2);
  const Sc = 1 + 0.045 * Cpb;
  const Sh = 1 + 0.015 * Cpb * T;
  const Rt = -Math.sin(2 * dTheta * rad) * Rc;
  return Math.sqrt((dL / Sl) ** 2 + (dC / Sc) ** 2 + (dH / Sh) ** 2 + Rt * (dC / Sc) * (dH / Sh));
}

describe("CIEDE2000", () => {
  it("matches Sharma et al.'s test pairs", () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000([50, -1.3802, -84.2814], [50, 0, -82.7485])).toBeCloseTo(1.0, 3);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 3);
  });
});

describe("categorical palette under colour-vision deficiencies", () => {
  const themes = palettes();
  for (const [theme, colours] of Object.entries(themes)) {
    it(`${theme}: all six --cat colours are defined`, () =>
      expect(Object.keys(colours).sort()).toEqual(["cat-1", "cat-2", "cat-3", "cat-4", "cat-5", "cat-6"]));
    for (const vision of ["normal", "protanopia", "deuteranopia", "tritanopia"]) {
      const test = KNOWN_FAILURES.has(`${theme}/${vision}`) ? it.fails : it;
      test(`${theme}, ${vision}: every pair differs by ΔE00 ≥ ${MIN_DE}`, () => {
        const names = Object.keys(colours).sort();
        const labs = names.map((n) => lab(simulate(hex(colours[n]!), MACHADO[vision])));
        const close: string[] = [];
        for (let i = 0; i < names.length; i++)
          for (let j = i + 1; j < names.length; j++) {
            const d = deltaE2000(labs[i]!, labs[j]!);
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
