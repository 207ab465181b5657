/**
 * The shape of the "Trafficking or smuggling?" exercise: fictional scenarios, each with an answer key that
 * names the category and which elements of the definitions are present. Parsed with zod when the site
 * builds, so a scenario with a missing field or an unknown category stops the build.
 */
import { z } from "zod";

/** The four answers a student can give. */
export const CATEGORIES = ["trafficking", "smuggling", "both", "neither"] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  trafficking: "Trafficking",
  smuggling: "Smuggling",
  both: "Both",
  neither: "Neither",
};

/** A short gloss shown under a choice where the one word is not enough. */
export const CATEGORY_HINTS: Partial<Record<Category, string>> = {
  neither: "irregular migration, or lawful movement",
};

/** The elements a student marks; the first three are the trafficking definition's act, means and purpose. */
export const ELEMENTS = ["act", "means", "purpose", "consent", "border"] as const;
export type Element = (typeof ELEMENTS)[number];

export const ELEMENT_LABELS: Record<Element, { label: string; hint: string }> = {
  act: {
    label: "Act",
    hint: "Someone recruits, moves, transfers, hides or receives the person.",
  },
  means: {
    label: "Means",
    hint: "Threats, force, deception, abduction, abuse of power or of a person's vulnerability, or payment to someone who controls them.",
  },
  purpose: {
    label: "Purpose: exploitation",
    hint: "The aim is to exploit the person: forced labour or services, sexual exploitation, servitude, slavery-like practices, or removal of organs.",
  },
  consent: {
    label: "Real consent",
    hint: "An adult agreed, knowing the facts and without pressure, to everything that happened to them.",
  },
  border: {
    label: "International border crossed",
    hint: "The person crossed from one country into another (with or without papers).",
  },
};

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a scenario id is lower-case words joined by hyphens");

export const scenarioSchema = z.object({
  id,
  title: z.string().min(1),
  /** The situation, two to four sentences, written by the project; never a real person's story. */
  text: z.string().min(40),
  answer: z.enum(CATEGORIES),
  elements: z.object({
    act: z.boolean(),
    means: z.boolean(),
    purpose: z.boolean(),
    consent: z.boolean(),
    border: z.boolean(),
  }),
  /** Why the answer is what it is, in terms of the definitions. */
  explanation: z.string().min(40),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const scenariosSchema = z
  .array(scenarioSchema)
  .min(12, "the exercise needs at least twelve scenarios")
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const s of list) {
      if (seen.has(s.id)) ctx.addIssue({ code: "custom", message: `scenario id "${s.id}" is used twice` });
      seen.add(s.id);
    }
    for (const c of CATEGORIES) {
      if (!list.some((s) => s.answer === c))
        ctx.addIssue({ code: "custom", message: `no scenario has the answer "${c}"` });
    }
  });
