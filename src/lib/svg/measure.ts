/**
 * Text widths measured from the font itself, for laying out labels at build time. A character count is a
 * poor guess for proportional type and a worse one for Devanagari, where letters join into conjuncts, so
 * each run of text is shaped with the font of its script (fontkit applies kerning and Indic shaping) and
 * its advance is summed. Build-time only: the fonts come from npm packages and never reach the browser.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create, type Font } from "fontkit";

export type Script = "latin" | "devanagari";
export type Weight = 400 | 600;

const require = createRequire(import.meta.url);

/**
 * Font files by script and weight (module paths). Inter (SIL OFL 1.1) is also the font PNG exports render
 * with. Devanagari has no file until the Hindi edition adds one (Noto Sans Devanagari): `registerFont`.
 */
const FILES: Record<Script, Partial<Record<Weight, string>>> = {
  latin: {
    400: "@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf",
    600: "@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf",
  },
  devanagari: {},
};

const fonts = new Map<string, Font>();
const cache = new Map<string, number>();

/** Sets the font file for a script and weight: a module path or an absolute path to a TTF/OTF. */
export function registerFont(script: Script, weight: Weight, file: string): void {
  FILES[script][weight] = file;
  fonts.clear();
  cache.clear();
}

function fontFor(script: Script, weight: Weight): Font {
  // A script without its own font is measured with the Latin one (an estimate until a font is registered).
  const files = Object.keys(FILES[script]).length ? FILES[script] : FILES.latin;
  const file = files[weight] ?? files[400] ?? Object.values(files)[0]!;
  let font = fonts.get(file);
  if (!font) {
    font = create(readFileSync(file.startsWith("/") ? file : require.resolve(file)));
    fonts.set(file, font);
  }
  return font;
}

const DEVANAGARI = /[\u0900-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff]/;

/** Splits text into runs of one script; spaces, digits and punctuation stay with the run they are in. */
export function scriptRuns(text: string): { script: Script; text: string }[] {
  const out: { script: Script; text: string }[] = [];
  for (const ch of text) {
    const own: Script | undefined = DEVANAGARI.test(ch)
      ? "devanagari"
      : /\p{L}/u.test(ch)
        ? "latin"
        : undefined;
    const last = out[out.length - 1];
    const script = own ?? last?.script ?? "latin";
    if (last && last.script === script) last.text += ch;
    else out.push({ script, text: ch });
  }
  return out;
}

/** The advance width of `text` set at `size` (any unit: the result is in the same unit) and `weight`. */
export function textWidth(text: string, size: number, weight: Weight = 400): number {
  const key = `${weight}\u0000${text}`;
  let em = cache.get(key);
  if (em === undefined) {
    em = 0;
    for (const run of scriptRuns(text)) {
      const font = fontFor(run.script, weight);
      em += font.layout(run.text).advanceWidth / font.unitsPerEm;
    }
    cache.set(key, em);
  }
  return em * size;
}
