/**
 * Every statistic in the essay's prose comes through <Num id="…"/>, never typed in. Years, dates, section
 * numbers of laws and counts of things on the page are allowed; anything else that looks like a figure fails.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = "src/content/essay/en";
const files = readdirSync(DIR).filter((f) => f.endsWith(".mdx"));

/** The prose: the body after the frontmatter, without components' markup. */
function prose(text: string): string {
  const body = text.replace(/^---[\s\S]*?\n---\n/, "");
  return body.replace(/<Num\b[^>]*\/>/g, " NUM ").replace(/<[^>]+>/g, " ");
}

const LEGAL =
  /(section|sections|s\.|ss\.|article|articles|ipc|bns|bnss|crpc|no\.|act|convention|protocol|rule|sdg|chapter|tier|level|phase)\s*$/i;
const MONTHS = /(january|february|march|april|may|june|july|august|september|october|november|december)\s*$/i;

function suspicious(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\d[\d,.]*%?/g)) {
    const raw = m[0].replace(/[.,]$/, "");
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const wider = text.slice(Math.max(0, m.index - 80), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const n = Number(raw.replace(/,/g, "").replace(/%$/, ""));
    if (/^(1[89]\d\d|20\d\d)$/.test(raw)) continue; // a year
    if (/^\d{4}[–-]\d{2,4}$/.test(raw)) continue;
    if (
      MONTHS.test(before) ||
      /^\s*(january|february|march|april|may|june|july|august|september|october|november|december)/i.test(
        after,
      )
    )
      continue; // a date
    if (
      LEGAL.test(before) ||
      (/^[A-Z]/.test(after.trim()) === false && /(section|article)s?\s+\d+\s*(and|or|,)\s*$/i.test(before))
    )
      continue;
    if (/[A-Z]{2,}\s*$/.test(before)) continue; // IPC 370, BNS 143, SDG 5
    if (
      /\b(sections?|ipc|bns|bnss|crpc|articles?)\b[\d\sA-Za-z,;()–-]{0,70}$/i.test(wider) &&
      /^\d{1,3}$/.test(raw)
    )
      continue; // "sections 370 to 373"
    if (/(licen[cs]e|attribution|version|v)\s*$/i.test(before) || /^\s*licen[cs]e/i.test(after)) continue; // CC BY 4.0
    if (!raw.includes("%") && !raw.includes(",") && !raw.includes(".") && n <= 20) continue; // small counts of things
    out.push(`${before.trim().slice(-20)} [${raw}] ${after.trim().slice(0, 10)}`);
  }
  return out;
}

describe("numbers in the essay's prose", () => {
  it.each(files)("%s types no statistic outside <Num>", (f) => {
    expect(suspicious(prose(readFileSync(join(DIR, f), "utf8")))).toEqual([]);
  });
});

describe("the check itself", () => {
  it("flags typed figures and lets years, dates and sections through", () => {
    expect(suspicious("Police registered 6,877 cases, or 42% of them, and 2,208 in all.")).toHaveLength(3);
    expect(suspicious("On 1 July 2024 section 370 became BNS 143; in 2011 two courts ruled.")).toEqual([]);
  });
});
