/**
 * What every drawing and text function is given besides the data: the locale, its dictionary and its number
 * and list formats. Built by the caller (the pages, the tests) and passed in, so src/lib holds no strings of its
 * own and reads no global state.
 */
import type { Dict } from "../i18n/index.ts";
import type { Locale } from "../i18n/locales.ts";
import type { FigureText } from "./charts/types.ts";

export interface Fmt {
  /** A number in the locale's grouping, at most `digits` decimals (default 1). */
  number(n: number, digits?: number): string;
  /** A length: "1,751 km". */
  km(n: number): string;
  /** "a, b and c" in the locale's words. */
  list(items: readonly string[]): string;
  /** "11.05 lakh", "1.2 crore" for counts of a lakh or more; undefined below. */
  inWords(n: number): string | undefined;
}

export interface Ctx {
  locale: Locale;
  t: Dict;
  fmt: Fmt;
  /** A country's name by ISO 3166-1 alpha-3 code (the code itself if unknown). */
  country(iso3: string): string;
  /** A first-level unit's name by ISO 3166-2 code (the code itself if unknown). */
  admin1(code: string): string;
  /** A figure's title, subtitle and description in this locale. */
  figureText(id: string): FigureText;
}

/** A context for one locale, from its dictionary, its Intl locale (e.g. "en-GB", "hi-IN") and its figure texts. */
export function makeCtx(
  locale: Locale,
  t: Dict,
  intl: string,
  figures: Readonly<Record<string, FigureText>>,
): Ctx {
  const formats = new Map<number, Intl.NumberFormat>();
  const nf = (digits: number) => {
    let f = formats.get(digits);
    if (!f) formats.set(digits, (f = new Intl.NumberFormat(intl, { maximumFractionDigits: digits })));
    return f;
  };
  const lists = new Intl.ListFormat(intl, { style: "long", type: "conjunction" });
  const fmt: Fmt = {
    number: (n, digits = 1) => nf(digits).format(n),
    km: (n) => `${nf(1).format(n)} ${t.units.km}`,
    list: (items) => lists.format(items),
    inWords(n) {
      const abs = Math.abs(n);
      if (abs >= 1e7) return `${nf(2).format(Math.round(n / 1e5) / 100)} ${t.units.crore}`;
      if (abs >= 1e5) return `${nf(2).format(Math.round(n / 1e3) / 100)} ${t.units.lakh}`;
      return undefined;
    },
  };
  const names = t.names as { country: Record<string, string>; admin1: Record<string, string> };
  return {
    locale,
    t,
    fmt,
    country: (iso3) => names.country[iso3] ?? iso3,
    admin1: (code) => names.admin1[code] ?? code,
    figureText(id) {
      const f = figures[id];
      if (!f) throw new Error(`no ${locale} text for figure "${id}"`);
      return f;
    },
  };
}
