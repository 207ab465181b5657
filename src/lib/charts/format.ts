/** Number formatting shared by charts, tables and the prose's number component. */

const intl = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const indian = new Intl.NumberFormat("en-IN", { maximumFractionDigits: 1 });
const two = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** 1,234,567.5 — the international form. */
export const formatNumber = (n: number): string => intl.format(n);

/** 12,34,567 — the Indian grouping (lakh, crore). */
export const formatIndian = (n: number): string => indian.format(n);

/** "12.3 lakh" or "1.2 crore" for large counts in India; undefined below one lakh. */
export function inWords(n: number): string | undefined {
  const abs = Math.abs(n);
  if (abs >= 1e7) return `${two.format(Math.round(n / 1e5) / 100)} crore`;
  if (abs >= 1e5) return `${two.format(Math.round(n / 1e3) / 100)} lakh`;
  return undefined;
}

export const formatKm = (n: number): string => `${formatNumber(n)} km`;
