/**
 * The site's languages. English is served at the root, every other locale under `/<code>/`. Adding a locale is a
 * dictionary (src/i18n/<code>/), its content (src/content/essay/<code>/, src/content/figures/<code>.json,
 * data/i18n/<code>/) and a line here; no other code changes.
 */
export const LOCALES = ["en", "hi"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export interface LocaleMeta {
  /** The `lang` attribute and hreflang. */
  lang: string;
  /** The language's own name, for the language switch. */
  name: string;
  /** The Intl locale used to format numbers, lists and dates. */
  intl: string;
  /**
   * Which large counts of people also get their lakh or crore form in prose: counts in India only (English, where
   * readers abroad expect millions), or every count (Hindi, where lakh and crore are the everyday words).
   */
  lakhWords: "india" | "all";
}

export const LOCALE_META: Record<Locale, LocaleMeta> = {
  en: { lang: "en", name: "English", intl: "en-GB", lakhWords: "india" },
  hi: { lang: "hi", name: "हिन्दी", intl: "hi-IN", lakhWords: "all" },
};

export const isLocale = (s: string | undefined): s is Locale =>
  (LOCALES as readonly string[]).includes(s ?? "");

/** The path prefix of a locale: "" for the default, "/hi" for Hindi. */
export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? "" : `/${locale}`);

/** A root-relative path in a locale: `localePath("hi", "/charts/")` is `/hi/charts/`. */
export const localePath = (locale: Locale, path: string): string => `${localePrefix(locale)}${path}`;

/**
 * The `lang` for text kept in English on a page of another language: bibliographic entries (publishers, titles)
 * are cited as published. Undefined on English pages, where the page's own `lang` already says so.
 */
export const sourceLang = (locale: Locale): "en" | undefined => (locale === "en" ? undefined : "en");
