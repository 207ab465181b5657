import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";
import { chartIds, getChart } from "./lib/charts/index.ts";

const step = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a step id is lower-case words joined by hyphens"),
    show: z.string().refine(
      (id) => chartIds.includes(id),
      (id) => ({
        message: `step shows unknown chart or map-state id "${id}" (known: ${chartIds.join(", ")})`,
      }),
    ),
    /** A named view of the figure (a subset a tall chart offers); the essay shows it, the chart page the whole. */
    view: z.string().min(1).optional(),
    slide: z.object({
      headline: z.string().min(1),
      points: z.array(z.string().min(1)).max(3, "a slide has at most three points"),
    }),
    notes: z.string().min(1, "every step needs speaker notes"),
  })
  .superRefine((s, ctx) => {
    if (s.view === undefined || !chartIds.includes(s.show)) return;
    const views = Object.keys(getChart(s.show).views ?? {});
    if (!views.includes(s.view))
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["view"],
        message: `step "${s.id}": ${s.show} has no view "${s.view}" (views: ${views.join(", ") || "none"})`,
      });
  });

const essay = defineCollection({
  loader: glob({ pattern: "*/*.mdx", base: "./src/content/essay" }),
  schema: z.object({
    title: z.string(),
    order: z.number().int(),
    summary: z.string(),
    paperSections: z.array(z.string()).default([]),
    steps: z.array(step).min(1),
  }),
});

/** Prose pages (about…), one MDX file per locale: `src/content/pages/<locale>/<page>.mdx`. */
const pages = defineCollection({
  loader: glob({ pattern: "*/*.mdx", base: "./src/content/pages" }),
  schema: z.object({ title: z.string(), description: z.string(), heading: z.string() }),
});

export const collections = { essay, pages };
