/**
 * The exercise's scenarios, one list per locale (src/content/exercise/scenarios/<locale>.ts). Every one is
 * fictional: written by the project to teach the definitions, with no real person, case or place-specific detail
 * that could identify anyone or serve as a guide to crossing. Every locale tells the same scenarios in the same
 * order with the same answer key (ids, answers, elements) as the English; only the words differ, so that a
 * bilingual class can compare answers by number.
 */
import type { Locale } from "../../i18n/locales.ts";
import { ELEMENTS, scenariosSchema, type Scenario } from "./schema.ts";
import { scenarios as en } from "./scenarios/en.ts";
import { scenarios as hi } from "./scenarios/hi.ts";

/** Each locale's scenarios as written; a locale without them is a type error. */
const BY_LOCALE: Record<Locale, readonly Scenario[]> = { en, hi };

/**
 * How `other`'s answer key differs from `reference`'s: scenarios missing, extra or out of order, and answers or
 * elements that differ. Empty when the two keys agree.
 */
export function keyDifferences(reference: readonly Scenario[], other: readonly Scenario[]): string[] {
  const problems: string[] = [];
  const byId = new Map(other.map((s) => [s.id, s]));
  const known = new Set(reference.map((s) => s.id));
  for (const s of reference) if (!byId.has(s.id)) problems.push(`scenario "${s.id}" is missing`);
  for (const s of other) if (!known.has(s.id)) problems.push(`scenario "${s.id}" is not in the English key`);
  const order = (list: readonly Scenario[]) =>
    list.filter((s) => known.has(s.id) && byId.has(s.id)).map((s) => s.id);
  if (order(reference).join() !== order(other).join())
    problems.push(`the scenarios are not in the English order (${order(reference).join(", ")})`);
  for (const r of reference) {
    const o = byId.get(r.id);
    if (!o) continue;
    if (o.answer !== r.answer)
      problems.push(`scenario "${r.id}": the answer is "${o.answer}", the English key says "${r.answer}"`);
    for (const e of ELEMENTS)
      if (o.elements[e] !== r.elements[e])
        problems.push(
          `scenario "${r.id}": element "${e}" is ${String(o.elements[e])}, the English key says ${String(r.elements[e])}`,
        );
  }
  return problems;
}

const checked = new Map<Locale, readonly Scenario[]>();

/**
 * A locale's scenarios, checked: the build stops on a malformed or duplicated scenario, or on an answer key that
 * differs from the English one, naming every problem at once.
 */
export function scenarios(locale: Locale): readonly Scenario[] {
  const done = checked.get(locale);
  if (done) return done;
  const file = `src/content/exercise/scenarios/${locale}.ts`;
  const parsed = scenariosSchema.safeParse(BY_LOCALE[locale]);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `${file}: ${i.path.join(".")}: ${i.message}`).join("\n"));
  const problems = locale === "en" ? [] : keyDifferences(scenarios("en"), parsed.data);
  if (problems.length) throw new Error(problems.map((p) => `${file}: ${p}`).join("\n"));
  checked.set(locale, parsed.data);
  return parsed.data;
}
