/**
 * The dictionaries, one per locale, all of the English one's type: a missing key in any locale is a type error,
 * and `dictionary()` refuses an incomplete one at build time too (the build reads them through it).
 */
import { en } from "./en/index.ts";
import { hi } from "./hi/index.ts";
import { LOCALES, type Locale } from "./locales.ts";

export type Dict = typeof en;
export * from "./locales.ts";

const DICTIONARIES: Record<Locale, Dict> = { en, hi };

/** Every key path in `a` that `b` lacks (functions and strings are leaves). */
export function missingKeys(a: unknown, b: unknown, path = ""): string[] {
  if (typeof a !== "object" || a === null) return b === undefined ? [path] : [];
  if (typeof b !== "object" || b === null) return [path];
  return Object.entries(a).flatMap(([k, v]) =>
    missingKeys(v, (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k),
  );
}

const checked = new Set<Locale>();

/** The dictionary of a locale; throws, naming every missing key, when it is incomplete. */
export function dictionary(locale: Locale): Dict {
  const d = DICTIONARIES[locale];
  if (!checked.has(locale)) {
    const missing = missingKeys(en, d);
    if (missing.length)
      throw new Error(`src/i18n/${locale}: missing ${missing.length} key(s): ${missing.join(", ")}`);
    checked.add(locale);
  }
  return d;
}

export const allLocales = (): readonly Locale[] => LOCALES;
