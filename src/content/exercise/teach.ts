/**
 * What the teachers' page needs beyond the essay's own steps, one set per locale
 * (src/content/exercise/teach/<locale>.ts): learning objectives, a 45-minute lesson plan, the title slide's note,
 * and discussion questions for any chapter whose speaker notes hold none. Every locale's plan has the English
 * plan's parts, minutes and links; only the words differ.
 */
import type { Locale } from "../../i18n/locales.ts";
import { teach as en } from "./teach/en.ts";
import { teach as hi } from "./teach/hi.ts";

export interface LessonPart {
  minutes: number;
  title: string;
  what: string;
  /** A page of the site this part uses, root-relative in English (the page adds the locale's prefix). */
  href?: string;
  linkText?: string;
}

export interface TeachContent {
  /** What a student should be able to do after the lesson. */
  objectives: readonly string[];
  /** A 45-minute lesson; the minutes add up to 45 (the teachers' page checks). */
  lessonPlan: readonly LessonPart[];
  /** The title slide's speaker note (the title slide is not an essay step). */
  titleNote: string;
  /**
   * Discussion questions for chapters whose speaker notes contain no question, keyed by chapter id. A chapter
   * neither here nor with a question in its notes gets the general question (the dictionary's `teach.general`).
   */
  extraQuestions: Readonly<Record<string, readonly string[]>>;
}

/** The essay step that sets out the definitions: the exercise and its key link to it. */
export const DEFINITIONS_STEP = "three-words";

/** Each locale's teaching content; a locale without it is a type error. */
const BY_LOCALE: Record<Locale, TeachContent> = { en, hi };

/** How `other` differs from `reference` in what must not change between languages: parts, minutes, links. */
export function teachDifferences(reference: TeachContent, other: TeachContent): string[] {
  const problems: string[] = [];
  if (other.objectives.length !== reference.objectives.length)
    problems.push(`${other.objectives.length} objectives, the English has ${reference.objectives.length}`);
  if (other.lessonPlan.length !== reference.lessonPlan.length)
    problems.push(`${other.lessonPlan.length} lesson parts, the English has ${reference.lessonPlan.length}`);
  reference.lessonPlan.forEach((r, i) => {
    const o = other.lessonPlan[i];
    if (!o) return;
    if (o.minutes !== r.minutes)
      problems.push(`lesson part ${i + 1} lasts ${o.minutes} minutes, not ${r.minutes}`);
    if (o.href !== r.href)
      problems.push(`lesson part ${i + 1} links to ${o.href ?? "nothing"}, not ${r.href ?? "nothing"}`);
    if (Boolean(o.linkText) !== Boolean(r.href))
      problems.push(`lesson part ${i + 1} needs link text exactly when it links`);
  });
  const keys = (c: TeachContent) => Object.keys(c.extraQuestions).sort().join();
  if (keys(other) !== keys(reference))
    problems.push(`extra questions for chapters [${keys(other)}], the English has [${keys(reference)}]`);
  if (!other.titleNote.trim()) problems.push("the title slide's note is empty");
  return problems;
}

const checked = new Set<Locale>();

/** A locale's teaching content; the build stops, naming every problem, when it differs from the English plan. */
export function teachContent(locale: Locale): TeachContent {
  const content = BY_LOCALE[locale];
  if (!checked.has(locale)) {
    const problems = teachDifferences(BY_LOCALE.en, content);
    if (problems.length)
      throw new Error(problems.map((p) => `src/content/exercise/teach/${locale}.ts: ${p}`).join("\n"));
    checked.add(locale);
  }
  return content;
}
