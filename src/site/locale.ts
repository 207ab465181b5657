/**
 * Locales in routes: every page lives under `src/pages/[...locale]/`, where the default locale has no prefix
 * (`/charts/`) and the others have theirs (`/hi/charts/`). Pages call `localePaths()` in getStaticPaths and
 * `localeOf()` to know which one they are building.
 */
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "../i18n/locales.ts";

/** The `locale` route parameter of a locale: undefined for the default (no prefix). */
export const localeParam = (locale: Locale): string | undefined =>
  locale === DEFAULT_LOCALE ? undefined : locale;

/** getStaticPaths for a page with no other parameters: one page per locale. */
export const localePaths = () =>
  LOCALES.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));

/** Multiplies a page's own static paths by the locales. */
export function withLocales<P extends Record<string, string | undefined>, Q extends Record<string, unknown>>(
  paths: readonly { params: P; props?: Q }[],
) {
  return LOCALES.flatMap((locale) =>
    paths.map((p) => ({
      params: { ...p.params, locale: localeParam(locale) },
      props: { ...p.props, locale },
    })),
  );
}

/** The locale a page or endpoint is being built for, from its `locale` parameter. */
export function localeOf(params: Record<string, string | undefined>): Locale {
  const l = params["locale"];
  if (l === undefined) return DEFAULT_LOCALE;
  if (!isLocale(l)) throw new Error(`unknown locale "${l}" in the route`);
  return l;
}

/** The same page in another locale: `/hi/charts/x/` ↔ `/charts/x/`. */
export function pathIn(target: Locale, path: string): string {
  const other = LOCALES.find(
    (l): boolean => l !== DEFAULT_LOCALE && (path === `/${l}/` || path.startsWith(`/${l}/`)),
  );
  const bare = other ? path.slice(other.length + 1) : path;
  return target === DEFAULT_LOCALE ? bare : `/${target}${bare}`;
}
