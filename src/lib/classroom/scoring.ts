/**
 * Scoring the exercise: a student's answer against a scenario's key, element by element, and a score over
 * the answers kept so far. Pure, so that the page's island and the tests share it.
 */

export interface Key {
  answer: string;
  /** The elements present, by name. */
  elements: readonly string[];
}

export interface Answer {
  answer: string;
  /** The elements the student marked. */
  elements: readonly string[];
}

export interface ElementResult {
  element: string;
  present: boolean;
  marked: boolean;
  /** The student agrees with the key on this element. */
  match: boolean;
}

export interface Marked {
  right: boolean;
  elements: ElementResult[];
  /** Elements on which the student agrees with the key. */
  elementsRight: number;
}

/** One answer against its key, over every element the form offers (`offered`, in order). */
export function mark(key: Key, given: Answer, offered: readonly string[]): Marked {
  const elements = offered.map((element) => {
    const present = key.elements.includes(element);
    const marked = given.elements.includes(element);
    return { element, present, marked, match: present === marked };
  });
  return {
    right: given.answer === key.answer,
    elements,
    elementsRight: elements.filter((e) => e.match).length,
  };
}

export interface Score {
  answered: number;
  right: number;
  total: number;
}

/** The score over the answers kept so far; answers to scenarios not in `keys` are ignored. */
export function score(
  keys: Readonly<Record<string, Key>>,
  answers: Readonly<Record<string, Answer | undefined>>,
): Score {
  const ids = Object.keys(keys);
  const answered = ids.filter((id) => answers[id]);
  return {
    answered: answered.length,
    right: answered.filter((id) => answers[id]!.answer === keys[id]!.answer).length,
    total: ids.length,
  };
}

/** Answers read back from storage: anything that is not an answer's shape is dropped, not trusted. */
export function parseAnswers(json: string | null): Record<string, Answer> {
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? "{}");
  } catch {
    return {};
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  const out: Record<string, Answer> = {};
  for (const [id, v] of Object.entries(raw as Record<string, unknown>)) {
    const a = v as { answer?: unknown; elements?: unknown } | null;
    if (
      a &&
      typeof a.answer === "string" &&
      Array.isArray(a.elements) &&
      a.elements.every((e) => typeof e === "string")
    )
      out[id] = { answer: a.answer, elements: a.elements as string[] };
  }
  return out;
}
