/** Astro-side access to the essay collection (the only module in lib/ that imports astro:content). */
import { getCollection } from "astro:content";
import { stepProblems, type ChapterMeta } from "../lib/essay.ts";

export async function chapters(): Promise<ChapterMeta[]> {
  const entries = await getCollection("essay");
  const list = entries
    .map((e) => ({
      id: e.id,
      title: e.data.title,
      order: e.data.order,
      summary: e.data.summary,
      steps: e.data.steps,
    }))
    .sort((a, b) => a.order - b.order);
  const problems = stepProblems(list);
  if (problems.length) throw new Error(problems.join("\n"));
  return list;
}
