/**
 * The shape of the "Trafficking or smuggling?" exercise: fictional scenarios, each with an answer key that
 * names the category and which elements of the definitions are present. Parsed with zod when the site
 * builds, so a scenario with a missing field or an unknown category stops the build. The categories' and
 * elements' names are interface words, in the dictionary (src/i18n/en/classroom.ts).
 */
import { z } from "zod";

/** The four answers a student can give. */
export const CATEGORIES = ["trafficking", "smuggling", "both", "neither"] as const;
export type Category = (typeof CATEGORIES)[number];

/** The elements a student marks; the first three are the trafficking definition's act, means and purpose. */
export const ELEMENTS = ["act", "means", "purpose", "consent", "border"] as const;
export type Element = (typeof ELEMENTS)[number];

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
