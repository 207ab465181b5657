/** Hindi month names, and ISO dates ("2024-07-01", "2024-07", "1815") written the Hindi way ("1 जुलाई 2024"). */
export const MONTHS = [
  "जनवरी",
  "फ़रवरी",
  "मार्च",
  "अप्रैल",
  "मई",
  "जून",
  "जुलाई",
  "अगस्त",
  "सितंबर",
  "अक्टूबर",
  "नवंबर",
  "दिसंबर",
] as const;

/** An ISO date (day, month or year precision) in Hindi words; anything else is returned unchanged. */
export function hindiDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return iso;
  const [, year, month, day] = m;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !name) return iso;
  if (day) return `${Number(day)} ${name} ${year}`;
  if (name) return `${name} ${year}`;
  return year!;
}
