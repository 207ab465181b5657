/**
 * Discussion questions, taken from the speaker notes so that they are written once: a sentence that asks
 * something ("…?") or tells the teacher to ask or discuss ("Ask which…", "Discuss why…") is a prompt. Which
 * words tell the teacher to ask is the language's own (the dictionary's `classroom.promptCue`); sentences end at
 * ".", "!", "?" or the Devanagari danda. The teachers' page lists them chapter by chapter and the speaker view
 * shows each slide's.
 */
import type { ChapterMeta } from "../essay.ts";
import type { Step } from "../charts/types.ts";

/** The English cue: a sentence that starts by telling the teacher to ask or discuss. */
export const ENGLISH_CUE = /^(ask|discuss|invite|have (the class|students)|get (the class|students))\b/i;

/** The sentences of a note that are discussion prompts, in order; `cue` marks a sentence that asks for one. */
export function promptsIn(notes: string, cue: RegExp = ENGLISH_CUE): string[] {
  const sentences = notes.match(/[^.!?।]+[.!?।]+["”’)]*/g) ?? [];
  return sentences.map((s) => s.trim()).filter((s) => /\?["”’)]*$/.test(s) || cue.test(s));
}

export interface Question {
  text: string;
  /** The step whose notes hold it; none for a question written for the chapter. */
  step?: Step;
}

export interface ChapterQuestions {
  chapter: ChapterMeta;
  questions: Question[];
}

/**
 * Each chapter's questions: its notes' prompts, then any written for it (`extra`, by chapter id); a chapter
 * with neither gets `general(title)`.
 */
export function chapterQuestions(
  chapters: readonly ChapterMeta[],
  extra: Readonly<Record<string, readonly string[]>>,
  general: (chapterTitle: string) => string,
  cue: RegExp = ENGLISH_CUE,
): ChapterQuestions[] {
  return chapters.map((chapter) => {
    const fromNotes = chapter.steps.flatMap((step) =>
      promptsIn(step.notes, cue).map((text) => ({ text, step })),
    );
    const written = (extra[chapter.id] ?? []).map((text) => ({ text }));
    const all: Question[] = [...fromNotes, ...written];
    return { chapter, questions: all.length ? all : [{ text: general(chapter.title) }] };
  });
}
