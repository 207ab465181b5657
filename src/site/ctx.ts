/** The build's context for a locale: its dictionary (checked complete), its formats and its figure texts. */
import { readFileSync } from "node:fs";
import { dictionary, LOCALE_META, type Locale } from "../i18n/index.ts";
import { chartIds } from "../lib/charts/index.ts";
import { makeCtx, type Ctx } from "../lib/context.ts";
import { parseFigureTexts } from "../lib/content/figure-text.ts";

const cache = new Map<Locale, Ctx>();

/** Where each locale's figure texts are. */
export const figureTextFile = (locale: Locale): string => `src/content/figures/${locale}.json`;

export function ctxFor(locale: Locale): Ctx {
  let c = cache.get(locale);
  if (!c) {
    const file = figureTextFile(locale);
    const texts = parseFigureTexts(JSON.parse(readFileSync(file, "utf8")), chartIds, file);
    cache.set(locale, (c = makeCtx(locale, dictionary(locale), LOCALE_META[locale].intl, texts)));
  }
  return c;
}
