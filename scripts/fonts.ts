/**
 * npm run fonts (part of npm run data): the Devanagari web fonts, cut down to the letters the site's Hindi text
 * uses. Noto Sans Devanagari (SIL OFL 1.1, through Fontsource) is about 50 KB a weight whole; the Hindi pages load
 * two weights, so each is subset (harfbuzz, through subset-font, keeping the shaping rules that join letters) to
 * every Devanagari character found in the project's Hindi text, and written to public/fonts/. The same text gives
 * the same bytes; the result is cached under node_modules/.cache, keyed by the character set.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import subsetFont from "subset-font";

const require = createRequire(import.meta.url);
const OUT = "public/fonts";
const CACHE = "node_modules/.cache/crossings-fonts";
export const DEVANAGARI_WEIGHTS = [400, 600] as const;
const source = (w: number) =>
  require.resolve(`@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-${w}-normal.woff2`);
/** Where the subset for a weight is published (root-relative; src/styles/fonts.css loads it). */
export const fontFile = (w: number) => `noto-sans-devanagari-${w}.woff2`;

/** Folders whose text the Hindi pages show. */
const ROOTS = ["src", "data"];
const TEXT = /\.(ts|astro|mdx|md|json|csv)$/;
const DEVANAGARI = /\p{Script=Devanagari}/gu;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (TEXT.test(name)) yield p;
  }
}

/** Every Devanagari character in the project's text, sorted, plus the punctuation Hindi uses. */
export function devanagariText(roots: readonly string[] = ROOTS): string {
  const chars = new Set<string>(["।", "॥", " ", "-", "(", ")", ",", ".", "…", "–", "—", "‘", "’", "“", "”"]);
  for (const root of roots)
    for (const f of files(root))
      for (const c of readFileSync(f, "utf8").match(DEVANAGARI) ?? []) chars.add(c);
  return [...chars].sort().join("");
}

export async function buildFonts(out = OUT): Promise<string[]> {
  const text = devanagariText();
  const key = createHash("sha256")
    .update(text)
    .update(readFileSync(require.resolve("subset-font/package.json")))
    .digest("hex")
    .slice(0, 16);
  mkdirSync(out, { recursive: true });
  mkdirSync(CACHE, { recursive: true });
  const written: string[] = [];
  for (const w of DEVANAGARI_WEIGHTS) {
    const cached = join(CACHE, `${key}-${w}.woff2`);
    if (!existsSync(cached)) {
      const subset = await subsetFont(readFileSync(source(w)), text, { targetFormat: "woff2" });
      writeFileSync(`${cached}.tmp`, subset);
      renameSync(`${cached}.tmp`, cached);
    }
    const target = join(out, fontFile(w));
    writeFileSync(`${target}.tmp`, readFileSync(cached));
    renameSync(`${target}.tmp`, target);
    written.push(target);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const written = await buildFonts();
  const kb = written.map((f) => `${f} ${(statSync(f).size / 1024).toFixed(1)} KB`).join(", ");
  console.log(`npm run fonts: ${kb} in ${Math.round(performance.now() - started)} ms`);
}
