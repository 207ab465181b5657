/**
 * Text widths from the font itself, for wrapping and placing labels at build time: a character count is a
 * poor guess for proportional type ("iii" against "WWW"), and a worse one for Devanagari, where letters join.
 * Each script has its own font files by weight; a run of text is split by script and each part is measured with
 * its font: Latin letter by letter from the glyphs' advances (fast; kerning is left out, a percent or two),
 * other scripts shaped by fontkit, which forms Devanagari's conjuncts. Build-time only: the
 * fonts are read from npm packages, nothing reaches the browser.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create, type Font } from "fontkit";

export type Script = "latin" | "devanagari";
export type Weight = 400 | 600 | 700;

const require = createRequire(import.meta.url);
const inter = (w: string) => `@expo-google-fonts/inter/${w}/Inter_${w}.ttf`;

/** Font files by script and weight. The UI font, Inter (OFL), is the one the PNG exports render with. */
const FILES: Record<Script, Record<number, string>> = {
  latin: { 400: inter("400Regular"), 600: inter("600SemiBold"), 700: inter("700Bold") },
  devanagari: {
    400: "@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf",
    600: "@expo-google-fonts/noto-sans-devanagari/600SemiBold/NotoSansDevanagari_600SemiBold.ttf",
  },
};

/**
 * Adds (or replaces) the font for a script and weight: a module path or an absolute file. Devanagari has
 * none until the Hindi edition registers Noto Sans Devanagari; until then its text is measured with the
 * Latin font, which has no Devanagari glyphs, so widths are an estimate.
 */
export function registerFont(script: Script, weight: number, file: string): void {
  FILES[script][weight] = file;
  for (const key of [...fonts.keys()]) if (key.startsWith(`${script}:`)) fonts.delete(key);
  widths.clear();
}

const fonts = new Map<string, Font>();
const widths = new Map<string, number>();

/** The font a script is set in at a weight (the nearest weight that has a file). */
export function fontFor(script: Script, weight: number): Font {
  const files = Object.keys(FILES[script]).length ? FILES[script] : FILES.latin;
  const have = Object.keys(files).map(Number);
  // The nearest weight that has a file, preferring the heavier on a tie.
  const w = have.reduce((a, b) => (Math.abs(b - weight) <= Math.abs(a - weight) ? b : a));
  const key = `${script}:${w}`;
  let font = fonts.get(key);
  if (!font) {
    const file = files[w]!;
    font = create(readFileSync(file.startsWith("/") ? file : require.resolve(file)));
    fonts.set(key, font);
  }
  return font;
}

// Code-point ranges of the Devanagari blocks (their marks are meant), not characters combined by accident.
// eslint-disable-next-line no-misleading-character-class
const DEVANAGARI = /[\u0900-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff]/;

/** The script a character belongs to; spaces and punctuation go with the run they are in. */
export const scriptOf = (ch: string): Script | undefined =>
  DEVANAGARI.test(ch) ? "devanagari" : /[\p{L}\p{N}]/u.test(ch) ? "latin" : undefined;

/** Splits text into runs of one script each. */
export function runs(text: string): { script: Script; text: string }[] {
  const out: { script: Script; text: string }[] = [];
  for (const ch of text) {
    const s = scriptOf(ch) ?? out[out.length - 1]?.script ?? "latin";
    const last = out[out.length - 1];
    if (last && last.script === s) last.text += ch;
    else out.push({ script: s, text: ch });
  }
  return out;
}

const glyphs = new WeakMap<Font, Map<number, number>>();

/** The sum of the letters' advances, in em. */
function advances(font: Font, text: string): number {
  let cache = glyphs.get(font);
  if (!cache) glyphs.set(font, (cache = new Map()));
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let w = cache.get(cp);
    if (w === undefined) cache.set(cp, (w = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm));
    em += w;
  }
  return em;
}

/** The width in pixels of `text` set in the UI font at `size` px and `weight` (400, 600 or 700). */
export function textWidth(text: string, size: number, weight = 400): number {
  const key = `${weight}|${text}`;
  let em = widths.get(key);
  if (em === undefined) {
    em = 0;
    for (const r of runs(text)) {
      const font = fontFor(r.script, weight);
      em +=
        r.script === "latin" ? advances(font, r.text) : font.layout(r.text).advanceWidth / font.unitsPerEm;
    }
    widths.set(key, em);
  }
  return em * size;
}
