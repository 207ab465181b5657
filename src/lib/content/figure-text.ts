/**
 * The words each figure is shown with (title, subtitle, description), one JSON file per locale in
 * src/content/figures/. Content, not code: an editor changes a caption there. Checked against the registry's
 * ids: a figure with no text, or text for no figure, is refused with the file's name.
 */
import { z } from "zod";
import type { FigureText } from "../charts/types.ts";

const entry = z
  .object({
    title: z.string().trim().min(1),
    subtitle: z.string().trim().min(1).optional(),
    description: z.string().trim().min(1),
  })
  .strict();

/** Parses one locale's figure texts; throws one message listing every problem. */
export function parseFigureTexts(
  json: unknown,
  ids: readonly string[],
  file: string,
): Record<string, FigureText> {
  const parsed = z.record(entry).safeParse(json);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `${file}: ${i.path.join(".")}: ${i.message}`).join("\n"));
  const problems: string[] = [];
  for (const id of ids) if (!parsed.data[id]) problems.push(`${file}: no text for figure "${id}"`);
  for (const id of Object.keys(parsed.data))
    if (!ids.includes(id)) problems.push(`${file}: "${id}" is not a chart or map-state id`);
  if (problems.length) throw new Error(problems.join("\n"));
  return parsed.data;
}
