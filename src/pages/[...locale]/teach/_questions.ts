/**
 * Discussion questions taken from the speaker notes: a sentence that asks something ("…?") or tells the
 * teacher to ask or discuss ("Ask which…", "Discuss why…") is a prompt. Reused as written, not retyped.
 */
const PROMPT = /^(ask|discuss|invite|have (the class|students)|get (the class|students))\b/i;

/** The note's sentences that are discussion prompts, in order. */
export function promptsIn(notes: string): string[] {
  const sentences = notes.match(/[^.!?]+[.!?]+["”’)]*/g) ?? [];
  return sentences
    .map((s) => s.trim())
    .filter((s) => s.endsWith("?") || /\?["”’)]*$/.test(s) || PROMPT.test(s));
}
