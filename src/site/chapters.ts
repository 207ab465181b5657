/**
 * Astro-side access to the essay collection: one folder of chapters per locale (`src/content/essay/<locale>/`),
 * with the same chapter and step ids in every language.
 */
import { getCollection } from "astro:content";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales.ts";
import { stepProblems, type ChapterMeta } from "../lib/essay.ts";

const cache = new Map<Locale, Promise<ChapterMeta[]>>();

/** A locale's chapters in order, their steps read from frontmatter. */
export function chapters(locale: Locale = DEFAULT_LOCALE): Promise<ChapterMeta[]> {
  let hit = cache.get(locale);
  if (!hit) cache.set(locale, (hit = load(locale)));
  return hit;
}

async function load(locale: Locale): Promise<ChapterMeta[]> {
  const entries = await getCollection("essay", (e) => e.id.startsWith(`${locale}/`));
  const list = entries
    .map((e) => ({
      id: e.id.slice(locale.length + 1),
      entryId: e.id,
      title: e.data.title,
      order: e.data.order,
      summary: e.data.summary,
      steps: e.data.steps,
    }))
    .sort((a, b) => a.order - b.order);
  if (!list.length) throw new Error(`src/content/essay/${locale}/ has no chapters`);
  const problems = stepProblems(list);
  if (problems.length) throw new Error(problems.join("\n"));
  return list;
}
